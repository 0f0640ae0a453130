"""Counts of people the rules missed, found by a learned model (session 13).

What it decides: whether a number of the article that neither a cohort nor a programme of the record
carries as its count is the size of a cohort (so many people at a place), and if so adds that cohort.

Candidates are the numbers in digits (with separators) of sentences with a cue of people or study; years,
money, percentages, dates, ranks, decimals, ages and counts under two are left out by their look, and so is a
number followed within three words by a noun of things, institutions or time (agreements, programmes,
staff, books, dollars, universities, countries, years: never a gold cohort's count on the labelled sets,
0 of 110). Numbers in words are not read (6 of 156 were a cohort's count; their scan cost more than the rest).
A number is a candidate only where the rules' own reader of places finds a place for a count at that position
(``places._cohort_at``) or a country is named in the three words before it ("Canada (2,100)"): with a
guessed place (the article's main institution) the added cohorts were wrong more often than right.

Features in words: the people noun after the number and how far (students, graduates, scholars and
researchers, teachers, people and citizens, places and seats), "of them / of whom / of the", "and" or a verb
after it, a qualifier before it (about, more than, nearly, some, up to), a demonym or "from X" near it, a
country or "with" or "that" or "to" or a host verb just before it, a bracket before it, study, host and
graduation verbs in the sentence, words of mobility (abroad, exchange), words of a total, the sentence's
place in the article, whether the rules found a cohort in the sentence, whether the count lies in a
programme's sentence or a sentence naming a programme, how many numbers the sentence holds, the count's
size, and a "no cohort" word before it. A count of people the rules read (``PEOPLE_COUNT``) and left is no
candidate: their constructions decide those (events, payrolls, a programme's yearly flow, people who do not
study); so "rules_read", "event" and "payroll" stay in the file with weight 0.

The cohort it adds takes that place, the origin from "from X" or a demonym after the count
(``words._from_country``), the status from its clause (``words._status``), the country written as the
sentence writes it (``find._country_as_written``); one cohort per count (its best-scoring mention).

The weights ship as package data (``kgpart/data/cohort_count_model.json``), written by our own training
script ``bench/train_cohort_count_model.py`` (logistic regression over labelled candidates of the dev folds
A, C, H and the probe sets G1-G6; nothing is downloaded). Inference is a dot product. Leave-one-set-out
over those nine sets, counted as the scorer counts cohorts (bench/README.md, "Learned cohort counts"):
pooled cohort F1 0.567 -> 0.588 (P 0.607 -> 0.606, R 0.532 -> 0.572; tp 184 -> 198 of 346 gold); better
in G3, G4, G5, G6, equal in A, C, H, G1, lower in G2 (0.390 -> 0.381, one more cohort, none right). The shipped file's ``"enabled": false`` turns it off.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from kgpart.extract.cohorts.clauses import _clause_end
from kgpart.extract.cohorts.find import _country_as_written
from kgpart.extract.cohorts.not_cohorts import (
    _NOT_COHORT,
    _alumni_or_payroll,
    _at_an_event,
    _names_a_programme,
)
from kgpart.extract.cohorts.places import _cohort_at
from kgpart.extract.cohorts.words import _GONE, COUNT_RE, PEOPLE_COUNT, _from_country, _status, parse_count
from kgpart.extract.countries import demonyms, find_countries
from kgpart.extract.doc import Doc
from kgpart.extract.linear_model import LinearModel, linear_fields, package_model
from kgpart.extract.model_switch import ModelSwitch
from kgpart.extract.record import Cohort, Programme

#: Names of the features, in the order of the weights in the model file.
FEATURES = (
    "students_next",
    "graduates_next",
    "scholars_next",
    "teachers_next",
    "people_next",
    "places_next",
    "who_far",
    "demonym_next",
    "of_them",
    "of_the",
    "and_next",
    "verb_next",
    "qualifier",
    "up_to",
    "from_near",
    "demonym_sentence",
    "country_before",
    "with_before",
    "that_before",
    "host_before",
    "and_before",
    "to_before",
    "study_verb",
    "host_verb",
    "graduate_verb",
    "abroad",
    "total",
    "reached",
    "headline",
    "lead",
    "late",
    "rule_sentence",
    "programme_sentence",
    "crowd",
    "small",
    "large",
    "bracket",
    "rules_read",
    "not_cohort_before",
    "event",
    "payroll",
    "names_programme",
)

#: A sentence worth reading: a word of people or of study (lower-cased sentence).
_CUE = re.compile(
    r"stud|graduat|scholar|pupil|trainee|cadet|teacher|lectur|research|intern|enrol|admit|host|"
    r"\bplaces\b|of whom|of them|learner|fellow|alumni"
)

#: A run of digits (on the whole text: one scan finds the sentences with a number in digits).
_DIGITS = re.compile(r"\d+")

#: Where a number in digits may begin (what ``_NUMBER``'s look-behind allows).
_DIGIT_START = re.compile(r"(?<![\w$€£¥.,+/-])\d")

#: A number (as the rules read counts of people) standing alone: not part of a word, code or decimal.
_NUMBER = re.compile(rf"(?<![\w$€£¥.,+/-])(?P<num>{COUNT_RE})(?![\w%])", re.I)

_STUDENTS = r"(?:students?|pupils?|undergraduates?|learners?|cadets?|schoolchildren|children|kids|boys|girls)"
_GRADUATES = r"(?:graduates?|alumni|bachelors?|masters?|doctors?|phds?)"
_SCHOLARS = (
    r"(?:scholars?|researchers?|scientists?|fellows?|academics?|postdocs?|doctoral|ph\.?d\.?|postgraduates?|"
    r"candidates?)"
)
_TEACHERS = (
    r"(?:teachers?|lecturers?|professors?|instructors?|educators?|tutors?|trainers?|faculty\s+members?)"
)
_PEOPLE = (
    r"(?:people|persons?|youths?|young|citizens?|nationals?|applicants?|participants?|trainees?|interns?|"
    r"specialists?|professionals?|athletes?|volunteers?|representatives?|delegates?|members?|men|women|"
    r"officers?|officials?|diplomats?|engineers?|nurses?|physicians?|medics?|entrants?|freshm[ae]n|"
    r"recipients?|holders?|winners?|beneficiaries|grantees?|exchangees?|expatriates?|migrants?|workers?)"
)
_PLACES = r"(?:places?|seats?|slots?|quotas?|vacancies|scholarships?|grants?|stipends?|spots?)"

#: What the words after a number say (up to four words, the first kind met).
_NEXT_KINDS = (
    ("students_next", re.compile(rf"\b{_STUDENTS}\b")),
    ("graduates_next", re.compile(rf"\b{_GRADUATES}\b")),
    ("scholars_next", re.compile(rf"\b{_SCHOLARS}")),
    ("teachers_next", re.compile(rf"\b{_TEACHERS}\b")),
    ("people_next", re.compile(rf"\b{_PEOPLE}\b")),
    ("places_next", re.compile(rf"\b{_PLACES}\b")),
)

#: Things, not people, named right after a number.
_THINGS = re.compile(
    r"(?:agreements?|memorand\w*|mous?|accords?|programmes?|programs?|projects?|courses?|faculties|"
    r"departments?|staff|employees|books?|volumes?|publications?|articles?|papers?|dollars?|euros?|usd|eur|"
    r"tenge|rubles?|roubles?|soms?|yuan|won|yen|pounds?|manats?|sums?|dirhams?|riyals?|rupees?|naira|"
    r"billion|million|languages?|specialt\w+|majors?|disciplines?|subjects?|hectares?|km|kilometr\w*|"
    r"square|metres?|meters?|percent|per|times|branches?|campuses?|buildings?|laborator\w+|labs?|centres?|"
    r"centers?|institutes?|events?|meetings?|grants\s+worth|items?|points?|positions?|km2|rooms?|beds?|"
    r"dormitor\w+|hostels?|awards?|prizes?|medals?|patents?|companies|enterprises|firms|partners?|"
    r"directions?|areas?|fields?|sessions?|lectures?|trainings?|modules?|credits?|ects|hours?|cases?)\b"
)
_ORGS = re.compile(
    r"(?:universities|institutions|colleges|schools|countries|states|cities|regions|nations)\b"
)
_TIME = re.compile(r"(?:years?|months?|weeks?|days?|decades?|centur\w+|semesters?|terms?)\b")
_MONTHS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?"
)
#: A number that is a date, money, a share, a rank or an age by the words around it.
_SKIP_AFTER = re.compile(
    rf"(?:\s*(?:%|per\s*cent|percent)|\s*(?:st|nd|rd|th)\b|\s+{_MONTHS}\b|\s*-?\s*years?[\s-]+old|"
    r"\s*(?:million|billion|bn|mln)?\s*(?:dollars|euros|usd|eur|us\$)|\.\d)",
    re.I,
)
_SKIP_BEFORE = re.compile(
    rf"(?:[$€£¥]\s*|\b(?:usd|eur|us\$|rub|kzt|uzs|no\.?|number|top|rank(?:ed|ing)?|position|aged|age|"
    rf"since|in|by|until|from)\s+(?:the\s+)?$|\b{_MONTHS}\s+$)",
    re.I,
)

_OF_THEM = re.compile(r"\s+of\s+(?:them|whom|these|those|which)\b", re.I)
_OF_THE = re.compile(r"\s+of\s+(?:the|our|its|their|all)\b", re.I)
_AND_NEXT = re.compile(r"\s*(?:,\s*|\s+)(?:and|while|as\s+well\s+as)\b|\s*,\s*\d", re.I)
_VERB_NEXT = re.compile(
    r"\s+(?:(?:[a-z]+\s+){0,3})?(?:are|were|is|have|has|had|will|study|studied|studying|enrolled|arrived|came|"
    r"went|graduated|completed|received|attend\w*|took|take|joined|participated)\b",
    re.I,
)
_QUALIFIER = re.compile(
    r"\b(?:more\s+than|(?:well\s+|just\s+)?over|around|about|roughly|approximately|nearly|almost|some|"
    r"upwards\s+of|at\s+least|close\s+to|an\s+estimated|in\s+excess\s+of|less\s+than|fewer\s+than|under)\s+$",
    re.I,
)
_UP_TO = re.compile(r"\bup\s+to\s+$", re.I)
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?[A-Z]")
_WITH_BEFORE = re.compile(r"\bwith\s+(?:(?:about|some|over|nearly|around|more\s+than)\s+)?$", re.I)
_THAT_BEFORE = re.compile(
    r"\b(?:that|which|who|whom)\s+(?:(?:about|some|over|nearly|around|more\s+than)\s+)?$", re.I
)
_HOST_BEFORE = re.compile(
    r"\b(?:hosts?|hosted|hosting|welcomed|welcomes|received|receives|admitted|admits|admit|enrolls?|enrolled|"
    r"enrol|trains?|trained|educates?|educated|accepted|accepts|sends?|sent|has|had|have|counts?|counted|"
    r"numbers?|numbered|totals?|totalled|totaled)\s+(?:\w+\s+){0,2}$",
    re.I,
)
_AND_BEFORE = re.compile(
    r"(?:\band|,)\s+(?:(?:about|some|over|nearly|around|more\s+than|another)\s+)?$", re.I
)
_TO_BEFORE = re.compile(r"\bto\s+$", re.I)
_TOTAL = re.compile(r"\b(?:a\s+total\s+of|in\s+total|total|overall|altogether|combined)\b", re.I)
_REACHED = re.compile(
    r"\b(?:reached|reaches|exceeded|exceeds|amounts?\s+to|amounted\s+to|stands?\s+at|stood\s+at|rose\s+to|"
    r"increased\s+to|grew\s+to|is|was|are|were)\s+(?:(?:about|some|over|nearly|around|more\s+than|almost)\s+)?$",
    re.I,
)
_STUDY = re.compile(r"\b(?:stud(?:y|ies|ied|ying)|enrol\w*|educat\w*|learn\w*|attend\w*|pursu\w*|train\w*)")
_HOST = re.compile(r"\b(?:host\w*|admit\w*|receiv\w*|welcom\w*|accept\w*)")
_GRADUATE = re.compile(r"\b(?:graduat\w*|complet\w*|alumni|defended)")
_ABROAD = re.compile(r"\b(?:abroad|overseas|foreign|international|exchange|mobility|inbound|outbound)\b")
_DEMONYM_WORDS = frozenset(w.lower() for w in demonyms())
_WORD = re.compile(r"[A-Za-z][\w’'-]*")


#: A count of people the rules read and left is theirs to decide (their tests of events, payrolls, a
#: programme's yearly flow, people who do not study): the model adds only counts they did not read.
_RULES_DECIDE = True


@dataclass
class Candidate:
    """A number of the article that no cohort or programme carries, its features and the cohort it would be."""

    count: int
    n: int  # its sentence
    start: int  # its span in the text
    end: int
    who: str | None
    features: dict[str, float]
    at: str | None = None
    from_country: str | None = None


@dataclass
class CountModel(LinearModel):
    """Weights of the logistic regression and its decision threshold (a logit)."""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CountModel:
        """Read the model file's content (features and weights as two parallel lists)."""
        return cls(*linear_fields(data, "cohort count model"))


