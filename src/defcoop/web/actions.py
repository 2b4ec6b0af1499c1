"""Writes from the web (review actions) and the manuscript audit, wired to their libraries.

The review library (``defcoop.review``) and the audit library (``defcoop.audit``) are optional
at import time: when one is missing, its routes answer 503 with a message saying so.
"""

from __future__ import annotations

import dataclasses
import hmac
import importlib
import importlib.util
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from defcoop.errors import DefcoopError, NotFound, QueryError
from defcoop.web.envelope import ApiError

REVIEW_ACTIONS = ("accept", "reject", "merge", "edit")
MAX_UPLOAD = 25 * 1024 * 1024


def check_token(configured: str | None, given: str | None) -> None:
    """Writes need the server's token; with none configured, writes are disabled."""
    if not configured:
        raise ApiError(401, "writes are disabled on this server: start it with --token or "
                            "DEFCOOP_TOKEN set to allow review actions", "writes_disabled")
    if not given or not hmac.compare_digest(given.encode(), configured.encode()):
        raise ApiError(401, "this change needs the server's token: send 'Authorization: Bearer TOKEN'",
                       "unauthorized")


def token_from(headers: Any, form_token: str | None = None) -> str | None:
    auth = headers.get("authorization") or ""
    if auth.lower().startswith("bearer "):
        return str(auth[7:].strip())
    return headers.get("x-defcoop-token") or form_token


def _module(name: str) -> Any | None:
    if name in sys.modules:
        return sys.modules[name]
    try:
        if importlib.util.find_spec(name) is None:
            return None
    except (ImportError, ValueError):
        return None
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def review_available() -> bool:
    mod = _module("defcoop.review")
    return mod is not None and all(callable(getattr(mod, a, None)) for a in ("accept", "edit", "reject"))


def _edit_value(value: Any) -> str:
    """The review library edits one field from text; lists are comma-separated."""
    if isinstance(value, list):
        return ",".join(str(v.get("id", v)) if isinstance(v, dict) else str(v) for v in value)
    return "" if value is None else str(value)


def review(store: Any, candidate_id: str, action: str, actor: str, reason: str | None,
           event_id: str | None, changes: dict[str, Any] | None) -> Any:
    """Run one review action through the review library, which logs it (who, what, why)."""
    if action not in REVIEW_ACTIONS:
        raise ApiError(404, f"unknown review action '{action}': use one of {', '.join(REVIEW_ACTIONS)}")
    if not review_available():
        raise ApiError(503, "the review library (defcoop.review) is not installed in this build", "unavailable")
    if action == "merge" and not event_id:
        raise ApiError(400, "merge needs 'event_id': the event to merge the candidate into", "bad_parameter")
    if action == "edit" and not changes:
        raise ApiError(400, "edit needs 'changes': a JSON object of the fields to change", "bad_parameter")
    lib: Any = _module("defcoop.review")
    try:
        if action == "accept":
            result = lib.accept(store, candidate_id, into=None, actor=actor, reason=reason)
        elif action == "merge":
            if store.conn.execute("SELECT 1 FROM events WHERE id = ?", (event_id,)).fetchone() is None:
                raise ApiError(404, f"no event with id '{event_id}' to merge into")
            result = lib.accept(store, candidate_id, into=event_id, actor=actor, reason=reason)
        elif action == "reject":
            result = lib.reject(store, candidate_id, actor=actor, reason=reason)
        else:
            result = [lib.edit(store, candidate_id, str(k), _edit_value(v), actor=actor, reason=reason)
                      for k, v in (changes or {}).items()]
    except NotFound as exc:
        raise ApiError(404, str(exc)) from None
    except (QueryError, ValueError) as exc:
        raise ApiError(400, str(exc), "bad_parameter") from None
    except DefcoopError as exc:
        raise ApiError(409, str(exc), "conflict") from None
    return to_jsonable(result)


def to_jsonable(obj: Any) -> Any:
    if hasattr(obj, "to_dict") and callable(obj.to_dict):
        return to_jsonable(obj.to_dict())
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return to_jsonable(dataclasses.asdict(obj))
    if isinstance(obj, dict):
        return {str(k): to_jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple, set)):
        return [to_jsonable(v) for v in obj]
    if obj is None or isinstance(obj, (str, int, float, bool)):
        return obj
    return str(obj)


def audit_available() -> bool:
    mod = _module("defcoop.audit")
    return mod is not None and callable(getattr(mod, "audit", None)) and _module("defcoop.read") is not None


def run_audit(filename: str, content: bytes, lang: str) -> dict[str, Any]:
    """Read an uploaded manuscript and audit it; returns {report, html}."""
    if not audit_available():
        raise ApiError(503, "the audit library (defcoop.audit) is not installed in this build; "
                            "uploads cannot be audited yet", "unavailable")
    if not content:
        raise ApiError(400, f"{filename or 'the upload'} is empty: choose a manuscript file", "bad_parameter")
    if len(content) > MAX_UPLOAD:
        raise ApiError(413, f"{filename} is larger than {MAX_UPLOAD // (1024 * 1024)} MB")
    from defcoop.audit import audit
    from defcoop.read import read_document

    suffix = Path(filename or "upload.txt").suffix.lower()[:10] or ".txt"
    with tempfile.TemporaryDirectory(prefix="defcoop-upload-") as tmp:
        path = Path(tmp) / f"manuscript{suffix}"
        path.write_bytes(content)
        try:
            doc = read_document(str(path))
            report = audit(doc)
        except DefcoopError as exc:
            raise ApiError(400, str(exc).replace(str(path), filename or "upload"), "bad_document") from None
        data = to_jsonable(report)
        html = _render_html(report, lang)
    name = filename or "upload"
    if isinstance(data, dict) and isinstance(data.get("document"), dict):
        data["document"]["path"] = name
    if html is not None:
        html = html.replace(str(path), name)
    return {"filename": name, "report": data, "html": html}


def _render_html(report: Any, lang: str) -> str | None:
    """The audit library's self-contained HTML report, when it has one."""
    mod = _module("defcoop.audit.report")
    render = getattr(mod, "render_html", None) if mod else None
    return str(render(report)) if callable(render) else None


def dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2)
