"""The web dashboard and JSON API (FastAPI): ``create_app(db, token)``."""

from defcoop.web.app import create_app

__all__ = ["create_app"]
