"""Cases of the eighth held-out set (first seen: record F1 0.424 strict, 0.697 soft), each
written again in other words so that the rule, not the document, is tested; and the
counter-examples each rule must leave alone."""

from __future__ import annotations

import datetime as dt
from typing import Any

from defcoop.extract import extract, to_contract
from defcoop.read.document import Document


def _events(text: str) -> list[dict[str, Any]]:
    return to_contract(extract(Document(path="case.txt", text=text)))["events"]  # type: ignore[no-any-return]


def _kinds(events: list[dict[str, Any]]) -> list[str]:
    return sorted(e["kind"] for e in events)


def test_a_contract_told_paragraphs_after_its_delivery_is_an_event_of_its_own() -> None:
    text = ("Qatar receives first armoured vehicles from Türkiye\n\n"
            "Doha, 4 June 2025 - The first batch of armoured vehicles built for the Qatari Army "
            "was handed over at a ceremony in Doha on 3 June 2025, the Turkish manufacturer said.\n\n"
            "Officers of both armies attended the ceremony.\n\n"
            "The vehicles will serve with mechanised units.\n\n"
            "Crews were trained in Ankara over the winter.\n\n"
            "It was noted that the contract for the vehicles was signed in March 2024 at a "
            "defence exhibition in Doha.\n")
    events = _events(text)
    transfers = [e for e in events if e["kind"] == "arms_transfer"]
    assert sorted(e["date_start"] for e in transfers) == ["2024-03", "2025-06-03"], events
    contract = next(e for e in transfers if e["date_start"] == "2024-03")
    assert set(contract["parties"]) == {"QAT", "TUR"}


def test_the_exercise_told_again_far_back_starts_no_second_event() -> None:
    text = ("Turkish and Pakistani special forces held a joint exercise near Islamabad on "
            "5 May 2025.\n\nOfficers spoke of the training.\n\nThe weather was hot.\n\n"
            "Drills of the kind are common.\n\nThe exercise was first held in 2019.\n")
    assert [e["date_start"] for e in _events(text) if e["kind"] == "exercise"] == ["2025-05-05"]


def test_a_minister_receiving_a_delegation_meets_it() -> None:
    events = _events("Baku, 10 March 2025 - On 4 March, Minister of Defense Zakir Hasanov received a "
                     "delegation led by the Chief of General Staff of Pakistan in Baku.\n")
    meetings = [e for e in events if e["kind"] == "meeting"]
    assert len(meetings) == 1 and meetings[0]["date_start"] == "2025-03-04", events
    assert set(meetings[0]["parties"]) == {"AZE", "PAK"}
    assert not [e for e in events if e["kind"] == "arms_transfer"]


def test_forces_exchanging_heavy_fire_clash_with_no_defense_word() -> None:
    events = _events("May 7, 2025\n\nISLAMABAD/KABUL, May 7 (Reuters) - Pakistani and Afghan forces "
                     "exchanged heavy fire at a border crossing on Tuesday, officials said.\n")
    conflicts = [e for e in events if e["kind"] == "conflict"]
    assert [e["date_start"] for e in conflicts] == ["2025-05-06"], events
    assert set(conflicts[0]["parties"]) == {"AFG", "PAK"}


def test_the_day_a_statement_was_made_is_still_not_the_event_s() -> None:
    events = _events("May 7, 2025\n\nANKARA (AA) - Türkiye and Pakistan held a joint naval exercise "
                     "in the Arabian Sea last week, the ministry said on Tuesday.\n")
    assert all(e["date_start"] != "2025-05-06" for e in events), events


def test_a_fire_is_still_civilian() -> None:
    assert _events("Firefighters fought a heavy fire at a warehouse in Izmir on 5 May 2025; the "
                   "governor said troops helped evacuate residents.\n") == []


