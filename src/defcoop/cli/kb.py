"""Commands over the knowledge base: build, events, show, table, timeline, stats."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import click

from defcoop import stats as stats_mod
from defcoop import tables, timeline
from defcoop.cli.options import db_path, format_option, lang_option
from defcoop.errors import QueryError
from defcoop.store import EventFilter, Reader, build, open_store


def _dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2)


def filter_options(f: Any) -> Any:
    """The event filters, shared by every command that lists events."""
    opts = [
        click.option("--kind", multiple=True, help="Event kind (repeatable): exercise, agreement, ..."),
        click.option("--year", type=int, help="Events whose dates overlap this year."),
        click.option("--from", "date_from", help="Events overlapping from this date (YYYY[-MM[-DD]])."),
        click.option("--to", "date_to", help="Events overlapping up to this date (YYYY[-MM[-DD]])."),
        click.option("--party", multiple=True, help="Party state, ISO3 (repeatable): TUR, AZE..."),
        click.option("--place", multiple=True, help="Place id (repeatable): baku, nakhchivan..."),
        click.option("--force", multiple=True, help="Force: land, air, naval, special..."),
        click.option("--domain", multiple=True, help="Domain: uav, munitions, electronic_warfare..."),
        click.option("--org", "organization", multiple=True, help="Organization id (repeatable)."),
        click.option("--source", help="Only events stated by or citing this source id."),
        click.option("-q", "--query", "q", help="Full-text search over names, quotes and sources."),
    ]
    for o in reversed(opts):
        f = o(f)
    return f


def make_filter(kw: dict[str, Any]) -> EventFilter:
    return EventFilter(
        kind=list(kw.get("kind") or []), year=kw.get("year"), date_from=kw.get("date_from"),
        date_to=kw.get("date_to"),
        party=[p.upper() if len(p) == 3 and p.isalpha() else p for p in kw.get("party") or []],
        place=list(kw.get("place") or []), force=list(kw.get("force") or []),
        domain=list(kw.get("domain") or []), organization=list(kw.get("organization") or []),
        source=kw.get("source"), q=kw.get("q"))


def _reader(ctx: click.Context) -> Reader:
    return Reader(open_store(db_path(ctx)))


@click.command("build")
@click.option("--data", "data_dir", type=click.Path(file_okay=False), help="Data folder (default: the package's).")
@click.pass_context
def build_cmd(ctx: click.Context, data_dir: str | None) -> None:
    """Validate the data files and (re)build the store atomically."""
    report = build(db_path(ctx), data_dir)
    click.echo(f"built {report['store']}: {report['events']} events, {report['claims']} claims, "
               f"{report['sources']} sources, {report['provisions']} provisions, "
               f"{report['actors']} actors, {report['places']} places")


@click.command("events")
@filter_options
@click.option("--sort", type=click.Choice(["date", "-date", "name", "kind"]), default="date", show_default=True)
@click.option("--limit", type=click.IntRange(min=0), default=None)
@format_option("table", "json", "csv")
@lang_option
@click.pass_context
def events_cmd(ctx: click.Context, /, fmt: str, lang: str, sort: str, limit: int | None, **kw: Any) -> None:
    """List events with filters."""
    reader = _reader(ctx)
    evs = reader.events(make_filter(kw), lang=lang, sort=sort, limit=limit)
    if fmt == "json":
        click.echo(_dump(evs))
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["id", "kind", "name", "date_start", "date_end", "date_precision", "places",
                    "parties", "forces", "organizations", "domains", "n_claims", "n_conflicts"])
        for e in evs:
            w.writerow([e["id"], e["kind"], e["name"], e["date_start"] or "", e["date_end"] or "",
                        e["date_precision"] or "", ";".join(p["id"] for p in e["places"]),
                        ";".join(e["parties"]), ";".join(e["forces"]),
                        ";".join(o["id"] for o in e["organizations"]), ";".join(e["domains"]),
                        e["n_claims"], e["n_conflicts"]])
        click.echo(buf.getvalue(), nl=False)
    else:
        if not evs:
            click.echo("no events match")
            return
        for e in evs:
            places = ", ".join(p["name"] for p in e["places"])
            flag = "  ⚠ conflict" if e["n_conflicts"] else ""
            click.echo(f"{e['id']:<36} {e['kind']:<13} {(e['date_label'] or '—'):<22} {e['name']}"
                       f"{'  @ ' + places if places else ''}{flag}")
        click.echo(f"{len(evs)} event(s)")


def _fmt_value(v: Any) -> str:
    if isinstance(v, list):
        return ", ".join(str(x) for x in v)
    if isinstance(v, dict):
        return ", ".join(f"{k}={x}" for k, x in v.items())
    return str(v)


@click.command("show")
@click.argument("event_id")
@format_option("text", "json")
@lang_option
@click.pass_context
def show_cmd(ctx: click.Context, event_id: str, fmt: str, lang: str) -> None:
    """An event: fields, every claim with quote, page and cited reference, conflicts, relations."""
    e = _reader(ctx).event(event_id, lang)
    if fmt == "json":
        click.echo(_dump(e))
        return
    click.echo(f"{e['name']}  [{e['id']}]  ({e['kind_label']})")
    rows = [("date", e["date_label"] or "—"), ("places", ", ".join(p["name"] for p in e["places"])),
            ("parties", ", ".join(e["party_names"])), ("forces", ", ".join(e["force_labels"])),
            ("organizations", ", ".join(o["name"] for o in e["organizations"])),
            ("domains", ", ".join(e["domain_labels"])), ("purpose", e["purpose"] or ""),
            ("outcome", e["outcome"] or ""), ("figures", _fmt_value(e["figures"]))]
    for k, v in rows:
        if v:
            click.echo(f"  {k:<14}{v}")
    if e["conflicts"]:
        click.echo("\nCONFLICTS")
        for cf in e["conflicts"]:
            click.echo(f"  {cf['field']}: " + "  vs  ".join(str(v) for v in cf["values"]))
            for seq in cf["claims"]:
                c = e["claims"][seq]
                click.echo(f"    - {_fmt_value(c['value'])}  p. {c['page']} ({c['locus']}): “{c['quote']}”")
    click.echo("\nCLAIMS")
    for c in e["claims"]:
        cites = "; ".join(x["as"] + (f" → {x['ref']}" if x["ref"] else " → (no reference)") for x in c["cites"])
        value = c["value_en"] if lang == "en" and c["value_en"] else c["value"]
        click.echo(f"  [{c['field']}] {_fmt_value(value)}")
        click.echo(f"      “{c['quote']}” — {c['source_label']}, p. {c['page']} ({c['locus']})"
                   + (f"; cites {cites}" if cites else ""))
    if e["relations"]:
        click.echo("\nRELATED")
        for r in e["relations"]:
            arrow = "→" if r["direction"] == "out" else "←"
            click.echo(f"  {arrow} {r['label']}: {r['name'] or r['event']} [{r['event']}]")
    if e["provisions"]:
        click.echo("\nPROVISIONS")
        for p in e["provisions"]:
            click.echo(f"  {p['code_label']} ({p['atop']}): {p['text']}  — p. {p['page']}")


@click.command("table")
@click.argument("name", type=click.Choice(["agreements", "exercises"]))
@format_option("markdown", "latex", "csv", "docx")
@lang_option
@click.option("--out", type=click.Path(dir_okay=False), help="Write to FILE (required for docx).")
@click.pass_context
def table_cmd(ctx: click.Context, name: str, fmt: str, lang: str, out: str | None) -> None:
    """The founding paper's Tablo 1 (agreements) or Tablo 2 (exercises), from the store."""
    t = tables.build_table(open_store(db_path(ctx)), name, lang)
    if fmt == "docx":
        if not out:
            raise QueryError("docx is a file format: pass --out FILE.docx")
        tables.write_docx(t, out)
        click.echo(f"wrote {out}")
        return
    text = tables.render(t, fmt)
    if out:
        tables.save_atomically(lambda p: p.write_text(text, encoding="utf-8"), out)
        click.echo(f"wrote {out}")
    else:
        click.echo(text, nl=False)


