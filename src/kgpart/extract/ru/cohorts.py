"""Cohorts in Russian: how many people, who they are, from where, at which institution.

Read from the grammar of the sentence rather than from fixed phrases. A count is a number
(digits, "1 200", "1,5 тыс.", "2 тысяч", number words) followed by a noun phrase in the genitive
plural whose head counts people ("студентов", "граждан Узбекистана", "казахстанцев"), its
adjectives telling their country ("казахстанских"); or "число/количество студентов ...
достигло/превысило/составляет N". The sentence's verb gives the status (обучаются, учатся,
проходят обучение: studying; окончили, прошли стажировку: completed; приедут, будут: planned);
a sentence without one counts nothing. The place is the institution named in the sentence, the
article's own institution for "в университете"/"в вузе", or a country ("в российских вузах").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kgpart.extract.record import Cohort
from kgpart.extract.ru.document import RuDoc
from kgpart.extract.ru.lexicon import NUMBER_WORDS, city_by_lemma, country_by_lemma
from kgpart.extract.ru.nlp import lemma, parses, tokens

#: Nouns (lemmas) that count people.
WHO = frozenset(
    [
        "студент",
        "магистрант",
        "докторант",
        "аспирант",
        "бакалавр",
        "слушатель",
        "преподаватель",
        "учёный",
        "исследователь",
        "школьник",
        "выпускник",
        "гражданин",
        "стажёр",
        "абитуриент",
        "специалист",
        "учащийся",
        "обучающийся",
        "человек",
        "чел",
        "педагог",
        "сотрудник",
        "иностранец",
        "ребята",
    ]
)
#: Nouns naming the people of a country (lemmas).
DEMONYMS = {
    "казахстанец": "Kazakhstan",
    "казах": "Kazakhstan",
    "узбекистанец": "Uzbekistan",
    "узбек": "Uzbekistan",
    "кыргызстанец": "Kyrgyzstan",
    "киргиз": "Kyrgyzstan",
    "таджикистанец": "Tajikistan",
    "таджик": "Tajikistan",
    "туркмен": "Turkmenistan",
    "туркменистанец": "Turkmenistan",
    "азербайджанец": "Azerbaijan",
    "белорус": "Belarus",
    "россиянин": "Russia",
    "китаец": "China",
    "монгол": "Mongolia",
    "индиец": "India",
    "вьетнамец": "Vietnam",
    "египтянин": "Egypt",
    "иранец": "Iran",
    "афганец": "Afghanistan",
}
_STUDENTS = frozenset(
    {"студент", "магистрант", "докторант", "аспирант", "бакалавр", "слушатель", "обучающийся"}
)
_STUDENT_WORD = re.compile(r"\b(?:студент|магистрант|докторант|аспирант|бакалавр|слушател|обучающ)", re.I)
_PREPOSITIONS = frozenset({"из", "для", "с", "со", "на", "по", "о", "об", "к", "от", "до"})
_STATE_WORDS = frozenset({"республика", "федерация", "королевство"})
_COUNT_NOUNS = frozenset({"число", "количество", "численность", "контингент"})
_REACHED = frozenset(
    [
        "достигнуть",
        "достигать",
        "превысить",
        "превышать",
        "составить",
        "составлять",
        "насчитывать",
        "увеличиться",
        "вырасти",
    ]
)
_WORD_VALUES: dict[str, float] = {**NUMBER_WORDS, "полтора": 1.5}
_MULTIPLIERS = {"тыс": 1000, "тысяча": 1000, "млн": 1_000_000, "миллион": 1_000_000}

_STUDYING = re.compile(
    r"\b(обуча\w+|учатся|учится|получа\w+\s+(?:образовани|знани)\w+|проход\w+\s+(?:обучени\w+|стажировк\w+|подготовк\w+)|"
    r"(?:обучени\w+|стажировк\w+)\s+проход\w+|(?:образовани|знани)\w*\s+получа\w+|на\s+обучении\s+(?:[\w-]+\s+){0,3}?наход\w+|"
    r"стажиру\w+|занима\w+|поступил\w*|поступа\w+|зачислен\w*|зачислил\w*)",
    re.I,
)
_COMPLETED = re.compile(
    r"\b(окончил\w*|заверш\w+|выпущен\w*|прошл\w+\s+(?:обучени\w+|стажировк\w+|подготовк\w+|курс\w*)|"
    r"защитил\w*|получил\w*\s+диплом\w*|подготовил\w*|выпустил\w*)",
    re.I,
)
# people at work, not in study: "в вузе работают 12 преподавателей из Китая"
_ACTIVE = re.compile(r"\b(работа(?:ют|ет|ли|л)|преподают|преподаёт|преподает|трудятся)\b", re.I)
_PASSED = re.compile(r"\bпрошл(?:и|а|о)?\b", re.I)
_TRAINING = re.compile(r"\b(?:стажировк|обучени|курс|подготовк)", re.I)
_PLANNED = re.compile(
    r"\b(будут|планиру\w+|смогут|приед\w+|направ(?:ят|ит|ятся|лены|лен|ляются)\b|прибуд\w+|поступ(?:ят|ит|ать)\b|"
    r"(?:у|по)ед(?:ут|ет)|отправ(?:ят|ит)\w*)",
    re.I,
)
_GENERIC_HOME = re.compile(
    r"\b(?:в|во)\s+(?:нашем\s+|этом\s+|данном\s+|стенах\s+)?(университет\w*|вуз\w*|академи\w+|институт\w*)\b",
    re.I,
)
_PLACE_TYPES = ("University", "School", "ResearchInstitute", "Faculty", "Centre", "Other")

Token = tuple[int, int, str]


@dataclass
class _Count:
    value: int
    end: int  # index of the token after the number


def status_of(sentence: str) -> str | None:
    """What the sentence's verb says of the people counted (None: it says nothing of study)."""
    if _COMPLETED.search(sentence) or (_PASSED.search(sentence) and _TRAINING.search(sentence)):
        return "completed"  # "прошли стажировку", "стажировку ... прошли 15 преподавателей"
    if _PLANNED.search(sentence):
        return "planned"
    if _STUDYING.search(sentence):
        return "studying"
    if _ACTIVE.search(sentence):
        return "active"
    return None


