"""Cases found on the thirty-fourth to thirty-sixth held-out sets, written again in other words and
about other states, so that the rule, not the document, is tested; and the counter-examples each
rule must leave alone."""

from __future__ import annotations

from extract_cases import events as _events, of as _of


def test_a_list_of_other_stories_under_its_heading_and_a_blank_line_tells_no_event() -> None:
    text = ("DOHA, 4 May 2026 - Qatar and Oman signed a memorandum of understanding on naval "
            "training on Monday, officials said.\n\n"
            "Also read\n\n"
            "- Jordan, Egypt sign contract for 12 fighter jets — March 2, 2026\n"
            "- Kuwait and Bahrain hold joint air exercise 'Gulf Falcon' — April 1, 2026\n\n"
            "© 2026 Wire.example\n")
    found = _events(text)
    assert [(e["kind"], sorted(e["parties"])) for e in found] == [("agreement", ["OMN", "QAT"])], found


def test_a_list_after_a_blank_line_is_the_story_when_its_heading_is_no_list_heading() -> None:
    text = ("DOHA, 4 May 2026 - Officials gave the week's news.\n\n"
            "The week\n\n"
            "- Qatar and Oman signed a memorandum of understanding on naval training on 4 May 2026.\n")
    found = _events(text)
    assert [(e["kind"], sorted(e["parties"])) for e in found] == [("agreement", ["OMN", "QAT"])], found


def test_talk_of_what_might_be_lends_no_place_or_state_to_the_event_told() -> None:
    text = ("AMMAN, 3 March 2026 - Last year, Jordan took delivery of 12 armoured vehicles from "
            "Spain, officials said.\n\n"
            '"There is speculation that Amman could join the drone programme, following the Egyptian deal '
            'signed in Cairo, but nothing has been confirmed," said an analyst.\n')
    found = _of(_events(text), "arms_transfer")
    assert [(sorted(e["parties"]), [p["name"] for p in e["places"]]) for e in found] == [
        (["ESP", "JOR"], [])], found


def test_a_council_set_up_after_the_talks_has_the_talks_day_and_place() -> None:
    text = ("RABAT, 9 April 2026 - The King of Morocco and President Macron held talks at the royal "
            "palace in Rabat on Thursday.\n\n"
            "Following the talks, the two leaders announced the establishment of a Joint Defence "
            "Council between Morocco and France, to be chaired by their defence ministers.\n")
    found = _of(_events(text), "institution")
    assert [(e["name"], e["date_start"], [p["name"] for p in e["places"]], sorted(e["parties"]))
            for e in found] == [("Joint Defence Council", "2026-04-09", ["Rabat"], ["FRA", "MAR"])], found


def test_the_establishment_of_in_a_documents_title_founds_nothing() -> None:
    text = ("On 3 July 2026, on the sidelines of the Shanghai Cooperation Organisation summit, the "
            "presidents of Kazakhstan and Mongolia signed a Joint Statement on the Establishment of "
            "Strategic Partnership between the two countries.\n")
    found = _events(text)
    assert _of(found, "institution") == [], found
    assert [e["kind"] for e in found] == ["declaration"], found


def test_a_years_cooperation_plan_is_a_named_agreement_of_its_own() -> None:
    text = ("TAŞKENT, 12 Kasım 2025 - Özbekistan ile Kazakistan arasındaki askerî işbirliği son "
            "yıllarda hızla gelişti. Özbekistan Savunma Bakanı, Kasım 2025'te Astana'yı ziyaret "
            "ederek Kazakistan Savunma Bakanı ile görüştü. Ziyaret sırasında \"2026 Yılı Askerî "
            "İşbirliği Planı\" imzalandı.\n")
    names = [e["name"] for e in _of(_events(text), "agreement")]
    assert names == ["2026 Yılı Askerî İşbirliği Planı"], names


def test_the_words_of_a_title_of_several_words_alone_still_make_a_name() -> None:
    text = ("ISLAMABAD, 22 January 2026 - The chiefs of general staff of Pakistan and Jordan signed a "
            "Protocol on Military Cooperation in Islamabad on 22 January 2026.\n")
    names = [e["name"] for e in _of(_events(text), "agreement")]
    assert names == ["Protocol on Military Cooperation"], names


