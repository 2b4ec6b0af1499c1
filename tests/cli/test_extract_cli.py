"""The extract, ingest, review and eval commands."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from defcoop.cli import main

DOC = ("Exercise Sea Wolf 2023 was held off Karachi from 2 to 9 May 2023 by the Pakistan Navy and "
       "the Turkish Naval Forces.\n")


@pytest.fixture
def doc(tmp_path: Path) -> str:
    p = tmp_path / "news.txt"
    p.write_text(DOC, encoding="utf-8")
    return str(p)


def test_extract_json(runner: CliRunner, doc: str) -> None:
    res = runner.invoke(main, ["extract", doc])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert out["document"]["path"] == doc
    (e,) = out["events"]
    assert (e["kind"], e["name"], e["date_start"], e["date_end"]) == (
        "exercise", "Sea Wolf 2023", "2023-05-02", "2023-05-09")


def test_extract_jsonl_and_table(runner: CliRunner, doc: str, tmp_path: Path) -> None:
    other = tmp_path / "empty-news.txt"
    other.write_text("Hava yarın yağışlı olacak.\n", encoding="utf-8")
    res = runner.invoke(main, ["extract", doc, str(other), "--format", "jsonl"])
    assert res.exit_code == 0
    lines = [json.loads(x) for x in res.output.splitlines()]
    assert [len(x["events"]) for x in lines] == [1, 0]
    res = runner.invoke(main, ["extract", doc, "--format", "table"])
    assert "Sea Wolf 2023" in res.output and "exercise" in res.output


@pytest.mark.parametrize("content,problem", [
    (b"", "empty"), (b"\x00\x01\x02\x03binary", "binary"), (b"%PDF-1.4 broken", "pdf"),
])
def test_bad_input_is_a_clear_error(runner: CliRunner, tmp_path: Path, content: bytes, problem: str) -> None:
    name = "bad.pdf" if problem == "pdf" else "bad.txt"
    p = tmp_path / name
    p.write_bytes(content)
    res = runner.invoke(main, ["extract", str(p)])
    assert res.exit_code != 0
    assert "error:" in res.output and name in res.output
    assert "Traceback" not in res.output


def test_windows_1254_text_is_read(runner: CliRunner, tmp_path: Path) -> None:
    p = tmp_path / "cp1254.txt"
    p.write_bytes(DOC.replace("Sea Wolf", "Deniz Kurdu").encode("cp1254") +
                  "Tatbikat İzmir'de değil Karaçi açıklarında yapıldı.\n".encode("cp1254"))
    res = runner.invoke(main, ["extract", str(p)])
    assert res.exit_code == 0, res.output


def test_ingest_review_flow(runner: CliRunner, mini_store: str, doc: str) -> None:
    res = runner.invoke(main, ["--db", mini_store, "ingest", doc, "--no-progress"])
    assert res.exit_code == 0 and "1 documents stored" in res.output
    res = runner.invoke(main, ["--db", mini_store, "ingest", doc, "--no-progress"])
    assert "0 documents stored, 1 already stored" in res.output
    res = runner.invoke(main, ["--db", mini_store, "review", "list", "--format", "json"])
    (cand,) = json.loads(res.output)
    res = runner.invoke(main, ["--db", mini_store, "review", "show", cand["id"]])
    assert "Sea Wolf 2023" in res.output and "evidence" not in res.output.lower() or res.exit_code == 0
    res = runner.invoke(main, ["--db", mini_store, "review", "edit", cand["id"], "places", "karachi"])
    assert res.exit_code == 0
    res = runner.invoke(main, ["--db", mini_store, "review", "accept", cand["id"], "--reason", "ok"])
    assert res.exit_code == 0 and "accepted" in res.output
    res = runner.invoke(main, ["--db", mini_store, "review", "reject", cand["id"]])
    assert res.exit_code != 0 and "error:" in res.output


def test_ingest_bad_file_leaves_store_untouched(runner: CliRunner, mini_store: str, doc: str,
                                                 tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x00\x00")
    before = sqlite3.connect(mini_store).execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    res = runner.invoke(main, ["--db", mini_store, "ingest", doc, str(bad), "--no-progress"])
    assert res.exit_code != 0 and "bad.txt" in res.output and "Traceback" not in res.output
    after = sqlite3.connect(mini_store).execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    assert after == before


def test_eval_on_corpus(runner: CliRunner) -> None:
    corpus = str(Path(__file__).parents[1] / "fixtures" / "extraction")
    res = runner.invoke(main, ["eval", "--corpus", corpus, "--no-seed", "--format", "json"])
    assert res.exit_code == 0, res.output
    report = json.loads(res.output)[corpus]
    assert report["record"]["soft"]["f1"] >= 0.85


def test_eval_table_on_the_paper(runner: CliRunner) -> None:
    res = runner.invoke(main, ["eval", "--seed", "--tables-only"])
    assert res.exit_code == 0
    assert "record" in res.output and "strict P" in res.output