def number_at(toks: list[Token], i: int) -> _Count | None:
    """The number that starts at token ``i``: "300", "1 200", "1,5 тыс.", "2 тысяч", "двадцать пять"."""
    text = toks[i][2]
    if re.fullmatch(r"\d+(?:[.,]\d+)?", text):
        j = i + 1
        digits = text
        while j < len(toks) and re.fullmatch(r"\d{3}", toks[j][2]) and "," not in digits:
            digits, j = digits + toks[j][2], j + 1
        value = float(digits.replace(",", "."))
        if j < len(toks) and (factor := _MULTIPLIERS.get(lemma(toks[j][2]))):
            value, j = value * factor, j + 1
            if j < len(toks) and toks[j][2] == ".":
                j += 1
        return _Count(int(value), j) if value == int(value) else None
    total: float = 0
    j = i
    while j < len(toks) and (word_value := _WORD_VALUES.get(lemma(toks[j][2]), 0)):
        total = total * word_value if word_value >= 1000 and total else total + word_value
        j += 1
    return _Count(int(total), j) if total and total == int(total) else None


def _people(toks: list[Token], i: int) -> tuple[int, str, str | None] | None:
    """The people a count counts, from token ``i``: (index of their noun, who, country); "1 200 —
    граждане Казахстана": after a dash too."""
    country = None
    if i + 1 < len(toks) and toks[i][2] in ("—", "–") and lemma(toks[i + 1][2]) in WHO:
        i += 1
    for j in range(i, min(i + 4, len(toks))):
        word = toks[j][2]
        base = lemma(word)
        if base in WHO or base in DEMONYMS or word.lower().startswith("обучающ"):
            return j, _plural(word), DEMONYMS.get(base) or country
        head, _, demonym = word.partition("-")  # "студентов-казахстанцев": who, and from where
        if demonym and lemma(head) in WHO and lemma(demonym) in DEMONYMS:
            return j, _plural(head), DEMONYMS[lemma(demonym)]
        if not any(p.tag.POS in ("ADJF", "PRTF") for p in parses(word)[:2]):
            return None
        country = country or country_by_lemma(base)
    return None


