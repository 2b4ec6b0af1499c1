"""Event mentions and their kind, from the words in ``lexicon/events.yaml``.

Three sorts of mention are found:

- *named*: a proper name closed or opened by a title word of a kind — "Anadolu
  Yıldızı-2024 Tatbikatı", "Tiflis Beyannamesi", "Exercise Dragon Shield", "the Ankara
  Declaration", "Memorandum of Understanding on Defence Industry Cooperation", or a quoted or
  numbered name before a lower-case trigger ("“Atatürk-XII” ortak tatbikatı");
- *heading*: a lead-in "Name (date):" that opens the paragraph about one event;
- *common*: a singular noun or a verb of a kind ("tatbikat", "the exercise", "imzalandı",
  "delivered"), marked anaphoric when it refers back ("bu tatbikat", "Tatbikat, ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from defcoop.detect import lexicon
from defcoop.detect.casefold import lower_tr
from defcoop.detect.memo import Bounded
from defcoop.detect.dates import DateMention, parse_date
from defcoop.detect.spans import Token, alternation, flex, tokens
from defcoop.textnorm import compact_key, fold

# Sentence-level tests are memoized by the sentence's text in bounded caches (memory stays flat).
TEXT_CACHE = 20_000

_YEAR_RE = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_ROMAN_RE = re.compile(r"^[IVXLC]+$")
_QUOTES = "\"“”«»„‘’'"


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
    return re.compile(rf"(?<!\w)(?:{alternation(lower_tr(w) for w in words)})", re.U)


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


# ----------------------------------------------------------------------------- name keys

def name_key(name: str) -> tuple[str, str | None]:
    """(core, year) of a name, for deciding that two names are one event's.

    "KarDen Yıldızı-2024 Tatbikatı", "KARDEN Yıldızı 2024" and "Karden Yıldızı -2024" all give
    ("kardenyildizi", "2024").
    """
    w = words()
    years = _YEAR_RE.findall(name)
    year = years[-1] if years else None
    core_tokens = [t.key.replace(" ", "") for t in tokens(_YEAR_RE.sub(" ", name))]
    core_tokens = [w.ordinals.get(k, k) if i == 0 or k in w.ordinals and not k.isalpha()
                   else k for i, k in enumerate(core_tokens)]
    kept = [k for k in core_tokens if k not in w.name_noise]
    if not kept:
        kept = core_tokens
    return "".join(kept), year


@lru_cache(maxsize=TEXT_CACHE)
def is_generic_name(name: str) -> bool:
    """A "name" that names no one event: only title words, descriptors and a year ("The 2020
    War", "2020 War"), or a plural ("Joint Exercises")."""
    if mentions_many(name):
        return True
    w = words()
    titles = {k for table in (w.title_after, w.title_before) for key in table for k in key}
    rest = [t for t in tokens(_YEAR_RE.sub(" ", name))
            if t.key not in w.name_noise and t.key not in titles and t.key not in w.not_name_start
            and t.key.isalpha()]
    return not rest


def clean_name(name: str) -> str:
    name = " ".join(name.split())
    name = name.strip(_QUOTES + " ,;:")
    name = re.sub(r"\s+-\s*(?=\d)", "-", name) if re.search(r"\s-\d", name) else name
    return name


# ----------------------------------------------------------------------------- named

def _is_name_word(t: Token) -> bool:
    s = t.stem
    return bool(s) and (s[0].isupper() or s[0].isdecimal() or bool(_ROMAN_RE.match(s)))


def _gap(text: str, a: Token, b: Token) -> str:
    return text[a.end:b.start]


_GAP_IN_NAME = re.compile(r"^[\s\-–]*$")


def _letterhead_break(text: str, a: Token, b: Token) -> bool:
    """A line break from a word in capitals to a word that is not ("BASIN BÜLTENİ" over the
    headline "Türkiye ile ... Anlaşması"): a letterhead or a label, not part of the name."""
    return "\n" in _gap(text, a, b) and len(a.text) > 1 and a.text.isupper() \
        and not b.text.isupper()


def _name_before(text: str, toks: list[Token], i: int, w: _KindWords) -> tuple[int, int] | None:
    """Start and end offsets of a capitalized name ending right before token ``i``."""
    j = i - 1
    if j < 0 or toks[j].suffix:
        return None
    between = _gap(text, toks[j], toks[i])
    if between.strip() and between.strip() not in ("-", "–") and not all(c in _QUOTES + " \n" for c in between):
        return None
    first = None
    k = j
    while k >= 0 and i - k <= 20:
        t = toks[k]
        if _is_name_word(t) or (lower_tr(t.text) in w.connectors and first is not None):
            if k < j and not _GAP_IN_NAME.match(_gap(text, toks[k], toks[k + 1])) and not (
                    _ROMAN_RE.match(t.stem) and _gap(text, toks[k], toks[k + 1]).startswith(". ")
                    and len(_gap(text, toks[k], toks[k + 1]).strip()) == 1):
                break
            if k < j and t.suffix:
                break
            if k < j and _letterhead_break(text, t, toks[k + 1]):
                break
            if _is_name_word(t):
                first = k
            k -= 1
            continue
        break
    if first is None:
        return None
    while first <= j and (lower_tr(toks[first].text) in w.not_name_start
                          or toks[first].text.lower() in w.not_name_start):  # "In the X"
        first += 1
    if first > j:
        return None
    return toks[first].start, toks[j].end


# Words after "in the" that go on with a document's name ("on Cooperation in the Field of").
_FIELD_WORDS: Final = frozenset({"field", "fields", "area", "areas", "sphere", "domain"})


def _name_after(text: str, toks: list[Token], i: int, w: _KindWords) -> tuple[int, int] | None:
    """Start and end of a capitalized name starting at token ``i`` (after "Exercise")."""
    if i >= len(toks) or not _is_name_word(toks[i]):
        return None
    last = i
    k = i + 1
    while k < len(toks) and k - i < 10:
        if not _GAP_IN_NAME.match(_gap(text, toks[k - 1], toks[k])):
            break
        t = toks[k]
        if _is_name_word(t):
            last = k
        elif lower_tr(t.text) not in w.connectors and not (
                # "... on Cooperation in the Field of Military Education"
                lower_tr(t.text) == "in" and k + 2 < len(toks)
                and lower_tr(toks[k + 1].text) == "the"
                and lower_tr(toks[k + 2].text) in _FIELD_WORDS):   # not "... in the Strait of"
            break
        k += 1
    return toks[i].start, toks[last].end


def _quoted_start(text: str, name_start: int, name_end: int) -> int | None:
    """When a quotation closes right after ``name_end``, where it opened (before ``name_start``)."""
    if text[name_end:name_end + 1] not in "”\"»":
        return None
    before = text[max(0, name_start - 120):name_start]
    opener = max(before.rfind("“"), before.rfind('"'), before.rfind("«"))
    if opener < 0 or any(q in before[opener + 1:] for q in "”»"):
        return None
    return name_start - len(before) + opener + 1


def _quoted_before(text: str, toks: list[Token], span: tuple[int, int],
                   w: _KindWords) -> tuple[int, int] | None:
    """When the words before a title word are only descriptors ("Birleşik Müşterek", "Joint")
    and a quoted proper name stands right before them, the quoted name's offsets."""
    inside = [t for t in toks if span[0] <= t.start and t.end <= span[1]]
    if any(lower_tr(t.stem) not in w.modifiers for t in inside):
        return None
    before = text[:span[0]].rstrip()
    if not before or before[-1] not in "\"”»'’":
        return None
    close = len(before) - 1
    opener = max(before.rfind(q, max(0, close - 80), close) for q in "\"“«‘'")
    if opener < 0 or not text[opener + 1:close].strip() or "\n" in text[opener + 1:close]:
        return None
    inner = text[opener + 1:close]
    if not _strong(inner) or not inner.strip()[:1].isupper():
        return None
    return opener + 1, close


def _continues_name(text: str, toks: list[Token], k: int) -> bool:
    """True when token ``k`` goes on with a capitalized word on the same line."""
    if k >= len(toks) or toks[k - 1].suffix:
        return False
    gap = text[toks[k - 1].end:toks[k].start]
    return gap == " " and toks[k].text[:1].isupper() and not toks[k].text[:1].isdigit()


@lru_cache(maxsize=1)
def _first_keys() -> frozenset[str]:
    w = words()
    return frozenset(k[0] for table in (w.title_after, w.title_before, w.lower_after, w.lower_before)
                     for k in table if k)


def _match_seq(toks: list[Token], i: int, table: dict[tuple[str, ...], str]) -> tuple[int, str] | None:
    if toks[i].key not in _first_keys():
        return None
    for n in (3, 2, 1):
        if i + n <= len(toks):
            key = tuple(t.key for t in toks[i:i + n])
            if key in table:
                return n, table[key]
    return None


def _strong_tail(text: str, toks: list[Token], span: tuple[int, int], end: int) -> tuple[int, int] | None:
    """In a title-case headline, the part of a name that is surely a name: up to two words
    before its last numbered or capitalized token ("... Join Anatolian Eagle 2024 Exercise" ->
    "Anatolian Eagle 2024")."""
    inside = [k for k in range(end) if toks[k].start >= span[0] and toks[k].end <= span[1]]
    strong = [k for k in inside if _strong(toks[k].text)]
    if not strong:
        return None
    k = strong[-1]
    bare_year = bool(_YEAR_RE.fullmatch(toks[k].text))
    first = max(inside[0], k - 2) if bare_year else k
    while first > inside[0] and text[toks[first - 1].end:toks[first].start] in ("-", "–"):
        first -= 1  # "Turgutreis-VIII", "EFES-2024": one name in two tokens
    while first < k and not _is_name_word(toks[first]):
        first += 1
    return toks[first].start, span[1]


def _organization(toks: list[Token], span: tuple[int, int], w: _KindWords) -> bool:
    """Whether the name at ``span`` opens with a word that heads an organization's name
    ("Government of ...", "... Hükümeti" first)."""
    first = next((t for t in toks if t.start >= span[0]), None)
    return first is not None and first.start < span[1] and first.key in w.organization_heads


def _is_date(text: str) -> bool:
    """Whether ``text`` is a date rather than a name ("10-14 Nisan 2023", "May 2022")."""
    dm = parse_date(text)
    return dm is not None and not dm.weak and text[:1].isdigit() or (
        dm is not None and len(text.split()) <= 2 and not dm.weak)


def _strong(name: str) -> bool:
    """A name that cannot be an ordinary capitalized word: numbered, quoted, camel, capitals or
    joined by a particle of a Persian or Arabic name ("Fatehan-e Khaybar", "Saif al-Arab")."""
    return bool(re.search(r"\d|\b[IVX]+\b", name)) or any(
        len(p) > 2 and (p.isupper() or (p[0].isupper() and any(c.isupper() for c in p[1:])))
        for p in re.findall(r"\w+", name)) or bool(_particles().search(name))


@lru_cache(maxsize=1)
def _particles() -> re.Pattern[str]:
    """A name particle joined by a hyphen between two capitalized words (``name_particles``)."""
    alt = "|".join(re.escape(w) for w in _event_words("name_particles"))
    if not alt:
        return re.compile(r"(?!x)x")
    return re.compile(rf"[A-ZÇĞİÖŞÜ]\w*-(?:{alt})[ \t]+[A-ZÇĞİÖŞÜ]|(?<!\w)(?:{alt})-[A-ZÇĞİÖŞÜ]")


# "… of the Turkic States", "… of Turkic-Speaking States": the rest of a body's name after its
# title word.
_OF_NAME = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-ZÇĞİÖŞÜ][\w’'-]*(?:[ \t]+[A-ZÇĞİÖŞÜ][\w’'-]*){0,3}")


