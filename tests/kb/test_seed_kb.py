"""The founding paper's knowledge base: evidence on its pages, the tables, the conflict."""

from __future__ import annotations

import csv
import io
import re

import pytest
from click.testing import CliRunner

from defcoop.cli import main
from defcoop.kb import load_kb
from defcoop.seed import seed_document
from defcoop.store import Reader, open_store


def _flat(text: str) -> str:
    """Whitespace collapsed and end-of-line hyphenation joined, nothing else."""
    text = re.sub(r"-\s*\n\s*", "-", text)
    return re.sub(r"\s+", " ", text).strip()


def _flat_nohyphen(text: str) -> str:
    text = re.sub(r"-\s*\n\s*", "", text)
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def kb():  # type: ignore[no-untyped-def]
    return load_kb()


def test_every_quote_is_verbatim_on_its_page(kb) -> None:  # type: ignore[no-untyped-def]
    doc = seed_document()
    checked = 0
    for ev in kb.events.values():
        for c in ev.claims:
            if c.source != "ozer2025":
                continue
            assert c.page is not None and 1 <= c.page <= 27, (ev.id, c.field)
            page = doc.page_text(c.page)
            # a quote may run on to the next page
            nxt = doc.page_text(c.page + 1) if c.page < 27 else ""
            span = page + nxt
            starts = [(flat(span).find(flat(c.quote)), len(flat(page))) for flat in (_flat, _flat_nohyphen)]
            # found, and starting on the stated page
            assert any(0 <= i < n for i, n in starts), (ev.id, c.field, c.page, c.quote)
            checked += 1
    for p in kb.provisions:
        assert _flat(p.quote) in _flat(doc.page_text(p.page) + doc.page_text(min(p.page + 1, 27))), p.id
        checked += 1
    assert checked > 300


def test_every_event_has_english_name_and_dated_claims_have_pages(kb) -> None:  # type: ignore[no-untyped-def]
    for ev in kb.events.values():
        names = [c for c in ev.claims if c.field == "name"]
        assert names and any(c.en for c in names), ev.id


def test_reference_list_is_complete(kb) -> None:  # type: ignore[no-untyped-def]
    refs = [s for s in kb.sources.values() if s.cited_in == "ozer2025"]
    assert len(refs) == 32
    doc = seed_document()
    for s in refs:
        assert s.raw and doc.find(s.raw) is not None, s.id
        assert 24 <= (s.page or 0) <= 27


def _paper_table_text(pages: tuple[int, ...]) -> str:
    doc = seed_document()
    return _flat("\n".join(doc.page_text(p) for p in pages))


EXERCISE_NAMES = ["Mustafa Kemal Atatürk 2021", "TurAz Şahini 2021", "Sarsılmaz Kardeşlik 2021",
                  "TurAz Kartalı 2022", "Kış Tatbikatı 2022", "Haydar Aliyev 2023 Tatbikatı",
                  "Deniz Kuvvetleri Ortak Tatbikatı"]
EXERCISE_DATES = ["Haziran 2021", "Eylül 2021", "Ekim 2021", "Eylül 2022", "Aralık 2022", "Nisan Mayıs 2023",
                  "Kasım 2024"]
AGREEMENT_DATES = ["23 Nisan 2023", "26 Temmuz 2023", "27 Temmuz 2023", "8 Mart 2024", "Eylül 2024",
                   "Eylül 2024", "Eylül 2024", "Eylül 2024"]


def _table(store: str, name: str, lang: str) -> list[list[str]]:
    res = CliRunner().invoke(main, ["--db", store, "table", name, "--lang", lang, "--format", "csv"])
    assert res.exit_code == 0, res.stderr
    return list(csv.reader(io.StringIO(res.stdout)))


