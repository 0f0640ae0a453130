"""Counts of people the rules missed, found by a learned model (session 13, widened in session 14).

What it decides: whether a number of the article that neither a cohort nor a programme of the record
carries as its count is the size of a cohort (so many people at a place), and if so adds that cohort.

Candidates are the numbers in digits (with separators) of sentences with a cue of people or study; years,
money, percentages, dates, ranks, decimals, ages and counts under two are left out by their look, and so is a
number followed within four words by a noun of things, institutions or time (agreements, programmes,
partnerships, staff, books, dollars, universities, countries, years, a ranking), also after a word of people
used as its adjective ("250 in the national ranking"). Numbers in words ("twelve", "a hundred") can be read
(``WORDS``) but are off: trained with them on the eleven labelled sets, the model added 3, none right, and
their scan was 70 % of the hook's time.

The place: the rules' own reader of places (``places._cohort_at``), or a country named in the three words
before a bare count ("Canada (2,100)"), or else (``FALLBACK``, session 14) the institution told of last
before the count within four sentences (``Doc.recent_org``: a university first), unless the count's clause
says they left ("were sent", "went"); when it puts them abroad in no one country, that phrase as written ("study
abroad", "overseas", "at foreign universities": session 17). With the fallback, a count of people the rules read
(``PEOPLE_COUNT``) and left only for want of a place is a candidate too: a host's total ("The University of
Tartu, where a total of 13,000 students study, ..."), which the gold makes a cohort with no origin (dev 005,
g201-g216, and the convention given to later writers); a count the rules left for another reason (a word of
no cohort before it, an audience, a part of "them", places for students, a payroll, officials, winners of
scholarships, a programme's yearly flow) stays theirs. Measured on the counts of G2-G8 never emitted (aggregate):
the institution told of last was right for about half of them, as right as the first one named in the last
sentence naming one, more than the article's main institution (``learned_places._hub``: "hub" mode) or the
place model's choice; the hub mode lost in leave-one-set-out (0.564 against 0.578).

Features in words: the people noun after the number and how far (students, graduates, scholars and
researchers, teachers, people and citizens, places and seats), "of them / of whom / of the", "and" or a verb
after it, a qualifier before it (about, more than, nearly, some, up to), a demonym or "from X" near it, no
origin found, a country or "with" or "that" or "to" or a host verb just before it, a bracket before it,
study, host and graduation verbs in the sentence, words of mobility (abroad, exchange), words of a total,
a sentence telling of an event and who came, the sentence's place in the article, whether the rules found
a cohort in the sentence, whether the count lies in a programme's sentence or a sentence naming a
programme, how many numbers the sentence holds, the count's size, a "no cohort" word before it; whether the
rules read it as a count of people; whether its place is the fallback's, and then whether that is the main
institution, named in the count's own sentence, how many sentences back, and not a university. ("event",
"payroll" and "in_words" stay in the file with weight 0.)

A model file may carry a chooser of the place ("place": a logistic regression over
``learned_places.FEATURES``, ``CountModel.place``): it puts another candidate place of the count's sentence
(``learned_places.candidates``) when that beats the count's own place by its margin (``chosen_place``). Trained
on pairs of places of the counts of the twelve labelled sets (``train_cohort_count_model.py --place learn``), it
lost in leave-one-set-out against the own place (session 15: pooled cohort F1 0.624 -> 0.619, its margins chosen
at 3.5-5 logits, so it changed few places and more of them wrongly), so the shipped file has none.

The cohort it adds takes that place, the origin from "from X" or a demonym after the count
(``words._from_country``), the status from its clause (``words._status``), the country written as the
sentence writes it (``find._country_as_written``); one cohort per count (its best-scoring mention). The place
hook after it (``learned_places.rerank_places``) may still repair the place.

The weights ship as package data (``kgpart/data/cohort_count_model.json``), written by our own training
script ``bench/train_cohort_count_model.py`` (logistic regression over labelled candidates of the dev folds
A, C, H and the probe sets G1-G8, label "mixed": a count placed by the fallback counts as right only with
its place right; threshold and L2 by inner leave-one-set-out; nothing is downloaded). Inference is a dot
product. Leave-one-set-out over the eleven sets on 3414ae9's rules (bench/README.md, "Learned cohort
counts"), each left-out set extracted again with its model hooked (the place hook after it included):
pooled cohort F1 rules 0.560, session 13's candidates retrained on the eleven sets 0.609 (tp 327, pred
514 of 560 gold), these candidates 0.613 (tp 350, pred 582): better G2 G6 G7 G8, equal A C H, lower G1
(one more cohort) G3 G4 G5 (sets whose writers made a host's total a quantity). The shipped file's
``"enabled": false`` turns it off.

Session 19 retrained the file on all sixteen labelled sets (A, C, H, G1-G13; bench/README, "Models retrained
with G13"): trained on the sets before each of G10-G13 and scored on that set (sets the former file, trained on
A-G8, never saw), the recipe placed 414 of 620 right against the former file's 406 of 611. Its weights no longer
pass "about 4,500 students study abroad", so a count whose clause puts its people abroad in no one country
(``_away``) is kept at that phrase whatever its margin; on the sixteen sets that changes one cohort.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from kgpart.extract.cohorts import learned_places
from kgpart.extract.cohorts.clauses import _clause_end
from kgpart.extract.cohorts.find import _country_as_written
from kgpart.extract.cohorts.learned_places import PlaceModel, _hub
from kgpart.extract.cohorts.not_cohorts import (
    _AWARDED,
    _NOT_COHORT,
    _NOT_STUDENTS,
    _OF_THEM_WHO,
    _THING_FOR,
    A_PROGRAMME,
    _alumni_or_payroll,
    _at_an_event,
    _names_a_programme,
    _yearly,
)
from kgpart.extract.cohorts.places import _cohort_at
from kgpart.extract.cohorts.words import _GONE, COUNT_RE, PEOPLE_COUNT, _from_country, _status, parse_count
from kgpart.extract.countries import demonyms, find_countries, is_demonym
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
    "fallback",
    "fallback_hub",
    "fallback_same_sentence",
    "fallback_far",
    "no_origin",
    "in_words",
    "event_sentence",
    "fallback_other_kind",
)

#: A sentence worth reading: a word of people or of study (lower-cased sentence).
_CUE = re.compile(
    r"stud|graduat|scholar|pupil|trainee|cadet|teacher|lectur|research|intern|enrol|admit|host|"
    r"\bplaces\b|of whom|of them|learner|fellow|alumni"
)

#: What stands between the country and its count in such a breakdown: "China (400", "China - 400", "China: 400",
#: "China with 400".
_BREAKDOWN_SEP_TEXT = r"(?:\s*[(:–—-]|,?\s+with)\s*"
_BREAKDOWN_SEP = re.compile(_BREAKDOWN_SEP_TEXT)
#: A count in brackets right after a capitalised word ("China (400)"): a breakdown by country, read in a sentence
#: with no cue of its own when the sentence before has one ("B hosts 1,200 foreign students. The largest groups:
#: China (400), India (250)").
_BARE_AFTER_COUNTRY = re.compile(r"[A-Z][\w’'-]*" + _BREAKDOWN_SEP_TEXT + r"\d")

#: A run of digits (on the whole text: one scan finds the sentences with a number in digits).
_DIGITS = re.compile(r"\d+")

#: Where a number in digits may begin (what ``_NUMBER``'s look-behind allows).
_DIGIT_START = re.compile(r"(?<![\w$€£¥.,+/-])\d")

#: Numbers in words ("twelve", "a hundred", "two dozen"; "one" is never a count of a cohort here).
_NUMBER_WORDS = (
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|"
    r"a\s+thousand|a\s+dozen"
)
#: Where a number in digits or words may begin; a run of digits or a number word (one scan of the text).
_NUMBER_START = re.compile(rf"(?<![\w$€£¥.,+/-])(?:\d|(?:{_NUMBER_WORDS})\b)", re.I)
_DIGITS_OR_WORDS = re.compile(rf"\d+|\b(?:{_NUMBER_WORDS})\b", re.I)

#: Whether numbers in words are read too (``_NUMBER_START``) besides numbers in digits: off in the package
#: (trained with them, the model added 3 on the eleven sets, none right, and their scan was 70 % of the hook).
WORDS: list[bool] = [False]

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
    r"directions?|areas?|fields?|sessions?|lectures?|trainings?|modules?|credits?|ects|hours?|cases?|"
    r"partnerships?|ties|links|contracts?|documents?|treaties|relations|sides|parties|delegations?|"
    r"rankings?|ratings?|places?\s+in)\b"
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
#: A sentence telling of an event and who came to it ("the ceremony was attended by ... 80 students").
_EVENT_SENTENCE = re.compile(
    r"\b(?:attend(?:ed|ing)?|took\s+part|participated|participants|present\s+at|gathered|audience|ceremony|"
    r"lecture|seminar|forum|conference|webinar|workshop|festival|competition|olympiad|concert|meeting)\b"
)
_ABROAD = re.compile(r"\b(?:abroad|overseas|foreign|international|exchange|mobility|inbound|outbound)\b")
_DEMONYM_WORDS = frozenset(w.lower() for w in demonyms())
_WORD = re.compile(r"[A-Za-z][\w’'-]*")


#: Where a count goes when the rules' reader gives no place (None: no candidate): "recent" the institution
#: told of last before it (``Doc.recent_org``), "hub" the article's main institution. With a fallback, a
#: count of people the rules read and left only for want of a place is a candidate too.
FALLBACK: list[str | None] = ["recent"]
#: Whether any candidate may take the fallback place (False: only the counts of people the rules read).
FALLBACK_ALL: list[bool] = [True]


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
    abroad: bool = (
        False  # placed at the phrase that puts its people abroad (``_away``): kept whatever its margin
    )


@dataclass
class CountModel(LinearModel):
    """Weights of the logistic regression and its decision threshold (a logit); ``place``: the chooser of the
    place of each count it adds (the file's "place", over ``learned_places.FEATURES``), or None."""

    place: PlaceModel | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CountModel:
        """Read the model file's content (features and weights as two parallel lists)."""
        place = data.get("place")
        chooser = PlaceModel.from_dict(place) if place else None
        return cls(
            *linear_fields(data, "cohort count model"),
            place=chooser if chooser is not None and chooser.enabled else None,
        )


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
    hits = _DIGITS.finditer(doc.text) if not WORDS[0] else _DIGITS_OR_WORDS.finditer(doc.text)
    numbered = sorted({doc.sentence_at(hit.start()) for hit in hits})  # one scan
    for n in numbered:
        sent = doc.sentences[n]
        low = sent.text.lower()
        breakdown = False  # a sentence with no cue after one with a cue: only its bare counts after a country
        if _CUE.search(low) is None:
            if n == 0 or _BARE_AFTER_COUNTRY.search(sent.text) is None:
                continue
            if _CUE.search(doc.sentences[n - 1].text.lower()) is None:
                continue
            breakdown = True
        found = [(match, count) for match, count in _numbers(sent.text) if count not in taken]
        if breakdown:
            found = [
                (match, count) for match, count in found if _bare_after_country(sent.text, match.start())
            ]
        if not found:
            continue
        sentence_feats = context.sentence_features(n, low, len(found))
        for match, count in found:
            cand = _candidate(doc, n, match, count, sentence_feats)
            if cand is None:
                continue
            if breakdown:
                _breakdown_place(doc, cohorts, cand)
            if FALLBACK[0] is None:
                if model is not None and model.margin(cand.features) < model.threshold:
                    continue
                cand.at = _cohort_at(doc, n, cand.start, cand.end) or cand.at  # else the country just before
            else:
                away = None if breakdown else _away(doc, cand)
                if (
                    away is None
                    and model is not None
                    and model.margin(cand.features) + _fallback_gain(model) < model.threshold
                ):
                    continue  # below the threshold wherever it is placed: its place is not sought
                at = None if breakdown else _cohort_at(doc, n, cand.start, cand.end)
                if at is not None and cand.features.get("rules_read"):
                    continue  # the rules had a place for it and left it: theirs to decide
                cand.at = at or cand.at
                if cand.at is None and not breakdown:
                    cand.at = _ranking_head(sent.text, cand.start - sent.start)
                if cand.at is None and not breakdown and (FALLBACK_ALL[0] or cand.features.get("rules_read")):
                    cand.at = _fallback(doc, cand)
                cand.abroad = away is not None and cand.at == away
                if model is not None and model.margin(cand.features) < model.threshold and not cand.abroad:
                    continue
            if cand.at is not None:
                if model is not None and model.place is not None:
                    cand.at = chosen_place(doc, cand, model.place)
                out.append(cand)
    return out


def place_candidates(doc: Doc, cand: Candidate) -> list[learned_places.Candidate]:
    """The places the count's cohort may be at (``learned_places.candidates``), its own place first."""
    return learned_places.candidates(doc, cohort(doc, cand), _hub(doc))


def chosen_place(doc: Doc, cand: Candidate, chooser: PlaceModel) -> str | None:
    """The place the chooser prefers for a candidate count, when its margin over the candidate's own place (the
    reader's, the country before a bare count, or the fallback's) passes its threshold; else the own place."""
    best = learned_places.choose(chooser, place_candidates(doc, cand))
    return cand.at if best is None else best.name


def _numbers(text: str) -> list[tuple[re.Match[str], int]]:
    """The numbers in digits of a sentence that may count people: not years, money, shares, dates, ranks or
    ages. (Numbers in words are left out: rarely a cohort's count on the labelled sets, 6 of 156, and a scan
    for them cost more than the rest of the hook.)"""
    found = []
    starts = _DIGIT_START if not WORDS[0] else _NUMBER_START
    matches = [m for d in starts.finditer(text) if (m := _NUMBER.match(text, d.start())) is not None]
    for match in matches:
        num = match.group("num")
        count = parse_count(num)
        if count is None or count < 2 or (count < 3 and not num[0].isdigit()):
            continue  # "one", "two sides", "both"
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
            "event_sentence": 1.0 if _EVENT_SENTENCE.search(low) else 0.0,
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
    # a word of people used as an adjective of a thing is none ("250 in the national ranking")
    upto = 4 if kind_at is None else kind_at[1] + (2 if kind_at[1] + 1 < len(words) else 1)
    for k, word in enumerate(words[:upto]):
        w = word.lower()
        if kind_at is not None and k == kind_at[1]:
            continue
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
    if not match.group("num")[0].isdigit():
        feats["in_words"] = 1.0
    feats["large"] = 1.0 if count >= 10000 else 0.0
    people = PEOPLE_COUNT.match(text, a)  # the rules read it as a count of people (and left it)
    if people is not None and (FALLBACK[0] is None or _rules_veto(text, people)):
        return None  # the rules' constructions decide it (an event, a payroll, a programme's flow)
    if people is not None:
        feats["rules_read"] = 1.0  # left by the rules for want of a place only (``candidates`` checks)
    if _NOT_COHORT.search(text, max(0, a - 80), a):
        feats["not_cohort_before"] = 1.0
    start, end = sent.start + a, sent.start + who_end
    if people is not None:
        end = max(end, sent.start + people.end())
    origin = _from_country(who or "", text[who_end:]) if who or feats.get("from_near") else None
    # the country just before is the place of a bare count ("Canada (2,100)"); of a count of people the rules
    # read, their reader of places already weighed it ("In Hungary, 40 students attended the lecture"), and
    # "In Kazakhstan, 4,000 young people went abroad" is where they left
    # a count of people the rules read that stands right after a country as a breakdown writes it ("from Kenya
    # with 450 students, followed by ...", "Kenya (450 students)", "Kenya - 450 students") is such a count too
    bare = people is None or (near_country is not None and _bare_after_country(text, a))
    place = near_country if bare and _GONE.search(text, b) is None else None
    if origin is None:
        feats["no_origin"] = 1.0
    return Candidate(count, n, start, end, who, feats, place, origin)


def _rules_veto(text: str, people: re.Match[str]) -> bool:
    """True when the rules leave a count of people they read for a reason other than its place: a word of
    no cohort before it, an audience, a part of "them", places for students, a payroll, officials, winners of
    scholarships, a programme's yearly flow."""
    a, b = people.start(), people.end()
    who = people.group("who")
    return bool(
        _NOT_COHORT.search(text, max(0, a - 80), a)
        or _at_an_event(text, a, b)
        or _OF_THEM_WHO.match(who)
        or _THING_FOR.match(who)
        or _alumni_or_payroll(text, people)
        or _NOT_STUDENTS.search(who)
        or _AWARDED.match(text, b)
        or (_yearly(text, a, b) and A_PROGRAMME.search(text))
    )


#: The features only a place from the fallback sets (``_fallback``).
_FALLBACK_FEATURES = (
    "fallback",
    "fallback_hub",
    "fallback_same_sentence",
    "fallback_far",
    "fallback_other_kind",
)


def _fallback_gain(model: CountModel) -> float:
    """The most the fallback's features can add to a candidate's logit (nothing when it has a place)."""
    weights = model.weights
    gain = weights.get("fallback", 0.0) + sum(max(weights.get(f, 0.0), 0.0) for f in _FALLBACK_FEATURES[1:])
    return max(gain, 0.0)


#: People away in no one country, told in the count's clause: "study abroad", "went overseas", "are enrolled at
#: foreign universities" (not "students from abroad", who are here).
_AWAY = re.compile(
    r"(?<!from\s)\b(?:abroad|overseas)\b|\b(?:at|in)\s+(?P<phrase>(?:foreign|overseas)\s+"
    r"(?:universities|higher\s+education\s+institutions|institutions|colleges))\b",
    re.I,
)


def _away(doc: Doc, cand: Candidate) -> str | None:
    """The phrase that puts the count's people abroad in no one country, in its clause, as written."""
    sent = doc.sentences[cand.n]
    b = cand.end - sent.start
    away = _AWAY.search(sent.text, b, _clause_end(sent.text, b))
    return None if away is None else (away.group("phrase") or away.group(0).lower())


def _fallback(doc: Doc, cand: Candidate) -> str | None:
    """The place of a count the rules' reader gives none (``FALLBACK``), and its features set on ``cand``.
    People the count's clause puts abroad are there, as written ("abroad", "overseas", "foreign universities":
    the gold's place of an outbound figure), not at the institution told of last."""
    sent = doc.sentences[cand.n]
    b = cand.end - sent.start
    end = _clause_end(sent.text, b)
    away = _away(doc, cand)
    if away is not None:
        return away
    if _GONE.search(sent.text, b, end):
        return None  # "42 students of the university went to a conference": not where they are
    mode = FALLBACK[0]
    hub = _hub(doc)
    i = hub if mode == "hub" else doc.recent_org(cand.start)
    if i is None:
        return None
    feats = cand.features
    feats["fallback"] = 1.0
    if i == hub:
        feats["fallback_hub"] = 1.0
    if doc.orgs[i].type != "University":
        feats["fallback_other_kind"] = 1.0  # a ministry, an embassy, a company: rarely where students are
    last = max(
        (m for m in doc.org_mentions if m.index == i and m.start < cand.start),
        default=None,
        key=lambda m: m.start,
    )
    if last is not None:
        far = cand.n - last.sentence
        if far == 0:
            feats["fallback_same_sentence"] = 1.0
        feats["fallback_far"] = min(far, 4) / 4.0
    else:
        feats["fallback_far"] = 1.0
    return doc.orgs[i].name


#: A word of receiving or of a destination, between the country that heads a ranking of where people go and its
#: first count ("Russia remained the top destination with 45,000 students, followed by ...").
_RANKING_HEAD = re.compile(r"\b(?:destinations?|host(?:s|ed|ing)?|receiv\w+|popular|choice)\b")


def _ranking_head(text: str, a: int) -> str | None:
    """The country that heads a ranking of where people go, for its first count (the count at ``a`` comes before
    "followed by"): a country among the first four words of the sentence or of its clause after a comma, then a
    word of receiving or of a destination (``_RANKING_HEAD``) within 80 characters before the count. None when
    there is none (a nationality, "Kazakh students", is no such country)."""
    if "followed by" not in text[a:]:
        return None
    word = _RANKING_HEAD.search(text, max(0, a - 80), a)
    if word is None:
        return None
    found = [f for f in find_countries(text[: word.start()]) if not is_demonym(f[3])]
    if not found:
        return None
    country, start, _, _ = found[0]
    return country if len(text[:start].rsplit(",", 1)[-1].split()) <= 3 else None


def _breakdown_place(doc: Doc, cohorts: list[Cohort], cand: Candidate) -> None:
    """A count of a breakdown by country read in the sentence after a cohort's ("B hosts 1,200 foreign students.
    The largest groups: China (400), India (250)"): the country is where they come from and the place is that
    cohort's, else the institution told of last (the fallback), else none. A breakdown that names destinations
    ("1,500 students studied abroad. The top destinations were Germany (300), Poland (200)") is of where people
    went: the country is the place (session 18)."""
    sent = doc.sentences[cand.n]
    country = _country_just_before(sent.text[: cand.start - sent.start])
    if country is not None and _DESTINATIONS.search(sent.text) is not None:
        # "1,500 students studied abroad. The top destinations were Germany (300), Poland (200)": where they went
        cand.at = country
        return
    before = doc.sentences[cand.n - 1].start
    at = next(
        (c.at for c in reversed(cohorts) if c.evidence is not None and c.evidence.start == before), None
    )
    cand.from_country = cand.from_country or country
    cand.at = at
    if at is None:
        cand.at = _fallback(doc, cand)


#: A breakdown by country that names where people went: "The top destinations were Germany (300), Poland (200)",
#: "Most went to Germany (300)" (session 18; a breakdown of where a host's people come from names none).
_DESTINATIONS = re.compile(
    r"\b(?:destinations?|went\s+to|go(?:es)?\s+to|going\s+to|headed\s+(?:to|for)|travell?ed\s+to|moved\s+to|"
    r"left\s+for)\b",
    re.I,
)


def _bare_after_country(text: str, a: int) -> bool:
    """Whether the count at ``a`` stands right after a country, as a breakdown by country writes it ("China (400",
    "China - 400", "China: 400", "China with 400")."""
    found = find_countries(text[max(0, a - 60) : a])
    if not found:
        return False
    end = found[-1][2] + max(0, a - 60)
    return _BREAKDOWN_SEP.fullmatch(text, end, a) is not None


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
        if (margin >= model.threshold or cand.abroad) and (
            cand.count not in best or margin > best[cand.count][0]
        ):
            best[cand.count] = (margin, cand)
    if not best:
        return cohorts
    return [*cohorts, *(cohort(doc, cand) for _, cand in sorted(best.values(), key=lambda mc: mc[1].start))]
