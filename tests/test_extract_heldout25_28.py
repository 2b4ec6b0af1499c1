"""Cases of the twenty-fifth to twenty-eighth held-out sets, each written again in other words
and about other states, so that the rule, not the document, is tested; and the counter-examples
each rule must leave alone."""

from __future__ import annotations

from defcoop.detect.actors import default_finder as actors
from defcoop.detect.events import find_named, is_generic_name
from defcoop.detect.forces import find_forces
from defcoop.detect.places import default_finder as places

from extract_cases import events as _events, of as _of

_WIRE = "ANKARA, 12 June 2025 (AA) - "


def _places(text: str) -> list[tuple[str, bool]]:
    return [(p.value, bool(p.extra["locative"])) for p in places().find(text)]


def test_a_clash_told_as_a_noun_on_its_own_day_is_reported() -> None:
    text = ("ISLAMABAD, 20 May 2025 - The minister briefed the visitors on the border, including "
            "the unprovoked firing by Indian troops on Pakistani posts near Chaman on Monday "
            "last week, which was answered by Pakistani troops.\n")
    clashes = _of(_events(text), "conflict")
    assert [(e["date_start"], sorted(e["parties"])) for e in clashes] == [
        ("2025-05-12", ["IND", "PAK"])], clashes
    # a clash of a year or month is background ("the clashes of 2020 between ...")
    background = ("ISLAMABAD, 20 May 2025 - The minister recalled the unprovoked firing by Indian troops on "
                  "Pakistani posts in 2019.\n")
    assert not _of(_events(background), "conflict")


def test_a_special_units_parent_service_is_no_branch() -> None:
    assert [f.value for f in find_forces(
        "the Special Service Group of Pakistan Army and the Turkish Special Forces")] == [
            "special", "special"]
    assert [f.value for f in find_forces(
        "Özbekistan Kara Kuvvetlerine bağlı özel kuvvetler")] == ["special"]
    # a branch of its own, not a parent
    assert [f.value for f in find_forces("the special forces and the army of Qatar")] == [
        "special", "land"]
    assert [f.value for f in find_forces("land and air forces")] == ["land", "air"]


def test_words_of_a_part_of_a_sea_and_the_open_sea_place_it() -> None:
    assert ("caspian-sea", True) in _places("held in the Turkmen sector of the Caspian Sea")
    assert ("black-sea", True) in _places("the crew was rescued in the open Black Sea")
    assert ("black-sea", False) in _places("the Black Sea region's security")


def test_a_city_after_a_district_and_a_comma_is_the_place() -> None:
    assert ("istanbul", True) in _places("at its shipyard in Pendik, Istanbul")
    assert ("istanbul", False) in _places("the governors of Ankara, Istanbul and Izmir")


def test_a_port_left_is_no_place_of_the_event() -> None:
    text = (_WIRE + "Upon leaving Doha on Tuesday, the frigate TCG Oruçreis carried out a passing "
            "exercise with a Qatari Navy vessel in the Gulf.\n")
    found = _of(_events(text), "exercise")
    assert found and all("doha" not in [p["id"] for p in e["places"]] for e in found), found


def test_a_kind_of_exercise_in_brackets_is_no_name() -> None:
    assert is_generic_name("PASSEX")
    assert not is_generic_name("Kardeşlik-2025")
    text = (_WIRE + "On Tuesday the frigate TCG Oruçreis carried out a passing exercise (PASSEX) "
            "with a Qatari Navy vessel in the Gulf.\n")
    assert [e["name"] for e in _of(_events(text), "exercise")] == [None]
    assert any(m.name == "Kardeşlik-2025" for m in find_named("the Kardeşlik-2025 exercise"))


def test_ships_and_a_helicopter_take_part_in_a_rescue() -> None:
    text = ("BATUMI, 4 September 2025 - Yesterday, while the joint exercise was under way, a search "
            "and rescue group formed from Georgian and Turkish ships and a helicopter was sent to "
            "help the crew of a fishing boat in the Black Sea.\n")
    found = _of(_events(text), "other")
    assert [(e["date_start"], sorted(e["parties"])) for e in found] == [
        ("2025-09-03", ["GEO", "TUR"])], found
    # a rescue by coast-side volunteers is no activity of two states' forces
    civil = ("BATUMI, 4 September 2025 - Yesterday volunteers from Georgia and Türkiye took part in "
             "a search and rescue for the crew of a fishing boat.\n")
    assert not _of(_events(civil), "other")