def test_a_city_that_accuses_is_its_government_not_a_place() -> None:
    events = _events("Dozens of soldiers were killed in clashes along the frontier between Pakistan "
                     "and Afghanistan on 11 October 2025, after Islamabad accused Kabul of "
                     "sheltering militants.\n")
    conflicts = [e for e in events if e["kind"] == "conflict"]
    assert conflicts, events
    assert not {p["id"] for p in conflicts[0]["places"]} & {"islamabad", "kabul"}
    assert set(conflicts[0]["parties"]) == {"AFG", "PAK"}


def test_a_page_updated_hours_ago_dates_the_story() -> None:
    events = _events("Pakistani, Afghan forces clash at border\n\nDecember 3, 2025 11:42 AM GMT+5 "
                     "Updated 2 hours ago\n\nISLAMABAD, Dec 3 (Reuters) - Pakistani and Afghan forces "
                     "exchanged fire at a border crossing on Tuesday, officials said.\n")
    assert [e["date_start"] for e in events if e["kind"] == "conflict"] == ["2025-12-02"], events


def test_the_verb_of_a_press_briefing_gives_the_exercise_no_day() -> None:
    events = _events("Kartal Pençesi-2025 Tatbikatı tamamlandı\n\nBakanlık Müşaviri, 12 Haziran 2025 "
                     "günü Bakanlıkta düzenlenen haftalık basın bilgilendirme toplantısında "
                     "açıklama yaptı. Müşavir, Türkiye ve Azerbaycan'ın katıldığı Kartal Pençesi-2025 "
                     "Tatbikatı'nın 2-6 Haziran 2025 tarihleri arasında Bakü'de icra edildiğini "
                     "bildirdi.\n")
    ex = [e for e in events if e["kind"] == "exercise"]
    assert [(e["date_start"], e["date_end"]) for e in ex] == [("2025-06-02", "2025-06-06")], events
    assert not [e for e in events if e["kind"] == "meeting"]


def test_a_first_and_a_last_day_told_apart_in_one_sentence_make_the_range() -> None:
    tr = _events("Türkiye ve Gürcistan birliklerinin katıldığı Dağ Kartalı-2025 Tatbikatı, 3 Nisan "
                 "2025'te başlayan ve 11 Nisan 2025'te sona eren programla Tiflis'te icra edildi.\n")
    assert [(e["date_start"], e["date_end"]) for e in tr if e["kind"] == "exercise"] == [
        ("2025-04-03", "2025-04-11")], tr
    en = _events("The Steppe Guard-2025 exercise of Turkish and Kazakh troops began on 3 April 2025 "
                 "and ended on 11 April 2025 near Almaty.\n")
    assert [(e["date_start"], e["date_end"]) for e in en if e["kind"] == "exercise"] == [
        ("2025-04-03", "2025-04-11")], en
    apart = _events("The Steppe Guard-2025 exercise of Turkish and Kazakh troops began on 3 April "
                    "2025 and ended on 11 August 2025 near Almaty.\n")
    assert all(e["date_end"] != "2025-08-11" or e["date_start"] != "2025-04-03" for e in apart)


def test_a_declaration_signed_at_the_end_of_a_meeting_takes_its_day() -> None:
    events = _events("Türkiye ve Irak savunma bakanları dün Bağdat'ta bir araya geldi.\n\n"
                     "Toplantının sonunda iki bakan, terörle mücadelede iş birliğini öngören ortak "
                     "bildiriyi imzaladı.\n\nANKARA, 15 Ocak 2025 (AA)\n")
    kinds = _kinds(events)
    assert "declaration" in kinds and "meeting" in kinds, events
    decl = next(e for e in events if e["kind"] == "declaration")
    meet = next(e for e in events if e["kind"] == "meeting")
    assert decl["date_start"] == meet["date_start"]


def test_a_delivery_named_by_what_it_moves_needs_no_defense_word() -> None:
    events = _events("Azerbaycan, 2023 yılında Sırbistan'dan kundağı motorlu obüsleri tedarik etmişti.\n")
    assert [(e["kind"], e["date_start"]) for e in events] == [("arms_transfer", "2023")], events
    assert set(events[0]["parties"]) == {"AZE", "SRB"}


