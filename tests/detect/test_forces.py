"""Armed-force branches."""

import pytest

from defcoop.detect.forces import find_forces


@pytest.mark.parametrize("text,codes", [
    ("Kara ve Hava Kuvvetleri", ["land", "air"]),
    ("Kara, Deniz ve Hava Kuvvetleri Komutanlığı’na ait", ["land", "naval", "air"]),
    ("Deniz Kuvvetleri", ["naval"]),
    ("özel kuvvetler timi", ["special"]),
    ("komandoların emir komuta zinciri", ["special"]),
    ("kara havacılık unsurları", ["army_aviation"]),
    ("hava savunma sistemleri", ["air_defense"]),
    ("land and air forces", ["land", "air"]),
    ("the Pakistan Navy", ["naval"]),
    ("Turkish Air Force jets", ["air"]),
    ("special forces teams", ["special"]),
    ("SAT ve SAS birimleri", ["special", "special"]),
    ("Quru Qoşunları", ["land"]),
    ("ekonomik iş birliği", []),
])
def test_force_codes(text: str, codes: list[str]) -> None:
    assert [s.value for s in find_forces(text)] == codes


def test_line_break_inside_a_phrase() -> None:
    assert [s.value for s in find_forces("kara \n\nkuvvetleri")] == ["land"]
