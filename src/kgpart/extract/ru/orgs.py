"""Organisations in a Russian article: NER spans and abbreviations, in the nominative, typed.

Each organisation keeps the inflected forms the article used as aliases, and an abbreviation
("КазНУ") joins the full name it abbreviates ("Казахский национальный университет").
"""

from __future__ import annotations

import re
from functools import lru_cache

from kgpart.extract.record import Organization
from kgpart.extract.ru.document import Mention, RuDoc
from kgpart.extract.ru.english import english_aliases
from kgpart.extract.ru.lexicon import ABBREVIATION_TYPES, ORG_HEADS, city_by_lemma, country_by_lemma
from kgpart.extract.ru.names import org_nominative
from kgpart.extract.ru.nlp import lemma

# КазНУ, ОмГТУ, УдГУ, МГИМО: two or more capitals, Cyrillic, maybe lower-case letters between
_ABBREVIATION = re.compile(r"(?<![\w-])[А-ЯЁ][А-ЯЁа-яё]*[А-ЯЁ][А-ЯЁа-яё]*(?![\w-])")
# "им. аль-Фараби", "имени Л.Н. Гумилева", "им. Ф. М. Достоевского": an eponym ends many names
_EPONYM = re.compile(
    r"\s+(?:им\.|имени)\s+(?:(?:академика|профессора|героя|святого|святых)\s+)?"
    r"(?:[А-ЯЁ]\.\s?){0,2}(?:[а-яё]+-)?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
    # "имени Мирзо Улугбека": a second word in the genitive, unless a name follows ("им. Абая Ерлан Сыдыков")
    r"(?:\s+[А-ЯЁ][а-яё]+(?:ова|ева|ина|ого|его|ека|ана|ера|ара|ида|ура|ова|ича)(?![\w-])(?!\s+[А-ЯЁ]))?"
)
_WORDS = re.compile(r"[А-Яа-яЁё][А-Яа-яЁё-]*")
_ENDINGS_FOR_NAMES = r"(?:ий|ый|ой|ого|его|ому|ему|им|ым|ом|ем|ая|яя|ей|ую|юю)"


def org_type(name: str) -> str:
    """The kind of institution a name's head word (or an abbreviation's last letter) says."""
    for word in _WORDS.findall(name):
        if _ABBREVIATION.fullmatch(word):
            lemma_word = word.lower()
            if lemma_word in ORG_HEADS:
                return ORG_HEADS[lemma_word]
            return next((kind for end, kind in ABBREVIATION_TYPES if word.endswith(end)), "Other")
        kind = ORG_HEADS.get(lemma(word))
        if kind:
            return kind
    return "Other"


@lru_cache(maxsize=1 << 14)  # names repeat within and across articles
def org_country(name: str) -> str | None:
    """The state an organisation belongs to: its first country word, else a city in its name.

    "Посольство Казахстана в Бельгии" belongs to Kazakhstan, the sending state.
    """
    body = _EPONYM.sub("", name)
    words = _WORDS.findall(body)
    for word in words:
        if not word.isupper() or len(word) > 1:
            found = country_by_lemma(lemma(word)) or country_by_lemma(word)
            if found:
                return found
    for word in words:
        if word[:1].isupper():
            found = city_by_lemma(lemma(word)) or _city_adjective(lemma(word))
            if found:
                return found
    return None


def _city_adjective(word: str) -> str | None:
    """ "Ташкентский" -> Tashkent's country, "Омский" -> Omsk's, "Казанский" -> Kazan's."""
    if not word.endswith("ский"):
        return None
    stems = (word, word[:-2], word[:-4], word[:-4] + "ь", word[:-4] + "а", word[:-6] + "а")
    for stem in stems:
        found = city_by_lemma(stem)
        if found:
            return found
    return None


