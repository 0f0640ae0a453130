"""The genre's facts in Russian: meetings, partnerships and programmes (cohorts.py and topics.py: the rest).

Each fact is read from one sentence (its evidence) with the organisations and persons already
found in it; when a sentence names only one party ("подписан меморандум с X"), the other is the
institution the article is about.
"""

from __future__ import annotations

import re

from kgpart.extract.record import Meeting, Participants, Partnership, Programme
from kgpart.extract.ru.document import RuDoc
from kgpart.extract.ru.lexicon import city_by_lemma, country_by_lemma
from kgpart.extract.ru.names import org_nominative
from kgpart.extract.ru.nlp import lemma, parses
from kgpart.extract.ru.quantities import date_in, number_at
from kgpart.extract.ru.topics import topic_nominative

_MEETING = re.compile(
    r"\b(встрет\w+|встреч[аеиу]\w*|провел\w*\s+встреч\w+|принял\w*\s+делегаци\w+|посетил\w*|"
    r"визит\w*|прибыл\w*|приехал\w*|переговор\w+|побывал\w*|принял\w*\s+участие|возглави\w+|во\s+главе)",
    re.I,
)
_SIGNED = re.compile(r"\b(подписа\w+|подпиш\w+|заключ\w+)\b", re.I)
# signing to come: "планируют подписать", "подпишут", "будет подписан", "готовится к подписанию"
_TO_COME = re.compile(r"\b(?:будет|будут|к)\s+$", re.I)
_INTENT = re.compile(r"\b(планиру\w+|запланирова\w+|предстоит|намечен\w*|намерен\w*|готов\w*)\b", re.I)
_PREPARING = re.compile(
    r"\b(подготов\w+|разрабат\w+|разработ\w+|планиру\w+|запланирова\w+|намерен\w*|предстоит)\b", re.I
)
# an agreement being prepared, not yet signed: "будет подготовлен меморандум", "разрабатывается соглашение"
_PREPARED = re.compile(
    r"\b(подготов\w+|разрабат\w+|разработ\w+|планиру\w+|запланирова\w+|намерен\w*|предстоит|"
    r"будет|будут|проект\w*|согласов\w+)\b",
    re.I,
)
# "договор" the noun, not "договорились"/"договорённость" (an agreement to do something)
_TREATY = r"договор(?:а|у|ом|е|ы|ов|ам|ами|ах)?\b"
_AGREEMENT = re.compile(
    rf"\b(меморандум\w*|соглашени\w+|{_TREATY}|дорожн\w+\s+карт\w+|протокол\w*\s+(?:о\s+намерени|сотрудничеств)\w*)",
    re.I,
)
_BETWEEN = re.compile(
    rf"\b(?:сотрудничеств\w+|соглашени\w+|меморанд\w+|{_TREATY})\s+(?:о\s+\w+\s+)?между\b", re.I
)
_PROPOSED = re.compile(
    r"\b(обсуд\w+|обсужда\w+|перспектив\w+|намерен\w+|планиру\w+|договорил\w+|договор[её]нност\w+|предлож\w+|"
    r"рассмотр\w+|возможност\w+|налаживани\w+|установлени\w+)",
    re.I,
)
_EXISTING = re.compile(
    r"\b(продолжа\w+|сотруднича\w+|партнер\w+|партнёр\w+|налажен\w*|наладил\w*|развива\w+|"
    r"укрепля\w+|расширя\w+|поддержива\w+|установлен\w*)\b",
    re.I,
)
# an agreement in force: "в рамках действующего меморандума", "ранее подписанного соглашения"
_IN_FORCE = re.compile(
    r"\b(действующ\w+|в\s+рамках|ранее\s+(?:подписанн|заключ[её]нн)\w+|(?:подписанн|заключ[её]нн)\w+\s+ранее)",
    re.I,
)
# two institutions, or the sides of a meeting, that are partners now: "A и B — давние партнеры",
# "A и B связывает многолетнее сотрудничество", "вузы сотрудничают с 2015 года"
_PARTNERS_NOW = re.compile(r"\b(?:партн[её]ры|партн[её]рами|связыва\w+|сотрудничают|взаимодействуют)\b", re.I)
_SUBJECT_SIDES = re.compile(
    r"^(?:[\w-]+\s+){0,2}?(?:вузы|университеты|стороны|оба\s+вуза|учебные\s+заведения)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:сотрудничают|взаимодействуют|являются\s+партн[её]рами)\b",
    re.I,
)
# what the sides do together, besides "сотрудничество": the object of a proposal
_TOGETHER = re.compile(r"\b(сотрудничеств|совместн|партн[её]рств|взаимодейств|программ)", re.I)
# a partner named after "партнер": "является партнером X", "партнеров, среди которых X"
_PARTNER_OF = re.compile(
    r"\b(?:(?:является|стал\w*|выступает)\s+(?:\w+\s+)?партн[её]ром|"
    r"партн[её]р\w*[^.;]*?\b(?:среди\s+которых|в\s+том\s+числе|в\s+их\s+числе|таки\w+\s+как))\s",
    re.I,
)
_PROGRAMME = re.compile(
    r"\b(программ\w+\s+[«\"„“]?(?:двойно\w+|двух)\s+диплом\w*[»\"”]?|двудипломн\w+\s+программ\w+|"
    r"двойн\w+\s+диплом\w+|"
    r"совместн\w+\s+(?:образовательн\w+\s+)?программ\w+|программ\w+\s+(?:академической\s+)?(?:мобильности|обмена)|"
    r"программ\w+\s+стажировк\w+|подготовительн\w+\s+(?:курс|отделени|факультет)\w*)",
    re.I,
)
_WHO = (
    r"(?:иностранн\w+\s+|[а-яё]+ск\w+\s+)?(студент\w*|магистрант\w*|докторант\w*|аспирант\w*|"
    r"слушател\w+|преподавател\w+|учен\w+|исследовател\w+|школьник\w*|выпускник\w*|обучающихся)"
)
_COUNT = r"(?:(более|свыше|около|почти|порядка|не менее|примерно|больше)\s+)?(\d[\d \u00a0]*\d|\d+|[а-яё]+(?:\s+[а-яё]+)?)"
_COHORT = re.compile(rf"{_COUNT}\s+{_WHO}(?:\s+из\s+([А-ЯЁ][\w-]+(?:\s+[А-ЯЁ][\w-]+)?))?", re.I)


