"""A small learned check of the pairs of organisations an article names together.

The rules of this package read partnerships from constructions; this module scores every pair of
organisations named in one sentence (or one of them the article's main institution, referred to
as "the university" or "we"), and the main institution with a foreign institution named alone in
a sentence of a tie that neither names nor refers to it (a pair across sentences: "A opened its new
campus. ... A memorandum with B was also signed."; weights of their own, the ``cross_`` features), with a
logistic regression over a few hand-designed features: tie words in the sentence and between
the two names, negative words (rankings, awards, visits), the kinds of the two organisations,
distance, how many organisations the sentence names, and whether the rules already found the pair. The weights ship as package data
(``kgpart/data/pair_model.json``, trained by ``bench/train_pair_model.py``); inference is a dot
product, nothing is downloaded.

``add_learned_pairs`` adds to the rules' partnerships the pairs scoring above the model's
threshold ("union" mode), or in "rerank" mode also drops the rules' pairs it scores below.

``find_partnerships`` calls it last. It never adds a pair from a sentence with no word of a tie,
nor one whose party is the object of a visit (``_visited_parties``), a school or a research institute of no
known country (``_unit_like``): constructions decide those.
Measured (session 10, bench/README.md "Learned partnership pairs (session 10)"): leave-one-set-out over
seven labelled sets (dev folds A, C, H; probe sets G1-G4 of bench/genre), rules + model beat the
rules alone on partnerships in five sets and tied in two (A, C); pooled partnership F1 0.61 ->
0.69. Session 12 (bench/README.md, "Session 12: pairs across sentences"): the pairs across sentences
and ``tie_near``, leave-one-set-out over eight sets (A, C, H, G1-G5): pooled partnership F1 0.693 ->
0.710, better in five sets, equal in A and C, lower in G3 (0.662 -> 0.658). The shipped file's ``"enabled": false`` turns it off.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from kgpart.extract.doc import Doc, norm
from kgpart.extract.linear_model import LinearModel, linear_fields, package_model
from kgpart.extract.model_switch import ModelSwitch
from kgpart.extract.partnerships.kinds import _PROPOSED_TIE_LOWER, tie_kind, tie_status
from kgpart.extract.partnerships.parties import _mention_end, top_institution
from kgpart.extract.record import Organization, Partnership
from kgpart.extract.sentences import Sentence

#: Features a pair across sentences has weights of its own for (``cross_`` and the name): what
#: makes a tie of two names in one sentence is not what makes one of the hub and a name alone.
_CROSS_OWN = (
    "tie_sentence",
    "sign_sentence",
    "negative",
    "report",
    "proposed",
    "headline",
    "lead",
    "two_countries",
    "rare",
)

#: Names of the features, in the order of the weights in the model file.
FEATURES = (
    "rule",
    "hub",
    "hub_ref",
    "tie_sentence",
    "tie_between",
    "sign_sentence",
    "with_between",
    "between_and",
    "listed",
    "other_between",
    "negative",
    "report",
    "proposed",
    "distance",
    "crowd",
    "headline",
    "lead",
    "both_institutions",
    "unit",
    "embassy",
    "state_body",
    "company",
    "other_type",
    "same_country",
    "two_countries",
    "nested_names",
    "co_sentences",
    "rare",
    "tie_near",
    "cross",
    "cross_with",
    "cross_hub_before",
    *(f"cross_{name}" for name in _CROSS_OWN),
)

#: Words of a tie between institutions (on the case-folded sentence).
TIE_WORDS = re.compile(
    r"\b(?:memorand|mous?\b|agreement|accords?\b|partner|cooperat|co-operat|collaborat|exchange|"
    r"(?:double|dual|joint)[\s\-]+(?:degree|programme|program|master|doctoral|phd|research|laborator|lab\b|centre|center|"
    r"institute|school)|consorti|network|allian|twinn|letters? of intent|protocol|road ?-?map|ties\b|links\b|"
    r"jointly\b|mobility|branch campus)"
)

#: Verbs that make a tie: signed, renewed, launched, established, concluded.
SIGN_WORDS = re.compile(
    r"\b(?:sign(?:s|ed|ing)?|ink(?:s|ed)?|conclud(?:e|es|ed)|seal(?:s|ed)|renew(?:s|ed|al)?|launch(?:es|ed)?|"
    r"establish(?:es|ed)?|entered|formali[sz]ed|agreed|set\s+up|open(?:s|ed)|team(?:s|ed)?\s+up)\b"
)

#: Words of a sentence that is no tie of its names: rankings, prizes, rivals, a visit or a greeting.
_NEGATIVE = re.compile(
    r"\b(?:rank|rival|competition|contest|award|prize|congratulat|olympiad|championship|tournament|"
    r"visit(?:s|ed|ing)?\b|tour(?:ed)?\b|lecture|graduated|alumn|former(?:ly)?\b|condolence|ahead of|behind)"
)

#: Words of a report about the article, not a fact of its names ("the press service of A told B").
_REPORT = re.compile(
    r"\b(?:told|reports?|reported|according\s+to|press\s+service|news\s+agency|correspondent|quoted|cited)\b"
)

#: The main institution referred to without its name. Every alternative opens with \b and "the", "our" or "we": the
#: \b is said once, with a look-ahead for those first letters (a word's edge tests one class; ~20 % faster).
_HUB_REF = re.compile(
    r"\b(?=[tow])(?:(?:the|our)\s+(?:university|institute|academy|college|school|embassy|ministry)\b(?!\s+of\b)"
    r"|we\b|our\b)",
    re.I,
)

#: "with" right before a name (a few words between): "an agreement was signed with the B".
_WITH_BEFORE = re.compile(r"\bwith\s+(?:[\w’'-]+\s+){0,3}$", re.I)

#: The pair features of two names in one sentence, for a pair across sentences.
_NOT_BETWEEN = dict.fromkeys(
    ("hub_ref", "tie_between", "with_between", "between_and", "listed", "other_between"), 0.0
)

_LIST_GAP = re.compile(r"^\W*(?:and|&|as\s+well\s+as)?\W*(?:the\s+)?$", re.I)

_INSTITUTIONS = frozenset({"University", "School", "ResearchInstitute"})

#: Parts of an institution: a faculty, department or centre is rarely a party of its own.
_UNITS = frozenset({"Faculty", "Centre"})
#: Kinds of organisation of a state.
_STATE_BODIES = frozenset({"Ministry", "Government"})
_UNIT_NAME = re.compile(
    r"^(?:Faculty|Department|School|Institute|Centre|Center|Office|Chair|Laboratory|College)\s+of\b"
)


@dataclass
class Candidate:
    """A pair of organisations (top-level indices) and its features."""

    a: int
    b: int
    n: int
    features: dict[str, float]
    vetoed: bool = False  # never added by the model, whatever it scores: a party was visited, or is a unit


@dataclass
class PairModel(LinearModel):
    """Weights of the logistic regression, its decision threshold (a logit) and its mode."""

    mode: str = "union"

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PairModel:
        """Read the model file's content (features and weights as two parallel lists)."""
        weights, bias, threshold, enabled = linear_fields(data, "pair model")
        return cls(weights, bias, threshold, enabled, str(data.get("mode", "union")))


