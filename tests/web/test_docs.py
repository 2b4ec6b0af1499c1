"""Every API route and every command this area adds is documented in docs/web.md."""

from __future__ import annotations

from typing import Any

from defcoop.cli.web import serve_cmd
from defcoop.web.app import route_table


def test_every_api_route_is_documented(client: Any, docs_web: str) -> None:
    for method, path, kind in route_table(client.app):
        if kind == "api":
            assert f"`{method} {path}`" in docs_web, (method, path)


def test_every_page_is_documented(client: Any, docs_web: str) -> None:
    for method, path, kind in route_table(client.app):
        if kind == "page":
            assert f"`{method} {path}`" in docs_web, (method, path)


def test_serve_and_its_options_are_documented(docs_web: str) -> None:
    assert "defcoop serve" in docs_web
    for opt in serve_cmd.params:
        for name in opt.opts:
            if name.startswith("--"):
                assert name in docs_web, name
    assert "DEFCOOP_TOKEN" in docs_web