def test_exercises_table_matches_the_paper(real_store: str) -> None:
    rows = _table(real_store, "exercises", "tr")
    assert rows[0] == ["Tatbikat Adı", "Tarih", "Yer", "Katılan Kuvvetler", "Amaç"]
    body = rows[1:]
    assert [r[0] for r in body] == EXERCISE_NAMES
    assert [r[1] for r in body] == EXERCISE_DATES
    paper = _paper_table_text((17, 18))
    for row in body:
        for cell in row:
            assert cell and cell in paper, cell


def test_agreements_table_matches_the_paper(real_store: str) -> None:
    rows = _table(real_store, "agreements", "tr")
    assert rows[0] == ["Anlaşma Adı", "Tarih", "Amaç", "Katkı"]
    body = rows[1:]
    assert len(body) == 8
    assert [r[1] for r in body] == AGREEMENT_DATES
    paper = _flat_nohyphen("\n".join(seed_document().page_text(p) for p in (14, 15)))
    flat_paper = re.sub(r"\s+", "", paper)
    for row in body:
        for cell in row:
            # the flattened table interleaves two cells of one row across a page break:
            # compare without spaces so each cell's words are found in order
            assert cell and re.sub(r"\s+", "", cell) in flat_paper or all(
                w in paper for w in cell.split()), cell


@pytest.mark.parametrize("name", ["agreements", "exercises"])
def test_english_tables_have_the_same_shape(real_store: str, name: str) -> None:
    tr, en = _table(real_store, name, "tr"), _table(real_store, name, "en")
    assert len(tr) == len(en) and all(len(a) == len(b) for a, b in zip(tr, en))
    assert all(cell for row in en for cell in row)
    assert en[1] != tr[1]


def test_turaz_sahini_2021_shows_its_date_conflict(real_store: str) -> None:
    e = Reader(open_store(real_store)).event("ex-turaz-sahini-2021")
    [conflict] = [c for c in e["conflicts"] if c["field"] == "date"]
    claims = [e["claims"][i] for i in conflict["claims"]]
    assert {c["value"] for c in claims} >= {"2021-09-02/2021-09-16", "2021-09-06/2021-09-17"}
    assert all(c["page"] == 19 for c in claims)
    res = CliRunner().invoke(main, ["--db", real_store, "show", "ex-turaz-sahini-2021"])
    assert "CONFLICTS" in res.stdout and "2-16 Eylül 2021" in res.stdout and "6-17 Eylül 2021" in res.stdout


def test_shusha_declaration_and_provisions(real_store: str) -> None:
    r = Reader(open_store(real_store))
    e = r.event("de-shusha-declaration", "en")
    assert e["date_start"] == "2021-06-15" and e["date_precision"] == "day"
    codes = {p["code"] for p in e["provisions"]}
    assert {"defense", "security_council", "exercises_training", "coproduction", "technology_transfer",
            "third_party", "corridor", "domains_cooperation"} <= codes
    assert all(p["quote"] and p["page"] for p in e["provisions"])


@pytest.mark.parametrize(("eid", "start", "end", "precision"), [
    ("ex-sarsilmaz-kardeslik-2021", "2021-10-05", "2021-10-08", "day"),
    ("ex-haydar-aliyev-2023", "2023-04-19", "2023-05-10", "day"),
    ("ex-kis-tatbikati-2022", "2022-12", "2022-12", "month"),
    ("ex-deniz-kuvvetleri-2024", "2024-11", "2024-11", "month"),
])
def test_exercise_dates_refined_by_prose(real_store: str, eid: str, start: str, end: str, precision: str) -> None:
    e = Reader(open_store(real_store)).event(eid)
    assert (e["date_start"], e["date_end"], e["date_precision"]) == (start, end, precision)


def test_mustafa_kemal_ataturk_2021_figures(real_store: str) -> None:
    e = Reader(open_store(real_store)).event("ex-mustafa-kemal-ataturk-2021")
    assert e["figures"]["troops"] == 600 and e["figures"]["uavs"] == 3
