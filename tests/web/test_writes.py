"""Writes need the server's token, are logged, and document text is always escaped."""

from __future__ import annotations

import sqlite3
import json
from pathlib import Path
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


def last_log(db: str) -> tuple[str, str, str, str | None]:
    row = sqlite3.connect(db).execute("SELECT actor, action, target, reason FROM log ORDER BY id DESC LIMIT 1").fetchone()
    return (row[0], row[1], row[2], row[3])


def status_of(db: str, cid: str) -> str:
    return str(sqlite3.connect(db).execute("SELECT status FROM candidates WHERE id = ?", (cid,)).fetchone()[0])


def test_reject_with_the_token_is_done_and_logged(writable_client: Any, candidate: str, pristine_db: str,
                                                  token: str) -> None:
    r = writable_client.post(f"/api/review/{candidate}/reject", headers={"Authorization": f"Bearer {token}"},
                             json={"reason": "duplicate"})
    assert r.status_code == 200, r.text
    assert status_of(pristine_db, candidate) == "rejected"
    actor, action, target, reason = last_log(pristine_db)
    assert (action, target, reason) == ("reject", candidate, "duplicate")
    assert actor.startswith("web:")


def test_accept_with_the_token_creates_or_merges_the_event(writable_client: Any, candidate: str,
                                                           pristine_db: str, token: str) -> None:
    r = writable_client.post(f"/api/review/{candidate}/accept", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 200, r.text
    event = r.json()["data"]["result"]["event"]
    assert writable_client.get(f"/api/events/{event}").status_code == 200
    assert last_log(pristine_db)[1] in ("accept", "merge")


def test_merge_into_an_event(writable_client: Any, candidate: str, pristine_db: str, token: str) -> None:
    target = writable_client.get("/api/events?kind=exercise&limit=1").json()["data"][0]["id"]
    r = writable_client.post(f"/api/review/{candidate}/merge", headers={"Authorization": f"Bearer {token}"},
                             json={"event_id": target, "reason": "same exercise"})
    assert r.status_code == 200, r.text
    assert status_of(pristine_db, candidate) == "merged"
    assert last_log(pristine_db)[3] == "same exercise"


def test_edit_changes_the_candidate(writable_client: Any, candidate: str, pristine_db: str, token: str) -> None:
    r = writable_client.post(f"/api/review/{candidate}/edit", headers={"Authorization": f"Bearer {token}"},
                             json={"changes": {"name": "Kartal Tatbikatı"}})
    assert r.status_code == 200, r.text
    assert last_log(pristine_db)[1] == "edit"
    names = {c["id"]: c["name"] for c in writable_client.get("/api/review?limit=500").json()["data"]}
    assert names[candidate] == "Kartal Tatbikatı"


@pytest.mark.parametrize("action, body, status", [("merge", {}, 400), ("edit", {}, 400),
                                                  ("edit", {"changes": {"color": "red"}}, 400),
                                                  ("merge", {"event_id": "no-such-event"}, 404),
                                                  ("explode", {}, 404)])
def test_bad_review_actions(writable_client: Any, candidate: str, token: str, action: str,
                            body: dict[str, Any], status: int) -> None:
    r = writable_client.post(f"/api/review/{candidate}/{action}", headers={"Authorization": f"Bearer {token}"},
                             json=body)
    assert r.status_code == status
    assert set(r.json()) == {"error"}


def test_acting_twice_is_a_400(writable_client: Any, candidate: str, token: str) -> None:
    auth = {"Authorization": f"Bearer {token}"}
    assert writable_client.post(f"/api/review/{candidate}/reject", headers=auth).status_code == 200
    assert writable_client.post(f"/api/review/{candidate}/reject", headers=auth).status_code == 400


def test_review_form_with_the_token_redirects(writable_client: Any, candidate: str, pristine_db: str,
                                              token: str) -> None:
    r = writable_client.post(f"/review/{candidate}/reject", data={"token": token, "reason": "noise"},
                             follow_redirects=False)
    assert r.status_code == 303
    assert status_of(pristine_db, candidate) == "rejected"


def test_review_page_shows_the_evidence(writable_client: Any, candidate: str) -> None:
    text = writable_client.get("/review?lang=en&limit=500").text
    assert f'data-candidate="{candidate}"' in text
    assert "Tatbikata Türkiye, Pakistan ve Azerbaycan hava kuvvetleri katıldı." in text


def test_review_page_escapes_candidate_quotes(writable_client: Any, pristine_db: str,
                                              hostile: tuple[str, str]) -> None:
    conn = sqlite3.connect(pristine_db)
    conn.execute("INSERT OR IGNORE INTO documents (sha256, path, ingested_at) VALUES ('d1', 'x.txt', '2025-01-01')")
    payload = {"kind": "exercise", "name": "X", "evidence": [{"field": "name", "value": "X", "quote": hostile[0],
                                                              "page": 3}]}
    conn.execute("INSERT OR REPLACE INTO candidates (id, document_sha256, kind, name, payload, status, created_at, "
                 "updated_at) VALUES ('cand-hostile', 'd1', 'exercise', 'X', ?, 'pending', '2000-01-01', "
                 "'2000-01-01')", (json.dumps(payload),))
    conn.commit()
    conn.close()
    text = writable_client.get("/review?limit=500").text
    assert 'data-candidate="cand-hostile"' in text
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


def test_the_token_is_checked_before_the_body(client: Any) -> None:
    r = client.post("/api/review/c1/accept", content=b"{not json", headers={"Content-Type": "application/json"})
    assert r.status_code == 401


@pytest.mark.parametrize("body", [b"{not json", b"[1, 2]", b'{"changes": "not an object"}'])
def test_a_bad_body_with_the_token_is_400(writable_client: Any, candidate: str, token: str, body: bytes) -> None:
    r = writable_client.post(f"/api/review/{candidate}/edit", content=body,
                             headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    assert r.status_code == 400
    assert r.json()["error"]["code"] == "bad_parameter"
