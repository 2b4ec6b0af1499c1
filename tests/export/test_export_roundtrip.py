"""The canonical JSON export: deterministic, and export → import → export is lossless."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from defcoop.errors import ExportError, InputError
from defcoop.export import export, write_output
from defcoop.export.jsonio import import_json
from defcoop.store import EventFilter, Store, open_store

TABLES = ["meta", "actors", "places", "sources", "events", "event_links", "event_tables", "claims",
          "claim_cites", "conflicts", "relations", "provisions", "documents", "candidates", "log"]


def _rows(path: Path, table: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute(f"SELECT rowid, * FROM {table} ORDER BY rowid").fetchall()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def exported(store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("roundtrip")
    first = folder / "first.json"
    store = open_store(str(store_path))
    write_output(export(store, "json"), first)
    store.close()
    rebuilt = folder / "rebuilt.sqlite"
    import_json(first, str(rebuilt))
    return first, rebuilt


def test_reexport_of_imported_store_is_byte_identical(exported: tuple[Path, Path], tmp_path: Path) -> None:
    first, rebuilt = exported
    store = open_store(str(rebuilt))
    second = export(store, "json").single()
    store.close()
    assert second == first.read_bytes()


@pytest.mark.parametrize("table", TABLES)
def test_imported_store_has_identical_rows(exported: tuple[Path, Path], store_path: Path, table: str) -> None:
    _, rebuilt = exported
    assert _rows(rebuilt, table) == _rows(store_path, table)


def test_imported_store_has_the_same_search_index(exported: tuple[Path, Path], store_path: Path) -> None:
    _, rebuilt = exported

    def index(path: Path) -> list[tuple[object, ...]]:
        conn = sqlite3.connect(str(path))
        try:
            return sorted(conn.execute("SELECT kind, ref, event_id, text FROM search").fetchall())
        finally:
            conn.close()

    assert index(rebuilt) == index(store_path)


def test_user_data_travels_with_a_full_export(store: Store) -> None:
    doc = json.loads(export(store, "json").single())
    assert doc["documents"] and doc["candidates"] and doc["log"]
    assert doc["candidates"][0]["payload"]["claims"][0]["field"] == "name"


def test_filtered_export_holds_only_selected_events(store: Store) -> None:
    doc = json.loads(export(store, "json", EventFilter(kind=["exercise"])).single())
    assert doc["selection"] == "filtered"
    assert doc["events"] and {e["kind"] for e in doc["events"]} == {"exercise"}
    ids = {e["id"] for e in doc["events"]}
    assert all(r["source_event"] in ids and r["target_event"] in ids for r in doc["relations"])
    assert doc["log"] == []


def test_import_refuses_to_overwrite_without_replace(exported: tuple[Path, Path]) -> None:
    first, rebuilt = exported
    with pytest.raises(ExportError, match="--replace"):
        import_json(first, str(rebuilt))


@pytest.mark.parametrize("content, problem", [
    (b"{not json", "not a JSON file"),
    (b"[1, 2]", "not a defcoop store export"),
    (b'{"format": "defcoop-store", "format_version": 99, "schema_version": 1}', "format 99"),
    (b'{"format": "defcoop-store", "format_version": 1, "schema_version": 1, "events": [{"id": "x"}]}',
     "cannot be imported"),
    (b"\xff\xfe\x00binary", "not a JSON file"),
])
def test_bad_import_files_give_clear_errors_and_no_store(tmp_path: Path, content: bytes, problem: str) -> None:
    src = tmp_path / "in.json"
    src.write_bytes(content)
    target = tmp_path / "new.sqlite"
    with pytest.raises(InputError, match=problem):
        import_json(src, str(target))
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["in.json"]


def test_filtered_export_imports_into_a_working_store(store: Store, tmp_path: Path) -> None:
    from defcoop.store import Reader

    src = tmp_path / "ex.json"
    write_output(export(store, "json", EventFilter(kind=["exercise"])), src)
    target = tmp_path / "ex.sqlite"
    counts = import_json(src, str(target))
    new = open_store(str(target))
    try:
        reader = Reader(new)
        assert reader.count(EventFilter()) == counts["events"] == Reader(store).count(EventFilter(kind=["exercise"]))
        assert reader.search("tatbikat")
    finally:
        new.close()