def test_a_delivery_under_an_earlier_agreement_is_its_own_event() -> None:
    text = ("İHA'ların Kazakistan'da ortak üretimine ilişkin anlaşma, Mayıs 2022'de Ankara'da "
            "Türkiye ile Kazakistan arasında imzalanmıştı. Anlaşma kapsamında, Türkiye'de "
            "üretilen ilk üç İHA Şubat 2024'te Astana'da Kazakistan'a teslim edilmişti.\n")
    events = _events(text)
    assert sorted((e["kind"], e["date_start"]) for e in events) == [
        ("agreement", "2022-05"), ("arms_transfer", "2024-02")], events


def test_an_era_and_an_analysis_title_are_no_events() -> None:
    assert _events("Soğuk Savaş döneminde 1962 yılında Türkiye'deki füzeler tartışıldı.\n") == []
    assert _events("ANALİZ | 10 Aralık 2025\n\nBakü'nün çok yönlü silah tedariki: Sırbistan ve "
                   "İsrail arasında Azerbaycan\n\nAzerbaycan'ın savunma politikası uzun süredir "
                   "tartışılıyor.\n") == []


def test_a_named_training_is_an_exercise_and_a_task_group_an_institution() -> None:
    ex = _events("Türk Deniz Kuvvetleri ile Endonezya Deniz Kuvvetleri arasında Deniz Yıldızı-2025 "
                 "Eğitimi, 2-16 Eylül 2025 tarihleri arasında Aksaz'da tamamlandı.\n")
    assert [(e["kind"], e["name"]) for e in ex] == [("exercise", "Deniz Yıldızı-2025")], ex
    inst = _events("The Aegean Mine Countermeasures Task Group of Türkiye and Greece was formally "
                   "activated at a ceremony in Izmir on 1 July 2024.\n")
    assert [e["kind"] for e in inst] == ["institution"], inst


def test_a_warship_arriving_is_a_deployment() -> None:
    events = _events("Törene, 9 Ekim 2025'te Mogadişu Limanı'na ulaşan Türk Deniz Kuvvetlerine ait "
                     "TCG Kınalıada korveti de katıldı.\n")
    assert [(e["kind"], e["date_start"]) for e in events] == [("deployment", "2025-10-09")], events


# Cases of the ninth held-out set (first seen 0.211 / 0.456), in other words.

def test_the_statement_issued_after_that_meeting_is_a_declaration_of_its_day() -> None:
    events = _events("ANKARA, 20 May 2025 (AA) - On 14 March 2025 the defence ministers of Türkiye "
                     "and Iraq met in Baghdad. The joint statement issued after that meeting called "
                     "the group a threat to both Türkiye and Iraq.\n")
    decl = [e for e in events if e["kind"] == "declaration"]
    assert [e["date_start"] for e in decl] == ["2025-03-14"], events


def test_a_meeting_and_a_roadmap_under_a_headline_naming_an_exercise() -> None:
    text = ("Turkish troops join NATO's Danube Guard-25 drills in Romania\n\n"
            "Ana Pop BUCHAREST May 08, 2025 12:40 PM GMT+3\n\n"
            "Turkish troops are taking part in Danube Guard-25, which began on Monday and runs "
            "until May 16, with Romanian and Bulgarian units.\n\n"
            "On the sidelines of the exercise, the Turkish Land Forces Commander met Romania's "
            "Chief of Defense in Bucharest yesterday.\n\n"
            "In February, the defense ministers of Türkiye and Romania signed a roadmap on "
            "defense cooperation in Ankara.\n")
    events = {e["kind"]: e for e in _events(text)}
    assert (events["exercise"]["date_start"], events["exercise"]["date_end"]) == (
        "2025-05-05", "2025-05-16"), events
    assert events["meeting"]["date_start"] == "2025-05-07"
    assert events["agreement"]["date_start"] == "2025-02"