def find_named(text: str, toks: list[Token] | None = None) -> list[EventMention]:
    w = words()
    toks = toks if toks is not None else tokens(text)
    out: list[EventMention] = []
    i = 0
    first = _first_keys()
    long_words = [t for t in toks if len(t.stem) > 3 and not t.stem.isdigit()]
    # a headline in title case ("Turkish Troops Kick Off Joint Drills"): capitals say nothing
    last = text[toks[-1].end:toks[-1].end + 3].strip()[:1] if toks else ""
    title_case = len(long_words) >= 4 and last not in (".", "!", "?") and sum(
        1 for t in long_words if t.text[:1].isupper()) >= 0.85 * len(long_words)
    while i < len(toks):
        t = toks[i]
        if t.key not in first:
            i += 1
            continue
        hit = _match_seq(toks, i, w.title_after) if t.text[:1].isupper() and not (
            t.stem.isupper() and len(t.stem) > 1) else None
        if hit and not title_case and _continues_name(text, toks, i + hit[0]):
            hit = None  # "Tatbikat Alanı": the title word is part of another name
        if hit:
            n, kind = hit
            span = _name_before(text, toks, i, w)
            end = toks[i + n - 1].end
            m = re.match(r"^\s*-?\s*(1[89]\d\d|20\d\d)(?!\d)", text[end:end + 8])
            if m:
                end += m.end()
            elif kind == "institution":
                # "the Joint Military Training Centre of the Turkic States": a body's name goes on
                of = _OF_NAME.match(text, end)
                if of:
                    end = of.end()
            quoted_name = _quoted_before(text, toks, span, w) if span else None
            if quoted_name is not None:
                span = quoted_name   # '"X-2023" Birleşik Müşterek Tatbikatı': the quote is the name
                raw = text[span[0]:span[1]]
                out.append(EventMention(kind, "named", span[0], end, text[span[0]:end],
                                        name=clean_name(raw), trigger=(t.start, toks[i + n - 1].end)))
                i += n
                continue
            if span and title_case:
                q = _quoted_start(text, span[0], toks[i + n - 1].end)
                if q is None:
                    span = _strong_tail(text, toks, span, i)
            if span and _organization(toks, span, w):
                i += n   # "the Government of National Accord": an organization, no agreement
                continue
            if span:
                q = _quoted_start(text, span[0], toks[i + n - 1].end)
                if q is not None:
                    span = (q, span[1])
                raw = text[span[0]:end]
                name = clean_name(_strip_suffix_tail(raw))
                out.append(EventMention(kind, "named", span[0], end, text[span[0]:end],
                                        name=name if q is not None else short_name(name, kind),
                                        trigger=(t.start, toks[i + n - 1].end)))
                i += n
                continue
            if m:  # "Kış Tatbikatı 2022": a title word and a year after a single name word
                pass
        # not in capitals ("DND SIGNS CONTRACT FOR ADDITIONAL ATTACK HELICOPTERS"): a headline
        hit = _match_seq(toks, i, w.title_before) if t.text[:1].isupper() and not (
            t.stem.isupper() and len(t.stem) > 1) else None
        if hit:
            n, kind = hit
            k = i + n
            while k < len(toks) and lower_tr(toks[k].text) in ("on", "of", "for", "between", "the"):
                k += 1
            span = _name_after(text, toks, k, w) if k < len(toks) else None
            if span and title_case and not _strong(text[span[0]:span[1]]):
                span = None
            if span and (k > i + n or kind == "exercise" or _strong(text[span[0]:span[1]])):
                out.append(EventMention(kind, "named", t.start, span[1], text[t.start:span[1]],
                                        name=short_name(clean_name(text[t.start:span[1]]), kind),
                                        trigger=(t.start, toks[i + n - 1].end)))
                i = k + 1
                continue
        hit = _match_seq(toks, i, w.lower_after)
        if hit and not t.text[:1].isupper():
            n, kind = hit
            j = i
            while j > 0 and lower_tr(toks[j - 1].text) in w.modifiers:
                j -= 1
            span = _name_before(text, toks, j, w) if j > 0 else None
            if span and _is_date(text[span[0]:span[1]]):
                span = None   # "Iran's October 2021 exercise": a date, no name
            if span:
                raw = text[span[0]:span[1]]
                after = text[span[1]:span[1] + 1]
                before = text[span[0] - 1:span[0]] if span[0] > 0 else ""
                quoted = bool(after and after in _QUOTES) or bool(before and before in _QUOTES)
                if quoted or _strong(raw):
                    out.append(EventMention(kind, "named", span[0], toks[i + n - 1].end,
                                            text[span[0]:toks[i + n - 1].end],
                                            name=clean_name(_strip_suffix_tail(raw)),
                                            trigger=(t.start, toks[i + n - 1].end)))
                    i += n
                    continue
        hit = _match_seq(toks, i, w.lower_before)
        if hit and not t.text[:1].isupper():
            n, kind = hit
            k = i + n
            span = _name_after(text, toks, k, w) if k < len(toks) else None
            if span and _is_date(text[span[0]:span[1]]):
                span = None   # "ortak tatbikatı 10-14 Nisan 2023 tarihlerinde": a date, no name
            if span and "," in text[toks[k - 1].end:span[0]]:
                span = None   # "during the two-week exercise, ISPR said": who said it
            if span and _strong(text[span[0]:span[1]]) and not toks[k].suffix:
                out.append(EventMention(kind, "named", span[0], span[1], text[span[0]:span[1]],
                                        name=clean_name(_strip_suffix_tail(text[span[0]:span[1]])),
                                        trigger=(t.start, toks[i + n - 1].end)))
                i = k + 1
                continue
        i += 1
    out.extend(_naming(text, toks, out))
    out.extend(_numbered_series(text, toks, out))
    out.sort(key=lambda m: m.start)
    needs = _title_needs_year()
    eras = _eras()
    return [m for m in out if (lower_tr(text[m.trigger[0]:m.trigger[1]]) not in needs
                               or _YEAR_RE.search(m.name or "")) and lower_tr(m.name or "") not in eras]


