"""Cooperation topics of a Russian article, in the nominative.

A topic is matched by the lemmas of its words, so every case and number of it counts
("международных стажировок", "международной стажировки", "международные стажировки"). Fields
listed after "в сфере", "в области", "по вопросам" and the questions discussed ("обсуждались
вопросы организации X и Y") are topics too: each genitive phrase is turned to the nominative
with its adjectives agreeing ("цифровых технологий" -> "цифровые технологии"), and an action
noun before it ("организации", "развития") gives way to what the action is about.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from kgpart.extract.record import Topic
from kgpart.extract.ru.document import RuDoc
from kgpart.extract.ru.names import head_index
from kgpart.extract.ru.nlp import lemma, parses

if TYPE_CHECKING:
    from pymorphy3.analyzer import Parse

#: Topics of the genre as lemma sequences (alternatives separated by "|"), with their label.
_TOPICS = (
    ("академический мобильность", "академическая мобильность"),
    ("студенческий обмен|обмен студент", "студенческий обмен"),
    ("обмен преподаватель", "обмен преподавателями"),
    ("совместный научный проект", "совместные научные проекты"),
    ("совместный научный исследование", "совместные научные исследования"),
    ("совместный исследование", "совместные исследования"),
    ("совместный проект", "совместные проекты"),
    ("двойной диплом|двудипломный", "двойной диплом"),
    ("международный стажировка", "международные стажировки"),
    ("подготовка кадр", "подготовка кадров"),
    ("научный сотрудничество", "научное сотрудничество"),
    ("повышение квалификация", "повышение квалификации"),
    ("русский язык", "русский язык"),
    ("искусственный интеллект", "искусственный интеллект"),
    ("цифровизация", "цифровизация"),
    ("гуманитарный сфера", "сотрудничество в гуманитарной сфере"),
    ("летний школа", "летние школы"),
    ("филиал", "филиал"),
    ("грант|стипендия", "стипендии"),
    ("учебный и научный литература", "учебная и научная литература"),
    ("совместный образовательный программа", "совместные образовательные программы"),
    ("научный конференция", "научные конференции"),
    ("обмен опыт", "обмен опытом"),
    ("академический обмен", "академический обмен"),
    ("культурный обмен|культурный связь", "культурный обмен"),
    ("дистанционный обучение|онлайн-обучение", "дистанционное обучение"),
    ("языковой подготовка", "языковая подготовка"),
    ("профориентационный работа", "профориентационная работа"),
    ("профориентационный мероприятие", "профориентационные мероприятия"),
    ("цифровой технология", "цифровые технологии"),
    ("информационный технология", "информационные технологии"),
    ("сельский хозяйство", "сельское хозяйство"),
    ("совместный магистратура", "совместная магистратура"),
    ("трудоустройство выпускник", "трудоустройство выпускников"),
)
_WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)?")

_FIELDS = re.compile(
    r"\b(?:в\s+(?:сфере|сферах|области|областях)|по\s+(?:вопросам|направлениям)|"
    r"(?:обсужд\w+|обсуди\w+|рассмотр\w+|затронут\w+|уделен\w*|уделил\w*|уделял\w*)\s+(?:также\s+)?"
    r"(?:вопрос|тем)\w*)\s+"
    r"([а-яё\s,-]+?)(?=[.;:!?»)\"“”]|\s[—–]|\s-\s|$)",
    re.I,
)
# Action nouns whose genitive complement is the topic: "организации обмена" is about "обмен".
_ACTIONS = frozenset(
    [
        "организация",
        "возможность",
        "ход",
        "реализация",
        "создание",
        "развитие",
        "расширение",
        "укрепление",
        "проведение",
        "осуществление",
        "налаживание",
        "установление",
        "подготовка",
        "внедрение",
        "поддержка",
        "открытие",
        "запуск",
        "тема",
        "ряд",
        "аспект",
        "перспектива",
        "изучение",
        "продвижение",
        "популяризация",
        "проблема",
        "направление",
        # nouns of value: "важность X", "необходимость X" are about X
        "важность",
        "значимость",
        "необходимость",
        "востребованность",
        "актуальность",
        "перспективность",
    ]
)
# "ключевые направления X", "новые возможности X": what they qualify is the action, not a field
_SCOPE_ADJECTIVES = frozenset(
    {"ключевой", "основной", "главный", "приоритетный", "важный", "актуальный", "новый", "дальнейший"}
)
_KEEP_ACTION = frozenset({"подготовка кадр", "подготовка специалист", "повышение квалификация"})
# "переговоры о перспективах сотрудничества", "договорились о проведении стажировок": about what
_ABOUT = re.compile(
    r"\b(?:переговор\w*|обсужд\w+|обсуди\w+|бесед\w+|договорил\w*|договорённост\w+|договоренност\w+|"
    r"речь\s+шла|говорил\w*)\s+(?:[а-яё]+\s+){0,2}?об?\s+([а-яё\s,-]+?)(?=[.;:!?»)\"“”]|\s[—–]|\s-\s|$)",
    re.I,
)
# a list ends at a stop, a closing quote ("...", - говорится в сообщении) or a dash (" - " too)
_LIST = r"([а-яё\s,-]+?)(?=[.;:!?»)\"“”]|\s[—–]|\s-\s|$)"
# what is discussed: the object of an active verb (accusative), the subject of a passive one
_DISCUSSED_ACTIVE = re.compile(
    rf"\b(?:обсудил\w*|обсудят|обсуждал[иа]?|рассмотрел\w*|затронул\w*)\s+(?!вопрос){_LIST}", re.I
)
# what an agreement is for: "направлен на развитие X", "предусматривает обмен студентами"
_AIMED = re.compile(
    rf"\b(?:направлен\w*\s+на|нацелен\w*\s+на|предусматрива\w+|предполага\w+|"
    rf"направлени\w*,?\s+(?:включая|в\s+том\s+числе))\s+{_LIST}",
    re.I,
)
# "отметил востребованность X", "подчеркнул важность X", "о необходимости X": X is what is valued
_VALUED = re.compile(
    rf"\b(?:востребованност|важност|значимост|актуальност|необходимост|перспективност)\w*\s+{_LIST}", re.I
)
# "за помощь в организации X", "содействие в проведении Y": the locative is what was helped with
_HELPED_IN = re.compile(rf"\b(?:помощ|содействи)\w*\s+в\s+(?!том\b|рамках|сфер|област){_LIST}", re.I)
# "готовность обеспечивать X", "намерены развивать Y": the object of what they are ready to do
_READY_TO = re.compile(
    r"\b(?:готовност\w*|готов[аы]?|намерен[аы]?|намерени\w*|стремлени\w*|планиру\w+)\s+"
    r"(?:и\s+(?:в\s+)?дальше\s+|впредь\s+)?(?:обеспеч(?:ива|и)|разви(?:ва)?|расшир(?:я|и)|укрепл?(?:я|и)|"
    rf"поддерж(?:ива|а)|реализо(?:выва|ва)|продолж(?:а|и)|наращива|нарасти)ть\s+{_LIST}",
    re.I,
)
_DISCUSSED_PASSIVE = re.compile(
    rf"\b(?:обсуждал(?:ись|ась|ся)|рассматривал(?:ись|ась|ся)|затрагивал(?:ись|ась|ся))\s+(?!вопрос){_LIST}",
    re.I,
)
# "сотрудничество по подготовке специалистов", "планы по организации экспедиций": "по" takes the
# dative; so do "интерес к X" and "внимание уделено X"
_BY = re.compile(
    r"\b(?:(?:сотрудничеств\w+|взаимодействи\w+|работ\w+|проект\w*|план\w*|мер\w*|школ\w*|курс\w*|"
    r"семинар\w*|тренинг\w*|олимпиад\w*|конференци\w*)\s+по|"
    r"интерес\w*\s+к|(?:уделен\w*|уделил\w*|уделял\w*))\s+"
    rf"(?!вопрос|направлен|тем[аеыу]?\b|особ|больш|внимани){_LIST}",
    re.I,
)
# "заинтересованность в развитии X", "готовность к сотрудничеству в подготовке Y": the locative
_INTERESTED_IN = re.compile(
    rf"\b(?:заинтересованност\w*|заинтересован\w*|готовност\w*|готов\w*)\s+(?:к\s+сотрудничеству\s+)?"
    rf"в\s+(?!том\b|рамках|сфер|област){_LIST}",
    re.I,
)
# "в таких сферах, как образование и медицина", "направления сотрудничества: X, Y": the nominative
_AS = re.compile(
    rf"\b(?:(?:в\s+|по\s+)?таки\w+\s+(?:сфер|област|направлени)\w*,?\s+как|"
    rf"(?:направлени[яе]|сфер[аы]|област[ии])\s+сотрудничества\s*(?::|[—–]|,\s*как)|"
    rf"(?:направлени|сфер|област)\w*\s+(?:сотрудничества|взаимодействия)\s+"
    rf"(?:станут|стали|являются|будут|остаются|определены)\s+|"
    rf"(?:по\s+)?(?:следующим\s+|основным\s+)?(?:направлени|сфер|област)\w*\s*:){_LIST.replace('(?=[.;:', '(?=[.;')}",
    re.I,
)
# "дальнейшее сотрудничество" says only that there is cooperation; a memorandum is a partnership
_VAGUE = frozenset(
    ["дальнейший", "взаимовыгодный", "двусторонний", "тесный", "плодотворный", "активный", "совместный"]
)
_NOT_TOPICS = frozenset(
    [
        "меморандум",
        "соглашение",
        "договор",
        "визит",
        "встреча",
        "делегация",
        "мероприятие",
        "направление",
        "ряд",
    ]
)
#: Words that alone name no field ("проекты", "мероприятия"), only with their complement.
_BARE = frozenset({"проект", "программа", "работа", "деятельность", "мероприятие", "план", "мера", "задача"})
_GENERIC = frozenset(
    {"сотрудничество", "вопрос", "вопросы", "встреча", "визит", "взаимодействие", "развитие"}
    | {"деятельность", "работа"}  # "совместная деятельность": cooperation, no field
)
_AFTER = re.compile(r"\s+(?:с|со|между|среди|в|во|на|для|при|из|у|к|от|по|за|через)\s+", re.I)
_CUE = re.compile(r"^(?:в|по)\s+(?:сфер\w*|област\w*|вопрос\w*|направлени\w*)\s+", re.I)
_SPLIT = re.compile(r",\s*(?:а\s+также\s+)?|\s+а\s+также\s+")


def _listings() -> tuple[tuple[re.Pattern[str], str], ...]:
    return (
        (_FIELDS, "gent"),
        (_ABOUT, "loct"),
        (_DISCUSSED_ACTIVE, "accs"),
        (_AIMED, "accs"),
        (_DISCUSSED_PASSIVE, "nomn"),
        (_BY, "datv"),
        (_INTERESTED_IN, "loct"),
        (_AS, "nomn"),
        (_VALUED, "gent"),
        (_HELPED_IN, "loct"),
        (_READY_TO, "accs"),
    )


def _compiled() -> list[tuple[list[list[str]], str]]:
    return [([alt.split() for alt in spec.split("|")], label) for spec, label in _TOPICS]


_PATTERNS = _compiled()
_LISTINGS = _listings()


def _contains(lemmas: list[str], wanted: list[str]) -> bool:
    n = len(wanted)
    return any(lemmas[i : i + n] == wanted for i in range(len(lemmas) - n + 1))


@lru_cache(maxsize=1 << 14)  # names and phrases repeat within and across articles
def topic_nominative(phrase: str, case: str = "gent") -> str:
    """A topic phrase in ``case`` (genitive unless told: "loct" after "о") in the nominative, its
    number kept and its adjectives agreeing.

    >>> topic_nominative("цифровых технологий")
    'цифровые технологии'
    >>> topic_nominative("подготовки кадров")
    'подготовка кадров'
    """
    words = phrase.lower().split()
    # "учебной и научной литературы": adjectives joined by "и" share the head noun
    plain = [w for w in words if w != "и"]
    at = head_index(plain)
    if at is None:
        return phrase.lower()
    head = words.index(plain[at], at)
    parse = _in_case(words[head], words[:head], case)
    if parse is None:
        return phrase.lower()
    number = "plur" if "plur" in parse.tag else "sing"
    noun = parse.inflect({"nomn", number})
    if noun is None:
        return phrase.lower()
    gender = next((g for g in ("masc", "femn", "neut") if g in noun.tag), None)
    wanted = {"nomn", number} | ({gender} if gender and number == "sing" else set())
    adjectives = [w if w == "и" else _agree(w, wanted, case) for w in words[:head]]
    return " ".join([*adjectives, str(noun.word), *words[head + 1 :]])


def _in_case(noun: str, adjectives: list[str], case: str) -> Parse | None:
    """The noun's reading in ``case``, in the number its adjectives show (plural if they are)."""
    plural = any("plur" in p.tag and case in p.tag for w in adjectives[:1] for p in parses(w)[:2])
    fitting = [p for p in parses(noun) if p.tag.POS == "NOUN" and case in p.tag]
    if adjectives:
        fitting.sort(key=lambda p: ("plur" in p.tag) != plural)
    return fitting[0] if fitting else None