@lru_cache(maxsize=1)
def shipped_model() -> PairModel:
    """The model shipped with the package (``kgpart/data/pair_model.json``)."""
    return PairModel.from_dict(package_model("pair_model.json"))


#: The model the hook uses (tests and the training script set another, or turn it off).
_SWITCH: ModelSwitch[PairModel] = ModelSwitch(shipped_model)
use_model = _SWITCH.use
active_model = _SWITCH.active


def _hub(doc: Doc, counts: dict[int, int], first: dict[int, int]) -> int | None:
    """The article's main organisation: the most often named (the first named among equals)."""
    if not counts:
        return None
    best = max(counts.values())
    if best < 3:
        return None
    return min((i for i, c in counts.items() if c == best), key=lambda i: first.get(i, 0))


def candidates(doc: Doc, found: list[Partnership], *, unruled_only: bool = False) -> list[Candidate]:
    """Every pair of organisations named in one sentence, and the hub with those named beside a
    reference to it, with the features of the sentence that speaks most of a tie. With
    ``unruled_only`` the pairs the rules found are left out (the model adds only the others)."""
    tops: dict[int, int] = {}  # an organisation's index -> its top-level institution's
    counts: dict[int, int] = {}
    first: dict[int, int] = {}
    for m in doc.org_mentions:
        top = tops.get(m.index)
        if top is None:
            top = tops[m.index] = top_institution(doc, m.index)
        counts[top] = counts.get(top, 0) + 1
        if m.start < first.get(top, m.start + 1):
            first[top] = m.start
    hub = _hub(doc, counts, first)
    ruled = {tuple(sorted(p.between)) for p in found}
    best: dict[tuple[int, int], Candidate] = {}
    seen: dict[tuple[int, int], int] = {}
    for n, sent in enumerate(doc.sentences):
        mentions = doc.org_mentions_in(n)
        if not mentions:
            continue
        # the first mention of each top-level organisation in the sentence
        firsts: dict[int, int] = {}
        for m in mentions:
            firsts.setdefault(tops[m.index], m.index)
        if len(firsts) < 2 and (hub is None or hub in firsts):
            continue
        ref = _HUB_REF.search(sent.text) if hub is not None and hub not in firsts else None
        parties = list(firsts)
        # the hub neither named nor referred to, one institution named alone: the hub may still be
        # the other party of the sentence's tie ("A hosted the signing on Monday. The memorandum with B
        # covers ..."): a pair across sentences (with two names or more, their own pairs decide)
        crossing = (
            {t for t in firsts if _cross_pair(doc, t, hub)}
            if hub is not None and ref is None and len(firsts) == 1 and hub not in firsts
            else set()
        )
        cross = bool(crossing)
        if hub is not None and (ref is not None or cross):
            parties.append(hub)
        if len(parties) < 2:
            continue
        if unruled_only and all(
            _names(doc, a, b) in ruled for k, a in enumerate(parties) for b in parties[k + 1 :]
        ):
            continue  # the rules found every pair of the sentence: the model adds none
        fold = sent.text.casefold()
        ties = [(t.start(), t.end()) for t in TIE_WORDS.finditer(fold)]
        signs = [(t.start(), t.end()) for t in SIGN_WORDS.finditer(fold)]
        if not ties and not signs:
            continue  # a sentence with no word of a tie gives no pair (and half the time back)
        spans: dict[int, tuple[int, int]] = {}
        for m in mentions:
            top = tops[m.index]
            if top not in spans:
                spans[top] = (m.start, _mention_end(doc, m.index, m.start))
        if hub is not None and ref is not None:
            spans[hub] = (sent.start + ref.start(), sent.start + ref.end())
        order = sorted(spans, key=lambda t: spans[t])
        pairs = [(x, y) for x in range(len(order)) for y in range(x + 1, len(order))]
        if cross:  # the hub after every party (index len(order)), its span empty
            pairs += [(x, len(order)) for x in range(len(order)) if order[x] in crossing]
        if unruled_only:  # a pair the rules found would have "rule" 1: never added
            ends = [*order, -1 if hub is None else hub]  # (the hub is only a cross pair's end)
            pairs = [(x, y) for x, y in pairs if _names(doc, ends[x], ends[y]) not in ruled]
            if not pairs:
                continue  # the sentence's features are for its pairs only
        aligned = len(fold) == len(sent.text)  # then fold's offsets are the sentence's
        sentence_feats = {
            "tie_sentence": 1.0 if ties else 0.0,
            "sign_sentence": 1.0 if signs else 0.0,
            "negative": 1.0 if _NEGATIVE.search(fold) else 0.0,
            "report": 1.0 if _REPORT.search(fold) else 0.0,
            # what ``tie_status(fold) == "proposed"`` tests, without its two other scans
            "proposed": 1.0 if _PROPOSED_TIE_LOWER.search(fold.lower()) else 0.0,
            "crowd": max(min(len(spans) - 2, 5), 0) / 5.0,
            "headline": 1.0 if n == 0 else 0.0,
            "lead": 1.0 if n <= 2 else 0.0,
        }
        words = ties + signs
        # the words' places in the article, for the pairs' gaps and surroundings (fold's offsets are the sentence's)
        placed = [(sent.start + a, sent.start + e) for a, e in words] if aligned else []
        visited = _visited_parties(doc, sent, spans)
        hub_ref = 1.0 if hub in spans and _is_ref(doc, hub, spans[hub][0]) else 0.0
        hub_before = cross and n > 0 and any(tops[m.index] == hub for m in doc.org_mentions_in(n - 1))
        for x, y in pairs:
            i = order[x]
            if y == len(order):  # the hub, not in this sentence
                assert hub is not None  # (cross pairs are the hub's)
                key = (min(i, hub), max(i, hub))
                feats = dict(sentence_feats, **_NOT_BETWEEN)
                start = spans[i][0]
                feats["cross"] = 1.0
                feats["cross_with"] = (
                    1.0 if _WITH_BEFORE.search(doc.text[max(sent.start, start - 40) : start]) else 0.0
                )
                feats["cross_hub_before"] = 1.0 if hub_before else 0.0
                feats["distance"] = 1.0
                old = best.get(key)
                if old is None or _strength(feats) > _strength(old.features):
                    best[key] = Candidate(key[0], key[1], n, feats, i in visited)
                continue
            j = order[y]
            key = (min(i, j), max(i, j))
            (s1, e1), (s2, e2) = spans[i], spans[j]
            gap = doc.text[e1:s2] if s2 >= e1 else ""
            gap_fold = gap.casefold()
            padded = f" {gap_fold} "
            if aligned:
                tie_between = any(e1 <= a and e <= s2 for a, e in placed)
            else:
                tie_between = bool(TIE_WORDS.search(gap_fold) or SIGN_WORDS.search(gap_fold))
            before = doc.text[max(sent.start, s1 - 12) : s1].casefold()
            feats = dict(sentence_feats)
            feats["hub_ref"] = hub_ref if hub in key else 0.0
            feats["tie_between"] = 1.0 if tie_between else 0.0
            feats["with_between"] = 1.0 if " with " in padded else 0.0
            feats["between_and"] = 1.0 if "between" in before and " and " in padded else 0.0
            feats["listed"] = 1.0 if gap.strip() in (",", "") or _LIST_GAP.match(gap) else 0.0
            feats["other_between"] = 1.0 if y > x + 1 else 0.0
            if aligned:  # a word of a tie within 40 characters before or after either name
                feats["tie_near"] = (
                    1.0
                    if any(
                        s1 - 40 <= e <= s1 or e1 <= a <= e1 + 40 or s2 - 40 <= e <= s2 or e2 <= a <= e2 + 40
                        for a, e in placed
                    )
                    else 0.0
                )
            feats["distance"] = min(len(gap.split()), 40) / 40.0
            seen[key] = seen.get(key, 0) + 1
            old = best.get(key)
            if old is None or _strength(feats) > _strength(old.features):
                best[key] = Candidate(key[0], key[1], n, feats, i in visited or j in visited)
    out = []
    for key, cand in best.items():
        a, b = doc.orgs[key[0]], doc.orgs[key[1]]
        f = cand.features
        f["rule"] = 1.0 if _names(doc, key[0], key[1]) in ruled else 0.0
        f["hub"] = 1.0 if hub in key else 0.0
        f["both_institutions"] = 1.0 if a.type in _INSTITUTIONS and b.type in _INSTITUTIONS else 0.0
        f["unit"] = (
            1.0
            if a.type in _UNITS or b.type in _UNITS or _UNIT_NAME.match(a.name) or _UNIT_NAME.match(b.name)
            else 0.0
        )
        f["embassy"] = 1.0 if "Embassy" in (a.type, b.type) else 0.0
        f["state_body"] = 1.0 if a.type in _STATE_BODIES or b.type in _STATE_BODIES else 0.0
        f["company"] = 1.0 if "Company" in (a.type, b.type) else 0.0
        f["other_type"] = 1.0 if "Other" in (a.type, b.type) else 0.0
        f["same_country"] = 1.0 if a.country and a.country == b.country else 0.0
        f["two_countries"] = 1.0 if a.country and b.country and a.country != b.country else 0.0
        na, nb = norm(a.name), norm(b.name)
        f["nested_names"] = 1.0 if na in nb or nb in na else 0.0
        f["co_sentences"] = min(seen.get(key, 1) - 1, 4) / 4.0
        f["rare"] = 1.0 if min(counts.get(key[0], 0), counts.get(key[1], 0)) <= 1 else 0.0
        if _unit_like(a) or _unit_like(b):
            cand.vetoed = True  # the model adds no pair of a unit (the rules may)
        if f.get("cross"):  # a pair across sentences: its own weights (and the rules' verdict)
            cand.features = {
                "rule": f["rule"],
                "cross": 1.0,
                "cross_with": f["cross_with"],
                "cross_hub_before": f["cross_hub_before"],
                **{f"cross_{name}": f[name] for name in _CROSS_OWN},
            }
        out.append(cand)
    return out


