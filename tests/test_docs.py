"""The README documents every command, and the set-up is the two commands."""

from __future__ import annotations

from pathlib import Path

import click

from defcoop.cli import main

ROOT = Path(__file__).resolve().parents[1]


def _commands(group: click.Group, prefix: str = "") -> list[str]:
    out = []
    for name, cmd in group.commands.items():
        full = f"{prefix}{name}"
        out.append(full)
        if isinstance(cmd, click.Group):
            out += _commands(cmd, f"{full} ")
    return out


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [c for c in _commands(main) if f"defcoop {c}" not in readme]
    assert not missing, f"commands missing from README.md: {missing}"


def test_setup_is_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make run" in readme and "make test" in readme
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_every_command_has_help() -> None:
    for name, cmd in main.commands.items():
        assert cmd.help or cmd.short_help, name


def test_package_exports() -> None:
    import defcoop

    for name in defcoop.__all__:
        assert hasattr(defcoop, name), name


def test_readme_is_generated_from_docs() -> None:
    import subprocess
    import sys

    res = subprocess.run([sys.executable, str(ROOT / "scripts" / "make_readme.py"), "--check"])
    assert res.returncode == 0, "README.md is out of date: run python scripts/make_readme.py"