def _agree(word: str, wanted: set[str], case: str = "gent") -> str:
    """A genitive adjective in the wanted nominative form ("высшего" -> "высшее").

    pymorphy3 keeps a superlative's degree when inflecting ("высшего" would become "высочайшее"),
    so a form that no longer shares the word's stem gives way to the regular endings.
    """
    for parse in parses(word):
        if parse.tag.POS in ("ADJF", "PRTF") and case in parse.tag:
            form = parse.inflect(wanted)
            if form is not None and str(form.word).startswith(
                re.sub(r"(?:ого|его|ому|ему|ой|ей|ыми|ими|ых|их|ым|им|ом|ем|ую|юю)$", "", word)
            ):
                return str(form.word)
            return _by_ending(word, wanted) if case == "gent" else word
    return word


_HUSHING = tuple("гкхжшщч")


def _by_ending(word: str, wanted: set[str]) -> str:
    stem, ending = word[:-3], word[-3:]
    if "plur" in wanted:
        return word[:-2] + ("ые" if word.endswith("ых") else "ие")
    if ending in ("ого", "его"):
        soft = ending == "его" or stem.endswith(_HUSHING)
        if "neut" in wanted:
            return stem + ("ее" if ending == "его" else "ое")
        return stem + ("ий" if soft else "ый")
    if word.endswith(("ой", "ей")):
        stem = word[:-2]
        return stem + ("яя" if word.endswith("ей") and not stem.endswith(_HUSHING) else "ая")
    return word