@lru_cache(maxsize=1)
def shipped_model() -> CountModel:
    """The model shipped with the package (``kgpart/data/cohort_count_model.json``)."""
    return CountModel.from_dict(package_model("cohort_count_model.json"))


#: The model the hook uses (tests and the training script set another, or turn it off).
_SWITCH: ModelSwitch[CountModel] = ModelSwitch(shipped_model)
use_model = _SWITCH.use
active_model = _SWITCH.active


def candidates(
    doc: Doc, programmes: list[Programme], cohorts: list[Cohort], model: CountModel | None = None
) -> list[Candidate]:
    """The numbers of the article that may be a cohort's count and no cohort or programme carries yet, each
    with a place from the rules' readers (a number with none is no candidate). With ``model``, only those
    it scores at or above its threshold (the place, the costly part, is sought for those only)."""
    taken = {c.count for c in cohorts if c.count is not None}
    taken |= {p.participants.count for p in programmes if p.participants.count is not None}
    context = _Context(doc, programmes, cohorts)
    out: list[Candidate] = []
    numbered = sorted({doc.sentence_at(hit.start()) for hit in _DIGITS.finditer(doc.text)})  # one scan
    for n in numbered:
        sent = doc.sentences[n]
        low = sent.text.lower()
        if _CUE.search(low) is None:
            continue
        found = [(match, count) for match, count in _numbers(sent.text) if count not in taken]
        if not found:
            continue
        sentence_feats = context.sentence_features(n, low, len(found))
        for match, count in found:
            cand = _candidate(doc, n, match, count, sentence_feats)
            if cand is None or (model is not None and model.margin(cand.features) < model.threshold):
                continue
            cand.at = _cohort_at(doc, n, cand.start, cand.end) or cand.at  # else the country just before
            if cand.at is not None:
                out.append(cand)
    return out