@click.command("timeline")
@filter_options
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="FILE.png, FILE.svg or FILE.html")
@click.option("--since", type=int, help="Only events that end in or after this year.")
@lang_option
@click.pass_context
def timeline_cmd(ctx: click.Context, /, out: str, since: int | None, lang: str, **kw: Any) -> None:
    """Draw the events on a timeline grouped by kind (partial dates as spans)."""
    evs = _reader(ctx).events(make_filter(kw), lang=lang)
    fmt = timeline.write(evs, out, lang=lang, since=since)
    click.echo(f"wrote {out} ({fmt})")


@click.command("stats")
@filter_options
@format_option("text", "json")
@lang_option
@click.pass_context
def stats_cmd(ctx: click.Context, /, fmt: str, lang: str, **kw: Any) -> None:
    """Counts per year, kind, domain and force, and before/after the pivot event."""
    s = stats_mod.compute(_reader(ctx), make_filter(kw), lang)
    if fmt == "json":
        click.echo(_dump(s))
        return
    click.echo(f"{s['events']} events, {s['claims']} claims, {s['conflicts']} conflicts")
    click.echo("\nper year:   " + ", ".join(f"{y}: {n}" for y, n in s["by_year"].items()))
    click.echo("per kind:   " + ", ".join(f"{k['label']}: {k['count']}" for k in s["by_kind"]))
    click.echo("per domain: " + ", ".join(f"{k['label']}: {k['count']}" for k in s["by_domain"]))
    click.echo("per force:  " + ", ".join(f"{k['label']}: {k['count']}" for k in s["by_force"]))
    if s["pivot"]:
        p = s["pivot"]
        click.echo(f"\nrelative to {p['name']} ({p['start']} – {p['end']}): "
                   + ", ".join(f"{k}: {n}" for k, n in s["by_period"].items()))


def register(group: click.Group) -> None:
    for cmd in (build_cmd, events_cmd, show_cmd, table_cmd, timeline_cmd, stats_cmd):
        group.add_command(cmd)
