"""Commands of extraction and review: extract, ingest, review, eval."""

from __future__ import annotations

import json
from typing import Any

import click

from defcoop.cli.options import db_path, format_option


def _dump(obj: Any, indent: int | None = 2) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=indent)


def _table(results: list[dict[str, Any]]) -> str:
    lines: list[str] = []
    for res in results:
        d = res["document"]
        lines.append(f"# {d['path']}  ({d['language']}, {d['pages']} pages, "
                     f"{len(res['events'])} events)")
        if not res["events"]:
            lines.append("  (no events)")
        for e in res["events"]:
            dates = e["date_start"] or ""
            if e["date_end"] and e["date_end"] != e["date_start"]:
                dates += f"..{e['date_end']}"
            places = ", ".join(p["name"] for p in e["places"])
            flag = "  ! conflict: " + ", ".join(c["field"] for c in e["conflicts"]) if e["conflicts"] else ""
            lines.append(f"  {e['kind']:<13} {e['name'] or '(unnamed)'}")
            lines.append(f"    {dates} [{e['date_precision'] or '-'}]  {places}  "
                         f"{' '.join(e['parties'])}  {' '.join(e['forces'])}{flag}")
    return "\n".join(lines)


@click.command("extract")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@format_option("json", "jsonl", "table")
def extract_cmd(files: tuple[str, ...], fmt: str) -> None:
    """Propose the events of each FILE (txt, md, pdf, html, docx) with their evidence."""
    from defcoop.extract import extract, to_contract
    from defcoop.read import read_document

    docs = [read_document(f) for f in files]   # every file readable before anything is printed
    results = [to_contract(extract(doc)) for doc in docs]
    if fmt == "jsonl":
        for r in results:
            click.echo(_dump(r, None))
    elif fmt == "table":
        click.echo(_table(results))
    else:
        click.echo(_dump(results[0] if len(results) == 1 else results))


def register(group: click.Group) -> None:
    group.add_command(extract_cmd)
    for name in ("ingest_cmd", "review_group", "eval_cmd"):
        cmd = globals().get(name)
        if cmd is not None:
            group.add_command(cmd)


__all__ = ["register", "db_path"]
