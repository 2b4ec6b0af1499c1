"""Web fixtures: one store built once per test run, and test clients with and without a token."""

from __future__ import annotations

import os
import shutil
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from defcoop.model import Claim, Event

TOKEN = "test-token-5f1c"
HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(1)>"
HOSTILE_ID = "ex-hostile-quote"
NEWS = ("Anadolu Kartalı 2019 Tatbikatı 17-28 Haziran 2019 tarihleri arasında Konya'da yapıldı. "
        "Tatbikata Türkiye, Pakistan ve Azerbaycan hava kuvvetleri katıldı.\n")


def add_candidate(db: str, cid: str, name: str, year: int, quote: str | None = None) -> str:
    """A pending candidate as ingestion stores it: its document and its payload with evidence."""
    import hashlib
    import json
    import sqlite3

    text = NEWS.replace("Anadolu Kartalı 2019", name).replace("2019", str(year))
    first, second = text.strip().split(". ", 1)
    sha = hashlib.sha256(text.encode()).hexdigest()
    ev = [{"field": "name", "value": name, "quote": quote or first + ".", "page": 1, "locus": "prose", "cites": []},
          {"field": "date", "value": f"{year}-06-17/{year}-06-28", "quote": first + ".", "page": 1,
           "locus": "prose", "cites": []},
          {"field": "places", "value": ["konya"], "quote": first + ".", "page": 1, "locus": "prose", "cites": []},
          {"field": "parties", "value": ["TUR", "PAK", "AZE"], "quote": second, "page": 1, "locus": "prose",
           "cites": []},
          {"field": "forces", "value": ["air"], "quote": second, "page": 1, "locus": "prose", "cites": []}]
    payload = {"id": cid, "kind": "exercise", "name": name, "names": [name], "date_start": f"{year}-06-17",
               "date_end": f"{year}-06-28", "date_precision": "day",
               "places": [{"id": "konya", "name": "Konya", "lat": 37.87, "lon": 32.48, "country": "TUR"}],
               "parties": ["TUR", "PAK", "AZE"], "forces": ["air"], "organizations": [], "figures": {},
               "evidence": ev, "cites": [], "conflicts": []}
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("INSERT OR IGNORE INTO documents (sha256, path, language, pages, media_type, ingested_at, text) "
                     "VALUES (?, ?, 'tr', 1, 'text/plain', '2025-01-01T00:00:00+00:00', ?)",
                     (sha, f"haber-{cid}.txt", text))
        conn.execute("INSERT INTO candidates (id, document_sha256, kind, name, date_start, date_end, date_precision, "
                     "payload, status, created_at, updated_at) VALUES (?, ?, 'exercise', ?, ?, ?, 'day', ?, "
                     "'pending', '2025-01-01T00:00:00+00:00', '2025-01-01T00:00:00+00:00')",
                     (cid, sha, name, f"{year}-06-17", f"{year}-06-28", json.dumps(payload, ensure_ascii=False)))
    conn.close()
    return cid


def _client_class() -> Any:
    # starlette's test client warns about its httpx transport at import; that is not ours to fix
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    return TestClient


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The store built from the package's data (DEFCOOP_DATA_DIR picks another data folder),
    plus one event whose quote carries markup."""
    from defcoop.store import build, open_store

    db = str(tmp_path_factory.mktemp("web") / "defcoop.sqlite")
    build(db, os.environ.get("DEFCOOP_DATA_DIR") or None)
    store = open_store(db)
    with store.transaction():
        store.insert_event(Event(id=HOSTILE_ID, kind="other", claims=[
            Claim(field="name", value="Hostile quote test", en="Hostile quote test", quote=HOSTILE, page=1),
            Claim(field="date", value="2019-05", quote=HOSTILE, page=1),
        ]))
    store.close()
    add_candidate(db, "ex-anadolu-kartali-2019-cand", "Anadolu Kartalı 2019", 2019)  # one to review
    return db


@pytest.fixture(scope="session")
def pristine_db(tmp_path_factory: pytest.TempPathFactory, web_db: str) -> str:
    """A copy of the store for tests that write."""
    path = tmp_path_factory.mktemp("web-write") / "defcoop.sqlite"
    shutil.copy(web_db, path)
    return str(path)


@pytest.fixture(scope="session")
def _client(web_db: str) -> Iterator[Any]:
    from defcoop.web import create_app

    with _client_class()(create_app(web_db, TOKEN), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="session")
def _client_no_token(web_db: str) -> Iterator[Any]:
    from defcoop.web import create_app

    with _client_class()(create_app(web_db, None), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture
def client(_client: Any) -> Any:
    """The app with a token configured; each test starts without cookies (no remembered language)."""
    _client.cookies.clear()
    return _client


@pytest.fixture
def client_no_token(_client_no_token: Any) -> Any:
    _client_no_token.cookies.clear()
    return _client_no_token


@pytest.fixture
def writable_client(pristine_db: str) -> Iterator[Any]:
    from defcoop.web import create_app

    with _client_class()(create_app(pristine_db, TOKEN), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="session")
def docs_web() -> str:
    return (Path(__file__).resolve().parents[2] / "docs" / "web.md").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def token() -> str:
    return TOKEN


@pytest.fixture(scope="session")
def hostile() -> tuple[str, str]:
    """(the markup-bearing quote, the id of the event that carries it)"""
    return HOSTILE, HOSTILE_ID


@pytest.fixture
def candidate(pristine_db: str, request: pytest.FixtureRequest) -> str:
    """A fresh pending candidate in the writable store (its own document for each test)."""
    n = sum(map(ord, request.node.name)) % 500
    return add_candidate(pristine_db, f"cand-{request.node.name[:40]}-{n}", f"Kartal Tatbikatı {n}", 1500 + n)
