"""Curation tool: print the page and offsets of a quote in the founding paper.

    python scripts/quote.py "15 Haziran 2021’de imzalanan"
    python scripts/quote.py --page 12 "..."
    python scripts/quote.py --show 12        # print page 12
"""

from __future__ import annotations

import argparse

from defcoop.seed import seed_document


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("quote", nargs="?")
    ap.add_argument("--page", type=int)
    ap.add_argument("--show", type=int)
    a = ap.parse_args()
    doc = seed_document()
    if a.show:
        print(doc.page_text(a.show))
        return
    hits = [h for h in doc.__class__.find.__globals__["_index_for"](doc).find_all(a.quote)]
    if not hits:
        print("NOT FOUND")
        raise SystemExit(1)
    for s, e in hits:
        print(f"page {doc.page_of(s)}  [{s}:{e}]  {doc.text[s:e]!r}")


if __name__ == "__main__":
    main()
