"""PLOVER event records (checked against a JSON schema) and MME-style exercise rows."""

from __future__ import annotations

import io
import json
from pathlib import Path

import jsonschema
import pandas as pd
import pytest

from defcoop.errors import ExportError
from defcoop.export import export
from defcoop.seed import seed_document
from defcoop.store import EventFilter, Reader, Store

SCHEMAS = Path(__file__).parent.parent / "fixtures" / "schemas"


@pytest.fixture(scope="module")
def schema() -> dict[str, object]:
    return json.loads((SCHEMAS / "plover.schema.json").read_text(encoding="utf-8"))


def test_plover_records_validate(store: Store, schema: dict[str, object]) -> None:
    records = json.loads(export(store, "plover").single())
    jsonschema.validate(records, schema)


@pytest.mark.parametrize("kind, event_type, mode", [
    ("exercise", "COOPERATE", None),
    ("agreement", "SUPPORT", None),
    ("arms_transfer", "AID", "military"),
])
def test_kinds_map_to_plover_types(store: Store, kind: str, event_type: str, mode: str | None) -> None:
    records = json.loads(export(store, "plover", EventFilter(kind=[kind])).single())
    assert records and {r["event_type"] for r in records} == {event_type}
    assert {r["mode"] for r in records} == {mode}
    assert all("military" in r["context"] for r in records)


def test_exercise_records_link_both_states(store: Store) -> None:
    records = json.loads(export(store, "plover", EventFilter(kind=["exercise"], party=["TUR", "AZE"])).single())
    assert records
    for r in records:
        assert {r["actor"]["id"], r["recipient"]["id"]} == {"TUR", "AZE"}


def test_text_offsets_point_at_the_quote_in_the_source(store: Store) -> None:
    records = json.loads(export(store, "plover", EventFilter(kind=["exercise"])).single())
    text = seed_document().text
    for r in records:
        off = r["text_offsets"]
        if off["source"] != "ozer2025":
            continue
        assert " ".join(text[off["start"]:off["end"]].split()) == " ".join(r["text"].split())


def test_mme_rows_one_per_exercise_with_branch_flags(store: Store) -> None:
    rows = pd.read_csv(io.BytesIO(export(store, "mme").single()))
    exercises = Reader(store).events(EventFilter(kind=["exercise"]))
    assert list(rows["exercise_id"]) == [e["id"] for e in exercises]
    by_id = {e["id"]: e for e in exercises}
    for _, r in rows.iterrows():
        forces = set(by_id[r["exercise_id"]]["forces"])
        assert r["land"] == int("land" in forces)
        assert r["sea"] == int("naval" in forces)
        assert r["air"] == int(bool(forces & {"air", "army_aviation", "air_defense"}))
    assert set(rows["participants_cow"].astype(str)) >= {"640;373"} or set(rows["participants_cow"].astype(str)) >= {"373;640"}


def test_mme_refuses_a_filter_without_exercises(store: Store) -> None:
    with pytest.raises(ExportError, match="exercise"):
        export(store, "mme", EventFilter(kind=["agreement"]))