def test_a_peace_operation_named_with_a_state_names_no_party() -> None:
    found = actors().find("Birleşmiş Milletler Lübnan Geçici Görev Gücü (UNIFIL) bünyesindeki "
                          "görevinden dönen TCG Bafra korveti")
    assert "LBN" not in [a.value for a in found if a.kind == "party"]
    assert "unifil" in [a.value for a in found if a.kind == "organization"]


def test_a_battalion_task_force_is_land() -> None:
    assert [f.value for f in find_forces("Bosna-Hersek Türk Tabur Görev Kuvveti")] == ["land"]


def test_a_quoted_name_before_the_joint_venture_names_the_company() -> None:
    text = ("Ankara, 3 Temmuz 2025\n\nASFAT ile Katar arasında kurulan \"ASFAT-Barzan Savunma\" "
            "ortak girişim şirketi önceki gün Doha'da düzenlenen törenle faaliyete geçti.\n")
    found = _of(_events(text), "institution")
    assert [e["name"] for e in found] == ["ASFAT-Barzan Savunma"], found


def test_a_document_signed_after_a_placed_meeting_takes_its_place() -> None:
    text = ("Gürcistan ile Belarus arasında askeri eğitim protokolü\n\n"
            "Yayınlanma: 26 Mayıs 2025\n\n"
            "TİFLİS (İHA) - Gürcistan Savunma Bakanı, resmi ziyaret için bulunduğu Belarus'un "
            "başkenti Minsk'te geçen çarşamba Belaruslu mevkidaşı ile bir araya geldi.\n\n"
            "Heyetler arası görüşmede iki ülke arasındaki askeri işbirliği ele alındı. Görüşmenin "
            "ardından iki bakan, askeri eğitim alanında işbirliğine ilişkin protokolü imzaladı.\n")
    found = _events(text)
    assert [[p["id"] for p in e["places"]] for e in _of(found, "agreement")] == [["minsk"]], found
    assert [[p["id"] for p in e["places"]] for e in _of(found, "meeting")] == [["minsk"]], found


def test_preparing_to_hold_an_exercise_is_the_future() -> None:
    text = ("Yayınlanma: 26 Mayıs 2025\n\nMoğolistan, Eylül ayında Çin ile birlikte \"Sınır-2025\" "
            "ortak tatbikatını düzenlemeye hazırlanıyor.\n")
    assert not _of(_events(text), "exercise")
    held = ("Yayınlanma: 26 Mayıs 2025\n\nMoğolistan, Mayıs ayında Çin ile birlikte \"Sınır-2025\" "
            "ortak tatbikatını düzenledi.\n")
    assert [e["name"] for e in _of(_events(held), "exercise")] == ["Sınır-2025"]


def test_the_next_phase_of_the_exercise_is_another_edition() -> None:
    text = ("Yayınlanma: 8 Kasım 2025\n\nÖzbekistan ve Kırgızistan özel kuvvetleri 3-7 Kasım "
            "tarihlerinde Fergana'da \"Dağ Kartalı-2025\" tatbikatını icra etti.\n\n"
            "Tatbikatın bir sonraki aşamasının da 2026'da Kırgızistan'da icra edilmesi "
            "planlanıyor.\n")
    found = _of(_events(text), "exercise")
    assert [[p["id"] for p in e["places"]] for e in found] == [["fergana"]], found


# ----------------------------------------------------------------------------- heldout26, 27

def test_the_arrival_of_weapons_just_delivered_dates_and_places_the_delivery() -> None:
    text = ("Report.az\n\n18 November, 2024 15:20\n\nThe first Rafale fighter jets have been "
            "delivered to the Air Force of Serbia, citing the ministry.\n\nAccording to the ministry, "
            "the aircraft landed at Batajnica Air Base on Saturday after a ferry flight from France.\n")
    found = _of(_events(text), "arms_transfer")
    assert [e["date_start"] for e in found] == ["2024-11-16"], found
    assert all("fra" not in [p["id"] for p in e["places"]] for e in found)