@lru_cache(maxsize=1 << 14)  # names and phrases repeat within and across articles
def _label(part: str, case: str = "gent") -> str | None:
    """One listed phrase as a topic label: the action noun dropped (what it acts on is genitive),
    the rest in the nominative; nothing for a bare generic word ("сотрудничество")."""
    # what follows a preposition is not part of the topic: "перспективы сотрудничества с вузом"
    words = _AFTER.split(_CUE.sub("", part))[0].split()
    if len(words) > 1 and _is_infinitive(words[0]):
        words = words[1:]  # "расширять X и развивать Y": the second verb of a list of things to do
    # "ход реализации меморандума": each action noun gives way to what it acts on (a genitive)
    if len(words) > 2 and lemma(words[0]) in _SCOPE_ADJECTIVES and lemma(words[1]) in _ACTIONS:
        words = words[1:]  # "ключевые направления совместной деятельности"
    while len(words) > 1 and lemma(words[0]) in _ACTIONS:
        if len(words) == 2 and lemma(words[1]) in _GENERIC:
            break  # "перспективы сотрудничества": nothing but the action to name it by
        if f"{lemma(words[0])} {lemma(words[1 + (head_index(words[1:]) or 0)])}" in _KEEP_ACTION:
            break  # "подготовка (инженерных) кадров" is the topic itself
        acted_on = _in_case(words[1 + (head_index(words[1:]) or 0)], [], "gent")
        if acted_on is not None and "anim" in acted_on.tag:
            break  # "поддержка иностранных студентов": an action on people is the topic itself
        words, case = words[1:], "gent"
    head_word = words[head_index(words) or 0] if words else ""
    head = _in_case(head_word, [], case) if words else None
    if head is None or "anim" in head.tag or "Apro" in parses(head_word)[0].tag:
        # not the case the construction wants, people ("уделено гостям") or a pronoun ("важность того, что")
        return None
    label = topic_nominative(" ".join(words), case)
    lemmas = [lemma(w) for w in label.split()]
    vague = lemmas[-1] in _GENERIC and all(w in _VAGUE for w in lemmas[:-1])
    if not 3 <= len(label) <= 60 or len(lemmas) > 4 or vague or lemmas[0] in _NOT_TOPICS:
        return None
    if len(lemmas) == 2 and lemmas[0] in _ACTIONS and lemmas[1] in _NOT_TOPICS:
        return None  # "помощь в организации встречи": the event itself, no field
    if any(p.tag.POS == "NPRO" or "Apro" in p.tag for w in words[:-1] for p in parses(w)[:1]):
        return None  # "значимость этого события": what it points at is named elsewhere
    if len(lemmas) == 1 and (lemmas[0] in _BARE or lemmas[0] in _ACTIONS):
        return None  # "реализации проектов": which projects, the words after them say
    return label


