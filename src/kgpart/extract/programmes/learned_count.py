"""A small learned choice of how many people a programme takes.

The rules of this package read a programme's count from a few constructions ("25 students", "up to
40 places a year"); this module lists every number of people or places told in the programme's
sentence, the sentence before and the two after (parsed as the rules parse counts, number words
included), describes each with a few hand-designed features (which sentence, the noun after the
number, "up to", "a year", a verb of admitting, words of a total or a ranking, a year-like number,
another programme of the article taking that number, the rules' own choice) and scores it with a
logistic regression. The weights ship as package data (``kgpart/data/programme_count_model.json``,
trained by ``bench/train_programme_count.py``); inference is a dot product, nothing is downloaded.

``choose_counts`` (called last by ``complete_programmes``) gives a programme the best-scoring number
when its logit reaches the model's threshold (``threshold`` where the rules gave no count,
``replace_threshold`` to change theirs), and leaves the rules' count otherwise. The model file's
``"enabled": false`` (or ``use_model(None, off=True)``) turns it off.

Measured (session 11, bench/README.md "Learned programme counts (session 11)"): leave-one-set-out
over eight labelled sets, programme F1 equal in six, lower in one or two, never higher; the shipped
file is trained on all eight and switched off.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from kgpart.errors import ExtractionError
from kgpart.extract.cohorts.words import COUNT_RE, is_year, parse_count
from kgpart.extract.doc import Doc
from kgpart.extract.record import Participants, Programme

#: Names of the features, in the order of the weights in the model file.
FEATURES = (
    "rule",
    "rule_other",
    "rule_none",
    "same_sentence",
    "before",
    "after1",
    "after2",
    "after3",
    "students",
    "places",
    "scholarships",
    "participants",
    "staff",
    "nationals",
    "duration",
    "institutions",
    "money",
    "percent",
    "other_noun",
    "up_to",
    "about",
    "per_year",
    "admit_verb",
    "graduated",
    "total",
    "ranking",
    "year_like",
    "large",
    "one",
    "word_number",
    "range_low",
    "other_programme",
    "first_in_sentence",
    "crowd",
    "cue_near",
    "headline",
    "noun_in_name",
    "name_near",
)

#: A number as the rules read a count: digits, number words, "two dozen".
_NUMBER = re.compile(rf"(?<![\w,.+\-])(?P<num>{COUNT_RE})\b", re.IGNORECASE)

_STUDENTS = re.compile(
    r"(?:students?|undergraduates?|postgraduates?|graduates?|pupils|learners|youths?|young\s+people|"
    r"master'?s\s+students|phd\s+students|doctoral\s+students|bachelors?)\b"
)
_PLACES = re.compile(r"(?:places|seats|slots|vacancies|positions|quota|spots)\b")
_SCHOLARSHIPS = re.compile(r"(?:scholarships?|grants?|fellowships?|stipends?|bursar(?:y|ies)|awards?)\b")
_PARTICIPANTS = re.compile(
    r"(?:participants|trainees|candidates|applicants|beneficiaries|officials|specialists|professionals|"
    r"engineers|nurses|doctors|diplomats|cadets|managers|people|persons|winners|fellows|scholars|interns)\b"
)
_STAFF = re.compile(
    r"(?:staff|teachers|lecturers|professors|academics|researchers|scientists|faculty|employees|members|"
    r"instructors|educators)\b"
)
_DURATION = re.compile(r"(?:years?|months?|weeks?|days?|hours?|semesters?|credits?|modules?|courses?)\b")
_INSTITUTIONS = re.compile(
    r"(?:universities|institutions|colleges|schools|countries|partners|agreements|memorand|programmes|programs|"
    r"faculties|centres|centers|campuses|projects|companies|institutes|nations|states|cities|regions)"
)
_MONEY = re.compile(
    r"(?:million|billion|dollars|euros?|pounds|usd|eur|som|tenge|rubles?|manat|dinars?|riyals?)\b"
)
_NATIONALS = re.compile(r"(?-i:[A-Z][a-z]{2,}(?:ans|is|eks|iks|aks|hs|ese))\b")

_UP_TO = re.compile(r"(?:up\s+to|maximum\s+of|as\s+many\s+as|no\s+more\s+than|capped\s+at|limited\s+to)\s+$")
_ABOUT = re.compile(
    r"(?:about|around|some|nearly|almost|approximately|over|more\s+than|roughly|at\s+least)\s+$"
)
_PER_YEAR = re.compile(r"\b(?:a|per|each|every)\s+(?:year|annum|semester|intake)\b|\bannually\b|\byearly\b")
_ADMIT = re.compile(
    r"\b(?:admit|enrol|enroll|select|receive|award|accept|offer|send|sent|host|take|welcome|recruit|grant|"
    r"allocat|provid|fund|sponsor|train|benefit|participat|join|study|studying|exchange)"
)
_GRADUATED = re.compile(
    r"\b(?:graduated|alumni|have\s+completed|has\s+trained|have\s+been\s+trained|so\s+far)\b"
)
_TOTAL = re.compile(
    r"\b(?:total|in\s+all|overall|to\s+date|since|altogether|currently|more\s+than|over\s+the\s+years)\b"
)
_RANKING = re.compile(r"\b(?:rank|ranked|ranking|top\s+\d|place[sd]?\s+(?:in|among)|position\s+in|rating)\b")
_RANGE = re.compile(r"\s*(?:-|–|to|or)\s*\d")
_CUE = re.compile(
    r"program|degree|scholarship|exchange|fellowship|scheme|course|school|mobility|internship|training"
)


@dataclass
class Candidate:
    """A number told near a programme, its value and its features."""

    value: int
    features: dict[str, float]


@dataclass
class CountModel:
    """Weights of the logistic regression over candidate numbers and its threshold (a logit)."""

    weights: dict[str, float]
    bias: float
    threshold: float  # to give a count to a programme the rules gave none
    replace_threshold: float = math.inf  # to replace the rules' count by another
    enabled: bool = True

    def margin(self, features: dict[str, float]) -> float:
        """The logit of a candidate: bias plus the dot product of weights and features."""
        weights = self.weights
        return self.bias + sum(weights.get(k, 0.0) * v for k, v in features.items() if v)

    def probability(self, features: dict[str, float]) -> float:
        """The model's probability that the candidate is the programme's count."""
        return 1.0 / (1.0 + math.exp(-self.margin(features)))

    @classmethod
    def from_dict(cls, data: Any) -> CountModel:
        """Read the model file's content (features and weights as two parallel lists)."""
        try:
            names = [str(n) for n in data["features"]]
            weights = [float(w) for w in data["weights"]]
            bias, threshold = float(data["bias"]), float(data["threshold"])
            replace = data.get("replace_threshold")
            replace_threshold = math.inf if replace is None else float(replace)
            enabled = data.get("enabled", True)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ExtractionError(f"programme count model: malformed model file ({exc!r})") from exc
        if len(names) != len(weights):
            raise ExtractionError("programme count model: as many weights as features are needed")
        if not isinstance(enabled, bool):
            raise ExtractionError('programme count model: "enabled" must be true or false')
        unknown = sorted(set(names) - set(FEATURES))
        if unknown:
            raise ExtractionError(f"programme count model: unknown features {unknown}")
        return cls(dict(zip(names, weights, strict=True)), bias, threshold, replace_threshold, enabled)