#: A visit's verb right before a name: that party is the place visited, not one who signs
#: ("The mayor visited A and signed an agreement with B"; "A ... hosted the B delegation").
_VISITED_BEFORE = re.compile(
    r"\b(?:visit(?:ed|ing|s)?|tour(?:ed|ing|s)?|host(?:ed|ing|s)?|welcom(?:ed|ing|es)|receiv(?:ed|ing|es))"
    r"\s+(?:the\s+)?(?:[\w’'-]+\s+)?$",
    re.I,
)


#: The stems of ``_VISITED_BEFORE``'s verbs: a sentence without one has no visited party.
_VISIT_STEMS = ("visit", "tour", "host", "welcom", "receiv")


def _visited_parties(doc: Doc, sent: Sentence, spans: dict[int, tuple[int, int]]) -> set[int]:
    """The parties of a sentence right after a visit's verb: the model adds no pair of theirs (the
    constructions decide those), as it adds none from a sentence with no word of a tie."""
    if sent.text.isascii():  # then re.I matches what lower() gives (no "ſ", "K" or "İ")
        fold = sent.text.lower()
        if not any(stem in fold for stem in _VISIT_STEMS):
            return set()  # each window below lies in the sentence: none would hold a verb
    return {
        top
        for top, (start, _) in spans.items()
        if _VISITED_BEFORE.search(doc.text[max(sent.start, start - 30) : start])
    }


