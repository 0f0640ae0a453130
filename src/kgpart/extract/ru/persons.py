"""Persons in a Russian article: NER names in the nominative, one person per surname and initials,
with the post they hold and the institution it is in.

"Ж.К. Туймебаев", "Жансеит Туймебаев" and "Туймебаев" are one person, named by the fullest form;
"Посол Казахстана в Бельгии NAME" holds a post in "Посольство Казахстана в Бельгии", an
institution the text implies without naming it.
"""

from __future__ import annotations

import re

from kgpart.extract.record import Organization, Person
from kgpart.extract.ru.document import Mention, RuDoc, name_key
from kgpart.extract.ru.lexicon import ROLES
from kgpart.extract.ru.names import org_nominative, person_nominative
from kgpart.extract.ru.nlp import lemma, parses
from kgpart.extract.ru.orgs import org_country
from kgpart.translit import latin

_INITIAL = re.compile(r"^[А-ЯЁ]\.$|^[А-ЯЁ]\.[А-ЯЁ]\.$")
_TOKEN = re.compile(r"[А-Яа-яЁё][А-Яа-яЁё-]*\.?|[^\s\w]")
# Posts whose holder works in an institution the text names only through the post.
_IMPLIED = {
    "посол": "Посольство",
    "генконсул": "Генеральное консульство",
    "консул": "Консульство",
    "министр": "Министерство",
    "замминистра": "Министерство",
    "вице-министр": "Министерство",
}
#: Academic titles, which a post written before them outranks.
_TITLES = frozenset({"профессор", "доцент", "академик", "доктор"})
_ROLE_ADJECTIVES = ("чрезвычайный", "полномочный", "генеральный", "первый", "исполняющий", "временный")


def _parts(name: str) -> tuple[str, list[str]]:
    """A name's surname and its given names or initials (as first letters)."""
    words = name.replace(".", ". ").split()
    plain = [w for w in words if not _INITIAL.match(w)]
    if not plain:
        return "", []
    surname = plain[-1]
    firsts = [w[0] for w in words if w != surname]
    return surname.lower(), firsts


def _same_person(a: str, b: str) -> bool:
    surname_a, firsts_a = _parts(a)
    surname_b, firsts_b = _parts(b)
    if surname_a != surname_b or not surname_a:
        return False
    shared = min(len(firsts_a), len(firsts_b))
    return firsts_a[:shared] == firsts_b[:shared]


def _fullness(name: str) -> tuple[int, int]:
    words = name.split()
    return (sum(not _INITIAL.match(w) for w in words), len(words))


def _add_person(doc: RuDoc, name: str, start: int, end: int) -> int:
    for i, person in enumerate(doc.persons):
        if any(_same_person(name, n) for n in (person.name, *person.aliases)):
            if _fullness(name) > _fullness(person.name):
                person.aliases.insert(0, person.name)
                person.name = name
            elif name != person.name and name not in person.aliases:
                person.aliases.append(name)
            doc.person_mentions.append(Mention(start, end, i))
            return i
    doc.persons.append(Person(name, evidence=doc.evidence(doc.sentence_of(start))))
    doc.person_mentions.append(Mention(start, end, len(doc.persons) - 1))
    return len(doc.persons) - 1


def initials_first(name: str) -> str:
    """Initials before the surname and written together: "Туймебаев Ж.К." and "Ж. К. Туймебаев"
    are "Ж.К. Туймебаев"."""
    words = name.split()
    initials = [w for w in words if _INITIAL.match(w)]
    plain = [w for w in words if not _INITIAL.match(w)]
    if not initials or len(plain) != 1:
        return name
    return f"{''.join(initials)} {plain[0]}"


