"""Ingesting documents as candidate events, and reviewing the candidates.

- :func:`ingest` reads and extracts documents (a process pool for many files) and stores each
  new document with its candidates. It is idempotent — a document already in the store (same
  SHA-256) adds nothing — and atomic: every file is read and extracted before one transaction
  writes them all, so a bad file leaves the store as it was.
- :func:`accept`, :func:`edit`, :func:`reject` act on one candidate; accepting creates an
  event whose claims are the candidate's evidence, or merges them into an existing event when
  it is the same one (same kind, same name, overlapping dates). Every action is written to the
  append-only log with who, when, what and why.
"""

from __future__ import annotations

import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any, Iterable

from defcoop.errors import InputError, NotFound, QueryError, StoreError
from defcoop.model import Cite, Claim, Event, Relation, Source
from defcoop.store import Store
from defcoop.store.sqlite import now

ACTOR = os.environ.get("USER") or "defcoop"
EDITABLE = ("kind", "name", "date_start", "date_end", "date_precision", "places", "parties",
            "forces", "organizations")
POOL_MIN_FILES = 4
PROGRESS_MIN_FILES = 10


@dataclass
class Extracted:
    path: str
    sha256: str
    language: str
    pages: int
    media_type: str
    text: str
    contract: dict[str, Any]


def _extract_one(path: str) -> tuple[str, Any]:
    """Read and extract one file; errors come back as values (exceptions with custom
    constructors do not cross process boundaries reliably)."""
    from defcoop.errors import DefcoopError
    from defcoop.extract import extract, to_contract
    from defcoop.read import read_document
    try:
        doc = read_document(path)
        contract = to_contract(extract(doc))
    except InputError as exc:
        return "error", exc.problem
    except DefcoopError as exc:
        return "error", str(exc)
    except Exception as exc:  # noqa: BLE001 - any failure of one file is reported, not raised
        return "error", f"cannot be extracted: {type(exc).__name__}: {exc}"
    return "ok", Extracted(path, doc.sha256, doc.language, doc.pages, doc.media_type, doc.text,
                           contract)


