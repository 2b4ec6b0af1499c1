"""The dashboard's HTML pages. Each renders the same data as its JSON twin under /api."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from defcoop.store import EventFilter
from defcoop.web import actions, charts
from defcoop.web.api import _status, apply_review, parse_changes, service
from defcoop.web.envelope import ApiError
from defcoop.web.i18n import Translator
from defcoop.web.params import LANG_COOKIE, Page, filter_query, get_filter, get_lang, get_page, get_sort
from defcoop.web.service import TIMELINE_CAP, Service


def _url(path: str, params: dict[str, Any]) -> str:
    clean = {k: v for k, v in params.items() if v not in (None, "", [])}
    return path + ("?" + urlencode(clean, doseq=True) if clean else "")


def render(request: Request, template: str, lang: str, status: int = 200, **ctx: Any) -> HTMLResponse:
    """Render a page; a ``lang`` in the query is remembered in a cookie."""
    t = Translator(lang)
    q = dict(request.query_params.multi_items())
    switch = _url(request.url.path, {**dict(request.query_params), "lang": t.other})
    api_path = ctx.pop("api_path", None)
    twin = _url(api_path, {k: request.query_params.getlist(k) for k in q}) if api_path else None
    env = request.app.state.templates
    html = env.get_template(template).render(request=request, t=t, lang=lang, switch_url=switch,
                                             twin_url=twin, path=request.url.path, **ctx)
    resp = HTMLResponse(html, status_code=status)
    if request.query_params.get("lang") in ("tr", "en"):
        resp.set_cookie(LANG_COOKIE, lang, max_age=365 * 86400, samesite="lax")
    return resp


def router() -> APIRouter:
    r = APIRouter(include_in_schema=False)

    @r.get("/", response_class=HTMLResponse)
    def home(request: Request, lang: str = Depends(get_lang), svc: Service = Depends(service)) -> Response:
        return render(request, "home.html", lang, api_path="/api/overview", o=svc.overview(lang),
                      choices=svc.choices(lang))

    @r.get("/events", response_class=HTMLResponse)
    def events(request: Request, f: EventFilter = Depends(get_filter), lang: str = Depends(get_lang),
               sort: str = Depends(get_sort), page: Page = Depends(get_page),
               svc: Service = Depends(service)) -> Response:
        items, total = svc.events(f, lang, sort, page.limit, page.offset)
        base = {**filter_query(f), "sort": sort if sort != "date" else None, "limit": page.limit}
        nxt = _url("/events", {**base, "offset": page.offset + page.limit}) \
            if page.offset + page.limit < total else None
        prev = _url("/events", {**base, "offset": max(0, page.offset - page.limit)}) if page.offset else None
        sort_urls = {s: _url("/events", {**base, "sort": s if s != "date" else None})
                     for s in ("date", "-date", "name", "kind")}
        return render(request, "events.html", lang, api_path="/api/events", items=items, total=total,
                      f=f, sort=sort, page=page, next_url=nxt, prev_url=prev, choices=svc.choices(lang),
                      sort_urls=sort_urls)

    @r.get("/events/{event_id}", response_class=HTMLResponse)
    def event(request: Request, event_id: str, lang: str = Depends(get_lang),
              svc: Service = Depends(service)) -> Response:
        e = svc.event(event_id, lang)
        return render(request, "event.html", lang, api_path=f"/api/events/{event_id}", e=e)

    @r.get("/timeline", response_class=HTMLResponse)
    def timeline(request: Request, f: EventFilter = Depends(get_filter), lang: str = Depends(get_lang),
                 svc: Service = Depends(service)) -> Response:
        items, total = svc.timeline(f, lang)
        kinds = {i["kind"]: i["kind_label"] for i in items}
        legend = [(label, charts.KIND_COLORS.get(k, "#555")) for k, label in sorted(kinds.items())]
        return render(request, "timeline.html", lang, api_path="/api/timeline", items=items, total=total,
                      legend=legend,
                      svg=charts.timeline_svg(items), f=f, choices=svc.choices(lang),
                      capped=total > TIMELINE_CAP, cap=TIMELINE_CAP)

    @r.get("/map", response_class=HTMLResponse)
    def map_page(request: Request, f: EventFilter = Depends(get_filter), lang: str = Depends(get_lang),
                 svc: Service = Depends(service)) -> Response:
        places = svc.places(f, lang)
        return render(request, "map.html", lang, api_path="/api/places", places=places, f=f,
                      choices=svc.choices(lang))

    @r.get("/provisions", response_class=HTMLResponse)
    def provisions(request: Request, lang: str = Depends(get_lang), svc: Service = Depends(service)) -> Response:
        return render(request, "provisions.html", lang, api_path="/api/provisions", m=svc.provisions(lang))

    @r.get("/sources", response_class=HTMLResponse)
    def sources(request: Request, lang: str = Depends(get_lang), svc: Service = Depends(service)) -> Response:
        return render(request, "sources.html", lang, api_path="/api/sources", items=svc.sources())

    @r.get("/sources/{source_id}", response_class=HTMLResponse)
    def source(request: Request, source_id: str, lang: str = Depends(get_lang),
               svc: Service = Depends(service)) -> Response:
        return render(request, "source.html", lang, api_path=f"/api/sources/{source_id}",
                      s=svc.source(source_id, lang))

    @r.get("/stats", response_class=HTMLResponse)
    def stats(request: Request, f: EventFilter = Depends(get_filter), lang: str = Depends(get_lang),
              svc: Service = Depends(service)) -> Response:
        s = svc.stats(f, lang)
        t = Translator(lang)
        svgs = [charts.bar_chart_svg([(y, n) for y, n in s["by_year"].items()], t("by_year")),
                charts.bar_chart_svg([(k["label"], k["count"]) for k in s["by_kind"]], t("by_kind")),
                charts.bar_chart_svg([(k["label"], k["count"]) for k in s["by_domain"]], t("by_domain")),
                charts.bar_chart_svg([(k["label"], k["count"]) for k in s["by_force"]], t("by_force"))]
        if s["pivot"]:
            svgs.append(charts.bar_chart_svg([(t(f"period_{k}"), n) for k, n in s["by_period"].items()],
                                             f'{t("by_period")}: {s["pivot"]["name"]}'))
        return render(request, "stats.html", lang, api_path="/api/stats", s=s, svgs=[x for x in svgs if x],
                      f=f, choices=svc.choices(lang))

    @r.get("/audit", response_class=HTMLResponse)
    def audit_form(request: Request, lang: str = Depends(get_lang)) -> Response:
        return render(request, "audit.html", lang, available=actions.audit_available(), result=None)

    @r.post("/audit", response_class=HTMLResponse)
    async def audit_run(request: Request, file: UploadFile = File(...), lang: str = Depends(get_lang)) -> Response:
        content = await file.read(actions.MAX_UPLOAD + 1)
        result = await run_in_threadpool(actions.run_audit, file.filename or "upload", content, lang)
        return render(request, "audit.html", lang, available=True, result=result,
                      report_json=actions.dump(result["report"]))

    @r.get("/review", response_class=HTMLResponse)
    def review(request: Request, status: str | None = "pending", lang: str = Depends(get_lang),
               page: Page = Depends(get_page), svc: Service = Depends(service)) -> Response:
        st = _status(status)
        items, total = svc.candidates(st, page.limit, page.offset)
        return render(request, "review.html", lang, api_path="/api/review", items=items, total=total,
                      review_status=status or "all", writes=bool(request.app.state.token),
                      available=actions.review_available(), message=request.query_params.get("done"),
                      kinds={c["value"]: c["label"] for c in svc.choices(lang)["kind"]})

    @r.post("/review/{candidate_id}/{action}")
    def review_action(request: Request, candidate_id: str, action: str, token: str | None = Form(None),
                      reason: str | None = Form(None), event_id: str | None = Form(None),
                      changes: str | None = Form(None), svc: Service = Depends(service)) -> Response:
        actions.check_token(request.app.state.token, actions.token_from(request.headers, token))
        apply_review(request, svc, candidate_id, action, reason or None, event_id or None,
                     parse_changes(changes))
        return RedirectResponse(f"/review?done={action}", status_code=303)

    return r


__all__ = ["router", "render", "ApiError"]
