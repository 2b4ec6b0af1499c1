"""The founding paper's tables (Tablo 1 and 2) regenerated from the store.

Table definitions (title, columns) live in ``data/tables.yaml``; each cell is the table claim
of the event for that column, in the chosen language. Writers: markdown, latex, csv, docx.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from defcoop.errors import ExportError, QueryError
from defcoop.kb.loader import default_data_dir
from defcoop.kb.yamlio import load_yaml
from defcoop.store.sqlite import Store

FORMATS = ("markdown", "latex", "csv", "docx")


@dataclass
class Table:
    name: str
    number: int
    title: str
    header: list[str]
    rows: list[list[str]]
    event_ids: list[str]


@lru_cache(maxsize=1)
def table_definitions() -> dict[str, Any]:
    defs = load_yaml(default_data_dir() / "tables.yaml")
    return dict(defs)


def build_table(store: Store, name: str, lang: str = "tr") -> Table:
    defs = table_definitions()
    if name not in defs:
        raise QueryError(f"unknown table '{name}': use one of {', '.join(defs)}")
    spec = defs[name]
    conn = store.conn
    rows: list[list[str]] = []
    ids: list[str] = []
    for r in conn.execute("SELECT event_id FROM event_tables WHERE table_name = ? ORDER BY row", (name,)):
        eid = r["event_id"]
        ids.append(eid)
        cells: list[str] = []
        for col in spec["columns"]:
            claim = conn.execute(
                "SELECT cell_tr, cell_en FROM claims WHERE event_id = ? AND field = ? AND locus = 'table' "
                "AND cell_tr IS NOT NULL ORDER BY seq LIMIT 1", (eid, col["field"])).fetchone()
            if claim is None:
                cells.append("")
            else:
                cells.append(claim["cell_en"] if lang == "en" and claim["cell_en"] else claim["cell_tr"])
        rows.append(cells)
    if not rows:
        raise QueryError(f"the store has no rows for table '{name}'")
    return Table(name=name, number=int(spec["number"]), title=spec["title"][lang],
                 header=[c[lang] for c in spec["columns"]], rows=rows, event_ids=ids)


def to_csv(t: Table) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(t.header)
    w.writerows(t.rows)
    return buf.getvalue()


def _md_cell(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")


def to_markdown(t: Table) -> str:
    lines = [f"**{t.title}**", "", "| " + " | ".join(t.header) + " |",
             "|" + "|".join("---" for _ in t.header) + "|"]
    lines += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in t.rows]
    return "\n".join(lines) + "\n"


_LATEX_ESC = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#",
              "_": r"\_", "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}


def _tex(s: str) -> str:
    return "".join(_LATEX_ESC.get(ch, ch) for ch in s)


def to_latex(t: Table) -> str:
    width = f"{0.95 / len(t.header):.3f}"
    spec = "|".join(f"p{{{width}\\linewidth}}" for _ in t.header)
    out = ["\\begin{table}[htbp]", "\\centering", "\\small",
           f"\\caption{{{_tex(t.title)}}}", f"\\label{{tab:{t.name}}}",
           f"\\begin{{tabular}}{{|{spec}|}}", "\\hline",
           " & ".join(f"\\textbf{{{_tex(h)}}}" for h in t.header) + " \\\\", "\\hline"]
    out += [" & ".join(_tex(c) for c in row) + " \\\\ \\hline" for row in t.rows]
    out += ["\\end{tabular}", "\\end{table}"]
    return "\n".join(out) + "\n"


def write_docx(t: Table, path: str | Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph().add_run(t.title).bold = True
    table = d.add_table(rows=1, cols=len(t.header))
    table.style = "Table Grid"
    for i, h in enumerate(t.header):
        table.rows[0].cells[i].text = h
        for run in table.rows[0].cells[i].paragraphs[0].runs:
            run.bold = True
    for row in t.rows:
        cells = table.add_row().cells
        for i, c in enumerate(row):
            cells[i].text = c
    save_atomically(lambda p: d.save(str(p)), path)


def save_atomically(writer: Any, path: str | Path) -> None:
    """Write through a temporary file in the same folder, then rename: nothing half-written."""
    import os
    import tempfile

    target = Path(path)
    if target.is_dir():
        raise ExportError(f"{target} is a folder: give a file name")
    if not target.parent.exists():
        raise ExportError(f"cannot write {target}: folder {target.parent} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {exc.strerror}") from None
    os.close(fd)
    try:
        writer(Path(tmp))
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ExportError(f"cannot write {target}: {exc.strerror or exc}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def render(t: Table, fmt: str) -> str:
    if fmt == "csv":
        return to_csv(t)
    if fmt == "markdown":
        return to_markdown(t)
    if fmt == "latex":
        return to_latex(t)
    raise QueryError(f"format '{fmt}' is written to a file: pass --out FILE")
