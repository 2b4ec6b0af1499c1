"""Uploading a manuscript to the audit page and its JSON twin."""

from __future__ import annotations

from typing import Any

import pytest

MANUSCRIPT = ("Türkiye ve Azerbaycan ortak tatbikatlar düzenlemiştir (Yılmaz, 2021: 12). "
              "Bu iş birliği derinleşmiştir (Kaya, 2019).\n\nKaynakça\n"
              "Yılmaz, A. (2021), Savunma iş birliği, Güvenlik Dergisi, 3(2), 10-20.\n").encode()


def test_audit_api_returns_the_report(client: Any) -> None:
    r = client.post("/api/audit", files={"file": ("makale.txt", MANUSCRIPT, "text/plain")})
    assert r.status_code == 200, r.text
    report = r.json()["data"]["report"]
    assert report["document"]["path"] == "makale.txt"
    assert report["citations"] and report["references"]
    assert any(f["kind"] == "missing_reference" for f in report["findings"])


def test_audit_page_shows_the_report_in_a_sandbox(client: Any) -> None:
    r = client.post("/audit?lang=en", files={"file": ("makale.txt", MANUSCRIPT, "text/plain")})
    assert r.status_code == 200
    assert "<iframe class=\"report\" sandbox" in r.text
    assert "defcoop-upload-" not in r.text  # the temporary path is not shown


@pytest.mark.parametrize("name, content, status", [("empty.txt", b"", 400),
                                                   ("binary.pdf", b"\x00\x01\x02 not a pdf", 400)])
def test_bad_uploads_are_400(client: Any, name: str, content: bytes, status: int) -> None:
    r = client.post("/api/audit", files={"file": (name, content)})
    assert r.status_code == status
    assert set(r.json()) == {"error"}
    assert name in r.json()["error"]["message"]


def test_audit_without_a_file_is_400(client: Any) -> None:
    r = client.post("/api/audit")
    assert r.status_code == 400
    assert r.json()["error"]["code"] == "bad_parameter"


def test_hostile_manuscript_is_not_run(client: Any, hostile: tuple[str, str]) -> None:
    text = f"{hostile[0]} bir metin (Yılmaz, 2021).\n".encode()
    r = client.post("/audit", files={"file": ("x.txt", text, "text/plain")})
    assert r.status_code == 200
    assert hostile[0] not in r.text
