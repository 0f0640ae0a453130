"""How many people a programme takes, filled in by a learned model where the rules gave it no count.

The rules (``programmes.counts``, then ``count_owner.own_counts``) give a programme the count of people their
constructions read beside it, or none. This hook looks at every number near a programme and lets a conditional
logit over hand-designed features pick among them and "no count". The shipped model runs in "fill" mode: it
gives a count only to a programme the rules left without one, never from the programme's own sentence (the
rules read that one closely), never one of ``VETO`` (people somewhere now, "a further 12", what a body has, an
audience, "of whom", applicants, staff, thousands, a sentence naming an organisation outside the programme),
never a count another programme holds, and only when the best candidate beats "no count" by the model's margin.
("replace" mode, which may also change the rules' counts, gains more on the training sets, +19 right programmes
of 423 over the eleven sets against +9 for "fill", but breaks 41 of the rules' own tests of deliberate choices:
an audience, the staff, a body's size, applicants, people somewhere now, "a further 12", a taker outside the
programme, "six from each side" as 12. Nearly all its extra gain comes from those vetoed wordings.)

"guarded" mode is "fill" plus a change of the rules' count where that count has a weak wording (``WEAK``: a
vetoed one, "about"/"more than", graduates, told far away or in another programme's sentence) and the model's
choice has none of ``VETO``, by its own margin (``replace_threshold``). Each count the model gives is kept as a
``Gift``; with ``drop_threshold`` set, ``count_owner.own_counts`` drops the cohort of the same count in the
sentence the count was read from (a figure is counted once). Both were measured over the eleven sets and are off
in the shipped file: guarded changes chosen by inner cross-validation gave +0 right programmes (+1 only when a
count the rules work out, "20-25 students", could change, which broke three tests), and owning the cohorts cost
4 true cohorts for 11 fewer predicted (cohort F1 0.574 -> 0.572).

Candidates of a programme: each number followed by people or room counted (or a demonym), in its evidence
sentence, the one before and the two after (unconditionally), three more either side and any sentence naming
the programme or a partner (when it has a word of people or room); years, shares, sums of money and numbers of
things (years, agreements, credits, universities) are no candidates.

Features, in words: the noun after the number (students, places/seats/slots/vacancies, scholarships/grants,
participants/trainees/fellows, graduates, staff, a demonym: "20 Afghan students"); the word before it (up to,
about, more than, first, "of": "a quota of 30", further, has); an intake verb a few words before ("will admit
up to 20"); "each year"/"annually" after; "of whom" after; words of the sentence (intake, cohort, scheme,
event, applied, teaching); where the sentence is (own, next, the one after, before, 3-5 away, farther); whether
it names the programme, its partners, another organisation, or is another programme's sentence; whether the
number is the rules' count or another programme's; its size; whether it is the first count of people there.

Trained by our own script ``bench/train_programme_count_model.py`` on the eleven labelled sets A, C, H, G1-G8
(labels from the scorer's matching: the count of the gold programme whose partners the programme has); the
weights ship as ``kgpart/data/programme_count_model.json`` ("enabled", "mode", "trained_on"); inference is a dot
product, nothing is downloaded. Leave-one-set-out over the eleven sets (session 14, rules of 42e05df, the real
pipeline re-run with each left-out set's model): pooled programme F1 0.552 -> 0.574 (tp 224 -> 233 of 423 gold,
predictions unchanged), better in G3 G4 G5 G6 G7, equal in A C H G1 G2 G8; cohort F1 unchanged (0.574).
``use_model`` sets another model or none (tests, training).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from kgpart.extract.cohorts.words import parse_count
from kgpart.extract.doc import Doc
from kgpart.extract.linear_model import LinearModel, linear_fields, package_model
from kgpart.extract.model_switch import ModelSwitch
from kgpart.extract.numbers import NUMBER_RE
from kgpart.extract.programmes.counts import planned_at, took_part_before
from kgpart.extract.record import Participants, Programme

#: Names of the features, in the order of the weights in the model file.
FEATURES = (
    "rule",
    "rule_unseen",
    "none",
    "none_rule_has",
    "n_students",
    "n_places",
    "n_scholarships",
    "n_participants",
    "n_graduates",
    "n_staff",
    "n_demonym",
    "n_people",
    "n_thing",
    "n_time",
    "n_money",
    "q_upto",
    "q_about",
    "q_more",
    "q_first",
    "q_of",
    "q_each",
    "verb_before",
    "near_name",
    "first_people",
    "q_further",
    "q_has",
    "of_whom",
    "v_event",
    "v_applied",
    "v_teach",
    "v_intake",
    "v_cohort",
    "v_scheme",
    "d0",
    "d1",
    "d2",
    "d_before",
    "d3",
    "d_before2",
    "d_far",
    "other_rule",
    "other_evidence",
    "names_prog",
    "names_partner",
    "other_org",
    "small",
    "large",
    "tiny",
    "word_number",
    "many_numbers",
    "headline",
)

#: A number, not inside a longer token (a date, a code, a decimal).
_NUMBER = re.compile(rf"(?<![\w.,/$€£+-])(?:{NUMBER_RE})(?![\w%])(?!\.\d|,\d)", re.IGNORECASE)
#: A sentence with a number in it (cheap test first: digits, or a number's word).
_DIGIT = re.compile(r"\d")
#: A number's words (on the lower-cased sentence: a cheap test before the full pattern).
_NUMBER_WORDS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "teen",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "dozen",
)  # fmt: skip
#: Stems of people or room counted: a sentence farther from the programme is read only with one of them.
_PEOPLE_STEMS = (
    "student", "place", "seat", "slot", "vacanc", "quota", "scholar", "grant", "fellow", "particip", "trainee",
    "intern", "graduat", "alumni", "candidat", "applicant", "research", "teacher", "lecturer", "academic", "staff",
    "people", "member", "pupil", "learner", "young", "women", "girls", "specialist", "official", "admit", "enrol",
    "select", "recruit",
)  # fmt: skip
_YEAR = re.compile(r"(?:19|20)\d\d")
_SCALES = frozenset({"hundred", "thousand", "million"})

#: What the words after a number count (up to three words, adjectives in between).
_AFTER = re.compile(r"\s*(?:[\-–]\s*)?((?:[\w’'\-]+\s+){0,3}[\w’'\-]+)?")
#: What a word after a number counts (lower-cased; a word of two for "young people", "civil servants").
_NOUN_WORDS: dict[str, str] = {
    word: name
    for name, words in (
        (
            "n_students",
            "student students pupils learners undergraduates postgraduates schoolchildren youth youths "
            "young_people",
        ),
        ("n_places", "places seats slots spots vacancies openings quota quotas positions posts studentships"),
        ("n_scholarships", "scholarship scholarships grant grants fellowships stipends bursaries awards"),
        (
            "n_participants",
            "participants trainees fellows interns candidates beneficiaries scholars applicants delegates cadets "
            "recipients winners finalists teams",
        ),
        ("n_graduates", "graduates alumni"),
        (
            "n_staff",
            "researchers academics teachers lecturers professors staff faculty scientists doctors nurses engineers "
            "officials specialists employees managers diplomats civil_servants professionals women girls people "
            "persons members journalists experts",
        ),
        (
            "n_thing",
            "agreement agreements memorandum memoranda memorandums mou mous universities institutions colleges "
            "schools countries nations partners programme programmes program programs course courses modules "
            "projects faculties departments campuses centres centers credit credits ects languages disciplines "
            "specialties specialities fields papers publications books articles events cities regions areas "
            "subjects majors documents laboratories labs km kilometres kilometers square hectares rooms buildings "
            "editions rounds stages phases times percent per_cent point points",
        ),
        (
            "n_time",
            "year years month months week weeks day days hour hours semester semesters term terms decade "
            "decades minutes",
        ),
        (
            "n_money",
            "dollars euro euros pounds usd eur gbp rubles roubles tenge yuan rupees sum soums billion manat",
        ),
    )
    for word in words.split()
}


def _noun_after(tail: str) -> tuple[str, int, str] | None:
    """What the first counted word of ``tail`` (the few words after a number) is: its kind, its place among the
    words and the word(s)."""
    words = [w.strip(_EDGE) for w in tail.lower().split()]
    for k, word in enumerate(words):
        if k + 1 < len(words):
            pair = f"{word}_{words[k + 1]}"
            if pair in _NOUN_WORDS:
                return _NOUN_WORDS[pair], k, pair.replace("_", " ")
        kind = _NOUN_WORDS.get(word)
        if kind is not None:
            return kind, k, word
    return None


_PEOPLE_NOUNS = ("n_students", "n_places", "n_scholarships", "n_participants", "n_graduates", "n_staff")

#: The word (or two) right before a number, lower-cased: what qualifies the count.
_QUALIFIER_WORDS: dict[str, str] = {
    word.replace("_", " "): name
    for name, words in (
        ("q_upto", "to up_to maximum_of max max. capped_at capacity_of limited_to"),
        ("q_about", "about around nearly some approximately almost roughly approx. close_to"),
        ("q_more", "more_than over at_least above exceeding exceeds exceeded excess_of fewer_than"),
        ("q_first", "first initial inaugural pilot"),
        ("q_of", "of"),
        ("q_further", "further another additional extra more"),
        ("q_has", "has have had hosts hosted employs employed counts houses housed"),
    )
    for word in words.split()
}
#: "each year", "per year", "annually", "a year", "every semester" just after the counted words.
_EACH = re.compile(
    r"\b(?:each|per|every|a)\s+(?:year|semester|term|intake|cohort|round)\b|\bannually\b|\byearly\b", re.I
)
#: A part of the count told next: "35 students, of whom 12", "120 applicants, of which".
_OF_WHOM = re.compile(r"\W*(?:of\s+(?:whom|them|which|these)|among\s+(?:whom|them))\b", re.IGNORECASE)
#: "dozen" after a number: "two dozen students" counts 24.
_DOZEN_AFTER = re.compile(r"\s+dozen\b", re.IGNORECASE)
#: Money before a number: "$5 million", "USD 20", "€ 300".
_MONEY_BEFORE = re.compile(r"(?:[$€£¥₹]|\b(?:usd|eur|gbp|us\$|rs\.?|kzt|rub)\s*)$", re.IGNORECASE)

#: Stems of an intake verb a few words before the number: "will admit up to 20", "selected 15", "offers 10".
_VERB_STEMS = (
    "admit", "enrol", "accept", "select", "recruit", "offer", "award", "grant", "host", "receiv", "send", "sent",
    "welcom", "nominat", "sponsor", "fund", "provid", "allocat", "train", "take", "took", "support", "cover",
    "benefit", "produc", "graduat",
)  # fmt: skip
_EDGE = ".,;:()[]\"'’“”"


#: Stems of the sentence's words (on the lower-cased sentence): intake (people taken into a programme, or offered
#: its places), a cohort (people somewhere: "are studying", "currently", "graduated from"), a scheme (the sentence
#: tells of a programme).
_CUES = (
    (
        "v_intake",
        (
            "admit", "enrol", "accept", "select", "recruit", "offer", "award", "grant", "host", "receiv", "send",
            "sent ", "welcom", "nominat", "sponsor", "fund", "provid", "allocat", "take part", "took part",
            "particip", "join", "train", "benefit", "take in", "intake", "cohort", "batch", "quota",
        ),
    ),
    (
        "v_cohort",
        (
            "studying", "study at", "study in", "currently", "graduated from", "there are", " live", "living",
            "resid", "diaspora", "citizens of", "compatriots", "total number", "in total",
        ),
    ),
    (
        "v_event",
        (
            "attend", "audience", "ceremony", "presence", "delegation", "visit", "guests", "gathered", "lecture",
            "conference", "forum", "concert", "festival", "meeting", "seminar", "webinar",
        ),
    ),
    ("v_applied", ("applied", "applicant", "application", "competition", "of whom", "of them", "of which")),
    ("v_teach", ("taught", "teach", "developed by", "designed by", "staff", "faculty", "professors")),
    (
        "v_scheme",
        (
            "program", "scheme", "scholarship", "exchange", "degree", "diploma", "course", "summer school",
            "winter school", "initiative", "fellowship", "internship", "mobility", "erasmus", "master", "bachelor",
            "doctoral", "phd",
        ),
    ),
)  # fmt: skip
#: Words too common in programme names to find the programme by: the rest name it.
_NAME_STOP = frozenset(
    [
        "the",
        "of",
        "and",
        "for",
        "in",
        "on",
        "at",
        "to",
        "a",
        "an",
        "programme",
        "program",
        "joint",
        "double",
        "dual",
        "degree",
        "exchange",
        "scholarship",
        "scholarships",
        "students",
        "student",
        "academic",
        "international",
        "summer",
        "winter",
        "school",
        "course",
        "master",
        "masters",
        "bachelor",
        "doctoral",
        "phd",
        "training",
        "research",
        "mobility",
        "scheme",
        "initiative",
        "fellowship",
    ]
)


@dataclass
class Candidate:
    """A count a programme may have (None: no count), where it was read, and its features: its own
    (``features``: the rules' choice, near a name, ...) and those it shares with others (``parts``: of its
    sentence for this programme, of the number itself), kept apart so that their scores are summed once."""

    value: int | None
    sentence: int
    who: str | None
    features: dict[str, float]
    parts: tuple[dict[str, float], ...] = ()

    def all_features(self) -> dict[str, float]:
        """Every feature of the candidate, in one dict."""
        out: dict[str, float] = {}
        for part in self.parts:
            out.update(part)
        out.update(self.features)
        return out


@dataclass
class CountModel(LinearModel):
    """Weights of the logistic regression and the margin over the rules' choice needed to change it."""

    #: "replace": any count may change; "fill": only a programme the rules gave no count gets one, and not from
    #: the programme's own sentence (the rules read that one closely: an audience, the staff, a body's size);
    #: "guarded": as "fill", and a count of the rules may change too (by ``replace_threshold``, to a candidate
    #: with no veto, when the rules' count is one of ``replace_when``)
    mode: str = "replace"
    #: in "guarded" mode, the margin over the rules' count a candidate needs to take its place (None: never)
    replace_threshold: float | None = None
    #: in "guarded" mode, which of the rules' counts may change: "any", "weak" (the rules' count has a wording of
    #: ``WEAK``) or "veto" (the rules' count has a wording of ``VETO``)
    replace_when: str = "weak"
    #: the margin of a count the model gives (over "no count", or the rules' count it replaces) at which a cohort
    #: of the same count in the sentence it was read from is the programme's and goes (None: never)
    drop_threshold: float | None = None

    def score(self, cand: Candidate, memo: dict[int, float] | None = None) -> float:
        """The logit of ``cand``, the sums of its shared parts kept in ``memo`` (by the part's id) for the
        other candidates that share them."""
        total = self.margin(cand.features)
        weights = self.weights
        for part in cand.parts:
            key = id(part)
            got = memo.get(key) if memo is not None else None
            if got is None:
                got = sum(weights.get(k, 0.0) * v for k, v in part.items() if v)
                if memo is not None:
                    memo[key] = got
            total += got
        return total

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CountModel:
        """Read the model file's content (features and weights as two parallel lists)."""
        replace, drop = data.get("replace_threshold"), data.get("drop_threshold")
        return cls(
            *linear_fields(data, "programme count model"),
            str(data.get("mode", "replace")),
            None if replace is None else float(replace),
            str(data.get("replace_when", "weak")),
            None if drop is None else float(drop),
        )


