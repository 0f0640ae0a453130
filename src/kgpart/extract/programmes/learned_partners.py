"""Which more of the article's organisations run a programme: a learned check (session 14).

The rules give a programme the organisations its wording names as its partners; often one of them is
told elsewhere: "The double degree starts in September" after "X University and Y University signed
an agreement", "the scholarship is funded by the Ministry" in the next sentence, the article's one
university left out of a programme told in a list. ``add_learned_partners`` looks at each pair of a
programme of the rules and an organisation of the article that is not one of its partners yet, scores
it with a logistic regression over hand-designed features and adds to the programme the best
organisation scoring above the model's threshold (a logit), at most ``per_programme`` of them.

Candidates (a cheap pre-filter): institutions (universities, schools, institutes, faculties, centres)
with a name of their own (not "universities of Kazakhstan"), not yet partners of the programme, that
are tied to one of its partners by a partnership of the rules, named in the title, or named in the
programme's sentence or the one before or after it. (Of the gold partners the rules' programmes lack
in the eleven labelled sets, 66 of 86 are among these; the others are state bodies, embassies and
institutions named far from the programme, where the model found no rate of right additions worth
adding.)

The features, in words: whether the organisation is a university (or a faculty, school, institute,
centre); the programme's kind (double degree, joint, exchange, internship, other; a scholarship or
places given, an institute or campus) and its partners now (0, 1, 2+; institutions, state bodies,
embassies); whether the organisation and a partner are tied by a partnership of the rules (the
article's only one; the one tied organisation among the programme's candidates; in any tie); whether it
is named in the programme's sentence, the one before or after, two or three away, or further, and
first named before it; how often the article names it, whether it is the article's most-named
institution, whether the title names it; whether it is of another country than the partners (a
programme of two sides spans two countries) or of the same one; whether one name holds the other (a
faculty of the university); whether another programme of the article has it as a partner, with one of
this one's partners; the words between it and the nearest partner (or the programme's name) in one
sentence: "with", "and", "between", "at/in", "by/from", "of"; in the programme's sentence: "between",
"under the agreement", words of two sides ("the two universities", "both", "jointly", "their"), no
organisation named at all; and a few products (one partner and tied, one partner and of another
country, one partner and co-partner elsewhere, two partners tied and of another country).

Weights ship as package data (``kgpart/data/programme_partner_model.json``), written by our own
training script ``bench/train_programme_partner_model.py`` on the eleven labelled sets A, C, H,
G1-G8 (labels: whether the organisation is a partner of the gold programme the rules' programme
corresponds to, by the scorer's own alias matching); nothing is downloaded. ``use_model`` (a
``ModelSwitch``) lets tests and the training script run another model or none. The regularisation, the
threshold and the cap per programme are chosen by an inner leave-one-set-out for the sum of programme
and partnership F1, among thresholds whose added organisations are at least 40 % right by the labels
(the scorer takes a programme whose partners hold all the gold ones, so a wrong one added costs it
nothing; the floor keeps the junk down). Shipped: l2 1, threshold -0.75, up to two organisations a
programme. Vetoed: one of several organisations tied to the programme's partners when the programme's
sentence does not name it (no telling which), and an addition that would give a programme of no count
the very partners of another (the programme filter would drop it as a twin).

Measured (session 14, leave-one-set-out over the eleven sets on the rules and models of 17e1bad, each
left-out set re-extracted with the additions and scored with the scorer's functions, checked exact
against the model hooked): pooled programme F1 0.577 -> 0.590 (tp 233 -> 238 of 423, predicted 384
both), better in G4 G5 G6 G8, equal in the seven others; partnership F1 0.729 -> 0.729 (tp 391 -> 389,
predicted 482 -> 476: 0.7289 -> 0.7291; G3 G4 lower, G5 higher); cohorts and the other categories
equal in every set; 41 organisations picked, 16 of them right by the labels (the vetoes and the scorer
count the others as nothing). A, C, H, G1 unchanged (real scorer). Cost within the noise of
bench_extract (~1-3 %).

Shipped off (``"enabled": false``): 25 of the 41 organisations it adds are no partner of the programme,
a false fact in the graph that the scorer does not count (it checks only that the gold partners are
there); on the founding article it gave the eight students' double degree a third university. A
programme that lacks a partner is incomplete; one with a wrong partner misleads every query of who
runs it. Worth turning on when its additions are right far more often than not.

Kept while the model is off (session 15): one conjunction of its features, ``TITLE_TIED_JOINT`` (a joint programme
lacking an institution the title names and a partnership has as a party), whose additions are right three times in
four (``title_partners``).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from kgpart.extract.doc import Doc, norm
from kgpart.extract.linear_model import LinearModel, linear_fields, package_model
from kgpart.extract.model_switch import ModelSwitch
from kgpart.extract.programmes.wordings import UNDER_IT
from kgpart.extract.record import Organization, Partnership, Programme

#: Names of the features, in the order of the weights in the model file.
FEATURES = (
    "org_university",
    "kind_double",
    "kind_joint",
    "kind_exchange",
    "kind_internship",
    "kind_other",
    "given",
    "institute",
    "partners_0",
    "partners_1",
    "partners_2",
    "tied",
    "only_tie",
    "in_a_tie",
    "sole_tied",
    "same_sentence",
    "near_1",
    "near_3",
    "far",
    "before",
    "no_evidence",
    "mentions",
    "most_named",
    "in_title",
    "other_country",
    "same_country",
    "nested",
    "other_programme",
    "co_partner",
    "w_with",
    "w_and",
    "w_between",
    "w_at",
    "w_by",
    "w_of",
    "between_sentence",
    "under_agreement",
    "pair_words",
    "no_org_named",
    "partner_institution",
    "partner_state",
    "partner_embassy",
    "one_tied",
    "one_co_partner",
    "one_other_country",
    "two_tied_other_country",
    "one_pair_words",
    "sole_institution",
)

_KINDS = {
    "double-degree": "kind_double",
    "joint": "kind_joint",
    "exchange": "kind_exchange",
    "internship": "kind_internship",
}

_INSTITUTIONS = frozenset({"University", "School", "ResearchInstitute", "Faculty", "Centre"})
_STATE = frozenset({"Ministry", "Government"})

#: Programmes one side gives: places, scholarships, grants, quotas.
_GIVEN = re.compile(r"scholarship|fellowship|grant|places|quota|stipend|bursar", re.I)
_INSTITUTE = re.compile(r"institut|centre|center|campus|branch|laborator|\blab\b|academy|college", re.I)

#: The words between two names of one sentence (lower-cased text between them).
_WITH = re.compile(r"\bwith\b")
_AND = re.compile(r"\band\b|,|&")
_BETWEEN = re.compile(r"\bbetween\b")
_AT = re.compile(r"\b(?:at|in|hosted\s+by)\b")
_BY = re.compile(r"\bby\b|\bfrom\b")
_OF = re.compile(r"\bof\b")

#: Words of a programme told of two sides named before ("the two universities", "both", "the sides", "jointly").
_PAIR = re.compile(
    r"\b(?:two|both)\s+(?:universities|institutions|sides|partners|schools|parties|countries)\b|\bthe\s+(?:sides|partners|parties)\b|"
    r"\bboth\b|\bjointly\b|\btogether\b|\beach\s+other\b|\bmutual\b|\bbetween\s+them\b|\btheir\b"
)


@dataclass
class PartnerModel(LinearModel):
    """Weights of the logistic regression, its threshold, and how many organisations a programme may take."""

    per_programme: int = 1

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PartnerModel:
        """Read the model file's content (features and weights as two parallel lists)."""
        weights, bias, threshold, enabled = linear_fields(data, "programme partner model")
        return cls(weights, bias, threshold, enabled, int(data.get("per_programme", 1)))


