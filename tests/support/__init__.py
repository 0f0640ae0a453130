"""Helpers shared by tests in several folders (servers, the browser, small networks, the extractor's record
in small shapes for the extract tests)."""