def _widened(doc: RuDoc, start: int) -> int:
    """Where a name starts when the model left out a given name before it ("Жансеит" of
    "Жансеит Камалович Туймебаев" at the start of a sentence)."""
    before = re.search(r"(?<![\w.-])([А-ЯЁ][а-яё]+)\s+$", doc.text[max(0, start - 40) : start])
    if before and any("Name" in p.tag for p in parses(before.group(1))[:2]):
        widened = start - len(before.group(0))
        if not any(m.start <= widened < m.end for m in doc.org_mentions):
            return widened  # not the last word of an eponym ("имени Мирзо Улугбека Алишер Каримов")
    return start


def _looks_name(text: str) -> bool:
    words = text.split()
    return len(words) >= 2 or any("Surn" in p.tag for p in parses(text)[:2])


def find_persons(doc: RuDoc) -> None:
    """Read the article's persons into ``doc``, with roles, affiliations and Latin aliases."""
    for span in doc.entities:
        if span.type == "PER" and re.search(r"[А-Яа-яЁё]", span.text) and _looks_name(span.text):
            inside = [m for m in doc.org_mentions if m.start <= span.start < m.end]
            if inside and max(m.end for m in inside) >= span.stop - 1:
                continue  # "Назарбаев" of "Назарбаев Университет": the institution's name
            # "ОмГУ Б.К. Сергеев" read as one name: the person after the institution
            cut = max((m.end for m in inside), default=span.start)
            start = _widened(
                doc, cut + len(doc.text[cut : span.stop]) - len(doc.text[cut : span.stop].lstrip())
            )
            written = " ".join(doc.text[start : span.stop].split())
            name = initials_first(person_nominative(written))
            i = _add_person(doc, name, start, span.stop)
            if written != name and written not in doc.persons[i].aliases:
                doc.persons[i].aliases.append(written)
    for mention in sorted(doc.person_mentions, key=lambda m: m.start):
        person = doc.persons[mention.index]
        if person.role is None:
            _read_post(doc, person, mention)
    for person in doc.persons:
        transliterated = latin(person.name)
        if transliterated != person.name and transliterated not in person.aliases:
            person.aliases.append(transliterated)


def _read_post(doc: RuDoc, person: Person, mention: Mention) -> None:
    """The post written just before a name ("ректор КазНУ Жансеит Туймебаев") or just after it."""
    n = doc.sentence_of(mention.start)
    sent_start = doc.sents[n][0]
    before = doc.text[max(sent_start, mention.start - 120) : mention.start]
    before = re.split(r"[;:!?«»\"]\s|,\s(?=[А-ЯЁ])|\s[—–]\s", before)[-1]
    words = _TOKEN.findall(before)
    at = next((k for k in range(len(words) - 1, -1, -1) if lemma(words[k].rstrip(".")) in ROLES), None)
    if at is not None and lemma(words[at].rstrip(".")) in _TITLES:
        # "проректор по международному сотрудничеству профессор Томаш Ковальский": the post, not the title
        post = next((k for k in range(at - 1, -1, -1) if lemma(words[k].rstrip(".")) in ROLES), None)
        at = post if post is not None and lemma(words[post].rstrip(".")) not in _TITLES else at
    if at is None:
        after = doc.text[mention.end : mention.end + 100]
        match = re.match(r",\s+((?:[\w-]+\s+){0,1}[\w-]+)(\s+[^,.;]*)?", after)
        if not match:
            return
        words = _TOKEN.findall(match.group(0))
        at = next((k for k, w in enumerate(words[:3]) if lemma(w.rstrip(".")) in ROLES), None)
        if at is None:
            return
    role_lemma = lemma(words[at].rstrip("."))
    start_at = at
    while start_at > 0 and lemma(words[start_at - 1]) in (*_ROLE_ADJECTIVES, "и"):
        start_at -= 1
    rest = " ".join(w for w in words[at + 1 :] if w not in (",",)).strip()
    adjectives = [lemma(w) for w in words[start_at:at]]
    while adjectives and adjectives[0] == "и":
        adjectives.pop(0)
    person.role = " ".join([*adjectives, role_lemma])
    if role_lemma == "консул" and "генеральный" in adjectives:
        role_lemma = "генконсул"
    person.affiliation = _affiliation(doc, person, role_lemma, rest, mention, n)


