"""Building the store: schema version, atomic rebuilds, carried-over user data, FTS."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from defcoop.errors import DataError, StoreError
from defcoop.store import SCHEMA_VERSION, EventFilter, Reader, build, open_store


def test_build_writes_schema_version(mini_store: str) -> None:
    conn = sqlite3.connect(mini_store)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == 2


def test_failed_rebuild_leaves_previous_store_intact(mini_store: str, mini_data: Path) -> None:
    before = Path(mini_store).read_bytes()
    events = mini_data / "kb" / "events" / "events.yaml"
    events.write_text(events.read_text(encoding="utf-8").replace("kind: agreement", "kind: nonsense"),
                      encoding="utf-8")
    with pytest.raises(DataError):
        build(mini_store, mini_data)
    assert Path(mini_store).read_bytes() == before
    assert not list(Path(mini_store).parent.glob("*.tmp"))


def test_rebuild_keeps_user_data_and_log(mini_store: str, mini_data: Path) -> None:
    store = open_store(mini_store)
    with store.transaction():
        store.conn.execute("INSERT INTO documents VALUES ('abc', 'x.txt', 'tr', 1, 'text/plain', '2024-01-01', 't')")
        store.log("curator", "note", "abc", {"k": 1}, "test")
    store.close()
    build(mini_store, mini_data)
    conn = sqlite3.connect(mini_store)
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    assert conn.execute("SELECT action FROM log").fetchall() == [("note",)]


def test_log_is_append_only(mini_store: str) -> None:
    store = open_store(mini_store)
    store.log("curator", "accept", "x")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.conn.execute("UPDATE log SET actor = 'someone else'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.conn.execute("DELETE FROM log")


def test_missing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="run 'defcoop build'"):
        open_store(str(tmp_path / "nothing.sqlite"))


def test_not_a_store(tmp_path: Path) -> None:
    p = tmp_path / "junk.sqlite"
    p.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a defcoop store"):
        open_store(str(p))


def test_unsupported_url() -> None:
    with pytest.raises(StoreError, match="not supported"):
        open_store("mysql://localhost/x")


@pytest.mark.parametrize(("q", "expected"), [
    ("kartal", {"ex-kartal-2024", "ag-savunma-2023"}),  # the agreement's claims quote it too
    ("KARTAL TATBİKATI", {"ex-kartal-2024"}),
    ("sona erdi", {"ex-kartal-2024"}),
    ("defense industry", {"ag-savunma-2023"}),
    ("karaci", {"ex-kartal-2024"}),
    ("zeplin", set()),
])
def test_full_text_search(mini_store: str, q: str, expected: set[str]) -> None:
    r = Reader(open_store(mini_store))
    assert {e["id"] for e in r.events(EventFilter(q=q))} == expected


def test_rebuild_keeps_claims_merged_into_curated_events(mini_store: str, mini_data: Path) -> None:
    from defcoop.model import Claim, Source

    store = open_store(mini_store)
    with store.transaction():
        store.add_source(Source(id="doc-1", type="news", authors=[], year=2024, title="x.txt"), origin="extracted")
        event = store.load_event("ex-kartal-2024")
        event.claims.append(Claim(field="figures", value={"troops": 150}, quote="150 asker", page=1, source="doc-1"))
        store.replace_event(event)
    store.close()
    build(mini_store, mini_data)
    e = Reader(open_store(mini_store)).event("ex-kartal-2024")
    assert [c["source"] for c in e["claims"]][-1] == "doc-1"
    assert {"field": "figures.troops", "values": [120, 150], "claims": [8, 9]} in e["conflicts"]