@lru_cache(maxsize=1)
def shipped_model() -> CountModel:
    """The model shipped with the package (``kgpart/data/programme_count_model.json``)."""
    return CountModel.from_dict(package_model("programme_count_model.json"))


#: The model the hook uses (tests and the training script set another, or turn it off).
_SWITCH: ModelSwitch[CountModel] = ModelSwitch(shipped_model)
use_model = _SWITCH.use
active_model = _SWITCH.active


@dataclass
class _Mention:
    """A number of a sentence and the features that depend on the sentence alone."""

    value: int
    who: str | None
    features: dict[str, float]
    start: int  # in the sentence


def _mentions(text: str) -> list[_Mention]:
    """The numbers of a sentence that may count people, with their own features."""
    out = []
    for match in _NUMBER.finditer(text):
        num = match.group(0)
        start, end = match.span()
        if _YEAR.fullmatch(num) or text.startswith("%", end) or num.lower() in _SCALES:
            continue  # a year, a share, the scale of a sum ("$5 million")
        dozens = _DOZEN_AFTER.match(text, end)
        if dozens is not None:  # "two dozen students": 24, the people after "dozen"
            end = dozens.end()
        after = _AFTER.match(text, end)
        tail = after.group(1) or "" if after else ""
        first = tail.split(maxsplit=1)[0] if tail else ""
        noun = _noun_after(tail) if tail else None
        demonym = first[:1].isupper() and first.endswith(("ans", "ese", "is", "ks", "hs"))  # "40 Kenyans"
        if (noun is None or noun[0] not in _PEOPLE_NOUNS) and (
            not demonym or (noun is not None and noun[1] <= 1)
        ):
            continue  # no people or room counted: "5 years", "4 agreements", "in 12 cities", "No. 3"
        value = parse_count(f"{num} dozen" if dozens is not None else num)
        if value is None or value <= 0 or _MONEY_BEFORE.search(text, 0, start):
            continue
        feats: dict[str, float] = {}
        if noun is not None and noun[0] in _PEOPLE_NOUNS:
            feats[noun[0]] = 1.0
        if first[:1].isupper() and (demonym or noun is not None):
            feats["n_demonym"] = 1.0  # "20 Afghan students", "40 Kenyans"
        if noun is not None and noun[0] in _PEOPLE_NOUNS and noun[1] == 0:
            feats["n_people"] = 1.0  # the people or places counted right after the number
        before = text[max(0, start - 40) : start].lower().split()[-4:]
        if before:
            last = before[-1]
            pair = f"{before[-2]} {last}" if len(before) > 1 else ""
            qualifier = _QUALIFIER_WORDS.get(pair) or _QUALIFIER_WORDS.get(last)
            if qualifier is not None:
                feats[qualifier] = 1.0
            if any(w.startswith(_VERB_STEMS) for w in before):
                feats["verb_before"] = 1.0
        if _OF_WHOM.match(text, end + len(tail) + (after.start(1) - end if after and after.group(1) else 0)):
            feats["of_whom"] = 1.0  # "35 students, of whom 12 ...": a total, the part is counted next
        if _EACH.search(text, end, end + 50):
            feats["q_each"] = 1.0
        feats["tiny"] = 1.0 if value <= 2 else 0.0
        feats["small"] = 1.0 if 3 <= value <= 60 else 0.0
        feats["large"] = 1.0 if value > 500 else 0.0
        feats["word_number"] = 0.0 if num[:1].isdigit() else 1.0
        who = noun[2].lower() if noun is not None and noun[0] in _PEOPLE_NOUNS else None
        out.append(_Mention(value, who, feats, start))
    for m in out:  # the first count of people of the sentence
        if m.who is not None:
            m.features["first_people"] = 1.0
            break
    return out