@lru_cache(maxsize=1)
def shipped_model() -> PartnerModel:
    """The model shipped with the package (``kgpart/data/programme_partner_model.json``)."""
    return PartnerModel.from_dict(package_model("programme_partner_model.json"))


#: The model the hook uses (tests and the training script set another, or turn it off).
_SWITCH: ModelSwitch[PartnerModel] = ModelSwitch(shipped_model)
use_model = _SWITCH.use
active_model = _SWITCH.active


@dataclass
class Candidate:
    """An organisation (by index) that may be one more partner of a programme (by its place in the list)."""

    programme: int
    org: int
    features: dict[str, float]


def _generic(org: Organization) -> bool:
    """A name of no one organisation ("universities of Kazakhstan")."""
    words = org.name.split()
    return (bool(words) and words[0][:1].islower()) or org.name.endswith(("ies", "ties"))


def _nested(a: str, b: str) -> bool:
    """One name holds the other (a faculty of the university, the university of the faculty)."""
    x, y = norm(a), norm(b)
    return bool(x and y) and (x in y or y in x)


def candidates(doc: Doc, programmes: list[Programme], partnerships: list[Partnership]) -> list[Candidate]:
    """The pairs of a programme and an organisation the model scores, with their features (only those
    not 0). A candidate is an institution with a name of its own, not yet a partner, tied to one of
    the programme's partners, named in the title, or named in the programme's sentence or next to it."""
    if not programmes or not doc.orgs:
        return []
    counted = Counter(m.index for m in doc.org_mentions)
    sentences: dict[int, list[int]] = {}
    for m in doc.org_mentions:
        sentences.setdefault(m.index, []).append(m.sentence)
    institutions = [i for i in counted if doc.orgs[i].type in _INSTITUTIONS and not _generic(doc.orgs[i])]
    if not institutions:
        return []
    most = max(counted[i] for i in institutions)
    hub = {i for i in institutions if counted[i] == most and most >= 2}
    title = set(doc.orgs_in(0)) if doc.sentences else set()
    ties = [
        {i for i in (doc.find_org(n) for n in p.between) if i is not None} for p in partnerships if p.between
    ]
    in_tie = set().union(*ties) if ties else set()
    partner_sets = [{i for i in (doc.find_org(n) for n in p.partners) if i is not None} for p in programmes]
    # the programmes naming each organisation as a partner
    runs: dict[int, set[int]] = {}
    for k, mine in enumerate(partner_sets):
        for i in mine:
            runs.setdefault(i, set()).add(k)
    article = {"hub": hub, "title": title, "ties": ties, "in_tie": in_tie, "counted": counted}
    out: list[Candidate] = []
    for k, prog in enumerate(programmes):
        mine = partner_sets[k]
        ev = prog.evidence
        n = doc.sentence_at(ev.start) if ev is not None else -1
        tied_to = {i for t in ties if t & mine for i in t} - mine
        picked: list[tuple[int, int]] = []
        for i in institutions:
            if i in mine or doc.orgs[i].name in prog.partners:
                continue
            near = min(abs(s - n) for s in sentences[i]) if n >= 0 else 99
            if near <= 1 or i in tied_to or i in title:
                picked.append((i, near))
        if not picked:
            continue
        base = _programme_features(doc, prog, n, mine)
        mine_cands = [
            Candidate(k, i, _features(doc, base, i, n, near, mine, tied_to, runs, k, article))
            for i, near in picked
        ]
        # the one institution (or the one tied one) among the programme's candidates
        tied = [c for c in mine_cands if c.features.get("tied")]
        if len(mine_cands) == 1:
            mine_cands[0].features["sole_institution"] = 1.0
        if len(tied) == 1:
            tied[0].features["sole_tied"] = 1.0
        out += mine_cands
    return out


