"""Determinism and errors of every export format, through the library and the CLI."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from defcoop.errors import ExportError
from defcoop.export import FORMATS, export
from defcoop.store import EventFilter, Store


@pytest.mark.parametrize("fmt", FORMATS)
def test_same_store_gives_same_bytes(store: Store, fmt: str) -> None:
    assert export(store, fmt).files == export(store, fmt).files


@pytest.mark.parametrize("fmt", FORMATS)
def test_empty_selection_is_an_error(store: Store, fmt: str) -> None:
    with pytest.raises(ExportError, match="no (events|exercises) match"):
        export(store, fmt, EventFilter(year=1800))


def test_unknown_format_is_an_error(store: Store) -> None:
    with pytest.raises(ExportError, match="unknown export format"):
        export(store, "xlsx")


@pytest.mark.parametrize("fmt, name", [("csv", "out.zip"), ("json", "out.json"), ("qdpx", "p.qdpx"),
                                       ("parquet", "folder")])
def test_cli_writes_the_file(cli: Callable[..., Any], tmp_path: Path, fmt: str, name: str) -> None:
    result = cli("export", "--format", fmt, "--out", str(tmp_path / name))
    assert result.exit_code == 0, result.output
    assert (tmp_path / name).exists()


@pytest.mark.parametrize("args, message", [
    (["--format", "csv", "--year", "1800"], "no events match"),
    (["--format", "json", "--kind", "nonsense"], "unknown kind"),
    (["--format", "parquet"], "pass --out"),
    (["--format", "xlsx"], "Invalid value"),
])
def test_cli_errors_are_clear(cli: Callable[..., Any], args: list[str], message: str) -> None:
    result = cli("export", *args)
    assert result.exit_code != 0
    assert message in result.output


@pytest.mark.parametrize("fmt", ["csv", "json", "qdpx", "parquet"])
def test_unwritable_path_writes_nothing(cli: Callable[..., Any], tmp_path: Path, fmt: str) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    under_file = cli("export", "--format", fmt, "--out", str(blocker / "out.zip"))
    missing = cli("export", "--format", fmt, "--out", str(tmp_path / "no" / "such" / "out.zip"))
    assert under_file.exit_code != 0 and "cannot write" in under_file.output
    assert missing.exit_code != 0 and "does not exist" in missing.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_export_to_a_folder_holding_other_files_is_refused(cli: Callable[..., Any], tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    result = cli("export", "--format", "csv", "--out", str(tmp_path))
    assert result.exit_code != 0 and "other files" in result.output
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_text_export_prints_without_out(cli: Callable[..., Any]) -> None:
    result = cli("export", "--format", "bibtex")
    assert result.exit_code == 0 and result.output.startswith("@")


def test_cli_import_round_trip(cli: Callable[..., Any], tmp_path: Path, store_path: Path) -> None:
    from click.testing import CliRunner

    from defcoop.cli import main

    first = tmp_path / "a.json"
    assert cli("export", "--format", "json", "--out", str(first)).exit_code == 0
    new = tmp_path / "new.sqlite"
    runner = CliRunner()
    result = runner.invoke(main, ["--db", str(new), "import", str(first)])
    assert result.exit_code == 0, result.output
    again = runner.invoke(main, ["--db", str(new), "export", "--format", "json"])
    assert again.output.encode("utf-8") == first.read_bytes()
