"""Loading and validating the knowledge base's data files into model objects.

Every problem raises :class:`DataError` naming the file, the line and what is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from defcoop import dates
from defcoop.errors import DataError
from defcoop.kb.yamlio import load_tsv, load_yaml, line_of
from defcoop.model import (
    EVENT_FIELDS, LIST_FIELDS, TEXT_FIELDS, Actor, Cite, Claim, Event, Names, Place, Provision,
    Relation, Source,
)

PLACE_COLUMNS = ["id", "kind", "country", "lat", "lon", "name_tr", "name_en", "name_az", "aliases"]


def default_data_dir() -> Path:
    return Path(str(resources.files("defcoop") / "data"))


@dataclass
class KnowledgeBase:
    vocab: dict[str, Any]
    actors: dict[str, Actor]
    places: dict[str, Place]
    sources: dict[str, Source]
    events: dict[str, Event] = field(default_factory=dict)
    provisions: list[Provision] = field(default_factory=list)
    data_dir: Path = field(default_factory=default_data_dir)


class _Ctx:
    """Where we are, for error messages."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, obj: Any, problem: str) -> DataError:
        return DataError(self.path, line_of(obj), problem)

    def req(self, obj: dict[str, Any], key: str, kind: type | tuple[type, ...] = str) -> Any:
        if not isinstance(obj, dict):
            raise self.fail(obj, f"expected a mapping, got {type(obj).__name__}")
        if key not in obj or obj[key] in (None, ""):
            raise self.fail(obj, f"missing required key '{key}'")
        val = obj[key]
        if not isinstance(val, kind):
            names = kind.__name__ if isinstance(kind, type) else "/".join(k.__name__ for k in kind)
            raise self.fail(obj, f"'{key}' must be {names}, got {type(val).__name__}")
        return val

    def opt(self, obj: dict[str, Any], key: str, kind: type | tuple[type, ...] = str) -> Any:
        val = obj.get(key)
        if val is None:
            return None
        if not isinstance(val, kind):
            names = kind.__name__ if isinstance(kind, type) else "/".join(k.__name__ for k in kind)
            raise self.fail(obj, f"'{key}' must be {names}, got {type(val).__name__}")
        return val

    def listed(self, obj: Any, what: str) -> list[Any]:
        if not isinstance(obj, list):
            raise DataError(self.path, line_of(obj), f"the file must hold a list of {what}")
        return obj


def _names(ctx: _Ctx, obj: Any, key: str) -> Names:
    n = ctx.req(obj, key, dict)
    tr = ctx.req(n, "tr")
    en = ctx.req(n, "en")
    az = ctx.opt(n, "az")
    return Names(tr=tr, en=en, az=az)


def _str_list(ctx: _Ctx, obj: dict[str, Any], key: str) -> list[str]:
    val = obj.get(key) or []
    if not isinstance(val, list) or not all(isinstance(v, (str, int)) for v in val):
        raise ctx.fail(obj, f"'{key}' must be a list of strings")
    return [str(v) for v in val]


# ---------------------------------------------------------------- reference data

@lru_cache(maxsize=4)
def load_vocab(data_dir: str | None = None) -> dict[str, Any]:
    path = Path(data_dir or default_data_dir()) / "vocab.yaml"
    vocab = load_yaml(path)
    if not isinstance(vocab, dict):
        raise DataError(path, None, "vocab.yaml must be a mapping of vocabularies")
    for key in ("event_kinds", "forces", "domains", "figures", "provision_codes",
                "provision_domains", "relation_types", "source_types", "actor_types",
                "place_kinds", "loci"):
        if key not in vocab:
            raise DataError(path, None, f"vocabulary '{key}' is missing")
        entries = vocab[key]
        if isinstance(entries, dict):
            for code, labels in entries.items():
                if not isinstance(labels, dict) or not all(isinstance(labels.get(lang), str) for lang in ("tr", "en")):
                    raise DataError(path, line_of(entries),
                                    f"{key}.{code} needs text labels 'tr' and 'en' (quote labels with commas)")
                extra = set(labels) - {"tr", "en", "atop"}
                if extra:
                    raise DataError(path, line_of(labels), f"{key}.{code}: unknown key(s) {', '.join(sorted(extra))}"
                                                           " — quote labels that contain commas")
    return dict(vocab)