_FILE = "data/programme_count_model.json"


@lru_cache(maxsize=1)
def shipped_model() -> CountModel:
    """The model shipped with the package (``kgpart/data/programme_count_model.json``)."""
    return _read(resources.files("kgpart").joinpath(_FILE), f"kgpart/{_FILE}")


def load_model(path: Path) -> CountModel:
    """A model file written by ``bench/train_programme_count.py``; ExtractionError if it is unreadable."""
    return _read(path, str(path))


def _read(source: Path | Traversable, where: str) -> CountModel:
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ExtractionError(f"programme count model: cannot read {where} ({exc})") from exc
    try:
        return CountModel.from_dict(data)
    except ExtractionError as exc:
        raise ExtractionError(f"{exc} in {where}") from exc


#: The model the hook uses; None for the shipped one. Set by ``use_model`` (the training script, tests).
_ACTIVE: list[CountModel | None] = [None]
_OFF: list[bool] = [False]


def use_model(model: CountModel | None, *, off: bool = False) -> None:
    """Make ``model`` the one the extraction uses (None: the shipped one), or turn the model off."""
    _ACTIVE[0] = model
    _OFF[0] = off


def active_model() -> CountModel | None:
    """The model the extraction uses now, or None when it is off."""
    if _OFF[0]:
        return None
    model = _ACTIVE[0] or shipped_model()
    return model if model.enabled else None


