"""The extractor's word lists validate, and a malformed one is reported with its file."""

import pytest

from defcoop.detect import lexicon
from defcoop.errors import DataError


def test_every_lexicon_file_loads() -> None:
    assert set(lexicon.validate_all()) >= {"months", "dates", "events", "forces", "figures", "tables"}


def test_malformed_yaml_names_the_file(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "months.yaml"
    bad.write_text("1: [Ocak\n2: Şubat", encoding="utf-8")
    monkeypatch.setattr(lexicon, "lexicon_path", lambda name: str(tmp_path / f"{name}.yaml"))
    lexicon.load.cache_clear()
    try:
        with pytest.raises(DataError) as err:
            lexicon.load("months")
        assert "months.yaml" in str(err.value)
    finally:
        lexicon.load.cache_clear()


def test_strings_rejects_non_lists() -> None:
    with pytest.raises(DataError):
        lexicon.strings({"a": 1}, "x.yaml", "words")
