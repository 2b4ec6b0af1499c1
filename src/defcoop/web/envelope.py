"""The one success envelope and the one error envelope of the JSON API.

Success::

    {"data": ..., "meta": {"total": int, "limit": int|null, "offset": int},
     "links": {"self": str, "next": str|null, "prev": str|null}}

Error::

    {"error": {"status": int, "code": str, "message": str}}
"""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse

ERROR_CODES = {400: "bad_request", 401: "unauthorized", 404: "not_found", 405: "method_not_allowed",
               409: "conflict", 413: "too_large", 415: "unsupported_media_type",
               500: "internal_error", 503: "unavailable"}


class ApiError(Exception):
    """An error the API reports in the error envelope."""

    def __init__(self, status: int, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or ERROR_CODES.get(status, "error")
        self.message = message


def _link(request: Request, **params: Any) -> str:
    url = request.url.include_query_params(**params) if params else request.url
    return url.path + (f"?{url.query}" if url.query else "")


def success(request: Request, data: Any, total: int | None = None, limit: int | None = None,
            offset: int = 0) -> dict[str, Any]:
    """Wrap ``data``; a paginated listing passes ``total`` and ``limit`` and gets next/prev links."""
    if total is None:
        total = len(data) if isinstance(data, list) else 1
    nxt = prev = None
    if limit is not None:
        if offset + limit < total:
            nxt = _link(request, offset=offset + limit, limit=limit)
        if offset > 0:
            prev = _link(request, offset=max(0, offset - limit), limit=limit)
    return {"data": data, "meta": {"total": total, "limit": limit, "offset": offset},
            "links": {"self": _link(request), "next": nxt, "prev": prev}}


class EnvelopeResponse(JSONResponse):
    """JSON as UTF-8 text with the characters as they are (Turkish letters unescaped)."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def reply(request: Request, data: Any, total: int | None = None, limit: int | None = None,
          offset: int = 0) -> EnvelopeResponse:
    """The success envelope as a response (data is already JSON-ready)."""
    return EnvelopeResponse(success(request, data, total, limit, offset))


def error_body(status: int, message: str, code: str | None = None) -> dict[str, Any]:
    return {"error": {"status": status, "code": code or ERROR_CODES.get(status, "error"),
                      "message": message}}