def _persons_near(doc: RuDoc, n: int) -> list[int]:
    return doc.persons_in(n) or (doc.persons_in(n - 1) if n > 0 else [])


def find_meetings(doc: RuDoc) -> list[Meeting]:
    """One meeting per article date: the named people of its meeting sentences and their institutions."""
    by_date: dict[str | None, Meeting] = {}
    # "4 декабря состоялась встреча с делегацией X": a meeting sentence naming no one gives the
    # meeting its date and institutions, the sentences after it its people
    told_date = _dateline_date(doc)
    told_orgs: list[str] = []
    for n, (_, _, sentence) in enumerate(doc.sents):
        if not _MEETING.search(sentence):
            continue
        people = _persons_near(doc, n)
        date = date_in(sentence, doc.published)
        if not people:
            told_date = told_date or date
            told_orgs += [doc.orgs[i].name for i in doc.orgs_in(n) if doc.orgs[i].name]
            continue
        if date is None and not by_date:
            date = told_date
        meeting = by_date.get(date) or by_date.get(None)
        if meeting is None and date is None and by_date:
            meeting = list(by_date.values())[-1]  # an undated sentence goes on about the last meeting
        if meeting is None:
            meeting = by_date.setdefault(date, Meeting(date=date, evidence=doc.evidence(n)))
        elif date and not meeting.date:
            meeting.date = date
        for i in people:
            _append(meeting.participants, doc.persons[i].name)
            affiliation = doc.persons[i].affiliation
            if affiliation:
                _append(meeting.organizations, affiliation)
        for name in [*told_orgs, *(doc.orgs[i].name for i in doc.orgs_in(n))]:
            _append(meeting.organizations, name)
        told_orgs = []
        meeting.place = meeting.place or _place(doc, n)
    return [m for m in by_date.values() if m.participants]


_DATELINE = re.compile(r"^\s*[А-ЯЁ][А-ЯЁ-]{2,}(?:\s+[А-ЯЁ-]+)?,?\s")


def _dateline_date(doc: RuDoc) -> str | None:
    """The date of a dateline ("ДУШАНБЕ, 18 ноября."), the day of the news it opens."""
    if not doc.sents or not _DATELINE.match(doc.sents[0][2]):
        return None
    return date_in(doc.sents[0][2], doc.published)