_WORD = re.compile(r"[\w’'\-]+")


def _name_words(name: str) -> list[str]:
    """The words of a programme's name that may find it in a sentence (not its common words)."""
    return [w for w in _WORD.findall(name.lower()) if w not in _NAME_STOP and len(w) > 2]


@dataclass
class _Sentence:
    """What every programme's candidates share of a sentence with a number: its numbers, organisations,
    lower-cased text and the features of the sentence itself."""

    mentions: list[_Mention]
    orgs: frozenset[int]
    lower: str
    features: dict[str, float]


class Sentences:
    """The sentences of an article, read once for all its programmes (and only those some programme looks at)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.lower = [sent.text.lower() for sent in doc.sentences]
        self._read: dict[int, _Sentence | None] = {}
        self._orgs: dict[int, frozenset[int]] = {}
        self._named: dict[int, list[int]] | None = None
        self._cued: dict[int, bool] = {}
        self._by_words: dict[tuple[str, ...], set[int]] = {}
        self._took_part: dict[int, bool] = {}

    def orgs(self, n: int) -> frozenset[int]:
        """The organisations sentence ``n`` names."""
        got = self._orgs.get(n)
        if got is None:
            got = self._orgs[n] = frozenset(m.index for m in self.doc.org_mentions_in(n))
        return got

    def naming(self, orgs: frozenset[int]) -> set[int]:
        """The sentences that name one of ``orgs``."""
        if self._named is None:
            self._named = {}
            for m in self.doc.org_mentions:
                self._named.setdefault(m.index, []).append(m.sentence)
        return {n for i in orgs for n in self._named.get(i, ())}

    def cued(self, n: int) -> bool:
        """Whether sentence ``n`` has a word of people or room counted (a farther sentence needs one)."""
        got = self._cued.get(n)
        if got is None:
            lower = self.lower[n]
            got = self._cued[n] = any(stem in lower for stem in _PEOPLE_STEMS)
        return got

    def naming_words(self, words: tuple[str, ...]) -> set[int]:
        """The sentences with all of ``words`` (lower-cased)."""
        got = self._by_words.get(words)
        if got is None:
            got = self._by_words[words] = {
                n for n, low in enumerate(self.lower) if all(w in low for w in words)
            }
        return got

    def took_part(self, n: int) -> bool:
        """Whether sentence ``n`` tells of people who already took part in something (``counts.took_part_before``)."""
        got = self._took_part.get(n)
        if got is None:
            got = self._took_part[n] = took_part_before(self.doc.sentences[n].text)
        return got

    def planned(self, prog: Programme, s: int) -> bool:
        """Whether ``prog``, told in sentence ``s``, is told as planned (``counts.planned_at``)."""
        text = self.doc.sentences[s].text
        return planned_at(text, max(text.find(prog.name), 0))

    def read(self, n: int) -> _Sentence | None:
        """Sentence ``n`` read, or None when it has no number that may count people."""
        if n in self._read:
            return self._read[n]
        text = self.doc.sentences[n].text
        got = None
        if _DIGIT.search(text) or any(w in self.lower[n] for w in _NUMBER_WORDS):
            found = _mentions(text)
            if found:
                lower = self.lower[n]
                feats = {name: 1.0 if any(stem in lower for stem in stems) else 0.0 for name, stems in _CUES}
                feats["many_numbers"] = 1.0 if len(found) > 1 else 0.0
                feats["headline"] = 1.0 if n == 0 and len(self.lower) > 1 else 0.0
                got = _Sentence(found, self.orgs(n), self.lower[n], feats)
        self._read[n] = got
        return got


def candidates(
    doc: Doc,
    prog: Programme,
    sentences: Sentences | None = None,
    others: list[Programme] = (),  # type: ignore[assignment]
) -> list[Candidate]:
    """The counts ``prog`` may have: the numbers near it and where its name or partners are named, and none.
    ``others`` are the article's other programmes (their counts and sentences belong to them)."""
    rule = prog.participants.count
    none = Candidate(None, -1, None, {"none": 1.0, "rule": 1.0 if rule is None else 0.0})
    if rule is not None:
        none.features["none_rule_has"] = 1.0
    if prog.evidence is None:
        return [none]
    sentences = sentences or Sentences(doc)
    taken = {p.participants.count for p in others if p is not prog} - {None}
    told = {doc.sentence_at(p.evidence.start) for p in others if p is not prog and p.evidence is not None}
    s = doc.sentence_at(prog.evidence.start)
    partners = frozenset(i for p in prog.partners if (i := doc.find_org(p)) is not None)
    words = _name_words(prog.name)[:2]
    out: list[Candidate] = []
    seen_rule = False
    last = len(doc.sentences) - 1
    naming = sentences.naming(partners)
    if words:
        naming |= sentences.naming_words(tuple(words))
    for n in sorted(naming | set(range(max(s - 4, 0), min(s + 5, last) + 1))):
        near = s - 4 <= n <= s + 5
        if not s <= n <= s + 1 and not sentences.cued(n):
            continue  # beyond the programme's sentence and the next: only a sentence of people or room counted
        sent = sentences.read(n)
        if sent is None:
            continue
        if n != s and sentences.took_part(n) and sentences.planned(prog, s):
            continue  # "A and B will launch a double degree. So far, 120 students have studied at B": before it
        names_partner = bool(sent.orgs & partners)
        names_prog = bool(words) and all(w in sent.lower for w in words)
        shared = {
            "d0": 1.0 if n == s else 0.0,
            "d1": 1.0 if n == s + 1 else 0.0,
            "d2": 1.0 if n == s + 2 else 0.0,
            "d_before": 1.0 if n == s - 1 else 0.0,
            "d3": 1.0 if s + 3 <= n <= s + 5 else 0.0,
            "d_before2": 1.0 if s - 4 <= n <= s - 2 else 0.0,
            "d_far": 0.0 if near else 1.0,
            "names_prog": 1.0 if names_prog else 0.0,
            "names_partner": 1.0 if names_partner else 0.0,
            "other_org": 1.0 if sent.orgs - partners else 0.0,
            "other_evidence": 1.0 if n in told and n != s else 0.0,
        }
        start = doc.sentences[n].start
        spots = (
            [m.start - start for m in doc.org_mentions_in(n) if m.index in partners] if names_partner else []
        )
        if names_prog:
            spots.append(sent.lower.find(words[0]))
        for m in sent.mentions:
            feats: dict[str, float] = {}
            if any(abs(m.start - x) <= 80 for x in spots):
                feats["near_name"] = 1.0
            if m.value in taken and m.value != rule:
                feats["other_rule"] = 1.0
            if m.value == rule:
                feats["rule"] = 1.0
                seen_rule = True
            out.append(Candidate(m.value, n, m.who, feats, (sent.features, shared, m.features)))
    if rule is not None and not seen_rule:
        out.append(Candidate(rule, s, prog.participants.who, {"rule": 1.0, "rule_unseen": 1.0}))
    out.append(none)
    return out


