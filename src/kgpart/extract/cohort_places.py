"""A small learned check of where a cohort is (its ``at``), after the rules of ``kgpart.extract.cohorts``.

For each counted cohort the rules found, the candidates are: the rules' own choice; the organisations
named in its sentence and the two before (a faculty read as its university, as the rules do); the
countries its sentence names (as the text writes them); the generic places it names ("Turkish
universities"). Each candidate gets a few hand-designed features (its kind, where it stands from the
count, the word just before it, a verb of hosting, the article's main institution, whether its people
come from there) and a logistic regression scores it. The weights ship as package data
(``kgpart/data/cohort_place_model.json``, trained by ``bench/train_cohort_place.py``); inference is a
dot product in plain Python.

``place_cohorts`` (called once by ``kgpart.extract.core`` on the rules' cohorts) replaces a cohort's
place only when the best other candidate scores at least the model's threshold and above the rules'
choice. The file's ``"enabled": false`` (or ``use_model(None, off=True)``) turns it off.

Measured (session 11, bench/README.md "Learned cohort places (session 11)"): leave-one-set-out over
eight labelled sets (dev folds A, C, H; probe sets G1-G5 of bench/genre) raised cohort F1 in one set
(G3 0.555 -> 0.584) and left the other seven equal (pooled 0.566 -> 0.574): shipped with
``"enabled": false``.
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from kgpart.errors import KgpartError
from kgpart.extract.cohorts.words import _AT, PEOPLE_COUNT, parse_count, written_form
from kgpart.extract.doc import Doc, norm
from kgpart.extract.gazetteer import demonyms, find_countries
from kgpart.extract.record import Cohort

#: Names of the features, in the order of the weights in the model file.
FEATURES = (
    "rule",
    "rule_none",
    "org",
    "country",
    "generic",
    "same_sentence",
    "prev_sentence",
    "after",
    "before",
    "distance",
    "at_before",
    "in_before",
    "from_before",
    "of_before",
    "with_before",
    "to_before",
    "host_verb",
    "subject",
    "university",
    "school",
    "unit",
    "company",
    "state_body",
    "other_type",
    "hub",
    "mentions",
    "origin_country",
    "org_country_named",
    "country_of_org_here",
    "demonym",
    "study_between",
    "gone",
    "org_between",
    "headline",
    "rule_bare",
    "far",
    "org_vs_org",
    "org_vs_country",
    "org_vs_bare",
    "country_vs_org",
    "country_vs_generic",
)


class CohortPlaceModelError(KgpartError):
    """The cohort place model file cannot be read (missing keys, weights that do not fit the features)."""


@dataclass
class Candidate:
    """A place a cohort may be at, and its features."""

    name: str
    features: dict[str, float]


@dataclass
class PlaceModel:
    """Weights of the logistic regression and its decision threshold (a logit)."""

    weights: dict[str, float]
    bias: float
    threshold: float
    enabled: bool = True

    def margin(self, features: dict[str, float]) -> float:
        """The logit of a candidate: bias plus the dot product of weights and features."""
        weights = self.weights
        return self.bias + sum(weights.get(k, 0.0) * v for k, v in features.items() if v)

    def probability(self, features: dict[str, float]) -> float:
        """The model's probability that the candidate is the cohort's place."""
        return 1.0 / (1.0 + math.exp(-self.margin(features)))

    @classmethod
    def from_dict(cls, data: Any) -> PlaceModel:
        """Read the model file's content (features and weights as two parallel lists)."""
        try:
            names = [str(k) for k in data["features"]]
            weights = [float(w) for w in data["weights"]]
            bias, threshold = float(data["bias"]), float(data["threshold"])
            enabled = bool(data.get("enabled", True))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise CohortPlaceModelError(f"cohort place model: unreadable content ({exc!r})") from exc
        if len(names) != len(weights):
            raise CohortPlaceModelError(
                f"cohort place model: {len(weights)} weights for {len(names)} features"
            )
        unknown = sorted(set(names) - set(FEATURES))
        if unknown:
            raise CohortPlaceModelError(f"cohort place model: unknown features {unknown}")
        return cls(dict(zip(names, weights, strict=True)), bias, threshold, enabled)


