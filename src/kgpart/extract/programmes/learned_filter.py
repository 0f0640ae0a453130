"""Which of the rules' programmes to keep: a keep/drop check (session 13, learned; session 14, one rule).

The rules of this package read a programme from many wordings; some of what they read is no
programme the article tells of: a programme only talked of at a meeting ("discussed prospects of
joint programmes"), a class of programmes wished for, the same programme told twice, a count read
as a programme. ``keep_likely_programmes`` scores each programme the rules found with a linear
model over hand-designed features and drops those scoring below the model's threshold (a logit);
the others are kept as the rules made them.

The features, in words: the programme's kind (double degree, joint, exchange, internship, other) and
the kind its name tells (a scholarship, a summer school, an institute or campus); how the rules found
it, read back from the record (a name with a capital letter, its name in its sentence, a sentence
with no word of a programme: a count only, a sentence that points back to one told before); how many
partners it has, how many of them its sentence names, whether they are tied elsewhere in the article
(named together in a sentence of an agreement), whether they are institutions, state bodies, embassies
or companies, of one country or two; the words of its sentence: plans (will, plans), what may be
(could, possible, prospects), talk (discussed, proposed, explore), a meeting's (met, talks, delegation,
visit), what is done (signed, launched, since), a negation, "programme" against a generic
"cooperation", "programmes" in the plural, only talk at a meeting (``meeting_talk``); whether another
programme of the article has the same partners (a duplicate) or the same sentence; a twin
(``twin_uncounted``: a programme of exactly the partners of one told before it, with no count of its
own, not told as another one: "also", "another", "in addition", not a school, course or internship,
not a degree after a programme of another sort nor scholarships after a programme of no scholarship,
and not a second programme of a name of its own), a twin of a counted one; a name of places only
("scholarships", "places", "quota"), planned or with no partner; its count; where its sentence lies.

A programme the record derives a partnership from (``programme_partnerships`` gives one for it alone)
is never dropped: partnership F1 cannot fall (letting such a one go when its twin stays cost
partnerships out of fold: the second telling is often a second tie of the pair).

The shipped file (``kgpart/data/programme_filter_model.json``, written by our own script
``bench/train_programme_filter_model.py train --choose-rule``; nothing is downloaded) weighs one
feature, the twin: every twin is dropped. Session 14, leave-one-set-out over the eleven labelled sets
A C H G1-G8, each left-out set re-extracted with the drops and scored with the scorer's functions, the
rule chosen inside each training split among four (twin, twin of a counted one, the session-13
duplicate features; every split chose the twin), on the rules and models of 3de59d6 (the learned
programme partners and counts on): pooled programme F1 0.599 -> 0.602 (P 0.625 -> 0.633, recall
equal; 5 dropped, none of them a match), better in G2 G5 G6 G7, equal in the seven others; partnership
and cohort F1 equal in every set; records of A, C, H and G1 unchanged. (On 42e05df, before those
models: 0.574 -> 0.577, the same sets better. Without the scholarship exception, at 3de59d6 a
scholarship the partner model gives the pair of a double degree was dropped: G1 0.971 -> 0.968.) The logistic regression over all the features with forward selection inside each split stays
below the rules (0.574 -> 0.570), as in session 13 (nine sets: 0.564 -> 0.559); so does dropping every
name of places only (0.537: such programmes are mostly right by partners and count). ``use_model`` (a
``ModelSwitch``) lets tests and the training script run another model or none.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from kgpart.extract.doc import Doc
from kgpart.extract.linear_model import LinearModel, linear_fields, package_model
from kgpart.extract.model_switch import ModelSwitch
from kgpart.extract.partnerships.programme_ties import programme_partnerships
from kgpart.extract.programmes.names import without_runners
from kgpart.extract.programmes.wordings import REFERS_BACK
from kgpart.extract.record import Programme

#: Names of the features, in the order of the weights in the model file.
FEATURES = (
    "kind_double",
    "kind_joint",
    "kind_exchange",
    "kind_internship",
    "kind_other",
    "name_scholarship",
    "name_school",
    "name_institute",
    "named",
    "name_in_sentence",
    "no_programme_word",
    "programme_word",
    "plural",
    "cooperation_only",
    "refers_back",
    "no_evidence",
    "partners_0",
    "partners_1",
    "partners_2",
    "partners_3",
    "partners_in_sentence",
    "tied",
    "institutions",
    "state_body",
    "embassy",
    "company",
    "same_country",
    "two_countries",
    "plan",
    "maybe",
    "talk",
    "meeting",
    "done",
    "sign",
    "agreement",
    "negation",
    "duplicate",
    "duplicate_later",
    "overlap_other",
    "duplicate_kind",
    "first",
    "hub_partner",
    "rare_partner",
    "shared_sentence",
    "count",
    "count_size",
    "headline",
    "lead",
    "position",
    "crowd",
    "duplicate_uncounted",
    "no_word_uncounted",
    "one_partner_uncounted",
    "twin_uncounted",
    "twin_of_counted",
    "meeting_talk",
    "generic_name",
    "generic_planned",
    "generic_no_partner",
    "gives_tie",
)

_KINDS = {"double-degree": "kind_double", "joint": "kind_joint", "exchange": "kind_exchange"}
_KINDS["internship"] = "kind_internship"

_SCHOLARSHIP = re.compile(r"scholarship|fellowship|grant|stipend|bursar|quota", re.I)
_SCHOOL = re.compile(r"summer|winter|school|camp\b|course", re.I)
_INSTITUTE = re.compile(r"institut|centre|center|campus|branch|laborator|\blab\b|academy|college", re.I)

#: A word of a programme (on the lower-cased sentence).
_PROGRAMME_WORD = re.compile(
    r"\bprogram|\bscheme|\bdegree|\bcourse|\bscholarship|\bfellowship|\binternship|\bexchange|\bmobility|"
    r"\bschool|\binstitut|\bcampus|\bbranch|\bdiploma|\bmaster|\bphd\b|\bdoctoral|\bquota|\bplaces\b|\bseats\b|"
    r"\btraining|\bstudy\b|\bstudies\b"
)
_PROGRAMME = re.compile(r"\bprogram(?:me)?s?\b")
_PLURAL = re.compile(r"\bprogram(?:me)?s\b")
_COOPERATION = re.compile(r"cooperat|co-operat|collaborat|partnership|\bties\b|\brelations\b")
_PLAN = re.compile(
    r"\b(?:will|shall|plan(?:s|ned|ning)?|intend\w*|aim\w*|to\s+be\s+(?:launched|established|opened|introduced)|"
    r"upcoming|next\s+year|future|expected|going\s+to)\b"
)
_MAYBE = re.compile(
    r"\b(?:could|may|might|would|possib\w*|potential\w*|prospect\w*|opportunit\w*|feasib\w*)\b"
)
_TALK = re.compile(r"\b(?:discuss\w*|talks|explor\w*|consider\w*|negotiat\w*|propos\w*|suggest\w*|idea)\b")
_MEETING = re.compile(
    r"\b(?:met|meet(?:s|ing)?|talks|receiv\w*|delegation|visit\w*|hosted|courtesy|audience|ambassador|minister)\b"
)
_DONE = re.compile(
    r"\b(?:launched|established|has\s+been|have\s+been|had\s+been|graduated|enrolled|completed|since|already|"
    r"currently|now|runs|offers|admits|studying)\b"
)
_SIGN = re.compile(r"\bsign(?:s|ed|ing)?\b|\binked\b|\bconclud")
_AGREEMENT = re.compile(r"memorand|agreement|\bmous?\b|accord|protocol")
_NEGATION = re.compile(r"\b(?:not|no|never|without|neither|nor|yet\s+to|instead)\b|n't\b")

#: Words of a programme told beside another: "also", "another", "as well", "in addition".
_ANOTHER = re.compile(
    r"\b(?:also|another|second|other|as\s+well|in\s+addition|besides|further|too)\b", re.IGNORECASE
)

#: Words of a tie, for partners named together elsewhere in the article.
_TIE = re.compile(
    r"memorand|agreement|\bmous?\b|accord|partner|cooperat|co-operat|collaborat|exchange|double|dual|joint|"
    r"sign(?:s|ed|ing)?\b"
)

#: A count of people a later pass may give the programme: digits or a number word.
_NUMBER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"hundred|dozens?)\b",
    re.I,
)

_INSTITUTIONS = frozenset({"University", "School", "ResearchInstitute", "Faculty", "Centre"})

#: The last word of a name the rules give places counted with no programme named ("scholarships", "funded
#: places", "quota") and not of a name with a capital (``named``) or a kind of programme.
_GENERIC = frozenset(
    {
        "scholarships",
        "scholarship",
        "grants",
        "fellowships",
        "stipends",
        "places",
        "seats",
        "slots",
        "quota",
        "quotas",
    }
)

#: The kinds of a degree two partners run (one programme is often told as both).
_DEGREES = frozenset({"double-degree", "joint"})

#: Features that are 0 unless another programme has the programme's partners (the hook's fast path).
_TWIN_FEATURES = frozenset(
    {
        "duplicate",
        "duplicate_later",
        "duplicate_kind",
        "duplicate_uncounted",
        "twin_uncounted",
        "twin_of_counted",
    }
)

#: The features that are one pattern's match on the lower-cased sentence.
_WORDS = (
    ("plural", _PLURAL),
    ("plan", _PLAN),
    ("maybe", _MAYBE),
    ("talk", _TALK),
    ("meeting", _MEETING),
    ("done", _DONE),
    ("sign", _SIGN),
    ("agreement", _AGREEMENT),
    ("negation", _NEGATION),
)

_ALL = frozenset(FEATURES)


@dataclass
class FilterModel(LinearModel):
    """Weights of the logistic regression and its threshold: a programme below it is dropped."""

    @property
    def needs(self) -> frozenset[str]:
        """The features the model weighs (the others need not be computed)."""
        return frozenset(k for k, w in self.weights.items() if w)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FilterModel:
        """Read the model file's content (features and weights as two parallel lists)."""
        return cls(*linear_fields(data, "programme filter model"))


