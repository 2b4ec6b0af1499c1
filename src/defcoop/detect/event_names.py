"""Named mentions of events ("Anadolu Yıldızı-2024 Tatbikatı", "Exercise Dragon Shield", "the
Ankara Declaration", a quoted or numbered name before a lower-case trigger), the keys that
compare their names, and headings "Name (date):" that open the paragraph about one event."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from defcoop.detect.casefold import lower_tr
from defcoop.detect.dates import parse_date
from defcoop.detect.event_words import (TEXT_CACHE, EventMention, _event_words, _KindWords,
                                        _noun_rx, _words_rx, mentions_many, words)
from defcoop.detect.memo import Bounded
from defcoop.detect.spans import Token, tokens
from defcoop.textnorm import fold

_YEAR_RE = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_ROMAN_RE = re.compile(r"^[IVXLC]+$")
_QUOTES = "\"“”«»„‘’'"


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


@lru_cache(maxsize=1)
def _common_nouns() -> frozenset[str]:
    return frozenset(lower_tr(n) for n, _, _ in words().nouns)


@lru_cache(maxsize=TEXT_CACHE)
def is_generic_name(name: str) -> bool:
    """A "name" that names no one event: only title words, descriptors and a year ("The 2020
    War", "2020 War"), or a plural ("Joint Exercises")."""
    if mentions_many(name) or lower_tr(name) in _common_nouns():
        return True   # "a passing exercise (PASSEX)": the kind of exercise, not its name
    w = words()
    toks = tokens(_YEAR_RE.sub(" ", name))
    keys = [t.key for t in toks]
    single, phrases = _titles()
    # the words of a title of several words ("Memorandum of Understanding", "İşbirliği Planı")
    # are title words where the whole title is written, not alone ("Protocol on Military
    # Cooperation")
    titles = single | {k for key in phrases for i in range(len(keys) - len(key) + 1)
                       if tuple(keys[i:i + len(key)]) == key for k in key}
    rest = [t for t in toks
            if t.key not in w.name_noise and t.key not in titles and t.key not in w.not_name_start
            and t.key.isalpha()]
    return not rest


@lru_cache(maxsize=1)
def _titles() -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """The one-word titles of every kind, and the titles of several words."""
    w = words()
    keys = {key for table in (w.title_after, w.title_before) for key in table}
    return (frozenset(key[0] for key in keys if len(key) == 1),
            tuple(sorted(key for key in keys if len(key) > 1)))


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
        if k < j and first is not None and t.text[:1].isupper() and lower_tr(t.text) in w.not_name_start:
            break   # "ASTANA – A Kazakh-Turkish joint venture": the name starts after the article
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


# Words after "in the" that go on with a document's name ("on Cooperation in the Field of",
# ``name_field_words``).
@lru_cache(maxsize=1)
def _field_words() -> frozenset[str]:
    return frozenset(lower_tr(w) for w in _event_words("name_field_words"))


# A day and its month after a name's connector ("on 17 April", "on 3 Mart").
_DATE_START = re.compile(r"\d{1,2}(?:[-–]\d{1,2})?[ \t]+[A-ZÇĞİÖŞÜ][a-zçğıöşü]+")


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
        if (k + 1 < len(toks) and lower_tr(t.text) in w.connectors
                and _DATE_START.match(text, toks[k + 1].start) is not None):
            break   # "Operation X on 17 April 2022": the date it was done, no part of its name
        if _is_name_word(t):
            last = k
        elif lower_tr(t.text) not in w.connectors and not (
                # "... on Cooperation in the Field of Military Education"
                lower_tr(t.text) == "in" and k + 2 < len(toks)
                and lower_tr(toks[k + 1].text) == "the"
                and lower_tr(toks[k + 2].text) in _field_words()):   # not "... in the Strait of"
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
    """True when token ``k`` goes on with a capitalized word on the same line, or on the next
    line of a prose paragraph wrapped there ("courses at the Azerbaijani War / College")."""
    if k >= len(toks) or toks[k - 1].suffix:
        return False
    gap = text[toks[k - 1].end:toks[k].start]
    if gap == "\n":
        line = toks[k - 1].end - (text.rfind("\n", 0, toks[k - 1].end) + 1)
        if line < WRAPPED_LINE:
            return False
    elif gap != " ":
        return False
    return toks[k].text[:1].isupper() and not toks[k].text[:1].isdigit()


# A line at least this long, broken inside a sentence, is a paragraph wrapped, not a line of
# its own (a heading, a table's cell).
WRAPPED_LINE = 60


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
            # "Exercise X", "Operation X" (an operation's title, written before its name)
            if span and (k > i + n or kind in ("exercise", "conflict")
                         or _strong(text[span[0]:span[1]])):
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
    """The kind a name's own title word gives ("... Tatbikatı" -> exercise), if any; memoized by
    the name (a table's rows ask it of each cell several times)."""
    return _KIND_OF_NAME_MEMO.cached(name, _kind_of_name_uncached) or None


def _kind_of_name_uncached(name: str) -> str:
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
    return ""


_KIND_OF_NAME_MEMO: Final[Bounded[str, str]] = Bounded()


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