def test_a_ship_named_after_a_city_is_no_place() -> None:
    events = _events("ANKARA, 20 May 2025 (AA) - The frigate TCG Gaziantep joined a joint naval "
                     "exercise of Türkiye and Romania in the Black Sea on 19 May 2025.\n")
    assert events and all("gaziantep" not in {p["id"] for p in e["places"]} for e in events), events


def test_a_date_line_of_labelled_cells_and_a_dateline_closed_by_two_hyphens() -> None:
    events = _events("Kyrgyzstan receives drones\n\nSource: Xinhua | 2025-04-03 21:16:40 | Editor: "
                     "x\n\nBISHKEK, April 3 (Xinhua) -- The drones were handed over to the Air Force "
                     "of Kyrgyzstan by Türkiye at a ceremony in Bishkek on Wednesday.\n")
    assert [e["date_start"] for e in events if e["kind"] == "arms_transfer"] == ["2025-04-02"], events


def test_a_dated_bulletin_s_yearless_day_is_of_its_year() -> None:
    text = ("Tarih: 09.10.2025\n\nLibya'ya yönelik eğitim faaliyetleri, 27 Kasım 2019'da İstanbul'da "
            "imzalanan mutabakat muhtırası çerçevesinde sürdürülmektedir.\n\nTürk Deniz "
            "Kuvvetlerine ait fırkateyn, 6 Ekim'de Libya'nın Misrata Limanı'na ulaşarak görevine "
            "başlamıştır.\n")
    dep = [e for e in _events(text) if e["kind"] == "deployment"]
    assert [e["date_start"] for e in dep] == ["2025-10-06"], dep


def test_the_day_before_the_ceremony_is_the_day_before_its_day() -> None:
    text = ("İSTANBUL (AA) - Ukrayna için inşa edilen korvet, dün İstanbul'da düzenlenen törenle "
            "Ukrayna Deniz Kuvvetlerine teslim edildi.\n\nTöreni izleyenler gemiyi gezdi.\n\n"
            "Gemi yakında Karadeniz'e açılacak.\n\nUkrayna Savunma Bakanı, törenden bir gün önce "
            "Ankara'da Millî Savunma Bakanı ile bir araya gelmişti.\n\n27 Kasım 2025\n")
    days = {e["kind"]: e["date_start"] for e in _events(text)}
    assert days.get("meeting") is not None and days.get("arms_transfer") is not None, days
    assert (dt.date.fromisoformat(days["arms_transfer"])
            - dt.date.fromisoformat(days["meeting"])).days == 1, days


# Cases of the tenth held-out set (first seen 0.457 / 0.686), in other words.

def test_a_protocol_signed_after_the_talks_told_paragraphs_before_takes_their_day() -> None:
    text = ("Bakü, 27 Mayıs 2026 (AA) - Azerbaycan Savunma Bakanı, resmi ziyaret için ülkede bulunan "
            "Çin Savunma Bakanı ile dün Bakü'de bir araya geldi.\n\nBakanlar önce baş başa görüştü.\n\n"
            "Görüşmede bölgesel güvenlik konuları ele alındı.\n\nBakan, ilişkilerin geliştiğini "
            "söyledi.\n\nGörüşmenin ardından iki bakan, askeri-teknik iş birliği protokolünü "
            "imzaladı.\n")
    days = {e["kind"]: e["date_start"] for e in _events(text)}
    assert days.get("meeting") == "2026-05-26" and days.get("agreement") == "2026-05-26", days


def test_a_foreign_navy_named_by_its_initials_is_its_state() -> None:
    events = _events("ISLAMABAD, Jan 19, 2026 (APP): On Friday, the Deputy Commander of the PLA Navy "
                     "called on the Chief of the Naval Staff at Naval Headquarters in Islamabad.\n")
    meetings = [e for e in events if e["kind"] == "meeting"]
    assert meetings and set(meetings[0]["parties"]) == {"CHN", "PAK"}, events
