"""Event mentions: named, heading lead-ins, common nouns and verbs; name keys."""

import pytest

from defcoop.detect.events import find_common, find_heading, find_named, kind_of_name, name_key, section_kind


@pytest.mark.parametrize("text,kind,name", [
    ("düzenlenen Sarsılmaz Kardeşlik-2021 Tatbikatı, 5-8 Ekim", "exercise", "Sarsılmaz Kardeşlik-2021"),
    ("Şuşa Beyannamesi’nin imzalanmasıdır", "declaration", "Şuşa Beyannamesi"),
    ("1994 yılında imzalanan Bişkek Ateşkes Anlaşması, taraflar", "agreement", "Bişkek Ateşkes Anlaşması"),
    ("imzalanan “Askeri Eğitim Alanında İşbirliği Anlaşması”, ilişkilerin", "agreement",
     "Askeri Eğitim Alanında İşbirliği Anlaşması"),
    ("completed Exercise Nasr 2024, a joint drill", "exercise", "Nasr 2024"),
    ("concluded the bilateral exercise Turgutreis-VIII, the", "exercise", "Turgutreis-VIII"),
    ("signed the Gabala Declaration on regional security", "declaration", "Gabala Declaration"),
    ("They signed a Memorandum of Understanding on Defence Industry Cooperation in Baku.", "agreement",
     "Memorandum of Understanding on Defence Industry Cooperation"),
    ("icra edilen Atatürk-XII 2024 Ortak Özel Kuvvetler Tatbikatı'nın başladığını", "exercise",
     "Atatürk-XII 2024"),
    ("Kış Tatbikatı 2022 (Aralık 2022)", "exercise", "Kış Tatbikatı 2022"),
])
def test_named_mentions(text: str, kind: str, name: str) -> None:
    found = find_named(text)
    assert [(m.kind, m.name) for m in found] == [(kind, name)]


@pytest.mark.parametrize("text", [
    "Bu Tatbikat önemlidir.", "ortak askeri tatbikatlar düzenlenmiştir",
    "SİHA’lar tatbikatın önemli bileşenleri", "İlhan Hamlı Atış ve Tatbikat Alanı’nda",
    "SECURITY RELATIONS AFTER THE KARABAKH WAR",
])
def test_not_named(text: str) -> None:
    assert find_named(text) == []


@pytest.mark.parametrize("headline,names", [
    ("Turkish, Azerbaijani Troops Kick Off Joint Drills", []),
    ("Turkish Troops Join Anatolian Eagle 2024 Exercise", ["Anatolian Eagle 2024"]),
    ("Pakistan Navy Hosts Turgutreis-VIII Exercise With Turkish Frigate", ["Turgutreis-VIII"]),
])
def test_title_case_headlines(headline: str, names: list[str]) -> None:
    assert [m.name for m in find_named(headline)] == names


@pytest.mark.parametrize("text,name,start", [
    ("Turaz Şahini -2021 (2-16 Eylül 2021): TURAZ Şahini-2021 Tatbikatı", "Turaz Şahini-2021", "2021-09-02"),
    ("Hava Platformları Modernizasyonu (Eylül 2024): Bu anlaşma", "Hava Platformları Modernizasyonu", "2024-09"),
    ("Exercise Dragon (12-15 March 2024): The drill", "Exercise Dragon", "2024-03-12"),
])
def test_heading_lead_ins(text: str, name: str, start: str) -> None:
    m = find_heading(text)
    assert m is not None and m.name == name and m.date is not None and m.date.start == start


@pytest.mark.parametrize("text", ["Türkiye (2021): bir örnek", "Kaynak (Özsoy, 2023): metin", "düz metin"])
def test_no_heading(text: str) -> None:
    m = find_heading(text)
    assert m is None or m.date is not None and not m.date.weak and m.name[:1].isupper()


