"""Citations matched to references: Turkish-aware author spelling, years, suffixes."""

from __future__ import annotations

import pytest

from defcoop.audit.matching import levenshtein, match_citation, name_similarity
from defcoop.audit.references import Reference
from defcoop.detect.citations import parse_citation


def _ref(authors: list[str], year: int, suffix: str = "") -> Reference:
    return Reference(raw=f"{authors} ({year}{suffix})", authors=authors, year=year,
                     year_suffix=suffix, title="T")


@pytest.mark.parametrize("a,b,expected", [
    ("kitten", "sitting", 3), ("", "abc", 3), ("abc", "abc", 0), ("yanarisik", "yanlisik", 2),
])
def test_levenshtein(a: str, b: str, expected: int) -> None:
    assert levenshtein(a, b) == expected


@pytest.mark.parametrize("a,b", [("Şahin", "Sahin"), ("Yeni Şafak", "Yenisafak"),
                                 ("Işık", "ISIK"), ("Güler", "Guler"), ("Ağaoğlu", "Agaoglu")])
def test_turkish_letters_fold_to_the_same_name(a: str, b: str) -> None:
    assert name_similarity(a, b) == 1.0


def test_unrelated_names_are_far() -> None:
    assert name_similarity("Özalp", "Özdaşlı") < 0.6


# (citation, reference authors, reference year, author exact, year exact) — None: no match
CASES = [
    ("Aydın, 2019: 45", ["Aydın, M."], 2019, True, True),
    ("Aydin, 2019", ["Aydın, M."], 2019, False, True),
    ("Aydın, 2018", ["Aydın, M."], 2019, True, False),
    ("Aydın, 2009", ["Aydın, M."], 2019, None, None),
    ("Kaya ve Demir, 2021", ["Kaya, S.", "Demir, A."], 2021, True, True),
    ("Kaya, 2021", ["Kaya, S.", "Demir, A."], 2021, False, True),
    ("Kaya, 2019", ["Kaya, S.", "Demir, A."], 2021, None, None),
    ("Kaya ve Demir, 2021", ["Kaya, S."], 2021, False, True),
    ("Yılmaz vd., 2020", ["Yılmaz, E.", "Öztürk, H.", "Şen, B."], 2020, True, True),
    ("Smith et al., 2020", ["Smith, J."], 2020, None, None),
    ("Milli Savunma Bakanlığı, 2023", ["Milli Savunma Bakanlığı"], 2023, True, True),
    ("Kara, 2020", ["Kaya, S."], 2020, None, None),
]


@pytest.mark.parametrize("text,authors,year,author_exact,year_exact", CASES)
def test_match(text: str, authors: list[str], year: int, author_exact: bool | None,
               year_exact: bool | None) -> None:
    cite = parse_citation(text)
    assert cite is not None
    m = match_citation(cite, [_ref(authors, year)])
    if author_exact is None:
        assert m.reference is None
    else:
        assert m.reference is not None
        assert (m.author_exact, m.year_exact) == (author_exact, year_exact)


def test_year_suffix_picks_its_entry() -> None:
    a, b = _ref(["Harris, T."], 2020, "a"), _ref(["Harris, T."], 2020, "b")
    for text, expected in (("Harris, 2020a", a), ("Harris, 2020b", b)):
        cite = parse_citation(text)
        assert cite is not None
        m = match_citation(cite, [a, b])
        assert m.reference is expected and m.year_exact


def test_exact_entry_preferred_over_near_one() -> None:
    exact, near = _ref(["Özdemir, L."], 2021), _ref(["Özdemir, D. M.", "Kantar, G."], 2023)
    cite = parse_citation("Özdemir, 2021: 82")
    assert cite is not None
    assert match_citation(cite, [near, exact]).reference is exact


def test_misspelled_author_with_wrong_year_still_finds_the_entry() -> None:
    ref = _ref(["Yıldırımoğlu, M.", "Hasanoğlu, M."], 2022)
    cite = parse_citation("Yıldırımlı ve Hasanoğlu, 2024: 292")
    assert cite is not None
    m = match_citation(cite, [ref])
    assert m.reference is ref and not m.author_exact and not m.year_exact
    assert m.differing_names == [("Yıldırımlı", "Yıldırımoğlu")]


def test_abbreviation_cites_the_institution_it_stands_for() -> None:
    from defcoop.audit.matching import match_citations
    from defcoop.detect.citations import find_citations
    from defcoop.read.document import Document

    doc = Document(path="x", text="A (North Atlantic Treaty Organization [NATO], 2022). "
                                  "B (NATO, 2022).")
    ref = _ref(["North Atlantic Treaty Organization"], 2022)
    matches = match_citations(find_citations(doc), [ref])
    assert [(m.reference is ref, m.author_exact) for m in matches] == [(True, True), (True, True)]


def test_citation_naming_fewer_authors_than_the_entry() -> None:
    cite = parse_citation("Kaya, 2021: 5")
    assert cite is not None
    two = _ref(["Kaya, S.", "Demir, A."], 2021)
    m = match_citation(cite, [two])
    assert m.reference is two and m.author_count_differs
    alone = _ref(["Kaya, S."], 2021)
    assert match_citation(cite, [two, alone]).reference is alone


def test_narrative_name_with_words_before_it_finds_the_institution() -> None:
    from defcoop.audit.matching import match_citations
    from defcoop.detect.citations import find_citations
    from defcoop.read.document import Document

    doc = Document(path="x", text="Data of the Stockholm International Peace Research "
                                  "Institute (2022) show growth.")
    ref = _ref(["Stockholm International Peace Research Institute"], 2022)
    (m,) = match_citations(find_citations(doc), [ref])
    assert m.reference is ref and m.author_exact
