"""Shared fixtures of the audit tests: the founding paper, its curated reference list, and
the manuscripts of tests/fixtures/audit with problems planted one at a time."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any, Callable

import pytest
import yaml

from defcoop.read import read_document
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


@pytest.fixture(scope="session")
def manuscript() -> Callable[[str], Document]:
    """A manuscript of tests/fixtures/audit, read as the audit command reads it."""
    def load(name: str) -> Document:
        return read_document(FIXTURES / name)
    return load


@pytest.fixture
def planted(tmp_path: Path) -> Callable[[str, str, str], Document]:
    """The manuscript ``name`` with ``old`` replaced by ``new`` (it must occur exactly once)."""
    def plant(name: str, old: str, new: str) -> Document:
        text = (FIXTURES / name).read_text(encoding="utf-8")
        assert text.count(old) == 1, f"{old!r} must occur once in {name}"
        path = tmp_path / name
        path.write_text(text.replace(old, new), encoding="utf-8")
        return read_document(path)
    return plant