def _numbered_series(text: str, toks: list[Token], found: list[EventMention]) -> list[EventMention]:
    """A name of a numbered series with its year and no title word: "Atatürk-XII 2024 ise ...",
    "Birlik-II 2025'te" (kind from ``numbered_series``)."""
    kind = words().numbered_series
    if not kind:
        return []
    out: list[EventMention] = []
    w = words()
    for k in range(1, len(toks) - 1):
        t = toks[k]
        if text[toks[k - 1].end:t.start] not in ("-", "–") or not _ROMAN_RE.match(t.text):
            continue
        year = toks[k + 1]
        if not _YEAR_RE.fullmatch(year.stem) or not re.fullmatch(r"\s*-?\s*", text[t.end:year.start]):
            continue
        first = k - 1
        if (not _is_name_word(toks[first]) or toks[first].suffix or not toks[first].text[:1].isupper()
                or toks[first].key in w.numbered_not_series):
            continue   # "Block-III 2024": a version, no event
        while (first > 0 and k - first < 3 and text[toks[first - 1].end:toks[first].start] == " "
               and toks[first - 1].text[:1].isupper() and not toks[first - 1].suffix
               and not _event_word(toks[first - 1].key)):
            first -= 1
        while first < k - 1 and (lower_tr(toks[first].text) in w.not_name_start
                                 or toks[first].text.lower() in w.not_name_start):
            first += 1
        start, end = toks[first].start, year.start + len(year.stem)
        if any(m.start < end and start < m.end for m in found):
            continue   # already named ("Atatürk-XII 2024 Tatbikatı", "World War-II")
        out.append(EventMention(kind, "named", start, end, text[start:end],
                                name=clean_name(text[start:end]), trigger=(t.start, t.end)))
    return out


def _event_word(key: str) -> bool:
    """Whether a word is (an inflection of) an event noun ("Tatbikata", "Toplantıda")."""
    return any(key.startswith(fold(noun)) for noun, _kind, _whole in words().nouns)


def _naming(text: str, toks: list[Token], found: list[EventMention]) -> list[EventMention]:
    """Names given by a naming word: "an exercise, named Indus Falcon 2024", "Kartal adlı
    tatbikat"."""
    w = words()
    out: list[EventMention] = []
    covered = [(m.start, m.end) for m in found]
    for i, t in enumerate(toks):
        if any(a <= t.start < b for a, b in covered):
            continue
        if t.key.replace(" ", "") in w.naming_after and not t.text[:1].isupper():
            kind = None
            for j in range(max(0, i - 3), i):
                hit = _match_seq(toks, j, w.lower_after) or _match_seq(toks, j, w.lower_before)
                if hit:
                    kind = hit[1]
            span = _name_after(text, toks, i + 1, w) if kind and i + 1 < len(toks) else None
            if kind and span:
                raw = text[span[0]:span[1]]
                out.append(EventMention(kind, "named", span[0], span[1], raw,
                                        name=clean_name(_strip_suffix_tail(raw)), trigger=(t.start, t.end)))
            continue
        for n in (3, 2, 1):
            if tuple(x.key for x in toks[i:i + n]) in w.naming_before and i + n < len(toks):
                kind_hit = None
                for j in range(i + n, min(len(toks), i + n + 3)):
                    k_ = kind_of_name(toks[j].text)
                    if k_ is not None:
                        kind_hit = (1, k_)
                        break
                span = _name_before(text, toks, i, w) if kind_hit else None
                if kind_hit and span:
                    raw = text[span[0]:span[1]]
                    out.append(EventMention(kind_hit[1], "named", span[0], toks[i + n - 1].end, raw,
                                            name=clean_name(raw), trigger=(t.start, t.end)))
                break
    return out


