"""What a file is: its format from its first bytes and its extension.

The content decides when it is unambiguous (a PDF is a PDF whatever its name); the
extension decides between the text formats. Known binary formats (images, executables,
archives) posing as text are recognized by their signatures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from defcoop.read.encoding import bom_encoding, utf16_without_bom
from defcoop.read.normalize import control_share

TEXT_EXTENSIONS = {".txt": "text/plain", ".text": "text/plain",
                   ".md": "text/markdown", ".markdown": "text/markdown"}
HTML_EXTENSIONS = {".html": "text/html", ".htm": "text/html"}
PDF_TYPE = "application/pdf"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
SUPPORTED_EXTENSIONS = (*TEXT_EXTENSIONS, *HTML_EXTENSIONS, ".pdf", ".docx")

# signature -> what it is (checked against the first bytes)
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x7fELF", "an ELF executable"),
    (b"\xcf\xfa\xed\xfe", "a Mach-O executable"),
    (b"\xca\xfe\xba\xbe", "a Java class or Mach-O file"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file (.doc/.xls)"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x00asm", "a WebAssembly module"),
    (b"OggS", "an Ogg media file"),
    (b"fLaC", "a FLAC audio file"),
)
_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])",
                         re.I | re.S)
MAX_CONTROL_SHARE = 0.01
MIN_CONTROL_COUNT = 8


@dataclass(frozen=True)
class Sniffed:
    """The format a file's first bytes show: ``pdf``, ``zip``, ``html``, ``binary`` or ``text``."""

    kind: str
    what: str = ""


def sniff(head: bytes) -> Sniffed:
    """Classify a file from its first bytes (a few kilobytes are enough)."""
    if b"%PDF-" in head[:1024]:
        return Sniffed("pdf", "a PDF document")
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return Sniffed("zip", "a ZIP package")
    if head[:4] == b"RIFF" and head[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return Sniffed("binary", "a RIFF media file (image, audio or video)")
    if bom_encoding(head):
        return Sniffed("text", "text with a byte order mark")
    for sig, what in _SIGNATURES:
        if head.startswith(sig):
            return Sniffed("binary", what)
    loose = _loose_signature(head)
    if loose:
        return Sniffed("binary", loose)
    if b"\x00" in head and not utf16_without_bom(head[: len(head) // 2 * 2]):
        return Sniffed("binary", "binary data (it contains NUL bytes)")
    if _HTML_START.match(head):
        return Sniffed("html", "an HTML page")
    return Sniffed("text", "text")


def _loose_signature(head: bytes) -> str | None:
    """Two- and three-byte signatures, confirmed by the bytes that follow them."""
    if head.startswith(b"MZ") and b"\x00" in head[2:64]:
        return "a Windows executable"
    if head.startswith(b"BM") and head[6:10] == b"\x00\x00\x00\x00":
        return "a BMP image"
    if head.startswith(b"BZh") and head[3:4].isdigit() and head[4:10] == b"1AY&SY":
        return "a bzip2 archive"
    if head.startswith(b"ID3") and len(head) > 5 and head[3] < 0x10 and head[4] < 0x10:
        return "an MP3 audio file"
    return None


def binary_reason(data: bytes) -> str | None:
    """Why ``data`` (a whole file meant as text, without BOM) is binary, or None if it is not."""
    if bom_encoding(data) or utf16_without_bom(data):
        return None
    if b"\x00" in data:
        return "binary content (it contains NUL bytes)"
    share = excess_controls(data[:1_000_000].decode("latin-1"), c1=False)
    if share is not None:
        return f"binary content ({share:.0%} of its bytes are control characters)"
    return None


def excess_controls(text: str, *, c1: bool = True) -> float | None:
    """The share of control characters in ``text`` when too high for text, else None.

    Too high: over ``MAX_CONTROL_SHARE`` and at least ``MIN_CONTROL_COUNT`` of them (a few
    stray control characters in a short text do not make it binary).
    """
    share = control_share(text, c1=c1)
    if share > MAX_CONTROL_SHARE and share * len(text) >= MIN_CONTROL_COUNT:
        return share
    return None
