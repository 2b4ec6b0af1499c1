"""States and organizations from the actors list."""

import pytest

from defcoop.detect.actors import ActorFinder


@pytest.mark.parametrize("text,found", [
    ("Türkiye ve Azerbaycan'ın imzaladığı", [("party", "TUR"), ("party", "AZE")]),
    ("Pakistani and Turkish navies", [("party", "PAK"), ("party", "TUR")]),
    ("BAYKAR ile Azerbaycan arasında", [("organization", "baykar"), ("party", "AZE")]),
    ("Türk Hava Kuvvetleri'ne ait uçaklar", [("organization", "tur-air")]),
])
def test_actors(actors: ActorFinder, text: str, found: list[tuple[str, str]]) -> None:
    assert [(s.kind, s.value) for s in actors.find(text)] == found


def test_organization_knows_its_state(actors: ActorFinder) -> None:
    (s,) = actors.find("Baykar'ın")
    assert s.extra["country"] == "TUR"


@pytest.mark.parametrize("text,found", [
    ("Azerbaycan, Türk yapımı İHA'ları kullandı", [("party", "AZE"), ("maker", "TUR")]),
    ("Azerbaijan used Turkish-made drones", [("party", "AZE"), ("maker", "TUR")]),
    ("Türkiye, Pakistan yapımına katkı verdi", [("party", "TUR"), ("party", "PAK")]),
])
def test_maker_of_a_weapon_is_no_party(actors: ActorFinder, text: str,
                                       found: list[tuple[str, str]]) -> None:
    assert [(s.kind, s.value) for s in actors.find(text)] == found


@pytest.mark.parametrize("text,found", [
    ("TCG Kınalıada korveti Karadeniz'de Gürcistan gemileriyle eğitim yaptı",
     [("party", "TUR"), ("party", "GEO")]),
    ("PNS Babur was handed over in Istanbul", [("party", "PAK")]),
])
def test_a_warship_prefix_names_its_state(text: str, found: list[tuple[str, str]]) -> None:
    from defcoop.extract import default_finders   # the package's own actors list
    finder = default_finders().actors
    assert [(s.kind, s.value) for s in finder.find(text) if s.kind == "party"] == found