def _numbers(text: str) -> list[tuple[re.Match[str], int]]:
    """The numbers in digits of a sentence that may count people: not years, money, shares, dates, ranks or
    ages. (Numbers in words are left out: rarely a cohort's count on the labelled sets, 6 of 156, and a scan
    for them cost more than the rest of the hook.)"""
    found = []
    matches = [m for d in _DIGIT_START.finditer(text) if (m := _NUMBER.match(text, d.start())) is not None]
    for match in matches:
        num = match.group("num")
        count = parse_count(num)
        if count is None or count < 2:
            continue
        a, b = match.span()
        if (1900 <= count <= 2100 and num.isdigit()) or _SKIP_AFTER.match(text, b):
            continue
        if _SKIP_BEFORE.search(text, max(0, a - 12), a):
            continue
        found.append((match, count))
    return found


class _Context:
    """What the features of a sentence need of the record: where the rules' cohorts and the programmes are."""

    def __init__(self, doc: Doc, programmes: list[Programme], cohorts: list[Cohort]) -> None:
        self.doc = doc
        self.rule_sentences = {c.evidence.start for c in cohorts if c.evidence is not None}
        self.programme_sentences = {p.evidence.start for p in programmes if p.evidence is not None}

    def sentence_features(self, n: int, low: str, numbers: int) -> dict[str, float]:
        """The features a sentence gives each of its numbers (``low``: the sentence lower-cased)."""
        sent = self.doc.sentences[n]
        total = len(self.doc.sentences)
        return {
            "study_verb": 1.0 if _STUDY.search(low) else 0.0,
            "host_verb": 1.0 if _HOST.search(low) else 0.0,
            "graduate_verb": 1.0 if _GRADUATE.search(low) else 0.0,
            "abroad": 1.0 if _ABROAD.search(low) else 0.0,
            "headline": 1.0 if n == 0 else 0.0,
            "lead": 1.0 if 0 < n <= 2 else 0.0,
            "late": 1.0 if total > 4 and n >= total * 0.7 else 0.0,
            "rule_sentence": 1.0 if sent.start in self.rule_sentences else 0.0,
            "programme_sentence": 1.0 if sent.start in self.programme_sentences else 0.0,
            "crowd": min(max(numbers - 1, 0), 4) / 4.0,
            "names_programme": 1.0 if _names_a_programme(low) else 0.0,
            "demonym_sentence": 1.0
            if any(w.lower() in _DEMONYM_WORDS for w in _WORD.findall(sent.text))
            else 0.0,
        }


