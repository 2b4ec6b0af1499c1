"""Writes from the web (review actions) and the manuscript audit, wired to their libraries.

The review library (``defcoop.review``) and the audit library (``defcoop.audit``) are optional
at import time: when one is missing, its routes answer 503 with a message saying so.
"""

from __future__ import annotations

import dataclasses
import hmac
import importlib
import importlib.util
import inspect
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
    return mod is not None and all(callable(getattr(mod, a, None)) for a in REVIEW_ACTIONS)


def _call(fn: Any, pool: dict[str, Any]) -> Any:
    """Call ``fn`` passing, by name, the arguments of ``pool`` it declares."""
    params = inspect.signature(fn).parameters
    kwargs = {name: pool[name] for name in params if name in pool}
    missing = [n for n, p in params.items() if p.default is p.empty and n not in kwargs
               and p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)]
    if missing:
        raise ApiError(400, f"this action needs: {', '.join(missing)}", "bad_parameter")
    return fn(**kwargs)


def review(store: Any, candidate_id: str, action: str, actor: str, reason: str | None,
           event_id: str | None, changes: dict[str, Any] | None) -> Any:
    if action not in REVIEW_ACTIONS:
        raise ApiError(404, f"unknown review action '{action}': use one of {', '.join(REVIEW_ACTIONS)}")
    mod = _module("defcoop.review")
    fn = getattr(mod, action, None) if mod else None
    if fn is None:
        raise ApiError(503, "the review library (defcoop.review) is not installed in this build", "unavailable")
    if action == "merge" and not event_id:
        raise ApiError(400, "merge needs 'event_id': the event to merge the candidate into", "bad_parameter")
    if action == "edit" and not changes:
        raise ApiError(400, "edit needs 'changes': a JSON object of the fields to change", "bad_parameter")
    pool = {"store": store, "candidate_id": candidate_id, "cid": candidate_id, "candidate": candidate_id,
            "actor": actor, "reason": reason, "event_id": event_id, "target": event_id, "into": event_id,
            "changes": changes, "fields": changes, "edits": changes, "payload": changes}
    try:
        result = _call(fn, pool)
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


def run_audit(store: Any, filename: str, content: bytes, lang: str) -> dict[str, Any]:
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
            report = _call(audit, {"document": doc, "doc": doc, "manuscript": doc, "store": store,
                                   "lang": lang, "path": str(path)})
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
    mod = _module("defcoop.audit.report")
    for name in ("html_fragment", "to_html", "render_html", "html"):
        fn = getattr(mod, name, None) if mod else None
        if callable(fn):
            try:
                return str(_call(fn, {"report": report, "lang": lang}))
            except (TypeError, ApiError):
                continue
    return None


def dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2)
