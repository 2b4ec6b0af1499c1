"""The audit and refs commands: formats, output files and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import bibtexparser
import pytest
from click.testing import CliRunner

from defcoop.cli import main
from defcoop.seed import seed_path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "audit"


@pytest.fixture
def cli() -> CliRunner:
    return CliRunner()


def test_audit_founding_paper_exits_1_with_findings(cli: CliRunner) -> None:
    result = cli.invoke(main, ["audit", seed_path(), "--format", "json"])
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    assert {"document", "citations", "references", "findings"} <= data.keys()
    kinds = {f["kind"] for f in data["findings"]}
    assert {"missing_reference", "author_mismatch", "year_mismatch", "page_out_of_range",
            "malformed_reference"} <= kinds


@pytest.mark.parametrize("name", ["clean_tr.txt", "clean_en.txt"])
def test_audit_clean_manuscript_exits_0(cli: CliRunner, name: str) -> None:
    result = cli.invoke(main, ["audit", str(FIXTURES / name)])
    assert result.exit_code == 0, result.output
    assert "No problems found." in result.stdout


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02\xff" * 200, b"%PDF-1.4 broken"])
def test_audit_unreadable_input_exits_2(cli: CliRunner, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / ("bad.pdf" if content.startswith(b"%PDF") else "bad.txt")
    path.write_bytes(content)
    result = cli.invoke(main, ["audit", str(path)])
    assert result.exit_code == 2, result.output
    assert "error:" in result.stderr and "Traceback" not in result.output


def test_audit_missing_file_exits_2(cli: CliRunner, tmp_path: Path) -> None:
    result = cli.invoke(main, ["audit", str(tmp_path / "none.txt")])
    assert result.exit_code == 2 and "none.txt" in result.stderr


def test_audit_html_to_file(cli: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = cli.invoke(main, ["audit", seed_path(), "--format", "html", "--out", str(out)])
    assert result.exit_code == 1
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Yanarışık" in page
    assert result.stdout == ""


def test_audit_out_into_missing_folder_fails_cleanly(cli: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "no" / "such" / "report.json"
    result = cli.invoke(main, ["audit", seed_path(), "--format", "json", "--out", str(out)])
    assert result.exit_code == 2 and "does not exist" in result.stderr
    assert not out.parent.exists()


def test_refs_bibtex(cli: CliRunner) -> None:
    result = cli.invoke(main, ["refs", seed_path(), "--format", "bibtex"])
    assert result.exit_code == 0, result.output
    assert len(bibtexparser.loads(result.stdout).entries) == 32


@pytest.mark.parametrize("fmt,marker", [("csl-json", '"type"'), ("ris", "TY  - ")])
def test_refs_other_formats(cli: CliRunner, fmt: str, marker: str) -> None:
    result = cli.invoke(main, ["refs", str(FIXTURES / "clean_en.txt"), "--format", fmt])
    assert result.exit_code == 0, result.output
    assert marker in result.stdout
    if fmt == "csl-json":
        assert len(json.loads(result.stdout)) == 10


def test_refs_unreadable_input_exits_2(cli: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    result = cli.invoke(main, ["refs", str(path)])
    assert result.exit_code == 2
