"""The dyad report as PDF, typeset by WeasyPrint from the HTML report.

The URL fetcher serves only ``data:`` URLs (the embedded figures) and refuses everything else
(http, https, ftp, file…), so producing a report makes no network request and reads no file;
refused URLs are recorded on the fetcher.
"""

from __future__ import annotations

from typing import Any

from defcoop.errors import ExportError
from defcoop.report.builder import Report
from defcoop.report.render_html import render as render_html


def offline_fetcher() -> Any:
    """A WeasyPrint URL fetcher that allows only ``data:`` URLs."""
    from weasyprint.urls import URLFetcher

    class OfflineFetcher(URLFetcher):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__(allowed_protocols=("data",), allow_redirects=False, fail_on_errors=False)
            self.blocked: list[str] = []

        def fetch(self, url: str, headers: Any = None) -> Any:
            if not url.startswith("data:"):
                self.blocked.append(url)
                raise ValueError(f"defcoop reports fetch nothing outside themselves: {url}")
            return super().fetch(url, headers)

    return OfflineFetcher()


def pdf_bytes(report: Report) -> tuple[bytes, list[str]]:
    """The PDF and the URLs that were refused."""
    import logging

    try:
        from weasyprint import HTML
    except (ImportError, OSError) as exc:  # pragma: no cover - declared dependency, system libraries
        raise ExportError(f"cannot make a PDF: WeasyPrint is not usable ({exc}); use --format html") from None
    for name in ("weasyprint", "fontTools"):
        logging.getLogger(name).setLevel(logging.ERROR)
    fetcher = offline_fetcher()
    data = HTML(string=render_html(report), url_fetcher=fetcher, base_url=None).write_pdf()
    return bytes(data), list(fetcher.blocked)
