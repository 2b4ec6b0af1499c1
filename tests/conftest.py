"""Shared fixtures: a tiny data folder, a store built from it, and the real store."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from defcoop.kb.loader import default_data_dir
from defcoop.store import Store, build, open_store

MINI_ACTORS = """\
- id: TUR
  type: state
  names: {tr: Türkiye, en: Türkiye, az: Türkiyə}
  aliases: [Turkey]
- id: PAK
  type: state
  names: {tr: Pakistan, en: Pakistan}
- id: baykar
  type: company
  names: {tr: Baykar, en: Baykar}
  country: TUR
"""

MINI_PLACES = (
    "id\tkind\tcountry\tlat\tlon\tname_tr\tname_en\tname_az\taliases\n"
    "konya\tcity\ttur\t37.87\t32.48\tKonya\tKonya\tKonya\t\n"
    "karachi\tcity\tpak\t24.86\t67.01\tKaraçi\tKarachi\t\t\n"
)

MINI_SOURCES = """\
- id: doc2024
  type: news
  authors: ["Haber Ajansı"]
  year: 2024
  title: Ortak tatbikat tamamlandı
  text_path: docs/doc2024.txt
- id: ref2023
  type: article
  authors: ["Yılmaz, A."]
  year: 2023
  title: Savunma iş birliği
  container: Güvenlik Dergisi
  pages: "10-20"
"""

MINI_TEXT = (
    " Kartal-2024 Tatbikatı 3-14 Haziran 2024 tarihleri arasında Konya'da yapıldı.\n"
    "Tatbikata 120 asker katıldı (Yılmaz, 2023: 12).\n"
    " Kartal-2024 tatbikatı Haziran 2024'te sona erdi. Tatbikat 5-15 Haziran 2024\n"
    "tarihlerinde Karaçi'de de sürdü.\n"
)

MINI_EVENTS = """\
- id: ex-kartal-2024
  kind: exercise
  tables: {exercises: 1}
  claims:
    - field: name
      value: Kartal-2024 Tatbikatı
      en: Exercise Kartal-2024
      quote: Kartal-2024 Tatbikatı
      page: 1
      source: doc2024
      locus: table
      cell: {tr: Kartal-2024 Tatbikatı, en: Exercise Kartal-2024}
    - field: date
      value: 2024-06-03/2024-06-14
      quote: 3-14 Haziran 2024 tarihleri arasında
      page: 1
      source: doc2024
      locus: table
      cell: {tr: 3-14 Haziran 2024, en: 3–14 June 2024}
    - field: date
      value: "2024-06"
      quote: Haziran 2024'te sona erdi
      page: 2
      source: doc2024
    - field: date
      value: 2024-06-05/2024-06-15
      quote: Tatbikat 5-15 Haziran 2024 tarihlerinde
      page: 2
      source: doc2024
    - field: places
      value: [konya]
      quote: Konya'da yapıldı
      page: 1
      source: doc2024
    - field: places
      value: [karachi]
      quote: Karaçi'de de sürdü
      page: 2
      source: doc2024
    - field: parties
      value: [TUR, PAK]
      quote: Kartal-2024 Tatbikatı
      page: 1
      source: doc2024
    - field: forces
      value: [air]
      quote: Kartal-2024 Tatbikatı
      page: 1
      source: doc2024
    - field: figures
      value: {troops: 120}
      quote: Tatbikata 120 asker katıldı
      page: 1
      source: doc2024
      cites: [{as: "Yılmaz, 2023: 12", ref: ref2023}]
- id: ag-savunma-2023
  kind: agreement
  claims:
    - field: name
      value: Savunma Sanayii Anlaşması
      en: Defense Industry Agreement
      quote: Kartal-2024
      page: 1
      source: doc2024
    - field: date
      value: "2023"
      quote: Kartal-2024
      page: 1
      source: doc2024
    - field: organizations
      value: [baykar]
      quote: Kartal-2024
      page: 1
      source: doc2024
"""


def write_mini_data(root: Path) -> Path:
    """A small, valid data folder: two events, three actors, two places, two sources."""
    data = root / "data"
    (data / "kb" / "events").mkdir(parents=True)
    (data / "gazetteer").mkdir()
    (data / "docs").mkdir()
    shutil.copy(default_data_dir() / "vocab.yaml", data / "vocab.yaml")
    (data / "actors.yaml").write_text(MINI_ACTORS, encoding="utf-8")
    (data / "gazetteer" / "places.tsv").write_text(MINI_PLACES, encoding="utf-8")
    (data / "kb" / "sources.yaml").write_text(MINI_SOURCES, encoding="utf-8")
    (data / "kb" / "events" / "events.yaml").write_text(MINI_EVENTS, encoding="utf-8")
    (data / "docs" / "doc2024.txt").write_text(MINI_TEXT, encoding="utf-8")
    return data


@pytest.fixture
def mini_data(tmp_path: Path) -> Path:
    return write_mini_data(tmp_path)


@pytest.fixture
def mini_store(tmp_path: Path, mini_data: Path) -> str:
    from defcoop.store import build

    db = str(tmp_path / "mini.sqlite")
    build(db, mini_data)
    return db


@pytest.fixture(scope="session")
def real_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The store built from the package's own data files (the founding paper)."""
    from defcoop.store import build

    db = str(tmp_path_factory.mktemp("store") / "defcoop.sqlite")
    build(db)
    return db


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


# ---- a store of the package's data with some user data added (a document, review
# candidates, log entries), so that exports and reports carry every table


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
def store(store_path: Path) -> Iterator[Store]:
    s = open_store(str(store_path))
    yield s
    s.close()


@pytest.fixture()
def cli(store_path: Path) -> Callable[..., object]:
    from defcoop.cli import main

    def run(*args: str) -> object:
        return CliRunner().invoke(main, ["--db", str(store_path), *args], catch_exceptions=False)

    return run
