"""Cases found on the thirty-fifth to thirty-ninth held-out sets, written again in other words and
about other states, so that the rule, not the document, is tested; and the counter-examples each
rule must leave alone."""

from __future__ import annotations

from extract_cases import events as _events, of as _of

from defcoop.detect import events as ev
from defcoop.detect.series import bare_editions
from defcoop.detect.tables import find_tables

# A report's chronology with no caption, its header one column name a line, run over two pages
# (the header repeated on the second), its event cells wrapped onto a second line.
CHRONOLOGY = ("4. Chronology\n"
              "Date\nEvent\nPartner\nLocation\n"
              "12 Mar 2024\nDefence Cooperation Agreement\nsigned\nVietnam\nHanoi\n"
              "Jun 2024\nContract for two offshore patrol vessels\nThailand\nBangkok\n"
              "\f"
              "Date\nEvent\nPartner\nLocation\n"
              "9–11 Sep 2024\nPort visit of TCG Heybeliada\nVietnam\nDa Nang\n")


def _rows(text: str) -> list[dict[str, str]]:
    pages = [0] + [i + 1 for i, c in enumerate(text) if c == "\f"]

    def page_of(pos: int) -> int:
        return sum(1 for p in pages if p <= pos)

    return [{k: v.text for k, v in r.cells.items()} for t in find_tables(text, page_of)
            for r in t.rows]


def test_header_lines_of_one_column_name_each_open_a_table_with_no_caption() -> None:
    rows = _rows("The ties grew quickly over the year.\n\n" + CHRONOLOGY + "\n5. Assessment\n")
    assert [(r["date"], r["name"], r.get("place")) for r in rows] == [
        ("12 Mar 2024", "Defence Cooperation Agreement signed", "Hanoi"),
        ("Jun 2024", "Contract for two offshore patrol vessels", "Bangkok"),
        ("9–11 Sep 2024", "Port visit of TCG Heybeliada", "Da Nang")], rows


def test_a_header_over_one_row_and_then_prose_is_no_table() -> None:
    text = ("Date\nActivity\nCountry\nVenue\n3 May 2025\nStaff talks\nOman\nMuscat\n"
            "The staff talks of the two navies were held in Muscat in the first week of May and "
            "covered the training of officers, the exchange of cadets and a port visit.\n")
    assert _rows(text) == []


def test_a_partner_column_names_the_partner_and_the_hub_is_the_other_side() -> None:
    text = ("Türkiye's defence ties with Vietnam and Thailand\n\n"
            "Türkiye has courted Vietnam since 2022. Türkiye also sold ships to Thailand, and "
            "Türkiye's yards expect more orders from Vietnam and Thailand.\n\n" + CHRONOLOGY)
    found = _of(_events(text), "agreement")
    assert [(e["date_start"], sorted(e["parties"])) for e in found] == [
        ("2024-03-12", ["TUR", "VNM"]), ("2024-06", ["THA", "TUR"])], found


def test_a_row_told_with_a_past_participle_is_an_unnamed_event_of_its_kind() -> None:
    text = ("Türkiye and Kenya\n\nTable 2. Chronology\nDate\nEvent\nCountries\n"
            "Mar. 2025\nArmoured vehicles handed over\nTürkiye, Kenya\n"
            "2025\nG3 rifles delivered to the land forces\nTürkiye, Kenya\n")
    found = _of(_events(text), "arms_transfer")
    assert sorted((e["date_start"], e["name"]) for e in found) == [
        ("2025", None), ("2025-03", None)], found


def test_a_row_told_as_a_short_sentence_names_the_document_it_opens_with() -> None:
    text = ("Table 1. Milestones\nDate\nEvent\nPlace\n"
            "4 May 2019\nNicosia Declaration opens the format\nNicosia\n"
            "6 May 2020\nMoU on naval training signed\nAthens\n")
    found = _events(text)
    assert [(e["kind"], e["name"]) for e in found] == [
        ("declaration", "Nicosia Declaration"), ("agreement", None)], found


def test_a_row_of_a_common_noun_and_a_comma_describes_its_event() -> None:
    text = ("Table 1. Naval contacts\nDate\nEvent\nPlace\n"
            "2 Feb 2025\nPASSEX, TCG Burgazada and a Royal Thai Navy frigate\nAndaman Sea\n")
    found = _events(text)
    assert [(e["kind"], e["name"]) for e in found] == [("exercise", None)], found