def _is_infinitive(word: str) -> bool:
    found = parses(word)
    return bool(found) and found[0].tag.POS == "INFN"


def _phrases(listing: str) -> list[str]:
    """The phrases of a list: "и" joins two phrases, unless what precedes it has no noun yet
    ("учебной и научной литературы" is one phrase, "обмена и стажировок" two)."""
    out: list[str] = []
    for piece in _SPLIT.split(listing):
        pending = ""
        for part in re.split(r"\s+и\s+", piece.strip(" -")):
            pending = f"{pending} и {part}" if pending else part
            if _ends_in_noun(pending):
                out.append(pending)
                pending = ""
        if pending:
            out.append(pending)
    return [p for p in out if p]


def _ends_in_noun(phrase: str) -> bool:
    words = phrase.split()
    if head_index(words) is None:
        return False
    found = parses(words[-1])
    return bool(found) and found[0].tag.POS == "NOUN"


def _canonical(label: str) -> str | None:
    """The genre topic a listed phrase words differently ("обмен студентами": "студенческий обмен")."""
    lemmas = [lemma(w) for w in _WORD.findall(label)]
    return next((name for alts, name in _PATTERNS if any(lemmas == a for a in alts)), None)


def find_topics(doc: RuDoc) -> list[Topic]:
    """The genre's topics the article names, then the fields and questions it lists."""
    out: list[Topic] = []
    labels: set[str] = set()

    def add(label: str, n: int) -> None:
        if label not in labels:
            labels.add(label)
            out.append(Topic(label, doc.evidence(n)))

    sentence_lemmas = [[lemma(w) for w in _WORD.findall(s)] for _, _, s in doc.sents]
    in_text = {w for ls in sentence_lemmas for w in ls}  # most topics are absent: skip them at once
    for alternatives, label in _PATTERNS:
        present = [a for a in alternatives if set(a) <= in_text]
        n = next(
            (n for n, ls in enumerate(sentence_lemmas) if present and any(_contains(ls, a) for a in present)),
            None,
        )
        if n is not None:
            add(label, n)
    for n, lemmas in enumerate(sentence_lemmas):  # "казахского языка", "на узбекском языке": a language
        for before, word in pairwise(lemmas):
            if word == "язык" and before.endswith(("ский", "цкий")):
                add(f"{before} язык", n)
    for n, (_, _, sentence) in enumerate(doc.sents):
        for pattern, case in _LISTINGS:
            for match in _matches(pattern, sentence):
                for part in _phrases(match.group(1)):
                    found = _label(part, case)
                    if found and not any(found in known or known in found for known in labels):
                        add(_canonical(found) or found, n)
                    if _AFTER.search(part):
                        break  # the list went on inside a dependent phrase ("в сфере X, Y"): its own match
        for label in _adjective_fields(sentence):
            if not any(label in known or known in label for known in labels):
                add(label, n)
    return out