def _load_actors(path: Path, vocab: dict[str, Any]) -> dict[str, Actor]:
    ctx = _Ctx(path)
    out: dict[str, Actor] = {}
    for obj in ctx.listed(load_yaml(path), "actors"):
        aid = str(ctx.req(obj, "id", (str, int)))
        if aid in out:
            raise ctx.fail(obj, f"duplicate actor id '{aid}'")
        atype = ctx.req(obj, "type")
        if atype not in vocab["actor_types"]:
            raise ctx.fail(obj, f"actor type '{atype}' is not one of {', '.join(vocab['actor_types'])}")
        out[aid] = Actor(id=aid, type=atype, names=_names(ctx, obj, "names"),
                         aliases=_str_list(ctx, obj, "aliases"), country=ctx.opt(obj, "country"),
                         parent=ctx.opt(obj, "parent"))
    return out


def _float(ctx: _Ctx, line: int, raw: str, name: str, lo: float, hi: float) -> float | None:
    if raw == "":
        return None
    try:
        v = float(raw)
    except ValueError:
        raise DataError(ctx.path, line, f"{name} '{raw}' is not a number") from None
    if not lo <= v <= hi:
        raise DataError(ctx.path, line, f"{name} {v} is outside {lo}..{hi}")
    return v


def _load_places(path: Path, vocab: dict[str, Any]) -> dict[str, Place]:
    ctx = _Ctx(path)
    out: dict[str, Place] = {}
    for line, row in load_tsv(path, PLACE_COLUMNS):
        pid = row["id"]
        if not pid:
            raise DataError(path, line, "empty id")
        if pid in out:
            raise DataError(path, line, f"duplicate place id '{pid}'")
        if row["kind"] not in vocab["place_kinds"]:
            raise DataError(path, line, f"place kind '{row['kind']}' is not one of "
                                        f"{', '.join(vocab['place_kinds'])}")
        if not row["name_tr"] or not row["name_en"]:
            raise DataError(path, line, "name_tr and name_en are required")
        out[pid] = Place(
            id=pid, kind=row["kind"], country=row["country"] or None,
            lat=_float(ctx, line, row["lat"], "lat", -90, 90),
            lon=_float(ctx, line, row["lon"], "lon", -180, 180),
            names=Names(tr=row["name_tr"], en=row["name_en"], az=row["name_az"] or None),
            aliases=[a.strip() for a in row["aliases"].split("|") if a.strip()],
        )
    return out


@lru_cache(maxsize=4)
def load_actors(data_dir: str | None = None) -> dict[str, Actor]:
    d = Path(data_dir or default_data_dir())
    return _load_actors(d / "actors.yaml", load_vocab(data_dir))


@lru_cache(maxsize=4)
def load_places(data_dir: str | None = None) -> dict[str, Place]:
    d = Path(data_dir or default_data_dir())
    return _load_places(d / "gazetteer" / "places.tsv", load_vocab(data_dir))


# ---------------------------------------------------------------- sources, events, provisions

_SOURCE_KEYS = {"id", "type", "authors", "year", "title", "container", "volume", "issue", "pages",
                "publisher", "place", "editors", "url", "doi", "accessed", "language",
                "cited_in", "page", "raw", "text_path"}


def _load_sources(path: Path, vocab: dict[str, Any]) -> dict[str, Source]:
    ctx = _Ctx(path)
    out: dict[str, Source] = {}
    for obj in ctx.listed(load_yaml(path), "sources"):
        sid = ctx.req(obj, "id")
        if sid in out:
            raise ctx.fail(obj, f"duplicate source id '{sid}'")
        unknown = set(obj) - _SOURCE_KEYS
        if unknown:
            raise ctx.fail(obj, f"unknown key(s) {', '.join(sorted(unknown))}")
        stype = ctx.req(obj, "type")
        if stype not in vocab["source_types"]:
            raise ctx.fail(obj, f"source type '{stype}' is not one of {', '.join(vocab['source_types'])}")
        year = obj.get("year")
        if year is not None and not isinstance(year, int):
            raise ctx.fail(obj, "'year' must be an integer")

        def s(key: str) -> str | None:
            v = obj.get(key)
            return None if v is None else str(v)

        page = obj.get("page")
        if page is not None and not isinstance(page, int):
            raise ctx.fail(obj, "'page' must be an integer")
        out[sid] = Source(
            id=sid, type=stype, authors=_str_list(ctx, obj, "authors"), year=year,
            title=s("title"), container=s("container"), volume=s("volume"), issue=s("issue"),
            pages=s("pages"), publisher=s("publisher"), place=s("place"),
            editors=_str_list(ctx, obj, "editors"), url=s("url"), doi=s("doi"),
            accessed=s("accessed"), language=s("language"), cited_in=s("cited_in"), page=page,
            raw=s("raw"), text_path=s("text_path"),
        )
    return out


