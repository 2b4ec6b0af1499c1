"""Cases of the sixteenth held-out set (first seen: record F1 0.433 strict, 0.800 soft), each
written again in other words and about other states, so that the rule, not the document, is
tested; and the counter-examples each rule must leave alone."""

from __future__ import annotations

from defcoop.detect.actors import default_finder as actors
from defcoop.detect.dates import find_dates
from defcoop.detect.relative import relative_month
from defcoop.extract_context import filed_cut

from extract_cases import events as _events, of as _of


def test_a_time_zone_offset_on_the_date_line_is_part_of_it() -> None:
    for zone in ("GMT+6", "GMT+8", "UTC-05:00", "GMT+5"):
        line = f"August 21, 2024 1:42 PM {zone} Updated 3 hours ago"
        assert filed_cut(line, find_dates(line, keep_yearless=True), True) == len(line), zone
    # a line that says more than when is no date line
    line = "August 21, 2024 1:42 PM GMT+6 troops clashed"
    assert filed_cut(line, find_dates(line, keep_yearless=True), True) < len(line)


def test_a_release_number_on_the_date_line_leaves_its_date() -> None:
    text = ("T.C.\nMİLLİ SAVUNMA BAKANLIĞI\n\nSayı: 2025/51                              13 Kasım 2025\n\n"
            "Gana Silahlı Kuvvetleri için üretilen zırhlı araçların ilk partisi, dün Accra'da "
            "Büyükelçimizin de katıldığı törenle Gana makamlarına teslim edilmiştir.\n")
    transfers = _of(_events(text), "arms_transfer")
    assert [(e["date_start"], sorted(e["parties"])) for e in transfers] == [
        ("2025-11-12", ["GHA", "TUR"])], transfers


def test_a_month_of_next_year_is_ahead() -> None:
    (m,) = relative_month("Tatbikatın gelecek yıl Nisan ayında Konya'da yapılması planlanıyor.",
                          "2025-10-23")
    assert m.start == "2026-04"
    (m,) = relative_month("The drill will be held in April next year.", "2025-10-23")
    assert m.start == "2026-04"
    text = ("ANKARA (AA) - 23 Ekim 2025\n\nTürkiye ile Macaristan arasında düzenlenecek Tuna "
            "Kalkanı-2026 Tatbikatı'nın gelecek yıl Nisan ayında Konya'da icra edilmesi "
            "planlanmaktadır.\n")
    assert _of(_events(text), "exercise") == [], _events(text)


def test_our_ambassador_and_our_company_are_the_writing_state() -> None:
    found = [(a.kind, a.value) for a in actors().find(
        "Törene Senegal Bakanı ile Dakar Büyükelçimiz katıldı; bölüğümüz Priştine'ye intikal etti.")]
    assert found == [("party", "SEN"), ("party", "TUR"), ("party", "TUR")]
    # a word that only opens like one is not ("ordumuzun" is, "ordular" is not)
    assert [a.value for a in actors().find("ordular ve ordumuzun birlikleri")] == ["TUR"]


def test_a_state_s_exports_are_no_arms_transfer() -> None:
    text = ("DEFENSE NEWS\nIndustry\n\nPakistani drone maker posts 20% jump in revenue\n\n"
            "By A. Reporter\nApr 30, 2025, 04:15 PM\n\n"
            "Pakistan's defense and aerospace exports reached a record $2.1 billion in 2024, "
            "according to data from the exporters' association, with drones among the best-selling "
            "products.\n")
    assert _of(_events(text), "arms_transfer") == [], _events(text)


def test_arms_handed_over_to_the_authorities_are_delivered_people_rescued_are_not() -> None:
    text = ("ANKARA (AA) - 13 Kasım 2025\n\nTürkiye'de üretilen zırhlı araçlar, dün Accra'da "
            "düzenlenen törenle Gana makamlarına teslim edildi.\n")
    assert len(_of(_events(text), "arms_transfer")) == 1, _events(text)
    text = ("ANKARA (AA) - 13 Kasım 2025\n\nTürk ve Gana gemileri dün ortak arama-kurtarma "
            "faaliyeti icra etti. Teknedeki 5 kişi, fırkateynin helikopteriyle kurtarılarak Gana "
            "makamlarına teslim edildi.\n")
    assert _of(_events(text), "arms_transfer") == [], _events(text)


def test_a_family_name_that_is_a_people_s_name_is_no_state() -> None:
    found = [a.value for a in actors().find("Turkish Air Force Commander Gen. Murat Özbek met "
                                            "Polish Chief of the General Staff")]
    assert "UZB" not in found, found
    assert [a.value for a in actors().find("Türk ve Özbek askerleri")] == ["TUR", "UZB"]


def test_what_is_expected_to_happen_today_is_still_ahead() -> None:
    text = ("BELGRAD (AA) - 04.02.2026\n\nKazakistan Savunma Bakanı salı günü Belgrad'da Sırp "
            "mevkidaşı ile görüştü.\n\nBakanın Belgrad temasları kapsamında bugün Sırbistan "
            "Genelkurmay Başkanı ile de görüşmesi bekleniyor.\n")
    meetings = _of(_events(text), "meeting")
    assert [e["date_start"] for e in meetings] == ["2026-02-03"], meetings
    # what was done today is done
    text = ("BELGRAD (AA) - 04.02.2026\n\nKazakistan Savunma Bakanı bugün Belgrad'da Sırp "
            "mevkidaşı ile görüştü.\n")
    assert [e["date_start"] for e in _of(_events(text), "meeting")] == ["2026-02-04"]


def test_teams_sent_for_a_rescue_are_the_rescue() -> None:
    text = ("TİRAN (İHA) - 8 Mayıs 2025\n\nTürk Silahlı Kuvvetlerinden gönderilen arama kurtarma "
            "ekipleri, 28 Nisan-2 Mayıs tarihleri arasında Karadağ askerleriyle birlikte sel "
            "bölgesinde arama kurtarma faaliyetleri yürüttü.\n")
    assert [e["kind"] for e in _events(text)] == ["other"], _events(text)
    # troops sent with no rescue told are a deployment
    text = ("TİRAN (İHA) - 8 Mayıs 2025\n\nKaradağ Silahlı Kuvvetlerine ait bir piyade birliği, 3 "
            "Mayıs'ta Prizren'e gönderildi.\n")
    assert [e["kind"] for e in _events(text)] == ["deployment"], _events(text)


def test_an_office_of_two_states_cooperation_opened_is_an_institution() -> None:
    text = ("Analiz | Aralık 2025\n\nKurumsal boyutta ise 25 Kasım 2025'te Cakarta'da "
            "“Türkiye-Endonezya Savunma Sanayii İşbirliği Ofisi” açılmıştır.\n")
    institutions = _of(_events(text), "institution")
    assert [e["date_start"] for e in institutions] == ["2025-11-25"], institutions
    # a fair opened is none
    text = ("Analiz | Aralık 2025\n\nSavunma fuarı 25 Kasım 2025'te Cakarta'da açılmıştır.\n")
    assert _of(_events(text), "institution") == [], _events(text)
