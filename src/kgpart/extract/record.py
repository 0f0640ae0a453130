"""The extraction record: dataclasses with a fixed, JSON-serialisable shape."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

OrgType = Literal[
    "University",
    "Embassy",
    "Ministry",
    "Government",
    "ResearchInstitute",
    "Faculty",
    "Centre",
    "School",
    "Company",
    "Other",
]
ORG_TYPES: tuple[str, ...] = OrgType.__args__  # type: ignore[attr-defined]
PARTNERSHIP_STATUS = ("existing", "proposed", "agreed")
PROGRAMME_KINDS = ("double-degree", "joint", "exchange", "internship", "other")
COHORT_STATUS = ("studying", "completed", "planned", "active")
CATEGORIES = ("persons", "organizations", "meetings", "partnerships", "programmes", "cohorts", "topics")


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the sentence and its character span in the plain text."""

    sentence: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """Return the evidence as a plain dict."""
        return {"sentence": self.sentence, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class KnownEntity:
    """An entity already in the graph, used as a gazetteer when reading new articles."""

    name: str
    aliases: tuple[str, ...] = ()
    type: str | None = None
    country: str | None = None
    kind: Literal["organization", "person"] = "organization"


@dataclass
class Person:
    """A named person with the post they hold."""

    name: str
    role: str | None = None
    affiliation: str | None = None
    aliases: list[str] = field(default_factory=list)
    evidence: Evidence | None = None


@dataclass
class Organization:
    """A named organisation (university, embassy, faculty, ministry, ...)."""

    name: str
    aliases: list[str] = field(default_factory=list)
    type: str = "Other"
    country: str | None = None
    part_of: str | None = None
    evidence: Evidence | None = None
    inferred: bool = False


@dataclass
class Meeting:
    """People and organisations that met, with the date and place when known."""

    participants: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    date: str | None = None
    place: str | None = None
    evidence: Evidence | None = None


@dataclass
class Partnership:
    """Two organisations cooperating: its kind and whether it exists, is proposed or agreed."""

    between: list[str]
    kind: str = "other"
    status: str = "existing"
    evidence: Evidence | None = None


@dataclass
class Participants:
    """How many took part in a programme, and who they are."""

    count: int | None = None
    who: str | None = None


@dataclass
class Programme:
    """An educational programme run by partners (double-degree, exchange, ...)."""

    name: str
    kind: str = "other"
    partners: list[str] = field(default_factory=list)
    participants: Participants = field(default_factory=Participants)
    evidence: Evidence | None = None


@dataclass
class Cohort:
    """A mobility figure: so many people from a country at an institution.

    ``count`` is None when the text names the group without a number ("Kazakh students
    studying in Hong Kong"): the cohort is a fact, its size is unknown.
    """

    count: int | None
    who: str | None = None
    at: str | None = None
    from_country: str | None = None
    status: str = "studying"
    evidence: Evidence | None = None


@dataclass
class Source:
    """What is known about the article itself."""

    url: str | None = None
    published: str | None = None
    title: str | None = None
    language: str | None = None  # "en" or "ru": the language the article was read in


@dataclass
class Topic:
    """A cooperation topic and the sentence it was read in."""

    label: str
    evidence: Evidence | None = None


def _plain(value: Any) -> Any:
    """Turn dataclasses into dicts, dropping empty evidence and false ``inferred`` flags."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {}
        for f in dataclasses.fields(value):
            item = getattr(value, f.name)
            if (f.name == "evidence" and item is None) or (f.name == "inferred" and not item):
                continue
            out[f.name] = _plain(item)
        return out
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


@dataclass
class Record:
    """Everything read from one article."""

    persons: list[Person] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    partnerships: list[Partnership] = field(default_factory=list)
    programmes: list[Programme] = field(default_factory=list)
    cohorts: list[Cohort] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)
    source: Source = field(default_factory=Source)

    def to_dict(self) -> dict[str, Any]:
        """Return the record in its fixed JSON shape (topics as labels, their evidence aside).

        >>> sorted(Record().to_dict())[:3]
        ['cohorts', 'meetings', 'organizations']
        """
        out: dict[str, Any] = {name: _plain(getattr(self, name)) for name in CATEGORIES[:-1]}
        out["topics"] = [t.label for t in self.topics]
        out["topic_evidence"] = [_plain(t) for t in self.topics]
        out["source"] = _plain(self.source)
        return out

    def org_names_in_facts(self, meetings: bool = True) -> set[str]:
        """The organisation names the record's facts refer to: the sides of its ties, its programmes' partners, its
        cohorts' places, its people's affiliations, the parents of its parts and, with ``meetings``, its meetings'
        organisations. An organisation of none of them takes part in no fact of the article."""
        used = {n for p in self.partnerships for n in p.between}
        used |= {n for p in self.programmes for n in p.partners}
        used |= {c.at for c in self.cohorts if c.at}
        used |= {p.affiliation for p in self.persons if p.affiliation}
        used |= {o.part_of for o in self.organizations if o.part_of}
        if meetings:
            used |= {n for m in self.meetings for n in m.organizations}
        return used

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Record:
        """Build a record from its dict form (e.g. a reviewed YAML file).

        Raises ValueError naming the first bad field.
        """
        from kgpart.extract.record_reader import record_from_dict

        return record_from_dict(cls, data)


def names_of(items: Iterable[Person | Organization]) -> list[str]:
    """Return the names of persons or organisations, in order."""
    return [i.name for i in items]