def _plural(word: str) -> str:
    if word.lower().startswith("обучающ"):
        return "обучающиеся"
    if lemma(word) == "чел":  # "350 чел."
        return "люди"
    for parse in parses(word):
        if parse.tag.POS == "NOUN":
            form = parse.inflect({"plur", "nomn"})
            if form is not None:
                return str(form.word)
    return word.lower()


def _origin(toks: list[Token], noun: int, sentence: str) -> str | None:
    """ "студентов из Казахстана", "граждан Узбекистана", "граждан Республики Казахстан", "из
    Кыргызской Республики", else "из X" anywhere in ``sentence`` (the count's clause)."""
    after = [t for t in toks[noun + 1 : noun + 4] if lemma(t[2]) not in _STATE_WORDS]
    if after and after[0][2].lower() == "из" and len(after) > 1:
        return country_by_lemma(lemma(after[1][2]))
    if after and lemma(toks[noun][2]) == "гражданин":
        return country_by_lemma(lemma(after[0][2]))
    found = re.search(r"\b(?:[Ии]з|для)\s+([А-ЯЁ][\w-]+)", sentence)
    return country_by_lemma(lemma(found.group(1))) if found else None


def _place(
    doc: RuDoc, n: int, sentence: str, home: int | None = None, clause: tuple[int, int] | None = None
) -> str | None:
    """Where the people are: the institution or country the sentence puts them in ("в КазНУ", "в
    Казахстане"), another institution of the sentence, the article's own, or a country of
    institutions ("в российских вузах"); never ``home``, the institution they come from.
    ``clause``: the span of the sentence (offsets into it) to look in, the clause of the count."""
    lo, hi = clause or (0, len(sentence))
    sentence = sentence[lo:hi]
    base = doc.sents[n][0]
    in_clause = {m.index for m in doc.org_mentions if base + lo <= m.start < base + hi}
    named = [i for i in doc.orgs_in(n) if doc.orgs[i].name and i != home and i in in_clause]
    fitting = [i for i in named if doc.orgs[i].type in _PLACE_TYPES]
    inside = [i for i in fitting if _after_in(doc, i, n)]
    if inside:
        return doc.orgs[inside[0]].name
    for match in _IN_NAME.finditer(sentence):
        if named_country := country_by_lemma(lemma(match.group(1))):
            return named_country
    if fitting:
        return doc.orgs[fitting[0]].name
    country = re.search(r"\b(?:в|во)\s+(?:вузах|университетах)\s+([А-ЯЁ][\w-]+)", sentence) or re.search(
        r"\b(?:в|во)\s+([а-яё]+ских)\s+(?:вузах|университетах)", sentence, re.I
    )
    if country:
        return country_by_lemma(lemma(country.group(1)))
    first = doc.first_org()
    if (
        first is not None
        and first != home
        and (_GENERIC_HOME.search(sentence) or _SUBJECT_HOME.search(sentence))
    ):
        return doc.orgs[first].name or None
    return None


_IN_NAME = re.compile(r"\b[Вв]о?\s+([А-ЯЁ][\w-]+)")
# "университет принимает ... студентов": the institution the article is about, as the subject
_SUBJECT_HOME = re.compile(r"^(?:[\w-]+\s+){0,2}?(?:университет|вуз)\s", re.I)
_GENERIC_UNIT = frozenset({"университет", "вуз", "академия", "институт"})


def _after_in(doc: RuDoc, index: int, n: int) -> bool:
    """Whether an institution is named right after "в"/"во" in sentence ``n``."""
    start, end, _ = doc.sents[n]
    return any(
        m.index == index
        and start <= m.start < end
        and re.search(r"\bв[о]?\s+$", doc.text[start : m.start], re.I)
        for m in doc.org_mentions
    )


def _home(doc: RuDoc, n: int, toks: list[Token], noun: int | None) -> int | None:
    """The institution the counted people belong to, named in the genitive right after them
    ("студентов Омского университета", "студентов университета": the article's own)."""
    if noun is None or noun + 1 >= len(toks):
        return None
    follows = doc.sents[n][0] + toks[noun + 1][0]
    named = next((m.index for m in doc.org_mentions if m.start == follows), None)
    if named is not None:
        return named
    word = toks[noun + 1][2]
    if word.islower() and lemma(word) in _GENERIC_UNIT and any("gent" in p.tag for p in parses(word)[:1]):
        return doc.first_org()
    return None


