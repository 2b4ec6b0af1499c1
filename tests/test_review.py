"""Ingest (idempotent, atomic) and review actions with the append-only log."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from defcoop.errors import InputError, NotFound, QueryError
from defcoop.review import accept, edit, ingest, list_candidates, reject, show
from defcoop.store import open_store

NEWS = ("Kartal-2024 Tatbikatı 3-14 Haziran 2024 tarihleri arasında Konya'da yapıldı. "
        "Tatbikata Türkiye ve Pakistan hava kuvvetleri katıldı.\n")
OTHER = ("Exercise Sea Wolf 2023 was held off Karachi from 2 to 9 May 2023 by the Pakistan Navy "
         "and the Turkish Naval Forces.\n")


@pytest.fixture
def files(tmp_path: Path) -> list[str]:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(NEWS, encoding="utf-8")
    b.write_text(OTHER, encoding="utf-8")
    return [str(a), str(b)]


def counts(db: str) -> tuple[int, int, int]:
    conn = sqlite3.connect(db)
    try:
        return tuple(conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]  # type: ignore[return-value]
                     for t in ("documents", "candidates", "log"))
    finally:
        conn.close()


def test_ingest_stores_documents_and_candidates(mini_store: str, files: list[str]) -> None:
    store = open_store(mini_store)
    res = ingest(store, files, workers=1, progress=False)
    assert res["documents"] == 2 and res["candidates"] >= 2
    rows = list_candidates(store)
    assert {r["kind"] for r in rows} == {"exercise"}
    assert all(json.loads(json.dumps(r["payload"]))["evidence"] for r in rows)


def test_ingest_is_idempotent(mini_store: str, files: list[str]) -> None:
    store = open_store(mini_store)
    ingest(store, files, workers=1, progress=False)
    before = counts(mini_store)
    res = ingest(store, files, workers=1, progress=False)
    assert res == {"documents": 0, "skipped": 2, "candidates": 0}
    assert counts(mini_store) == before


def test_ingest_is_atomic(mini_store: str, files: list[str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02binary")
    store = open_store(mini_store)
    before = counts(mini_store)
    with pytest.raises(InputError) as err:
        ingest(store, [*files, str(bad)], workers=1, progress=False)
    assert "bad.txt" in str(err.value)
    assert counts(mini_store) == before


def test_ingest_with_a_process_pool(mini_store: str, tmp_path: Path) -> None:
    paths = []
    for i in range(5):
        p = tmp_path / f"n{i}.txt"
        p.write_text(NEWS.replace("2024", str(2010 + i)), encoding="utf-8")
        paths.append(str(p))
    res = ingest(open_store(mini_store), paths, workers=2, progress=False)
    assert res["documents"] == 5


def test_accept_merges_into_the_same_event(mini_store: str, files: list[str]) -> None:
    store = open_store(mini_store)
    ingest(store, files[:1], workers=1, progress=False)
    (cand,) = [r for r in list_candidates(store) if r["name"]]
    res = accept(store, cand["id"], reason="same exercise")
    assert res["status"] == "merged" and res["event"] == "ex-kartal-2024"
    n = store.conn.execute("SELECT COUNT(*) FROM claims WHERE event_id = 'ex-kartal-2024'").fetchone()[0]
    assert n > 9


def test_accept_new_event_and_log(mini_store: str, files: list[str]) -> None:
    store = open_store(mini_store)
    ingest(store, files[1:], workers=1, progress=False)
    (cand,) = list_candidates(store)
    res = accept(store, cand["id"])
    assert res["status"] == "accepted"
    row = store.conn.execute("SELECT kind, origin FROM events WHERE id = ?", (res["event"],)).fetchone()
    assert tuple(row) == ("exercise", "extracted")
    actions = [r[0] for r in store.conn.execute("SELECT action FROM log ORDER BY id")]
    assert actions[-2:] == ["ingest", "accept"]
    with pytest.raises(QueryError):
        accept(store, cand["id"])


def test_edit_and_reject_are_logged(mini_store: str, files: list[str]) -> None:
    store = open_store(mini_store)
    ingest(store, files[1:], workers=1, progress=False)
    (cand,) = list_candidates(store)
    edit(store, cand["id"], "name", "Sea Wolf-2023", reason="spelling")
    assert show(store, cand["id"])["payload"]["name"] == "Sea Wolf-2023"
    with pytest.raises(QueryError):
        edit(store, cand["id"], "colour", "red")
    reject(store, cand["id"], reason="duplicate")
    assert list_candidates(store) == []
    log = store.conn.execute("SELECT action, reason FROM log ORDER BY id").fetchall()
    assert [tuple(r) for r in log][-2:] == [("edit", "spelling"), ("reject", "duplicate")]


def test_log_is_append_only(mini_store: str, files: list[str]) -> None:
    store = open_store(mini_store)
    ingest(store, files[1:], workers=1, progress=False)
    with pytest.raises(sqlite3.DatabaseError):
        store.conn.execute("DELETE FROM log")


def test_unknown_candidate(mini_store: str) -> None:
    with pytest.raises(NotFound):
        show(open_store(mini_store), "nope")