def _cites(ctx: _Ctx, obj: dict[str, Any], sources: dict[str, Source]) -> list[Cite]:
    raw = obj.get("cites") or []
    if not isinstance(raw, list):
        raise ctx.fail(obj, "'cites' must be a list of {as, ref}")
    out: list[Cite] = []
    for c in raw:
        if not isinstance(c, dict):
            raise ctx.fail(obj, "each cite must be a mapping {as: ..., ref: ...}")
        as_written = ctx.req(c, "as")
        ref = c.get("ref")
        if ref is not None and ref not in sources:
            raise ctx.fail(c, f"cite ref '{ref}' is not a source id in kb/sources.yaml")
        out.append(Cite(as_written=as_written, ref=ref))
    return out


def _check_value(ctx: _Ctx, obj: Any, fieldname: str, value: Any, kb: KnowledgeBase) -> Any:
    vocab = kb.vocab
    if fieldname == "date":
        try:
            return dates.parse_value(value).value()
        except ValueError as exc:
            raise ctx.fail(obj, f"date: {exc}") from None
    if fieldname in TEXT_FIELDS:
        if not isinstance(value, str) or not value.strip():
            raise ctx.fail(obj, f"'{fieldname}' value must be text")
        return value
    if fieldname == "figures":
        if not isinstance(value, dict) or not value:
            raise ctx.fail(obj, "figures value must be a mapping of figure keys to integers")
        for k, v in value.items():
            if k not in vocab["figures"]:
                raise ctx.fail(obj, f"figure key '{k}' is not in vocab figures")
            if not isinstance(v, int) or isinstance(v, bool):
                raise ctx.fail(obj, f"figure '{k}' must be an integer")
        return dict(value)
    if fieldname in LIST_FIELDS:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not value:
            raise ctx.fail(obj, f"'{fieldname}' value must be a non-empty list")
        allowed: Any = {
            "places": kb.places, "parties": kb.actors, "organizations": kb.actors,
            "forces": vocab["forces"], "domains": vocab["domains"],
        }[fieldname]
        for v in value:
            if str(v) not in allowed:
                raise ctx.fail(obj, f"{fieldname}: unknown id '{v}'")
        return [str(v) for v in value]
    raise ctx.fail(obj, f"unknown field '{fieldname}'")


def _load_events(path: Path, kb: KnowledgeBase) -> list[Event]:
    ctx = _Ctx(path)
    out: list[Event] = []
    for obj in ctx.listed(load_yaml(path), "events"):
        eid = ctx.req(obj, "id")
        kind = ctx.req(obj, "kind")
        if kind not in kb.vocab["event_kinds"]:
            raise ctx.fail(obj, f"event kind '{kind}' is not one of {', '.join(kb.vocab['event_kinds'])}")
        tables = obj.get("tables") or {}
        if not isinstance(tables, dict) or not all(isinstance(v, int) for v in tables.values()):
            raise ctx.fail(obj, "'tables' must map a table name to a row number")
        relations = []
        for r in obj.get("relations") or []:
            rtype = ctx.req(r, "type")
            if rtype not in kb.vocab["relation_types"]:
                raise ctx.fail(r, f"relation type '{rtype}' is not in vocab relation_types")
            relations.append(Relation(type=rtype, target=ctx.req(r, "target")))
        claims: list[Claim] = []
        raw_claims = obj.get("claims")
        if not isinstance(raw_claims, list) or not raw_claims:
            raise ctx.fail(obj, f"event '{eid}' has no claims: every field needs a claim")
        for c in raw_claims:
            fname = ctx.req(c, "field")
            if fname not in EVENT_FIELDS:
                raise ctx.fail(c, f"unknown field '{fname}' (one of {', '.join(EVENT_FIELDS)})")
            if "value" not in c:
                raise ctx.fail(c, "missing required key 'value'")
            value = _check_value(ctx, c, fname, c["value"], kb)
            locus = c.get("locus", "prose")
            if locus not in kb.vocab["loci"]:
                raise ctx.fail(c, f"locus '{locus}' is not one of {', '.join(kb.vocab['loci'])}")
            source = c.get("source", "ozer2025")
            if source not in kb.sources:
                raise ctx.fail(c, f"source '{source}' is not in kb/sources.yaml")
            page = c.get("page")
            if page is not None and not isinstance(page, int):
                raise ctx.fail(c, "'page' must be an integer")
            cell = _names(ctx, c, "cell") if c.get("cell") is not None else None
            if locus == "table" and cell is None and tables:
                raise ctx.fail(c, "a table claim needs 'cell: {tr, en}'")
            claims.append(Claim(
                field=fname, value=value, quote=str(ctx.req(c, "quote", (str, int))), page=page,
                source=source, en=ctx.opt(c, "en"), locus=locus, cites=_cites(ctx, c, kb.sources),
                cell=cell, line=line_of(c),
            ))
        if not any(cl.field == "name" for cl in claims):
            raise ctx.fail(obj, f"event '{eid}' has no name claim")
        out.append(Event(id=eid, kind=kind, claims=claims, tables=dict(tables), relations=relations))
    return out