def _programme_features(doc: Doc, prog: Programme, n: int, mine: set[int]) -> dict[str, Any]:
    """What the candidates of one programme share: its kind, partners and sentence."""
    f: dict[str, float] = {_KINDS.get(prog.kind, "kind_other"): 1.0}
    name = prog.name or ""
    if _GIVEN.search(name):
        f["given"] = 1.0
    if _INSTITUTE.search(name):
        f["institute"] = 1.0
    f[f"partners_{min(len(prog.partners), 2)}"] = 1.0
    partners = [doc.orgs[j] for j in mine]
    types = {p.type for p in partners}
    if types & _INSTITUTIONS:
        f["partner_institution"] = 1.0
    if types & _STATE:
        f["partner_state"] = 1.0
    if "Embassy" in types:
        f["partner_embassy"] = 1.0
    if n < 0:
        f["no_evidence"] = 1.0
    else:
        text = doc.sentences[n].text
        low = text.lower()
        if _BETWEEN.search(low):
            f["between_sentence"] = 1.0
        if UNDER_IT.search(text):
            f["under_agreement"] = 1.0
        if _PAIR.search(low):
            f["pair_words"] = 1.0
        if not doc.org_mentions_in(n):
            f["no_org_named"] = 1.0
    return {
        "f": f,
        "countries": {p.country for p in partners if p.country},
        "names": [norm(p.name) for p in partners],
        "name": name,
    }