def test_the_two_countries_are_those_the_sections_heading_names() -> None:
    text = ("BÖLGESEL GÜVENLİK BÜLTENİ\n\n"
            "Bu sayıda Kazakistan'ın Moğolistan ve Gürcistan ile temasları derlenmektedir. "
            "Gürcistan ile temaslar yoğunlaştı; Gürcistan heyeti Astana'ya geldi.\n\n"
            "I. KAZAKİSTAN - MOĞOLİSTAN\n\n"
            "İki ülke, 2024 yılının sonlarında Astana'da \"Sınır Güvenliğine İlişkin Ortak Bildiri\"yi "
            "imzalamıştır.\n\n"
            "II. KAZAKİSTAN - GÜRCİSTAN\n\n"
            "Gürcistan Savunma Bakanı, 17 Şubat 2025'te Astana'yı ziyaret etmiştir.\n")
    found = _of(_events(text), "declaration")
    assert [sorted(e["parties"]) for e in found] == [["KAZ", "MNG"]], found


def test_states_watching_as_observers_are_no_parties() -> None:
    text = ("DUŞANBE, 9 Ağustos 2025 - Tacikistan ve Kırgızistan kara kuvvetlerinin katılımıyla 5-9 "
            "Ağustos 2025 tarihleri arasında \"Dağ Kalkanı-2025\" tatbikatı icra edildi. Tatbikatı "
            "Kazakistan Kara Kuvvetlerinden iki subay ise gözlemci olarak izledi.\n\n"
            "TASHKENT, 3 June 2025 - Uzbekistan and Mongolia held a joint special forces exercise near "
            "Tashkent from 1 to 3 June 2025, with officers from Russia and India attending as "
            "observers.\n")
    found = _of(_events(text), "exercise")
    assert [sorted(e["parties"]) for e in found] == [["KGZ", "TJK"], ["MNG", "UZB"]], found


def test_a_seckin_gozlemci_gunu_is_the_exercises_day_not_a_role() -> None:
    text = ("KONYA (AA) - Türk ve Macar askerlerinin katılımıyla 3-14 Kasım 2025 tarihlerinde icra "
            "edilen Ova Şimşeği-2025 Tatbikatı, bugün düzenlenen seçkin gözlemci günüyle tamamlandı.\n")
    found = _of(_events(text), "exercise")
    assert [sorted(e["parties"]) for e in found] == [["HUN", "TUR"]], found


def test_a_commission_or_mechanism_set_up_by_states_is_a_named_institution() -> None:
    text = ("BAKÜ, 19 Şubat 2026 - Azerbaycan ve Macaristan savunma bakanları Bakü'de görüştü. "
            "Toplantıda ayrıca iki ülkenin savunma sanayii kuruluşları arasındaki işbirliğini "
            "koordine etmek amacıyla Azerbaycan-Macaristan Savunma Sanayii İşbirliği Mekanizması "
            "kuruldu.\n\n"
            "Bakanlar ayrıca bir Azerbaycan-Macaristan Askerî Ortak Komisyonu kurulmasını "
            "kararlaştırdı.\n")
    names = sorted(e["name"] for e in _of(_events(text), "institution"))
    assert names == ["Azerbaycan-Macaristan Askerî Ortak Komisyonu",
                     "Azerbaycan-Macaristan Savunma Sanayii İşbirliği Mekanizması"], names


def test_one_states_own_commission_is_no_institution_between_states() -> None:
    text = ("ANKARA, 14 Kasım 2025 - Yedek subaylığa ilişkin kanun teklifi, geçen ay TBMM Millî "
            "Savunma Komisyonu'nda kabul edilmiş, Genel Kurul'da ise geçen salı yapılan oylamayla "
            "yasalaşmıştı. Düzenleme, Millî Savunma Bakanlığı ile Genelkurmay Başkanlığı'nın "
            "görüşleri alınarak hazırlandı.\n")
    assert _of(_events(text), "institution") == []