def _cross_pair(doc: Doc, i: int, hub: int) -> bool:
    """Whether the hub and an organisation named without it may be a pair across sentences: two
    institutions of different (or unknown) countries, the tie of a release with a foreign partner."""
    a, b = doc.orgs[i], doc.orgs[hub]
    if a.type not in _INSTITUTIONS or b.type not in _INSTITUTIONS:
        return False
    return not (a.country and a.country == b.country)


def _names(doc: Doc, i: int, j: int) -> tuple[str, str]:
    """The names of organisations ``i`` and ``j``, sorted (how ``ruled`` holds the rules' pairs)."""
    a, b = doc.orgs[i].name, doc.orgs[j].name
    return (a, b) if a <= b else (b, a)


def _is_ref(doc: Doc, hub: int, start: int) -> bool:
    """Whether the hub's position at ``start`` is a reference ("the university"), not its name."""
    org = doc.orgs[hub]
    return not any(doc.text.startswith(name, start) for name in (org.name, *org.aliases))


def _strength(f: dict[str, float]) -> tuple[float, ...]:
    """Which of a pair's sentences speaks most of a tie: tie words between the names first."""
    return (
        -f.get("cross", 0.0),
        f["tie_between"] + f["with_between"] + f["between_and"],
        f["tie_sentence"] + f["sign_sentence"] - f["negative"],
        -f["distance"],
    )


