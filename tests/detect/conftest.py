"""Small reference data for the finders, independent of the package's gazetteer."""

from __future__ import annotations

import pytest

from defcoop.detect.actors import ActorFinder
from defcoop.detect.places import PlaceFinder
from defcoop.model import Actor, Names, Place


def _place(pid: str, kind: str, country: str, tr: str, en: str, aliases: list[str] | None = None) -> Place:
    return Place(pid, kind, country, 0.0, 0.0, Names(tr, en), aliases or [])


@pytest.fixture(scope="session")
def places() -> PlaceFinder:
    return PlaceFinder({p.id: p for p in [
        _place("baku", "city", "AZE", "Bakü", "Baku", ["Bakı"]),
        _place("konya", "city", "TUR", "Konya", "Konya"),
        _place("kars", "city", "TUR", "Kars", "Kars"),
        _place("nakhchivan", "region", "AZE", "Nahçıvan", "Nakhchivan"),
        _place("aze", "country", "AZE", "Azerbaycan", "Azerbaijan"),
        _place("tur", "country", "TUR", "Türkiye", "Türkiye", ["Turkey"]),
        _place("mli", "country", "MLI", "Mali", "Mali"),
        _place("air-base", "base", "TUR", "3'üncü Ana Jet Üs Komutanlığı", "3rd Main Jet Base"),
    ]})


@pytest.fixture(scope="session")
def actors() -> ActorFinder:
    def a(aid: str, typ: str, tr: str, en: str, aliases: list[str], country: str | None = None) -> Actor:
        return Actor(aid, typ, Names(tr, en), aliases, country)
    return ActorFinder({x.id: x for x in [
        a("TUR", "state", "Türkiye", "Türkiye", ["Turkey", "Turkish", "Türk"]),
        a("AZE", "state", "Azerbaycan", "Azerbaijan", ["Azerbaijani"]),
        a("PAK", "state", "Pakistan", "Pakistan", ["Pakistani"]),
        a("baykar", "company", "Baykar", "Baykar", ["BAYKAR"], "TUR"),
        a("tur-air", "military", "Türk Hava Kuvvetleri", "Turkish Air Force", [], "TUR"),
    ]})