@lru_cache(maxsize=1)
def shipped_model() -> FilterModel:
    """The model shipped with the package (``kgpart/data/programme_filter_model.json``)."""
    return FilterModel.from_dict(package_model("programme_filter_model.json"))


#: The model the hook uses (tests and the training script set another, or turn it off).
_SWITCH: ModelSwitch[FilterModel] = ModelSwitch(shipped_model)
use_model = _SWITCH.use
active_model = _SWITCH.active


def _flag(pattern: re.Pattern[str], text: str) -> float:
    return 1.0 if pattern.search(text) else 0.0


def features(
    doc: Doc, programmes: list[Programme], want: frozenset[str] | None = None
) -> list[dict[str, float]]:
    """The features of each programme of the rules' list, in its order; with ``want`` (the names a model
    weighs), the costlier ones it does not weigh are left 0."""
    want = _ALL if want is None else want
    total = max(len(doc.sentences), 1)
    # how often each organisation is named (by its index), and the sentences naming it (for "tied")
    counted = Counter(m.index for m in doc.org_mentions)
    most = max(counted.values(), default=0)
    mentions = {doc.orgs[i].name: c for i, c in counted.items()}
    named_in: dict[str, set[int]] = {}
    if "tied" in want:
        for m in doc.org_mentions:
            named_in.setdefault(doc.orgs[m.index].name, set()).add(m.sentence)
    keys = [tuple(sorted(p.partners)) for p in programmes]
    starts = [p.evidence.start if p.evidence else -1 for p in programmes]
    rank = {j: r for r, j in enumerate(told_order(programmes))}
    twins = told_twins(programmes)
    tie_sentences: dict[int, bool] = {}
    org_types: dict[str, str] | None = None
    out = []
    for k, prog in enumerate(programmes):
        f: dict[str, float] = dict.fromkeys(FEATURES, 0.0)
        f[_KINDS.get(prog.kind, "kind_other")] = 1.0
        name = prog.name or ""
        f["name_scholarship"] = _flag(_SCHOLARSHIP, name)
        if "name_school" in want:
            f["name_school"] = _flag(_SCHOOL, name)
        f["name_institute"] = _flag(_INSTITUTE, name)
        f["named"] = 1.0 if name != name.lower() else 0.0
        # places told with no programme of a name or kind: "Hungary will offer 50 scholarships to Kenyan
        # students" (the record's convention: a planned cohort, not a programme)
        last = name.split()[-1] if name.split() else ""
        f["generic_name"] = 1.0 if not f["named"] and last in _GENERIC else 0.0
        f["generic_no_partner"] = 1.0 if f["generic_name"] and not prog.partners else 0.0
        partners = list(prog.partners)
        f[f"partners_{min(len(partners), 3)}"] = 1.0
        orgs = [doc.orgs[i] for i in (doc.find_org(p) for p in partners) if i is not None]
        if orgs:
            types = {o.type for o in orgs}
            f["institutions"] = 1.0 if types <= _INSTITUTIONS else 0.0
            f["state_body"] = 1.0 if types & {"Ministry", "Government"} else 0.0
            f["embassy"] = 1.0 if "Embassy" in types else 0.0
            f["company"] = 1.0 if "Company" in types else 0.0
            countries = {o.country for o in orgs if o.country}
            known = all(o.country for o in orgs)
            f["same_country"] = 1.0 if len(orgs) >= 2 and known and len(countries) == 1 else 0.0
            f["two_countries"] = 1.0 if len(countries) >= 2 else 0.0
        if len(partners) == 2 and prog.evidence is not None:
            # the record derives a partnership from such a programme: the hook never drops it
            org_types = org_types or {o.name: o.type for o in doc.orgs}
            f["gives_tie"] = 1.0 if programme_partnerships([], [prog], org_types) else 0.0
        if len(partners) >= 2 and "tied" in want:  # two partners named together in a sentence of a tie
            together = set.intersection(*(named_in.get(p, set()) for p in partners[:2]))
            for n in together:
                if n not in tie_sentences:
                    tie_sentences[n] = bool(_TIE.search(doc.sentences[n].text.lower()))
            f["tied"] = 1.0 if any(tie_sentences[n] for n in together) else 0.0
        f["duplicate"] = 1.0 if keys[k] and keys.count(keys[k]) > 1 else 0.0
        # a second telling of the partners of a programme before it: not a programme of a name of its
        # own ("the KOICA Fellowship Programme ... and the Global Korea Scholarship" are two)
        f["duplicate_later"] = (
            1.0
            if keys[k]
            and any(keys[j] == keys[k] and rank[j] < rank[k] for j in range(len(keys)))
            and not (f["named"] and _other_names(programmes, k, keys, rank))
            else 0.0
        )
        mine = set(keys[k])
        if "overlap_other" in want:
            f["overlap_other"] = (
                1.0
                if mine
                and any(j != k and mine & set(keys[j]) and set(keys[j]) != mine for j in range(len(keys)))
                else 0.0
            )
        f["first"] = 1.0 if rank[k] == 0 else 0.0
        f["hub_partner"] = 1.0 if most >= 2 and any(mentions.get(p, 0) == most for p in partners) else 0.0
        f["rare_partner"] = 1.0 if any(mentions.get(p, 0) <= 1 for p in partners) else 0.0
        if "duplicate_kind" in want:
            f["duplicate_kind"] = (
                1.0
                if any(
                    j != k and keys[j] == keys[k] and programmes[j].kind == prog.kind
                    for j in range(len(keys))
                )
                else 0.0
            )
        count = prog.participants.count
        if count:
            f["count"] = 1.0
            f["count_size"] = min(math.log10(count + 1) / 4.0, 1.0)
        f["crowd"] = min(len(programmes) - 1, 5) / 5.0
        # no count, and none in its sentence that a later pass could give it
        uncounted = not count and not (prog.evidence and _NUMBER.search(prog.evidence.sentence))
        # a second telling of the same partners with no count of its own adds nothing to the first
        f["duplicate_uncounted"] = 1.0 if uncounted and f["duplicate_later"] else 0.0
        # a twin: a programme of exactly the partners of one told before, with no count of its own yet (a
        # number in its sentence or not): "A and B agreed on an exchange programme for 15 students. The
        # mobility scheme of B and A covers tuition"; not two programmes of names of their own ("the KOICA
        # Fellowship Programme ... the Global Korea Scholarship")
        before = [
            j
            for j in twins[k]
            if not (f["named"] and _named(programmes[j]) and programmes[j].name.lower() != name.lower())
            # a degree told after a school or scholarship of the same partners is one more programme, and so
            # are scholarships told after a degree or an exchange
            and not (prog.kind in _DEGREES and programmes[j].kind not in _DEGREES)
            and not (f["name_scholarship"] and not _SCHOLARSHIP.search(programmes[j].name))
        ]
        # "A and B also hold a summer school", "another programme": a second programme of the pair
        another = prog.evidence is not None and _ANOTHER.search(prog.evidence.sentence) is not None
        # a summer school, a course or an internship is an activity of its own beside a degree or an exchange
        another = another or prog.kind == "internship" or _SCHOOL.search(name) is not None
        f["twin_uncounted"] = 1.0 if before and not count and not another else 0.0
        # ... of one told with a count
        f["twin_of_counted"] = (
            1.0 if f["twin_uncounted"] and any(programmes[j].participants.count for j in before) else 0.0
        )
        # a programme run by two (a double degree, an exchange) told with one partner and no count; a
        # scholarship is often one giver's
        f["one_partner_uncounted"] = (
            1.0 if uncounted and len(partners) == 1 and not f["name_scholarship"] else 0.0
        )
        ev = prog.evidence
        if ev is None:
            f["no_evidence"] = 1.0
            out.append(f)
            continue
        f["shared_sentence"] = 1.0 if starts.count(ev.start) > 1 else 0.0
        n = doc.sentence_at(ev.start)
        f["headline"] = 1.0 if n == 0 else 0.0
        f["lead"] = 1.0 if n <= 2 else 0.0
        f["position"] = n / total
        text = ev.sentence
        low = text.lower()
        f["name_in_sentence"] = 1.0 if name and name.lower() in low else 0.0
        words = bool(_PROGRAMME_WORD.search(low))
        f["no_programme_word"] = 0.0 if words else 1.0
        f["no_word_uncounted"] = 1.0 if uncounted and not words else 0.0
        f["programme_word"] = _flag(_PROGRAMME, low)
        if "cooperation_only" in want:
            f["cooperation_only"] = 1.0 if not f["programme_word"] and _COOPERATION.search(low) else 0.0
        if "refers_back" in want:
            f["refers_back"] = _flag(REFERS_BACK, text)
        if "partners_in_sentence" in want and partners:
            in_sentence = {doc.orgs[i].name for i in doc.orgs_in(n)}
            f["partners_in_sentence"] = sum(p in in_sentence for p in partners) / len(partners)
        for key, pattern in _WORDS:
            if key in want:
                f[key] = _flag(pattern, low)
        f["generic_planned"] = 1.0 if f["generic_name"] and _PLAN.search(low) else 0.0
        if "meeting_talk" in want:
            # only talked of at a meeting: "they discussed prospects of joint programmes", nothing signed,
            # run or counted
            f["meeting_talk"] = (
                1.0
                if not count
                and _MEETING.search(low)
                and (_TALK.search(low) or _MAYBE.search(low))
                and not _SIGN.search(low)
                and not _DONE.search(low)
                else 0.0
            )
        out.append(f)
    return out


