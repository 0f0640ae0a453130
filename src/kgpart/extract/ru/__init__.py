"""Russian articles: language detection and rule-based extraction over natasha, pymorphy3 and razdel.

The models load on first use; importing this package costs nothing.
"""

from __future__ import annotations

from kgpart.extract.ru.language import SUPPORTED, describe, detect_language

__all__ = ["SUPPORTED", "describe", "detect_language"]
