"""The ASGI application: dashboard pages, their JSON twins under /api, and static assets.

``create_app(db, token)`` opens the store at ``db``; ``token`` (or none, which disables
writes) guards every change. Errors never show a traceback: the API answers with the error
envelope, the pages with an error page, both with the right status.
"""

from __future__ import annotations

import logging
from importlib import resources
from typing import Any

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from defcoop.errors import DefcoopError, NotFound, QueryError, StoreError
from defcoop.web import api, pages
from defcoop.web.envelope import ApiError, EnvelopeResponse, error_body
from defcoop.web.i18n import labels
from defcoop.web.params import LANG_COOKIE, pick_lang
from defcoop.web.service import Service

log = logging.getLogger("defcoop.web")


# pages load scripts, styles, images and data only from this server; the audit report (a
# sandboxed frame) and Leaflet's positioning need inline styles
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
       "frame-ancestors 'self'")
_HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"same-origin")]


class SecurityHeaders:
    """Adds the content security policy and related headers to every response (plain ASGI)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *_HEADERS]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _templates() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.PackageLoader("defcoop.web", "templates"),
                             autoescape=True, undefined=jinja2.StrictUndefined,
                             trim_blocks=True, lstrip_blocks=True)
    env.filters["value"] = _fmt_value
    return env


def _fmt_value(v: Any) -> str:
    if isinstance(v, list):
        return ", ".join(str(x) for x in v)
    if isinstance(v, dict):
        return ", ".join(f"{k}: {x}" for k, x in v.items())
    return "" if v is None else str(v)


def _as_api_error(exc: Exception) -> ApiError:
    if isinstance(exc, ApiError):
        return exc
    if isinstance(exc, NotFound):
        return ApiError(404, str(exc), "not_found")
    if isinstance(exc, QueryError):
        return ApiError(400, str(exc), "bad_parameter")
    if isinstance(exc, StoreError):
        return ApiError(503, str(exc), "store_unavailable")
    if isinstance(exc, DefcoopError):
        return ApiError(400, str(exc))
    if isinstance(exc, RequestValidationError):
        parts = []
        for err in exc.errors():
            where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "body", "path"))
            parts.append(f"{where or 'request'}: {err.get('msg', 'invalid')}")
        return ApiError(400, "bad request: " + "; ".join(parts), "bad_parameter")
    if isinstance(exc, StarletteHTTPException):
        msg = "no such page or route" if exc.status_code == 404 else str(exc.detail)
        return ApiError(exc.status_code, msg)
    log.error("unexpected error", exc_info=exc)
    return ApiError(500, "unexpected server error; the server log has the details", "internal_error")


def _respond(request: Request, exc: Exception) -> Response:
    err = _as_api_error(exc)
    headers = {"WWW-Authenticate": "Bearer"} if err.status == 401 else None
    if request.url.path.startswith("/api") or request.url.path.startswith("/openapi"):
        return EnvelopeResponse(error_body(err.status, err.message, err.code), status_code=err.status,
                            headers=headers)
    try:
        lang = pick_lang(request.query_params.get("lang"), request.cookies.get(LANG_COOKIE))
        return pages.render(request, "error.html", lang, status=err.status, err=err)
    except Exception:  # noqa: BLE001 - the error page itself must never fail with a traceback
        log.exception("error page failed")
        return Response(f"{err.status} {err.message}", status_code=err.status, media_type="text/plain",
                        headers=headers)


def create_app(db: str, token: str | None = None) -> FastAPI:
    """The dashboard and JSON API over the store at ``db``; writes need ``token``."""
    labels()  # validate the labels file before serving
    app = FastAPI(title="defcoop", version="0.1.0",
                  description="A sourced knowledge base of security and defense relations: "
                              "events with their claims, quotes, pages and sources.",
                  docs_url=None, redoc_url=None)
    app.state.service = Service(db)
    app.state.token = token or None
    app.state.templates = _templates()
    for exc_type in (ApiError, DefcoopError, RequestValidationError, StarletteHTTPException, Exception):
        app.add_exception_handler(exc_type, _respond)
    static = resources.files("defcoop.web") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.add_middleware(SecurityHeaders)
    api_router, page_router = api.router(), pages.router()
    app.state.route_table = [(m, str(getattr(r, "path", "")), kind)
                             for kind, router in (("api", api_router), ("page", page_router))
                             for r in router.routes for m in sorted(getattr(r, "methods", None) or ())
                             if m != "HEAD"]
    app.include_router(api_router)
    app.include_router(page_router)
    return app


def route_table(app: FastAPI) -> list[tuple[str, str, str]]:
    """Every route the app serves: (method, path, 'api' | 'page')."""
    table: list[tuple[str, str, str]] = app.state.route_table
    return table
