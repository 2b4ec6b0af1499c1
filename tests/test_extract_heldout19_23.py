"""Cases of the nineteenth to twenty-third held-out sets, each written again in other words and
about other states, so that the rule, not the document, is tested; and the counter-examples
each rule must leave alone."""

from __future__ import annotations

from pathlib import Path

from defcoop.detect.dates import find_dates
from defcoop.detect.events import find_common
from defcoop.detect.layout import furniture
from defcoop.detect.relative import relative_dates
from defcoop.read import read_document

from extract_cases import events as _events, of as _of, parties as _parties

_WIRE = "ANKARA, 12 June 2025 (AA) - "


def test_a_verb_with_words_between_its_two_is_a_clash() -> None:
    text = ("YEREVAN, April 7, 2025 (Reuters) - Armenian and Azerbaijani troops exchanged "
            "small-arms and mortar fire on the border on Sunday, officials said.\n")
    assert [e["date_start"] for e in _of(_events(text), "conflict")] == ["2025-04-06"]
    # a clash needs the second word: "exchanged views" is talk
    assert not _of(_events("YEREVAN, April 7, 2025 (Reuters) - Armenian and Azerbaijani "
                           "ministers exchanged views on the border on Sunday.\n"), "conflict")


def test_a_country_beside_a_place_in_it_is_no_place_of_its_own() -> None:
    text = (_WIRE + "Kazakh and Kyrgyz troops held a joint exercise in Kazakhstan's Almaty "
            "region on Tuesday.\n")
    places = [[p["id"] for p in e["places"]] for e in _of(_events(text), "exercise")]
    assert places and all("kaz" not in ids for ids in places), places


def test_a_contract_for_weapons_after_the_memorandum_is_an_arms_transfer() -> None:
    text = (_WIRE + "On Monday Ghana and Türkiye signed a memorandum on defence industry.\n\n"
            "The memorandum follows a contract signed last month under which the Ghana Air Force "
            "will acquire four T129 ATAK helicopters.\n")
    transfers = _of(_events(text), "arms_transfer")
    assert [e["date_start"] for e in transfers] == ["2025-05"], transfers


def test_weapon_systems_name_their_maker() -> None:
    assert _parties("Bayraktar TB2 teslimatı tamamlandı.") == []   # a maker, not a party
    text = (_WIRE + "Tanzanya Hava Kuvvetleri için üretilen Bayraktar TB2 sistemlerinin teslimatı "
            "dün Dodoma'da tamamlandı.\n")
    assert [sorted(e["parties"]) for e in _of(_events(text), "arms_transfer")] == [["TUR", "TZA"]]


def test_a_bulletins_list_of_contents_is_furniture() -> None:
    text = ("BÜLTEN\nBU SAYIDA\n- Gana'ya zırhlı araç teslimatı\n- Tanzanya ile sözleşme\n\n"
            "Metin burada başlıyor.\n")
    ranges = furniture(text)
    assert [text[a:b] for a, b in ranges] == [
        "BU SAYIDA\n- Gana'ya zırhlı araç teslimatı\n- Tanzanya ile sözleşme"]
    assert furniture("Bu sayıda neler var?\nMetin.\n") == []   # a sentence, not a heading


def test_the_capital_of_the_same_name_as_its_country() -> None:
    text = (_WIRE + "Kuveyt Kara Kuvvetleri için üretilen zırhlı araçlar, 10 Haziran'da başkent "
            "Kuveyt'te düzenlenen törenle teslim edildi.\n")
    places = [p["id"] for e in _of(_events(text), "arms_transfer") for p in e["places"]]
    assert places == ["kuwait-city"], places


def test_tuesday_last_week_and_a_lower_case_month() -> None:
    assert [d.start for d in relative_dates("received the drones on Tuesday last week.",
                                            "2025-06-13")] == ["2025-06-03"]
    assert [d.start for d in relative_dates("received the drones on Tuesday.",
                                            "2025-06-13")] == ["2025-06-10"]
    assert [d.start for d in find_dates("şubat ayında yapılacak", keep_yearless=True)] == ["-02"]
    assert find_dates("bir aralık bıraktı", keep_yearless=True) == []   # "aralık" is a gap too


def test_negated_and_background_verbs_report_nothing() -> None:
    for text in ("Yeni bir belge imzalanmamış.", "The ministers did not sign an agreement.",
                 "No contract on new systems was signed during the visit.",
                 "The partnership declaration signed earlier by the presidents is the basis.",
                 "Daha önce imzalanan anlaşma kapsamında eğitimler sürüyor."):
        assert not [m for m in find_common(text) if m.verb and not m.other], text
    assert [m.kind for m in find_common("The agreement signed earlier this month covers training.")
            if m.verb and not m.other] == ["agreement"]


def test_separately_turns_to_another_event() -> None:
    text = (_WIRE + "Bangladesh is also buying Italian-built frigates and French fighter jets, with "
            "deliveries expected to begin next year.\n\nSeparately, the Bangladesh Army received "
            "its first armoured vehicles from Türkiye on Tuesday.\n")
    transfers = _of(_events(text), "arms_transfer")
    assert [sorted(e["parties"]) for e in transfers] == [["BGD", "TUR"]], transfers


