"""Dashboard labels in Turkish and English, loaded from ``i18n.yaml`` beside this module."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from defcoop.errors import DataError

LANGS = ("tr", "en")
DEFAULT_LANG = "tr"


def _path() -> str:
    return str(resources.files("defcoop.web") / "i18n.yaml")


def validate(data: Any, path: str) -> dict[str, dict[str, str]]:
    """Every key maps to a {tr, en} pair of non-empty strings."""
    if not isinstance(data, dict):
        raise DataError(path, None, "expected a mapping of label keys to {tr, en}")
    out: dict[str, dict[str, str]] = {}
    for key, value in data.items():
        if not isinstance(value, dict) or set(value) != set(LANGS):
            raise DataError(path, None, f"label '{key}' needs exactly the languages tr and en")
        for lang in LANGS:
            if not isinstance(value[lang], str) or not value[lang].strip():
                raise DataError(path, None, f"label '{key}' has an empty '{lang}' text")
        out[str(key)] = {lang: str(value[lang]) for lang in LANGS}
    return out


@lru_cache(maxsize=1)
def labels() -> dict[str, dict[str, str]]:
    path = _path()
    try:
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
    except (OSError, yaml.YAMLError) as exc:
        raise DataError(path, None, f"cannot read the dashboard labels: {exc}") from None
    return validate(data, path)


class Translator:
    """``t('nav_events')`` gives the label in one language; an unknown ``prefix_code`` key shows
    as its code (a value the labels file does not know yet still reads sensibly)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in LANGS else DEFAULT_LANG

    def __call__(self, key: str, **kw: Any) -> str:
        entry = labels().get(key)
        text = entry[self.lang] if entry else key.split("_", 1)[-1]
        return text.format(**kw) if kw else text

    @property
    def other(self) -> str:
        return "en" if self.lang == "tr" else "tr"