def choose(
    model: CountModel,
    cands: list[Candidate],
    taken: set[int] = frozenset(),  # type: ignore[assignment]
    memo: dict[int, float] | None = None,
) -> Candidate | None:
    """The candidate the model puts in place of the rules' choice, or None to keep the rules' count. A count
    another programme of the article holds (``taken``) is never given: a count is one programme's."""
    got = decide(model, cands, taken, memo)
    return got[0] if got is not None else None


def decide(
    model: CountModel,
    cands: list[Candidate],
    taken: set[int] = frozenset(),  # type: ignore[assignment]
    memo: dict[int, float] | None = None,
) -> tuple[Candidate, float] | None:
    """As ``choose``, with the margin by which the candidate beat the rules' choice."""
    ruled = [c for c in cands if c.features.get("rule")]
    counted = any(c.value is not None for c in ruled)
    mode = model.mode
    threshold = model.threshold
    if counted and mode != "replace":
        if mode == "fill" or model.replace_threshold is None or not may_replace(model.replace_when, ruled):
            return None
        threshold = model.replace_threshold
    guarded = mode != "replace"
    rule = max((model.score(c, memo) for c in ruled), default=-math.inf)
    best: Candidate | None = None
    top = -math.inf
    for c in cands:
        if (
            c.features.get("rule")
            or (c.value is not None and c.value in taken)
            or (guarded and (_vetoed(c) or (not counted and _own_sentence(c))))
        ):
            continue
        m = model.score(c, memo)
        if m > top:
            best, top = c, m
    if best is None or top - rule < threshold:
        return None
    return best, top - rule