def test_a_memorandum_signed_as_officials_met_tells_of_the_meeting() -> None:
    text = ("ISTANBUL, JUL 26, 2023\n\nQatar and Pakistan on Tuesday signed a memorandum of "
            "understanding on defense industry cooperation, as the two allies' top defense industry "
            "officials met on the sidelines of the fair in Istanbul.\n")
    kinds = sorted(e["kind"] for e in _events(text))
    assert kinds == ["agreement", "meeting"], kinds


def test_the_first_week_of_a_month_is_that_month() -> None:
    from defcoop.detect.dates import find_dates
    found = find_dates("Ekim ayının ilk haftasında teslim edildi", keep_yearless=True)
    assert [(d.start, d.precision) for d in found] == [("-10", "month")]


def test_a_place_in_the_clause_after_a_finite_verb_is_that_clauses() -> None:
    text = ("Yayınlanma: 23 Ağustos 2023\n\nKatar'a ilk parti teslim edildi, Lefkoşa'da ortak "
            "mühimmat şirketi açıldı.\n\nİlk parti, Ağustos ayında Katar ile Türkiye arasındaki "
            "anlaşma kapsamında Doha'da teslim edildi.\n")
    found = _of(_events(text), "arms_transfer")
    assert found and all("nicosia" not in [p["id"] for p in e["places"]] for e in found), found


def test_a_named_document_in_words_dated_only_by_them_is_no_event() -> None:
    text = ("Yayınlanma: 23 Ağustos 2023\n\nTörende konuşan bakan, \"Bugün açtığımız tesis, Oş Ortak "
            "Bildirisi ile kayıt altına aldığımız müttefikliğin sanayideki karşılığıdır\" dedi.\n")
    assert not _of(_events(text), "declaration")


def test_a_fairs_stand_visited_is_no_meeting() -> None:
    text = ("Yayınlanma: 23 Ağustos 2023\n\nBaykar'ın geliştirdiği AKINCI taarruzi insansız hava "
            "araçlarının ilk partisi dün Rusya Hava Kuvvetlerine teslim edildi.\n\n"
            "Kızılelma, Mayıs 2022'de Moskova'da düzenlenen fuarda "
            "Rusya halkının ilgisine sunulmuş, Vladimir Putin de Baykar'ın standını ziyaret ederek "
            "platform hakkında bilgi almıştı.\n")
    assert not _of(_events(text), "meeting")
    assert _of(_events(text), "arms_transfer")


def test_a_short_title_and_its_full_title_are_one_document() -> None:
    text = ("Yayınlanma: 15.03.2022\n\nGörüşmenin ardından iki ülke arasında Askerî Mali İşbirliği "
            "Anlaşması imzalandı.\n\nANKARA - Bakan dün Kişinev'de Moldovalı mevkidaşı ile görüştü. "
            "Görüşmenin ardından bakanlar, \"Türkiye Cumhuriyeti Hükümeti ile Moldova Hükümeti "
            "Arasında Askerî Mali İşbirliği Anlaşması\"nı imzaladı.\n")
    found = _of(_events(text), "agreement")
    assert [e["name"] for e in found] == [
        "Türkiye Cumhuriyeti Hükümeti ile Moldova Hükümeti Arasında Askerî Mali İşbirliği "
        "Anlaşması"], found


def test_a_name_with_its_languages_letters_is_preferred() -> None:
    text = ("World\n\nQatari, Turkish forces wrap up 'Col Simsegi-2026' drills\n\n16.09.2026\n\n"
            "Qatar and Türkiye on Friday wrapped up the \"Çöl Şimşeği-2026\" joint exercise in Konya "
            "from 5 to 16 September.\n")
    assert [e["name"] for e in _of(_events(text), "exercise")] == ["Çöl Şimşeği-2026"]


def test_two_names_before_a_plural_base_noun_are_two_bases() -> None:
    assert [(p.value, p.text) for p in places().find(
        "The drills were conducted at the Kurdamir and Gala air bases")] == [
            ("kurdamir-air-base", "Kurdamir"), ("gala-air-base", "Gala air bases")]
    # a name not followed by the noun's singular in the gazetteer stays what it is
    assert [p.value for p in places().find("Ankara and Konya bases")] == ["ankara", "konya"]


