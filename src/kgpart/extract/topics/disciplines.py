"""Fields named by the people who work in them: "good cooperation with biologists and geologists" is
cooperation in biology and geology.

Only in a sentence that speaks of working together (cooperation, collaboration, joint work, exchange):
"the rector met physicists" alone says whom, not in which field.
"""

from __future__ import annotations

import re

from kgpart.extract.doc import Doc
from kgpart.extract.topics.words import Span

#: Plural of the people -> the field's suffix: "biologists" -> "biology", "physicists" -> "physics".
#: Literal stems first: the engine tries them only where the text has them (a leading "[a-z]+" would try every word).
_PRACTITIONERS = re.compile(
    r"(?P<olog>olog)ists\b|\b(?P<named>physicists|economists|linguists|statisticians|chemists|mathematicians|"
    r"historians|geographers|astronomers|agronomists|philosophers)\b"
)
_NAMED = {
    "physicists": "physics",
    "economists": "economics",
    "linguists": "linguistics",
    "statisticians": "statistics",
    "chemists": "chemistry",
    "mathematicians": "mathematics",
    "historians": "history",
    "geographers": "geography",
    "astronomers": "astronomy",
    "agronomists": "agronomy",
    "philosophers": "philosophy",
}
_TOGETHER = re.compile(r"\b(?:cooperat|collaborat|partner|joint|jointly|exchang|together)")


def discipline_spans(doc: Doc) -> list[Span]:
    """The fields of the practitioners named in a sentence about working together."""
    lower = doc.text.lower()
    if len(lower) != len(doc.text) or not any(end in lower for end in ("ists", "ians", "phers", "omers")):
        return []  # a substring test is 30x cheaper than the scan, and most articles name no practitioners
    out: list[Span] = []
    for match in _PRACTITIONERS.finditer(lower):
        n = doc.sentence_at(match.start())
        sentence = doc.sentences[n]
        if _TOGETHER.search(lower, sentence.start, sentence.end) is None:
            continue
        if match["olog"]:
            start = match.start()
            while start > 0 and lower[start - 1].isalpha():
                start -= 1  # "biologists": back to the word's start
            field = f"{lower[start : match.end('olog')]}y"
        else:
            start, field = match.start(), _NAMED[match["named"]]
        out.append((start, match.end(), field, n))
    return out