def may_replace(when: str, ruled: list[Candidate]) -> bool:
    """Whether the rules' count (candidates ``ruled``) is one the model may change in "guarded" mode."""
    if when == "any":
        return True
    names = VETO if when == "veto" else WEAK
    return any(_has(c, names) for c in ruled if c.value is not None)


#: What a count filled in for a programme the rules left without one is never: people somewhere now ("currently
#: studying"), more of them ("a further 12"), what a body has ("the hall has 300 places"), an event's audience, the
#: whole a part is taken from ("of whom"), those who applied, staff, a count in the thousands (a body's size), a
#: sentence naming an organisation outside the programme ("Separately, C will admit 300 students"): the rules'
#: conventions, which the model keeps.
VETO = ("v_cohort", "q_further", "q_has", "v_event", "of_whom", "v_applied", "n_staff", "large", "other_org")


#: Wordings that make a count of the rules a weak one, which the model may change in "guarded" mode: a vetoed
#: wording, a hedged one ("about", "more than"), graduates, a count told far away or in another programme's
#: sentence. Not a count the model's reader does not see as people ("rule_unseen"): the rules work those out on
#: purpose ("six from each side" is 12, "20-25 students" is 25, "Of 200 candidates, 25 have been selected").
WEAK = (*VETO, "q_about", "q_more", "n_graduates", "d_far", "other_evidence")