def short_name(name: str, kind: str) -> str:
    """An exercise's name without its title word and modifiers when what is left is a proper
    name on its own: "Exercise Nasr 2024" -> "Nasr 2024", "Atatürk-XII 2024 Ortak Özel
    Kuvvetler Tatbikatı" -> "Atatürk-XII 2024"; "Kış Tatbikatı 2022" stays."""
    if kind != "exercise":
        return name
    w = words()
    toks = tokens(name)
    keep = [t for t in toks if (t.key,) not in w.title_after and (t.key,) not in w.title_before
            and lower_tr(t.stem) not in w.modifiers]
    if len(keep) == len(toks) or not keep:
        return name
    first = toks.index(keep[0])
    if (first == 1 and toks[0].text in _name_heads() and toks[0].end + 1 == toks[1].start
            and _POSSESSED.search(toks[1].stem)):
        first = 0   # "Deniz Kurdu-2025": the branch word opens a compound name ("Ortak Hava X" does not)
    core = name[toks[first].start:keep[-1].end]
    if not _strong(core) or len(core.split()) < 1:
        return name
    # keep only a contiguous run: modifiers in the middle mean the words belong together
    if any(t not in keep for t in toks if keep[0].start <= t.start <= keep[-1].start):
        return name
    return core


def _event_words(key: str) -> list[str]:
    """The strings of ``key`` in ``lexicon/events.yaml``."""
    return lexicon.strings(lexicon.load("events").get(key), lexicon.lexicon_path("events"), key)


@lru_cache(maxsize=1)
def _eras() -> frozenset[str]:
    return frozenset(lower_tr(w) for w in _event_words("eras"))


@lru_cache(maxsize=1)
def _title_needs_year() -> frozenset[str]:
    return frozenset(lower_tr(w) for w in _event_words("title_needs_year"))


@lru_cache(maxsize=1)
def _border_rx() -> re.Pattern[str]:
    return _words_rx(_event_words("border_words") or ["(?!x)x-never"])


def tells_of_border(text: str) -> bool:
    """Whether ``text`` speaks of a border between states (``border_words``)."""
    return _border_rx().search(lower_tr(text)) is not None


# The possessive ending of the second word of a Turkish compound ("Kurdu", "Kalkanı", "Yıldızı").
_POSSESSED = re.compile(r"(?:[ıiuü]|s[ıiuü])(?:[-–]?\d{2,4})?$")


@lru_cache(maxsize=1)
def _name_heads() -> frozenset[str]:
    return frozenset(_event_words("name_heads"))


def _strip_suffix_tail(name: str) -> str:
    """Drop an apostrophe suffix on the last word: "Tiflis Beyannamesi’nin" -> "Tiflis Beyannamesi"."""
    return re.sub(r"[’'][^\s’']*$", "", name.strip())


# ----------------------------------------------------------------------------- headings

_HEADING_RE = re.compile(r"^(?P<name>[^\s(][^()\n:;]{1,160}?)\s*\((?P<date>[^()]{3,60})\)\s*:")


def find_heading(text: str, offset: int = 0) -> EventMention | None:
    """A lead-in "Name (date):" at the start of ``text`` (a sentence)."""
    m = _HEADING_RE.match(text)
    if not m or not m.group("name")[:1].isupper():
        return None
    dm = parse_date(m.group("date"))
    if dm is None or dm.weak:
        return None
    name = clean_name(m.group("name"))
    if len(name.split()) > 14 or mentions_many(name) or (dm.role == "range" and dm.precision == "year"):
        return None   # a study's title over its period: "X'NİN TATBİKATLARA KATILIMI (2018-2024):"
    kind = kind_of_name(name) or ""
    dm.begin += offset + m.start("date")
    dm.stop += offset + m.start("date")
    return EventMention(kind, "heading", offset, offset + m.end(), text[:m.end()], name=name, date=dm)


def kind_of_name(name: str) -> str | None:
    """The kind a name's own title word gives ("... Tatbikatı" -> exercise), if any."""
    w = words()
    toks = tokens(name)
    for i in range(len(toks)):
        for table in (w.title_after, w.title_before):
            hit = _match_seq(toks, i, table)
            if hit:
                return hit[1]
    low = lower_tr(name)
    for kind, rx in _noun_rx():
        if rx.search(low):
            return kind
    return None


def _section_kind_uncached(heading: str) -> str:
    f = fold(heading)
    for word, kind in words().section_kinds:
        if word in f:
            return kind
    return ""


_SECTION_KIND_MEMO: Final[Bounded[str, str]] = Bounded()


def section_kind(heading: str) -> str | None:
    """The kind a section heading announces ("Askeri Tatbikatlar" -> exercise); memoized by its
    text."""
    return _SECTION_KIND_MEMO.cached(heading, _section_kind_uncached) or None


# ----------------------------------------------------------------------------- common nouns/verbs

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
        for whole in (True, False):
            alt = _alternation(entries, whole)
            if alt:
                alts.append(rf"(?<!\w)(?:{alt})" + (r"(?!\w)" if whole else ""))
        groups.append((re.compile("|".join(alts) or r"(?!x)x"), lookup, is_verb))
    # "exchanged small-arms and mortar fire": a verb whose last word comes one to three words on
    kinds = {(a, b): k for a, b, k in w.gapped}
    gapped = re.compile(
        rf"(?<!\w)({alternation(a for a, _ in kinds)})[ \t]+(?:[\w'’-]+,?[ \t]+){{1,3}}?"
        rf"({alternation(b for _, b in kinds)})(?!\w)" if kinds else r"(?!x)x")
    return _CommonRx(plural, groups, gapped, kinds)


