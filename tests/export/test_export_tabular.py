"""Events and claims as CSV, JSON records and Parquet, read back by pandas and pyarrow."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from defcoop.export import export, write_output
from defcoop.export.tabular import CLAIM_COLUMNS, EVENT_COLUMNS
from defcoop.store import EventFilter, Reader, Store


def test_csv_read_by_pandas_has_every_event_and_claim(store: Store) -> None:
    out = export(store, "csv")
    events = pd.read_csv(io.BytesIO(out.files["events.csv"]))
    claims = pd.read_csv(io.BytesIO(out.files["claims.csv"]))
    reader = Reader(store)
    assert len(events) == reader.count(EventFilter())
    assert len(claims) == store.conn.execute("SELECT count(*) FROM claims").fetchone()[0]
    assert list(events.columns) == [c for c, _, _ in EVENT_COLUMNS]
    assert list(claims.columns) == [c for c, _, _ in CLAIM_COLUMNS]


def test_parquet_read_by_pyarrow_keeps_lists_and_types(store: Store) -> None:
    out = export(store, "parquet", EventFilter(kind=["exercise"]))
    table = pq.read_table(io.BytesIO(out.files["events.parquet"]))
    rows = table.to_pylist()
    assert rows and all(r["kind"] == "exercise" for r in rows)
    assert all(isinstance(r["forces"], list) for r in rows)
    assert any("TUR" in r["parties"] and "AZE" in r["parties"] for r in rows)
    assert str(table.schema.field("year").type) == "int64"
    claims = pd.read_parquet(io.BytesIO(out.files["claims.parquet"]))
    assert set(claims["event_id"]) == {r["event_id"] for r in rows}


def test_claim_rows_carry_quote_page_and_source(store: Store) -> None:
    claims = pd.read_csv(io.BytesIO(export(store, "csv").files["claims.csv"]))
    assert claims["quote"].notna().all()
    assert claims["source_id"].notna().all()
    stated = claims[claims["page"].notna()]
    assert len(stated) > 0 and (stated["page"] >= 1).all()


def test_partial_dates_stay_partial_with_covering_days(store: Store) -> None:
    events = pd.read_csv(io.BytesIO(export(store, "csv").files["events.csv"]), dtype=str)
    month = events[events["date_precision"] == "month"]
    assert len(month) > 0
    for _, r in month.iterrows():
        assert len(r["date_start"]) == 7
        assert r["first_day"].endswith("-01")


def test_json_tables_are_records(store: Store) -> None:
    out = export(store, "json-tables", EventFilter(kind=["agreement"]))
    events = pd.read_json(io.BytesIO(out.files["events.json"]))
    assert set(events["kind"]) == {"agreement"}


def test_data_dictionary_lists_every_column(store: Store) -> None:
    out = export(store, "csv")
    dictionary = pd.read_csv(io.BytesIO(out.files["dictionary.csv"]))
    events = pd.read_csv(io.BytesIO(out.files["events.csv"]))
    described = set(dictionary[dictionary["table"] == "events"]["column"])
    assert set(events.columns) == described
    assert dictionary["description"].str.len().min() > 5
    package = json.loads(out.files["datapackage.json"])
    assert [r["path"] for r in package["resources"]] == ["events.csv", "claims.csv"]


@pytest.mark.parametrize("name", ["x.zip", "folder"])
def test_bundle_written_as_zip_or_folder(store: Store, tmp_path: Path, name: str) -> None:
    target = tmp_path / name
    write_output(export(store, "csv"), target)
    if name.endswith(".zip"):
        with zipfile.ZipFile(target) as zf:
            assert sorted(zf.namelist()) == ["claims.csv", "datapackage.json", "dictionary.csv", "events.csv"]
    else:
        assert sorted(p.name for p in target.iterdir()) == ["claims.csv", "datapackage.json",
                                                             "dictionary.csv", "events.csv"]
