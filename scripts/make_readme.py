"""Writes README.md from docs/: the introduction, then each topic one heading level down.

    python scripts/make_readme.py          # write README.md
    python scripts/make_readme.py --check  # exit 1 when README.md is out of date
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOPICS = ["knowledge-base.md", "data-files.md", "reading.md", "extraction.md", "audit.md", "web.md",
          "exports.md", "benchmarks.md"]


def _demote(text: str) -> str:
    out, fenced = [], False
    for line in text.splitlines():
        if line.startswith("```"):
            fenced = not fenced
        if not fenced and re.match(r"#{1,5} ", line):
            line = "#" + line
        out.append(line)
    return "\n".join(out).strip() + "\n"


def render() -> str:
    parts = [(ROOT / "docs" / "intro.md").read_text(encoding="utf-8").strip() + "\n"]
    for name in TOPICS:
        path = ROOT / "docs" / name
        if path.exists():
            text = path.read_text(encoding="utf-8")
            if not text.lstrip().startswith("# "):
                text = "# " + name[:-3].replace("-", " ").capitalize() + "\n\n" + text
            parts.append(_demote(text))
    return "\n".join(parts)


def main() -> int:
    text = render()
    readme = ROOT / "README.md"
    if "--check" in sys.argv:
        return 0 if readme.read_text(encoding="utf-8") == text else 1
    readme.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