def find_common(text: str) -> list[EventMention]:
    """Singular nouns and verbs of each kind; plurals are generic and skipped."""
    w = words()
    rx = _common_rx()
    low = lower_tr(text)
    out: list[EventMention] = []
    taken = {m.start() for m in rx.plural.finditer(low)}
    blocked = _blocked(w.blocked, low)
    for pattern, lookup, is_verb in rx.groups:
        for m in pattern.finditer(low):
            if m.start() in taken or any(a <= m.start() < b for a, b in blocked):
                continue
            hit = lookup.get(" ".join(m.group(0).split()))
            if hit is None:
                continue
            kind, whole = hit
            end = m.end()
            while not whole and end < len(low) and (low[end].isalnum() or low[end] in "'’"):
                end += 1
            if is_verb and low[m.start():end] in w.not_verbs:
                continue   # "kurum ve kuruluşları": a noun that opens like "kurul-"
            if is_verb and not whole and low.startswith(_negative_endings(), m.end(), end):
                continue   # "yeni bir belge imzalanmamış": not signed
            before_word = low[max(0, m.start() - 16):m.start()].split()[-1:]
            if is_verb and before_word and (before_word[0] in _noun_before_verb()
                                            or before_word[0].endswith(("'s", "’s"))):
                continue   # "the clearest sign yet", "the industry's exports": nouns
            if is_verb and any(0 < a - end <= 2 and not low[end:a].strip() for a, _ in blocked):
                continue   # "Bakanlıkta düzenlenen haftalık basın bilgilendirme toplantısında"
            prev = low[max(0, m.start() - 40):m.start()].split()
            while prev and prev[-1] in w.modifiers:
                prev.pop()
            other = bool(prev and (prev[-1] in w.other_refs or " ".join(prev[-2:]) in w.other_refs)
                         ) or _other_edition().search(low, max(0, m.start() - 60), m.start()) is not None
            anaphoric = bool(prev and (prev[-1] in w.anaphora or " ".join(prev[-2:]) in w.anaphora))
            if not is_verb and text[m.start()].isupper():
                before = text[max(0, m.start() - 12):m.start()].rstrip()
                if not before or before[-1] in ".:;!?\n" or (m.start() < 12 and not before.strip()):
                    anaphoric = True  # "Tatbikat, ..." opening a sentence
            out.append(EventMention(kind, "common", m.start(), end, text[m.start():end],
                                    anaphoric=anaphoric, verb=is_verb, other=other))
            taken.add(m.start())
    for g in rx.gapped.finditer(low):
        gapped = rx.gapped_kinds.get((g.group(1), g.group(2)))
        if gapped is None or any(a <= g.start() < b for a, b in blocked):
            continue
        if g.start() in taken:
            # "opened unprovoked fire": the longer verb, not "opened" alone
            if not any(x.start == g.start() and x.verb and x.end < g.end() for x in out):
                continue
            out = [x for x in out if x.start != g.start()]
        out.append(EventMention(gapped, "common", g.start(), g.end(), text[g.start():g.end()],
                                verb=True))
        taken.add(g.start())
    if any(m.verb and m.kind == "agreement" for m in out):
        out.extend(_signed_documents(text, low, taken))
    out.sort(key=lambda e: e.start)
    _background(low, out)
    # "search and rescue drill", "arama kurtarma tatbikatı": the activity names the exercise
    out = [m for i, m in enumerate(out) if not (
        m.kind == "other" and not m.verb and i + 1 < len(out) and not out[i + 1].verb
        and out[i + 1].kind != "other" and not low[m.end:out[i + 1].start].strip())]
    out = [m for m in out if m.verb or not _topic(low, m)]
    _light_verbs(low, out)
    if any(m.kind == "other" and not m.verb for m in out):
        _verbs_become(out, "deployment", "other")   # "gönderilen arama kurtarma ekipleri"
    _ship_visits(text, low, out)
    if _listed_rx("batch_words").search(low) and has_object("arms_transfer", text):
        _verbs_become(out, "deployment", "arms_transfer")   # "obüslerin ilk partisi ... ulaşmış"
    if _listed_rx("rescue_words").search(low):   # people rescued are handed over, not arms
        out = [m for m in out if not (m.verb and m.kind == "arms_transfer")]
    out = _received_officials(text, low, out)
    return _framing(text, out)


@lru_cache(maxsize=1)
def _counterpart_rx() -> re.Pattern[str]:
    alt = "|".join(re.escape(lower_tr(w)) for w in _event_words("counterpart_words")) or "(?!x)x"
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)")


def names_counterpart(text: str) -> bool:
    """Whether ``text`` speaks of someone's counterpart ("met his Turkish counterpart")."""
    return _counterpart_rx().search(lower_tr(text)) is not None


@lru_cache(maxsize=1)
def _receive_rx() -> re.Pattern[str]:
    alt = "|".join(re.escape(w) for w in _event_words("receive_verbs")) or "(?!x)x"
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)")


def _received_officials(text: str, low: str, found: list[EventMention]) -> list[EventMention]:
    """"X received Y, Minister of ...": a verb of receiving with an official within the words
    after it (and no arms) tells of a meeting."""
    rx = _receive_rx()
    if rx.search(low) is None:
        return found
    w = words()
    officials, arms = w.objects.get("meeting"), w.objects.get("arms_transfer")
    if officials is None:
        return found
    for m in rx.finditer(low):
        window = low[m.end():m.end() + RECEIVED_WINDOW]
        if officials.search(window) is None or (arms is not None and arms.search(window)):
            continue
        if any(x.kind == "meeting" and x.start == m.start() for x in found):
            continue
        found = [x for x in found if not (x.verb and x.start == m.start())]
        found.append(EventMention("meeting", "common", m.start(), m.end(), text[m.start():m.end()],
                                  verb=True))
        found.sort(key=lambda e: e.start)
    return found


# Characters after a verb of receiving in which the official received is named.
RECEIVED_WINDOW = 60


@lru_cache(maxsize=1)
def _light_stems() -> tuple[str, ...]:
    return tuple(lower_tr(x) for x in _event_words("light_verbs"))


@lru_cache(maxsize=16)
def _listed_rx(key: str) -> re.Pattern[str]:
    """The words of ``key`` in ``lexicon/events.yaml`` at a word's start, any suffix after."""
    return _words_rx(_event_words(key) or ["(?!x)x-never"])


def _verbs_become(found: list[EventMention], kind: str, other: str) -> None:
    """The verbs of ``kind`` in ``found`` report an event of kind ``other``."""
    for m in found:
        if m.verb and m.kind == kind:
            m.kind = other


@lru_cache(maxsize=1)
def _topic_rx() -> tuple[re.Pattern[str], re.Pattern[str]]:
    after = alternation(lower_tr(w) for w in _event_words("topic_after"))
    before = alternation(lower_tr(w) for w in _event_words("topic_before"))
    # only the other items of a list between the noun and the topic word ("tatbikat ve savunma
    # sanayii alanlarındaki"): each one or two words after a comma or "ve"
    item = r"(?:\s*,\s*|\s+(?:ve|ile|and|or|veya)\s+)\w+(?:[ \t]+\w+)?"
    return (re.compile(rf"(?:{item})*\s+(?:{after})(?!\w)" if after else r"(?!x)x"),
            re.compile(rf"(?<!\w)(?:{before})\s+(?:\w+(?:[ \t]+\w+)?(?:{item})*?)?"
                       rf"\s*(?:,\s*|\s+(?:and|or)\s+)?$" if before else r"(?!x)x"))


def _topic(low: str, m: EventMention) -> bool:
    """Whether noun ``m`` is listed as a field of cooperation (``topic_after``/``topic_before``)."""
    after, before = _topic_rx()
    return bool(after.match(low, m.end) or before.search(low, max(0, m.start - 90), m.start))


