"""The knowledge-base commands through the CLI runner."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from defcoop.cli import main


def run(runner: CliRunner, db: str, *args: str) -> tuple[int, str, str]:
    res = runner.invoke(main, ["--db", db, *args])
    return res.exit_code, res.stdout, res.stderr


def test_build_reports_counts(runner: CliRunner, tmp_path: Path, mini_data: Path) -> None:
    code, out, _ = run(runner, str(tmp_path / "s.sqlite"), "build", "--data", str(mini_data))
    assert code == 0
    assert "2 events" in out and "12 claims" in out


def test_build_bad_data_exit_code_and_message(runner: CliRunner, tmp_path: Path, mini_data: Path) -> None:
    (mini_data / "actors.yaml").write_text("- id: TUR\n  type: state\n  names: [oops\n", encoding="utf-8")
    db = tmp_path / "s.sqlite"
    code, _, err = run(runner, str(db), "build", "--data", str(mini_data))
    assert code == 2
    assert "actors.yaml:" in err and "malformed YAML" in err
    assert not db.exists()


def test_events_json_contract(runner: CliRunner, mini_store: str) -> None:
    code, out, _ = run(runner, mini_store, "events", "--format", "json")
    assert code == 0
    events = json.loads(out)
    for key in ("id", "kind", "name", "date_start", "date_end", "date_precision", "places", "parties",
                "forces", "organizations", "figures"):
        assert all(key in e for e in events), key


def test_events_filters_and_csv(runner: CliRunner, mini_store: str) -> None:
    code, out, _ = run(runner, mini_store, "events", "--kind", "exercise", "--party", "pak", "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["id"] for r in rows] == ["ex-kartal-2024"]
    assert rows[0]["places"] == "konya;karachi"


def test_events_lang_en(runner: CliRunner, mini_store: str) -> None:
    _, out, _ = run(runner, mini_store, "events", "--lang", "en")
    assert "Exercise Kartal-2024" in out and "3–14 June 2024" not in out  # resolved date is the prose range


def test_bad_filter(runner: CliRunner, mini_store: str) -> None:
    code, _, err = run(runner, mini_store, "events", "--kind", "parade")
    assert code == 2 and "unknown kind 'parade'" in err
    code, _, err = run(runner, mini_store, "events", "--from", "yesterday")
    assert code == 2 and "not a date" in err


def test_missing_store(runner: CliRunner, tmp_path: Path) -> None:
    code, _, err = run(runner, str(tmp_path / "none.sqlite"), "events")
    assert code == 3 and "run 'defcoop build'" in err
    assert not (tmp_path / "none.sqlite").exists()


def test_show_text_has_quotes_pages_and_conflict(runner: CliRunner, mini_store: str) -> None:
    code, out, _ = run(runner, mini_store, "show", "ex-kartal-2024")
    assert code == 0
    assert "CONFLICTS" in out and "2024-06-03/2024-06-14  vs  2024-06-05/2024-06-15" in out
    assert "“Tatbikata 120 asker katıldı” — Haber Ajansı (2024), p. 1" in out
    assert "cites Yılmaz, 2023: 12 → ref2023" in out


def test_show_json(runner: CliRunner, mini_store: str) -> None:
    _, out, _ = run(runner, mini_store, "show", "ex-kartal-2024", "--format", "json")
    e = json.loads(out)
    assert {"field", "value", "quote", "page", "source", "cites"} <= set(e["claims"][0])
    assert e["conflicts"][0]["field"] == "date"


def test_show_unknown_id(runner: CliRunner, mini_store: str) -> None:
    code, _, err = run(runner, mini_store, "show", "ex-nothing")
    assert code == 4 and "no event with id 'ex-nothing'" in err


def test_table_formats(runner: CliRunner, mini_store: str, tmp_path: Path) -> None:
    _, out, _ = run(runner, mini_store, "table", "exercises", "--format", "csv", "--lang", "en")
    assert list(csv.reader(io.StringIO(out)))[1][:2] == ["Exercise Kartal-2024", "3–14 June 2024"]
    _, out, _ = run(runner, mini_store, "table", "exercises", "--format", "markdown")
    assert "| Kartal-2024 Tatbikatı | 3-14 Haziran 2024 |" in out
    _, out, _ = run(runner, mini_store, "table", "exercises", "--format", "latex")
    assert "\\begin{tabular}" in out and "Kartal-2024 Tatbikatı" in out
    docx_path = tmp_path / "t.docx"
    code, _, _ = run(runner, mini_store, "table", "exercises", "--format", "docx", "--out", str(docx_path))
    assert code == 0
    import docx

    cells = [c.text for c in docx.Document(str(docx_path)).tables[0].rows[1].cells]
    assert cells[0] == "Kartal-2024 Tatbikatı"


def test_table_docx_needs_out_and_empty_table_errors(runner: CliRunner, mini_store: str) -> None:
    code, _, err = run(runner, mini_store, "table", "exercises", "--format", "docx")
    assert code == 2 and "--out" in err
    code, _, err = run(runner, mini_store, "table", "agreements")
    assert code == 2 and "no rows for table 'agreements'" in err


def test_table_unwritable_out(runner: CliRunner, mini_store: str, tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "t.md"
    code, _, err = run(runner, mini_store, "table", "exercises", "--out", str(target))
    assert code == 2 and "does not exist" in err
    assert not target.parent.exists()


def test_timeline_files(runner: CliRunner, mini_store: str, tmp_path: Path) -> None:
    for ext, magic in (("png", b"\x89PNG"), ("svg", b"<?xml"), ("html", b"<!doctype html>")):
        out = tmp_path / f"t.{ext}"
        code, _, err = run(runner, mini_store, "timeline", "--out", str(out))
        assert code == 0, err
        assert out.read_bytes().startswith(magic)
    html = (tmp_path / "t.html").read_text(encoding="utf-8")
    # self-contained: nothing loaded from elsewhere
    assert "<script" not in html and 'src="http' not in html and 'href="http' not in html
    assert "<svg" in html


def test_timeline_bad_extension(runner: CliRunner, mini_store: str, tmp_path: Path) -> None:
    code, _, err = run(runner, mini_store, "timeline", "--out", str(tmp_path / "t.gif"))
    assert code == 2 and "use .png, .svg or .html" in err
    assert not (tmp_path / "t.gif").exists()


def test_stats(runner: CliRunner, mini_store: str) -> None:
    code, out, _ = run(runner, mini_store, "stats", "--format", "json")
    s = json.loads(out)
    assert code == 0
    assert s["events"] == 2 and s["by_year"] == {"2023": 1, "2024": 1}
    assert s["conflicts"] == 1


def test_party_filter_takes_organizations_as_written(runner: CliRunner, real_store: str) -> None:
    code, out, _ = run(runner, real_store, "events", "--party", "eu", "--format", "csv")
    assert code == 0 and "ot-west-aze-relations" in out
    code, out, _ = run(runner, real_store, "events", "--party", "irn", "--format", "csv")
    assert code == 0 and "ot-iran-zangezur-opposition" in out