def _candidate(
    doc: Doc, n: int, match: re.Match[str], count: int, sentence_feats: dict[str, float]
) -> Candidate | None:
    """A number with its features, when the rules' readers of places find a place for a count there
    (None otherwise: a count added with a guessed place was wrong more often than right)."""
    sent = doc.sentences[n]
    text = sent.text
    a, b = match.span()
    head = text[max(0, a - 40) : a]
    words = _WORD.findall(text[b : b + 60])[:4]
    feats = dict(sentence_feats)
    who_end = b
    who: str | None = None
    kind_at = None
    for i, word in enumerate(words):
        w = word.lower()
        if w != word and i > 0 and w not in _DEMONYM_WORDS:
            break  # a name ("Seoul National University") ends the words of who
        for name, pattern in _NEXT_KINDS:
            if pattern.fullmatch(w) or (name == "teachers_next" and w == "faculty"):
                kind_at = (name, i)
                break
        if kind_at is not None:
            break
        if w in _DEMONYM_WORDS:
            feats["demonym_next"] = 1.0
    if kind_at is not None:
        name, i = kind_at
        feats[name] = 1.0
        feats["who_far"] = i / 3.0
        last = words[i]
        who_end = b + text[b : b + 60].find(last) + len(last)
        who = " ".join(text[b:who_end].split()) or None
    # a noun of things within the first three words, before any noun of people ("400 foreign universities",
    # "12 agreements", "five years"): never a cohort's count on the labelled sets (0 of 110)
    for word in words[: 3 if kind_at is None else kind_at[1]]:
        w = word.lower()
        if _THINGS.match(w) or _ORGS.match(w) or _TIME.match(w):
            return None
    if _OF_THEM.match(text, b):
        feats["of_them"] = 1.0
    elif _OF_THE.match(text, b):
        feats["of_the"] = 1.0
    if _AND_NEXT.match(text, who_end):
        feats["and_next"] = 1.0
    if _VERB_NEXT.match(text, who_end):
        feats["verb_next"] = 1.0
    if _QUALIFIER.search(head):
        feats["qualifier"] = 1.0
    if _UP_TO.search(head):
        feats["up_to"] = 1.0
    if _FROM.search(text, b, min(len(text), who_end + 30)) or feats.get("demonym_next"):
        feats["from_near"] = 1.0
    near_country = _country_just_before(text[:a])
    if near_country is not None:  # "Korea (2,300)", "Germany with 300", "in Japan, 1,100"
        feats["country_before"] = 1.0
    if _WITH_BEFORE.search(head):
        feats["with_before"] = 1.0
    if _THAT_BEFORE.search(head):
        feats["that_before"] = 1.0
    if _HOST_BEFORE.search(head):
        feats["host_before"] = 1.0
    if _AND_BEFORE.search(head):
        feats["and_before"] = 1.0
    if _TO_BEFORE.search(head):
        feats["to_before"] = 1.0
    if _TOTAL.search(text, max(0, a - 25), a):
        feats["total"] = 1.0
    if _REACHED.search(head):
        feats["reached"] = 1.0
    if "(" in text[max(0, a - 2) : a]:
        feats["bracket"] = 1.0
    feats["small"] = 1.0 if count < 10 else 0.0
    feats["large"] = 1.0 if count >= 10000 else 0.0
    people = PEOPLE_COUNT.match(text, a)  # the rules read it as a count of people (and left it)
    if people is not None and _RULES_DECIDE:
        return (
            None  # the rules' constructions decide a count of people they read (an event, a programme's flow)
        )
    if people is not None:
        feats["rules_read"] = 1.0
        if _at_an_event(text, people.start(), people.end()):
            feats["event"] = 1.0
        if _alumni_or_payroll(text, people):
            feats["payroll"] = 1.0
    if _NOT_COHORT.search(text, max(0, a - 80), a):
        feats["not_cohort_before"] = 1.0
    start, end = sent.start + a, sent.start + who_end
    origin = _from_country(who or "", text[who_end:]) if who or feats.get("from_near") else None
    # the country just before is the place of a bare count ("Canada (2,100)"); of a count of people the rules
    # read, their reader of places already weighed it ("In Hungary, 40 students attended the lecture"), and
    # "In Kazakhstan, 4,000 young people went abroad" is where they left
    place = near_country if people is None and _GONE.search(text, b) is None else None
    return Candidate(count, n, start, end, who, feats, place, origin)