@lru_cache(maxsize=1)
def _visit_nouns() -> tuple[str, ...]:
    return tuple(lower_tr(w) for w in _event_words("visit_nouns"))


def _ship_visits(text: str, low: str, found: list[EventMention]) -> None:
    """A ship's visit with no official in the sentence is a port visit (``ship_words``)."""
    hits = [m for m in found if m.kind == "meeting"   # "Pakistan Navy Ship SAIF visited ..."
            and low[m.start:m.end].startswith(_visit_nouns())]
    if hits and _listed_rx("ship_words").search(low) and not has_object("meeting", text):
        for m in hits:
            m.kind = "deployment"


def _light_verbs(low: str, found: list[EventMention]) -> None:
    """A light verb right after an event noun of another kind is that noun's ("Karaçi
    Limanı'na liman ziyareti gerçekleştirdi": a port visit made)."""
    stems = _light_stems()
    for prev, m in zip(found, found[1:]):
        if (m.verb and not prev.verb and prev.kind != m.kind and not low[prev.end:m.start].strip()
                and low[m.start:m.end].startswith(stems)
                and not low[prev.start:prev.end].endswith(("de", "da", "te", "ta"))):
            m.kind = prev.kind   # not "eğitim merkezinde icra edilen tatbikata": where it was
    # "formally launched a joint venture": an English light verb right before an article and a
    # noun of another kind is that noun's
    before = _light_before()
    modifiers = words().modifiers
    for m, nxt in zip(found, found[1:]):
        if (m.verb and not nxt.verb and nxt.kind != m.kind and low[m.start:m.end] in before
                and all(x in ("a", "an", "the") or x in modifiers
                        for x in low[m.end:nxt.start].split())):
            m.kind = nxt.kind   # also "officers opened the joint exercise": the exercise's
    # "... teslimatı, cuma günü ... düzenlenen törenle gerçekleştirildi": with nouns of one other
    # kind only before it, the light verb is theirs
    for i, m in enumerate(found):
        if m.verb and low[m.start:m.end].startswith(stems):
            kinds = {x.kind for x in found[:i] if not x.verb and not x.anaphoric}
            if len(kinds) == 1 and m.kind not in kinds and not any(
                    x.kind == m.kind and not x.verb for x in found):
                m.kind = kinds.pop()


@lru_cache(maxsize=1)
def _background_rx() -> tuple[re.Pattern[str], re.Pattern[str]]:
    after = alternation(lower_tr(w) for w in _event_words("background_after"))
    before = alternation(lower_tr(w) for w in _event_words("background_before"))
    not_a_date = r"(?![ \t]+(?:this|that|today|in|on|last|the|yesterday)\b)"
    return (re.compile(rf"[ \t]+(?:{after})(?!\w){not_a_date}" if after else r"(?!x)x"),
            re.compile(rf"(?<!\w)(?:{before})[ \t]+$" if before else r"(?!x)x"))


# "No" right before an event noun, and how far after it its verb may be ("No contract on the
# acquisition of new systems was signed").
_NO_BEFORE = re.compile(r"(?<!\w)no[ \t]+$")
NEGATED_VERB_GAP = 60

# Characters between a verb told as background and its noun ("the declaration signed earlier").
BACKGROUND_NOUN_GAP = 40


def _background(low: str, found: list[EventMention]) -> None:
    """A verb told as background ("the strategic partnership declaration signed earlier by the
    heads of state", "daha önce imzalanan anlaşma") and the noun it qualifies tell of an event
    before the story's, without a date: another event than those the sentence reports."""
    after, before = _background_rx()
    for n in found:
        if not n.verb and _NO_BEFORE.search(low, max(0, n.start - 4), n.start):
            # "No contract on the acquisition of new systems was signed": nothing was
            n.other = n.framing = True
            for v in found:
                if v.verb and 0 <= v.start - n.end <= NEGATED_VERB_GAP:
                    v.other = v.framing = True
    for m in found:
        if not m.verb or not (after.match(low, m.end)
                              or before.search(low, max(0, m.start - 24), m.start)):
            continue
        # other, so reported by nothing; framing, so the places after it are the sentence's
        m.other = m.framing = True
        for n in found:
            if not n.verb and (0 <= m.start - n.end <= BACKGROUND_NOUN_GAP
                               or 0 <= n.start - m.end <= BACKGROUND_NOUN_GAP):
                n.other = n.framing = True


@lru_cache(maxsize=1)
def _negative_endings() -> tuple[str, ...]:
    return tuple(lower_tr(x) for x in _event_words("negative_endings"))


@lru_cache(maxsize=1)
def _light_before() -> frozenset[str]:
    return frozenset(lower_tr(x) for x in _event_words("light_verbs_before"))


@lru_cache(maxsize=1)
def _noun_before_verb() -> frozenset[str]:
    return frozenset(lower_tr(x) for x in _event_words("noun_before_verb"))


def _blocked(rx: re.Pattern[str], low: str) -> list[tuple[int, int]]:
    """Every range a blocked phrase covers, overlapping ones too ("haftalık basın" and "basın
    bilgilendirme toplantı" in "haftalık basın bilgilendirme toplantısında")."""
    out: list[tuple[int, int]] = []
    m = rx.search(low)
    while m is not None:
        out.append((m.start(), m.end()))
        m = rx.search(low, m.start() + 1)
    return out


def _signed_documents(text: str, low: str, taken: set[int]) -> list[EventMention]:
    """"The document", "belge" in a sentence that signs something: the agreement told of."""
    w = words()
    out = []
    for m in w.documents.finditer(low):
        if m.start() in taken:
            continue
        prev = low[max(0, m.start() - 40):m.start()].split()
        anaphoric = bool(prev and (prev[-1] in w.anaphora or " ".join(prev[-2:]) in w.anaphora)) or (
            text[m.start()].isupper() and (not text[:m.start()].strip()
                                           or text[:m.start()].rstrip()[-1] in ".:;!?\n"))
        out.append(EventMention("agreement", "common", m.start(), m.end(), text[m.start():m.end()],
                                anaphoric=anaphoric))
    return out


# Turkish locative endings of a meeting noun ("görüşmede", "toplantıda").
_LOCATIVE_ENDINGS: Final = ("mede", "mada", "tıda", "tide", "ıda", "ide")