def candidates(doc: Doc, prog: Programme, programmes: list[Programme]) -> list[Candidate]:
    """The numbers told in ``prog``'s sentence, the one before and the two after, with their features
    (one per value: the occurrence nearest the programme's sentence, the first of equals)."""
    if prog.evidence is None:
        return []
    n = doc.sentence_at(prog.evidence.start)
    rule = prog.participants.count
    name_words = {w.rstrip("s") for w in prog.name.lower().split() if len(w) > 3}
    name_low = prog.name.lower()
    others = {p.participants.count for p in programmes if p is not prog and p.participants.count is not None}
    best: dict[int, Candidate] = {}
    for k in (n, n + 1, n - 1, n + 2, n + 3):
        if k < 0 or k >= len(doc.sentences):
            continue
        text = doc.sentences[k].text
        if not any(c.isdigit() for c in text) and not _maybe_word_number(text):
            continue
        matches = [m for m in _NUMBER.finditer(text)]
        if not matches:
            continue
        low = text.lower()
        sentence_feats = {
            "same_sentence": 1.0 if k == n else 0.0,
            "before": 1.0 if k == n - 1 else 0.0,
            "after1": 1.0 if k == n + 1 else 0.0,
            "after2": 1.0 if k == n + 2 else 0.0,
            "after3": 1.0 if k == n + 3 else 0.0,
            "admit_verb": 1.0 if _ADMIT.search(low) else 0.0,
            "graduated": 1.0 if _GRADUATED.search(low) else 0.0,
            "ranking": 1.0 if _RANKING.search(low) else 0.0,
            "crowd": min(len(matches) - 1, 4) / 4.0,
            "headline": 1.0 if k == 0 else 0.0,
        }
        for i, m in enumerate(matches):
            raw = m.group("num")
            value = parse_count(raw)
            if value is None or value <= 0:
                continue
            after = low[m.end() : m.end() + 40]
            after_words = " ".join(after.split()[:3])
            before = low[max(0, m.start() - 24) : m.start()]
            near = low[max(0, m.start() - 60) : m.end() + 60]
            f = dict(sentence_feats)
            noun = _noun(after_words, text[m.end() : m.end() + 30])
            if noun:
                f[noun] = 1.0
            f["up_to"] = 1.0 if _UP_TO.search(before) else 0.0
            f["about"] = 1.0 if _ABOUT.search(before) else 0.0
            f["per_year"] = 1.0 if _PER_YEAR.search(low[m.end() : m.end() + 60]) else 0.0
            f["total"] = 1.0 if _TOTAL.search(near) else 0.0
            f["year_like"] = 1.0 if is_year(raw) else 0.0
            f["large"] = 1.0 if value >= 1000 else 0.0
            f["one"] = 1.0 if value == 1 else 0.0
            f["word_number"] = 0.0 if raw[:1].isdigit() else 1.0
            f["range_low"] = 1.0 if _RANGE.match(text, m.end()) else 0.0
            f["other_programme"] = 1.0 if value in others and value != rule else 0.0
            f["first_in_sentence"] = 1.0 if i == 0 else 0.0
            f["cue_near"] = 1.0 if _CUE.search(near) else 0.0
            f["noun_in_name"] = (
                1.0 if after_words and after_words.split()[0].rstrip("s,.;") in name_words else 0.0
            )
            at = low.find(name_low) if k == n else -1
            if at >= 0:
                gap = m.start() - (at + len(name_low)) if m.start() >= at else at - m.end()
                f["name_near"] = 1.0 - min(max(gap, 0), 120) / 120.0
            f["rule"] = 1.0 if rule is not None and value == rule else 0.0
            f["rule_other"] = 1.0 if rule is not None and value != rule else 0.0
            f["rule_none"] = 1.0 if rule is None else 0.0
            if value not in best:
                best[value] = Candidate(value, f)
    return list(best.values())


_WORDS = (
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "fifteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "hundred",
    "dozen",
    "thousand",
)


def _maybe_word_number(text: str) -> bool:
    low = text.lower()
    return any(w in low for w in _WORDS)


def _noun(after: str, cased: str) -> str | None:
    """What the number counts, from the (lower-cased) words after it."""
    if after.startswith(("%", "per cent", "percent")):
        return "percent"
    for name, regex in (
        ("students", _STUDENTS),
        ("places", _PLACES),
        ("scholarships", _SCHOLARSHIPS),
        ("participants", _PARTICIPANTS),
        ("staff", _STAFF),
        ("duration", _DURATION),
        ("institutions", _INSTITUTIONS),
        ("money", _MONEY),
    ):
        if regex.search(after):
            return name
    if _NATIONALS.match(cased.strip()):
        return "nationals"
    return "other_noun"


def choose_counts(doc: Doc, programmes: list[Programme], model: CountModel | None = None) -> None:
    """Give each programme the number the model scores best, when its logit reaches the threshold
    (``programmes`` are changed in place; the rules' count stays otherwise)."""
    model = model or active_model()
    if model is None or not programmes:
        return
    chosen: list[tuple[Programme, int]] = []
    for prog in programmes:
        best = best_candidate(model, candidates(doc, prog, programmes), prog.participants.count is None)
        if best is not None and best.value != prog.participants.count:
            chosen.append((prog, best.value))
    for prog, value in chosen:  # after scoring all: "other_programme" reads the rules' counts
        prog.participants = Participants(value, prog.participants.who)


def best_candidate(model: CountModel, cands: list[Candidate], fill: bool) -> Candidate | None:
    """The candidate of highest logit if it reaches the model's threshold: ``threshold`` to give a
    count to a programme with none (``fill``), ``replace_threshold`` to change the rules' count."""
    best, top = None, -math.inf
    for cand in cands:
        margin = model.margin(cand.features)
        if margin > top:
            best, top = cand, margin
    return (
        best if best is not None and top >= (model.threshold if fill else model.replace_threshold) else None
    )
