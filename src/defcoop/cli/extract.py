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


def _open(ctx: click.Context, create: bool = False) -> Any:
    from defcoop.store import open_store
    return open_store(db_path(ctx), create=create)


@click.command("ingest")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--workers", type=click.IntRange(1, 256), help="Processes for many files (default: one per CPU).")
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: for 10+ files).")
@click.pass_context
def ingest_cmd(ctx: click.Context, files: tuple[str, ...], workers: int | None,
               progress: bool | None) -> None:
    """Store the candidate events of each FILE for review (a document already stored adds
    nothing; a file that cannot be read stores nothing)."""
    from defcoop.review import ingest
    store = _open(ctx, create=True)
    try:
        res = ingest(store, list(files), workers=workers, progress=progress)
    finally:
        store.close()
    click.echo(f"{res['documents']} documents stored, {res['skipped']} already stored, "
               f"{res['candidates']} candidates")


@click.group("review")
def review_group() -> None:
    """List, show, accept, edit or reject candidate events."""


@review_group.command("list")
@click.option("--status", type=click.Choice(["pending", "accepted", "rejected", "merged", "all"]),
              default="pending", show_default=True)
@format_option("table", "json")
@click.pass_context
def review_list(ctx: click.Context, status: str, fmt: str) -> None:
    """List candidates."""
    from defcoop.review import list_candidates
    store = _open(ctx)
    try:
        rows = list_candidates(store, None if status == "all" else status)
    finally:
        store.close()
    if fmt == "json":
        click.echo(_dump(rows))
        return
    if not rows:
        click.echo("(no candidates)")
    for r in rows:
        dates = r["date_start"] or ""
        if r["date_end"] and r["date_end"] != r["date_start"]:
            dates += f"..{r['date_end']}"
        click.echo(f"{r['id']}  {r['status']:<8} {r['kind']:<13} {dates:<23} {r['name'] or '(unnamed)'}")


@review_group.command("show")
@click.argument("candidate")
@format_option("table", "json")
@click.pass_context
def review_show(ctx: click.Context, candidate: str, fmt: str) -> None:
    """Show a candidate with its evidence."""
    from defcoop.review import show
    store = _open(ctx)
    try:
        d = show(store, candidate)
    finally:
        store.close()
    if fmt == "json":
        click.echo(_dump(d))
        return
    e = d["payload"]
    click.echo(f"{d['id']} [{d['status']}] {e['kind']}: {e['name'] or '(unnamed)'}")
    click.echo(f"  dates: {e['date_start']} .. {e['date_end']} ({e['date_precision']})")
    click.echo(f"  places: {', '.join(p['name'] for p in e['places'])}")
    click.echo(f"  parties: {' '.join(e['parties'])}  forces: {' '.join(e['forces'])}")
    if d.get("document"):
        click.echo(f"  document: {d['document']['path']}")
    for ev in e["evidence"]:
        click.echo(f"  - {ev['field']} = {json.dumps(ev['value'], ensure_ascii=False)}  "
                   f"(p. {ev['page']}, {ev['locus']}): \"{ev['quote'][:160]}\"")
    for c in e["conflicts"]:
        click.echo(f"  ! conflict in {c['field']}: {', '.join(map(str, c['values']))}")


@review_group.command("accept")
@click.argument("candidate")
@click.option("--into", help="Merge into this event (default: the stored event that is the same one, if any).")
@click.option("--reason", help="Why, for the log.")
@click.pass_context
def review_accept(ctx: click.Context, candidate: str, into: str | None, reason: str | None) -> None:
    """Accept a candidate as an event (or merge it into the same event)."""
    from defcoop.review import accept
    store = _open(ctx)
    try:
        res = accept(store, candidate, into=into, reason=reason)
    finally:
        store.close()
    click.echo(f"{res['candidate']}: {res['status']} -> event {res['event']}")


@review_group.command("edit")
@click.argument("candidate")
@click.argument("field")
@click.argument("value")
@click.option("--reason", help="Why, for the log.")
@click.pass_context
def review_edit(ctx: click.Context, candidate: str, field: str, value: str, reason: str | None) -> None:
    """Set FIELD of a candidate to VALUE (lists comma-separated: --  places baku,aze)."""
    from defcoop.review import edit
    store = _open(ctx)
    try:
        res = edit(store, candidate, field, value, reason=reason)
    finally:
        store.close()
    click.echo(f"{res['candidate']}: {res['field']} {json.dumps(res['old'], ensure_ascii=False)} -> "
               f"{json.dumps(res['new'], ensure_ascii=False)}")


@review_group.command("reject")
@click.argument("candidate")
@click.option("--reason", help="Why, for the log.")
@click.pass_context
def review_reject(ctx: click.Context, candidate: str, reason: str | None) -> None:
    """Reject a candidate."""
    from defcoop.review import reject
    store = _open(ctx)
    try:
        res = reject(store, candidate, reason=reason)
    finally:
        store.close()
    click.echo(f"{res['candidate']}: rejected")


@click.command("eval")
@click.option("--corpus", "corpus", type=click.Path(file_okay=False, exists=True),
              help="A folder of documents with gold .json files beside them.")
@click.option("--seed/--no-seed", "seed", default=None,
              help="Score the founding paper against the knowledge base (default when no --corpus).")
@click.option("--tables-only", is_flag=True, help="On the founding paper: only the events of its tables.")
@format_option("table", "json")
def eval_cmd(corpus: str | None, seed: bool | None, tables_only: bool, fmt: str) -> None:
    """Score extraction: record- and field-level precision, recall and F1, strict and soft."""
    from defcoop.evaluate import evaluate_corpus, evaluate_seed, format_report
    reports = []
    if seed or (seed is None and not corpus):
        reports.append(("founding paper" + (" (tables)" if tables_only else ""),
                        evaluate_seed(tables_only=tables_only)))
    if corpus:
        reports.append((corpus, evaluate_corpus(corpus)))
    if fmt == "json":
        click.echo(_dump({title: r.as_dict() for title, r in reports}))
        return
    click.echo("\n\n".join(format_report(r, title) for title, r in reports))


def register(group: click.Group) -> None:
    group.add_command(extract_cmd)
    for name in ("ingest_cmd", "review_group", "eval_cmd"):
        cmd = globals().get(name)
        if cmd is not None:
            group.add_command(cmd)


__all__ = ["register", "db_path"]
