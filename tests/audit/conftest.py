"""Shared fixtures of the audit tests."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import yaml

from defcoop.read.document import Document
from defcoop.seed import seed_document

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "audit"


@pytest.fixture(scope="session")
def paper() -> Document:
    return seed_document()


@pytest.fixture(scope="session")
def curated_references() -> list[dict[str, Any]]:
    """The founding paper's reference list as curated in the knowledge base (fields as printed)."""
    path = resources.files("defcoop") / "data" / "kb" / "sources.yaml"
    records = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [r for r in records if r.get("cited_in") == "ozer2025"]


def load_fixture(name: str) -> Document:
    path = FIXTURES / name
    return Document(path=str(path), text=path.read_text(encoding="utf-8"))
