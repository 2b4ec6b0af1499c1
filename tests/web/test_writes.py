"""Writes need the server's token, are logged, and document text is always escaped."""

from __future__ import annotations

import sqlite3
import sys
import types
from typing import Any

import pytest



@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"X-Defcoop-Token": "wrong"}])
def test_review_action_without_the_token_is_refused(client: Any, headers: dict[str, str]) -> None:
    r = client.post("/api/review/c1/accept", headers=headers)
    assert r.status_code == 401
    assert r.json()["error"]["code"] == "unauthorized"


def test_writes_are_disabled_without_a_configured_token(client_no_token: Any, token: str) -> None:
    r = client_no_token.post("/api/review/c1/reject", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 401
    assert r.json()["error"]["code"] == "writes_disabled"


def test_form_action_without_the_token_is_refused(client: Any) -> None:
    r = client.post("/review/c1/accept", data={"reason": "x"})
    assert r.status_code == 401
    assert "Traceback" not in r.text


def test_unknown_candidate_is_404_with_the_token(client: Any, token: str) -> None:
    r = client.post("/api/review/no-such-candidate/accept", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 404


@pytest.fixture
def candidate(pristine_db: str, hostile: tuple[str, str]) -> str:
    conn = sqlite3.connect(pristine_db)
    conn.execute("INSERT OR IGNORE INTO documents (sha256, path, ingested_at) VALUES ('d1', 'news.txt', '2025-01-01')")
    conn.execute("INSERT OR REPLACE INTO candidates (id, document_sha256, kind, name, payload, status, created_at, "
                 "updated_at) VALUES ('cand-1', 'd1', 'exercise', 'Deneme', ?, 'pending', '2025-01-01', "
                 "'2025-01-01')", (f'{{"claims": [{{"field": "name", "value": "Deneme", "quote": "{hostile[0]}", '
                                   f'"page": 3}}]}}',))
    conn.commit()
    conn.close()
    return "cand-1"


@pytest.fixture
def fake_review(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Stands in for the review library so the web wiring is tested on its own."""
    calls: list[tuple[str, str]] = []
    mod = types.ModuleType("defcoop.review")

    def make(action: str) -> Any:
        def fn(store: Any, candidate_id: str, actor: str, reason: str | None = None, **kw: Any) -> dict[str, str]:
            calls.append((action, candidate_id))
            return {"status": action}
        return fn
    for a in ("accept", "reject", "merge", "edit"):
        setattr(mod, a, make(a))
    monkeypatch.setitem(sys.modules, "defcoop.review", mod)
    return calls


def test_review_action_with_the_token_runs_and_is_logged(writable_client: Any, candidate: str,
                                                         fake_review: list[tuple[str, str]],
                                                         pristine_db: str, token: str) -> None:
    r = writable_client.post(f"/api/review/{candidate}/reject", headers={"Authorization": f"Bearer {token}"},
                             json={"reason": "duplicate"})
    assert r.status_code == 200, r.text
    assert fake_review == [("reject", candidate)]
    row = sqlite3.connect(pristine_db).execute(
        "SELECT action, target, reason FROM log ORDER BY id DESC LIMIT 1").fetchone()
    assert row == ("web.review.reject", candidate, "duplicate")


def test_merge_needs_a_target_event(writable_client: Any, candidate: str, fake_review: list[Any],
                                    token: str) -> None:
    r = writable_client.post(f"/api/review/{candidate}/merge", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 400
    assert fake_review == []


def test_review_page_escapes_candidate_quotes(writable_client: Any, candidate: str,
                                              hostile: tuple[str, str]) -> None:
    text = writable_client.get("/review").text
    assert hostile[0] not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text


def test_hostile_quote_is_escaped_in_html(client: Any, hostile: tuple[str, str]) -> None:
    text = client.get(f"/events/{hostile[1]}").text
    assert hostile[0] not in text
    assert "<img src=x" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;" in text


def test_hostile_quote_is_verbatim_in_json(client: Any, hostile: tuple[str, str]) -> None:
    e = client.get(f"/api/events/{hostile[1]}").json()["data"]
    assert [c["quote"] for c in e["claims"]] == [hostile[0], hostile[0]]


@pytest.mark.parametrize("page", ["/sources/ozer2025", "/timeline", "/map"])
def test_hostile_quote_is_escaped_on_listing_pages(client: Any, page: str) -> None:
    assert "<script>alert(1)" not in client.get(page).text