def test_a_tables_edition_told_bare_in_the_prose_is_the_same_event() -> None:
    text = ("Türkiye, Kyrgyzstan and Tajikistan\n\n"
            "Mountain units of the three countries took part in Pamir Kalkanı-2024 near Osh, "
            "with some 300 special forces personnel.\n\n"
            "Table 1. Exercises\nDate\nExercise\nPlace\n"
            "3–9 Jun 2024\nPamir Kalkanı-2024 joint exercise\nOsh\n")
    found = _of(_events(text), "exercise")
    assert [(e["name"], e["forces"]) for e in found] == [("Pamir Kalkanı-2024", ["special"])], found


def test_a_range_of_months_joins_a_row_to_the_prose() -> None:
    text = ("Türkiye and Moldova\n\n"
            "A Turkish Land Forces training team was deployed to Bulboaca between March and May "
            "2024 to train Moldovan officers.\n\n"
            "Table 1. Activities\nDate\nActivity\nCountries\n"
            "Mar.–May 2024\nTraining team deployed\nTürkiye, Moldova\n")
    found = _of(_events(text), "deployment")
    assert [(e["date_start"], e["date_end"]) for e in found] == [("2024-03", "2024-05")], found


def test_a_cited_works_year_dates_no_event() -> None:
    text = ("Türkiye, Albania and Kosovo\n\n"
            "Three recommendations follow: the working group created at Tirana should be given a "
            "permanent secretariat; exercise scenarios should include cyber defence of pipeline "
            "control systems; and Ankara should coordinate its assistance to Pristina more closely "
            "with NATO (Hoxha 2018; Demir 2023).\n")
    assert _events(text) == []


def test_a_date_qualifying_a_noun_dates_no_event_beside_it() -> None:
    text = ("Türkiye and Libya sign security memorandum\n\n"
            "The June 2023 arrangement itself followed a meeting of the bilateral Joint Security "
            "Mechanism held in Tripoli on 2 February 2023.\n")
    found = _of(_events(text), "meeting")
    assert [e["date_start"] for e in found] == ["2023-02-02"], found


def test_an_operation_is_named_by_its_title_and_not_by_the_date_after_it() -> None:
    found = ev.find_named("Türkiye launched Operation Winter Shield on 2 March 2023 in Syria.")
    assert [(m.kind, m.name) for m in found] == [("conflict", "Operation Winter Shield")], found


def test_a_military_dialogue_of_the_two_armed_forces_is_a_meeting() -> None:
    text = ("Türkiye and Ghana\n\n"
            "The two armed forces held a joint military dialogue in Accra on 6-7 May 2025, "
            "co-chaired by a Turkish major general and the Ghanaian Chief of Defence Staff.\n")
    found = _of(_events(text), "meeting")
    assert [(e["date_start"], sorted(e["parties"])) for e in found] == [
        ("2025-05-06", ["GHA", "TUR"])], found


def test_protected_vehicles_received_are_arms_not_the_units_deployed() -> None:
    text = ("Türkiye and Chad\n\n"
            "In late 2023 the Chadian Army received 20 Kirpi mine-resistant ambush-protected "
            "vehicles from Türkiye for units deployed on the northern border.\n")
    found = _events(text)
    assert [e["kind"] for e in found] == ["arms_transfer"], found


def test_a_navy_commissioning_a_ship_built_abroad_takes_delivery() -> None:
    text = ("Türkiye and Ghana\n\n"
            "On 3 March 2025, the Ghana Navy commissioned GNS Volta, a patrol vessel built by a "
            "Turkish shipyard, at a ceremony in Tema attended by the Turkish ambassador.\n")
    found = _events(text)
    assert [(e["kind"], e["date_start"]) for e in found] == [("arms_transfer", "2025-03-03")], found
    assert _events("Türkiye and Ghana\n\nOn 3 March 2025, the Ghana Navy commissioned a study "
                   "of the coastline.\n") == []