def _load_provisions(path: Path, kb: KnowledgeBase) -> list[Provision]:
    ctx = _Ctx(path)
    out: list[Provision] = []
    seen: set[str] = set()
    for obj in ctx.listed(load_yaml(path), "provisions"):
        pid = ctx.req(obj, "id")
        if pid in seen:
            raise ctx.fail(obj, f"duplicate provision id '{pid}'")
        seen.add(pid)
        code = ctx.req(obj, "code")
        if code not in kb.vocab["provision_codes"]:
            raise ctx.fail(obj, f"provision code '{code}' is not in vocab provision_codes")
        doms = _str_list(ctx, obj, "domains")
        for d in doms:
            if d not in kb.vocab["provision_domains"]:
                raise ctx.fail(obj, f"provision domain '{d}' is not in vocab provision_domains")
        event = ctx.req(obj, "event")
        if event not in kb.events:
            raise ctx.fail(obj, f"provision event '{event}' is not an event id")
        source = obj.get("source", "ozer2025")
        if source not in kb.sources:
            raise ctx.fail(obj, f"source '{source}' is not in kb/sources.yaml")
        out.append(Provision(id=pid, event=event, code=code, domains=doms,
                             text=_names(ctx, obj, "text"), quote=ctx.req(obj, "quote"),
                             page=ctx.opt(obj, "page", int), source=source,
                             cites=_cites(ctx, obj, kb.sources)))
    return out


def load_kb(data_dir: str | Path | None = None) -> KnowledgeBase:
    """Load and validate every data file; raises DataError on the first problem."""
    d = Path(data_dir) if data_dir else default_data_dir()
    vocab = load_vocab(str(d))
    kb = KnowledgeBase(
        vocab=vocab,
        actors=_load_actors(d / "actors.yaml", vocab),
        places=_load_places(d / "gazetteer" / "places.tsv", vocab),
        sources=_load_sources(d / "kb" / "sources.yaml", vocab),
        data_dir=d,
    )
    events_dir = d / "kb" / "events"
    for path in sorted(events_dir.glob("*.yaml")):
        for ev in _load_events(path, kb):
            if ev.id in kb.events:
                raise DataError(path, None, f"duplicate event id '{ev.id}'")
            kb.events[ev.id] = ev
    for ev in kb.events.values():
        for rel in ev.relations:
            if rel.target not in kb.events:
                raise DataError(events_dir, None, f"event '{ev.id}' relates to unknown event '{rel.target}'")
    prov = d / "kb" / "provisions.yaml"
    if prov.exists():
        kb.provisions = _load_provisions(prov, kb)
    _locate_quotes(kb, events_dir)
    return kb


def _locate_quotes(kb: KnowledgeBase, events_dir: Path) -> None:
    """Give each claim and provision its character offsets; a quote not on its page is an error."""
    from defcoop.read.document import Document, split_pages_leading_space

    docs: dict[str, Document | None] = {}

    def doc_for(source_id: str) -> Document | None:
        if source_id not in docs:
            src = kb.sources[source_id]
            docs[source_id] = None
            if src.text_path:
                p = kb.data_dir / src.text_path
                text = p.read_text(encoding="utf-8")
                docs[source_id] = Document(path=str(p), text=text,
                                           page_starts=split_pages_leading_space(text))
        return docs[source_id]

    for ev in kb.events.values():
        for c in ev.claims:
            doc = doc_for(c.source)
            if doc is None:
                continue
            hit = doc.find(c.quote, c.page)
            if hit is None:
                where = f"page {c.page}" if c.page else "the text"
                raise DataError(events_dir, c.line,
                                f"event '{ev.id}', {c.field} claim: quote not found on {where} of "
                                f"'{c.source}': {c.quote!r}")
            c.start, c.end = hit
    for p in kb.provisions:
        doc = doc_for(p.source)
        if doc is None:
            continue
        hit = doc.find(p.quote, p.page)
        if hit is None:
            raise DataError(kb.data_dir / "kb" / "provisions.yaml", None,
                            f"provision '{p.id}': quote not found on page {p.page}: {p.quote!r}")
        p.start, p.end = hit