def _matches(pattern: re.Pattern[str], sentence: str) -> list[re.Match[str]]:
    """Every match of a listing cue, a cue inside an earlier match's list included ("обсудили
    вопросы сотрудничества в сфере X": the list of "вопросы" holds "в сфере X")."""
    out: list[re.Match[str]] = []
    pos = 0
    while (match := pattern.search(sentence, pos)) is not None:
        out.append(match)
        pos = match.start(1)
    return out


_ADJECTIVE_FIELD = re.compile(
    r"\bв(?:о)?\s+((?:[а-яё-]+(?:ой|ей)(?:\s*,\s*|\s+и\s+))*[а-яё-]+(?:ой|ей))\s+(сфер|област)(?:е|и|ах|ях)\b",
    re.I,
)


def _adjective_fields(sentence: str) -> list[str]:
    """ "в гуманитарной сфере", "в образовательной и научной сферах": a field named by its adjective,
    as "сотрудничество в гуманитарной сфере" (not a pronoun: "в этой сфере")."""
    out: list[str] = []
    for match in _ADJECTIVE_FIELD.finditer(sentence):
        noun = "сфере" if match.group(2).lower() == "сфер" else "области"
        for word in re.split(r"\s*,\s*|\s+и\s+", match.group(1).lower()):
            reading = next((p for p in parses(word) if p.tag.POS == "ADJF" and "loct" in p.tag), None)
            if reading is not None and "Apro" not in reading.tag and lemma(word) not in _NOT_FIELDS:
                out.append(f"сотрудничество в {word} {noun}")
    return out


_NOT_FIELDS = frozenset(
    {"данный", "другой", "иной", "различный", "разный", "многий", "соответствующий", "весь", "широкий"}
    # the spheres every university works in: cooperation in them is cooperation, no field of its own
    | {"учебный", "научный", "образовательный", "международный", "академический", "научно-образовательный"}
    | {"научно-исследовательский", "учебно-методический", "научно-технический", "исследовательский"}
)