def _framing(text: str, found: list[EventMention]) -> list[EventMention]:
    """An event noun that only sets the time of what the sentence tells ("During the talks, the
    sides noted the exercise held last October", "görüşme sırasında") reports no event of its
    own when the sentence tells of an event of another kind, unless something was signed or
    adopted in it (an agreement signed during a visit). "During the meeting, regional security
    was discussed" is about the meeting."""
    if len(found) < 2:
        return found
    signed = any(m.verb and m.kind in ("agreement", "declaration") for m in found)
    rx_after = _time_ref_rx()[0]
    out = []
    for m in found:
        # a Turkish noun is definite without a word for "the": "tatbikat öncesinde"
        postposed = rx_after.match(lower_tr(text[m.end:m.end + 40])) is not None
        # "Bakanlar, görüşmede geçen ay ... yürüttüğü arama-kurtarma çalışmalarını da
        # değerlendirdi": the meeting in the locative is where the other event was talked of
        at_meeting = (m.kind == "meeting" and not m.verb and not m.anaphoric
                      and lower_tr(m.text).endswith(_LOCATIVE_ENDINGS)
                      and not held_before(text, m.start))   # not "... yaptığı görüşmede"
        if (not m.verb and (m.anaphoric or postposed or at_meeting) and not signed
                and any(x.kind != m.kind for x in found)
                and (at_meeting or is_time_reference(text[:m.start], text[m.end:]))):
            # "Tatbikat öncesinde": only the time of what is told, even opening the sentence
            # "During the visit, the corvette ... held a joint exercise off Mogadishu": the phrase
            # that opens the sentence only frames it, what follows is the sentence's own
            opening = text[m.end:m.end + 1] == "," and "," not in text[:m.start]
            m = EventMention(m.kind, m.sort, m.start, m.end, m.text, m.name, m.anaphoric, m.verb,
                             m.date, m.trigger, other=True,
                             framing=postposed or not m.anaphoric or opening)
        out.append(m)
    return out


def _is_civilian_uncached(text: str) -> bool:
    """Whether ``text`` is about sports, trade, energy, culture or the weather more than about
    defense ("ministers met to discuss security and defence and the protection of energy
    corridors" is not civilian)."""
    low = lower_tr(text)
    w = words()
    kept = [(m.start(), m.end()) for m in w.civilian_not.finditer(low)]
    civ = sum(1 for m in w.civilian.finditer(low)
              if not any(a <= m.start() and m.end() <= b for a, b in kept))
    return civ > 0 and civ >= len(w.defense.findall(low))


_IS_CIVILIAN_MEMO: Final[Bounded[str, bool]] = Bounded()


def is_civilian(text: str) -> bool:
    """Memoized by its text (see ``_is_civilian_uncached``)."""
    return _IS_CIVILIAN_MEMO.cached(text, _is_civilian_uncached)


@lru_cache(maxsize=TEXT_CACHE)
def mentions_many(text: str) -> bool:
    """Whether ``text`` speaks of events in the plural ("tatbikatlar", "exercises")."""
    return bool(_common_rx().plural.search(lower_tr(text)))


@lru_cache(maxsize=TEXT_CACHE)
def plural_kinds(text: str) -> frozenset[str]:
    """Kinds of the plural event nouns in ``text`` ("joint exercises" -> exercise)."""
    low = lower_tr(text)
    return frozenset(kind for kind, rx in _plural_rx() if rx.search(low))


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


@lru_cache(maxsize=TEXT_CACHE)
def takes_part(text: str) -> bool:
    """Whether ``text`` says that someone took part ("katıldı", "took part", "involved")."""
    return bool(words().participation.search(lower_tr(text)))


def _names_pair_uncached(text: str) -> int:
    """How many unnamed parties ``text`` speaks of: 2 for "the two countries", 3 for "the three
    countries", 0 for none."""
    low = lower_tr(text)
    if words().trio_refs.search(low):
        return 3
    return 2 if words().pair_refs.search(low) else 0


_NAMES_PAIR_MEMO: Final[Bounded[str, int]] = Bounded()


def names_pair(text: str) -> int:
    """Memoized by its text (see ``_names_pair_uncached``)."""
    return _NAMES_PAIR_MEMO.cached(text, _names_pair_uncached)


_VERBAL: Final[Bounded[str, bool]] = Bounded()
_PHASE: Final[Bounded[str, bool]] = Bounded()
_HELD: Final[Bounded[tuple[str, int], bool]] = Bounded()


def is_verbal_noun(word: str) -> bool:
    """Whether a verb's word is a Turkish verbal noun ("konuşlandırılmasını", "teslim
    edilmesi"): it names the act as a thing, it does not report it."""
    hit = _VERBAL.get(word)
    if hit is None:
        low = lower_tr(word)
        hit = _VERBAL.put(word, any(low.endswith(e) for e in words().verbal_nouns))
    return hit


@lru_cache(maxsize=1)
def _other_edition() -> re.Pattern[str]:
    """"the next edition of the exercise": another edition than the one told of
    (``other_refs`` and ``edition_nouns``)."""
    refs = "|".join(re.escape(lower_tr(x)) for x in _event_words("other_refs"))
    nouns = "|".join(re.escape(lower_tr(x)) for x in _event_words("edition_nouns"))
    if not refs or not nouns:
        return re.compile(r"(?!x)x")
    return re.compile(rf"(?<!\w)(?:{refs})\s+(?:{nouns})\s+of(?:\s+the)?\s+$")


@lru_cache(maxsize=1)
def _intent_rx() -> re.Pattern[str]:
    alt = "|".join(re.escape(w) for w in sorted(_event_words("intent_before"), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alt})\s+$", re.I) if alt else re.compile(r"(?!x)x")


@lru_cache(maxsize=1)
def _implements_rx() -> re.Pattern[str]:
    alt = "|".join(re.escape(lower_tr(w)) for w in sorted(_event_words("implements_between"),
                                                           key=len, reverse=True))
    return re.compile(rf"^\S*\s+(?:{alt})\s+$") if alt else re.compile(r"(?!x)x")


@lru_cache(maxsize=1)
def _after_meeting_rx() -> tuple[re.Pattern[str], re.Pattern[str]]:
    def alt(key: str) -> str:
        return "|".join(re.escape(lower_tr(w)) for w in sorted(_event_words(key), key=len,
                                                               reverse=True)) or "(?!x)x"
    return (re.compile(rf"(?<!\w)(?:{alt('after_meeting_before')})\s+$"),
            re.compile(rf"^\w*\s+(?:{alt('after_meeting_after')})(?!\w)"))


def signed_after(text: str, start: int, end: int) -> bool:
    """Whether the meeting noun at ``start:end`` is one a signing followed ("after talks",
    "görüşmelerin ardından"): the meeting took place."""
    before, after = _after_meeting_rx()
    return bool(before.search(lower_tr(text[max(0, start - 20):start]))
                or after.match(lower_tr(text[end:end + 30])))


@lru_cache(maxsize=1)
def _nouns_need_verb() -> tuple[str, ...]:
    return tuple(lower_tr(x) for x in _event_words("nouns_need_verb"))


def needs_own_verb(noun: str) -> bool:
    """Whether an event noun ("eğitim merkezi") starts an event only with a verb of its kind."""
    return lower_tr(noun).startswith(_nouns_need_verb())