def extract_files(paths: list[str], workers: int | None = None,
                  progress: bool | None = None) -> list[Extracted]:
    """Extract every file (in a process pool when there are many); InputError for the first
    file that cannot be read, after all were tried."""
    use_pool = len(paths) >= POOL_MIN_FILES and workers != 1
    show = progress if progress is not None else len(paths) >= PROGRESS_MIN_FILES
    results: list[tuple[str, Any]]
    bar = _progress(len(paths), show)
    if use_pool:
        n = workers or min(len(paths), os.cpu_count() or 2)
        with ProcessPoolExecutor(max_workers=n) as pool:
            results = []
            for r in pool.map(_extract_one, paths, chunksize=max(1, len(paths) // (n * 4))):
                results.append(r)
                bar.update(1)
    else:
        results = []
        for p in paths:
            results.append(_extract_one(p))
            bar.update(1)
    bar.close()
    out: list[Extracted] = []
    errors = [(p, r[1]) for p, r in zip(paths, results) if r[0] == "error"]
    if errors:
        path, problem = errors[0]
        more = f" ({len(errors) - 1} more files failed)" if len(errors) > 1 else ""
        raise InputError(path, f"{problem}{more}; nothing was stored")
    for _, r in zip(paths, results):
        out.append(r[1])
    return out


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


def _progress(total: int, show: bool) -> Any:
    if not show:
        return _NoBar()
    from tqdm import tqdm
    return tqdm(total=total, unit="doc", file=sys.stderr, desc="extracting")


def ingest(store: Store, paths: Iterable[str], workers: int | None = None,
           progress: bool | None = None, actor: str = ACTOR) -> dict[str, Any]:
    """Store new documents and their candidate events; returns counts."""
    files = list(paths)
    extracted = extract_files(files, workers, progress)
    added = skipped = candidates = 0
    seen: set[str] = set()
    with store.transaction() as conn:
        for x in extracted:
            if x.sha256 in seen or conn.execute("SELECT 1 FROM documents WHERE sha256 = ?",
                                                (x.sha256,)).fetchone():
                skipped += 1
                continue
            seen.add(x.sha256)
            stamp = now()
            conn.execute("INSERT INTO documents (sha256, path, language, pages, media_type, "
                         "ingested_at, text) VALUES (?,?,?,?,?,?,?)",
                         (x.sha256, x.path, x.language, x.pages, x.media_type, stamp, x.text))
            for e in x.contract["events"]:
                cid = e["id"]
                if conn.execute("SELECT 1 FROM candidates WHERE id = ?", (cid,)).fetchone():
                    continue
                conn.execute(
                    "INSERT INTO candidates (id, document_sha256, kind, name, date_start, date_end, "
                    "date_precision, payload, status, event_id, created_at, updated_at) "
                    "VALUES (?,?,?,?,?,?,?,?, 'pending', NULL, ?, ?)",
                    (cid, x.sha256, e["kind"], e["name"], e["date_start"], e["date_end"],
                     e["date_precision"], json.dumps(e, ensure_ascii=False), stamp, stamp))
                candidates += 1
            store.log(actor, "ingest", x.sha256, {"path": x.path, "events": len(x.contract["events"])})
            added += 1
    return {"documents": added, "skipped": skipped, "candidates": candidates}


# ----------------------------------------------------------------------------- reading candidates

def _row(store: Store, cid: str) -> Any:
    row = store.conn.execute("SELECT * FROM candidates WHERE id = ?", (cid,)).fetchone()
    if row is None:
        raise NotFound(f"no candidate '{cid}'; 'defcoop review list' shows the candidates")
    return row


def _as_dict(row: Any) -> dict[str, Any]:
    d = dict(row)
    d["payload"] = json.loads(d["payload"])
    return d


def list_candidates(store: Store, status: str | None = "pending") -> list[dict[str, Any]]:
    sql = "SELECT * FROM candidates"
    args: tuple[Any, ...] = ()
    if status:
        if status not in ("pending", "accepted", "rejected", "merged"):
            raise QueryError(f"status '{status}' is not one of pending, accepted, rejected, merged")
        sql += " WHERE status = ?"
        args = (status,)
    sql += " ORDER BY created_at, document_sha256, id"
    return [_as_dict(r) for r in store.conn.execute(sql, args)]


def show(store: Store, cid: str) -> dict[str, Any]:
    d = _as_dict(_row(store, cid))
    doc = store.conn.execute("SELECT path, language, pages FROM documents WHERE sha256 = ?",
                             (d["document_sha256"],)).fetchone()
    d["document"] = dict(doc) if doc else None
    return d


# ----------------------------------------------------------------------------- actions

def _claims(payload: dict[str, Any], source: str) -> list[Claim]:
    out = []
    for ev in payload.get("evidence", []):
        out.append(Claim(field=ev["field"], value=ev["value"], quote=ev["quote"], page=ev.get("page"),
                         source=source, locus=ev.get("locus") or "prose",
                         cites=[Cite(c) for c in ev.get("cites") or []],
                         start=ev.get("start"), end=ev.get("end")))
    return out


def _document_source(store: Store, sha: str) -> str:
    sid = f"doc-{sha[:12]}"
    if store.conn.execute("SELECT 1 FROM sources WHERE id = ?", (sid,)).fetchone():
        return sid
    doc = store.conn.execute("SELECT path, language FROM documents WHERE sha256 = ?", (sha,)).fetchone()
    path = doc["path"] if doc else sid
    store.add_source(Source(id=sid, type="other", authors=[], year=None,
                            title=os.path.basename(path), language=doc["language"] if doc else None,
                            text_path=path), origin="extracted")
    return sid


def same_event(store: Store, payload: dict[str, Any]) -> str | None:
    """The id of a stored event that is the candidate's event: same kind, same name (spelling
    aside) and overlapping dates."""
    from defcoop.evaluate import Record, dates_overlap, names_match
    if not payload.get("name"):
        return None
    cand = Record(kind=payload["kind"], name=payload["name"], names=payload.get("names") or [],
                  date_start=payload.get("date_start"), date_end=payload.get("date_end"))
    for row in store.conn.execute("SELECT id, kind, name_tr, names, date_start, date_end FROM events "
                                  "WHERE kind = ?", (payload["kind"],)):
        other = Record(kind=row["kind"], name=row["name_tr"], names=json.loads(row["names"] or "[]"),
                       date_start=row["date_start"], date_end=row["date_end"])
        if names_match(cand, other, strict=False) and (
                not cand.date_start or not other.date_start or dates_overlap(cand, other)):
            return str(row["id"])
    return None


def accept(store: Store, cid: str, into: str | None = None, actor: str = ACTOR,
           reason: str | None = None) -> dict[str, Any]:
    """Accept a pending candidate: a new event, or its evidence merged into ``into`` (or into the
    stored event that is the same one)."""
    row = _row(store, cid)
    if row["status"] != "pending":
        raise QueryError(f"candidate '{cid}' is {row['status']}, not pending")
    payload = json.loads(row["payload"])
    with store.transaction():
        source = _document_source(store, row["document_sha256"])
        claims = _claims(payload, source)
        target = into or same_event(store, payload)
        if target:
            event = store.load_event(target)
            event.claims.extend(claims)
            store.replace_event(event)
            status, action = "merged", "merge"
        else:
            target = cid
            if store.conn.execute("SELECT 1 FROM events WHERE id = ?", (target,)).fetchone():
                raise StoreError(f"an event '{target}' already exists; accept with --into {target}")
            store.insert_event(Event(id=target, kind=payload["kind"], claims=claims, origin="extracted"))
            status, action = "accepted", "accept"
        store.conn.execute("UPDATE candidates SET status = ?, event_id = ?, updated_at = ? WHERE id = ?",
                           (status, target, now(), cid))
        store.log(actor, action, cid, {"event": target, "claims": len(claims)}, reason)
    return {"candidate": cid, "status": status, "event": target}


def edit(store: Store, cid: str, fieldname: str, value: str, actor: str = ACTOR,
         reason: str | None = None) -> dict[str, Any]:
    """Change one field of a pending candidate (lists as comma-separated values)."""
    if fieldname not in EDITABLE:
        raise QueryError(f"field '{fieldname}' cannot be edited; editable: {', '.join(EDITABLE)}")
    row = _row(store, cid)
    if row["status"] != "pending":
        raise QueryError(f"candidate '{cid}' is {row['status']}; only pending candidates are edited")
    payload = json.loads(row["payload"])
    old = payload.get(fieldname)
    new: Any = value
    if fieldname in ("places", "parties", "forces", "organizations"):
        items = [v.strip() for v in value.split(",") if v.strip()]
        new = [{"id": v, "name": v, "lat": None, "lon": None, "country": None} for v in items] \
            if fieldname == "places" else items
    elif fieldname == "kind":
        from defcoop.extract import CONTRACT_KINDS
        if value not in CONTRACT_KINDS:
            raise QueryError(f"kind '{value}' is not one of {', '.join(CONTRACT_KINDS)}")
    elif fieldname == "date_precision" and value not in ("day", "month", "year"):
        raise QueryError("date_precision is day, month or year")
    payload[fieldname] = new
    evidence_field = {"date_start": "date", "date_end": "date", "date_precision": "date"}.get(fieldname, fieldname)
    if fieldname in ("name", "kind") or evidence_field != "date":
        claim_value = new if fieldname != "places" else [p["id"] for p in new]
        payload.setdefault("evidence", []).append(
            {"field": evidence_field, "value": claim_value, "quote": f"edited by {actor}",
             "page": None, "start": None, "end": None, "locus": "prose"})
    with store.transaction():
        store.conn.execute("UPDATE candidates SET payload = ?, updated_at = ?" +
                           (f", {fieldname} = ?" if fieldname in ("kind", "name", "date_start", "date_end",
                                                                  "date_precision") else "") +
                           " WHERE id = ?",
                           (json.dumps(payload, ensure_ascii=False), now(),
                            *([new] if fieldname in ("kind", "name", "date_start", "date_end",
                                                     "date_precision") else []), cid))
        store.log(actor, "edit", cid, {"field": fieldname, "old": old, "new": new}, reason)
    return {"candidate": cid, "field": fieldname, "old": old, "new": new}


def reject(store: Store, cid: str, actor: str = ACTOR, reason: str | None = None) -> dict[str, Any]:
    row = _row(store, cid)
    if row["status"] != "pending":
        raise QueryError(f"candidate '{cid}' is {row['status']}, not pending")
    with store.transaction():
        store.conn.execute("UPDATE candidates SET status = 'rejected', updated_at = ? WHERE id = ?",
                           (now(), cid))
        store.log(actor, "reject", cid, {}, reason)
    return {"candidate": cid, "status": "rejected"}


__all__ = ["accept", "edit", "extract_files", "ingest", "list_candidates", "reject", "same_event", "show"]