def _append(items: list[str], name: str) -> None:
    if name and name not in items:
        items.append(name)


def _place(doc: RuDoc, n: int) -> str | None:
    start, end, _ = doc.sents[n]
    for span in doc.entities:
        if span.type == "LOC" and start <= span.start < end and city_by_lemma(lemma(span.text.split()[0])):
            return lemma(span.text).capitalize() if " " not in span.text else span.text
    return None


def find_partnerships(doc: RuDoc, meetings: list[Meeting]) -> list[Partnership]:
    """Signed agreements and memoranda, cooperation proposed or going on, between named institutions."""
    out: list[Partnership] = []
    for n, (_, _, sentence) in enumerate(doc.sents):
        agreement = _AGREEMENT.search(sentence)
        signed = _SIGNED.search(sentence)
        kind = "MoU" if agreement and agreement.group(1).lower().startswith("меморандум") else "agreement"
        if agreement and (signed or _BETWEEN.search(sentence)):
            # "решено подготовить соглашение между A и B": one to come
            unsigned = "proposed" if _PREPARING.search(sentence) else "existing"
            kind_status = (kind, _signing(sentence, signed) if signed else unsigned)
        elif agreement and _PREPARED.search(sentence):
            kind_status = (kind, "proposed")  # "будет подготовлен меморандум", "проект соглашения"
        elif agreement and _IN_FORCE.search(sentence):
            kind_status = (kind, "existing")  # "в рамках действующего меморандума вузы реализуют ..."
        elif _PARTNERS_NOW.search(sentence) and (len(doc.orgs_in(n)) >= 2 or _SUBJECT_SIDES.search(sentence)):
            kind_status = ("other", "existing")  # "A и B — давние партнеры", "вузы сотрудничают с 2015 года"
        elif _PARTNER_OF.search(sentence):
            pairs = _with_partners(doc, n, _PARTNER_OF)
            for pair in pairs:  # only a partner named: "у вуза 300 партнеров" pairs no one
                _add(doc, out, pair, "other", "existing", n)
            continue
        elif _TOGETHER.search(sentence) and _PROPOSED.search(sentence):
            kind_status = ("other", "proposed")
        elif _EXISTING.search(sentence) and re.search(r"\bс\s", sentence) and doc.orgs_in(n):
            # cooperation going on names its partner ("сотрудничает с КазНУ"), not "с зарубежными партнерами"
            kind_status = ("other", "existing")
        elif _ON_PREMISES.search(sentence) and _OPENS.search(sentence):
            kind_status = ("other", "proposed" if _FUTURE.search(sentence) else "existing")
        else:
            continue
        if len(among := _among(doc, n)) > 2:  # "трехстороннее соглашение между A, B и C": one, of all three
            _add(doc, out, among, *kind_status, n, parties_n=len(among))
            continue
        for pair in _with_partners(doc, n) or [_parties(doc, n, meetings)]:
            _add(doc, out, pair, *kind_status, n)
    return out


_AMONG = re.compile(r"\bмежду\s", re.I)


def _among(doc: RuDoc, n: int) -> list[str]:
    """The institutions named after "между" in sentence ``n``, in order."""
    start, _, sentence = doc.sents[n]
    found = _AMONG.search(sentence)
    if found is None:
        return []
    after = sorted((m for m in doc.org_mentions if m.start >= start + found.end()), key=lambda m: m.start)
    names = [doc.orgs[m.index].name for m in after if m.start < start + len(sentence)]
    return list(dict.fromkeys(name for name in names if name))


def _signing(sentence: str, signed: re.Match[str]) -> str:
    """ "agreed" for a signing done ("подписали", "подписан", "подписание состоялось"), "proposed"
    for one to come: an infinitive or future verb, "будет подписан", a planned "подписание"."""
    verb = parses(signed.group(1))[0].tag
    if "INFN" in verb or "futr" in verb or _TO_COME.search(sentence[: signed.start()]):
        return "agreed" if re.search(r"\bудалось\s+$", sentence[: signed.start()], re.I) else "proposed"
    if verb.POS == "NOUN" and _INTENT.search(sentence):
        return "proposed"
    return "agreed"