@lru_cache(maxsize=1)
def _provision_rx() -> re.Pattern[str]:
    alt = "|".join(re.escape(w) for w in sorted(_event_words("provision_openers"), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)", re.I) if alt else re.compile(r"(?!x)x")


@lru_cache(maxsize=1)
def _scope_rx() -> re.Pattern[str]:
    alt = alternation(lower_tr(w) for w in _event_words("scope_after"))
    return re.compile(rf"(?:[’']\w+)?\s+(?:{alt})(?!\w)") if alt else re.compile(r"(?!x)x")


def frames(text: str, end: int) -> bool:
    """Whether the named event ending at ``end`` is only the frame of what follows it
    ("... Harekâtı kapsamında", "... Tatbikatı çerçevesinde")."""
    return _scope_rx().match(lower_tr(text), end) is not None


@lru_cache(maxsize=1)
def _ceremony_rx() -> re.Pattern[str]:
    alt = alternation(_event_words("ceremony_openers"))
    return re.compile(rf"(?:{alt})(?!\w)" if alt else r"(?!x)x")


def opens_with_ceremony(text: str) -> bool:
    """Whether ``text`` opens with the ceremony of what was just told ("Törene ... katıldı",
    "The ceremony was attended by ...", ``ceremony_openers``)."""
    return _ceremony_rx().match(text.lstrip()) is not None


@lru_cache(maxsize=1)
def _separate_rx() -> re.Pattern[str]:
    alt = alternation(_event_words("separate_openers"))
    return re.compile(rf"(?:{alt})(?!\w)" if alt else r"(?!x)x", re.I)


def opens_separately(text: str) -> bool:
    """Whether ``text`` opens by turning to another matter ("Separately, ...", "In a separate
    development, ...", ``separate_openers``): what it tells is not the event told before."""
    return _separate_rx().match(text.lstrip()) is not None


def main_clause(text: str) -> str:
    """``text`` up to a clause of what a document provides for ("..., under which ... will")."""
    m = _provision_rx().search(text)
    return text[:m.start()] if m else text


def implements(between: str) -> bool:
    """Whether the words between two named documents make the second carry out the first
    ("'nın uygulanmasına ilişkin"): the second is the document told of."""
    return _implements_rx().match(lower_tr(between)) is not None


def is_intended(text: str, at: int) -> bool:
    """Whether the verb at ``at`` is what someone agreed, decided or plans to do ("agreed to
    set up a working group", "plans to deploy"): it reports no event."""
    return _intent_rx().search(text, max(0, at - 24), at) is not None


def tells_of_phase(text: str) -> bool:
    """Whether ``text`` tells of a phase of an event ("liman safhası", "the sea phase")."""
    hit = _PHASE.get(text)
    if hit is None:
        hit = _PHASE.put(text, bool(words().phases.search(lower_tr(text))))
    return hit


def held_before(text: str, start: int) -> bool:
    """Whether a participle of holding comes right before the event noun at ``start``
    ("bakanlarının geçen ay Taşkent'te yaptığı görüşmede"): the text reports that event."""
    key = (text, start)
    hit = _HELD.get(key)
    if hit is None:
        hit = _HELD.put(key, bool(words().held_before.search(
            lower_tr(text[max(0, start - 60):start]))))
    return hit


def visited(text: str, start: int, end: int, suffix: str = "") -> bool:
    """Whether the place at ``start:end`` of ``text`` (``suffix``: its Turkish suffix) is the
    destination of a visit, or of an arrival ("Doha'ya gelen")."""
    w = words()
    if (w.visit_before.search(lower_tr(text[max(0, start - 30):start]))
            or w.visit_after.match(lower_tr(text[end:end + 30]))):
        return True
    arrival, dative = _arrival()
    return suffix in dative and arrival.match(lower_tr(text[end:end + 20])) is not None


@lru_cache(maxsize=1)
def _arrival() -> tuple[re.Pattern[str], frozenset[str]]:
    alt = "|".join(re.escape(x) for x in _event_words("arrival_after")) or "(?!x)x"
    return (re.compile(rf"^\s+(?:{alt})(?!\w)"),
            frozenset(_event_words("dative_suffixes")))


def _is_habitual_uncached(text: str) -> bool:
    """Whether ``text`` states a habit or a summary ("annual exercises", "over the past decade")."""
    return bool(words().habitual.search(lower_tr(text)))


_IS_HABITUAL_MEMO: Final[Bounded[str, bool]] = Bounded()


def is_habitual(text: str) -> bool:
    """Memoized by its text (see ``_is_habitual_uncached``)."""
    return _IS_HABITUAL_MEMO.cached(text, _is_habitual_uncached)


@lru_cache(maxsize=1)
def _time_ref_rx() -> tuple[re.Pattern[str], re.Pattern[str]]:
    d, path = lexicon.load("events"), lexicon.lexicon_path("events")
    after = lexicon.strings(d.get("time_reference_after"), path, "time_reference_after")
    before = lexicon.strings(d.get("time_reference_before"), path, "time_reference_before")
    alt_a = "|".join(flex(lower_tr(w)) for w in after) or "(?!x)x"
    alt_b = "|".join(flex(lower_tr(w)) for w in before) or "(?!x)x"
    return re.compile(rf"^\S*\s*(?:{alt_a})(?!\w)"), re.compile(rf"(?<!\w)(?:{alt_b})\s+(?:the\s+)?$")


def is_time_reference(before: str, after: str) -> bool:
    """Whether a war named between ``before`` and ``after`` only dates something else
    ("… Birinci Dünya Savaşı sırasında sona ermiştir", "since the end of the Cold War")."""
    rx_after, rx_before = _time_ref_rx()
    return bool(rx_after.match(lower_tr(after[:40])) or rx_before.search(lower_tr(before[-40:])))


@lru_cache(maxsize=1)
def _opinion_rx() -> re.Pattern[str]:
    found = lexicon.strings(lexicon.load("events").get("opinion"), lexicon.lexicon_path("events"), "opinion")
    return _words_rx(found or ["(?!x)x-never"])


@lru_cache(maxsize=TEXT_CACHE)
def is_opinion(text: str) -> bool:
    """Whether ``text`` reports what someone argues ("Yılmaz (2019) ileri sürer", "analysts argue")."""
    return bool(_opinion_rx().search(lower_tr(text)))


def _is_defense_uncached(text: str) -> bool:
    return bool(words().defense.search(lower_tr(text)))


_IS_DEFENSE_MEMO: Final[Bounded[str, bool]] = Bounded()


def is_defense(text: str) -> bool:
    """Memoized by its text (see ``_is_defense_uncached``)."""
    return _IS_DEFENSE_MEMO.cached(text, _is_defense_uncached)


def _has_object_uncached(key: tuple[str, str]) -> bool:
    """For kinds that need one, whether the text names what was moved (a drone, troops)."""
    kind, text = key
    rx = words().objects.get(kind)
    return True if rx is None else bool(rx.search(lower_tr(text)))


_HAS_OBJECT_MEMO: Final[Bounded[tuple[str, str], bool]] = Bounded()


def has_object(kind: str, text: str) -> bool:
    """Memoized by its text (see ``_has_object_uncached``)."""
    return _HAS_OBJECT_MEMO.cached((kind, text), _has_object_uncached)
