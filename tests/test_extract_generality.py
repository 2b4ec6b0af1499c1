"""Rules of linking kept from misfiring on sentences they were not written for: each case is a
counter-example to a rule of the held-out sets (a rule too broad turns it into a wrong event,
place, date or merge)."""

from __future__ import annotations

from typing import Any

from defcoop.extract import extract, to_contract
from defcoop.read.document import Document


def _events(text: str) -> list[dict[str, Any]]:
    return to_contract(extract(Document(path="case.txt", text=text)))["events"]  # type: ignore[no-any-return]


def test_a_command_where_an_exercise_was_opened_is_no_institution() -> None:
    events = _events("Turkish and Azerbaijani officers opened the joint exercise at the Caspian Sea "
                     "Naval Command in Baku on 5 May 2025.\n")
    assert [e["kind"] for e in events if e["kind"] == "institution"] == []
    tr = _events("Türk ve Azerbaycan birliklerinin ortak tatbikatı, Deniz Kuvvetleri Komutanlığı'nda "
                 "düzenlenen törenle 5 Mayıs 2025'te açıldı.\n")
    assert [e["kind"] for e in tr if e["kind"] == "institution"] == []


def test_an_agreement_signed_after_a_delivery_stays_an_agreement() -> None:
    events = _events("Türkiye'nin Azerbaycan'a 20 zırhlı aracı 5 Mayıs 2025'te Bakü'de teslim edildi. "
                     "Teslimatın ardından iki ülke 5 Mayıs 2025'te Ankara'da savunma sanayii "
                     "işbirliği anlaşması imzaladı.\n")
    kinds = sorted(e["kind"] for e in events)
    assert kinds == ["agreement", "arms_transfer"], events


def test_days_years_apart_make_no_range() -> None:
    events = _events("Turkish and Azerbaijani troops completed a joint military exercise near Baku on "
                     "15 May 2026. The exercise series began on 12 June 2017.\n")
    for e in events:
        assert not (e["date_start"] == "2017-06-12" and e["date_end"] == "2026-05-15"), e
    events = _events("Turkish and Azerbaijani troops held a joint military exercise near Baku on "
                     "3 March 2025. The joint military exercise, which runs through Sept. 26, 2025, "
                     "involves 500 troops.\n")
    assert all(e["date_end"] != "2025-09-26" or e["date_start"] != "2025-03-03" for e in events)


def test_a_headline_of_a_cooperation_agreement_is_not_the_delivery_under_it() -> None:
    events = _events("Azerbaijan, Turkey and Pakistan sign defence industry cooperation agreement in "
                     "Islamabad\n\nTurkish firm Aselsan delivered 20 armoured vehicles to the "
                     "Azerbaijani army on 5 May 2025, the ministry said.\n")
    transfers = [e for e in events if e["kind"] == "arms_transfer"]
    assert transfers and all("PAK" not in e["parties"] for e in transfers), events


def test_as_planned_tells_of_the_past() -> None:
    events = _events("ANKARA, 14 Mayıs 2025 (AA) - Türkiye ile Azerbaycan arasındaki ortak tatbikat, "
                     "planlandığı gibi Salı günü Konya'da tamamlandı.\n")
    assert [e["date_start"] for e in events if e["kind"] == "exercise"] == ["2025-05-13"]


def test_the_day_of_what_was_said_is_not_the_day_it_was_said() -> None:
    events = _events("Bakan, Türkiye ile Azerbaycan arasında 3 Mart 2024'te imzalanan savunma "
                     "anlaşmasının yürürlüğe girdiğini söyledi. Türkiye ve Azerbaycan savunma "
                     "bakanları dün Ankara'da görüştü.\n")
    assert all(e["date_start"] != "2024-03-02" for e in events), events


def test_a_gas_deal_at_a_defence_expo_is_no_event() -> None:
    assert _events("Turkey and Azerbaijan signed a natural gas agreement on the sidelines of the "
                   "defence expo on 5 May 2025.\n") == []


def test_a_cultural_agreement_in_a_defense_story_is_no_event() -> None:
    events = _events("Turkish and Azerbaijani navies hold joint drill\n\nThe navies of Turkey and "
                     "Azerbaijan held a joint naval exercise in the Caspian Sea on 1 May 2025. "
                     "Separately, Azerbaijan and Turkey signed an agreement on cultural heritage and "
                     "university exchanges on 2 May 2025.\n")
    assert [e["kind"] for e in events] == ["exercise"], events


def test_a_side_that_names_another_place_leaves_the_country_out() -> None:
    events = _events("Iranian and Armenian troops held a joint military exercise in East Azerbaijan "
                     "province on 5 May 2025.\n")
    assert all("aze" not in [p["id"] for p in e["places"]] for e in events), events


def test_a_border_clash_of_two_states_is_a_conflict() -> None:
    events = _events("BISHKEK, 16 May 2024 - Kyrgyz and Tajik border guards exchanged fire late on "
                     "Tuesday near the town of Batken, wounding two Kyrgyz servicemen.\n")
    conflicts = [e for e in events if e["kind"] == "conflict"]
    assert [(c["date_start"], sorted(c["parties"])) for c in conflicts] == [("2024-05-14", ["KGZ", "TJK"])]


def test_a_football_clash_is_no_conflict() -> None:
    assert _events("The two teams clash again on 5 May 2025 in the league final, the club said.\n") == []


