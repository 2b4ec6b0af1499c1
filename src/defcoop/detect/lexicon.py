"""Loading the extractor's word lists from ``data/lexicon/*.yaml``, validated and cached."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from defcoop.errors import DataError


def lexicon_path(name: str) -> str:
    return str(resources.files("defcoop") / "data" / "lexicon" / f"{name}.yaml")


@lru_cache(maxsize=None)
def load(name: str) -> Any:
    """The parsed YAML file ``data/lexicon/<name>.yaml``; DataError if missing or malformed."""
    return load_file(lexicon_path(name))


def load_file(path: str) -> Any:
    """The parsed word-list file at ``path``; DataError naming it if missing or malformed."""
    try:
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
    except FileNotFoundError:
        raise DataError(path, None, "lexicon file is missing; reinstall defcoop") from None
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        raise DataError(path, line + 1 if line is not None else None,
                        f"not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise DataError(path, None, "expected a mapping at the top level")
    return data


def strings(value: Any, path: str, what: str) -> list[str]:
    """``value`` as a list of strings, or DataError naming ``what``."""
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
        raise DataError(path, None, f"{what} must be a list of strings")
    flags = [v for v in value if isinstance(v, bool)]
    if flags:   # YAML reads a bare on, off, yes or no as true or false
        raise DataError(path, None, f"{what} holds {flags[0]!r}, which YAML read from a bare word "
                                    "such as on, off, yes or no: write that word in quotes")
    return [str(v) for v in value]


def section(name: str, key: str) -> Any:
    data = load(name)
    if key not in data:
        raise DataError(lexicon_path(name), None, f"missing key {key!r}")
    return data[key]


def validate_all() -> list[str]:
    """Load every lexicon file the extractor uses; return their names (raises DataError)."""
    names = ["months", "dates", "abbreviations", "forces", "figures", "events", "tables", "layout"]
    for n in names:
        load(n)
    return names
