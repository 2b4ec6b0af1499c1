"""Query parameters shared by the pages and their JSON twins, parsed into library objects.

Every parameter arrives as text (an empty form field means "not given") and a value that
cannot be used raises :class:`ApiError` 400, reported in the error envelope.
"""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Cookie, Query

from defcoop.errors import QueryError
from defcoop.store import EventFilter
from defcoop.store.queries import SORTS
from defcoop.web.envelope import ApiError
from defcoop.web.i18n import DEFAULT_LANG, LANGS

LANG_COOKIE = "defcoop_lang"
DEFAULT_LIMIT = 50
MAX_LIMIT = 500


def _multi(values: list[str]) -> list[str]:
    """Repeated parameters and comma-separated lists alike: kind=a&kind=b or kind=a,b."""
    out: list[str] = []
    for v in values:
        out += [x.strip() for x in v.split(",") if x.strip()]
    return out


def _int(name: str, value: str | None, lo: int, hi: int | None = None) -> int | None:
    if value is None or not value.strip():
        return None
    try:
        n = int(value.strip())
    except ValueError:
        raise ApiError(400, f"parameter '{name}' must be a whole number, got '{value}'",
                       "bad_parameter") from None
    if n < lo or (hi is not None and n > hi):
        bound = f"between {lo} and {hi}" if hi is not None else f"at least {lo}"
        raise ApiError(400, f"parameter '{name}' must be {bound}, got {n}", "bad_parameter")
    return n


def _text(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None


def pick_lang(query: str | None, cookie: str | None) -> str:
    """The language asked for in the query, else the remembered one, else Turkish."""
    if query in LANGS:
        return str(query)
    return cookie if cookie in LANGS else DEFAULT_LANG


async def get_lang(lang: str | None = Query(None, description="Language of labels and data: tr or en."),
             defcoop_lang: str | None = Cookie(None, include_in_schema=False)) -> str:
    if lang is not None and lang.strip():
        if lang not in LANGS:
            raise ApiError(400, f"parameter 'lang' must be one of {', '.join(LANGS)}, got '{lang}'",
                           "bad_parameter")
        return lang
    return defcoop_lang if defcoop_lang in LANGS else DEFAULT_LANG


async def get_filter(
    q: str | None = Query(None, description="Full-text search over names, quotes and sources."),
    kind: list[str] = Query([], description="Event kind (repeat or comma-separate)."),
    year: str | None = Query(None, description="Events whose dates overlap this year."),
    date_from: str | None = Query(None, alias="from", description="Overlapping from YYYY[-MM[-DD]]."),
    date_to: str | None = Query(None, alias="to", description="Overlapping up to YYYY[-MM[-DD]]."),
    party: list[str] = Query([], description="Party state, ISO3 (repeatable)."),
    place: list[str] = Query([], description="Place id (repeatable)."),
    force: list[str] = Query([], description="Force code (repeatable)."),
    domain: list[str] = Query([], description="Domain code (repeatable)."),
    org: list[str] = Query([], description="Organization id (repeatable)."),
    source: str | None = Query(None, description="Only events stated by or citing this source id."),
) -> EventFilter:
    f = EventFilter(kind=_multi(kind), year=_int("year", year, 1000, 2999), date_from=_text(date_from),
                    date_to=_text(date_to), party=[p.upper() if len(p) == 3 and p.isalpha() else p for p in _multi(party)],
                    place=_multi(place), force=_multi(force), domain=_multi(domain),
                    organization=_multi(org), source=_text(source), q=_text(q))
    try:
        f.validate()
        if f.q:
            from defcoop.store.queries import fts_query

            fts_query(f.q)
    except QueryError as exc:
        raise ApiError(400, str(exc), "bad_parameter") from None
    return f


@dataclass
class Page:
    limit: int
    offset: int


async def get_page(limit: str | None = Query(None, description=f"Rows per page (1–{MAX_LIMIT}, default {DEFAULT_LIMIT})."),
             offset: str | None = Query(None, description="Rows to skip (default 0).")) -> Page:
    return Page(limit=_int("limit", limit, 1, MAX_LIMIT) or DEFAULT_LIMIT,
                offset=_int("offset", offset, 0) or 0)


async def get_sort(sort: str | None = Query(None, description="date, -date, name or kind.")) -> str:
    s = _text(sort) or "date"
    if s not in SORTS:
        raise ApiError(400, f"parameter 'sort' must be one of {', '.join(SORTS)}, got '{s}'", "bad_parameter")
    return s


def filter_query(f: EventFilter) -> dict[str, str | list[str]]:
    """The filter as query parameters (for links that keep the filters)."""
    out: dict[str, str | list[str]] = {}
    for key, val in (("q", f.q), ("year", str(f.year) if f.year else None), ("from", f.date_from),
                     ("to", f.date_to), ("source", f.source)):
        if val:
            out[key] = val
    for key, vals in (("kind", f.kind), ("party", f.party), ("place", f.place), ("force", f.force),
                      ("domain", f.domain), ("org", f.organization)):
        if vals:
            out[key] = list(vals)
    return out