def _main_place(doc: RuDoc, home: int | None) -> str | None:
    """Where people counted without a place study: the institution the article is about ("25
    студентов из Казахстана обучаются на бюджетной основе"), unless they are its own."""
    first = doc.first_org()
    if first is None or first == home or doc.orgs[first].type not in _PLACE_TYPES:
        return None
    return doc.orgs[first].name or None


def find_cohorts(doc: RuDoc) -> list[Cohort]:
    """Every count of people the article's sentences give, with their status and place."""
    out: list[Cohort] = []
    for n, (_, _, sentence) in enumerate(doc.sents):
        status = status_of(sentence) or ("studying" if _counts_reached(sentence) else None)
        if status is None and not _STUDENT_WORD.search(sentence):
            continue
        toks = tokens(sentence)
        for found in _counts(toks, sentence):
            home = _home(doc, n, toks, found.noun)
            clause = _clause(sentence, toks[found.noun][0]) if found.noun is not None else None
            place = (
                (clause and _place(doc, n, sentence, home, clause))
                or _place(doc, n, sentence, home)
                or _main_place(doc, home)
            )
            if clause and (own := status_of(sentence[clause[0] : clause[1]])):
                status = own  # "300 студентов обучаются ..., а 15 преподавателей прошли стажировку"
            if status is None and not (found.bare and place):
                continue
            country = found.country
            if country is None and home is not None and place:  # "студенты КФУ учатся в Казахстане"
                country = doc.orgs[home].country
            if any(c.count == found.value and c.at == place and c.evidence == doc.evidence(n) for c in out):
                continue  # "в том числе 200 казахов": one count read by two constructions
            out.append(Cohort(found.value, found.who, place, country, status or "studying", doc.evidence(n)))
    for n, (_, _, sentence) in enumerate(doc.sents):
        if _STUDYING_GROUP.search(sentence):
            _countless(doc, n, sentence, out)
    return out


#: A group of a country's people studying somewhere, with no number: "о гражданах Казахстана, находящихся на
#: обучении в Омске", "казахстанских студентов, обучающихся в омских вузах", "студенты из Узбекистана, которые
#: учатся в Казани".
_STUDYING_GROUP = re.compile(
    r"(?:(?P<adj>[а-яё]+(?:ских|ские|ским|скими|цких|цкие))\s+)?"
    r"(?P<group>граждан\w*|студент\w*|магистрант\w*|аспирант\w*|учащ\w+|молод[её]ж\w*)"
    r"(?:\s+(?:из\s+)?(?P<origin>[А-ЯЁ][\w-]+))?,?\s+(?:котор\w+\s+)?"
    r"(?:находящ\w+\s+на\s+обучении|наход\w+\s+на\s+обучении|обучающ\w+|обучаются|обучались|учащ\w+|учатся|"
    r"учились|получающ\w+\s+(?:высшее\s+)?образование)\s+(?:в|во)\s+(?P<place>[^,.;:]{2,80})",
    re.IGNORECASE,
)
#: Institutions of a city, by its adjective: "омских вузов", "казанские университеты".
_CITY_HOSTS = re.compile(
    r"\b([а-яё]+ск)(?:их|ие|им|ими)\s+(вуз|университет)(?:ов|ы|ам|ами|ах)\b", re.IGNORECASE
)


def _countless(doc: RuDoc, n: int, sentence: str, out: list[Cohort]) -> None:
    """A group of one country's people studying at a place, with no number: a cohort of no count."""
    for match in _STUDYING_GROUP.finditer(sentence):
        if match.group("adj") is None and match.group("origin") is None:
            continue
        before = sentence[max(0, match.start() - 25) : match.start()]
        if re.search(r"\d|\b(?:число|количество|численность)\w*\s+$", before):
            continue  # "300 казахстанских студентов": counted, read above
        origin = None
        if match.group("origin"):
            origin = country_by_lemma(lemma(match.group("origin")))
        if origin is None and match.group("adj"):
            origin = country_by_lemma(lemma(match.group("adj")))
        at = _countless_place(doc, n, sentence, match)
        if origin is None or at is None or at == origin:
            continue
        if any(c.from_country == origin and (c.at or "").lower() == at.lower() for c in out):
            continue
        if any(
            c.count is not None and c.from_country == origin and c.evidence == doc.evidence(n) for c in out
        ):
            continue  # the group counted in the same sentence
        who = _plural(match.group("group"))
        out.append(Cohort(None, who, at, origin, "studying", doc.evidence(n)))