def test_a_document_signed_at_the_meeting_told_with_it_is_not_a_later_delivery() -> None:
    text = ("Cezayir ile İHA ortak üretimi\n\n"
            "Millî Savunma Bakanı, 3 Mart 2026'da Cezayir'de Cezayirli mevkidaşı ile bir araya "
            "geldi. Görüşmenin ardından iki ülke arasında insansız hava araçlarının Cezayir'de "
            "ortak üretimine ilişkin bir anlaşma imzalandı.\n\n"
            "Ekim 2025'te ise Cezayir Deniz Kuvvetlerine Türkiye'den iki adet insansız deniz "
            "aracı, düzenlenen törenle teslim edilmişti.\n")
    found = _events(text)
    assert sorted((e["kind"], e["date_start"]) for e in found) == [
        ("agreement", "2026-03-03"), ("arms_transfer", "2025-10"), ("meeting", "2026-03-03")], found


def test_a_long_row_cell_told_with_a_verb_is_read_as_a_sentence() -> None:
    text = ("Table 1. Chronology\nDate\nEvent\nPlace\n"
            "May 2025\nFirst batch of MPT-76 rifles and sniper systems delivered to Georgia for its "
            "special forces\nTbilisi\n")
    found = _events(text)
    assert [(e["kind"], e["name"]) for e in found] == [("arms_transfer", None)], found


def test_a_title_word_wrapped_before_the_rest_of_a_name_is_no_title() -> None:
    text = ("Azerbaijan and Jordan\n\n"
            "On 18 September 2024 the two sides signed a military cooperation plan, which provides "
            "for staff talks and courses at the Azerbaijani War\nCollege in Baku.\n")
    found = _events(text)
    assert _of(found, "conflict") == [], found


def test_a_report_titles_period_is_not_the_storys_year() -> None:
    text = ("Beyond the Caspian: Azerbaijan's Defence Outreach to\nQatar and Oman, 2022–2025\n"
            "CGPI Policy Report No. 4 · December 2025 · Leyla Aliyeva and John Smith · Caspian "
            "Policy Institute, Baku\nExecutive summary\nThis report argues that since 2022 Baku "
            "has built a second layer of defence partnerships.\n\n"
            "From 3 to 9 October 2025, Azerbaijani and Qatari special forces personnel conducted "
            "exercise Desert Storm-2025 at a training range near Baku.\n")
    found = _of(_events(text), "exercise")
    assert [e["name"] for e in found] == ["Desert Storm-2025"], found


def test_a_rows_name_opened_by_its_title_word_drops_it() -> None:
    text = ("Table 1. Chronology\nDate\nEvent\nPlace\n"
            "3–9 Oct 2025\nExercise Desert Storm-2025, Azerbaijani and Qatari special forces\nBaku\n"
            "2–5 Jun 2024\nTeyyare 2024 Tatbikatı\nGence\n")
    found = _of(_events(text), "exercise")
    assert sorted(e["name"] for e in found) == ["Desert Storm-2025", "Teyyare 2024 Tatbikatı"], found


def test_a_bracketed_line_goes_on_with_the_cell_above() -> None:
    text = ("Table 1. Chronology\nDate\nEvent\nPlace\n"
            "3–9 Oct 2025\nDesert Storm-2025 exercise\n(about 300 personnel)\nBaku\n")
    rows = _rows(text)
    assert [(r["name"], r.get("place")) for r in rows] == [
        ("Desert Storm-2025 exercise (about 300 personnel)", "Baku")], rows


def test_an_edition_named_with_a_space_before_its_year_beside_its_event_noun() -> None:
    for text, name in (("İttifak'ın en büyük tatbikatı olan Cold Response 2026, Mart 2026'da "
                        "icra edilmiştir.", "Cold Response 2026"),
                       ("A frigate took part in Sea Breeze 2025, the annual naval exercise.",
                        "Sea Breeze 2025")):
        common = tuple(ev.find_common(text))
        assert [m.name for m in bare_editions(text, common, tuple(ev.find_named(text)))] == [name]
    text = "Since September 2024 the exercise has been held twice."
    assert bare_editions(text, tuple(ev.find_common(text)), ()) == []


