"""Field-level precision, recall and F1 of parsed references against curated records.

Records are aligned by their raw entry text; a field counts as correct when the parsed and
the curated values are equal after whitespace and edge punctuation are normalized
(lists compare element by element). A curated record with no parsed counterpart counts
against recall for each of its filled fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any, Mapping, Sequence

__all__ = ["FieldScore", "align", "field_scores", "normalize_value"]

DEFAULT_FIELDS = ("authors", "year", "title", "container", "pages", "url")


@dataclass
class FieldScore:
    field: str
    correct: int = 0
    predicted: int = 0
    expected: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def normalize_value(value: Any) -> Any:
    """A comparable form: None stays None, lists element-wise, text squashed and trimmed."""
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        items = [normalize_value(v) for v in value]
        return tuple(i for i in items if i is not None) or None
    text = str(value).replace("’", "'").replace("–", "-")
    text = re.sub(r"\s+", " ", text).strip(" .,;")
    return text or None


def _raw_key(text: str | None) -> str:
    return re.sub(r"\s+", "", text or "").lower()


def align(parsed: Sequence[Mapping[str, Any]], gold: Sequence[Mapping[str, Any]],
          threshold: float = 0.6) -> list[tuple[Mapping[str, Any], Mapping[str, Any] | None]]:
    """Pair each curated record with the parsed record whose raw text is most alike."""
    pairs: list[tuple[Mapping[str, Any], Mapping[str, Any] | None]] = []
    used: set[int] = set()
    for g in gold:
        gk = _raw_key(g.get("raw"))
        best, best_i = 0.0, -1
        for i, p in enumerate(parsed):
            if i in used:
                continue
            ratio = SequenceMatcher(None, gk, _raw_key(p.get("raw")), autojunk=False).ratio()
            if ratio > best:
                best, best_i = ratio, i
        if best_i >= 0 and best >= threshold:
            used.add(best_i)
            pairs.append((g, parsed[best_i]))
        else:
            pairs.append((g, None))
    return pairs


def field_scores(parsed: Sequence[Mapping[str, Any]], gold: Sequence[Mapping[str, Any]],
                 fields: Sequence[str] = DEFAULT_FIELDS) -> dict[str, FieldScore]:
    """Per-field scores of ``parsed`` records against ``gold`` (both as mappings)."""
    scores = {f: FieldScore(f) for f in fields}
    for g, p in align(parsed, gold):
        for f in fields:
            gv = normalize_value(g.get(f))
            pv = normalize_value(p.get(f)) if p is not None else None
            s = scores[f]
            if gv is not None:
                s.expected += 1
            if pv is not None:
                s.predicted += 1
            if gv is not None and pv == gv:
                s.correct += 1
    return scores