def _affiliation(doc: RuDoc, person: Person, role: str, rest: str, mention: Mention, n: int) -> str | None:
    """The institution named in the post ("ректор КазНУ"), implied by it ("Посол Казахстана" ->
    "Посольство Казахстана"), or the nearest fitting one before it in the sentence."""
    window_start = mention.start - len(rest) - 2
    named = [m.index for m in doc.org_mentions if window_start <= m.start < mention.start]
    if named:
        return doc.orgs[named[-1]].name or None
    if rest and role in _IMPLIED and re.match(r"[А-Яа-яЁё]", rest):
        return _implied_org(doc, _IMPLIED[role], rest, n)
    wanted = ROLES.get(role)
    generic = rest.split()[0] if rest.split() else ""
    if wanted is None and generic.islower() and lemma(generic) in _GENERIC_HEADS:
        wanted = "University"  # "президентом университета": of the university the sentence named
    earlier = [i for i in doc.orgs_in(n) if _mentioned_before(doc, i, mention.start)]
    fitting = [i for i in earlier if wanted is None or doc.orgs[i].type == wanted]
    if fitting and wanted:
        return doc.orgs[fitting[-1]].name
    # "ректор университета Ерлан Сыдыков": the university the article is about
    if wanted and generic.islower() and lemma(generic) in _GENERIC_HEADS:
        main = doc.first_org()
        return doc.orgs[main].name if main is not None and doc.orgs[main].type == wanted else None
    if not earlier and _DELEGATION.search(doc.sents[n][2]):
        return _delegation_of(doc, n)
    return None


_DELEGATION = re.compile(r"\bделегаци", re.I)
_DELEGATION_OF = re.compile(r"\bделегаци(?:я|и|ю|ей)\s+$", re.I)


def _delegation_of(doc: RuDoc, n: int) -> str | None:
    """ "Делегацию возглавил проректор X": the institution of the delegation an earlier sentence named
    ("встреча с делегацией Университета Лодзи")."""
    for k in range(n, max(n - 3, -1), -1):
        start = doc.sents[k][0]
        for i in doc.orgs_in(k):
            first = min(m.start for m in doc.org_mentions if m.index == i and m.start >= start)
            if _DELEGATION_OF.search(doc.text[max(start, first - 20) : first]):
                return doc.orgs[i].name or None
    return None


_GENERIC_HEADS = frozenset({"университет", "вуз", "академия", "институт"})


def _mentioned_before(doc: RuDoc, index: int, pos: int) -> bool:
    return any(m.index == index and m.start < pos for m in doc.org_mentions)


def _implied_org(doc: RuDoc, head: str, rest: str, n: int) -> str:
    """Register the institution a post implies: "Посол Казахстана в Бельгии" -> its embassy."""
    name = org_nominative(f"{head} {rest}")
    kind = "Embassy" if head.lower().endswith(("посольство", "консульство")) else "Ministry"
    found = doc.find_org(name)
    if found is None:
        found = _named_without_country(doc, name, kind, org_country(rest))
    if found is None:
        org = Organization(name, [], kind, org_country(rest), None, doc.evidence(n), inferred=True)
        found = doc.add_org(org)
    return doc.orgs[found].name if name_key(doc.orgs[found].name) else name


def _named_without_country(doc: RuDoc, name: str, kind: str, country: str | None) -> int | None:
    """The one institution the article names as the post's, without its country: "заместитель
    министра иностранных дел Республики Беларусь" ... "в сообщении Министерства иностранных дел"."""
    if country is None:
        return None
    fitting = [
        i
        for i, org in enumerate(doc.orgs)
        if org.name
        and not org.inferred
        and org.type == kind
        and org.country in (None, country)
        and name.startswith(f"{org.name} ")
        and org_country(name[len(org.name) :]) == country
    ]
    if len(fitting) != 1:
        return None
    org = doc.orgs[fitting[0]]
    org.country = country
    if name not in org.aliases:
        org.aliases.append(name)
    return fitting[0]
