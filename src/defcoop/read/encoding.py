"""Decoding the bytes of a text file: UTF-8/16/32 with a BOM, UTF-8, Turkish code pages, others.

Order of decisions (:func:`decode_text`):

1. a byte order mark names the encoding (UTF-8, UTF-16, UTF-32);
2. UTF-16 without a byte order mark, recognized from its regularly placed NUL bytes;
3. an encoding the file declares (an HTML ``<meta charset>``), read as browsers read the
   label (``iso-8859-9`` as Windows-1254), when the bytes decode with it;
4. bytes that are valid UTF-8 are UTF-8;
5. bytes that are mostly UTF-8 with a few stray Windows-1254 bytes (texts pasted together
   from two sources) are decoded as such, reported as ``utf-8+cp1254``;
6. the Turkish code pages: if decoding with Windows-1254 (or ISO-8859-9) yields no C1
   control characters and plausible Turkish (:func:`plausible_turkish`: Turkish letters
   ş ğ ı İ Ş Ğ, mostly ASCII letters, few letters outside the Turkish alphabet; Cyrillic
   or Greek text in their own code pages fails this), that is the encoding. The
   two differ only in bytes 0x80-0x9F: without such bytes the text is reported as
   ``iso-8859-9`` (both give the same text), with them as ``cp1254``;
7. otherwise charset-normalizer guesses;
8. nothing fits: the file cannot be decoded (:class:`DecodeFailure`).
"""

from __future__ import annotations

import codecs
import re

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_TURKISH_LETTERS = frozenset("şğıİŞĞ")
_C1 = frozenset(chr(c) for c in range(0x80, 0xA0))
MIN_ASCII_LETTER_SHARE = 0.6
MIN_TURKISH_LETTER_SHARE = 0.01
MAX_FOREIGN_LETTER_SHARE = 0.1
_TURKISH_ALPHABET = frozenset("çğıöşüâîûÇĞİÖŞÜÂÎÛ")
MIXED_GOOD_PER_BAD = 3
_ESCAPED = re.compile("[\udc80-\udcff]+")
# declared labels read the way browsers read them (WHATWG Encoding Standard)
_DECLARED_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
                     "us-ascii": "cp1252", "ascii": "cp1252", "iso-8859-9": "cp1254",
                     "latin5": "cp1254", "iso-8859-11": "cp874"}
_DECLARED_IGNORED = {"utf-7", "utf7", "utf-16", "utf-16le", "utf-16be", "utf-32"}


class DecodeFailure(ValueError):
    """The bytes could not be decoded; the message says why."""


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte order mark at the start of ``data`` names, or None."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` / ``utf-16-be`` when NUL bytes sit regularly at odd / even positions."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_nul = data[0::2].count(0)
    odd_nul = data[1::2].count(0)
    half = len(data) // 2
    if odd_nul > 0.6 * half and even_nul < 0.05 * half:
        return "utf-16-le"
    if even_nul > 0.6 * half and odd_nul < 0.05 * half:
        return "utf-16-be"
    return None


def plausible_turkish(text: str) -> bool:
    """Whether ``text`` (decoded with a Turkish code page) looks like Turkish writing.

    It must have Turkish letters (ş ğ ı İ Ş Ğ) as at least ``MIN_TURKISH_LETTER_SHARE`` of its
    letters, mostly ASCII letters, and few non-ASCII letters outside the Turkish alphabet.
    Cyrillic, Greek, Baltic or CJK bytes read as Windows-1254 fail one of these.
    """
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    non_ascii = [c for c in letters if not c.isascii()]
    turkish = sum(1 for c in non_ascii if c in _TURKISH_LETTERS)
    foreign = sum(1 for c in non_ascii if c not in _TURKISH_ALPHABET)
    return (turkish >= MIN_TURKISH_LETTER_SHARE * len(letters)
            and len(non_ascii) <= (1 - MIN_ASCII_LETTER_SHARE) * len(letters)
            and foreign <= MAX_FOREIGN_LETTER_SHARE * len(non_ascii))


def turkish_codepage(data: bytes) -> tuple[str, str] | None:
    """Decode with a Turkish code page if that yields plausible Turkish text."""
    has_c1_bytes = any(0x80 <= b <= 0x9F for b in data)
    for name in ("cp1254", "iso-8859-9"):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        if _C1.intersection(text) or not plausible_turkish(text):
            continue
        return text, (name if has_c1_bytes else "iso-8859-9")
    return None


def mostly_utf8(data: bytes) -> str | None:
    """The text of UTF-8 ``data`` with a few stray Windows-1254 bytes, or None.

    Accepted when the valid multi-byte UTF-8 characters outnumber the stray bytes
    ``MIXED_GOOD_PER_BAD`` to one and every stray byte is a Windows-1254 character.
    """
    text = data.decode("utf-8", errors="surrogateescape")
    stray = sum(len(m.group()) for m in _ESCAPED.finditer(text))
    good = sum(1 for c in text if not c.isascii()) - stray
    if not stray or good < MIXED_GOOD_PER_BAD * stray:
        return None
    try:
        return _ESCAPED.sub(
            lambda m: m.group().encode("utf-8", "surrogateescape").decode("cp1254"), text)
    except UnicodeDecodeError:
        return None


def decode_text(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data``; return the text and the name of the encoding used.

    ``declared`` is an encoding the file itself names (an HTML ``<meta charset>``); it is
    used when the bytes decode with it. Raises :class:`DecodeFailure` when nothing fits.
    """
    bom = bom_encoding(data)
    if bom:
        try:
            return data.decode(bom), bom
        except UnicodeDecodeError as exc:
            raise DecodeFailure(f"it starts with a {bom} byte order mark but is not valid "
                                f"{bom} (byte {exc.start})") from None
    guess16 = utf16_without_bom(data) if b"\x00" in data else None
    if guess16:
        try:
            return data.decode(guess16), guess16
        except UnicodeDecodeError:
            pass
    label = (declared or "").strip().lower()
    candidates = [] if not label or label in _DECLARED_IGNORED else \
        [_DECLARED_ALIASES.get(label, label)]
    for name in [*candidates, "utf-8"]:
        try:
            return data.decode(name), name.lower()
        except (UnicodeDecodeError, LookupError):
            continue
    mixed = mostly_utf8(data)
    if mixed is not None and not _C1.intersection(mixed):
        return mixed, "utf-8+cp1254"
    turkish = turkish_codepage(data)
    if turkish:
        return turkish
    return _charset_normalizer(data)


def _charset_normalizer(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    try:
        best = from_bytes(data).best()
    except Exception as exc:  # the library's own failures must not escape
        raise DecodeFailure(f"its encoding could not be detected ({exc})") from None
    if best is None:
        raise DecodeFailure("its bytes fit no known text encoding")
    return str(best), best.encoding