def parse_model(text: str, where: str) -> PlaceModel:
    """A model from the text of its file (``where`` names the file in an error)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CohortPlaceModelError(f"cohort place model {where}: not JSON ({exc})") from exc
    try:
        return PlaceModel.from_dict(data)
    except CohortPlaceModelError as exc:
        raise CohortPlaceModelError(f"{where}: {exc}") from exc


def load_model(path: str | Path) -> PlaceModel:
    """The model in file ``path``."""
    return parse_model(Path(path).read_text(encoding="utf-8"), str(path))


@lru_cache(maxsize=1)
def shipped_model() -> PlaceModel:
    """The model shipped with the package (``kgpart/data/cohort_place_model.json``)."""
    text = resources.files("kgpart").joinpath("data/cohort_place_model.json").read_text(encoding="utf-8")
    return parse_model(text, "kgpart/data/cohort_place_model.json")


#: The model the hook uses; None for the shipped one. Set by ``use_model`` (tests, the training script).
_ACTIVE: list[PlaceModel | None] = [None]
_OFF: list[bool] = [False]


def use_model(model: PlaceModel | None, *, off: bool = False) -> None:
    """Make ``model`` the one the extraction uses (None: the shipped one), or turn the model off."""
    _ACTIVE[0] = model
    _OFF[0] = off


def active_model() -> PlaceModel | None:
    """The model the extraction uses now, or None when it is off."""
    if _OFF[0]:
        return None
    model = _ACTIVE[0] or shipped_model()
    return model if model.enabled else None


def place_cohorts(doc: Doc, cohorts: list[Cohort], model: PlaceModel | None = None) -> list[Cohort]:
    """``cohorts`` with the place of each counted one the model is confident the rules got wrong replaced."""
    model = model or active_model()
    if model is None or not cohorts:
        return cohorts
    out = []
    article = _Article.of(doc)
    for cohort in cohorts:
        cands = candidates(doc, cohort, article)
        better = choose(model, cands)
        out.append(dataclasses.replace(cohort, at=better) if better is not None else cohort)
    return out


def choose(model: PlaceModel, cands: list[Candidate]) -> str | None:
    """The candidate to put in place of the rules' choice, or None to keep it."""
    if not cands:
        return None
    rule = max((model.margin(c.features) for c in cands if c.features.get("rule")), default=-math.inf)
    best, best_margin = None, -math.inf
    for c in cands:
        if c.features.get("rule"):
            continue
        m = model.margin(c.features)
        if m > best_margin:
            best, best_margin = c, m
    if best is None or best_margin < model.threshold or best_margin <= rule:
        return None
    return best.name


# -- candidates and features -----------------------------------------------------------------------

#: A verb of hosting between an organisation named before the count and the count: "B hosts | has 50".
_HOST_BETWEEN = re.compile(
    r"\b(?:hosts?|hosted|hosting|has|have|had|welcom\w*|admit\w*|enrol\w*|receiv\w*|accept\w*|train\w*|"
    r"educat\w*|counts?|attract\w*|houses?)\b",
    re.I,
)
#: A verb of study between the count and a place after it: "50 students study | are enrolled at B".
_STUDY = re.compile(
    r"\b(?:stud\w*|enrol\w*|pursu\w*|attend\w*|train\w*|learn\w*|admitted|hosted|placed)\b", re.I
)
_GONE = re.compile(r"\b(?:abroad|overseas|went|sent|travel\w*|left|go|going|outbound)\b", re.I)
_UNIVERSITY = frozenset({"University"})
_SCHOOLS = frozenset({"School", "ResearchInstitute"})
_UNITS = frozenset({"Faculty", "Centre"})
_STATE = frozenset({"Ministry", "Embassy", "Government"})
_DEMONYMS = frozenset(demonyms())


def _word_before(text: str) -> str:
    """The last word of ``text`` before a name, "the" skipped."""
    words = re.findall(r"[A-Za-z]+", text[-24:].lower())
    while words and words[-1] == "the":
        words.pop()
    return words[-1] if words else ""


