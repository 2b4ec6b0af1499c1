"""Tables flattened one cell per line, recovered into rows."""

from defcoop.detect.tables import find_tables
from defcoop.seed import seed_document


def _seed_tables():  # type: ignore[no-untyped-def]
    from defcoop.extract import _line_predicates, default_finders
    doc = seed_document()
    is_place, is_force, is_state = _line_predicates(default_finders())
    return find_tables(doc.text, doc.page_of, is_place, is_force, is_state)


def test_the_paper_has_two_tables() -> None:
    tables = _seed_tables()
    assert [(t.number, t.kind, len(t.rows)) for t in tables] == [(1, "agreement", 8), (2, "exercise", 7)]


def test_table_two_columns_and_cells() -> None:
    t2 = _seed_tables()[1]
    assert t2.columns == ["name", "date", "place", "forces", "purpose"]
    first = t2.rows[0]
    assert first.cells["name"].text == "Mustafa Kemal Atatürk 2021"
    assert first.date is not None and (first.date.start, first.date.precision) == ("2021-06", "month")
    assert first.cells["place"].text == "Bakü, Azerbaycan"
    assert first.cells["forces"].text == "Kara ve Hava Kuvvetleri"


def test_month_range_cell_and_multiline_place() -> None:
    rows = {r.cells["name"].text: r for r in _seed_tables()[1].rows}
    aliyev = rows["Haydar Aliyev 2023 Tatbikatı"]
    assert aliyev.date is not None and (aliyev.date.start, aliyev.date.end) == ("2023-04", "2023-05")
    assert rows["Kış Tatbikatı 2022"].cells["place"].text == "Bakü, Astara, Cebrayıl ve İmişli, Azerbaycan"


def test_row_across_a_page_break_keeps_its_name() -> None:
    names = [r.cells["name"].text for r in _seed_tables()[0].rows]
    assert "Elektronik Harp Araçlarının Ortak Geliştirilmesi" in names
    assert "Azerbaycan Su-25 Uçaklarının Modernizasyonu" in names


def test_english_table() -> None:
    text = "\n".join([
        "Some prose before the table that is long enough to be a sentence of a paper.",
        "Table 3: Joint exercises",
        "Exercise Name Date Location Forces",
        "Eagle", "Shield 2023", "March", "2023", "Baku", "Air Force", "Test air defence.",
        "Sea", "Breeze 2024", "12-20 May", "2024", "Konya", "Navy", "Train sailors.",
        "After the table comes a long line of prose which ends the table for good.",
    ])
    (t,) = find_tables(text, lambda _o: 1, lambda s: s in ("Baku", "Konya"),
                       lambda s: s in ("Air Force", "Navy"))
    assert t.kind == "exercise"
    assert [(r.cells["name"].text, r.date.start if r.date else None) for r in t.rows] == [
        ("Eagle Shield 2023", "2023-03"), ("Sea Breeze 2024", "2024-05-12")]
    assert t.rows[1].cells["place"].text == "Konya"


def test_no_caption_no_table() -> None:
    assert find_tables("Anlaşma Adı Tarih\nBir\n2024\n", lambda _o: 1) == []
