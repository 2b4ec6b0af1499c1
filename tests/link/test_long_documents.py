"""Long documents: notes and references give no events, borrowing is capped, repeated
mentions are merged and do not carry fields from distant paragraphs."""

from __future__ import annotations

from typing import Any

from defcoop.extract import extract, to_contract
from defcoop.read.document import Document

FILLER = ("İki ülke arasındaki ilişkiler ekonomik, kültürel ve siyasi alanlarda gelişmeye devam "
          "etmektedir ve literatürde farklı açılardan değerlendirilmektedir. ") * 12
FILLER_EN = ("Relations between the two countries continue to develop in economic, cultural and "
             "political fields, and the literature assesses them from several angles. ") * 12


def _events(text: str, language: str = "tr") -> list[dict[str, Any]]:
    doc = Document(path="doc.txt", text=text, language=language, page_starts=[0])
    return to_contract(extract(doc))["events"]  # type: ignore[no-any-return]


def test_titles_in_footnotes_and_references_are_no_events() -> None:
    text = ("Türkiye–Pakistan Savunma İlişkileri\n\nGiriş\n\n" + FILLER + "(Yılmaz, 2019: 4).¹\n\n"
            "¹ MSB, \"Anadolu Kartalı 2019 Tatbikatı Tamamlandı\", basın bülteni, 30 Haziran 2019.\n\n"
            "Kaynakça\n\nAslan, M. (2022). \"Atatürk-X Tatbikatı ve Özel Kuvvetler\". Dergi, 9(2): 25-48.\n"
            "Yılmaz, H. (2019). Türkiye ve Pakistan. Ankara: Yayınevi.\n")
    assert _events(text) == []


def test_endnotes_of_a_report_are_no_events() -> None:
    text = ("Arms and Trust\n\n" + FILLER_EN + "\n\nNotes\n\n"
            "1. \"Azerbaijan Signs $1.6 Billion Arms Deal with Israel\", Reuters, 26 February 2012.\n"
            "2. \"Minister Visits Baku for Defence Talks\", Times, 13 December 2016.\n")
    assert _events(text, "en") == []


def test_a_yearless_month_does_not_borrow_a_distant_year() -> None:
    text = ("Çerçeve anlaşması 19 Aralık 2014 tarihinde Doha'da imzalanmıştır.\n\n"
            + "\n\n".join([FILLER] * 5)
            + "\n\nTürk ve Katar silahlı kuvvetleri Ağustos ayında Doha'da ortak bir tatbikat icra etmiştir.\n")
    assert not any(e["date_start"] == "2014-08" for e in _events(text))


def test_a_yearless_month_takes_the_year_of_its_paragraph() -> None:
    text = ("\n\n".join([FILLER] * 5) + "\n\nKriz 2017 yılında başladı. Türk ve Katar silahlı kuvvetleri "
            "Ağustos ayında Doha'da ortak bir tatbikat icra etmiştir.\n")
    exercises = [e for e in _events(text) if e["kind"] == "exercise"]
    assert [e["date_start"] for e in exercises] == ["2017-08"]


def test_a_distant_undated_mention_adds_no_places() -> None:
    text = ("Kazakistan ve Türkiye özel kuvvetleri Birlik-2025 tatbikatını 6-10 Ekim 2025 tarihleri "
            "arasında Almatı'da icra etmiştir.\n\n" + "\n\n".join([FILLER] * 3)
            + "\n\nRus basını Birlik-2025 tatbikatını Moskova'da yayımlanan yorumlarda eleştirmiştir.\n")
    (e,) = [e for e in _events(text) if e["name"]]
    assert [p["id"] for p in e["places"]] == ["almaty"]


def test_a_repeated_mention_with_its_date_is_one_event() -> None:
    text = ("Birlik-2025 tatbikatı 6-10 Ekim 2025 tarihleri arasında Almatı'da icra edilmiştir.\n\n"
            + "\n\n".join([FILLER] * 3)
            + "\n\nBİRLİK 2025 Tatbikatı, 6-10 Ekim 2025 tarihlerinde Kazakistan ve Türkiye "
              "özel kuvvetlerinin katılımıyla yapılmıştır.\n")
    assert len([e for e in _events(text) if e["kind"] == "exercise"]) == 1


def test_a_table_row_and_the_prose_title_of_one_agreement_on_one_day_are_one_event() -> None:
    text = ("Türkiye ile Katar arasında Askeri Eğitim ve Savunma Sanayii Alanında İş Birliği Anlaşması "
            "19 Aralık 2014 tarihinde Doha'da imzalanmıştır.\n\n" + FILLER + "\n\n"
            "Tablo 1: Türkiye-Katar Anlaşmaları\nAnlaşma\nTarih\nYer\nÇerçeve Anlaşması\n19 Aralık 2014\n"
            "Doha\nUygulama Protokolü\n28 Nisan 2016\nDoha\n\nTablodaki anlaşmalar iş birliğinin temelidir.\n")
    agreements = [e for e in _events(text) if e["kind"] == "agreement"]
    assert sorted(e["date_start"] for e in agreements) == ["2014-12-19", "2016-04-28"]


def test_two_named_agreements_of_one_summit_stay_apart() -> None:
    text = ("Türkiye ile Katar arasında Askeri Eğitim İş Birliği Anlaşması 2 Aralık 2015 tarihinde "
            "Doha'da imzalanmıştır.\n\nAynı gün Türkiye ile Katar arasında Savunma Sanayii İş Birliği "
            "Anlaşması da 2 Aralık 2015 tarihinde Doha'da imzalanmıştır.\n")
    agreements = [e for e in _events(text) if e["kind"] == "agreement"]
    assert len(agreements) == 2


def test_the_two_countries_are_the_pair_of_the_sentence_before() -> None:
    text = ("Kazakhstan and Türkiye held talks. Kazakhstan and Türkiye trade a lot. Kazakhstan, "
            "Türkiye and Kazakhstan again.\n\n" + FILLER_EN + "\n\nUzbekistan and Türkiye have "
            "moved closer in defence matters. The two countries' defence ministers met in Ankara on "
            "17 November 2023 and discussed joint training.\n")
    (meeting,) = [e for e in _events(text, "en") if e["kind"] == "meeting"]
    assert set(meeting["parties"]) == {"UZB", "TUR"}


def test_one_yearless_name_in_two_years_is_two_events() -> None:
    text = ("The foreign ministers of Pakistan, Azerbaijan and Türkiye met in Baku on 30 November 2017 "
            "and adopted the Baku Declaration on defence cooperation.\n\n" + FILLER_EN + "\n\n"
            "The parliament speakers met in Baku on 27 July 2021 and adopted another Baku Declaration "
            "on defence industry cooperation.\n")
    declarations = [e for e in _events(text, "en") if e["kind"] == "declaration"]
    assert sorted(e["date_start"] for e in declarations) == ["2017-11-30", "2021-07-27"]