def _countless_place(doc: RuDoc, n: int, sentence: str, match: re.Match[str]) -> str | None:
    """Where the group studies: the institution named after "в", a country, the institutions of a city (named
    as such in the sentence: "омских вузов" for "в Омске") else the city's country, or the country of "российских
    вузах"."""
    base = doc.sents[n][0]
    pos = base + match.start("place")
    for m in doc.org_mentions:
        if pos <= m.start <= pos + 2 and doc.orgs[m.index].name:
            return doc.orgs[m.index].name
    place = match.group("place")
    words = place.split()
    hosts = re.match(r"([а-яё]+)(?:их|ие|им|ими)\s+(?:вуз|университет)\w*", place, re.IGNORECASE)
    if hosts is not None:
        country = country_by_lemma(lemma(words[0]))
        return (
            country or f"{hosts.group(1).lower()}ие {'вузы' if 'вуз' in words[1].lower() else 'университеты'}"
        )
    if not words[0][:1].isupper():
        return None
    name = lemma(words[0])
    country = country_by_lemma(name)
    if country is not None:
        return country
    for city in _CITY_HOSTS.finditer(sentence):  # "представителей омских вузов ... в Омске"
        if name.lower().startswith(city.group(1).lower()):
            return f"{city.group(1).lower()}ие {'вузы' if city.group(2).lower() == 'вуз' else 'университеты'}"
    return city_by_lemma(name)  # "в Томске": the city's country, as for counted cohorts in English


# where one clause of a sentence ends and another, about other people or another place, begins
_CLAUSE_BREAK = re.compile(r";|,\s+(?:а|но|тогда\s+как|в\s+то\s+время\s+как|при\s+этом)\s|\s[—–]\s+а\s")


def _clause(sentence: str, at: int) -> tuple[int, int] | None:
    """The span of the clause holding offset ``at`` ("в университете обучаются 300 студентов из
    Венгрии, а восемь магистрантов проходят стажировку в X": two clauses), None for one clause."""
    cuts = [m.start() for m in _CLAUSE_BREAK.finditer(sentence)]
    if not cuts:
        return None
    starts = [0, *(c + 1 for c in cuts)]
    ends = [*cuts, len(sentence)]
    return next(((a, b) for a, b in zip(starts, ends, strict=True) if a <= at < b), None)


def _counts_reached(sentence: str) -> bool:
    words = [lemma(w) for w in re.findall(r"[А-Яа-яЁё]+", sentence)]
    return bool(_COUNT_NOUNS & set(words)) and bool(_REACHED & set(words))


@dataclass
class _Found:
    """A count of people: how many, who, from which country; ``bare``: students counted with no
    preposition before the number; ``noun``: the token of the people counted."""

    value: int
    who: str
    country: str | None
    bare: bool
    noun: int | None = None


def _counts(toks: list[Token], sentence: str) -> list[_Found]:
    """Each count of people in the sentence's tokens. A bare count ("в вузе 500 студентов из
    Казахстана", not "делегация из 5 студентов", "для 20 студентов") counts even without a verb."""
    out = _reached(toks, sentence) if _counts_reached(sentence) else []
    if out:  # "число студентов ... превысило 1 500 человек": the noun after the number only measures
        return out
    of_them = _of_them(sentence)
    out += of_them
    i = 0
    while i < len(toks):
        count = number_at(toks, i)
        if count is None:
            i += 1
            continue
        start, i = i, count.end  # past the whole number ("1 200", "двадцать пять")
        people = None if _is_year(toks, count) else _people(toks, count.end) or _people_before(toks, start)
        if people:
            noun, who, country = people
            before = toks[start - 1][2].lower() if start else ""
            # "казахстанцев — 1 200 человек": people counted among students are students
            base = lemma(toks[noun][2])
            student = base in _STUDENTS or (
                (base in ("человек", "чел", "гражданин") or base in DEMONYMS)
                and bool(_STUDENT_WORD.search(sentence))
            )
            bare = student and (before not in _PREPOSITIONS or noun < start)
            if country is None and lemma(toks[noun][2]) in ("человек", "чел"):
                country = _demonym_before(toks, start)
            # the whole of "800 студентов, из них 300 — из Казахстана" is not from Kazakhstan
            span = _clause(sentence, toks[noun][0]) or (0, len(sentence))
            origin = country or _origin(toks, noun, "" if of_them else sentence[span[0] : span[1]])
            out.append(_Found(count.value, who, origin, bare, noun))
    return out


