"""The extractor's word lists validate, and a malformed one is reported with its file."""

import pytest

from defcoop.detect import lexicon
from defcoop.errors import DataError


def test_every_lexicon_file_loads() -> None:
    assert set(lexicon.validate_all()) >= {"months", "dates", "events", "forces", "figures", "tables"}


def test_malformed_yaml_names_the_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "months.yaml"
    bad.write_text("1: [Ocak\n2: Şubat", encoding="utf-8")
    with pytest.raises(DataError) as err:
        lexicon.load_file(str(bad))
    assert "months.yaml" in str(err.value)


def test_a_lexicon_that_is_not_a_mapping_names_the_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "dates.yaml"
    bad.write_text("- a\n- b\n", encoding="utf-8")
    with pytest.raises(DataError) as err:
        lexicon.load_file(str(bad))
    assert "dates.yaml" in str(err.value) and "mapping" in str(err.value)


def test_strings_rejects_non_lists() -> None:
    with pytest.raises(DataError):
        lexicon.strings({"a": 1}, "x.yaml", "words")
