"""Normalization applied to every text as it is read.

NFC composition, CRLF and lone CR to LF, soft hyphens removed, no-break spaces to spaces.
The result is what :class:`~defcoop.read.document.Document` holds, so every offset later
stages compute is an offset into the normalized text.
"""

from __future__ import annotations

import re
import unicodedata

_SPACE_LIKE = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u00ad": None,
                             "\ufeff": None})
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
                            "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"})
# C0 controls other than tab, line feed, vertical tab, form feed and carriage return
_C0_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_CONTROLS_C1 = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def normalize_text(text: str) -> str:
    """NFC, line ends to LF, soft hyphens and BOMs dropped, no-break spaces to spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_SPACE_LIKE)
    return unicodedata.normalize("NFC", text)


def normalize_extracted(text: str) -> str:
    """:func:`normalize_text` plus what PDF and DOCX extraction leaves behind.

    Typographic ligatures (ﬁ, ﬂ) become letters and stray control characters are dropped.
    """
    text = _C0_CONTROLS.sub("", text.translate(_LIGATURES))
    return normalize_text(text)


def control_share(text: str, *, c1: bool = True) -> float:
    """Share of characters in ``text`` that are control characters.

    C0 controls other than whitespace and DEL count, and with ``c1`` also U+0080-U+009F.
    """
    if not text:
        return 0.0
    pattern = _CONTROLS_C1 if c1 else _C0_CONTROLS
    return len(pattern.findall(text)) / len(text)