def _tidy(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip(" «»\"'“”„.,;:()—–-")
    # a quoted name keeps its quotes: "Центр «Сириус»", not "Центр «Сириус"
    return name + "»" if name.count("«") > name.count("»") else name


def _with_eponym(doc: RuDoc, end: int) -> int:
    """Extend a name that the NER model cut before its eponym ("КазНУ" + " им. аль-Фараби")."""
    match = _EPONYM.match(doc.text, end)
    return match.end() if match else end


def _with_place(doc: RuDoc, start: int, end: int) -> int:
    """Take in the country or city that completes a name: "Национальный университет" + " Узбекистана",
    "Российский центр науки и культуры" + " в Ташкенте"."""
    for span in doc.entities:
        if span.type != "LOC" or not 0 < span.start - end <= 4 or "\n" in doc.text[end : span.start]:
            continue  # a heading's last word and the dateline under it are not one name
        between = doc.text[end : span.start].strip()
        if not between and "gent" in _case_of(span.text):
            return span.stop
        if between in ("в", "при") and org_type(doc.text[start:end]) in _PLACED_TYPES:
            return span.stop
    return end


_PLACED_TYPES = ("Centre", "Embassy", "Other")


def _case_of(word: str) -> set[str]:
    from kgpart.extract.ru.nlp import parses

    return {c for p in parses(word.split()[0]) for c in ("gent", "nomn") if c in p.tag}


# "Кыргызско-Российского" before "Славянского университета": a capitalised (hyphenated) adjective
# the NER model left out of the name it begins
_ADJECTIVE_BEFORE = re.compile(rf"(?<![\w.-])([А-ЯЁ][а-яё]+-[А-ЯЁ][а-яё]+{_ENDINGS_FOR_NAMES})\s+$")


def _with_adjective(doc: RuDoc, start: int) -> int:
    match = _ADJECTIVE_BEFORE.search(doc.text[max(0, start - 60) : start])
    return start - len(match.group(0)) if match else start


def _add_span(doc: RuDoc, start: int, end: int, *, placed: bool = True) -> None:
    """Add the organisation named at ``start:end``; ``placed``: a city or country after it may be its own."""
    start = _with_adjective(doc, start)
    end = _with_eponym(doc, _with_place(doc, start, end) if placed else end)
    written = _tidy(doc.text[start:end])
    if len(written) < 2 or not re.search(r"[А-Яа-яЁё]", written):
        return
    name = org_nominative(written)
    org = Organization(name, [], org_type(name), org_country(name))
    n = doc.sentence_of(start)
    org.evidence = doc.evidence(n)
    bare = _EPONYM.sub("", name)
    forms = tuple(dict.fromkeys(f for f in (written, bare) if f != name))
    index = doc.add_org(org, forms)
    doc.org_mentions.append(Mention(start, end, index))


_ENDS_ADJECTIVE = re.compile(r"(?:ий|ый|ой|ого|его|ому|ему|ым|им|ом|ем|ая|яя|ую|юю)$")
# "Ташкентский государственный педагогический университет" in any case: a capitalised adjective,
# up to three more, and a singular head noun of an institution; the NER model misses some
_ENDINGS = r"(?:ий|ый|ой|ого|его|ому|ему|им|ым|ом|ем|ая|яя|ей|ую|юю)"
_NAMED_BY_HEAD = re.compile(
    # "Российско-Таджикским (Славянским) университетом": a hyphenated first word, one in brackets
    rf"(?<![\w-])[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?{_ENDINGS}"
    rf"(?:\s+(?:[а-яё]+(?:-[а-яё]+)?{_ENDINGS}|\([А-ЯЁа-яё][а-яё]+{_ENDINGS}\))){{0,3}}\s+"
    r"(?:университет|институт|академи|консерватори|колледж|лице|гимнази)(?:а|у|ом|е|я|и|ей|ю|ем)?(?![\w-])"
)

# "Евразийской ассоциации университетов", "Ассоциация технических университетов", "Российский союз
# ректоров": a body of institutions (or their heads) named by what it joins, in the genitive plural
_BODY_OF = r"(?:ассоциаци|союз|консорциум|лиг)(?:а|у|ом|е|я|и|ей|ю|ем)?"
_MEMBERS = (
    r"(?:\s+[а-яё]+(?:-[а-яё]+)?(?:ых|их))*\s+(?:университетов|вузов|ректоров|колледжей|академий)(?![\w-])"
)
_BODY_OF_MEMBERS = re.compile(
    rf"(?<![\w-])(?:[А-ЯЁ][а-яё]+(?:-[а-яё]+)?{_ENDINGS}\s+(?:[а-яё]+{_ENDINGS}\s+)?{_BODY_OF}"
    rf"|(?:Ассоциаци|Союз|Консорциум|Лиг)(?:а|у|ом|е|я|и|ей|ю|ем)?){_MEMBERS}"
)

# "Назарбаев Университет": a name, then a capitalised head noun (its capital makes it a name)
_NAME_THEN_HEAD = re.compile(
    r"(?<![\w-])([А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё]+)?)[ \u00a0]+((?:Университет|Академи|Институт|Колледж)[а-яё]*)(?![\w-])"
)
#: News agencies and media named in a dateline or a credit ("МИА «Казинформ»", "ИА", "РИА").
_MEDIA = frozenset({"МИА", "ИА", "РИА", "ТАСС", "СМИ", "ТВ", "ИТАР"})
#: Head words that name one body by themselves (lemmas).
_ONE_BODY = frozenset(
    {"мид", "минобрнауки", "минпросвещения", "минобразования", "минвуз", "минздрав", "минкультуры"}
    | {"россотрудничество", "рособрнадзор", "мажилис", "сенат"}
)
#: Abbreviations of things, not bodies: teaching staff, research work, the national test.
_NOT_BODIES = frozenset({"ППС", "НИР", "НИОКР", "НИРС", "ЕНТ", "ЕГЭ", "ВУЗ", "ИТ", "ЦА", "ОП"})
#: News agencies of the region, named in datelines ("АСТАНА. КАЗИНФОРМ –"), upper case here.
_AGENCIES = frozenset(
    {"КАЗИНФОРМ", "ИНТЕРФАКС", "КАБАР", "АКИПРЕСС", "БЕЛТА", "УЗА", "ДУНЁ", "ТРЕНД", "СПУТНИК", "ТЕНГРИНЬЮС"}
)


def _not_institution_word(word: str) -> bool:
    """A word in capitals that names no institution: a news agency, or a city or country written in
    capitals in a dateline ("АСТАНА", "ТАШКЕНТ")."""
    if word in _MEDIA or word.upper() in _AGENCIES or word in _NOT_BODIES:
        return True
    return (
        word.isupper() and len(word) > 3 and bool(city_by_lemma(lemma(word)) or country_by_lemma(lemma(word)))
    )


def _add_name_then_head(doc: RuDoc, match: re.Match[str]) -> None:
    name = f"{match.group(1)} {org_nominative(match.group(2))}"
    org = Organization(name, [], org_type(match.group(2)), None)
    org.evidence = doc.evidence(doc.sentence_of(match.start()))
    written = match.group(0)
    index = doc.add_org(org, (written,) if written != name else ())
    doc.org_mentions.append(Mention(match.start(), match.end(), index))


_QUOTED = re.compile(
    r"(?<![\w-])((?:[Уу]ниверситет|[Аа]кадеми|[Ии]нститут|[Кк]олледж|[Лл]ице|[Гг]имнази|[Шш]кол|[Цц]ентр|[Фф]онд|"
    r"[Кк]омпани|[Аа]ссоциаци)[а-яё]*)\s+«([^«»]{2,60})»"
)


# "АО «Центр международных программ»", "ТОО «...»": a legal form and the quoted name of a body
_LEGAL_FORM = re.compile(r"(?<![\w-])(?:АО|НАО|ТОО|ООО|ПАО|ОАО|ЗАО|НУО|РГП|ГУ|АНО)\s+«([^«»]{2,60})»")


def _add_legal(doc: RuDoc, match: re.Match[str]) -> None:
    """A body named by its legal form and quoted name, typed by the name's head ("Центр": a centre)."""
    name = match.group(0)
    org = Organization(name, [f"«{match.group(1)}»"], org_type(match.group(1)), org_country(match.group(1)))
    org.evidence = doc.evidence(doc.sentence_of(match.start()))
    index = doc.add_org(org)
    doc.org_mentions.append(Mention(match.start(), match.end(), index))


def _add_quoted(doc: RuDoc, match: re.Match[str]) -> None:
    """ "в университете «Туран»" names "Университет «Туран»": the head in the nominative, the name as written."""
    head = org_nominative(match.group(1))
    name = f"{head[:1].upper()}{head[1:]} «{match.group(2)}»"
    org = Organization(name, [], org_type(head), org_country(match.group(2)))
    org.evidence = doc.evidence(doc.sentence_of(match.start()))
    written = match.group(0)
    index = doc.add_org(org, (written,) if written != name else ())
    doc.org_mentions.append(Mention(match.start(), match.end(), index))


# "Посольство Казахстана в Венгрии", "Генеральным консульством Республики Казахстан в Казани": a
# diplomatic mission written out (the NER model tags only its countries)
_MISSION = re.compile(
    r"(?<![\w-])(?:[Гг]енеральн\w+\s+)?(?:[Пп]осольств|[Кк]онсульств)\w*\s+"
    r"(?:Республик\w+\s+)?([А-ЯЁ][а-яё]+)(?:\s+(?:в|во)\s+([А-ЯЁ][а-яё-]+)(?:\s+Республик\w+)?)?"
)


def _add_missions(doc: RuDoc) -> None:
    """The embassies and consulates the article names in full, in any case, sending state first."""
    for match in _MISSION.finditer(doc.text):
        if country_by_lemma(lemma(match.group(1))) is None or _overlaps(doc, match.start(), match.end()):
            continue
        end = match.end()
        host = match.group(2)
        if host and not (country_by_lemma(lemma(host)) or city_by_lemma(lemma(host))):
            end = match.end(1)  # "посольство Венгрии в среду": no host named
        written = doc.text[match.start() : end]
        name = org_nominative(written)
        name = name[:1].upper() + name[1:]  # "в посольстве Узбекистана" -> "Посольство Узбекистана"
        org = Organization(name, [], "Embassy", org_country(name))
        org.evidence = doc.evidence(doc.sentence_of(match.start()))
        index = doc.add_org(org, (written,) if written != name else ())
        doc.org_mentions.append(Mention(match.start(), end, index))


def _overlaps(doc: RuDoc, start: int, end: int) -> bool:
    return any(m.start < end and start < m.end for m in doc.org_mentions)


def _covered(doc: RuDoc, start: int, end: int) -> bool:
    return any(m.start <= start and end <= m.end for m in doc.org_mentions)


def _is_org_span(text: str) -> bool:
    """An ORG span worth keeping: an institution's name, not a news agency, a brand or a kind of
    institution ("Омский вуз", "российские вузы")."""
    words = _WORDS.findall(text)
    if any(lemma(w) == "вуз" for w in words):
        return False
    if len(words) == 1 and words[0][1:].islower() and lemma(words[0]) in ORG_HEADS:
        # "Университета" alone is a kind, not a name (its name may precede it); "Россотрудничество",
        # "Минобрнауки" are one body each
        return lemma(words[0]) in _ONE_BODY
    if words and (words[0] in _MEDIA or (len(words) == 1 and _not_institution_word(words[0]))):
        return False  # "МИА «Казинформ»": the agency reporting, not a party
    return org_type(text) != "Other" or bool(_ABBREVIATION.fullmatch(text.split(" им")[0]))


def find_orgs(doc: RuDoc) -> None:
    """Read the article's organisations into ``doc`` (NER ORG spans, then abbreviations)."""
    for span in doc.entities:
        if span.type == "ORG" and _is_org_span(span.text):
            _add_span(doc, span.start, span.stop)
    for match in _LEGAL_FORM.finditer(doc.text):
        if not _overlaps(doc, match.start(), match.end()):
            _add_legal(doc, match)
    for match in _QUOTED.finditer(doc.text):  # "университета «Туран»": a head noun and a quoted name
        if not _overlaps(doc, match.start(), match.end()):
            _add_quoted(doc, match)
    for match in _NAME_THEN_HEAD.finditer(doc.text):
        if not _overlaps(doc, match.start(), match.end()) and not _ENDS_ADJECTIVE.search(match.group(1)):
            _add_name_then_head(doc, match)
    for pattern in (_NAMED_BY_HEAD, _BODY_OF_MEMBERS):  # what the NER model missed
        for match in pattern.finditer(doc.text):
            if not _covered(doc, match.start(), match.end()) and not _overlaps(
                doc, match.start(), match.end()
            ):
                # "съезд Ассоциации университетов в Москве": the body's name ends with its members
                _add_span(doc, match.start(), match.end(), placed=pattern is _NAMED_BY_HEAD)
    _add_missions(doc)
    for match in _ABBREVIATION.finditer(doc.text):
        word = match.group(0)
        if _covered(doc, match.start(), match.end()) or not _looks_institution(word):
            continue
        _add_span(doc, match.start(), match.end())
    _join_abbreviations(doc)
    _find_branches(doc)
    _find_units(doc)


# "центр «Сириус» при КазНУ", "центр «Менделеев» от СПбГУ": a unit named with its institution
_UNIT_OF = re.compile(r"\s+(?:при|от)\s+")
_UNIT_TYPES = ("Centre", "Faculty", "ResearchInstitute")


def _find_units(doc: RuDoc) -> None:
    """A centre, faculty or institute named right before "при X" or "от X" is a unit of X."""
    starts = {m.start: m.index for m in doc.org_mentions}
    for mention in doc.org_mentions:
        unit = doc.orgs[mention.index]
        if not unit.name or unit.part_of or unit.type not in _UNIT_TYPES:
            continue
        link = _UNIT_OF.match(doc.text, mention.end)
        parent = starts.get(link.end()) if link else None
        if parent is not None and parent != mention.index and doc.orgs[parent].name:
            unit.part_of = doc.orgs[parent].name


# "филиал Казахского национального университета", "представительства КазНУ": a unit of it
_BRANCH = re.compile(
    rf"(?:(?<![\w-])([А-ЯЁ][а-яё]+{_ENDINGS_FOR_NAMES})\s+)?\b(филиал|представительств)(\w*)\s+$", re.I
)


def _find_branches(doc: RuDoc) -> None:
    """A branch named by its parent ("филиал X" in any case) is an institution of its own, a unit of X."""
    for mention in sorted(doc.org_mentions, key=lambda m: m.start):
        parent = doc.orgs[mention.index]
        found = _BRANCH.search(doc.text[max(0, mention.start - 40) : mention.start])
        if not parent.name or found is None:
            continue
        head = "Филиал" if found.group(2).lower() == "филиал" else "Представительство"
        if found.group(1):  # "Казахстанского филиала МГУ": "Казахстанский филиал МГУ"
            head = org_nominative(f"{found.group(1)} {found.group(2)}{found.group(3)}")
        name = f"{head} {doc.text[mention.start : mention.end]}"
        kind = "Branch" if found.group(2).lower() == "филиал" else "Representative Office"
        english = [f"{kind} of {e}" for e in english_aliases([parent.name])]
        org = Organization(name, english, parent.type, parent.country, parent.name)
        org.evidence = doc.evidence(doc.sentence_of(mention.start))
        # "филиал Новосибирского государственного университета" ... "филиала НГУ": one branch
        same = next(
            (i for i, o in enumerate(doc.orgs) if o.part_of == parent.name and o.name.startswith(f"{head} ")),
            None,
        )
        index = doc.add_org(org) if same is None else doc.add_org(doc.orgs[same], (name,))
        start = mention.start - len(found.group(0))
        for other in [m for m in doc.org_mentions if start <= m.start < mention.start and m.index != index]:
            if doc.orgs[other.index].name:  # the NER model's "Казахстанский филиал": this branch
                _merge(doc, keep=index, drop=other.index)
        doc.org_mentions.append(Mention(start, mention.end, index))


def _looks_institution(word: str) -> bool:
    if country_by_lemma(word.lower()) or len(word) < 3 or _not_institution_word(word):
        return False
    return org_type(word) != "Other" or word.lower() in ORG_HEADS


def _join_abbreviations(doc: RuDoc) -> None:
    """Fold "КазНУ" into "Казахский национальный университет" when its letters spell that name."""
    for i, org in enumerate(doc.orgs):
        short = org.name.split(" им")[0]
        if not org.name or not _ABBREVIATION.fullmatch(short):
            continue
        for j, full in enumerate(doc.orgs):
            if j == i or not full.name or _ABBREVIATION.fullmatch(full.name.split()[0]):
                continue
            if abbreviates(short, full.name):
                _merge(doc, keep=j, drop=i)
                break


def abbreviates(short: str, name: str) -> bool:
    """Does ``short`` spell the start letters of the words of ``name``? ("КазНУ", "Казахский национальный университет").

    >>> abbreviates("КазНУ", "Казахский национальный университет им. аль-Фараби")
    True
    >>> abbreviates("ЕНУ", "Казахский национальный университет")
    False
    """
    words = [
        part
        for w in _WORDS.findall(_EPONYM.sub("", name))
        if w.lower() not in ("и", "в", "при")
        for part in w.lower().split("-")  # "Кыргызско-Российский" gives "К" and "Р" to "КРСУ"
        if part
    ]
    return _spell(short.lower(), words)


def _spell(short: str, words: list[str]) -> bool:
    if not short:
        return True
    if not words:
        return False
    word = words[0]
    # each word gives its first 1-4 letters ("Каз" + "Н" + "У"); a word may also give none
    for n in range(min(4, len(word), len(short)), 0, -1):
        if word[:n] == short[:n] and _spell(short[n:], words[1:]):
            return True
    return False


def _merge(doc: RuDoc, *, keep: int, drop: int) -> None:
    kept, dropped = doc.orgs[keep], doc.orgs[drop]
    for alias in (dropped.name, *dropped.aliases):
        if alias not in kept.aliases and alias != kept.name:
            kept.aliases.append(alias)
    for key, index in list(doc.org_keys.items()):
        if index == drop:
            doc.org_keys[key] = keep
    for mention in doc.org_mentions:
        if mention.index == drop:
            mention.index = keep
    dropped.name = ""  # removed when the record is built; indexes stay valid until then


def live_orgs(doc: RuDoc) -> list[Organization]:
    """The organisations still standing after abbreviations joined their full names."""
    return [o for o in doc.orgs if o.name]
