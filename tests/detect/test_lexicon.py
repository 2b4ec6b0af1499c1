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


def test_a_bare_word_yaml_reads_as_a_flag_is_refused() -> None:
    """YAML reads a bare on, off, yes or no as true or false ("locative_before: [at, off]"): a
    word list holding one is an error naming the file and the fix, not a list without the word."""
    import yaml
    value = yaml.safe_load("[in, at, off, near]")
    with pytest.raises(DataError) as err:
        lexicon.strings(value, "places.yaml", "locative_before")
    assert "places.yaml" in str(err.value) and "quotes" in str(err.value)
    assert lexicon.strings(yaml.safe_load('[in, at, "off"]'), "p", "x") == ["in", "at", "off"]


def test_no_shipped_word_list_holds_such_a_flag() -> None:
    import glob
    import os

    import yaml

    def flags(x: object) -> int:
        if isinstance(x, bool):
            return 1
        if isinstance(x, dict):
            return sum(flags(v) for v in x.values())
        if isinstance(x, list):
            return sum(flags(v) for v in x)
        return 0
    data = os.path.join(os.path.dirname(lexicon.lexicon_path("dates")), "..")
    for path in glob.glob(os.path.join(data, "**", "*.yaml"), recursive=True):
        with open(path, encoding="utf-8") as fh:
            assert flags(yaml.safe_load(fh)) == 0, path