def _features(
    doc: Doc,
    base: dict[str, Any],
    i: int,
    n: int,
    near: int,
    mine: set[int],
    tied_to: set[int],
    runs: dict[int, set[int]],
    k: int,
    article: dict[str, Any],
) -> dict[str, float]:
    org = doc.orgs[i]
    f = dict(base["f"])
    if org.type == "University":
        f["org_university"] = 1.0
    if i in tied_to:
        f["tied"] = 1.0
    ties = article["ties"]
    if len(ties) == 1 and i in ties[0]:
        f["only_tie"] = 1.0
    if i in article["in_tie"]:
        f["in_a_tie"] = 1.0
    if n >= 0:
        f["same_sentence" if near == 0 else "near_1" if near == 1 else "near_3" if near <= 3 else "far"] = 1.0
        first = org.evidence
        if first is not None and doc.sentence_at(first.start) < n:
            f["before"] = 1.0
    f["mentions"] = min(math.log2(article["counted"][i] + 1) / 3.0, 1.0)
    if i in article["hub"]:
        f["most_named"] = 1.0
    if i in article["title"]:
        f["in_title"] = 1.0
    countries = base["countries"]
    if org.country and countries:
        f["other_country" if org.country not in countries else "same_country"] = 1.0
    own = norm(org.name)
    if any(x and own and (x in own or own in x) for x in base["names"]):
        f["nested"] = 1.0
    others = runs.get(i, set()) - {k}
    if others:
        f["other_programme"] = 1.0
        if any(runs.get(j, set()) & others for j in mine):
            f["co_partner"] = 1.0
    one = f.get("partners_1", 0.0)
    if one and f.get("tied"):
        f["one_tied"] = 1.0
    if one and f.get("co_partner"):
        f["one_co_partner"] = 1.0
    if one and f.get("other_country"):
        f["one_other_country"] = 1.0
    if f.get("partners_2") and f.get("tied") and f.get("other_country"):
        f["two_tied_other_country"] = 1.0
    if one and f.get("pair_words") and f.get("tied"):
        f["one_pair_words"] = 1.0
    if near == 0:
        _words_between(doc, n, i, mine, base["name"], f)
    return f


def _words_between(doc: Doc, n: int, i: int, mine: set[int], name: str, f: dict[str, float]) -> None:
    """The words between the organisation and the nearest partner (or the programme's name) in sentence ``n``."""
    sentence = doc.sentences[n]
    mentions = doc.org_mentions_in(n)
    own = [m.start for m in mentions if m.index == i]
    others = [m.start for m in mentions if m.index in mine]
    at = sentence.text.find(name) if name else -1
    if at >= 0:
        others.append(sentence.start + at)
    if not own or not others:
        return
    a, b = min(((x, y) for x in own for y in others), key=lambda p: abs(p[0] - p[1]))
    lo, hi = min(a, b), max(a, b)
    # from the end of the first name's first word to the start of the second: the link words
    gap = doc.text[lo:hi].lower()
    cut = gap.find(" ")
    gap = gap[cut:][-60:] if cut >= 0 else ""
    for key, pattern in (("w_with", _WITH), ("w_and", _AND), ("w_at", _AT), ("w_by", _BY), ("w_of", _OF)):
        if pattern.search(gap):
            f[key] = 1.0
    if _BETWEEN.search(doc.text[max(lo - 12, 0) : hi].lower()):
        f["w_between"] = 1.0


