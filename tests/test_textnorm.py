"""Turkish-aware normalization."""

from __future__ import annotations

import pytest

from defcoop.textnorm import ascii_fold, compact_key, fold, squash, strip_suffix


@pytest.mark.parametrize(("text", "folded"), [
    ("ISPARTA", "ısparta"), ("İSTANBUL", "istanbul"), ("Iğdır", "ığdır"), ("BAKÜ", "bakü"),
])
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize(("text", "ascii"), [
    ("Şuşa", "susa"), ("Nahçıvan", "nahcivan"), ("Gəncə", "gence"), ("İmişli", "imisli"),
])
def test_ascii_fold(text: str, ascii: str) -> None:
    assert ascii_fold(text) == ascii


@pytest.mark.parametrize(("word", "stem"), [
    ("Bakü'de", "Bakü"), ("Konya’daki", "Konya"), ("Nahçıvan'da", "Nahçıvan"), ("Kars’ta", "Kars"),
    ("Ankara", "Ankara"),
])
def test_strip_suffix(word: str, stem: str) -> None:
    assert strip_suffix(word) == stem


def test_squash_joins_hyphenated_breaks() -> None:
    assert squash("savun-\nma  sanayii\n\nanlaşması") == "savunma sanayii anlaşması"


def test_compact_key_spellings() -> None:
    assert compact_key("TurAz Şahini-2021") == compact_key("TURAZ Şahini 2021") == "turazsahini2021"
