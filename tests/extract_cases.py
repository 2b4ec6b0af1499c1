"""What the held-out case tests share: a text's candidate events, those of one kind, and the
states a text names."""

from __future__ import annotations

from typing import Any

from defcoop.detect.actors import default_finder as actors
from defcoop.extract import extract, to_contract
from defcoop.read.document import Document


def events(text: str) -> list[dict[str, Any]]:
    """The contract's events for ``text`` read as a plain-text document."""
    return to_contract(extract(Document(path="case.txt", text=text)))["events"]  # type: ignore[no-any-return]


def of(found: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    """The events of ``found`` of one kind."""
    return [e for e in found if e["kind"] == kind]


def parties(text: str) -> list[str]:
    """The states ``text`` names, in order."""
    return [a.value for a in actors().find(text) if a.kind == "party"]
