"""Commands that take knowledge out of the store and back in: export, import, report, network."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from defcoop.cli.kb import filter_options, make_filter
from defcoop.cli.options import db_path, lang_option
from defcoop.errors import ExportError
from defcoop.export import FORMATS, export, write_output
from defcoop.store import open_store


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), required=True,
              help="Export format (see docs/exports.md).")
@click.option("--out", type=click.Path(), help="Output file, folder, or FILE.zip for several files. "
                                               "Without it, one text file is printed.")
@filter_options
@lang_option
@click.pass_context
def export_cmd(ctx: click.Context, /, fmt: str, out: str | None, lang: str, **kw: Any) -> None:
    """Export events, claims, places, sources or the whole store in a standard format."""
    store = open_store(db_path(ctx))
    result = export(store, fmt, make_filter(kw), lang)
    if out is None:
        if result.bundle or result.binary or result.archive:
            raise ExportError(f"'{fmt}' writes {'several files' if result.bundle else 'binary data'}: "
                              f"pass --out PATH")
        click.echo(result.single().decode("utf-8"), nl=False)
        return
    written = write_output(result, out)
    click.echo(f"wrote {written}" + (f": {result.note}" if result.note else ""), err=True)


@click.command("import")
@click.argument("path", type=click.Path(dir_okay=False))
@click.option("--replace", is_flag=True, help="Replace the store at --db if one exists.")
@click.pass_context
def import_cmd(ctx: click.Context, path: str, replace: bool) -> None:
    """Rebuild a store (--db) from a JSON export (defcoop export --format json)."""
    from defcoop.export.jsonio import import_json

    counts = import_json(path, db_path(ctx), replace=replace)
    click.echo(f"imported {path} into {db_path(ctx)}: " + ", ".join(f"{n} {k}" for k, n in counts.items()))


@click.command("report")
@click.option("--dyad", required=True, help="Two states as ISO3 codes, e.g. TUR-AZE.")
@click.option("--format", "fmt", type=click.Choice(["html", "pdf", "docx", "markdown"]), default="html",
              show_default=True, help="Output format.")
@click.option("--out", type=click.Path(dir_okay=False), help="Output file (default: report-DYAD.EXT).")
@lang_option
@click.pass_context
def report_cmd(ctx: click.Context, dyad: str, fmt: str, out: str | None, lang: str) -> None:
    """A report on a pair of states in the founding paper's order, with tables, figures and sources."""
    from defcoop.report import write_report

    ext = {"html": "html", "pdf": "pdf", "docx": "docx", "markdown": "md"}[fmt]
    target = out or f"report-{dyad.upper()}.{ext}"
    write_report(open_store(db_path(ctx)), dyad, fmt, target, lang)
    click.echo(f"wrote {target}")


@click.command("network")
@click.option("--out", required=True, type=click.Path(dir_okay=False),
              help="FILE.graphml, FILE.png or FILE.svg")
@filter_options
@lang_option
@click.pass_context
def network_cmd(ctx: click.Context, /, out: str, lang: str, **kw: Any) -> None:
    """The actor network (states, institutions, companies linked by shared events)."""
    from defcoop.export import network

    store = open_store(db_path(ctx))
    suffix = Path(out).suffix.lower().lstrip(".")
    note = network.write(store, out, suffix, make_filter(kw), lang)
    click.echo(f"wrote {out}: {note}")


def register(group: click.Group) -> None:
    for cmd in (export_cmd, import_cmd, report_cmd, network_cmd):
        group.add_command(cmd)
