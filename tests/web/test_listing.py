"""The web's paged listing returns exactly what the library's Reader returns."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from defcoop.model import Claim, Event
from defcoop.store import EventFilter, Reader, build, open_store
from defcoop.web import listing
from defcoop.web.listing import WebReader


@pytest.fixture(scope="module")
def varied_db(tmp_path_factory: pytest.TempPathFactory, web_db: str) -> str:
    """The web store plus events of every date shape: days, months, years, long spans, undated."""
    import shutil

    path = Path(tmp_path_factory.mktemp("listing")) / "varied.sqlite"
    shutil.copy(web_db, path)
    store = open_store(str(path))
    rnd = random.Random(3)
    with store.transaction():
        for i in range(60):
            y = rnd.randint(2015, 2024)
            shape = i % 5
            date = [f"{y}-03-0{1 + i % 8}", f"{y}-0{1 + i % 9}", f"{y}", f"{y - 3}-01/{y}-06", None][shape]
            claims = [Claim(field="name", value=f"Sentetik tatbikat {i} kartal" if i % 3 else f"Olay {i}",
                            en=f"Synthetic {i}", quote=f"Sentetik {i}", page=1)]
            if date:
                claims.append(Claim(field="date", value=date, quote=date, page=1))
            store.insert_event(Event(id=f"zz-{i:03d}", kind=["exercise", "agreement", "visit"][i % 3],
                                     claims=claims, origin="test"))
    store.close()
    return str(path)


FILTERS = [EventFilter(), EventFilter(kind=["exercise"]), EventFilter(year=2022),
           EventFilter(kind=["exercise"], year=2021), EventFilter(date_from="2019-06", date_to="2022-02"),
           EventFilter(q="kartal"), EventFilter(q="kartal", year=2020), EventFilter(q="sentetik", kind=["visit"]),
           EventFilter(q="nothingmatchesthis")]


@pytest.mark.parametrize("f", FILTERS, ids=lambda f: repr({k: v for k, v in vars(f).items() if v}))
@pytest.mark.parametrize("sort", ["date", "-date", "name"])
@pytest.mark.parametrize("walk", [False, True])
def test_page_equals_reader(varied_db: str, f: EventFilter, sort: str, walk: bool,
                            monkeypatch: pytest.MonkeyPatch) -> None:
    if walk:
        monkeypatch.setattr(listing, "_INDEX_WALK_FROM", 0)
    store = open_store(varied_db)
    ref, web = Reader(store), WebReader(store)
    expected = ref.events(f, sort=sort)
    for limit, offset in [(7, 0), (7, 7), (50, 0), (5, len(expected) - 3), (5, len(expected) + 5)]:
        items, total = web.page(f, "tr", sort, limit, max(offset, 0))
        assert total == len(expected)
        assert items == expected[max(offset, 0):max(offset, 0) + limit]
    store.close()


@pytest.mark.parametrize("lang", ["tr", "en"])
def test_every_event_reads_the_same_in_both_readers(varied_db: str, lang: str) -> None:
    store = open_store(varied_db)
    web = WebReader(store)
    assert web.events(lang=lang) == Reader(store).events(lang=lang)
    assert web.events(lang=lang) == Reader(store).events(lang=lang)  # again, from the memo
    store.close()


@pytest.mark.parametrize("f", [EventFilter(), EventFilter(kind=["exercise"]), EventFilter(year=2022),
                               EventFilter(q="kartal")], ids=["all", "exercise", "2022", "q"])
@pytest.mark.parametrize("lang", ["tr", "en"])
def test_places_equal_the_readers(varied_db: str, f: EventFilter, lang: str) -> None:
    store = open_store(varied_db)
    web = WebReader(store).places(lang, f)
    assert all(p.pop("n_events") == len(p["events"]) for p in web)
    assert web == Reader(store).places(lang, f)
    store.close()


@pytest.mark.parametrize("f", [EventFilter(), EventFilter(kind=["exercise"]), EventFilter(year=2021),
                               EventFilter(q="kartal")], ids=["all", "exercise", "2021", "q"])
def test_stats_equal_the_readers(varied_db: str, f: EventFilter) -> None:
    from defcoop import stats

    store = open_store(varied_db)
    web = stats.compute(WebReader(store).stats_view(), f, "en")  # type: ignore[arg-type]
    assert web == stats.compute(Reader(store), f, "en")
    store.close()


def test_a_place_lists_its_first_events_and_counts_all(varied_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(listing, "PLACE_EVENTS", 1)
    store = open_store(varied_db)
    full = {p["id"]: p for p in Reader(store).places("tr")}
    for p in WebReader(store).places("tr"):
        assert p["n_events"] == len(full[p["id"]]["events"])
        assert p["events"] == full[p["id"]]["events"][:1]
    store.close()
