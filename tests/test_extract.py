"""Extraction on the founding paper (acceptance), on the test corpus, and the JSON contract."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

from defcoop.evaluate import Record, evaluate_corpus, gold_from_kb, pair, record_from_contract
from defcoop.extract import CONTRACT_KINDS, extract, to_contract
from defcoop.read.document import Document
from defcoop.seed import seed_document

CORPUS = Path(__file__).parent / "fixtures" / "extraction"
SRC = Path(__file__).parents[1] / "src" / "defcoop"


@lru_cache(maxsize=1)
def seed_result() -> dict[str, Any]:
    return to_contract(extract(seed_document()))


def _by_name(name: str) -> dict[str, Any]:
    from defcoop.textnorm import compact_key
    for e in seed_result()["events"]:
        if e["name"] and compact_key(e["name"]) == compact_key(name):
            return e
    raise AssertionError(f"no event named {name}")


# ----------------------------------------------------------------------------- founding paper

def _table_pairs() -> list[tuple[Record, Record]]:
    pred = [record_from_contract(e) for e in seed_result()["events"]]
    gold = gold_from_kb("ozer2025", tables_only=True)
    return [(pred[i], gold[j]) for i, j in pair(pred, gold)], gold  # type: ignore[return-value]


def test_every_table_row_is_one_candidate() -> None:
    pairs, gold = _table_pairs()  # type: ignore[misc]
    assert len(gold) == 15
    assert len(pairs) == len(gold)
    names = [e["name"] for e in seed_result()["events"]]
    for _, g in pairs:
        assert sum(1 for n in names if n == g.name) == 1, g.name


def test_table_rows_fields_are_right() -> None:
    pairs, _ = _table_pairs()  # type: ignore[misc]
    right = total = 0
    for p, g in pairs:
        checks = [p.kind == g.kind, (p.name or "").lower() == (g.name or "").lower(),
                  p.date_start == g.date_start, p.value("date_end") == g.value("date_end"),
                  p.date_precision == g.date_precision, set(p.places) == set(g.places),
                  set(p.forces) == set(g.forces)]
        right += sum(checks)
        total += len(checks)
    assert right / total >= 0.95


def test_turaz_sahini_date_conflict_is_reported() -> None:
    e = _by_name("TurAz Şahini 2021")
    (conflict,) = [c for c in e["conflicts"] if c["field"] == "date"]
    assert {"2021-09-02/2021-09-16", "2021-09-06/2021-09-17"} <= set(conflict["values"])


def test_shusha_declaration_is_found() -> None:
    e = _by_name("Şuşa Beyannamesi")
    assert e["kind"] == "declaration"
    assert (e["date_start"], e["date_precision"]) == ("2021-06-15", "day")
    assert [p["id"] for p in e["places"]] == ["shusha"]
    assert set(e["parties"]) == {"TUR", "AZE"}


def test_month_is_kept_at_month_precision() -> None:
    e = _by_name("Deniz Kuvvetleri Ortak Tatbikatı")
    assert (e["date_start"], e["date_precision"]) == ("2024-11", "month")


def test_figures_of_an_exercise() -> None:
    e = _by_name("Mustafa Kemal Atatürk 2021")
    assert e["figures"]["troops"] == 600 and e["figures"]["vehicles"] == 50


def test_every_field_has_evidence_on_its_page() -> None:
    doc = seed_document()
    for e in seed_result()["events"]:
        fields = {ev["field"] for ev in e["evidence"]}
        assert "name" in fields or e["name"] is None
        for ev in e["evidence"]:
            assert ev["start"] is not None and doc.page_of(ev["start"]) == ev["page"]
            assert doc.find(ev["quote"]) is not None, ev["quote"]


def test_citations_attached_to_evidence() -> None:
    e = _by_name("Sarsılmaz Kardeşlik 2021")
    assert any("SavunmaTR" in c for c in e["cites"])
    assert seed_result()["citations"]


# ----------------------------------------------------------------------------- corpus

def test_corpus_record_f1() -> None:
    report = evaluate_corpus(CORPUS)
    assert report.documents >= 16
    assert report.record_soft.f1 >= 0.85


def test_long_documents_record_scores() -> None:
    # papers, a thesis chapter, a report and a feature (tests/fixtures/extraction/long/README.md)
    report = evaluate_corpus(CORPUS / "long")
    assert report.documents >= 6
    assert report.record_soft.precision >= 0.85
    assert report.record_soft.f1 >= 0.65


NO_EVENT = sorted([*CORPUS.glob("*_9*.txt"), *(CORPUS / "long").glob("*_l9*.txt")])


@pytest.mark.parametrize("path", NO_EVENT, ids=lambda p: p.name)
def test_no_event_documents_give_nothing(path: Path) -> None:
    from defcoop.read import read_document
    assert to_contract(extract(read_document(path)))["events"] == []


def test_corpus_has_both_languages_and_no_event_documents() -> None:
    docs = sorted(CORPUS.glob("*.txt"))
    assert sum(1 for d in docs if d.name.startswith("tr_")) >= 6
    assert sum(1 for d in docs if d.name.startswith("en_")) >= 6
    assert len(NO_EVENT) >= 4


# ----------------------------------------------------------------------------- contract

def test_contract_shape() -> None:
    out = to_contract(extract(Document(path="x.txt", text=(
        "Exercise Dragon 2024 was held in Baku from 2 to 16 September 2024 by Turkish and "
        "Azerbaijani land forces."), language="en")))
    assert set(out) == {"document", "events", "citations"}
    assert set(out["document"]) == {"path", "language", "pages", "sha256"}
    (e,) = out["events"]
    for key in ("id", "kind", "name", "date_start", "date_end", "date_precision", "places", "parties",
                "forces", "organizations", "figures", "evidence", "cites", "conflicts"):
        assert key in e
    assert e["kind"] in CONTRACT_KINDS
    assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", e["date_start"])
    assert set(e["places"][0]) >= {"name", "lat", "lon", "country"}
    assert {"field", "quote", "page", "start", "end"} <= set(e["evidence"][0])


def test_extraction_is_deterministic() -> None:
    doc = Document(path="a.txt", text="Kartal-2024 Tatbikatı 3-14 Haziran 2024 tarihleri arasında Konya'da yapıldı.")
    assert to_contract(extract(doc)) == to_contract(extract(doc))


def test_empty_document_has_no_events() -> None:
    assert to_contract(extract(Document(path="e.txt", text="")))["events"] == []


# ----------------------------------------------------------------------------- generic code

PAPER_NAMES = ["TurAz", "Şahini", "Kartalı", "Sarsılmaz", "Mustafa Kemal", "Haydar Aliyev",
               "Aksaz", "Cebrayıl", "İmişli", "Yanlışık", "Yanarışık", "Shikhaliyev", "Shiriyev",
               "Kocatepe", "Erarslan", "Dumlu", "Özalp", "SavunmaTR", "KAAN", "Su-25", "Şuşa",
               "Nahçıvan", "Bakü", "Konya", "ozer2025"]
CODE = [SRC / "extract.py", SRC / "extract_context.py", SRC / "candidates.py", SRC / "evaluate.py",
        SRC / "review.py", *sorted((SRC / "detect").glob("*.py")), *sorted((SRC / "link").glob("*.py"))]


@pytest.mark.parametrize("path", [p for p in CODE if p.name != "citations.py"], ids=lambda p: p.name)
def test_extractor_code_names_nothing_of_the_paper(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    code = "\n".join(line for line in text.splitlines())
    found = [n for n in PAPER_NAMES if n in code]
    allowed = {"evaluate.py": ["ozer2025"]}.get(path.name, [])
    assert [n for n in found if n not in allowed] == [], path.name


# ----------------------------------------------------------------------------- behaviours

def _events(text: str) -> list[dict[str, Any]]:
    return to_contract(extract(Document(path="t.txt", text=text)))["events"]  # type: ignore[no-any-return]


def test_dateline_is_neither_place_nor_date() -> None:
    (e,) = _events("Ortak tatbikat başladı\n\nİzmir, 9 Eylül 2024 (AA) - Türkiye ve Pakistan "
                   "özel kuvvetleri ortak tatbikat düzenledi. Tatbikat 9-13 Eylül tarihleri arasında "
                   "Ankara'da yapılıyor.\n")
    assert (e["date_start"], e["date_end"]) == ("2024-09-09", "2024-09-13")
    assert [p["id"] for p in e["places"]] == ["ankara"]


def test_list_items_are_separate() -> None:
    events = _events("Bakanlık açıklama yaptı.\n- Türkiye ve Pakistan arasında Savunma İş Birliği "
                     "Anlaşması 3 Mart 2024'te Ankara'da imzalandı.\n- Türkiye ve Katar, Doha'da "
                     "ortak tatbikat düzenledi.\n")
    assert [e["kind"] for e in events] == ["agreement"]


def test_until_without_start_keeps_the_month() -> None:
    (e,) = _events('Turkish and Azerbaijani troops launched the "Steel Wall-2024" joint exercise in '
                   "Nakhchivan on Monday. The drills will last until Sept. 20, 2024.\n")
    assert (e["date_start"], e["date_precision"]) == ("2024-09", "month")


def test_the_two_countries_are_the_documents_states() -> None:
    events = _events("Azerbaijan and Türkiye held talks in Baku.\n\nEarlier this year, on 14 February "
                     "2024, the defence ministers of the two countries signed a protocol on military "
                     "cooperation in Ankara.\n")
    (e,) = [x for x in events if x["kind"] == "agreement"]
    assert set(e["parties"]) == {"AZE", "TUR"} and [p["id"] for p in e["places"]] == ["ankara"]


def test_participation_sentence_adds_forces() -> None:
    (e,) = _events("Pakistan and Türkiye held joint naval drills in the Arabian Sea from 3 to 5 June "
                   "2024. Special forces divers of both navies also took part.\n")
    assert set(e["forces"]) >= {"naval", "special"}


def test_next_edition_is_not_this_event() -> None:
    (e,) = _events("Kafdağı-2023 Tatbikatı 10-20 Temmuz 2023 tarihlerinde Tiflis'te icra edildi. "
                   "Bir sonraki tatbikatın Azerbaycan'da yapılması planlanıyor.\n")
    assert [p["id"] for p in e["places"]] == ["tbilisi"]


@pytest.mark.parametrize("text", [
    "Galatasaray signed a three-year contract with a player on 1 July 2024.",
    "Türkiye ile Azerbaycan arasında doğal gaz anlaşması 2 Mart 2024'te imzalandı.",
    "A fire drill was held at the school in Ankara on 3 May 2024.",
    "Deprem tatbikatı 12 Kasım 2023'te İstanbul'da yapıldı.",
])
def test_civilian_events_are_not_proposed(text: str) -> None:
    assert _events(text) == []


def test_table_with_a_parties_column_and_suffixed_headers() -> None:
    from defcoop.read import read_document
    out = to_contract(extract(read_document(CORPUS / "tr_11_tablo.txt")))["events"]
    rows = {e["name"]: e for e in out}
    assert set(rows) == {"Atatürk-XI", "Turgutreis-VII", "Anadolu Kartalı 2023"}
    assert [p["id"] for p in rows["Turgutreis-VII"]["places"]] == ["karachi"]
    assert set(rows["Anadolu Kartalı 2023"]["parties"]) == {"TUR", "PAK", "AZE", "QAT"}


def test_unnamed_headline_joins_the_named_event_and_dateline_month() -> None:
    events = _events("Turkish, Pakistani special forces begin joint drills\n\nANKARA, 12 March 2024 — "
                     "Turkish and Pakistani special forces began the Atatürk-XII joint exercise on "
                     "Monday in Rawalpindi, Pakistan's military said.\n")
    (e,) = events
    # "on Monday" before a Tuesday dateline is the day before it
    assert e["name"] == "Atatürk-XII" and (e["date_start"], e["date_precision"]) == ("2024-03-11", "day")
    assert set(e["parties"]) == {"TUR", "PAK"}


# ----------------------------------------------------------------------------- news conventions

@pytest.mark.parametrize("text, name", [
    ('"Mustafa Kemal Atatürk-2023" Birleşik Müşterek Tatbikatı 4-15 Eylül 2023 tarihleri arasında '
     "Kars'ta icra edildi.\n", "Mustafa Kemal Atatürk-2023"),
    ('Turkish and Azerbaijani troops held the "Eternity-2022" Joint Exercise in Baku from 2 to 6 '
     "May 2022.\n", "Eternity-2022"),
    ('The "Eternity-2022" drill was held in Baku from 2 to 6 May 2022 by Turkish and Azerbaijani '
     "troops.\n", "Eternity-2022"),
])
def test_quoted_name_is_the_name_not_the_descriptor(text: str, name: str) -> None:
    (e,) = _events(text)
    assert e["kind"] == "exercise" and e["name"] == name


def test_dateline_day_for_a_signing_and_a_later_delivery_date_ignored() -> None:
    (e,) = _events("Istanbul, 14 March 2018 - Baykar has signed a contract with the Ministry of "
                   "Defence of Georgia for the supply of six Bayraktar TB2 systems.\n\nDeliveries are "
                   "scheduled for the second half of 2019.\n")
    assert e["kind"] == "arms_transfer"
    assert (e["date_start"], e["date_precision"]) == ("2018-03-14", "day")


def test_dateline_without_a_day_gives_no_day() -> None:
    (e,) = _events("BAKU, March 2024 (APA) - Defence ministers of Azerbaijan and Türkiye met in Baku "
                   "on Monday to discuss military cooperation.\n")
    assert e["kind"] == "meeting" and (e["date_start"], e["date_precision"]) == ("2024-03", "month")


@pytest.mark.parametrize("text, kind", [
    ("Defence ministers of Azerbaijan, Georgia and Türkiye met in Baku on 26 June 2024.\n", "meeting"),
    ("Türkiye ve Azerbaycan savunma bakanları 2 Ekim 2023'te Tiflis'te bir araya geldi.\n", "meeting"),
    ("Azerbaycan Savunma Bakanı 5 Şubat 2024'te Ankara'yı ziyaret etti ve Millî Savunma Bakanı ile "
     "görüştü.\n", "meeting"),
    ("Azerbaycan ile Pakistan arasında JF-17 savaş uçaklarının tedariğine ilişkin anlaşma 3 Haziran "
     "2024'te imzalandı.\n", "arms_transfer"),
    ("Türkiye ile Katar arasında askeri eğitim iş birliği protokolü 20 Şubat 2024'te Doha'da "
     "imzalandı.\n", "agreement"),
])
def test_kinds_of_news_events(text: str, kind: str) -> None:
    (e,) = _events(text)
    assert e["kind"] == kind


def test_procurement_forces_are_the_recipients_branch() -> None:
    (e,) = _events("Azerbaycan Hava Kuvvetleri, Türkiye'den satın alınan helikopterleri 17 Kasım 2023'te "
                   "teslim aldı.\n")
    assert e["kind"] == "arms_transfer" and e["forces"] == ["air"]


@pytest.mark.parametrize("text", [
    "BAKU, April 20, 2024 - Baku hosts the European Judo Championships this week, with athletes from "
    "Türkiye and Azerbaijan.\n",
    "The three countries have held annual exercises since 2017.\n",
    "Azerbaijan has bought billions of dollars of Israeli weapons over the past decade.\n",
    "MSB'de 12 Mart 2024'te haftalık basın bilgilendirme toplantısı yapıldı.\n",
])
def test_passing_mentions_are_no_events(text: str) -> None:
    assert _events(text) == []


def test_weekly_briefing_keeps_each_event_apart() -> None:
    from defcoop.read import read_document
    out = to_contract(extract(read_document(CORPUS / "tr_23_msb_haftalik2.txt")))["events"]
    by_kind = {e["kind"]: e for e in out}
    assert set(by_kind) == {"exercise", "agreement"}
    assert [p["id"] for p in by_kind["agreement"]["places"]] == ["doha"]
    assert set(by_kind["agreement"]["parties"]) == {"TUR", "QAT"}
    assert [p["id"] for p in by_kind["exercise"]["places"]] == ["kars"]


def test_base_and_dateline_city_are_both_places_named_in_the_documents_language() -> None:
    from defcoop.read import read_document
    (e,) = to_contract(extract(read_document(CORPUS / "en_23_vaziani.txt")))["events"]
    assert {p["id"]: p["name"] for p in e["places"]} == {"vaziani-base": "Vaziani Military Base",
                                                         "tbilisi": "Tbilisi"}
    assert (e["date_start"], e["date_end"]) == ("2022-09-12", "2022-09-16")


def test_historical_state_is_no_party_of_a_modern_event() -> None:
    (e,) = _events("Turkish and Pakistani navies held the Turgutreis-VIII exercise off Karachi from 12 "
                   "to 15 November 2023. The series is named after an Ottoman admiral.\n")
    assert set(e["parties"]) == {"TUR", "PAK"}


def test_plural_exercises_with_a_day_and_a_verb_are_one_event() -> None:
    (e,) = _events("Units of the Azerbaijan Army and the Turkish Armed Forces conducted joint tactical "
                   "exercises in Nakhchivan on 4 April 2023.\n")
    assert e["kind"] == "exercise" and e["date_start"] == "2023-04-04"


def test_month_without_year_in_the_lead_is_not_made_a_day() -> None:
    (e,) = _events("BAKU, 10 June 2024 (APA) - Defence ministers of Azerbaijan, Georgia and Türkiye met "
                   "in Baku in June to discuss regional security.\n")
    assert e["kind"] == "meeting" and (e["date_start"], e["date_precision"]) == ("2024-06", "month")


def test_no_weekday_from_a_dateline_without_its_year() -> None:
    events = _events("TBILISI, Sept 12 (Reuters) - Forces from Turkey, Azerbaijan and Georgia began a "
                     "joint military exercise at the Vaziani training area on Monday. The three countries signed "
                     "a defence memorandum in March 2012.\n")
    # the dateline's year is not written: no day (nor year) is made up for the exercise
    assert [x for x in events if x["kind"] == "exercise" and x["date_start"] != "2012-03"] == []


@pytest.mark.parametrize("text", [
    "Millî Savunma Bakanı, 16 Mayıs 2024 tarihinde Tiflis'i ziyaret ederek Gürcistan Savunma Bakanı ile "
    "görüştü.\n",
    "The Turkish defence minister visited Tbilisi on 16 May 2024 and held talks with the Georgian "
    "defence minister.\n",
])
def test_the_visited_city_is_the_meetings_place(text: str) -> None:
    (e,) = _events(text)
    assert e["kind"] == "meeting" and [p["id"] for p in e["places"]] == ["tbilisi"]
    assert set(e["parties"]) == {"TUR", "GEO"}


# ----------------------------------------------------------------------------- saved web pages

WEB = CORPUS / "web"


def test_web_pages_give_the_main_story_only() -> None:
    # saved pages whose menus, "related news" and sidebars list other dated military headlines
    report = evaluate_corpus(WEB)
    assert report.documents >= 10
    assert report.record_soft.precision >= 0.9
    assert report.record_soft.f1 >= 0.8


@pytest.mark.parametrize("path", sorted(WEB.glob("*_w9*.html")), ids=lambda p: p.name)
def test_web_pages_without_an_event_give_nothing(path: Path) -> None:
    from defcoop.read import read_document
    assert to_contract(extract(read_document(path)))["events"] == []


@pytest.mark.parametrize("text, published, expected", [
    ("Millî Savunma Bakanı, Azerbaycan Savunma Bakanı ile bugün Ankara'da görüştü.",
     "2025-04-08", "2025-04-08"),
    ("The defence ministers of Türkiye and Azerbaijan met in Ankara on Tuesday.",
     "2025-04-10", "2025-04-08"),
    ("Millî Savunma Bakanı, Azerbaycan Savunma Bakanı ile bugün Ankara'da görüştü.",
     "2025-04", None),
    ("Millî Savunma Bakanı, Azerbaycan Savunma Bakanı ile bugün Ankara'da görüştü.",
     None, None),
])
def test_publication_day_dates_relative_days(text: str, published: str | None,
                                             expected: str | None) -> None:
    doc = Document(path="p.html", text=text, language=text[0] == "M" and "tr" or "en",
                   published=published)
    events = to_contract(extract(doc))["events"]
    assert [e["date_start"] for e in events if e["date_start"]] == ([expected] if expected else [])


@pytest.mark.parametrize("published, expected", [("2024-10-20", ("2024-10-14", "2024-10-18")),
                                                 (None, None)])
def test_publication_year_completes_yearless_dates(published: str | None,
                                                   expected: tuple[str, str] | None) -> None:
    doc = Document(path="p.html", language="en", published=published, text=(
        "Air force units from Azerbaijan and Pakistan held a joint exercise in Baku from 14 to "
        "18 October, the ministry said."))
    got = [(e["date_start"], e["date_end"]) for e in to_contract(extract(doc))["events"]
           if e["date_start"]]
    assert got == ([expected] if expected else [])


@pytest.mark.parametrize("text, name", [
    ('"Sarp Kaya-2025" ortak taktik tatbikatı 12-16 Mayıs 2025 tarihlerinde Van\'da icra edildi.',
     "Sarp Kaya-2025"),
    ('The "Steel Shield 2024" joint tactical exercise was held in Baku from 2 to 6 May 2024.',
     "Steel Shield 2024"),
])
def test_name_before_tactical_exercise(text: str, name: str) -> None:
    events = to_contract(extract(Document(path="x.txt", text=text)))["events"]
    assert [e["name"] for e in events] == [name]


# ----------------------------------------------------------------------------- press-release PDFs

# Press releases printed to PDF at test time: letterhead, title, dateline, body wrapped into
# lines, and a footer (address, page numbers) on every page. Gold: the events of the release.
PRESS_RELEASES: dict[str, tuple[list[list[str]], list[str], dict[str, Any]]] = {
    "tr_p01_msb_bulten": (
        [["T.C. MİLLÎ SAVUNMA BAKANLIĞI", "BASIN BÜLTENİ", "",
          "Türkiye ile Kazakistan Arasında Askeri Eğitim İş Birliği Anlaşması İmzalandı", "",
          "Ankara, 18 Şubat 2025", "",
          "Millî Savunma Bakanı, resmi ziyaret için Ankara'ya gelen Kazakistan Savunma Bakanı "
          "ile 18 Şubat 2025 tarihinde Bakanlıkta bir araya geldi. Görüşmenin ardından Türkiye "
          "ile Kazakistan arasında Askeri Eğitim İş Birliği Anlaşması imzalandı."],
         ["Anlaşma ile iki ülke silahlı kuvvetleri arasında personel eğitimi, ortak eğitim "
          "faaliyetleri ve tecrübe paylaşımının artırılması hedefleniyor.", "",
          "Bakanlıktan yapılan açıklamada, iki ülke arasındaki iş birliğinin savunma sanayii "
          "alanında da geliştirileceği belirtildi."]],
        ["Millî Savunma Bakanlığı, Devlet Mahallesi, 06420 Çankaya/ANKARA  Tel: (0312) 402 00 00",
         "Sayfa {page} / {pages}"],
        {"language": "tr", "events": [
            {"kind": "agreement", "name": "Askeri Eğitim İş Birliği Anlaşması",
             "date_start": "2025-02-18", "date_end": "2025-02-18", "date_precision": "day",
             "places": ["ankara"], "parties": ["TUR", "KAZ"], "forces": []},
            # the ministers' meeting the agreement was signed after is an event of its own
            {"kind": "meeting", "name": None,
             "date_start": "2025-02-18", "date_end": "2025-02-18", "date_precision": "day",
             "places": ["ankara"], "parties": ["TUR", "KAZ"], "forces": []}]}),
    "en_p02_mod_release": (
        [["MINISTRY OF DEFENSE OF THE REPUBLIC OF AZERBAIJAN", "PRESS RELEASE", "",
          "Baku, 4 July 2024", "",
          "Naval Forces of Azerbaijan and Kazakhstan held a joint tactical exercise in the "
          "Caspian Sea from 1 to 3 July 2024.", "",
          "During the exercise, the crews of the warships practised search and rescue "
          "operations, the inspection of suspicious vessels and joint manoeuvring.", "",
          "The exercise was completed successfully."]],
        ["Ministry of Defense, 3 Parliament Avenue, Baku AZ1073, www.mod.gov.az",
         "Page {page} of {pages}"],
        {"language": "en", "events": [
            {"kind": "exercise", "name": None, "date_start": "2024-07-01",
             "date_end": "2024-07-03", "date_precision": "day", "places": ["caspian-sea"],
             "parties": ["AZE", "KAZ"], "forces": ["naval"]}]}),
}


def _press_release_pdf(path: Path, pages: list[list[str]], footer: list[str]) -> None:
    import matplotlib
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = "DejaVuSans"
    if font not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(font, str(
            Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf")))
    c = canvas.Canvas(str(path))
    for n, paragraphs in enumerate(pages, 1):
        y = 790.0
        for para in paragraphs:
            for line in simpleSplit(para, font, 11, 470) or [""]:
                c.setFont(font, 11)
                c.drawString(60, y, line)
                y -= 15
        c.setFont(font, 8)
        for k, line in enumerate(footer):
            c.drawString(60, 50 - 11 * k, line.format(page=n, pages=len(pages)))
        c.showPage()
    c.save()


def test_press_release_pdfs(tmp_path: Path) -> None:
    for name, (pages, footer, gold) in PRESS_RELEASES.items():
        _press_release_pdf(tmp_path / f"{name}.pdf", pages, footer)
        (tmp_path / f"{name}.json").write_text(json.dumps(gold), encoding="utf-8")
    report = evaluate_corpus(tmp_path)
    assert report.documents == 2
    assert report.record_soft.precision == 1.0 and report.record_soft.recall == 1.0
    assert report.record_strict.f1 >= 0.5


@pytest.mark.parametrize("text", [
    "BASIN BÜLTENİ\nTürkiye ile Kazakistan Arasında Askeri Eğitim İş Birliği Anlaşması "
    "İmzalandı. Anlaşma 18 Şubat 2025'te Ankara'da imzalandı.",
    "PRESS RELEASE\nDefence Cooperation Agreement signed. The agreement was signed by Türkiye "
    "and Kazakhstan in Ankara on 18 February 2025.",
])
def test_letterhead_line_is_not_part_of_a_name(text: str) -> None:
    names = [e["name"] for e in to_contract(extract(Document(path="x.txt", text=text)))["events"]]
    assert names and not any(n and ("BÜLTEN" in n or "RELEASE" in n) for n in names)


def test_a_day_inside_the_events_range_dates_a_phase_not_the_event() -> None:
    text = ("Kararlı Kartal-2024 Tatbikatı 3-14 Haziran 2024 tarihleri arasında Konya'da icra "
            "edilmiştir. Tatbikatın seçkin gözlemci günü 13 Haziran 2024'te gerçekleşmiştir.\n")
    [event] = to_contract(extract(Document(path="phase.txt", text=text)))["events"]
    assert (event["date_start"], event["date_end"]) == ("2024-06-03", "2024-06-14")
    assert event["conflicts"] == []


def test_a_day_outside_the_events_range_is_still_a_conflict() -> None:
    text = ("Kararlı Kartal-2024 Tatbikatı 3-14 Haziran 2024 tarihleri arasında Konya'da icra "
            "edilmiştir. Kararlı Kartal-2024 Tatbikatı 20 Haziran 2024'te sona ermiştir.\n")
    [event] = to_contract(extract(Document(path="phase.txt", text=text)))["events"]
    assert [c["field"] for c in event["conflicts"]] == ["date"]


def test_an_undated_headline_gives_no_places_outside_the_events_states() -> None:
    text = ("From joint drills on the steppe to drone plants in Central Asia, the members of the "
            "Organization of Turkic States are building defence ties that Moscow and Beijing are "
            "watching closely.\n\n"
            "The Steppe Shield-2025 exercise was held from 6 to 10 October 2025 with special forces "
            "of Kazakhstan and Kyrgyzstan, the Kazakh defence ministry said.\n")
    [event] = to_contract(extract(Document(path="feature.txt", text=text)))["events"]
    assert event["name"] == "Steppe Shield-2025"
    assert not {"moscow", "beijing"} & {p["id"] for p in event["places"]}


def test_an_undated_headline_gives_its_place_in_a_party_state() -> None:
    text = ("Turkish and Pakistani special forces begin joint drills in Rawalpindi\n\n"
            "The Ataturk-XIII 2025 exercise of the special forces of Türkiye and Pakistan started "
            "on 3 March 2025, the Turkish defence ministry said.\n")
    [event] = to_contract(extract(Document(path="headline.txt", text=text)))["events"]
    assert "rawalpindi" in {p["id"] for p in event["places"]}


def test_the_undated_lead_gives_the_event_every_state_it_names() -> None:
    text = ("BAKU, May 4 (Reuters) - Soldiers from Türkiye, Azerbaijan and Kazakhstan began a joint "
            "exercise near the Azerbaijani capital on Monday, the defence ministry said.\n\n"
            "The \"Caspian Shield-2026\" drill, which runs from 4 to 9 May 2026, involves about 400 "
            "troops, Azerbaijan's defence ministry said.\n")
    [event] = to_contract(extract(Document(path="lead.txt", text=text)))["events"]
    assert event["name"] == "Caspian Shield-2026"
    assert sorted(event["parties"]) == ["AZE", "KAZ", "TUR"]


def test_a_war_has_no_forces() -> None:
    text = ("Azerbaycan ile Ermenistan arasında 27 Eylül-10 Kasım 2020 tarihleri arasında yaşanan "
            "İkinci Karabağ Savaşı'nda kamikaze İHA'lar, Ermeni hava savunma sistemlerine karşı "
            "etkili biçimde kullanılmıştır.\n")
    events = to_contract(extract(Document(path="war.txt", text=text)))["events"]
    [war] = [e for e in events if e["kind"] == "conflict"]
    assert war["forces"] == []


def test_a_declaration_signed_during_a_visit_has_its_place() -> None:
    text = ("Cumhurbaşkanı, 15 Haziran 2021'de Bakü ziyareti sırasında imzalanan Müttefiklik "
            "İlişkilerine Dair Ortak Bildiri ile iki ülke arasındaki iş birliğini yeni bir aşamaya "
            "taşıdı.\n")
    [event] = to_contract(extract(Document(path="decl.txt", text=text)))["events"]
    assert event["kind"] == "declaration"
    assert [p["id"] for p in event["places"]] == ["baku"]


def test_a_meeting_has_the_city_of_its_sentence() -> None:
    text = ("Millî Savunma Bakanı, 22 Eylül 2025 tarihinde Trablus'ta Libya Başkanlık Konseyi Başkanı "
            "ve Libya Genelkurmay Başkanı ile ayrı ayrı görüştü.\n")
    [event] = to_contract(extract(Document(path="meet.txt", text=text)))["events"]
    assert event["kind"] == "meeting"
    assert [p["id"] for p in event["places"]] == ["tripoli"]


def test_a_sentence_referring_back_reports_the_agreement_it_names() -> None:
    text = ("Türkiye first sent troops to Somalia in March 2017 at the request of the Somali "
            "government. The deployment followed a defence cooperation memorandum of understanding "
            "signed by the defence ministers of Türkiye and Somalia in Ankara on 12 November 2016.\n")
    events = {e["kind"]: e for e in to_contract(extract(Document(path="s.txt", text=text)))["events"]}
    assert events["deployment"]["date_start"] == "2017-03"
    assert events["agreement"]["date_start"] == "2016-11-12"
    assert [p["id"] for p in events["agreement"]["places"]] == ["ankara"]


def test_an_agreement_signed_at_a_meeting_is_told_with_the_meeting() -> None:
    text = ("İki ülke, 14 Kasım 2024'te Ankara'da toplanan Yüksek Stratejik Komite'nin 10'uncu "
            "toplantısında Türkiye ile Katar arasında savunma sanayii alanında iş birliğine ilişkin "
            "mutabakat zaptı imzaladı.\n")
    kinds = sorted(e["kind"] for e in to_contract(extract(Document(path="m.txt", text=text)))["events"])
    assert kinds == ["agreement", "meeting"]


def test_a_trilateral_meeting_naming_one_host_has_the_three_states() -> None:
    text = ("Türkiye, Azerbaycan ve Gürcistan dışişleri bakanları 8 Haziran 2012'de Trabzon'da bir "
            "araya geldi. İlk üçlü savunma bakanları toplantısı Mayıs 2014'te Azerbaycan'ın Gebele "
            "kentinde yapıldı.\n")
    events = to_contract(extract(Document(path="t.txt", text=text)))["events"]
    [gabala] = [e for e in events if e["date_start"] == "2014-05"]
    assert sorted(gabala["parties"]) == ["AZE", "GEO", "TUR"]


def test_in_a_document_about_three_states_an_event_of_one_has_the_two_others() -> None:
    text = ("Türkiye, Azerbaycan ve Gürcistan arasındaki üçlü iş birliği 2012'de başladı. Türkiye, "
            "Azerbaycan ve Gürcistan dışişleri bakanları her yıl bir araya geliyor. Türkiye, "
            "Azerbaycan ve Gürcistan savunma bakanları da düzenli görüşüyor.\n\n"
            "Kafkas Kartalı-II 2018 Tatbikatı Eylül 2018'de Gürcistan'da icra edildi.\n")
    events = to_contract(extract(Document(path="t.txt", text=text)))["events"]
    [ex] = [e for e in events if e["kind"] == "exercise"]
    assert sorted(ex["parties"]) == ["AZE", "GEO", "TUR"]