def _demonym_before(toks: list[Token], start: int) -> str | None:
    """ "больше всего казахстанцев — 1 200 человек": the people of a country named just before a count."""
    for j in range(start - 1, max(start - 4, -1), -1):
        if found := DEMONYMS.get(lemma(toks[j][2])):
            return found
    return None


_MODIFIERS = frozenset({"более", "свыше", "около", "почти", "порядка", "примерно", "больше", "уже"})


def _people_before(toks: list[Token], start: int) -> tuple[int, str, str | None] | None:
    """The people named before their count: "студенты из Казахстана — их более 300", "студентами,
    которых в вузе более 150", "студентов из Казахстана в ОмГУ — 120"."""
    k = start - 1
    while k >= 0 and toks[k][2].lower() in _MODIFIERS:
        k -= 1
    if k >= 0 and toks[k][2] in ("—", "–"):
        reach = 8  # "студентов из Казахстана в ОмГУ — 120": the noun a few words before the dash
    else:
        k = next((j for j in range(k, max(k - 4, -1), -1) if toks[j][2].lower() in ("их", "которых")), -1)
        reach = k
    if k < 0 or (k and toks[k - 1][2].lower() == "из"):
        return None  # "из которых 30 – казахстанцы": a part of them, read by _of_them
    for j in range(k - 1, max(k - 1 - reach, -1), -1):
        base = lemma(toks[j][2])
        if base in WHO or base in DEMONYMS:
            before = country_by_lemma(lemma(toks[j - 1][2])) if j else None
            return j, _plural(toks[j][2]), DEMONYMS.get(base) or before
        if toks[j][2] in (".", "!", "?", ";"):
            break
    return None


_OF_THEM = re.compile(
    r"\b(?:из\s+(?:них|которых)|в\s+том\s+числе)\s+(?:(?:более|свыше|около|почти|порядка)\s+)?"
    r"(\d[\d\s]*\d|\d+)\s*(?:[—–-]\s*)?(?:(?:из|граждан\w*)\s+([А-ЯЁ][\w-]+)|([а-яё]+))"
)


def _of_them(sentence: str) -> list[_Found]:
    """ "800 иностранных студентов, из них (в том числе) 300 — из Казахстана": the part from one country."""
    out: list[_Found] = []
    for match in _OF_THEM.finditer(sentence):
        # "из них 300 — из Казахстана", "из которых 30 – казахстанцы"
        country = (
            country_by_lemma(lemma(match.group(2))) if match.group(2) else DEMONYMS.get(lemma(match.group(3)))
        )
        if country:
            out.append(_Found(int(re.sub(r"\D", "", match.group(1))), "студенты", country, True))
    return out


def _is_year(toks: list[Token], count: _Count) -> bool:
    following = toks[count.end][2] if count.end < len(toks) else ""
    return lemma(following) in ("год", "г") or (1900 <= count.value <= 2100 and not following.isalpha())


def _reached(toks: list[Token], sentence: str) -> list[_Found]:
    """ "Число студентов из X ... достигло N": the count follows the verb, the people the noun."""
    lemmas = [lemma(t[2]) for t in toks]
    start = next((i for i, base in enumerate(lemmas) if base in _COUNT_NOUNS), None)
    verb = next((i for i, base in enumerate(lemmas) if base in _REACHED), None)
    if start is None or verb is None or verb < start:
        return []
    people = _people(toks, start + 1)
    if people is None:
        return []
    noun, who, country = people
    for i in range(verb + 1, min(verb + 4, len(toks))):
        count = number_at(toks, i)
        if count:
            return [_Found(count.value, who, country or _origin(toks, noun, sentence), False, noun)]
    return []