def chosen(model: PartnerModel, cands: list[Candidate]) -> list[Candidate]:
    """The candidates the model adds: per programme, the best ones scoring at or above the threshold."""
    best: dict[int, list[tuple[float, int, Candidate]]] = {}
    for c in cands:
        margin = model.margin(c.features)
        if margin >= model.threshold:
            best.setdefault(c.programme, []).append((-margin, c.org, c))
    out = []
    for k in sorted(best):
        out += [c for *_, c in sorted(best[k], key=lambda t: (t[0], t[1]))[: model.per_programme]]
    return out


def add_partners(doc: Doc, programmes: list[Programme], picked: list[Candidate]) -> list[Programme]:
    """The programmes with the picked organisations appended to their partners (in place). Not added: one
    of several organisations tied to the programme's partners (unless its sentence names it), and one
    that would give a programme of no count the very partners of another (a twin, which the programme
    filter drops: "Excellence scholarships" of one side told after a double degree of the two)."""
    for c in picked:
        name = doc.orgs[c.org].name
        prog = programmes[c.programme]
        partners = prog.partners
        after = {*partners, name}
        # one of several organisations tied to the programme's partners, not named in its sentence: no
        # telling which ("A signed memoranda with B and C. A will launch a joint programme.")
        f = c.features
        if f.get("tied") and not f.get("sole_tied") and not f.get("same_sentence"):
            continue
        if name in partners or (
            prog.participants.count is None
            and any(j != c.programme and set(p.partners) == after for j, p in enumerate(programmes))
        ):
            continue
        partners.append(name)
    return programmes


#: The one kind of addition kept while the model is off (session 15): a joint programme (a joint degree, centre,
#: laboratory, campus) lacking an institution the title names and a partnership of the rules has as a party, unless
#: it has two universities of its own. "Ghent University and Makerere University deepen their ties", "Makerere signed
#: a memorandum with Ghent University", "The School of Public Health at Makerere University will offer a joint
#: master's programme": Ghent is a partner too. Chosen among the conjunctions of up to three of the model's features
#: (at least 8 candidates, 70 % right by the labels, the most right) on the twelve labelled sets; the same choice
#: made inside each leave-one-set-out split: programmes tp 273 -> 275, 8 added, 6 right, no set lower. In sample 278,
#: partners right +8, not the gold's +2.
TITLE_TIED_JOINT = ("kind_joint", "in_a_tie", "in_title")


def title_partners(doc: Doc, programmes: list[Programme], partnerships: list[Partnership]) -> list[Candidate]:
    """The candidates of ``TITLE_TIED_JOINT``, the first of each programme (none unless a joint programme is told
    and the title names an institution that is a party of a partnership: the candidates are not worked out)."""
    if not partnerships or not doc.sentences or not any(p.kind == "joint" for p in programmes):
        return []
    tied = {i for p in partnerships for i in (doc.find_org(n) for n in p.between) if i is not None}
    if not any(i in tied and doc.orgs[i].type in _INSTITUTIONS for i in doc.orgs_in(0)):
        return []
    # a programme told with two universities of its own is complete: "A joint bachelor's is run by A and C"
    complete = {
        k for k, p in enumerate(programmes) if sum(1 for n in p.partners if _a_university(doc, n)) >= 2
    }
    out: dict[int, Candidate] = {}
    for c in candidates(doc, programmes, partnerships):
        if c.programme in out or c.programme in complete:
            continue
        if all(c.features.get(k) for k in TITLE_TIED_JOINT):
            out[c.programme] = c
    return list(out.values())


def _a_university(doc: Doc, name: str) -> bool:
    i = doc.find_org(name)
    return i is not None and doc.orgs[i].type == "University"


def add_learned_partners(
    doc: Doc, programmes: list[Programme], partnerships: list[Partnership]
) -> list[Programme]:
    """The programmes, each with the organisations the model adds to its partners; with the model off, the
    institutions ``title_partners`` gives."""
    model = active_model()
    if not programmes:
        return programmes
    if model is None:
        return add_partners(doc, programmes, title_partners(doc, programmes, partnerships))
    return add_partners(doc, programmes, chosen(model, candidates(doc, programmes, partnerships)))
