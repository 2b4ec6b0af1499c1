"""States, companies, ministries, commands and international bodies from ``data/actors.yaml``.

States (ISO 3166 alpha-3 ids) become an event's parties; every other actor is an organization.
Matching goes through Turkish suffixes like the gazetteer ("Azerbaycan'ın", "BAYKAR ile").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from defcoop.detect.memo import Bounded
from defcoop.detect.names import NameIndex
from defcoop.detect.spans import Span, Token, tokens
from defcoop.model import Actor
from defcoop.textnorm import fold, key


class ActorFinder:
    def __init__(self, actors: dict[str, Actor]) -> None:
        self.actors = actors
        from defcoop.detect.places import cues
        self.index = NameIndex(cues().ambiguous, cues().open_suffixes)
        self.name_part = cues().name_part
        for a in actors.values():
            for name in {a.names.tr, a.names.en, a.names.az or "", *a.aliases}:
                if name:
                    self.index.add(a.id, name)
        for state, names in _products().items():
            for name in names:   # a weapon system stands for its maker
                self.index.add(PRODUCT + state, name)
        self._states: Bounded[str, tuple[str, ...]] = Bounded()
        self.titles: list[str] = []   # office titles, folded
        for state, titles in _officials().items():
            if state in actors:
                for title in titles:
                    self.index.add(state, title)
                    self.titles.append(fold(title))

    def states(self, text: str) -> tuple[str, ...]:
        """The states (ids) ``text`` names as parties, in order; memoized by the text (a table's
        caption and cells)."""
        hit = self._states.get(text)
        if hit is None:
            hit = self._states.put(text, tuple(a.value for a in self.find(text) if a.kind == "party"))
        return hit

    def find(self, text: str, toks: list[Token] | None = None) -> list[Span]:
        out: list[Span] = []
        maker = _maker_rx()
        for entry, start, end, _last in self.index.match(text, toks):
            if entry.id.startswith(PRODUCT):
                state = entry.id[len(PRODUCT):]   # "Bayraktar TB2 ... teslimatı": made in Türkiye
                out.append(Span("maker", state, start, end, text[start:end],
                                {"type": "product", "country": state}))
                continue
            actor = self.actors[entry.id]
            kind = "party" if actor.type == "state" else "organization"
            if kind == "party" and maker.match(text, end):
                kind = "maker"   # "İsrail yapımı İHA'lar", "Turkish-made drones": who made them
            if kind == "party" and (_family_name(text, start, end) or _given_name(text, start, end)):
                continue   # "Gen. Murat Özbek", "Bakanı İrakli Çalkiya": a man's name
            if kind == "party" and self.name_part.match(text, end):
                continue   # "Burma Camp": a place's name, not the state
            if kind == "party" and out and self._foreign_office(text, out[-1], actor.id, start, end):
                continue   # "Sırbistan Silahlı Kuvvetleri Genelkurmay Başkanı": Serbia's chief
            out.append(Span(kind, actor.id, start, end, text[start:end],
                            {"type": actor.type, "country": actor.country}))
        own = _own_words()
        if own and not any(q in text for q in _QUOTES):   # in a quotation "we" are the speaker's
            taken = len(out)
            for t in toks if toks is not None else tokens(text):
                for state, starts in own:
                    if t.key.startswith(starts) and not any(
                            a.start <= t.start < a.end for a in out[:taken]):
                        out.append(Span("party", state, t.start, t.end, t.text,
                                        {"type": "state", "country": None}))
            if len(out) > taken:
                out.sort(key=lambda a: a.start)
        return out


    def _foreign_office(self, text: str, prev: Span, state: str, start: int, end: int) -> bool:
        """An office title that stands for a state, written in one phrase after another state's
        name or body: the other state's office."""
        other = prev.value if prev.kind == "party" else prev.extra.get("country")
        if not other or other == state or start - prev.end > OFFICE_GAP:
            return False
        if prev.kind != "party" and prev.extra.get("type") == "person":
            return False
        between = text[prev.end:start]
        if any(ch in ",;.()\n" for ch in between) or any(not w[:1].isupper() for w in between.split()):
            return False   # "Pakistan Kara Kuvvetleri Komutanı ile Genelkurmay Başkanı": two men
        surface = fold(text[start:end])
        return any(surface.startswith(t) for t in self.titles)


# The index id prefix of a weapon system, before its maker state's id.
PRODUCT: Final = "product:"


@lru_cache(maxsize=1)
def _products() -> dict[str, list[str]]:
    """Weapon systems by the state that makes them (``lexicon/products.yaml``)."""
    from defcoop.detect import lexicon
    d = lexicon.load("products") or {}
    path = lexicon.lexicon_path("products")
    return {str(k): lexicon.strings(v, path, str(k)) for k, v in d.items()}


# Characters between a state's name and an office title of another state that make the title
# the first state's ("Sırbistan Silahlı Kuvvetleri Genelkurmay Başkanı").
OFFICE_GAP = 40


@lru_cache(maxsize=1)
def _officials() -> dict[str, list[str]]:
    """Office titles standing for their state (``lexicon/officials.yaml``)."""
    from defcoop.detect import lexicon
    d = lexicon.load("officials") or {}
    path = lexicon.lexicon_path("officials")
    return {str(k): lexicon.strings(v, path, str(k)) for k, v in d.items() if k != "own_words"}


_QUOTES: Final = ('"', "“", "”", "«", "»")


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    from defcoop.detect import lexicon
    return frozenset(key(w) for w in lexicon.strings(
        lexicon.load("places").get("surname_names"), lexicon.lexicon_path("places"), "surname_names"))


_BEFORE_NAME = re.compile(r"[A-ZÇĞİÖŞÜ][\w’'.-]*[ \t]+$")


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    from defcoop.detect import lexicon
    return frozenset(key(w) for w in lexicon.strings(
        lexicon.load("places").get("given_names"), lexicon.lexicon_path("places"), "given_names"))


_NAME_AFTER = re.compile(r"[ \t]+[A-ZÇĞİÖŞÜ][a-zçğıöşü]")


def _given_name(text: str, start: int, end: int) -> bool:
    """Whether the state's name at ``start`` is a man's given name before his family name."""
    return key(text[start:end]) in _given_names() and _NAME_AFTER.match(text, end) is not None


def _family_name(text: str, start: int, end: int) -> bool:
    """Whether the state's name at ``start`` is a family name after a given name."""
    return (key(text[start:end]) in _surnames()
            and _BEFORE_NAME.search(text, max(0, start - 30), start) is not None)


@lru_cache(maxsize=1)
def _own_words() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(state, folded word starts) of ``own_words`` in ``lexicon/officials.yaml``."""
    from defcoop.detect import lexicon
    d = (lexicon.load("officials") or {}).get("own_words") or {}
    path = lexicon.lexicon_path("officials")
    return tuple((str(k), tuple(key(w) for w in lexicon.strings(v, path, f"own_words.{k}")))
                 for k, v in d.items())


@lru_cache(maxsize=1)
def _maker_rx() -> re.Pattern[str]:
    """Words after a state's name that make it the maker of a weapon, not a party
    (``maker_after`` in ``lexicon/places.yaml``)."""
    from defcoop.detect import lexicon
    words = lexicon.strings(lexicon.load("places").get("maker_after"), lexicon.lexicon_path("places"),
                            "maker_after")
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:{alt})(?!\w)", re.I) if alt else re.compile(r"(?!x)x")


@lru_cache(maxsize=1)
def default_finder() -> ActorFinder:
    from defcoop.kb import load_actors
    return ActorFinder(load_actors())