def _named(prog: Programme) -> bool:
    return prog.name != prog.name.lower()


def _other_names(
    programmes: list[Programme], k: int, keys: list[tuple[str, ...]], rank: dict[int, int]
) -> bool:
    """Whether every programme told before ``k`` with its partners has a name of its own, not ``k``'s."""
    name = programmes[k].name.lower()
    return all(
        programmes[j].name != programmes[j].name.lower() and programmes[j].name.lower() != name
        for j in range(len(programmes))
        if keys[j] == keys[k] and rank[j] < rank[k]
    )


def told_order(programmes: list[Programme]) -> list[int]:
    """The indices of ``programmes`` in the order the article tells them (the rules' list is not always
    in it): by where their sentence starts, those with no sentence last."""
    starts = [p.evidence.start if p.evidence else -1 for p in programmes]
    return sorted(range(len(programmes)), key=lambda j: (starts[j] < 0, starts[j], j))


def told_twins(programmes: list[Programme]) -> list[list[int]]:
    """For each programme, the programmes of exactly its partners (one or more) told before it."""
    keys = [tuple(sorted(p.partners)) for p in programmes]
    rank = {j: r for r, j in enumerate(told_order(programmes))}
    return [
        [j for j in range(len(keys)) if keys[k] and keys[j] == keys[k] and rank[j] < rank[k]]
        for k in range(len(keys))
    ]


def drops(low: list[bool], ties: list[bool]) -> list[bool]:
    """Which programmes to drop: those scored ``low``, but not one the record derives a partnership from
    (``ties``). (Letting such a one go when a twin of it told before stays cost partnerships out of fold:
    the second telling is often a second tie of the pair.)"""
    return [lo and not tie for lo, tie in zip(low, ties, strict=True)]


def keep_likely_programmes(doc: Doc, programmes: list[Programme]) -> list[Programme]:
    """The rules' programmes less those the active model scores below its threshold (all of them
    when the model is off or not enabled); one the record derives a partnership from is always kept
    (``drops``). First, whatever the model, those no organisation runs and no name of their own tells
    (``names.without_runners``: "an exchange" of no partner) go."""
    programmes = without_runners(programmes)
    model = active_model()
    if model is None or not programmes:
        return programmes
    if model.needs <= _TWIN_FEATURES and not any(told_twins(programmes)):
        return programmes  # a model of twins only, and no two programmes of the same partners
    feats = features(doc, programmes, model.needs)
    low = [model.margin(f) < model.threshold for f in feats]
    gone = drops(low, [bool(f["gives_tie"]) for f in feats])
    return [prog for prog, d in zip(programmes, gone, strict=True) if not d]