def test_a_table_row_of_no_kind_takes_the_kind_the_prose_names() -> None:
    text = ("Türkiye and Norway\n\n"
            "Turkish ships joined Arctic Guard 2025, the exercise held in the Barents Sea from 2 to "
            "9 March 2025.\n\n"
            "Table 1. Activities\nDate\nActivity\nPlace\n"
            "2–9 Mar 2025\nArctic Guard 2025\nBarents Sea\n")
    found = _events(text)
    assert [(e["kind"], e["name"]) for e in found] == [("exercise", "Arctic Guard 2025")], found


def test_hosting_a_counterpart_and_being_received_are_meetings() -> None:
    for text in ("Türkiye and Estonia\n\nThe Turkish Defence Minister hosted his Estonian "
                 "counterpart in Ankara on 4 June 2025.\n",
                 "Türkiye and Brazil\n\nThe Turkish President was received at the presidential "
                 "palace in Brasília on 9 July 2025 by President Lula for talks on defence "
                 "industry cooperation.\n"):
        found = _of(_events(text), "meeting")
        assert [e["date_start"][:7] for e in found] in (["2025-06"], ["2025-07"]), found


def test_a_person_received_and_talks_held_are_meetings() -> None:
    for text in ("Millî Savunma Bakanımız, 8 Aralık 2025 günü Ankara'daki Bakanlığımızda Slovenya "
                 "Savunma Bakanı Borut Sajovic'i kabul etmiştir.\n",
                 "Kara Kuvvetleri Komutanımız, Norveç Kara Kuvvetleri Komutanının davetlisi olarak "
                 "3-4 Aralık 2025 tarihlerinde Oslo'da temaslarda bulunmuştur.\n"):
        found = _of(_events(text), "meeting")
        assert len(found) == 1 and found[0]["date_start"].startswith("2025-12"), found
    assert _of(_events("Bakanlık, 8 Aralık 2025 günü Slovenya'nın teklifini kabul etmiştir.\n"),
               "meeting") == []


def test_a_tables_parties_by_their_codes() -> None:
    text = ("Table 1. Chronology\nDate\nEvent\nParties\nPlace\n"
            "6 Jun 2022\nDefence ministers' talks\nAZE–QAT\nDoha\n"
            "14 Feb 2023\nMoU on defence cooperation\nAZE–QAT\nBaku\n")
    found = _events(text)
    assert [(e["kind"], e["name"], sorted(e["parties"])) for e in found] == [
        ("meeting", None, ["AZE", "QAT"]), ("agreement", None, ["AZE", "QAT"])], found


def test_a_long_row_cell_describing_in_common_words_names_nothing() -> None:
    text = ("Table 1. Chronology\nDate\nEvent\nPlace\n"
            "9 Oct 2025\nTokayev–Mirziyoyev meeting on the sidelines of the CIS summit\nDushanbe\n"
            "3 Nov 2025\nSteppe Eagle-2025 Joint Peacekeeping Exercise of the Armed Forces\n"
            "Almaty\n")
    found = _events(text)
    assert sorted((e["kind"], e["name"]) for e in found) == [
        ("exercise", "Steppe Eagle-2025"), ("meeting", None)], found


def test_the_three_foreign_ministers_are_the_documents_three_states() -> None:
    text = ("Türkiye, Azerbaijan and Georgia hold trilateral talks in Tbilisi\n\n"
            "The defence ministers of Türkiye, Azerbaijan and Georgia met again in Tbilisi on 4 May "
            "2026 to discuss military cooperation. The format was "
            "launched in Trabzon in June 2012, when the three foreign ministers first met as a "
            "group.\n")
    found = _of(_events(text), "meeting")
    assert [(e["date_start"], sorted(e["parties"])) for e in found] == [
        ("2026-05-04", ["AZE", "GEO", "TUR"]), ("2012-06", ["AZE", "GEO", "TUR"])], found



def test_a_cooperation_agreement_signed_on_its_day_is_no_sale_beside_a_delivery() -> None:
    text = ("Türkiye and Kenya\n\n"
            "The two reviewed the delivery of 30 armoured vehicles to the Kenya Army and progress "
            "under the defence industry cooperation agreement that Türkiye and Kenya signed in "
            "Nairobi on 4 March 2024.\n")
    found = _events(text)
    assert [(e["kind"], e["date_start"]) for e in found] == [("agreement", "2024-03-04")], found
