"""Helpers shared by tests in several folders (servers, the browser, small networks)."""