def test_forces_in_someones_words_are_no_forces() -> None:
    text = (_WIRE + "Qatar and Türkiye wrapped up the \"Nasr-2025\" joint air force exercise on "
            "Friday.\n\nThe minister said the exercise \"once again demonstrated the unity and "
            "brotherhood of our armies\".\n")
    assert [e["forces"] for e in _of(_events(text), "exercise")] == [["air"]]


def test_a_chronologys_sentence_cell_runs_over_lines() -> None:
    text = ("Tablo 1. Seçilmiş olaylar kronolojisi (2021–2024)\nTarih\nOlay\nTaraflar\n"
            "13-14 Eylül 2022\nKırgızistan-Tacikistan sınırında Batken istikametinde\nkara "
            "birlikleri arasında çatışmalar yaşandı.\nKırgızistan,\nTacikistan\n"
            "15 Haziran 2021\nOş Ortak Bildirisi, Oş'ta cumhurbaşkanları tarafından\n"
            "imzalandı.\nKırgızistan, Özbekistan\n\nSonuç\n")
    found = _events(text)
    clash = _of(found, "conflict")
    assert [(e["date_start"], e["date_end"], sorted(e["parties"])) for e in clash] == [
        ("2022-09-13", "2022-09-14", ["KGZ", "TJK"])], found
    assert [e["name"] for e in _of(found, "declaration")] == ["Oş Ortak Bildirisi"], found


def test_a_document_named_among_many_states_takes_none_of_them() -> None:
    text = ("Yayın tarihi: 9 Aralık 2024\n\nÇalışmada, Oş Ortak Bildirisi ile güçlenen müttefiklik "
            "ilişkisinin Kırgızistan'ın Pakistan, Gürcistan, Türkiye ve İsrail ile geliştirdiği "
            "ortaklıklarla nasıl tamamlandığı ele alınmaktadır.\n\nOş Ortak Bildirisi, 15 Haziran "
            "2021'de Kırgızistan ve Özbekistan cumhurbaşkanları tarafından imzalandı.\n")
    found = _of(_events(text), "declaration")
    assert [sorted(e["parties"]) for e in found] == [["KGZ", "UZB"]], found


def test_a_tables_activity_told_as_an_act_on_a_named_thing() -> None:
    text = ("Table 4.1: Ghana-Türkiye defence cooperation activities, 2025\nNo.\nDate\nActivity\n"
            "Location\n1\n12 March 2025\nSigning of the Protocol on Military Training Cooperation\n"
            "Accra\n2\nJune 2025\nDelivery of 30 armoured personnel carriers to the Ghana Army\n"
            "Accra\n\nSource: Ministry of Defence.\n")
    found = _events(text)
    assert [e["name"] for e in _of(found, "agreement")] == ["Protocol on Military Training Cooperation"]
    # the row's number is no day: "2 / June 2025" is June
    assert [(e["name"], e["date_start"]) for e in _of(found, "arms_transfer")] == [(None, "2025-06")]


def test_a_fair_told_with_its_city_places_what_is_done_at_it() -> None:
    text = ("Yayınlanma Tarihi: 22 Nisan 2026\n\nBaşkan, 20-23 Nisan 2026 tarihlerinde Endonezya'nın "
            "başkenti Cakarta'da düzenlenen Indo Defence 2026 Fuarı kapsamında görüşmeler yaptı.\n\n"
            "Fuarın ikinci günü olan dün, Endonezya Savunma Bakanlığı ile Türk firması arasında 2 "
            "adet açık deniz karakol gemisinin tedarikine ilişkin sözleşme imzalandı.\n")
    found = _of(_events(text), "arms_transfer")
    assert [[p["id"] for p in e["places"]] for e in found] == [["jakarta"]], found


def test_what_is_denied_was_not_done() -> None:
    text = (_WIRE + "The minister dismissed social media reports that Kenya had signed a new "
            "agreement granting Türkiye a naval base in Mombasa.\n")
    assert not _of(_events(text), "agreement")
    said = (_WIRE + "The minister said Kenya had signed a new agreement with Türkiye on naval "
            "training in Mombasa on Monday.\n")
    assert _of(_events(said), "agreement")


