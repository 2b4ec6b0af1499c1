"""`defcoop serve`: options, and a clear error when the store is missing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from defcoop.cli import main


def test_serve_lists_its_options() -> None:
    r = CliRunner().invoke(main, ["serve", "--help"])
    assert r.exit_code == 0
    for opt in ("--host", "--port", "--token", "--db"):
        assert opt in r.output


def test_serve_without_a_store_is_a_clear_error(tmp_path: Path) -> None:
    r = CliRunner().invoke(main, ["--db", str(tmp_path / "missing.sqlite"), "serve"])
    assert r.exit_code != 0
    assert "missing.sqlite" in r.output and "defcoop build" in r.output
    assert "Traceback" not in r.output


@pytest.mark.parametrize("env, args, expected", [({}, [], None), ({"DEFCOOP_TOKEN": "t1"}, [], "t1"),
                                                 ({}, ["--token", "t2"], "t2")])
def test_serve_passes_the_token(web_db: str, monkeypatch: pytest.MonkeyPatch, env: dict[str, str],
                                args: list[str], expected: str | None) -> None:
    seen: dict[str, Any] = {}
    monkeypatch.setattr("uvicorn.run", lambda app, **kw: seen.update(app=app, **kw))
    r = CliRunner(env={"DEFCOOP_TOKEN": None, **env}).invoke(main, ["--db", web_db, "serve", "--port", "8123", *args])
    assert r.exit_code == 0, r.output
    assert seen["port"] == 8123 and seen["host"] == "127.0.0.1"
    assert seen["app"].state.token == expected


def test_serve_takes_the_store_as_its_own_option(web_db: str, monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path) -> None:
    seen: dict[str, Any] = {}
    monkeypatch.setattr("uvicorn.run", lambda app, **kw: seen.update(app=app))
    r = CliRunner().invoke(main, ["--db", str(tmp_path / "other.sqlite"), "serve", "--db", web_db])
    assert r.exit_code == 0, r.output
    assert web_db in r.output
