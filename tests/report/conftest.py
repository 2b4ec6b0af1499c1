"""A store built once per session from the package's data files, with some user data added
(a document, a review candidate, log entries) so that exports carry every table."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from defcoop.store import Store, build, open_store


def add_user_data(store: Store) -> None:
    with store.transaction() as conn:
        conn.execute("INSERT INTO documents VALUES (?,?,?,?,?,?,?)",
                     ("ab" * 32, "notes/haber.txt", "tr", 1, "text/plain", "2025-01-02T03:04:05+00:00",
                      "Ortak tatbikat Bakü'de yapıldı."))
        conn.execute("INSERT INTO candidates (id, document_sha256, kind, name, date_start, date_end, "
                     "date_precision, payload, status, event_id, created_at, updated_at) VALUES "
                     "(?,?,?,?,?,?,?,?,?,?,?,?)",
                     ("cand-1", "ab" * 32, "exercise", "Ortak tatbikat", "2024-05", "2024-05", "month",
                      json.dumps({"claims": [{"field": "name", "value": "Ortak tatbikat"}]}, ensure_ascii=False),
                      "pending", None, "2025-01-02T03:04:05+00:00", "2025-01-02T03:04:05+00:00"))
        conn.execute("INSERT INTO candidates (id, document_sha256, kind, name, date_start, date_end, "
                     "date_precision, payload, status, event_id, created_at, updated_at) VALUES "
                     "(?,?,?,?,?,?,?,?,?,?,?,?)",
                     ("cand-2", "ab" * 32, "agreement", "Protokol", None, None, None,
                      json.dumps({"kind": "agreement", "name": "Protokol"}, indent=1), "rejected", None,
                      "2025-01-02T03:04:05+00:00", "2025-01-03T03:04:05+00:00"))
        store.log("reviewer", "reject", "cand-0", {"why": "yinelenen kayıt"}, "duplicate")
        store.log("reviewer", "accept", "cand-1", {}, None)


def _build(path: Path) -> Path:
    build(str(path), os.environ.get("DEFCOOP_TEST_DATA") or None)
    store = open_store(str(path))
    add_user_data(store)
    store.close()
    return path


@pytest.fixture(scope="session")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(tmp_path_factory.mktemp("store") / "kb.sqlite")


@pytest.fixture()
def store(store_path: Path) -> Store:
    s = open_store(str(store_path))
    yield s  # type: ignore[misc]
    s.close()


@pytest.fixture()
def cli(store_path: Path) -> Callable[..., object]:
    from defcoop.cli import main

    def run(*args: str) -> object:
        return CliRunner().invoke(main, ["--db", str(store_path), *args], catch_exceptions=False)

    return run