def test_one_states_own_relief_work_is_no_event() -> None:
    text = ("ANKARA Nov 20, 2025 - 11:24 am GMT+3\n\nThe minister also highlighted the military's "
            "role in disaster response, recalling that Qatari army personnel, helicopters and "
            "firefighting aircraft had been deployed to fight forest fires in the Al Khor and Dukhan "
            "areas in July and August.\n")
    assert not _events(text)


def test_a_tables_parties_column_lists_the_parties() -> None:
    text = ("Ankara'dan bakıldığında Kırgızistan ile Özbekistan arasındaki ittifak önemlidir.\n\n"
            "Ağustos 2024'te Taşkent'te imzalanan Müttefiklik İlişkileri Antlaşması, Türkiye "
            "ile kurulan modelin Orta Asya'ya taşınmasıdır.\n\n"
            "Tablo 1. Seçilmiş olaylar kronolojisi (2021–2024)\nTarih\nOlay\nTaraflar\n"
            "Ağustos 2024\nKırgızistan ile Özbekistan arasında Müttefiklik İlişkileri\n"
            "Antlaşması Taşkent'te imzalandı.\nKırgızistan,\nÖzbekistan\n\nSonuç\n")
    found = _of(_events(text), "agreement")
    assert [sorted(e["parties"]) for e in found] == [["KGZ", "UZB"]], found


def test_a_special_units_parent_after_a_noun_of_units() -> None:
    assert [f.value for f in find_forces(
        "special forces units of the Georgian Army and the Turkish Armed Forces")] == ["special"]


def test_a_visitor_received_at_the_ministry_is_a_meeting() -> None:
    text = ("Yayınlanma: 18.02.2026\n\nANKARA (AA) - Millî Savunma Bakanı, Tunus Savunma Bakan "
            "Yardımcısı Ali Nefti'yi dün Bakanlıkta kabul etti.\n")
    found = _of(_events(text), "meeting")
    assert [(e["date_start"], sorted(e["parties"])) for e in found] == [
        ("2026-02-17", ["TUN", "TUR"])], found
    # an offer accepted is no meeting
    assert not _of(_events("Yayınlanma: 18.02.2026\n\nBakan, Tunus'un teklifini dün kabul etti.\n"),
                   "meeting")


def test_a_city_before_a_place_in_it_only_qualifies_it() -> None:
    found = places().find("Ürdün ile Türkiye arasında Konya Karapınar'da icra edilen tatbikat")
    assert [(p.value, bool(p.extra.get("qualifies"))) for p in found if p.value == "konya"] == [
        ("konya", True)]
    alone = places().find("Konya'da icra edilen tatbikat")
    assert not any(p.extra.get("qualifies") for p in alone)


def test_a_port_left_while_and_the_talks_for_an_agreement() -> None:
    text = ("Yayınlanma: 16 Haziran 2025\n\nKore filosu dün İzmir'den ayrılırken Türk Deniz "
            "Kuvvetlerine ait TCG Bafra korvetiyle Ege Denizi'nde geçiş eğitimi icra etti.\n\n"
            "Türkiye ile Kore arasında savunma teknolojisi transferine ilişkin bir anlaşma için "
            "müzakereler sürüyor.\n")
    found = _events(text)
    assert [[p["id"] for p in e["places"]] for e in _of(found, "exercise")] == [["aegean-sea"]], found
    assert not _of(found, "agreement")


def test_a_memorial_visited_and_a_budget_agreement_are_no_events() -> None:
    text = ("Bakü, 26 Haziran 2025\n\nSavunma Bakanı, bugün sabah saatlerinde Bakanlığın yönetim "
            "kadrosuyla birlikte Şehitler Hiyabanı'nı ziyaret ederek saygı duruşunda bulundu.\n")
    assert not _events(text)
    budget = ("BUCHAREST, June 2 (Agerpres) - Asked about the budget, the minister said that Romania "
              "would keep allocating 2.5 percent of its GDP to defence in 2024, the level set in the "
              "national political agreement on defence spending.\n")
    assert not _events(budget)