def _country_just_before(head: str) -> str | None:
    """The country named in the last three words before a count ("Korea (2,300)", "Japan with 1,100")."""
    found = find_countries(head[-60:])
    if not found:
        return None
    country, _, end, _ = found[-1]
    return country if len(head[-60:][end:].split()) <= 3 else None


def cohort(doc: Doc, cand: Candidate) -> Cohort:
    """The cohort the hook adds for a candidate count: the place the rules' reader gives for that position
    (or the country named just before it), the origin after it, the status of its clause."""
    sent = doc.sentences[cand.n]
    stop = _clause_end(sent.text, cand.end - sent.start)
    status = _status(sent.text[cand.start - sent.start : stop])
    return _country_as_written(
        Cohort(cand.count, cand.who, cand.at, cand.from_country, status, doc.evidence(cand.n))
    )


def add_learned_counts(doc: Doc, programmes: list[Programme], cohorts: list[Cohort]) -> list[Cohort]:
    """``cohorts`` with a cohort for each count the model scores above its threshold (one per count)."""
    model = active_model()
    if model is None:
        return cohorts
    best: dict[int, tuple[float, Candidate]] = {}
    for cand in candidates(doc, programmes, cohorts, model):
        margin = model.margin(cand.features)
        if margin >= model.threshold and (cand.count not in best or margin > best[cand.count][0]):
            best[cand.count] = (margin, cand)
    if not best:
        return cohorts
    return [*cohorts, *(cohort(doc, cand) for _, cand in sorted(best.values(), key=lambda mc: mc[1].start))]
