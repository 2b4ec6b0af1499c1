"""The event words of ``lexicon/events.yaml``, read once, and the mention of an event they find
(:class:`EventMention`); :mod:`defcoop.detect.event_names` finds named mentions with them and
:mod:`defcoop.detect.events` the common ones."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from defcoop.detect import lexicon
from defcoop.detect.casefold import lower_tr
from defcoop.detect.dates import DateMention
from defcoop.detect.spans import alternation, flex, tokens
from defcoop.textnorm import compact_key, fold

# Sentence-level tests are memoized by the sentence's text in bounded caches (memory stays flat).
TEXT_CACHE = 20_000


@dataclass(init=False)
class EventMention:
    kind: str
    sort: str                 # named | heading | common
    start: int
    end: int
    text: str
    name: str | None = None
    anaphoric: bool = False
    verb: bool = False
    date: DateMention | None = None   # the date of a heading "Name (date):"
    trigger: tuple[int, int] = (0, 0)  # offsets of the title word or trigger
    other: bool = False                # "the next exercise": another event than the one reported
    framing: bool = False              # "tatbikat öncesinde": it only sets the time

    def __init__(self, kind: str, sort: str, start: int, end: int, text: str,
                 name: str | None = None, anaphoric: bool = False, verb: bool = False,
                 date: DateMention | None = None, trigger: tuple[int, int] = (0, 0),
                 other: bool = False, framing: bool = False) -> None:
        self.kind = kind
        self.sort = sort
        self.start = start
        self.end = end
        self.text = text
        self.name = name
        self.anaphoric = anaphoric
        self.verb = verb
        self.date = date
        self.trigger = trigger
        self.other = other
        self.framing = framing


@dataclass
class _KindWords:
    title_after: dict[tuple[str, ...], str]
    title_before: dict[tuple[str, ...], str]
    lower_after: dict[tuple[str, ...], str]
    lower_before: dict[tuple[str, ...], str]
    nouns: list[tuple[str, str, bool]]    # (word, kind, whole word only)
    plural: list[tuple[str, str, bool]]
    verbs: list[tuple[str, str, bool]]
    gapped: list[tuple[str, str, str]]   # (first word, last word, kind): "exchanged … fire"
    objects: dict[str, re.Pattern[str]]
    civilian: re.Pattern[str]
    defense: re.Pattern[str]
    anaphora: frozenset[str]
    not_name_start: frozenset[str]
    name_noise: frozenset[str]
    modifiers: frozenset[str]
    section_kinds: list[tuple[str, str]]
    connectors: frozenset[str]
    verb_kinds: frozenset[str]
    refine: dict[str, str]
    needs_verb: frozenset[str]
    pair_refs: re.Pattern[str]
    participation: re.Pattern[str]
    other_refs: frozenset[str]
    refine_nouns: tuple[str, ...]
    ordinals: dict[str, str]
    trio_refs: re.Pattern[str]
    naming_after: frozenset[str]
    naming_before: frozenset[tuple[str, ...]]
    blocked: re.Pattern[str]
    habitual: re.Pattern[str]
    historical: dict[str, int]
    visit_before: re.Pattern[str]
    visit_after: re.Pattern[str]
    organization_heads: frozenset[str]
    numbered_series: str | None
    numbered_not_series: frozenset[str]
    not_verbs: frozenset[str]
    documents: re.Pattern[str]
    civilian_not: re.Pattern[str]
    held_before: re.Pattern[str]
    verbs_first: frozenset[str]
    phases: re.Pattern[str]
    verbal_nouns: tuple[str, ...]


def _words_rx(words: list[str]) -> re.Pattern[str]:
    """Any of ``words`` starting a word; one that opens with an apostrophe ("'da kabul etti")
    starts inside one, after the name it is the suffix of."""
    low = [lower_tr(w) for w in words]
    plain = [w for w in low if w[:1] not in _APOSTROPHES]
    marked = [w for w in low if w[:1] in _APOSTROPHES]
    parts = [rf"(?<!\w)(?:{alternation(plain)})"] if plain else []
    if marked:
        parts.append(rf"(?<=\w)(?:{alternation(marked)})")
    return re.compile("|".join(parts) or r"(?!x)x", re.U)


_APOSTROPHES: Final = ("'", "’")


_WORDS: Final[list[_KindWords]] = []


def words() -> _KindWords:
    """The event words of ``lexicon/events.yaml``, read once."""
    if not _WORDS:
        _WORDS.append(_load_words())
    return _WORDS[0]


def _load_words() -> _KindWords:
    d = lexicon.load("events")
    path = lexicon.lexicon_path("events")
    kinds = d.get("kinds") or {}
    ta: dict[tuple[str, ...], str] = {}
    tb: dict[tuple[str, ...], str] = {}
    la: dict[tuple[str, ...], str] = {}
    lb: dict[tuple[str, ...], str] = {}
    nouns: list[tuple[str, str, bool]] = []
    plural: list[tuple[str, str, bool]] = []
    verbs: list[tuple[str, str, bool]] = []
    gapped: list[tuple[str, str, str]] = []
    objects: dict[str, re.Pattern[str]] = {}

    def seq(w: str) -> tuple[str, ...]:
        return tuple(t.key for t in tokens(w))

    for kind, spec in kinds.items():
        spec = spec or {}
        for w in lexicon.strings(spec.get("title_after"), path, f"{kind}.title_after"):
            ta.setdefault(seq(w), str(kind))
        for w in lexicon.strings(spec.get("title_before"), path, f"{kind}.title_before"):
            tb.setdefault(seq(w), str(kind))
        for w in lexicon.strings(spec.get("lower_after"), path, f"{kind}.lower_after"):
            la.setdefault(seq(w), str(kind))
        for w in lexicon.strings(spec.get("lower_before"), path, f"{kind}.lower_before"):
            lb.setdefault(seq(w), str(kind))
        for key, bucket in (("nouns", nouns), ("plural", plural), ("verbs", verbs)):
            for w in lexicon.strings(spec.get(key), path, f"{kind}.{key}"):
                bucket.append((lower_tr(w), str(kind), False))
            for w in lexicon.strings(spec.get(f"{key}_en"), path, f"{kind}.{key}_en"):
                if key == "verbs" and "…" in w:
                    first, _, last = (x.strip() for x in lower_tr(w).partition("…"))
                    gapped.append((first, last, str(kind)))
                    continue
                bucket.append((lower_tr(w), str(kind), True))
        if spec.get("objects"):
            objects[str(kind)] = _words_rx(lexicon.strings(spec.get("objects"), path, f"{kind}.objects"))
    nouns.sort(key=lambda t: -len(t[0]))
    plural.sort(key=lambda t: -len(t[0]))
    verbs.sort(key=lambda t: -len(t[0]))
    section: list[tuple[str, str]] = []
    for kind, ws in (d.get("section_kinds") or {}).items():
        section += [(fold(w), str(kind)) for w in lexicon.strings(ws, path, f"section_kinds.{kind}")]
    refine = d.get("refine") or {}
    if not isinstance(refine, dict):
        from defcoop.errors import DataError
        raise DataError(path, None, "refine must map a kind to a kind")
    return _KindWords(
        ta, tb, la, lb, nouns, plural, verbs, gapped, objects,
        _words_rx(lexicon.strings(d.get("civilian"), path, "civilian")),
        _words_rx(lexicon.strings(d.get("defense"), path, "defense")),
        frozenset(lower_tr(w) for w in lexicon.strings(d.get("anaphora"), path, "anaphora")),
        frozenset(lower_tr(w) for w in lexicon.strings(d.get("not_name_start"), path, "not_name_start")),
        frozenset(compact_key(w) for w in lexicon.strings(d.get("name_noise"), path, "name_noise")),
        frozenset(lower_tr(w) for w in lexicon.strings(d.get("modifiers"), path, "modifiers")),
        section,
        frozenset(lower_tr(w) for w in lexicon.strings(d.get("name_connectors"), path, "name_connectors")),
        frozenset(lexicon.strings(d.get("verb_kinds"), path, "verb_kinds")),
        {str(k): str(v) for k, v in refine.items()},
        frozenset(lexicon.strings(d.get("needs_verb"), path, "needs_verb")),
        _words_rx(lexicon.strings(d.get("pair_refs"), path, "pair_refs")),
        _words_rx(lexicon.strings(d.get("participation"), path, "participation")),
        frozenset(lower_tr(w) for w in lexicon.strings(d.get("other_refs"), path, "other_refs")),
        tuple(lower_tr(w) for w in lexicon.strings(d.get("refine_nouns"), path, "refine_nouns")),
        {compact_key(str(w)): str(n) for n, ws in (d.get("ordinals") or {}).items()
         for w in lexicon.strings(ws, path, f"ordinals.{n}")},
        _words_rx(lexicon.strings(d.get("trio_refs"), path, "trio_refs")),
        frozenset(compact_key(w) for w in lexicon.strings(d.get("naming_after"), path, "naming_after")),
        frozenset(tuple(t.key for t in tokens(w))
                  for w in lexicon.strings(d.get("naming_before"), path, "naming_before")),
        _words_rx(lexicon.strings(d.get("blocked"), path, "blocked") or ["(?!x)x-never"]),
        _words_rx(lexicon.strings(d.get("habitual"), path, "habitual") or ["(?!x)x-never"]),
        _historical(d.get("historical_states"), path),
        re.compile(r"(?:" + "|".join(flex(lower_tr(x)) for x in lexicon.strings(
            d.get("visit_before"), path, "visit_before")) + r")\s+(?:the\s+)?$" if d.get("visit_before")
            else r"(?!x)x"),
        re.compile(r"^\s*(?:" + "|".join(flex(lower_tr(x)) for x in lexicon.strings(
            d.get("visit_after"), path, "visit_after")) + r")" if d.get("visit_after") else r"(?!x)x"),
        frozenset(t.key for w in lexicon.strings(d.get("organization_heads"), path, "organization_heads")
                  for t in tokens(w)[:1]),
        str(d["numbered_series"]) if d.get("numbered_series") else None,
        frozenset(t.key for x in lexicon.strings(d.get("numbered_not_series"), path, "numbered_not_series")
                  for t in tokens(x)[:1]),
        frozenset(lower_tr(x) for x in lexicon.strings(d.get("not_verbs"), path, "not_verbs")),
        _documents_rx(lexicon.strings(d.get("document_nouns"), path, "document_nouns"),
                      lexicon.strings(d.get("document_nouns_en"), path, "document_nouns_en")),
        _words_rx(lexicon.strings(d.get("civilian_not"), path, "civilian_not") or ["(?!x)x-never"]),
        re.compile(r"(?<!\w)(?:" + alternation(lower_tr(x) for x in lexicon.strings(
            d.get("held_before"), path, "held_before")) + r")\s+(?:\w+\s+){0,2}$"
            if d.get("held_before") else r"(?!x)x"),
        frozenset(lexicon.strings(d.get("verbs_first"), path, "verbs_first")),
        _words_rx(lexicon.strings(d.get("phase_words"), path, "phase_words") or ["(?!x)x-never"]),
        tuple(lower_tr(x) for x in lexicon.strings(d.get("verbal_noun_endings"), path,
                                                   "verbal_noun_endings")),
    )


def _documents_rx(stems: list[str], whole: list[str]) -> re.Pattern[str]:
    alts = [rf"(?<!\w){flex(lower_tr(x))}(?!ler)\w*" for x in stems] + [   # "belgeler": many
        rf"(?<!\w){flex(lower_tr(x))}(?!\w)" for x in whole]
    return re.compile("|".join(alts) or r"(?!x)x")


def _historical(value: object, path: str) -> dict[str, int]:
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(isinstance(v, int) for v in value.values()):
        from defcoop.errors import DataError
        raise DataError(path, None, "historical_states must map a state id to its last year")
    return {str(k): int(v) for k, v in value.items()}


def _event_words(key: str) -> list[str]:
    """The strings of ``key`` in ``lexicon/events.yaml``."""
    return lexicon.strings(lexicon.load("events").get(key), lexicon.lexicon_path("events"), key)


@dataclass
class _CommonRx:
    plural: re.Pattern[str]
    groups: list[tuple[re.Pattern[str], dict[str, tuple[str, bool]], bool]]
    gapped: re.Pattern[str]
    gapped_kinds: dict[tuple[str, str], str]


def _alternation(entries: list[tuple[str, str, bool]], whole: bool) -> str:
    return alternation({w for w, _k, wh in entries if wh == whole})


@lru_cache(maxsize=1)
def _common_rx() -> _CommonRx:
    w = words()
    parts = []
    for whole in (True, False):
        alt = _alternation(w.plural, whole)
        if alt:
            parts.append(rf"(?<!\w)(?:{alt})" + (r"(?!\w)" if whole else ""))
    plural = re.compile("|".join(parts) or r"(?!x)x")
    groups = []
    for entries, is_verb in ((w.verbs, True), (w.nouns, False)):   # "teslim edildi" is a verb
        lookup: dict[str, tuple[str, bool]] = {}
        for word, kind, whole in entries:
            lookup.setdefault(" ".join(word.split()), (kind, whole))
        alts = []
        # "'da kabul etti" opens inside the word it is the suffix of ("Ankara'da kabul etti")
        plain = [e for e in entries if e[0][:1] not in _APOSTROPHES]
        marked = [e for e in entries if e[0][:1] in _APOSTROPHES]
        for part, before in ((plain, r"(?<!\w)"), (marked, r"(?<=\w)")):
            for whole in (True, False):
                alt = _alternation(part, whole)
                if alt:
                    alts.append(rf"{before}(?:{alt})" + (r"(?!\w)" if whole else ""))
        groups.append((re.compile("|".join(alts) or r"(?!x)x"), lookup, is_verb))
    # "exchanged small-arms and mortar fire": a verb whose last word comes one to three words on
    kinds = {(a, b): k for a, b, k in w.gapped}
    gapped = re.compile(
        rf"(?<!\w)({alternation(a for a, _ in kinds)})[ \t]+(?:[\w'’-]+,?[ \t]+){{1,3}}?"
        rf"({alternation(b for _, b in kinds)})(?!\w)" if kinds else r"(?!x)x")
    return _CommonRx(plural, groups, gapped, kinds)


@lru_cache(maxsize=TEXT_CACHE)
def mentions_many(text: str) -> bool:
    """Whether ``text`` speaks of events in the plural ("tatbikatlar", "exercises")."""
    return bool(_common_rx().plural.search(lower_tr(text)))


@lru_cache(maxsize=1)
def _plural_rx() -> list[tuple[str, re.Pattern[str]]]:
    by_kind: dict[str, list[str]] = {}
    for word, kind, whole in words().plural:
        by_kind.setdefault(kind, []).append(rf"(?<!\w){flex(word)}" + (r"(?!\w)" if whole else ""))
    return [(k, re.compile("|".join(v))) for k, v in by_kind.items()]


@lru_cache(maxsize=1)
def _noun_rx() -> list[tuple[str, re.Pattern[str]]]:
    return [(kind, re.compile(rf"(?<!\w){flex(noun)}" + (r"(?!\w)" if whole else "")))
            for noun, kind, whole in words().nouns]
