"""State codes beside ISO 3166 alpha-3: ISO numeric (world-atlas shapes) and Correlates of War
(the state codes of MME, COW and many alliance and exercise datasets), from ``states.tsv``."""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from defcoop.errors import DataError

PATH = Path(__file__).with_name("states.tsv")


@lru_cache(maxsize=1)
def _rows() -> list[dict[str, str]]:
    with PATH.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    for i, r in enumerate(rows, start=2):
        if len(r.get("iso3") or "") != 3 or not (r.get("cow") or "").isdigit():
            raise DataError(PATH, i, "each row needs an ISO3 code and a numeric COW code")
    return rows


def cow_codes() -> dict[str, int]:
    """ISO3 → Correlates of War state code."""
    return {r["iso3"]: int(r["cow"]) for r in _rows()}


def iso_numeric() -> dict[str, str]:
    """ISO3 → ISO 3166 numeric code as three digits (the ids of world-atlas shapes)."""
    return {r["iso3"]: r["iso_numeric"] for r in _rows() if r["iso_numeric"]}