def _has(cand: Candidate, names: tuple[str, ...]) -> bool:
    """Whether ``cand`` has a feature of ``names``."""
    return any(part.get(k) for part in (*cand.parts, cand.features) for k in names)


def _vetoed(cand: Candidate) -> bool:
    """Whether ``cand`` has a feature of ``VETO``."""
    return _has(cand, VETO)


def _own_sentence(cand: Candidate) -> bool:
    """Whether ``cand`` was read in its programme's own sentence."""
    return any(part.get("d0") for part in cand.parts) or bool(cand.features.get("d0"))


def apply(prog: Programme, cand: Candidate) -> None:
    """Give ``prog`` the count of ``cand`` (no count when its value is None)."""
    if cand.value is None:
        prog.participants = Participants(None, None)
    else:
        prog.participants = Participants(cand.value, cand.who or prog.participants.who)


@dataclass
class Gift:
    """A count the model gave a programme: the sentence it was read from and whether a cohort of the same count
    there is the programme's (the model's margin reached ``drop_threshold``)."""

    programme: Programme
    count: int
    sentence: int
    owns: bool


def assign_learned_counts(doc: Doc, programmes: list[Programme]) -> tuple[list[Programme], list[Gift]]:
    """Return ``programmes``, each with the count the model prefers to the rules' by its margin (in "fill" mode
    only those the rules gave none), and the counts it gave (for ``count_owner.own_counts``)."""
    model = active_model()
    if model is None:
        return programmes, []
    may_change = model.mode != "fill" and (model.mode == "replace" or model.replace_threshold is not None)
    todo = [p for p in programmes if may_change or p.participants.count is None]
    if not todo:
        return programmes, []
    sentences = Sentences(doc)
    cands = [candidates(doc, prog, sentences, programmes) for prog in todo]  # all on the rules' counts
    memo: dict[int, float] = {}  # the sums of the parts candidates share (a number's, a sentence's)
    found = []
    drop = model.drop_threshold
    for prog, cs in zip(todo, cands, strict=True):
        taken = {c for p in programmes if p is not prog and (c := p.participants.count) is not None}
        got = decide(model, cs, taken, memo)
        if got is not None:
            cand, margin = got
            apply(prog, cand)
            if cand.value is not None:
                found.append(Gift(prog, cand.value, cand.sentence, drop is not None and margin >= drop))
    return programmes, found
