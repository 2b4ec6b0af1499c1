"""The one success envelope and the one error envelope of the JSON API.

Success::

    {"data": ..., "meta": {"total": int, "limit": int|null, "offset": int},
     "links": {"self": str, "next": str|null, "prev": str|null}}

Error::

    {"error": {"status": int, "code": str, "message": str}}
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request

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


def error_body(status: int, message: str, code: str | None = None) -> dict[str, Any]:
    return {"error": {"status": status, "code": code or ERROR_CODES.get(status, "error"),
                      "message": message}}
