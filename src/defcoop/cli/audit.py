"""Commands of the manuscript audit: ``audit`` and ``refs``."""

from __future__ import annotations

import os
import sys
import tempfile

import click

from defcoop.cli.options import format_option
from defcoop.errors import ExportError


def _write(text: str, out: str | None) -> None:
    """Write to ``out`` atomically (a temporary file renamed into place), or to stdout."""
    if out is None or out == "-":
        click.echo(text, nl=False)
        return
    target = os.path.abspath(out)
    folder = os.path.dirname(target)
    if not os.path.isdir(folder):
        raise ExportError(f"{out}: the folder {folder} does not exist; create it or choose "
                          "another --out path")
    fd, tmp = tempfile.mkstemp(prefix=".defcoop-", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, target)
    except OSError as exc:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise ExportError(f"{out}: cannot write the report ({exc.strerror}); check the path and "
                          "its permissions") from exc


def register(group: click.Group) -> None:
    @group.command("audit")
    @click.argument("file", type=click.Path(dir_okay=False))
    @format_option("text", "json", "html")
    @click.option("--out", "out", type=click.Path(dir_okay=False),
                  help="Write the report to this file instead of standard output.")
    @click.option("--no-facts", is_flag=True, help="Check citations and references only.")
    def audit_cmd(file: str, fmt: str, out: str | None, no_facts: bool) -> None:
        """Audit a manuscript: citations against references, and facts against each other.

        Exit code 0 when nothing is found, 1 when there are findings, 2 when FILE cannot be read.
        """
        from defcoop.audit import audit
        from defcoop.audit.report import render
        from defcoop.read import read_document

        doc = read_document(file)
        report = audit(doc, facts=not no_facts)
        _write(render(report, fmt), out)
        if out:
            click.echo(f"{len(report.findings)} findings written to {out}", err=True)
        sys.exit(0 if report.clean else 1)

    @group.command("refs")
    @click.argument("file", type=click.Path(dir_okay=False))
    @format_option("bibtex", "csl-json", "ris")
    @click.option("--out", "out", type=click.Path(dir_okay=False),
                  help="Write the references to this file instead of standard output.")
    def refs_cmd(file: str, fmt: str, out: str | None) -> None:
        """Export the reference list of a manuscript as BibTeX, CSL-JSON or RIS."""
        from defcoop.audit import parse_references
        from defcoop.audit.bibexport import export
        from defcoop.read import read_document

        doc = read_document(file)
        refs = parse_references(doc)
        if not refs:
            click.echo(f"{file}: no reference list found (no heading such as Kaynakça or "
                       "References)", err=True)
        _write(export(refs, fmt), out)
