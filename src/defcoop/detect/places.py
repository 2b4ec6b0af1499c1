"""Places from the gazetteer shipped with the package (``data/gazetteer/places.tsv``).

Names and aliases in Turkish, English and Azerbaijani are matched through Turkish suffixes
("Ankara'da", "İzmir'deki", "Tiflis'te"). Each match records whether the text marks it as a
location (a locative suffix, "in ...", "... ev sahipliğinde"), which decides whether a country
is the place of an event or only a party to it. Cues come from ``lexicon/places.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from defcoop.detect import lexicon
from defcoop.detect.casefold import lower_tr
from defcoop.detect.names import NameIndex
from defcoop.detect.spans import Span, Token
from defcoop.model import Place
from defcoop.textnorm import fold


@dataclass
class PlaceCues:
    suffixes: frozenset[str]
    before: re.Pattern[str]
    host_after: re.Pattern[str]
    specific: frozenset[str]
    ambiguous: frozenset[str]
    open_suffixes: frozenset[str]
    qualifying: frozenset[str]
    seat: re.Pattern[str]
    speaker: re.Pattern[str]
    addressed: re.Pattern[str]
    ship: re.Pattern[str]
    said: re.Pattern[str]
    origin_after: re.Pattern[str]
    origin_before: re.Pattern[str]
    ship_after: re.Pattern[str]      # "Açık Deniz Karakol Gemisi": a ship's name
    name_part: re.Pattern[str]       # "Burma Camp": part of another place's name
    capital: re.Pattern[str]         # "başkent Cezayir'de": the capital of that name
    here: re.Pattern[str]            # "at the expo here": the dateline's city


@lru_cache(maxsize=1)
def cues() -> PlaceCues:
    d = lexicon.load("places")
    path = lexicon.lexicon_path("places")
    suffixes = frozenset(fold(s) for s in lexicon.strings(d.get("locative_suffixes"), path, "locative_suffixes"))
    before = lexicon.strings(d.get("locative_before"), path, "locative_before")
    host = lexicon.strings(d.get("host_after"), path, "host_after")
    specific = frozenset(lexicon.strings(d.get("specific_kinds"), path, "specific_kinds"))
    from defcoop.textnorm import key
    ambiguous = frozenset(key(w) for w in lexicon.strings(d.get("ambiguous_names"), path, "ambiguous_names"))
    open_suffixes = frozenset(key(w) for w in lexicon.strings(d.get("open_suffixes"), path, "open_suffixes"))
    qualifying = frozenset(fold(s) for s in lexicon.strings(d.get("qualifying_suffixes"), path,
                                                            "qualifying_suffixes"))
    seat = "|".join(re.escape(w) for w in lexicon.strings(d.get("seat_after"), path, "seat_after"))
    b_alt = "|".join(re.escape(w) for w in sorted(before, key=len, reverse=True))
    sides = lexicon.strings(d.get("locative_modifiers"), path, "locative_modifiers")
    m_alt = "|".join(re.escape(w) for w in sorted(sides, key=len, reverse=True)) or "(?!x)x"
    h_alt = "|".join(re.escape(w) for w in sorted(host, key=len, reverse=True))
    def words(key: str) -> str:   # the phrases of ``key``, longest first, any spacing
        found = lexicon.strings(d.get(key), path, key)
        return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+")
                        for w in sorted(found, key=len, reverse=True)) or r"(?!x)x"

    after = r"[ \t]+(?:{})(?!\w)"     # the phrase right after a place's name
    before_it = r"(?:^|\W)(?:{})[ \t]+$"   # ... and right before it
    return PlaceCues(suffixes, re.compile(rf"(?:^|\W)(?:{b_alt})\s+(?:the\s+)?(?:(?:{m_alt})\s+)?$",
                                          re.I),
                     re.compile(rf"^\s*(?:{h_alt})", re.I), specific, ambiguous, open_suffixes,
                     qualifying, re.compile(rf"(?:{seat})(?!\w)" if seat else r"(?!x)x", re.I),
                     re.compile(after.format(words("speaker_after"))),
                     re.compile(before_it.format(words("speaker_before"))),
                     re.compile(before_it.format(words("ship_prefixes"))),
                     re.compile(after.format(words("speaker_said"))),
                     re.compile(after.format(words("origin_after"))),
                     re.compile(r"(?:^|\W)(?:{})[ \t]+(?:the[ \t]+)?$".format(words("origin_before")),
                                re.I),
                     re.compile(after.format(words("ship_after"))),
                     re.compile(after.format(words("name_part_after"))),
                     re.compile(before_it.format(words("capital_before")), re.I),
                     re.compile(rf"(?<!\w)(?:{words('here_words')})(?!\w)"))


@lru_cache(maxsize=1)
def _pairs() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    d = lexicon.load("places")
    path = lexicon.lexicon_path("places")

    def alt(key: str) -> str:
        words = lexicon.strings(d.get(key), path, key)
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!x)x"
    return (re.compile(rf"(?:^|\W)(?:{alt('pair_before')})\s+$", re.I),
            re.compile(rf"^\s*(?:{alt('pair_connectors')})\s*$", re.I),
            re.compile(rf"^(?:['’]\w+)?\s+(?:{alt('pair_after')})(?!\w)", re.I))


def pair_between(text: str, a0: int, a1: int, b0: int, b1: int) -> bool:
    """Whether the places at ``text[a0:a1]`` and ``text[b0:b1]`` are named as a pair between
    which something stands ("between Ankara and Cairo", "Ankara ile Kahire arasında")."""
    before, joint, after = _pairs()
    if not joint.match(text[a1:b0]):
        return False
    return bool(before.search(text[max(0, a0 - 20):a0]) or after.match(text[b1:b1 + 30]))


# Characters before a place in which its preposition and modifiers are read ("over the
# northeastern Aegean").
LOCATIVE_WINDOW = 32


class PlaceFinder:
    def __init__(self, places: dict[str, Place]) -> None:
        self.places = places
        self.index = NameIndex(cues().ambiguous, cues().open_suffixes)
        for p in places.values():
            for name in {p.names.tr, p.names.en, p.names.az or "", *p.aliases}:
                if name:
                    self.index.add(p.id, name)
        # a country and its capital of the same name ("başkent Cezayir'de", "Kuwait City")
        names = {p.id: {fold(x) for x in (p.names.tr, p.names.en, p.names.az or "") if x}
                 for p in places.values()}
        self.capitals = {c.id: p.id for c in places.values() if c.kind == "country"
                         for p in places.values() if p.kind == "city" and p.country == c.country
                         and names[c.id] & names[p.id]}

    def find(self, text: str, toks: list[Token] | None = None) -> list[Span]:
        c = cues()
        out: list[Span] = []
        for entry, start, end, last in self.index.match(text, toks):
            place = self.places[entry.id]
            if place.id in self.capitals and c.capital.search(text, max(0, start - 24), start):
                place = self.places[self.capitals[place.id]]   # "başkent Cezayir'de": the city
            if c.seat.match(text, end):
                continue   # "the Tripoli-based government": where a body sits, no event's place
            if place.kind == "city" and (c.speaker.match(text, end)
                                         or c.addressed.search(text, max(0, start - 24), start)
                                         or (c.said.match(text, end)
                                             and not c.before.search(text[max(0, start - 20):start]))):
                continue   # "after Islamabad accused Kabul ...": the cities stand for governments
            if (c.ship.search(text, max(0, start - 8), start) or c.ship_after.match(text, end)
                    or c.name_part.match(text, end)):
                continue   # "the frigate TCG Gaziantep", "Açık Deniz Karakol Gemisi": a ship
            suffix = fold(last.suffix.lstrip("'’‘`´ʼ"))
            locative = (suffix in c.suffixes or bool(c.before.search(text[max(0, start - LOCATIVE_WINDOW):start]))
                        or bool(c.host_after.match(text[end - len(last.suffix):end + 30])))
            if not locative and not suffix and place.kind == "city":
                # "İstanbul Tuzla'daki tersanede": the city of a district told with the suffix
                district = _DISTRICT.match(text, end)
                locative = district is not None and fold(district.group(1)) in c.suffixes
                if not locative:
                    # "at its shipyard in Tuzla, Istanbul": the city of a district told after it
                    near = _DISTRICT_BEFORE.search(text, max(0, start - 40), start)
                    locative = near is not None and bool(c.before.search(
                        text[max(0, near.start() - LOCATIVE_WINDOW):near.start()]))
            extra: dict[str, object] = {"locative": locative, "kind": place.kind,
                                        "country": place.country,
                                        "specific": place.kind in c.specific, "suffix": suffix}
            if c.origin_after.match(text, end) or c.origin_before.search(
                    text, max(0, start - 24), start):
                extra["origin"] = True   # "Gölcük Deniz Üssü'nden hareket eden": left from there
                extra["locative"] = False
            out.append(Span("place", place.id, start, end, text[start:end], extra))
        if _plural_bases().search(text) is not None:
            out = self._coordinated(text, out)
        return _qualified(out, text, c)

    def _coordinated(self, text: str, out: list[Span]) -> list[Span]:
        """"at the Ramstein and Spangdahlem air bases", "Mürted ve Akıncılar hava üslerinde":
        each name with the singular noun ("Ramstein Air Base"), where the gazetteer has it."""
        singular = _plural_base_nouns()
        for m in _plural_bases().finditer(text):
            one = singular[lower_tr(" ".join(m.group("noun").split()))]
            found = []
            for g in ("a", "b"):
                hits = self.index.match(f"{m.group(g)} {one}")
                if len(hits) == 1 and hits[0][1] == 0 and self.places[hits[0][0].id].kind in (
                        "base", "site"):
                    found.append((hits[0][0].id, m.start(g), m.end(g) if g == "a" else m.end()))
            if len(found) < 2:
                continue
            out = [x for x in out if not m.start() <= x.start < m.end()]
            for ident, a, b in found:
                place = self.places[ident]
                out.append(Span("place", ident, a, b, text[a:b],
                                {"locative": True, "kind": place.kind, "country": place.country,
                                 "specific": place.kind in cues().specific, "suffix": ""}))
        out.sort(key=lambda x: x.start)
        return out


# A capitalized word with a suffix right after a city ("İstanbul Tuzla'daki"): a district of it.
# A capitalized name and a comma right before a city ("in Tuzla, Istanbul"): a district of it.
_DISTRICT_BEFORE = re.compile(r"(?<![\w-])[A-ZÇĞİÖŞÜ][\w-]*(?:[ \t]+[A-ZÇĞİÖŞÜ][\w-]*)?,[ \t]+$")
_DISTRICT = re.compile(r"[ \t]+[A-ZÇĞİÖŞÜ][\w]*['’]([a-zçğıöşü]+)(?!\w)")


# What joins a place left from and the place it lies in ("from the 1st Main Jet Base in the
# central province of Eskişehir").
_WHERE_ORIGIN_LIES = re.compile(r"[ \t]*,?[ \t]+(?:in|near)[ \t]+[^.;:\n]{0,40}$")


def _qualified(spans: list[Span], text: str, c: PlaceCues) -> list[Span]:
    """A country or region that only qualifies the specific place named right after it
    ("Gürcistan'daki Krtsanisi Eğitim Alanı'nda", "Pakistan'daki Tarbela'da") is no place of
    its own: the specific place is. Where a place left from lies is left from too."""
    for a, b in zip(spans, spans[1:]):
        if (a.extra["kind"] == "city" and not a.extra["suffix"] and b.extra["kind"] in (
                "district", "base", "site") and b.extra["country"] == a.extra["country"]
                and text[a.end:b.start] in (" ", "\t")):
            a.extra["qualifies"] = True   # "Eskişehir Sivrihisar'da": the city of the place named next
        if a.extra.get("origin") and _WHERE_ORIGIN_LIES.match(text, a.end, b.start):
            b.extra["origin"] = True
            b.extra["locative"] = False
        if (a.extra["kind"] not in c.specific and a.extra["suffix"] in c.qualifying
                and b.extra["specific"] and not text[a.end:b.start].strip()
                and b.extra["country"] in (None, a.extra["country"], a.value.upper())):
            a.extra["locative"] = False
    return spans


@lru_cache(maxsize=1)
def _plural_base_nouns() -> dict[str, str]:
    """The plural nouns of bases and their singular (``plural_bases`` in lexicon/places.yaml)."""
    d = lexicon.load("places").get("plural_bases") or {}
    return {lower_tr(str(k)): str(v) for k, v in d.items()}


@lru_cache(maxsize=1)
def _plural_bases() -> re.Pattern[str]:
    nouns = sorted(_plural_base_nouns(), key=len, reverse=True)
    alt = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in nouns) or r"(?!x)x"
    name = r"[A-ZÇĞİÖŞÜ][\w’'-]*"
    return re.compile(rf"(?P<a>{name})\s+(?:and|ve|&)\s+(?P<b>{name})\s+(?P<noun>(?i:{alt}))(?!\w)")


@lru_cache(maxsize=1)
def default_finder() -> PlaceFinder:
    from defcoop.kb import load_places
    return PlaceFinder(load_places())
