"""Loading and validating data files: good files load, bad ones name file, line and problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from defcoop.errors import DataError
from defcoop.kb import load_kb


def test_mini_data_loads(mini_data: Path) -> None:
    kb = load_kb(mini_data)
    assert set(kb.events) == {"ex-kartal-2024", "ag-savunma-2023"}
    assert kb.actors["TUR"].names.az == "Türkiyə"
    assert kb.places["konya"].lat == pytest.approx(37.87)


def test_quotes_get_offsets(mini_data: Path) -> None:
    kb = load_kb(mini_data)
    claim = kb.events["ex-kartal-2024"].claims[4]
    text = (mini_data / "docs" / "doc2024.txt").read_text(encoding="utf-8")
    assert claim.start is not None and claim.end is not None
    assert text[claim.start:claim.end] == "Konya'da yapıldı"


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


BAD_EVENTS = [
    # (old, new, expected words in the message, line of the event or claim at fault)
    ("kind: exercise", "kind: parade", "event kind 'parade'", 1),
    ("value: 2024-06-03/2024-06-14", "value: 2024-13", "month 13", 13),
    ("value: [konya]", "value: [atlantis]", "unknown id 'atlantis'", 30),
    ("value: {troops: 120}", "value: {soldiers: 120}", "figure key 'soldiers'", 50),
    ("quote: Konya'da yapıldı", "quote: Ankara'da yapıldı", "quote not found on page 1", 30),
    ("quote: Haziran 2024'te sona erdi\n      page: 2", "quote: Haziran 2024'te sona erdi\n      page: 1",
     "quote not found on page 1", 20),
    ("ref: ref2023", "ref: nobody1999", "cite ref 'nobody1999'", 55),
    ("      locus: table\n      cell: {tr: Kartal-2024 Tatbikatı, en: Exercise Kartal-2024}\n",
     "      locus: table\n", "needs 'cell", 5),
]


@pytest.mark.parametrize(("old", "new", "words", "line"), BAD_EVENTS)
def test_bad_event_files_name_file_line_and_problem(mini_data: Path, old: str, new: str, words: str,
                                                    line: int) -> None:
    path = mini_data / "kb" / "events" / "events.yaml"
    _replace(path, old, new)
    with pytest.raises(DataError) as exc:
        load_kb(mini_data)
    assert words in str(exc.value)
    assert exc.value.line == line
    assert "events" in exc.value.path


def test_malformed_yaml_names_line(mini_data: Path) -> None:
    path = mini_data / "kb" / "events" / "events.yaml"
    path.write_text("- id: x\n  kind: exercise\n  claims: [\n    - oops: {\n", encoding="utf-8")
    with pytest.raises(DataError) as exc:
        load_kb(mini_data)
    assert "malformed YAML" in str(exc.value)
    assert exc.value.line is not None


def test_duplicate_key_rejected(mini_data: Path) -> None:
    path = mini_data / "actors.yaml"
    path.write_text("- id: TUR\n  id: AZE\n  type: state\n  names: {tr: a, en: b}\n", encoding="utf-8")
    with pytest.raises(DataError, match="duplicate key 'id'") as exc:
        load_kb(mini_data)
    assert exc.value.line == 2


def test_bad_place_row(mini_data: Path) -> None:
    path = mini_data / "gazetteer" / "places.tsv"
    with path.open("a", encoding="utf-8") as fh:
        fh.write("nowhere\tcity\t\t95\t10\tHiçyer\tNowhere\t\t\n")
    with pytest.raises(DataError, match="lat 95.0 is outside") as exc:
        load_kb(mini_data)
    assert exc.value.line == 4


def test_not_utf8(mini_data: Path) -> None:
    (mini_data / "actors.yaml").write_bytes("- id: TUR\n  names: {tr: Türkiye}\n".encode("cp1254"))
    with pytest.raises(DataError, match="not UTF-8"):
        load_kb(mini_data)


def test_event_without_claims(mini_data: Path) -> None:
    (mini_data / "kb" / "events" / "more.yaml").write_text("- id: ex-empty\n  kind: exercise\n  claims: []\n",
                                                          encoding="utf-8")
    with pytest.raises(DataError, match="has no claims"):
        load_kb(mini_data)


def test_unknown_relation_target(mini_data: Path) -> None:
    _replace(mini_data / "kb" / "events" / "events.yaml", "  tables: {exercises: 1}\n",
             "  tables: {exercises: 1}\n  relations: [{type: follows, target: ex-nothing}]\n")
    with pytest.raises(DataError, match="unknown event 'ex-nothing'"):
        load_kb(mini_data)


def test_vocab_label_with_unquoted_comma_is_rejected(mini_data: Path) -> None:
    from defcoop.kb import load_vocab

    path = mini_data / "vocab.yaml"
    _replace(path, "land: {tr: Kara Kuvvetleri, en: Land Forces}", "land: {tr: Kara, Deniz, en: Land Forces}")
    with pytest.raises(DataError, match="quote labels"):
        load_vocab(str(mini_data))
