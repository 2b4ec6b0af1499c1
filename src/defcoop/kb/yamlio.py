"""YAML and TSV reading that remembers line numbers, so errors can name them."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from defcoop.errors import DataError


class LineDict(dict[str, Any]):
    """A mapping that knows the line of the data file it came from."""

    line: int = 0


class _Loader(yaml.SafeLoader):
    pass


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> LineDict:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        k = loader.construct_object(key_node, deep=True)
        if k in seen:
            raise DataError(loader.name, key_node.start_mark.line + 1, f"duplicate key '{k}'")
        seen.add(k)
    mapping = LineDict({str(k) if not isinstance(k, str) else k: v
                        for k, v in loader.construct_mapping(node, deep=True).items()})
    mapping.line = node.start_mark.line + 1
    return mapping


def _construct_timestamp(loader: _Loader, node: yaml.ScalarNode) -> str:
    # keep dates as written: '2021-09-15' stays a string, never a datetime
    return str(loader.construct_scalar(node))


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)


def load_yaml(path: str | Path) -> Any:
    """Load a YAML file; malformed YAML raises DataError with the file and line."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataError(p, None, "file not found") from None
    except UnicodeDecodeError as exc:
        raise DataError(p, None, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    try:
        loader = _Loader(text)
        loader.name = str(p)
        try:
            return loader.get_single_data()
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise DataError(p, line, f"malformed YAML: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise DataError(p, None, f"malformed YAML: {exc}") from None


def line_of(obj: Any) -> int | None:
    return getattr(obj, "line", None) or None


def load_tsv(path: str | Path, columns: list[str]) -> list[tuple[int, dict[str, str]]]:
    """Rows of a TSV file with a header, as (line, row) pairs; checks the columns."""
    p = Path(path)
    try:
        fh = p.open(encoding="utf-8", newline="")
    except FileNotFoundError:
        raise DataError(p, None, "file not found") from None
    rows: list[tuple[int, dict[str, str]]] = []
    with fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        try:
            header = next(reader)
        except StopIteration:
            raise DataError(p, 1, "empty file: a header line is expected") from None
        except UnicodeDecodeError as exc:
            raise DataError(p, None, f"not UTF-8 text ({exc.reason})") from None
        if [h.strip() for h in header] != columns:
            raise DataError(p, 1, f"header must be: {' '.join(columns)}")
        try:
            for i, row in enumerate(reader, start=2):
                if not row or (len(row) == 1 and not row[0].strip()) or row[0].startswith("#"):
                    continue
                if len(row) != len(columns):
                    raise DataError(p, i, f"{len(row)} columns, expected {len(columns)}")
                rows.append((i, {c: v.strip() for c, v in zip(columns, row)}))
        except UnicodeDecodeError as exc:
            raise DataError(p, None, f"not UTF-8 text ({exc.reason})") from None
    return rows


def iso(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value