_COOPERATION_WITH = re.compile(
    rf"(сотрудничеств\w*|сотруднича\w*|меморандум\w*|соглашени\w+|{_TREATY}|партн[её]рств\w*|"
    r"взаимодейств\w*)[^.;]*?\bс(?:о)?\s|\bна\s+базе\s",
    re.I,
)
# "филиал откроется на базе ОмГУ": what opens at an institution is a partnership with it
_ON_PREMISES = re.compile(r"\bна\s+базе\s", re.I)
_OPENS = re.compile(
    r"\b(откро\w+|открыт\w*|открыл\w*|созда\w+|разме\w+|работа\w+|функционир\w+|станет)", re.I
)
_FUTURE = re.compile(r"\b(откроется|откроют|будет|будут|станет|планиру\w+|появится)\b", re.I)
_SIDES = re.compile(r"\bсторон(?:ы|ам|ами)\b", re.I)
_CLAUSE_END = re.compile(r"[;:]|\s[—–]\s")


def _with_partners(doc: RuDoc, n: int, cues: re.Pattern[str] | None = None) -> list[list[str]]:
    """ "X сотрудничает с A, B", "меморандум о сотрудничестве с A", "на базе A" (or what ``cues``
    finds, "является партнером A"): one pair per institution after the cue, with the institution of
    the same clause before it (its subject) or else the one the article is about."""
    start, _, sentence = doc.sents[n]
    cue = (cues or _COOPERATION_WITH).search(sentence)
    if cue is None:
        return []
    at = start + cue.end()
    mentions = sorted(
        (m for m in doc.org_mentions if start <= m.start < start + len(sentence)), key=lambda m: m.start
    )
    named = set(_not_hosts(doc, n))
    partners = _without_units(
        doc,
        list(
            dict.fromkeys(
                m.index for m in mentions if m.start >= at and doc.orgs[m.index].name and m.index in named
            )
        ),
    )
    before = [
        m.index
        for m in mentions
        if m.start < start + cue.start() and not _CLAUSE_END.search(doc.text[m.end : start + cue.start()])
    ]
    host = next((i for i in reversed(before) if i not in partners), None)
    if host is None:
        host = doc.first_org()
    if host is None or not partners or host in partners:
        return []
    return [[doc.orgs[host].name, doc.orgs[i].name] for i in partners]


def _parties(doc: RuDoc, n: int, meetings: list[Meeting]) -> list[str]:
    """The institutions of a sentence; one alone is paired with the institution of the person the
    sentence names by post ("Посол посетила X, где обсудила сотрудничество": the embassy), else with
    the article's main institution. States that agree ("Казахстан и Венгрия подписали соглашение")
    are no institutions' partnership."""
    names = [doc.orgs[i].name for i in _without_units(doc, _not_hosts(doc, n)) if doc.orgs[i].name]
    if len(names) >= 2:
        return names
    if not names and len(_states(doc, n)) >= 2:
        return []
    hosts = [o for m in meetings for o in m.organizations if o not in names]
    first = doc.first_org()
    if first is not None and doc.orgs[first].name not in names:
        hosts.insert(0, doc.orgs[first].name)
    by_post = _affiliation_by_post(doc, n)
    if by_post and by_post not in names:
        hosts.insert(0, by_post)
    hosts = list(dict.fromkeys(hosts))
    if not names and len(hosts) >= 2:
        return hosts[:2]
    return names + hosts[:1] if names else []


# "на полях съезда Ассоциации X", "в ходе форума Y": the body whose event it is hosts, it is no party
_EVENT_OF = re.compile(
    r"\b(?:съезд|форум|конгресс|конференци|заседани|сесси|ассамбле|саммит)\w*\s+(?:[IVXLC]+\s+)?$", re.I
)


def _not_hosts(doc: RuDoc, n: int) -> list[int]:
    """The institutions of sentence ``n`` but those named only as the body whose event it is."""
    start, end, _ = doc.sents[n]
    hosts = {
        m.index
        for m in doc.org_mentions
        if start <= m.start < end and _EVENT_OF.search(doc.text[max(start, m.start - 40) : m.start])
    }
    others = {m.index for m in doc.org_mentions if start <= m.start < end and m.index not in hosts}
    return [i for i in doc.orgs_in(n) if i in others]


def _without_units(doc: RuDoc, indexes: list[int]) -> list[int]:
    """The institutions of a list, a unit left out when its own institution is in the list too
    ("на базе A открылся центр B от C": C, whose centre it is, is A's partner)."""
    names = {doc.orgs[i].name for i in indexes}
    return [i for i in indexes if not (doc.orgs[i].part_of and doc.orgs[i].part_of in names)]