def test_a_city_told_with_the_word_for_a_city_is_where_the_meeting_was() -> None:
    text = ("Kazakistan, Özbekistan ve Kırgızistan savunma bakanlarının üçlü toplantısı 8 Ekim "
            "2025'te Kazakistan'ın Hazar kıyısındaki Aktav kentinde yapıldı.\n")
    found = _of(_events(text), "meeting")
    assert [[p["name"] for p in e["places"]] for e in found] == [["Aktav"]], found


def test_a_document_signed_that_names_no_state_is_the_pairs_of_the_document() -> None:
    text = ("Press Release No: 2026/011 - 14 March 2026\n\n"
            "Moroccan Minister of Defence Visits Ankara\n\n"
            "Our Minister received his Moroccan counterpart in Ankara on 13 March 2026. The two "
            "ministers discussed Türkiye-Morocco defence cooperation.\n\n"
            "Our Minister recalled that the Military Training Cooperation Agreement, signed in Rabat "
            "on 8 February 2024, had opened a new chapter in relations between Türkiye and Morocco.\n\n"
            "Our Minister recalled that the Defence Industry Cooperation Agreement, signed in Ankara "
            "on 2 May 2025, had opened a new chapter.\n")
    found = _of(_events(text), "agreement")
    assert [(e["name"], sorted(e["parties"])) for e in found] == [
        ("Military Training Cooperation Agreement", ["MAR", "TUR"]),
        ("Defence Industry Cooperation Agreement", ["MAR", "TUR"])], found


def test_in_one_states_ties_with_two_others_each_event_has_its_own_partner() -> None:
    text = ("Mısır'ın Ürdün ve Fas ile Savunma İlişkileri: 2025 Faaliyet Özeti\n\n"
            "Ürdün ile ilişkiler hızla gelişti. Ürdün ile Mısır arasında askerî eğitim sürüyor. "
            "Ürdün Kara Kuvvetleri Mart 2025'te Amman'da ortak tatbikat icra etti.\n\n"
            "Fas ile ilişkiler de derinleşti. Fas ile Mısır arasında deniz işbirliği gelişiyor. "
            "Mısır, Haziran 2025'te iki devriye gemisi teslim etti.\n")
    found = _of(_events(text), "exercise")
    assert [sorted(e["parties"]) for e in found] == [["EGY", "JOR"]], found


def test_a_table_rows_name_drops_a_common_noun_after_its_year_and_a_verb_after_its_title() -> None:
    text = ("Bülten\n\nTablo 1. Dönemin faaliyetleri\nTarih\nFaaliyet\nÜlkeler\nYer\n"
            "3–9 Mart 2026\nBalkan Kalkanı-2026 tatbikatı\nSırbistan, Macaristan\nBelgrad\n"
            "12 Nisan 2026\nSırbistan-Macaristan Savunma Sanayii Ortak Komisyonu kuruldu\n"
            "Sırbistan, Macaristan\nBudapeşte\n"
            "20 Mayıs 2026\nTuna Kartalı 2026 Tatbikatı\nSırbistan, Macaristan\nBelgrad\n\n"
            "Sonraki bölüm.\n")
    names = sorted(e["name"] for e in _events(text))
    assert names == ["Balkan Kalkanı-2026", "Sırbistan-Macaristan Savunma Sanayii Ortak Komisyonu",
                     "Tuna Kartalı 2026 Tatbikatı"], names


def test_a_memorandum_of_understanding_is_named_through_its_last_word() -> None:
    text = ("TRIPOLI, 3 June 2026 - In November 2019 Tunisia and Libya signed the Border Security "
            "Cooperation Memorandum of Understanding in Tunis.\n")
    names = [e["name"] for e in _of(_events(text), "agreement")]
    assert names == ["Border Security Cooperation Memorandum of Understanding"], names


def test_a_branch_joined_to_its_noun_by_a_hyphen_or_told_by_its_exercise_is_a_force() -> None:
    text = ("HANOI, 25 May 2026 - The land-forces exercise Red River-2026 was held by Vietnam and "
            "Laos near Hanoi from 13 to 24 May 2026.\n\n"
            "MANILA, 9 October 2026 - The Philippines and Vietnam held a naval exercise in the South "
            "China Sea on 8 October 2026.\n")
    found = _of(_events(text), "exercise")
    assert sorted(tuple(e["forces"]) for e in found) == [("land",), ("naval",)], found


