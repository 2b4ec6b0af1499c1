"""The phrase alternation written as a trie matches what the flat alternation matches."""

import random
import re

import pytest

from defcoop.detect.events import words
from defcoop.detect.spans import alternation, flex


def _flat(phrases: list[str], spaces: bool) -> str:
    esc = flex if spaces else re.escape
    return "|".join(esc(p) for p in sorted(phrases, key=len, reverse=True))


def _matches(alt: str, tail: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(rf"(?<!\w)(?:{alt}){tail}", text)]


@pytest.mark.parametrize("tail", ["", r"(?!\w)", r"\w*(?!\w)", r"(?:\s+ve\s+(?:x|xy))?"])
@pytest.mark.parametrize("spaces", [True, False])
def test_random_phrase_lists_match_as_the_flat_alternation(tail: str, spaces: bool) -> None:
    rng = random.Random(11)
    letters = "abcç .-"
    for _ in range(300):
        phrases = {"".join(rng.choice(letters) for _ in range(rng.randint(1, 6))).strip()
                   for _ in range(rng.randint(1, 12))} - {""}
        text = "".join(rng.choice(letters + "xy\n") for _ in range(80))
        flat, trie = _flat(sorted(phrases), spaces), alternation(phrases, spaces=spaces)
        assert _matches(trie, tail, text) == _matches(flat, tail, text), (phrases, text)


def test_nested_phrases_prefer_the_longest_and_fall_back_to_shorter() -> None:
    alt = alternation(["agree", "agreement", "agreed", "signing ceremony", "signing"])
    rx = re.compile(rf"(?<!\w)(?:{alt})(?!\w)")
    assert [m.group(0) for m in rx.finditer("agreement agreed agree agreements")] == [
        "agreement", "agreed", "agree"]
    assert rx.search("the signing\nceremony").group(0) == "signing\nceremony"   # a run of whitespace
    assert rx.search("the signing ceremonyx").group(0) == "signing"


def test_the_lexicon_verbs_match_as_the_flat_alternation() -> None:
    verbs = sorted({w for w, _kind, _whole in words().verbs})
    text = " ".join(verbs) + " " + " ".join(v + "ler" for v in verbs)
    assert _matches(alternation(verbs), "", text) == _matches(_flat(verbs, True), "", text)
    assert alternation([]) == ""
    assert len(alternation(verbs)) < len(_flat(verbs, True))
