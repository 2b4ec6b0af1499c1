"""Telling Turkish from English: stop-word and letter statistics.

The word lists and thresholds live in ``data/lexicon/language.yaml``; see the comments
there for the scoring. :func:`detect_language` returns ``"tr"``, ``"en"`` or ``"und"``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from defcoop.errors import DataError
from defcoop.textnorm import fold

_WORD = re.compile(r"[^\W\d_]+", re.U)


@dataclass(frozen=True)
class LanguageProfile:
    """One language's stop words and distinctive letters."""

    code: str
    stopwords: frozenset[str]
    letters: frozenset[str]


@dataclass(frozen=True)
class LanguageModel:
    """The profiles and thresholds of ``language.yaml``."""

    profiles: tuple[LanguageProfile, ...]
    min_words: int
    min_score: float
    min_margin: float
    letter_weight: float
    sample_chars: int


def lexicon_path() -> str:
    return str(resources.files("defcoop") / "data" / "lexicon" / "language.yaml")


def _number(settings: dict[str, Any], name: str, path: str) -> float:
    value = settings.get(name)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        raise DataError(path, None, f"settings.{name} must be a non-negative number, got {value!r}")
    return float(value)


def parse_model(data: Any, path: str) -> LanguageModel:
    """Validate the parsed YAML of a language lexicon; raise :class:`DataError` if it is bad."""
    if not isinstance(data, dict) or not isinstance(data.get("languages"), dict):
        raise DataError(path, None, "expected a mapping with 'settings' and 'languages'")
    settings = data.get("settings")
    if not isinstance(settings, dict):
        raise DataError(path, None, "'settings' must be a mapping")
    profiles: list[LanguageProfile] = []
    seen: dict[str, str] = {}
    for code, entry in data["languages"].items():
        if not isinstance(entry, dict):
            raise DataError(path, None, f"languages.{code} must be a mapping")
        listed = entry.get("stopwords")
        letters = entry.get("letters", "")
        if not isinstance(listed, str) or not listed.split():
            raise DataError(path, None, f"languages.{code}.stopwords must be a string of words "
                                        "separated by spaces")
        words = listed.split()
        if not isinstance(letters, str):
            raise DataError(path, None, f"languages.{code}.letters must be a string")
        for word in words:
            if word != fold(word) or not _WORD.fullmatch(word):
                raise DataError(path, None, f"languages.{code}: stop word {word!r} must be one "
                                            "lower-case word")
            if word in seen:
                where = "twice" if seen[word] == code else f"also under {seen[word]}"
                raise DataError(path, None, f"languages.{code}: stop word {word!r} is listed {where}")
            seen[word] = str(code)
        profiles.append(LanguageProfile(str(code), frozenset(words), frozenset(letters)))
    return LanguageModel(
        profiles=tuple(profiles),
        min_words=int(_number(settings, "min_words", path)),
        min_score=_number(settings, "min_score", path),
        min_margin=_number(settings, "min_margin", path),
        letter_weight=_number(settings, "letter_weight", path),
        sample_chars=int(_number(settings, "sample_chars", path)),
    )


def load_model(path: str | None = None) -> LanguageModel:
    """Load and validate a language lexicon (the packaged one by default)."""
    path = path or lexicon_path()
    try:
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
    except OSError as exc:
        raise DataError(path, None, f"cannot be read ({exc.strerror})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise DataError(path, line, f"is not valid YAML: {exc}") from None
    return parse_model(data, path)


@lru_cache(maxsize=1)
def default_model() -> LanguageModel:
    return load_model()


def _sample(text: str, size: int) -> str:
    """The whole text if short, else its beginning, middle and end."""
    if len(text) <= size:
        return text
    third = size // 3
    mid = len(text) // 2
    return " ".join((text[:third], text[mid - third // 2: mid + third // 2], text[-third:]))


def language_scores(text: str, model: LanguageModel | None = None) -> dict[str, float]:
    """Each language's score for ``text`` (see ``language.yaml``)."""
    model = model or default_model()
    words = _WORD.findall(_sample(text, model.sample_chars))
    if len(words) < model.min_words:
        return {p.code: 0.0 for p in model.profiles}
    n_letters = sum(len(w) for w in words)
    forms = [(fold(w), w.lower()) for w in words]
    scores: dict[str, float] = {}
    for profile in model.profiles:
        stop = profile.stopwords
        hits = sum(1 for turkish, plain in forms if turkish in stop or plain in stop)
        special = sum(1 for w in words for c in w if c in profile.letters)
        scores[profile.code] = hits / len(words) + model.letter_weight * special / n_letters
    return scores


def detect_language(text: str, model: LanguageModel | None = None) -> str:
    """``"tr"``, ``"en"`` (or another listed language), or ``"und"`` when unclear."""
    model = model or default_model()
    scores = language_scores(text, model)
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    if not ranked:
        return "und"
    best, score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if score < model.min_score or score - runner_up < model.min_margin:
        return "und"
    return best
