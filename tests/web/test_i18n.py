"""The dashboard labels: both languages for every key, and a bad file is a clear error."""

from __future__ import annotations

from typing import Any

import pytest

from defcoop.errors import DataError
from defcoop.web.i18n import Translator, labels, validate


def test_every_label_has_turkish_and_english() -> None:
    table = labels()
    assert table
    assert all(set(v) == {"tr", "en"} and v["tr"] and v["en"] for v in table.values())


@pytest.mark.parametrize("bad", [[], {"k": "text"}, {"k": {"tr": "a"}}, {"k": {"tr": "a", "en": ""}},
                                 {"k": {"tr": "a", "en": "b", "de": "c"}}])
def test_malformed_labels_are_rejected(bad: Any) -> None:
    with pytest.raises(DataError):
        validate(bad, "i18n.yaml")


@pytest.mark.parametrize("lang, text", [("tr", "Olaylar"), ("en", "Events"), ("xx", "Olaylar")])
def test_translator(lang: str, text: str) -> None:
    assert Translator(lang)("nav_events") == text


@pytest.mark.parametrize("page", ["/", "/events", "/timeline", "/map", "/provisions", "/sources", "/stats",
                                  "/audit", "/review"])
def test_every_page_switches_its_labels(client: Any, page: str) -> None:
    tr = client.get(page + "?lang=tr").text
    en = client.get(page + "?lang=en").text
    assert "Zaman çizelgesi" in tr and "Timeline" in en
    assert 'lang="tr"' in tr and 'lang="en"' in en


def test_every_label_the_templates_name_exists() -> None:
    import re
    from importlib import resources

    root = resources.files("defcoop.web")
    texts = [p.read_text(encoding="utf-8") for p in (root / "templates").iterdir() if p.name.endswith(".html")]
    texts.append((root / "pages.py").read_text(encoding="utf-8"))
    used = {k for text in texts for k in re.findall(r"""\bt\(\s*['"]([a-z0-9_\-]+)['"]""", text)}
    assert used
    used = {k for k in used if not k.endswith("_")}  # 'field_' + code: prefixes of computed keys
    assert sorted(used - set(labels())) == []