def test_a_delegation_received_by_a_minister_is_a_meeting_and_an_additional_protocol_a_name() -> None:
    text = ("T.C. MİLLÎ SAVUNMA BAKANLIĞI\nHAFTALIK BASIN BİLGİLENDİRME NOTLARI\n25 Mart 2026 — Ankara\n\n"
            "a. Tunus Genelkurmay Başkanı ve beraberindeki heyet, 18 Mart 2026 tarihinde Ankara'da "
            "Millî Savunma Bakanımız tarafından kabul edilmiştir. Görüşmede iki ülke arasındaki "
            "savunma işbirliği ele alınmıştır.\n\n"
            "b. Ziyaret kapsamında aynı gün “Askerî Eğitim İşbirliği Anlaşmasına Ek Protokol” "
            "imzalanmıştır.\n")
    found = _events(text)
    assert sorted((e["kind"], e["name"], e["date_start"], sorted(e["parties"])) for e in found) == [
        ("agreement", "Askerî Eğitim İşbirliği Anlaşmasına Ek Protokol", "2026-03-18", ["TUN", "TUR"]),
        ("meeting", None, "2026-03-18", ["TUN", "TUR"])], found


def test_a_text_adopted_by_a_body_is_no_meeting() -> None:
    text = ("NEW YORK, 3 March 2026 - Karar tasarısı, 2 Mart 2026'da BM Genel Kurulu tarafından kabul "
            "edildi; Tunus ve Fas lehte oy kullandı.\n")
    assert _of(_events(text), "meeting") == []



def test_a_dateline_may_name_a_long_agency_in_brackets() -> None:
    from defcoop.extract_context import dateline
    text = "ROME, 14 March 2026 (Mediterranean Wire Service) – Italy and Malta signed a memorandum."
    assert text[:dateline(text)].rstrip().endswith("–"), dateline(text)


def test_a_yearless_day_is_of_the_storys_year_not_of_a_later_clauses() -> None:
    text = ("HANOI, 14 March 2026 (VNA) – Vietnam and Laos signed a memorandum of understanding on "
            "military medicine on 13 March 2026 at the end of talks in Hanoi.\n\n"
            "The two ministers had met in Hanoi on 12 March and reviewed a programme of cooperation "
            "that has expanded steadily since a military framework agreement was signed in "
            "Vientiane in October 2019.\n")
    found = _of(_events(text), "meeting")
    assert [e["date_start"] for e in found] == ["2026-03-12"], found


def test_a_list_of_contents_headed_in_capitals_tells_no_event() -> None:
    text = ("GULF DEFENCE BULLETIN\n\n"
            "IN THIS ISSUE\n"
            "  1. Oman and Qatar: a memorandum signed in Muscat on 4 May 2026\n"
            "  2. Kuwait and Bahrain: joint air exercise held on 2 May 2026\n\n"
            "1. OMAN AND QATAR\n\n"
            "Oman and Qatar signed a memorandum of understanding on naval training in Muscat on "
            "4 May 2026.\n")
    found = _events(text)
    assert [(e["kind"], sorted(e["parties"])) for e in found] == [("agreement", ["OMN", "QAT"])], found


def test_a_training_activity_held_at_a_centre_is_an_exercise_not_the_centre() -> None:
    text = ("T.C. MİLLÎ SAVUNMA BAKANLIĞI\nHAFTALIK BASIN BİLGİLENDİRME NOTLARI\n6 Kasım 2026 — Ankara\n\n"
            "Türk ve Macar özel kuvvetleri arasında 20 Ekim - 1 Kasım 2026 tarihleri arasında "
            "Szolnok Eğitim Merkezi'nde ikili bir eğitim faaliyeti icra edilmiştir.\n")
    found = _events(text)
    assert [(e["kind"], e["date_start"], sorted(e["parties"]), e["forces"]) for e in found] == [
        ("exercise", "2026-10-20", ["HUN", "TUR"], ["special"])], found
