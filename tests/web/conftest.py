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
    news = tmp_path_factory.mktemp("news") / "haber.txt"
    news.write_text(NEWS, encoding="utf-8")
    from defcoop.review import ingest

    ingest(store, [str(news)], workers=1, progress=False)  # one pending candidate to review
    store.close()
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
