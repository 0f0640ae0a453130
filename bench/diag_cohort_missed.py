"""Class the gold cohorts whose count we never emit (no cohort of ours has that count); aggregate counts only.

Reads the records `bench/labelled_sets.py predict LABEL SETS` cached, with their gold and texts, and prints how
many of the gold cohorts with a count that no predicted cohort of the article carries fall in each class (never an
article, a text or a name):

(1) the count is not in the text as written: a number in words the readers do not take, a round form ("1.2k",
    "one and a half thousand"), a sum of two or three numbers of the text, or nowhere at all;
(2) the count is written only in the headline, or only in a caption or a short line (no full stop), or in the page's
    furniture (``furniture.without_furniture`` blanks it);
(3) the count is written in the body: the rules read it (``find_cohorts``) and a later step dropped it (a programme's
    count), or the rules matched it as a count of people (``PEOPLE_COUNT``) and left it (a word of no cohort before
    it, an event, places for students, a payroll, officials, awarded scholarships, a yearly flow, no place found, a
    programme's participants), or no reader took it: then by the shape of its sentence (a planned quota, a share, a
    part "of whom N | including N | N of them", a table-like list "China - 40", "the number of ... is N | a total of
    N", a word of people after the count and which, a bare count before a verb or "from X", other), each with what
    else the sentence holds (a word of people anywhere, a verb of study, arrival or enrolment).

usage: python bench/diag_cohort_missed.py LABEL G2 G3 ... [--by-set]
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

#: Numbers in words the readers may miss: the scan of the text for any number word run.
_WORDS = (
    r"zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|"
    r"dozen|a|and|half"
)
_WORD_RUN = re.compile(rf"\b(?:(?:{_WORDS})[\s\-]+)*(?:{_WORDS})\b", re.I)
_K_FORM = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s*(k|thousand|thsd|ths|lakh|mln|million)\b", re.I)
_HALF_THOUSAND = re.compile(
    r"\b(one|two|three|four|five)\s+and\s+a\s+half\s+(thousand|hundred|million)\b|\bhalf\s+a\s+(thousand|million)\b",
    re.I,
)
_SMALL = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
_DIGITS = re.compile(r"(?<![\w.])\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?![\d])|(?<![\w.,])\d+(?![\d,.]\d)")

#: Words of people after a count, by kind.
_WHO_KINDS = [
    (
        "students",
        r"(?:students?|pupils?|undergraduates?|learners?|cadets?|schoolchildren|trainees?|interns?)",
    ),
    ("graduates", r"(?:graduates?|alumni|bachelors?|masters?|ph\.?d\.?s?)"),
    (
        "scholars",
        r"(?:scholars?|researchers?|scientists?|fellows?|academics?|postdocs?|doctoral|postgraduates?)",
    ),
    (
        "teachers or staff",
        r"(?:teachers?|lecturers?|professors?|faculty|staff|employees|specialists?|experts?)",
    ),
    (
        "citizens or people",
        r"(?:citizens?|people|persons|nationals|youths?|young|children|applicants|participants)",
    ),
]
_NATIONALS_AFTER = re.compile(r"[A-Z][a-z]+(?:ans|is|ese|ks|ns|sh|ch|z)\b")
_STUDY_VERB = re.compile(
    r"\b(?:stud(?:y|ies|ying|ied)|enrol\w*|admit\w*|arriv\w*|came|come|comes|accepted|train\w*|educat\w*|"
    r"graduat\w*|attend\w*|sent|went|host\w*|welcom\w*|receiv\w*|pursu\w*|joined|exchange|mobility|abroad)\b",
    re.I,
)
_PLANNED = re.compile(
    r"\b(?:quotas?|places|seats|slots|grants?|scholarships?|will|plans?|planned|allocat\w*)\b", re.I
)
_PART = re.compile(
    r"\b(?:of\s+whom|of\s+which|of\s+them|among\s+them|among\s+whom|including|includes|include)\b", re.I
)
_TOTAL = re.compile(
    r"\b(?:number\s+of|total\s+of|in\s+total|totals?|totalled|totaled|reached|stands?\s+at|contingent)\b",
    re.I,
)


def count_spots(text: str, count: int) -> list[re.Match[str]]:
    """Where the text writes ``count`` as the readers of counts take numbers."""
    from kgpart.extract.cohorts.learned_counts import _NUMBER
    from kgpart.extract.cohorts.words import parse_count

    return [m for m in _NUMBER.finditer(text) if parse_count(m.group("num")) == count]


def unread_form(text: str, count: int) -> str | None:
    """How the text writes ``count`` when the readers do not take it: in words, a round form, a sum; else None."""
    from kgpart.extract.numbers import parse_number

    for m in _WORD_RUN.finditer(text):
        words = m.group(0).lower().split()
        while words and words[0] in ("a", "and", "half"):
            if words[0] == "a" and words[1:2] == ["dozen"]:
                break
            words = words[1:]
        phrase = " ".join(words)
        if not phrase:
            continue
        if phrase.endswith("dozen") and {"dozen": 12, "a dozen": 12}.get(phrase) == count:
            return "a number in words"
        if parse_number(phrase) == count and not phrase.isdigit():
            return "a number in words"
    for m in _K_FORM.finditer(text):
        value = float(m.group(1).replace(",", "."))
        unit = m.group(2).lower()
        scale = {"k": 1000, "thousand": 1000, "thsd": 1000, "ths": 1000, "lakh": 100000}.get(unit, 1_000_000)
        if round(value * scale) == count:
            return "a round form (1.2k, 2 lakh, 1,2 thousand)"
    for m in _HALF_THOUSAND.finditer(text):
        if m.group(1):
            value = (_SMALL[m.group(1).lower()] + 0.5) * {"thousand": 1000, "hundred": 100}.get(
                m.group(2).lower(), 10**6
            )
        else:
            value = 0.5 * (1000 if m.group(3).lower() == "thousand" else 10**6)
        if round(value) == count:
            return "a round form (1.2k, 2 lakh, 1,2 thousand)"
    numbers = []
    for m in _DIGITS.finditer(text):
        value = int(re.sub(r"\D", "", m.group(0)))
        if 1 < value < 10**7 and not 1950 <= value <= 2100:
            numbers.append(value)
    small = sorted(set(numbers))[:60]
    for r in (2, 3):
        if any(sum(part) == count for part in itertools.combinations(small, r)):
            return f"a sum of {r} numbers of the text"
    return None


def lines_of(text: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return out


def where_written(text: str, spot: int) -> str:
    """headline, caption (a short line with no full stop at its end) or body."""
    lines = [ln for ln in lines_of(text) if ln[2].strip()]
    for k, (start, end, line) in enumerate(lines):
        if start <= spot <= end:
            if k == 0:
                return "headline"
            stripped = line.strip()
            if len(stripped) < 160 and not stripped.endswith((".", "!", "?", ":", ";", '"', "”")):
                return "caption or short line"
            return "body"
    return "body"


def left_by(doc: Any, n: int, start: int, end: int) -> str:
    """Why ``find_cohorts`` left the count of people matched at [start, end) of sentence ``n`` (sentence offsets)."""
    from kgpart.extract.cohorts.not_cohorts import (
        _AWARDED,
        _NOT_COHORT,
        _NOT_STUDENTS,
        _OF_THEM_WHO,
        _THING_FOR,
        A_PROGRAMME,
        _alumni_or_payroll,
        _at_an_event,
        _yearly,
    )
    from kgpart.extract.cohorts.places import _cohort_at
    from kgpart.extract.cohorts.words import _cohort_matches

    sent = doc.sentences[n]
    match = next(
        (m for m in _cohort_matches(sent.text, sent.text.lower()) if m.start("num") <= start < m.end("num")),
        None,
    )
    if match is None:
        return "not matched as a count of people"
    if _NOT_COHORT.search(sent.text, max(0, match.start() - 80), match.start()):
        return "a word of no cohort before it"
    if _at_an_event(sent.text, match.start(), match.end()):
        return "an event's audience"
    if _OF_THEM_WHO.match(match.group("who")):
        return "'N of them' (a part)"
    if _THING_FOR.match(match.group("who")):
        return "places or things for people"
    if _alumni_or_payroll(sent.text, match):
        return "alumni or payroll"
    if _NOT_STUDENTS.search(match.group("who")):
        return "officials or professionals"
    if _AWARDED.match(sent.text, match.end()):
        return "awarded scholarships"
    if _yearly(sent.text, match.start(), match.end()) and A_PROGRAMME.search(sent.text):
        return "a programme's yearly flow"
    if _cohort_at(doc, n, sent.start + match.start(), sent.start + match.end()) is None:
        return "no place found"
    return "a programme's participants or later dropped"


def shape(sentence: str, m_start: int, m_end: int, gold: dict[str, Any]) -> str:
    """The count's sentence shape, the first that fits."""
    after = sentence[m_end : m_end + 60]
    before = sentence[max(0, m_start - 40) : m_start]
    low = sentence.lower()
    if gold.get("status") == "planned" or re.search(r"\bquotas?\b", low):
        return "planned or a quota"
    if re.match(r"\s*(?:%|per\s*cent|percent)", after, re.I) or re.search(r"\d\s*(?:%|per\s*cent)", sentence):
        return "a sentence of shares (%)"
    if re.search(
        r"\b(?:of\s+whom|of\s+which|among\s+them|among\s+whom|including)\s+(?:\w+\s+){0,2}$", before, re.I
    ) or re.match(r"\s+of\s+(?:them|whom)\b", after, re.I):
        return "a part: of whom N, including N, N of them"
    if re.search(r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?\s*(?:[-–—:]|\()\s*$", before) or re.match(
        r"\s*(?:\)|\(\s*[A-Z])", after
    ):
        return "a table-like list: China - 40, India (25)"
    if _TOTAL.search(before) or re.search(
        r"\b(?:is|was|are|were|stood\s+at|reached)\s+(?:\w+\s+){0,2}$", before
    ):
        return "the number of ... is N, a total of N"
    words = " ".join(after.split()[:5])
    for kind, pattern in _WHO_KINDS:
        if re.search(rf"\b{pattern}\b", words, re.I):
            return f"a word of people after it: {kind}"
    if _NATIONALS_AFTER.match(after.strip()):
        return "a word of people after it: nationals"
    if re.match(r"\s+(?:from|of)\s+[A-Z]", after):
        return "N from X, no word of people"
    if re.match(
        r"\s+(?:\w+\s+){0,2}(?:are|were|is|have|had|study|studied|came|arrived|enrolled|went)\b", after
    ):
        return "a bare count before a verb"
    return "other"


_FUNCTION_WORDS = frozenset(
    re.findall(
        r"\w+",
        "from of in at to and or who are were is was have has had will would study studied studying came arrived "
        "enrolled went each per a the for with by on this that students people",
    )
)


def next_word(sentence: str, end: int) -> str:
    """The word after a count as a class: a function word itself, else its look (capital, lower, punctuation)."""
    m = re.match(r"\s*([\w’'\-]+|\S)", sentence[end:])
    if m is None:
        return "end of sentence"
    word = m.group(1)
    if word.lower() in _FUNCTION_WORDS:
        return f"'{word.lower()}'"
    if not word[0].isalnum():
        return "punctuation"
    return "a capitalised word" if word[0].isupper() else "a lower-case word"


def place_told(doc: Any, text: str, n: int, spot: int, at: str | None, gold: dict[str, Any]) -> str:
    """Where the gold's place is written against the count: none, in its sentence before or after it, a sentence
    before, later, or not found as written (an alias of the gold or a generic phrase)."""
    if not at:
        return "none (any place matches)"
    names = [at]
    for org in gold.get("organizations") or []:
        if isinstance(org, dict) and org.get("name") == at:
            names += [a for a in org.get("aliases") or [] if a]
    from kgpart.extract.countries import country_of

    kind = "country" if country_of(at) and len(at.split()) <= 4 else "institution or phrase"
    low = text.lower()
    sent = doc.sentences[n]
    hits = [
        i
        for name in names
        if len(name) > 2
        for i in [m.start() for m in re.finditer(re.escape(name.lower()), low)]
    ]
    if not hits:
        return f"{kind}, not written as named"
    if any(sent.start <= i < spot for i in hits):
        return f"{kind}, in its sentence before the count"
    if any(spot < i < sent.end for i in hits):
        return f"{kind}, in its sentence after the count"
    if any(i < sent.start for i in hits):
        return f"{kind}, in an earlier sentence"
    return f"{kind}, only later"


def main(argv: list[str] | None = None) -> None:
    import labelled_sets as ls  # the sets, the held-out set it refuses, the cache it reads

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("label")
    ap.add_argument("sets", nargs="+", type=ls.set_name, metavar="SET", help=" ".join(ls.SETS))
    ap.add_argument("--by-set", action="store_true", help="also print each class per set")
    args = ap.parse_args(argv)

    from kgpart.extract.article import text_to_article
    from kgpart.extract.cohorts import NAMES_PEOPLE, find_cohorts
    from kgpart.extract.doc import Doc
    from kgpart.extract.entities import find_all_orgs, find_all_persons, resolve_acronyms
    from kgpart.extract.furniture import without_furniture

    sc = ls.scorer()
    total: Counter[str] = Counter()
    per: dict[str, Counter[str]] = {}
    for s in args.sets:
        c = per.setdefault(s, Counter())
        for _, gold, pred, text_path in ls.load(args.label, s):
            gcs = [g for g in gold.get("cohorts") or [] if isinstance(g, dict)]
            pcounts = Counter(p.get("count") for p in pred.get("cohorts") or [] if isinstance(p, dict))
            c["gold"] += len(gcs)
            missed = []
            for g in gcs:
                if g.get("count") is None:
                    c["gold without a count"] += 1
                elif pcounts[g["count"]] > 0:
                    pcounts[g["count"]] -= 1
                    c["gold whose count we emit"] += 1
                else:
                    missed.append(g)
            if not missed:
                continue
            body, _url, _published = sc.read_article(Path(text_path))
            text = text_to_article(body).text
            doc = Doc.read(without_furniture(text), None)
            mentions = find_all_orgs(doc)
            resolve_acronyms(doc, mentions)
            find_all_persons(doc, mentions)
            rules = {x.count for x in find_cohorts(doc)}
            ours_prog = {
                ((p.get("participants") or {}) or {}).get("count") for p in pred.get("programmes") or []
            }
            for g in missed:
                count = g["count"]
                c["missed"] += 1
                spots = count_spots(text, count)
                if not spots:
                    form = unread_form(text, count)
                    c[f"1 not as written: {form or 'nowhere in the text'}"] += 1
                    continue
                furniture = without_furniture(text)
                body_spots = [
                    m
                    for m in spots
                    if where_written(text, m.start()) == "body" and furniture[m.start()] != " "
                ]
                if not body_spots:
                    places = {where_written(text, m.start()) for m in spots}
                    if furniture and all(furniture[m.start()] == " " for m in spots):
                        c["2 written only in the furniture"] += 1
                    elif "headline" in places and len(places) == 1:
                        c["2 written only in the headline"] += 1
                    else:
                        c["2 written only in a caption or short line (or headline)"] += 1
                    continue
                if count in rules:
                    why = "a programme's count of ours" if count in ours_prog else "not a programme's"
                    c[f"3a read by the rules, dropped later ({why})"] += 1
                    continue
                reasons = []
                for m in body_spots:
                    n = doc.sentence_at(m.start())
                    sent = doc.sentences[n]
                    reasons.append((left_by(doc, n, m.start() - sent.start, m.end() - sent.start), m, n))
                read = [r for r in reasons if r[0] != "not matched as a count of people"]
                if read:
                    c[f"3b matched as people, left: {read[0][0]}"] += 1
                    if count in ours_prog:
                        c["3b   of which a programme's count of ours"] += 1
                    if read[0][0] == "no place found":
                        m, n = read[0][1], read[0][2]
                        c[
                            f"3b   no place; gold place: {place_told(doc, text, n, m.start(), g.get('at'), gold)}"
                        ] += 1
                    continue
                m, n = reasons[0][1], reasons[0][2]
                sent = doc.sentences[n]
                kind = shape(sent.text, m.start() - sent.start, m.end() - sent.start, g)
                c[f"3c not read, shape: {kind}"] += 1
                if kind == "other":
                    c[f"3c   other, then: {next_word(sent.text, m.end() - sent.start)}"] += 1
                c[f"3c   gold place: {place_told(doc, text, n, m.start(), g.get('at'), gold)}"] += 1
                if count in ours_prog:
                    c["3c   with: a programme's count of ours"] += 1
                if NAMES_PEOPLE.search(sent.text):
                    c["3c   with: a word of people in the sentence"] += 1
                if _STUDY_VERB.search(sent.text):
                    c["3c   with: a verb of study, arrival or enrolment"] += 1
                if _PART.search(sent.text):
                    c["3c   with: of whom / including / among them"] += 1
                if len(body_spots) > 1:
                    c["3c   with: the count written more than once"] += 1
        total.update(c)
    print(
        f"gold {total['gold']}  without a count {total['gold without a count']}  count emitted "
        f"{total['gold whose count we emit']}  missed {total['missed']}"
    )
    for key in sorted(k for k in total if k[:1].isdigit()):
        row = f"{total[key]:>5}  {key}"
        if args.by_set:
            row += "   " + " ".join(f"{s}={per[s][key]}" for s in args.sets if per[s][key])
        print(row)


if __name__ == "__main__":
    main()
