"""The data model: actors, places, sources, events, claims, provisions, relations.

Plain dataclasses, shared by the loader, the store, the extractor, the audit and the web.
An event's fields are resolved from its claims (:mod:`defcoop.resolve`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

# Fields of an event that claims can state.
EVENT_FIELDS = (
    "name", "date", "places", "parties", "organizations", "forces", "domains",
    "purpose", "outcome", "figures", "description",
)
TEXT_FIELDS = ("name", "purpose", "outcome", "description")
LIST_FIELDS = ("places", "parties", "organizations", "forces", "domains")


@dataclass
class Names:
    tr: str
    en: str
    az: str | None = None

    def get(self, lang: str) -> str:
        if lang == "az" and self.az:
            return self.az
        return self.en if lang == "en" else self.tr


@dataclass
class Actor:
    id: str
    type: str
    names: Names
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    parent: str | None = None


@dataclass
class Place:
    id: str
    kind: str
    country: str | None
    lat: float | None
    lon: float | None
    names: Names
    aliases: list[str] = field(default_factory=list)


@dataclass
class Source:
    id: str
    type: str
    authors: list[str]
    year: int | None
    title: str | None
    container: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    publisher: str | None = None
    place: str | None = None
    editors: list[str] = field(default_factory=list)
    url: str | None = None
    doi: str | None = None
    accessed: str | None = None
    language: str | None = None
    cited_in: str | None = None
    page: int | None = None
    raw: str | None = None
    text_path: str | None = None


@dataclass
class Cite:
    """A reference a statement cites: the in-text citation as written and the source it names."""

    as_written: str
    ref: str | None = None


@dataclass(init=False)
class Claim:
    """One source's statement of one field of one event, with its evidence."""

    field: str
    value: Any
    quote: str
    page: int | None
    source: str = "ozer2025"
    en: str | None = None
    locus: str = "prose"
    cites: list[Cite] = dataclasses.field(default_factory=list)
    cell: Names | None = None
    start: int | None = None
    end: int | None = None
    line: int | None = None  # line in the data file, for messages

    def __init__(self, field: str, value: Any, quote: str, page: int | None,
                 source: str = "ozer2025", en: str | None = None, locus: str = "prose",
                 cites: list[Cite] | None = None, cell: Names | None = None,
                 start: int | None = None, end: int | None = None,
                 line: int | None = None) -> None:
        # written out (not generated) so that the compiled build makes claims fast
        self.field, self.value, self.quote, self.page = field, value, quote, page
        self.source, self.en, self.locus = source, en, locus
        self.cites = cites if cites is not None else []
        self.cell, self.start, self.end, self.line = cell, start, end, line


@dataclass
class Relation:
    type: str
    target: str


@dataclass(init=False)
class Event:
    id: str
    kind: str
    claims: list[Claim] = field(default_factory=list)
    tables: dict[str, int] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    origin: str = "curated"

    def __init__(self, id: str, kind: str, claims: list[Claim] | None = None,
                 tables: dict[str, int] | None = None, relations: list[Relation] | None = None,
                 origin: str = "curated") -> None:
        self.id, self.kind = id, kind
        self.claims = claims if claims is not None else []
        self.tables = tables if tables is not None else {}
        self.relations = relations if relations is not None else []
        self.origin = origin


@dataclass
class Provision:
    id: str
    event: str
    code: str
    domains: list[str]
    text: Names
    quote: str
    page: int | None
    source: str = "ozer2025"
    cites: list[Cite] = field(default_factory=list)
    start: int | None = None
    end: int | None = None


@dataclass
class Conflict:
    field: str
    values: list[Any]
    claims: list[int] = dataclasses.field(default_factory=list)  # indexes into the event's claims