@dataclass
class _Article:
    """What the candidates of every cohort of an article share: its organisations by name, how often each is
    named (a faculty as its university) and the most named (the article's main institution)."""

    by_name: dict[str, Any]
    counts: dict[str, int]
    hub: str | None
    sentences: dict[int, _Sentence] = dataclasses.field(default_factory=dict)

    def sentence(self, doc: Doc, n: int) -> _Sentence:
        """What sentence ``n`` tells of its counts, countries and generic places (read once)."""
        found = self.sentences.get(n)
        if found is None:
            text = doc.sentences[n].text
            spans: dict[int, tuple[int, int]] = {}
            for match in PEOPLE_COUNT.finditer(text):
                value = parse_count(match.group("num"))
                if value is not None and value not in spans:
                    spans[value] = (match.start(), match.end())
            generics = [
                (match.group("generic"), match.start("generic"))
                for match in _AT.finditer(text)
                if match.group("generic") and match.group("generic") not in _BARE
            ]
            found = self.sentences[n] = _Sentence(
                spans, find_countries(text), generics, 1.0 if _GONE.search(text) else 0.0
            )
        return found

    @classmethod
    def of(cls, doc: Doc) -> _Article:
        counts: dict[str, int] = {}
        places = [_as_place(doc, i) for i in range(len(doc.orgs))]
        for m in doc.org_mentions:
            name = places[m.index]
            counts[name] = counts.get(name, 0) + 1
        hub = max(counts, key=lambda k: counts[k]) if counts else None
        return cls({o.name: o for o in doc.orgs}, counts, hub)


@dataclass
class _Sentence:
    """A cohort sentence's counts (value -> span of the first), countries named, generic places, a word of going."""

    spans: dict[int, tuple[int, int]]
    countries: list[tuple[str, int, int, str]]
    generics: list[tuple[str, int]]
    gone: float


_BARE = frozenset({"universities", "institutions", "colleges"})


