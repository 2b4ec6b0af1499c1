"""Real files made with real tools at test time: PDFs (reportlab), .docx (python-docx)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

FONT_NAME = "DejaVuSans"


def _font_path() -> str:
    import matplotlib

    return str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf")


def write_pdf(path: Path, pages: list[list[str]]) -> Path:
    """A PDF with one page per item of ``pages``, each a list of lines, in a Unicode font."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT_NAME, _font_path()))
    c = canvas.Canvas(str(path))
    for lines in pages:
        c.setFont(FONT_NAME, 11)
        y = 800
        for line in lines:
            c.drawString(60, y, line)
            y -= 16
        c.showPage()
    c.save()
    return path


def write_image_pdf(path: Path, tmp: Path, n_pages: int = 2) -> Path:
    """A PDF whose pages hold only a picture (as a scan does), no text."""
    from PIL import Image
    from reportlab.pdfgen import canvas

    png = tmp / "scan.png"
    Image.new("RGB", (120, 60), (200, 200, 200)).save(png)
    c = canvas.Canvas(str(path))
    for _ in range(n_pages):
        c.drawImage(str(png), 50, 600, width=240, height=120)
        c.rect(40, 40, 100, 100)
        c.showPage()
    c.save()
    return path


@pytest.fixture
def make_pdf(tmp_path: Path) -> Callable[[list[list[str]], str], Path]:
    def make(pages: list[list[str]], name: str = "doc.pdf") -> Path:
        return write_pdf(tmp_path / name, pages)
    return make


@pytest.fixture
def image_pdf(tmp_path: Path) -> Path:
    return write_image_pdf(tmp_path / "scan.pdf", tmp_path)


@pytest.fixture
def write_bytes(tmp_path: Path) -> Callable[[str, bytes], Path]:
    def write(name: str, data: bytes) -> Path:
        p = tmp_path / name
        p.write_bytes(data)
        return p
    return write