def test_the_same_day_dates_a_sentence_by_the_day_told_before() -> None:
    events = _events("ANKARA, 25 Temmuz 2025 - Türkiye ile Bangladeş arasında savunma sanayii "
                     "mutabakat zaptı dün İstanbul'da imzalandı.\n\nAynı gün Bangladeş Kara "
                     "Kuvvetleri Komutanı, Türkiye Savunma Sanayii Başkanı ile bir araya geldi.\n")
    meetings = [e for e in events if e["kind"] == "meeting"]
    assert [m["date_start"] for m in meetings] == ["2025-07-24"]


# Counter-examples to the rules of the eighth and ninth held-out sets.

_AA = "ANKARA, 20 May 2025 (AA) - "


def test_a_story_under_a_bare_date_line_keeps_its_event() -> None:
    for text in ("20.05.2025\n\nTürk ve Azerbaycan özel kuvvetlerinin katılımıyla Nahçıvan'da ortak "
                 "tatbikat yapıldı.\n",
                 "Date: 20 May 2025\n\nTurkish and Azerbaijani special forces took part in a joint "
                 "exercise in Nakhchivan.\n"):
        assert [e["kind"] for e in _events(text)] == ["exercise"], text


def test_civil_deliveries_flights_and_domestic_clashes_are_no_events() -> None:
    for text in ("Airbus delivered 12 aircraft to Pegasus Airlines in April.",
                 "Cemre Shipyard delivered a hybrid ferry vessel to Norwegian operator Fjord1 on Monday.",
                 "Türkiye, Gazze'ye insani yardım malzemesi taşıyan iki uçak gönderdi.",
                 "Turkish Airlines sent aircraft to Tel Aviv on Monday to bring back Turkish citizens.",
                 "Sudan's army and the paramilitary Rapid Support Forces clashed in Omdurman on Monday.",
                 "Lebanese army forces exchanged fire with gunmen near Sidon on Monday."):
        assert _events(_AA + text + "\n") == [], text


def test_a_partner_is_no_enemy_in_a_clash_with_militants() -> None:
    text = ("Turkish and Pakistani defence ministers met in Ankara on 12 May 2025. Türkiye and "
            "Pakistan agreed to deepen cooperation. Pakistan thanked Türkiye.\n\nSeparately, "
            "Pakistani troops clashed with Afghan militants in North Waziristan on Sunday.\n")
    for e in _events(_AA + text):
        if e["kind"] == "conflict":
            assert "TUR" not in e["parties"], e


def test_activated_systems_and_a_surname_are_no_events() -> None:
    assert [e["kind"] for e in _events(_AA + "Azerbaijan's Emergency Situations Ministry activated "
                                       "its Crisis Management Center on Monday.\n")] == []
    assert [e for e in _events(_AA + "MSB, Elektronik Savaş sistemlerinin envantere girdiğini "
                               "açıkladı. Törene Kurmay Albay Mehmet Savaş da katıldı.\n")
            if e["kind"] == "conflict"] == []


def test_visitors_reaching_a_number_are_no_deployment() -> None:
    assert _events(_AA + "Sarayburnu'nda ziyarete açılan TCG Anadolu'yu gezen vatandaşların sayısı "
                   "üç günde 100 bine ulaştı.\n") == []


def test_a_signing_after_talks_that_began_and_ended_takes_its_own_day() -> None:
    events = _events(_AA + "Negotiations between Türkiye and Azerbaijan that began on 12 May 2025 "
                     "ended on 15 May 2025 with the signing of a defence cooperation agreement.\n")
    assert all(e["date_end"] != "2025-05-15" or e["date_start"] != "2025-05-12"
               for e in events if e["kind"] == "agreement"), events


def test_a_document_signed_in_a_city_that_said_keeps_the_city() -> None:
    events = _events(_AA + "A memorandum on defence cooperation signed by Türkiye and Pakistan in "
                     "Islamabad on 19 May 2025 said the two countries would train together.\n")
    agreements = [e for e in events if e["kind"] == "agreement"]
    assert agreements and "islamabad" in {p["id"] for p in agreements[0]["places"]}, events


def test_cold_and_branch_words_stay_in_names_they_open_but_not_descriptors() -> None:
    names = {e["name"] for e in _events(_AA + "Turkish troops are taking part in the Cold Response "
                                        "2024 exercise in Norway on 5 March 2024.\n")}
    assert "Cold Response 2024" in names, names
    names = {e["name"] for e in _events(_AA + "Türk ve Azerbaycan hava kuvvetleri Ortak Hava TurAz "
                                        "Kartalı-2025 Tatbikatı'nı 5 Mayıs 2025'te Konya'da icra etti.\n")}
    assert "TurAz Kartalı-2025" in names, names


def test_a_pilot_course_is_no_exercise() -> None:
    assert [e for e in _events(_AA + "Pakistan Hava Kuvvetlerine mensup pilotlar, 5 Mayıs 2025'te "
                               "Türkiye'de F-16 Pilot Eğitimini tamamladı.\n")
            if e["kind"] == "exercise"] == []


def test_a_mayor_meeting_an_ambassador_is_no_meeting_of_states() -> None:
    assert [e for e in _events(_AA + "Ankara Büyükşehir Belediye Başkanı Mansur Yavaş, 19 Mayıs "
                               "2025'te Azerbaycan'ın Ankara Büyükelçisi ile görüştü.\n")
            if e["kind"] == "meeting"] == []


def test_on_a_weekday_the_ministry_said_dates_the_saying() -> None:
    events = _events("ISLAMABAD, 8 May 2025 (AA) - Pakistan and Türkiye signed a defence cooperation "
                     "agreement in Islamabad, officials said. On Wednesday, the ministry said the "
                     "deal covered training.\n")
    assert all(e["date_start"] != "2025-05-07" for e in events), events