def test_a_date_line_with_a_title_case_city_after_its_weekday() -> None:
    text = ("HAFTALIK BASIN BİLGİLENDİRME TOPLANTISI\n12 Haziran 2025, Perşembe – Ankara\n\n"
            "4 adet F-16 uçağı ve 80 personelden oluşan hava unsurumuz önceki gün Romanya'daki "
            "Mihail Kogălniceanu Hava Üssü'ne intikal etmiştir.\n")
    assert [e["date_start"] for e in _of(_events(text), "deployment")] == ["2025-06-10"]


def test_a_place_opening_the_sentence_is_where_it_all_took_place() -> None:
    text = ("SSB Bülten\nYayın Tarihi: 12 Haziran 2025\n\n"
            "10 Haziran'da Zagreb'de, Hırvatistan Savunma Bakanlığı ile bir Türk şirketi "
            "arasında iki devriye botu tedarikine ilişkin sözleşme imzalandı.\n")
    places = [p["id"] for e in _of(_events(text), "arms_transfer") for p in e["places"]]
    assert places == ["zagreb"], places


def test_a_name_before_gemisi_or_camp_is_no_place_or_state() -> None:
    assert _parties("Officers gathered at Burma Camp in Accra.") == []
    assert _parties("Burma'daki askerler") == ["MMR"]


def test_a_table_whose_first_column_is_the_date(tmp_path: Path) -> None:
    path = tmp_path / "plan.md"
    path.write_text("# Rapor\n\nYayın tarihi: 14 Temmuz 2025\n\n## Tablo\n\n"
                    "| Tarih | Faaliyet | Yer | Durum |\n|---|---|---|---|\n"
                    "| 12-16 Mayıs 2025 | Dostluk-2025 Tatbikatı | Semerkant | İcra edildi |\n"
                    "| 2026 | Dostluk-2026 Tatbikatı | Bakü | Planlanıyor |\n", encoding="utf-8")
    from defcoop.extract import extract, to_contract
    found = to_contract(extract(read_document(path)))["events"]
    assert [(e["date_start"], [p["id"] for p in e["places"]]) for e in found] == [
        ("2025-05-12", ["samarkand"])], found


def test_a_meeting_in_a_city_of_another_state_has_it_as_the_other_side() -> None:
    text = (_WIRE + "On Wednesday, the minister of national defence administration held talks in "
            "Rabat with Turkish Deputy Defence Minister Musa Heybet.\n")
    assert [sorted(e["parties"]) for e in _of(_events(text), "meeting")] == [["MAR", "TUR"]]


def test_a_place_next_to_another_events_noun_is_that_events() -> None:
    text = ("TUNUS, 16 May 2025 (AA) - TCG Kemalreis fırkateyni, başkent Tunus'taki liman "
            "ziyaretinin ardından Tunus Deniz Kuvvetleriyle Akdeniz'de geçiş eğitimi icra etti.\n")
    exercise = _of(_events(text), "exercise")
    assert [[p["id"] for p in e["places"]] for e in exercise] == [["mediterranean-sea"]], exercise


def test_a_first_day_and_the_day_the_end_is_told() -> None:
    text = ("BAKÜ, 19 Eylül 2025 (AA) - 15 Eylül'de başlayan \"Hazar Kartalı-2025\" ortak "
            "tatbikatı, bugün düzenlenen seçkin gözlemci günüyle sona erdi.\n")
    ex = _of(_events(text), "exercise")
    assert [(e["date_start"], e["date_end"]) for e in ex] == [("2025-09-15", "2025-09-19")], ex


def test_a_navy_ship_that_visited_a_port_made_a_port_visit() -> None:
    text = ("Rawalpindi - January 21, 2025:\n\nPakistan Navy Ship TABUK visited Mombasa, Kenya, "
            "from 28 December 2024 to 2 January 2025.\n")
    assert [(e["kind"], e["date_start"]) for e in _events(text)] == [("deployment", "2024-12-28")]


def test_a_word_processors_table_of_one_line_cells_is_read_by_its_columns() -> None:
    from defcoop.detect.tables import find_tables
    text = ("Table 1. Activities in 2025\nNo.\nActivity\nDate\nVenue\nStatus\n"
            "1\nExercise Steppe Shield 2025\n7–9 April 2025\nAstana\nCompleted\n"
            "2\nSigning of the Memorandum of Understanding on Training\n19 May 2025\nBaku\n"
            "Completed\n\nOutlook\n")
    tables = find_tables(text, lambda _pos: 1)
    assert [[(k, c.text) for k, c in r.cells.items()] for r in tables[0].rows] == [
        [("name", "Exercise Steppe Shield 2025"), ("date", "7–9 April 2025"), ("place", "Astana"),
         ("status", "Completed")],
        [("name", "Signing of the Memorandum of Understanding on Training"),
         ("date", "19 May 2025"), ("place", "Baku"), ("status", "Completed")]]