def _states(doc: RuDoc, n: int) -> set[str]:
    """The countries the NER model found in sentence ``n``."""
    start, end, _ = doc.sents[n]
    return {
        country
        for span in doc.entities
        if span.type == "LOC"
        and start <= span.start < end
        and (country := country_by_lemma(lemma(span.text)))
    }


def _affiliation_by_post(doc: RuDoc, n: int) -> str | None:
    """The institution of the one person whose post opens sentence ``n`` ("Посол отметила ...")."""
    words = re.findall(r"[А-Яа-яЁё-]+", doc.sents[n][2])[:2]
    for word in words:
        holders = {
            p.affiliation
            for p in doc.persons
            if p.role and p.affiliation and lemma(p.role.split()[0]) == lemma(word)
        }
        if len(holders) == 1:
            return holders.pop()
    return None


def _add(
    doc: RuDoc,
    out: list[Partnership],
    parties: list[str],
    kind: str,
    status: str,
    n: int,
    *,
    parties_n: int = 2,
) -> None:
    """Add the partnership of the first ``parties_n`` parties (two unless an agreement names more)."""
    if len(parties) < 2 or _unit_of(doc, *parties[:2]):
        return  # a branch does not partner its own university
    pair = sorted(parties[:parties_n])
    for known in out:
        if sorted(known.between) == pair:
            # a memorandum named later is what the cooperation talked of earlier is
            if status == "agreed" or (known.kind == "other" and kind != "other"):
                known.status, known.kind = status, kind
            return
    out.append(Partnership(parties[:parties_n], kind, status, doc.evidence(n)))


def _unit_of(doc: RuDoc, a: str, b: str) -> bool:
    parents = {o.name: o.part_of for o in doc.orgs if o.name}
    return parents.get(a) == b or parents.get(b) == a


def find_programmes(doc: RuDoc, meetings: list[Meeting]) -> list[Programme]:
    """Double-degree, joint, exchange and internship programmes, with their partners ("стороны":
    the institutions that met)."""
    out: list[Programme] = []
    for n, (_, _, sentence) in enumerate(doc.sents):
        match = _PROGRAMME.search(sentence)
        if not match:
            continue
        text = match.group(1).lower()
        kind = (
            "double-degree"
            if "диплом" in text
            else "joint"
            if "совместн" in text
            else "exchange"
            if "мобильн" in text or "обмен" in text
            else "internship"
            if "стажировк" in text
            else "other"
        )
        partners = [doc.orgs[i].name for i in doc.orgs_in(n) if doc.orgs[i].name]
        if len(partners) < 2 and (_SIDES.search(sentence) or not partners):
            # "стороны", or no institution named: those of the meeting the article tells of
            partners += [o for m in meetings for o in m.organizations if o not in partners]
        first = doc.first_org()
        if len(partners) < 2 and first is not None and doc.orgs[first].name not in partners:
            partners.insert(0, doc.orgs[first].name)
        cohort = _COHORT.search(sentence)
        count = _count(cohort.group(2)) if cohort else None
        who = plural(cohort.group(3)) if cohort and count else None
        name = org_nominative(match.group(1))
        if name == match.group(1):  # "подготовительных курсов": plural, which org_nominative keeps
            name = topic_nominative(name)
        same = next((p for p in out if p.kind == kind and set(p.partners) & set(partners)), None)
        if same is None:
            out.append(Programme(name, kind, partners, Participants(count, who), doc.evidence(n)))
        else:  # one programme, named again with its size or more of its partners
            same.partners += [p for p in partners if p not in same.partners]
            if same.participants.count is None and count is not None:
                same.participants = Participants(count, who)
    return out


def _count(text: str) -> int | None:
    """The number at the end of the words before a noun: "для двадцати" -> 20, "1 200" -> 1200."""
    words = text.split()
    if re.fullmatch(r"[\d \u00a0]+", text):
        return number_at([text])
    return next((n for i in range(len(words)) if (n := number_at(words[i:])) is not None), None)


def plural(word: str) -> str:
    """Who a count counts, in the nominative plural: "студентов" -> "студенты"."""
    for parse in parses(word):
        if parse.tag.POS == "NOUN":
            form = parse.inflect({"plur", "nomn"})
            if form is not None:
                return str(form.word)
    return word