@pytest.mark.parametrize("text,kind,anaphoric,verb", [
    ("Tatbikat, iki ülkenin", "exercise", True, False),
    ("bu tatbikat önemli", "exercise", True, False),
    ("The exercise ended", "exercise", True, False),
    ("anlaşma imzalandı", "agreement", False, False),
    ("Azerbaijan took delivery of", "arms_transfer", False, True),
])
def test_common_mentions(text: str, kind: str, anaphoric: bool, verb: bool) -> None:
    m = find_common(text)[0]
    assert (m.kind, m.anaphoric, m.verb) == (kind, anaphoric, verb)


@pytest.mark.parametrize("text", ["ortak tatbikatlar", "joint exercises", "soldiers", "According to"])
def test_plurals_and_lookalikes_are_no_mentions(text: str) -> None:
    assert find_common(text) == []


@pytest.mark.parametrize("a,b", [
    ("TurAz Şahini 2021", "TURAZ Şahini-2021 Tatbikatı"),
    ("Turaz Şahini -2021", "TurAz Şahini 2021"),
    ("Haydar Aliyev 2023 Tatbikatı", "Haydar Aliyev Tatbikatı-2023"),
    ("KAAN Projesi İşbirliği Protokolü", "KAAN Projesi İş Birliği Protokolü"),
])
def test_spellings_of_one_name_share_a_key(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


def test_years_separate_names() -> None:
    assert name_key("TurAz Kartalı 2022") != name_key("TurAz Kartalı 2023")


@pytest.mark.parametrize("heading,kind", [("Askeri Tatbikatlar", "exercise"),
                                          ("Savunma Sanayi İş Birliği Anlaşmaları", "agreement"),
                                          ("Joint Exercises", "exercise"), ("Sonuç", None)])
def test_section_kind(heading: str, kind: str | None) -> None:
    assert section_kind(heading) == kind


def test_kind_of_name() -> None:
    assert kind_of_name("Deniz Kuvvetleri Ortak Tatbikatı") == "exercise"
    assert kind_of_name("Hava Platformları Modernizasyonu") is None


@pytest.mark.parametrize("text,kind,name", [
    ("They held their first joint exercise, named Indus Falcon 2024, at the base.", "exercise", "Indus Falcon 2024"),
    ("Nahçıvan'da Sarp Kaya adlı tatbikat düzenlendi.", "exercise", "Sarp Kaya"),
    ("Türkiye Cumhuriyeti Hükümeti ile Azerbaycan Cumhuriyeti Hükümeti Arasında Askeri Eğitim İş "
     "Birliği Protokolü imzalandı.", "agreement",
     "Türkiye Cumhuriyeti Hükümeti ile Azerbaycan Cumhuriyeti Hükümeti Arasında Askeri Eğitim İş Birliği Protokolü"),
])
def test_names_given_by_naming_words_and_long_titles(text: str, kind: str, name: str) -> None:
    assert [(m.kind, m.name) for m in find_named(text)] == [(kind, name)]


@pytest.mark.parametrize("text,kind,name", [
    ('the "AMAN-2025" international maritime exercise held in Karachi', "exercise", "AMAN-2025"),
    ('"Birlik-2024" Ortak Komuta Kurmay Tatbikatı\'na katıldı', "exercise", "Birlik-2024"),
    ("imzalanan Stratejik Ortaklığa Dair Bildiri, ilişkileri", "declaration", "Stratejik Ortaklığa Dair Bildiri"),
])
def test_names_before_descriptors(text: str, kind: str, name: str) -> None:
    assert [(m.kind, m.name) for m in find_named(text)] == [(kind, name)]


@pytest.mark.parametrize("text", [
    "after the Tripoli-based Government of National Accord requested support",
    "the Government of National Unity in Tripoli",
])
def test_organization_names_are_no_agreements(text: str) -> None:
    assert find_named(text) == []


@pytest.mark.parametrize("text,kind,verb", [
    ("Türkiye first sent troops to Libya in January 2020", "deployment", True),
    ("COAS called on General Metin Gürak", "meeting", True),
])
def test_more_verbs(text: str, kind: str, verb: bool) -> None:
    assert any(m.kind == kind and m.verb is verb for m in find_common(text))


@pytest.mark.parametrize("text, framing", [
    ("During the talks, the sides noted the exercise held last October.", True),
    ("Görüşme sırasında taraflar tatbikatı değerlendirdi.", True),
    ("During the visit, the two ministers signed an agreement.", False),   # signed during it
    ("The talks were held in Baku on 5 March.", False),
])
def test_a_noun_that_only_sets_the_time_reports_no_event(text: str, framing: bool) -> None:
    meeting = [m for m in find_common(text) if m.kind == "meeting"][0]
    assert meeting.other is framing


@pytest.mark.parametrize("text, names", [
    ("Atatürk tatbikatlarının bir öncekisi olan Atatürk-XII 2024 ise Mart 2024'te yapılmıştı.",
     ["Atatürk-XII 2024"]),
    ("Kafkas Kartalı-I 2017, Haziran 2017'de icra edildi; Kafkas Kartalı-II 2018 ise Eylül 2018'de yapıldı.",
     ["Kafkas Kartalı-I 2017", "Kafkas Kartalı-II 2018"]),
    ("Tatbikata Birlik-II 2025'te 300 asker katıldı.", ["Birlik-II 2025"]),
    ("Turgutreis-VIII 2023, held off Karachi, ended on Friday.", ["Turgutreis-VIII 2023"]),
    ("The JF-17 Block-III 2024 batch arrived.", []),             # a version, no event
    ("The Mark-II 2020 rifle was shown.", []),
    ("Kafkas Kartalı-II 2018 tatbikatı", ["Kafkas Kartalı-II 2018"]),   # once, by its title word
])
def test_numbered_series_names_without_a_title_word(text: str, names: list[str]) -> None:
    found = [m for m in find_named(text) if m.kind == "exercise"]
    assert [m.name for m in found] == names


@pytest.mark.parametrize("text, name", [
    ("Qatar and Turkiye signed an agreement in December 2014, under which the Qatari-Turkish Combined "
     "Joint Force Command was established in Doha in 2015.", "Qatari-Turkish Combined Joint Force Command"),
    ("Türk-Katar Birleşik Müşterek Kuvvet Komutanlığı, 2015 yılında Doha'da kurulmuştu.",
     "Türk-Katar Birleşik Müşterek Kuvvet Komutanlığı"),
])
def test_a_command_founded_is_named_with_a_verb_of_founding(text: str, name: str) -> None:
    assert [m.name for m in find_named(text) if m.kind == "institution"] == [name]
    assert any(m.kind == "institution" and m.verb for m in find_common(text))


@pytest.mark.parametrize("text", [
    "Tatbikata Kara Kuvvetleri Komutanlığı ve çeşitli kamu kurum ve kuruluşları katıldı.",
    "Commander of the Qatari-Turkish Combined Joint Force Command Major General Ali Celik attended.",
])
def test_a_command_mentioned_in_passing_has_no_verb_of_founding(text: str) -> None:
    assert not any(m.kind == "institution" and m.verb for m in find_common(text))


@pytest.mark.parametrize("text, anaphoric", [
    ("The document was signed by Lieutenant General A. Gurbanov.", True),
    ("Belge, iki bakan tarafından imzalandı.", True),
    ("Görüşmenin ardından iş birliğini öngören belge imzalandı.", False),
])
def test_a_signed_document_stands_for_the_agreement(text: str, anaphoric: bool) -> None:
    docs = [m for m in find_common(text) if m.kind == "agreement" and not m.verb]
    assert [m.anaphoric for m in docs] == [anaphoric]


@pytest.mark.parametrize("text", [
    "The document says that the plan was discussed.",      # no signing
    "Belgeye göre tatbikat planlandığı gibi yapıldı.",
    "İmzalanan belgeler arasında savunma alanı da yer aldı.",  # many documents
])
def test_a_document_without_a_signing_is_no_agreement(text: str) -> None:
    assert not [m for m in find_common(text) if m.kind == "agreement" and not m.verb]


def test_a_noun_setting_the_time_of_its_own_talk_is_kept() -> None:
    found = find_common("During the meeting, regional security and defence cooperation were discussed.")
    assert [(m.kind, m.other) for m in found] == [("meeting", False)]