def candidates(doc: Doc, cohort: Cohort, article: _Article | None = None) -> list[Candidate]:
    """The places cohort ``cohort`` may be at, with their features (none for a countless cohort);
    ``article``: what the article's cohorts share (computed when not given)."""
    ev = cohort.evidence
    if cohort.count is None or ev is None:
        return []
    n = doc.sentence_at(ev.start)
    sent = doc.sentences[n]
    article = article or _Article.of(doc)
    told = article.sentence(doc, n)
    span = told.spans.get(cohort.count)
    if span is None:
        return []
    cs, ce = sent.start + span[0], sent.start + span[1]
    rule_key = norm(cohort.at) if cohort.at else None
    by_name, counts, hub = article.by_name, article.counts, article.hub
    named_countries = told.countries
    named = {c for c, *_ in named_countries}
    origin = cohort.from_country
    gone = told.gone
    found: dict[str, dict[str, float]] = {}
    names: dict[str, str] = {}

    def add(name: str, feats: dict[str, float]) -> None:
        """Keep a candidate's closest mention (highest "_rank")."""
        key = norm(name)
        old = found.get(key)
        if old is None or feats["_rank"] > old["_rank"]:
            found[key] = feats
            names[key] = name

    org_starts = sorted(m.start for m in doc.org_mentions_in(n))
    for k in range(max(0, n - 2), n + 1):
        for m in doc.org_mentions_in(k):
            name = _as_place(doc, m.index)
            org = by_name.get(name) or doc.orgs[m.index]
            f: dict[str, float] = {"org": 1.0}
            if k == n:
                f["same_sentence"] = 1.0
                after = m.start >= ce
                f["after" if after else "before"] = 1.0
                gap = doc.text[ce : m.start] if after else doc.text[m.start : cs]
                f["distance"] = min(len(gap.split()), 30) / 30.0
                f["org_between"] = (
                    1.0 if any(cs > s > m.start or ce <= s < m.start for s in org_starts) else 0.0
                )
                if after:
                    f["study_between"] = 1.0 if _STUDY.search(gap) else 0.0
                else:
                    f["host_verb"] = 1.0 if _HOST_BETWEEN.search(gap) else 0.0
                w = _word_before(doc.text[sent.start : m.start])
                if w in ("at", "in", "from", "of", "with", "to"):
                    f[f"{w}_before"] = 1.0
                f["subject"] = 1.0 if not doc.text[sent.start : m.start].strip(' "“') else 0.0
                f["_rank"] = 3.0 - f["distance"]
            else:
                f["prev_sentence"] = 1.0 if k == n - 1 else 0.5
                f["_rank"] = 1.0 if k == n - 1 else 0.5
            f["university"] = 1.0 if org.type in _UNIVERSITY else 0.0
            f["school"] = 1.0 if org.type in _SCHOOLS else 0.0
            f["unit"] = 1.0 if doc.orgs[m.index].type in _UNITS else 0.0
            f["company"] = 1.0 if org.type == "Company" else 0.0
            f["state_body"] = 1.0 if org.type in _STATE else 0.0
            f["other_type"] = 1.0 if org.type == "Other" else 0.0
            f["hub"] = 1.0 if name == hub else 0.0
            f["mentions"] = min(counts.get(name, 1), 6) / 6.0
            f["origin_country"] = 1.0 if origin and org.country == origin else 0.0
            f["org_country_named"] = 1.0 if org.country and org.country in named else 0.0
            add(name, f)
    hub_index = doc.find_org(hub) if hub is not None else None
    if hub is not None and hub_index is not None and norm(hub) not in found:
        org = doc.orgs[hub_index]
        found[norm(hub)] = {
            "org": 1.0,
            "far": 1.0,
            "hub": 1.0,
            "mentions": min(counts[hub], 6) / 6.0,
            "university": 1.0 if org.type in _UNIVERSITY else 0.0,
            "school": 1.0 if org.type in _SCHOOLS else 0.0,
            "origin_country": 1.0 if origin and org.country == origin else 0.0,
            "org_country_named": 1.0 if org.country and org.country in named else 0.0,
            "_rank": 0.0,
        }
        names[norm(hub)] = hub
    org_countries = {doc.orgs[i].country for i in doc.orgs_in(n)}
    for country, start, _end, surface in named_countries:
        pos = sent.start + start
        after = pos >= ce
        gap = doc.text[ce:pos] if after else doc.text[pos:cs]
        f = {"country": 1.0, "same_sentence": 1.0, "after" if after else "before": 1.0}
        f["distance"] = min(len(gap.split()), 30) / 30.0
        w = _word_before(sent.text[:start])
        if w in ("at", "in", "from", "of", "with", "to"):
            f[f"{w}_before"] = 1.0
        if after:
            f["study_between"] = 1.0 if _STUDY.search(gap) else 0.0
        f["origin_country"] = 1.0 if origin == country else 0.0
        f["country_of_org_here"] = 1.0 if country in org_countries else 0.0
        f["demonym"] = 1.0 if surface in _DEMONYMS else 0.0
        f["_rank"] = 3.0 - f["distance"] - f["demonym"]
        add(country if surface in _DEMONYMS else written_form(country, surface), f)
    for generic, at in told.generics:
        pos = sent.start + at
        after = pos >= ce
        gap = doc.text[ce:pos] if after else doc.text[pos:cs]
        f = {"generic": 1.0, "same_sentence": 1.0, "after" if after else "before": 1.0}
        f["distance"] = min(len(gap.split()), 30) / 30.0
        w = _word_before(sent.text[:at])
        if w in ("at", "in", "from", "of", "with", "to"):
            f[f"{w}_before"] = 1.0
        if after:
            f["study_between"] = 1.0 if _STUDY.search(gap) else 0.0
        f["_rank"] = 3.0 - f["distance"]
        add(generic, f)
    out = []
    rule_seen = False
    for key, f in found.items():
        del f["_rank"]
        if rule_key is not None and key == rule_key:
            f["rule"] = 1.0
            rule_seen = True
        f["gone"] = gone
        f["headline"] = 1.0 if n == 0 else 0.0
        out.append(Candidate(names[key], f))
    if cohort.at is not None and not rule_seen:
        out.append(Candidate(cohort.at, {"rule": 1.0, "rule_bare": 1.0, "gone": gone}))
    if cohort.at is None:
        for c in out:
            c.features["rule_none"] = 1.0
        return out
    # what each other candidate is against the rules' choice
    ruled = next(c.features for c in out if c.features.get("rule"))
    rule_kind = (
        "bare"
        if ruled.get("rule_bare")
        else "org"
        if ruled.get("org")
        else "country"
        if ruled.get("country")
        else "generic"
    )
    for c in out:
        f = c.features
        if f.get("rule"):
            continue
        kind = "org" if f.get("org") else "country" if f.get("country") else "generic"
        pair = f"{kind}_vs_{rule_kind}"
        if pair in _PAIRS:
            f[pair] = 1.0
    return out


_PAIRS = frozenset({"org_vs_org", "org_vs_country", "org_vs_bare", "country_vs_org", "country_vs_generic"})


def _as_place(doc: Doc, i: int) -> str:
    """Organisation ``i``'s name as a cohort's place: a faculty is its university (as the rules read it)."""
    org = doc.orgs[i]
    if org.type == "Faculty" and org.part_of:
        return org.part_of
    return org.name
