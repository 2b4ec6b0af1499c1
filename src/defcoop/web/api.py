"""The JSON API: one route per dashboard page, every answer in the one envelope."""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Depends, File, Request, UploadFile
from pydantic import BaseModel, ValidationError
from starlette.concurrency import run_in_threadpool

from defcoop.store import EventFilter
from defcoop.web import actions
from defcoop.web.envelope import ApiError, reply
from defcoop.web.params import Page, get_filter, get_lang, get_page, get_sort
from defcoop.web.service import Service


class Meta(BaseModel):
    total: int
    limit: int | None
    offset: int


class Links(BaseModel):
    self: str
    next: str | None
    prev: str | None


class Envelope(BaseModel):
    data: Any
    meta: Meta
    links: Links


class ErrorBody(BaseModel):
    status: int
    code: str
    message: str


class ErrorEnvelope(BaseModel):
    error: ErrorBody


class ReviewAction(BaseModel):
    reason: str | None = None
    event_id: str | None = None
    changes: dict[str, Any] | None = None


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorEnvelope, "description": "A parameter cannot be used."},
    404: {"model": ErrorEnvelope, "description": "Unknown id."},
}


async def service(request: Request) -> Service:
    svc: Service = request.app.state.service
    return svc


async def write_token(request: Request) -> None:
    """Changes need the server's token (checked before anything else of the request)."""
    actions.check_token(request.app.state.token, actions.token_from(request.headers))


def router() -> APIRouter:
    r = APIRouter(prefix="/api", tags=["api"], responses={**ERRORS, 200: {"model": Envelope}})

    @r.get("/overview", summary="Counts of the knowledge base (twin of /)")
    def overview(request: Request, lang: str = Depends(get_lang), svc: Service = Depends(service)) -> Any:
        return reply(request, svc.overview(lang))

    @r.get("/events", summary="Events with filters, sorted and paginated (twin of /events)")
    def events(request: Request, f: EventFilter = Depends(get_filter), lang: str = Depends(get_lang),
               sort: str = Depends(get_sort), page: Page = Depends(get_page),
               svc: Service = Depends(service)) -> Any:
        items, total = svc.events(f, lang, sort, page.limit, page.offset)
        return reply(request, items, total, page.limit, page.offset)

    @r.get("/events/{event_id}", summary="One event with its claims, conflicts and relations")
    def event(request: Request, event_id: str, lang: str = Depends(get_lang),
              svc: Service = Depends(service)) -> Any:
        return reply(request, svc.event(event_id, lang))

    @r.get("/timeline", summary="Dated events as spans of days (twin of /timeline)")
    def timeline(request: Request, f: EventFilter = Depends(get_filter), lang: str = Depends(get_lang),
                 svc: Service = Depends(service)) -> Any:
        items, total = svc.timeline(f, lang)
        return reply(request, items, total)

    @r.get("/places", summary="Places with their events (twin of /map)")
    def places(request: Request, f: EventFilter = Depends(get_filter), lang: str = Depends(get_lang),
               svc: Service = Depends(service)) -> Any:
        return reply(request, svc.places(f, lang))

    @r.get("/provisions", summary="Provisions × domains matrix (twin of /provisions)")
    def provisions(request: Request, lang: str = Depends(get_lang), svc: Service = Depends(service)) -> Any:
        data = svc.provisions(lang)
        return reply(request, data, len(data["provisions"]))

    @r.get("/sources", summary="The bibliography (twin of /sources)")
    def sources(request: Request, lang: str = Depends(get_lang), svc: Service = Depends(service)) -> Any:
        return reply(request, svc.sources())

    @r.get("/sources/{source_id}", summary="One source with the claims and events resting on it")
    def source(request: Request, source_id: str, lang: str = Depends(get_lang),
               svc: Service = Depends(service)) -> Any:
        return reply(request, svc.source(source_id, lang))

    @r.get("/stats", summary="Counts per year, kind, domain, force and period (twin of /stats)")
    def stats(request: Request, f: EventFilter = Depends(get_filter), lang: str = Depends(get_lang),
              svc: Service = Depends(service)) -> Any:
        return reply(request, svc.stats(f, lang))

    @r.post("/audit", summary="Audit an uploaded manuscript (twin of /audit)",
            responses={503: {"model": ErrorEnvelope, "description": "Audit library missing."}})
    async def audit(request: Request, file: UploadFile = File(...), lang: str = Depends(get_lang)) -> Any:
        content = await file.read(actions.MAX_UPLOAD + 1)
        result = await run_in_threadpool(actions.run_audit, file.filename or "upload", content, lang)
        result.pop("html", None)
        return reply(request, result)

    @r.get("/review", summary="Candidates extracted from ingested documents (twin of /review)")
    def review_list(request: Request, status: str | None = None, page: Page = Depends(get_page),
                    svc: Service = Depends(service)) -> Any:
        status = _status(status)
        items, total = svc.candidates(status, page.limit, page.offset)
        return reply(request, items, total, page.limit, page.offset)

    @r.post("/review/{candidate_id}/{action}",
            summary="Accept, reject, merge or edit a candidate (needs the token)",
            responses={401: {"model": ErrorEnvelope, "description": "Missing or wrong token."},
                       503: {"model": ErrorEnvelope, "description": "Review library missing."}},
            openapi_extra={"requestBody": {"required": False, "content": {
                "application/json": {"schema": ReviewAction.model_json_schema()}}}})
    async def review_action(request: Request, candidate_id: str, action: str, _: None = Depends(write_token),
                            svc: Service = Depends(service)) -> Any:
        raw = await request.body()  # read only after the token is checked
        try:
            body = ReviewAction.model_validate_json(raw) if raw.strip() else ReviewAction()
        except ValidationError as exc:
            raise ApiError(400, f"the request body is not a review action: {exc.errors()[0].get('msg')}",
                           "bad_parameter") from None
        result = await run_in_threadpool(apply_review, request, svc, candidate_id, action, body.reason,
                                         body.event_id, body.changes)
        return reply(request, result)

    return r


def _status(status: str | None) -> str | None:
    if status is None or not status.strip() or status == "all":
        return None
    if status not in ("pending", "accepted", "rejected", "merged"):
        raise ApiError(400, f"parameter 'status' must be pending, accepted, rejected, merged or all, "
                            f"got '{status}'", "bad_parameter")
    return status


def apply_review(request: Request, svc: Service, candidate_id: str, action: str, reason: str | None,
                 event_id: str | None, changes: dict[str, Any] | None) -> Any:
    """Run one review action (token already checked); the review library logs it."""
    if action not in actions.REVIEW_ACTIONS:
        raise ApiError(404, f"unknown review action '{action}': use one of {', '.join(actions.REVIEW_ACTIONS)}")
    svc.candidate(candidate_id)
    actor = f"web:{request.client.host if request.client else 'unknown'}"
    with svc.store() as store:
        result = actions.review(store, candidate_id, action, actor, reason, event_id, changes)
    svc.changed()
    return {"candidate": candidate_id, "action": action, "result": result}


def parse_changes(text: str | None) -> dict[str, Any] | None:
    if not text or not text.strip():
        return None
    try:
        value = json.loads(text)
    except ValueError as exc:
        raise ApiError(400, f"'changes' is not valid JSON: {exc}", "bad_parameter") from None
    if not isinstance(value, dict):
        raise ApiError(400, "'changes' must be a JSON object of field: value", "bad_parameter")
    return value


__all__ = ["router", "apply_review", "parse_changes", "write_token"]
