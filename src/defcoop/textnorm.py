"""Turkish-aware text normalization shared by every stage.

- ``fold``: casefolding that knows Turkish dotted/dotless I (I→ı, İ→i).
- ``ascii_fold``: fold plus removal of diacritics (ş→s, ı→i, ğ→g, ö→o, ü→u, ç→c, ə→e),
  for lenient matching of names spelled without Turkish letters.
- ``strip_suffix``: drop an apostrophe suffix (Bakü'de → Bakü, Konya'daki → Konya).
- ``squash``: collapse whitespace and undo line-end hyphenation, for comparing quotes
  with text extracted from PDFs.
"""

from __future__ import annotations

import re
import unicodedata

APOSTROPHES = "'’‘`´ʼ"
_APOS_RE = re.compile(f"[{APOSTROPHES}]")
_SUFFIX_RE = re.compile(f"^(.+?)[{APOSTROPHES}]\\w*$")
_WS_RE = re.compile(r"\s+")
_HYPHEN_BREAK_RE = re.compile(r"(\w)[-‐]\s*\n\s*(\w)")

_ASCII_MAP = str.maketrans(
    {"ı": "i", "ş": "s", "ğ": "g", "ö": "o", "ü": "u", "ç": "c", "ə": "e", "â": "a",
     "î": "i", "û": "u", "ä": "a", "é": "e", "è": "e", "á": "a", "ñ": "n"}
)


def fold(text: str) -> str:
    """Lower-case ``text`` the Turkish way (I→ı, İ→i), then Unicode casefold."""
    text = text.replace("I", "ı").replace("İ", "i")
    out = text.casefold()
    # casefold leaves a combining dot after i from decomposed İ; drop it
    return out.replace("i̇", "i")


def ascii_fold(text: str) -> str:
    """Fold and strip diacritics: 'Şuşa' → 'susa', 'Nahçıvan' → 'nahcivan'."""
    folded = fold(text).translate(_ASCII_MAP)
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def strip_suffix(word: str) -> str:
    """Remove a Turkish apostrophe suffix: "Bakü'de" → "Bakü", "Kars’ta" → "Kars"."""
    m = _SUFFIX_RE.match(word)
    return m.group(1) if m else word


def normalize_apostrophes(text: str) -> str:
    """Map every apostrophe-like character to the ASCII apostrophe."""
    return _APOS_RE.sub("'", text)


def squash(text: str) -> str:
    """Join hyphenated line breaks and collapse all whitespace to single spaces."""
    text = _HYPHEN_BREAK_RE.sub(r"\1\2", text)
    return _WS_RE.sub(" ", text).strip()


def key(text: str) -> str:
    """A comparison key: ascii-folded, apostrophes and punctuation dropped, spaces collapsed."""
    t = ascii_fold(normalize_apostrophes(text))
    t = re.sub(r"[^\w\s]", " ", t)
    return _WS_RE.sub(" ", t).strip()


def compact_key(text: str) -> str:
    """Like :func:`key` but without spaces: 'TurAz Şahini-2021' == 'TURAZ Şahini 2021'."""
    return key(text).replace(" ", "")
