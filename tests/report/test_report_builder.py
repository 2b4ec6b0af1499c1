"""The dyad report's content: sections in the founding paper's order, filled from the store."""

from __future__ import annotations

import pytest

from defcoop.errors import QueryError
from defcoop.report import build
from defcoop.report.builder import known_dyads, parse_dyad
from defcoop.store import EventFilter, Reader, Store

ORDER = ["chronology", "agreements", "exercises", "provisions", "timeline", "map", "statistics", "intensity",
         "network", "conflicts", "bibliography"]


@pytest.fixture(scope="module")
def report_en(store_path: object) -> object:
    from defcoop.store import open_store

    store = open_store(str(store_path))
    r = build(store, "TUR-AZE", "en")
    store.close()
    return r


def test_sections_follow_the_papers_order(report_en: object) -> None:
    assert [s.key for s in report_en.sections] == ORDER  # type: ignore[attr-defined]


def test_chronology_lists_every_event_of_the_dyad(report_en: object, store: Store) -> None:
    evs = Reader(store).events(EventFilter(party=["TUR", "AZE"]), lang="en")
    rows = report_en.sections[0].tables[0].rows  # type: ignore[attr-defined]
    assert len(rows) == len(evs)
    assert [r[2].rstrip(" ⚠") for r in rows] == [e["name"] for e in evs]


@pytest.mark.parametrize("key, table", [("agreements", "agreements"), ("exercises", "exercises")])
def test_paper_tables_hold_the_papers_rows(report_en: object, store: Store, key: str, table: str) -> None:
    from defcoop.tables import build_table

    t = build_table(store, table, "en")
    sec = next(s for s in report_en.sections if s.key == key)  # type: ignore[attr-defined]
    assert sec.tables[0].header == t.header
    assert sec.tables[0].rows == t.rows


def test_provisions_of_the_declaration(report_en: object, store: Store) -> None:
    sec = next(s for s in report_en.sections if s.key == "provisions")  # type: ignore[attr-defined]
    decl = Reader(store).events(EventFilter(kind=["declaration"], party=["TUR", "AZE"]))
    n = sum(len(Reader(store).provisions(e["id"], "en")) for e in decl)
    assert sum(len(t.rows) for t in sec.tables) == n > 0


@pytest.mark.parametrize("key", ["timeline", "map", "intensity", "network"])
def test_figures_are_real_vector_and_raster_images(report_en: object, key: str) -> None:
    sec = next(s for s in report_en.sections if s.key == key)  # type: ignore[attr-defined]
    assert sec.figures
    fig = sec.figures[0]
    assert fig.svg.startswith("<svg") and "<path" in fig.svg
    assert fig.png.startswith(b"\x89PNG")


def test_intensity_section_states_its_formula(report_en: object) -> None:
    from defcoop.report.intensity import formula_text

    sec = next(s for s in report_en.sections if s.key == "intensity")  # type: ignore[attr-defined]
    assert sec.paragraphs[0] == formula_text("en")


def test_bibliography_is_apa_for_the_sources_used(report_en: object) -> None:
    refs = report_en.references_text  # type: ignore[attr-defined]
    assert refs and all("(" in r and ")" in r for r in refs)


def test_turkish_report_uses_turkish_headings(store: Store) -> None:
    r = build(store, "TUR-AZE", "tr")
    assert r.sections[0].heading == "Kronoloji"
    assert r.sections[-1].heading == "Kaynakça"


@pytest.mark.parametrize("dyad", ["TUR-XXX", "TURAZE", "TUR-TUR", "TUR", "", "1-2"])
def test_unknown_or_malformed_dyad_lists_known_ones(store: Store, dyad: str) -> None:
    with pytest.raises(QueryError, match="TUR|known dyads|no events") as info:
        parse_dyad(Reader(store), dyad)
    assert "AZE-TUR" in str(info.value)


@pytest.mark.parametrize("dyad", ["TUR-AZE", "aze-tur", "TUR/AZE", "TUR_AZE"])
def test_dyad_spellings(store: Store, dyad: str) -> None:
    assert set(parse_dyad(Reader(store), dyad)) == {"TUR", "AZE"}


def test_known_dyads_lead_with_the_busiest(store: Store) -> None:
    assert known_dyads(Reader(store))[0] == "AZE-TUR"


def test_report_labels_file_validates() -> None:
    from defcoop.report.builder import _labels

    labels = _labels()
    assert all(v["tr"] and v["en"] for v in labels.values())
    for key in ORDER:
        assert key in labels