def add_learned_pairs(doc: Doc, found: list[Partnership], model: PairModel | None = None) -> None:
    """Add to ``found`` the pairs the model scores above its threshold that the rules missed
    (in "rerank" mode also drop the rules' pairs it scores below); ``found`` is changed in place."""
    model = model or active_model()
    if model is None or len(doc.org_mentions) < 2:
        return
    cands = candidates(doc, found, unruled_only=model.mode != "rerank")
    if model.mode == "rerank":
        low = {
            tuple(sorted([doc.orgs[c.a].name, doc.orgs[c.b].name]))
            for c in cands
            if c.features["rule"] and model.margin(c.features) < model.threshold
        }
        found[:] = [p for p in found if tuple(sorted(p.between)) not in low]
    for cand in cands:
        if cand.vetoed or cand.features["rule"] or model.margin(cand.features) < model.threshold:
            continue
        found.append(partnership(doc, cand))


def _unit_like(org: Organization) -> bool:
    """A school, or a research institute of no known country: most often a unit of a university whose tie the
    article tells. The model adds no pair of one (session 16: of the 5 such pairs it added in the thirteen
    labelled sets, none was gold; bench/README.md, "Partnerships (session 16)")."""
    return org.type == "School" or (org.type == "ResearchInstitute" and not org.country)


def partnership(doc: Doc, cand: Candidate) -> Partnership:
    """The partnership the hook adds for a candidate pair (its kind and status from its sentence)."""
    sentence = doc.sentences[cand.n].text
    return Partnership(
        [doc.orgs[cand.a].name, doc.orgs[cand.b].name],
        tie_kind(sentence),
        tie_status(sentence),
        doc.evidence(cand.n),
    )
