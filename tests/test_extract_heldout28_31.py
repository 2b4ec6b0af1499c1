"""Cases of the twenty-eighth to thirty-first held-out sets, each written again in other words
and about other states, so that the rule, not the document, is tested; and the counter-examples
each rule must leave alone."""

from __future__ import annotations

from pathlib import Path

from defcoop.detect import events as ev
from defcoop.detect.relative import relative_dates
from defcoop.detect.tables import planned_caption, planned_status
from defcoop.read import read_document

from extract_cases import events as _events, of as _of


def test_a_status_word_anywhere_in_a_status_cell_marks_the_row_planned() -> None:
    assert planned_status("Upcoming")
    assert planned_status("Kielce Upcoming")   # a place not recognized runs into it
    assert planned_status("Upcoming Q4 2026 Fourth contract Ankara Expected")   # and the next row
    assert not planned_status("Signed")
    assert not planned_status("Held")


def test_a_table_captioned_as_planned_tells_nothing_done() -> None:
    assert planned_caption("Tablo 2. 2027 yılında icra edilmesi planlanan başlıca faaliyetler")
    assert planned_caption("Table 3. Upcoming events")
    # a caption of what was done and of what is planned is read row by row
    assert not planned_caption("Tablo 1. Gerçekleştirilen ve planlanan faaliyetler")
    assert not planned_caption("Table 1. Activities held in 2025")


def test_a_where_column_places_a_tables_rows() -> None:
    text = ("Weekly\n\nTable 1. The week's calendar\nDate\nEvent\nWhere\nStatus\n"
            "Mar. 3, 2026\nNaval talks between Oman and Qatar\nDoha\nHeld\n"
            "Apr. 9, 2026\nExercise Desert Gale 2026\nMuscat\nUpcoming\n\nElsewhere\n")
    found = _events(text)
    assert [(e["kind"], [p["name"] for p in e["places"]]) for e in found] == [
        ("meeting", ["Doha"])], found


def test_a_centre_a_document_provides_for_is_no_event() -> None:
    assert ev.provided_for("Protokol, Lahor'da bir Ortak Eğitim Merkezi kurulmasını öngörüyordu.",
                           26, 46)
    text = "The memorandum provides for the establishment of a Joint Training Centre in Lahore."
    i = text.index("Joint")
    assert ev.provided_for(text, i, i + len("Joint Training Centre"))
    text = ("DOHA, 4 May 2026 - The memorandum signed last year provided for a Joint Naval "
            "Training Centre in Doha. Qatar and Oman opened the Joint Naval Training Centre in Doha "
            "on Sunday.\n")
    centres = _of(_events(text), "institution")
    assert [(c["name"], c["date_start"]) for c in centres] == [
        ("Joint Naval Training Centre", "2026-05-03")], centres


def test_a_titles_own_commas_do_not_part_a_signing_from_its_place() -> None:
    text = ("BAĞDAT, 14 Mayıs 2026 (AA) - Irak ile Ürdün arasında 12 Ocak 2026'da Amman'da \"Askeri, "
            "Güvenlik ve Sınır Güvenliği Alanlarında İşbirliğine İlişkin Mutabakat Zaptı\" "
            "imzalanmıştı.\n")
    found = _of(_events(text), "agreement")
    assert [[p["name"] for p in e["places"]] for e in found] == [["Amman"]], found


def test_last_weeks_weekday_in_lower_case() -> None:
    days = [(x.start, x.precision) for x in relative_dates(
        "Merkez geçen hafta salı törenle açıldı.", "2026-05-14")]
    assert days == [("2026-05-05", "day")], days
    # the week alone is its month
    assert [x.precision for x in relative_dates("Merkez geçen hafta açıldı.", "2026-05-14")] == [
        "month"]


def test_a_centre_told_without_its_states_is_the_pairs() -> None:
    text = ("DOHA, 14 May 2026 - Qatar and Oman signed a memorandum on naval cooperation in Doha "
            "on Monday. Officials of Qatar and Oman said the talks went well.\n\n"
            "The Joint Naval Coordination Centre was opened in Doha on Tuesday.\n")
    centres = _of(_events(text), "institution")
    assert [sorted(c["parties"]) for c in centres] == [["OMN", "QAT"]], centres


def test_a_date_line_labelled_last_update_dates_the_story() -> None:
    text = ("Staff Correspondent\nThu Mar 5, 2026 08:10 PM  Last update on: Thu Mar 5, 2026 "
            "09:30 PM\n\nShare: f  X  in\n\nOman and Qatar yesterday signed a Memorandum of "
            "Understanding on Naval Cooperation in Muscat.\n")
    found = _of(_events(text), "agreement")
    assert [e["date_start"] for e in found] == ["2026-03-04"], found
    text = ("Oluşturulma Tarihi: 05.03.2026 07:00   Güncelleme Tarihi: 05.03.2026 09:14\n\n"
            "Umman ile Katar arasında Deniz İşbirliği Anlaşması dün Maskat'ta imzalandı.\n")
    found = _of(_events(text), "agreement")
    assert [e["date_start"] for e in found] == ["2026-03-04"], found


def test_a_short_dated_line_at_the_top_dates_the_story_when_nothing_else_does() -> None:
    text = ("Thu Mar 5, 2026 08:10 PM  Modified: Thu Mar 5, 2026\n\n"
            "Oman and Qatar yesterday signed a Memorandum of Understanding on Naval Cooperation "
            "in Muscat.\n")
    found = _of(_events(text), "agreement")
    assert [e["date_start"] for e in found] == ["2026-03-04"], found


def test_a_visitor_who_called_on_someone_meets_the_other_side() -> None:
    text = ("MUSCAT, 12 March 2026 - Qatar and Oman signed a naval cooperation memorandum in "
            "Muscat on Wednesday.\n\nThe Qatari delegation arrived on Sunday. On Monday, its "
            "head called on the Chief of Staff of the Royal Army of Oman at army headquarters, "
            "where they discussed training.\n")
    meetings = _of(_events(text), "meeting")
    assert [(m["date_start"], sorted(m["parties"])) for m in meetings] == [
        ("2026-03-09", ["OMN", "QAT"])], meetings


def test_after_the_signing_ceremony_is_its_day_unless_it_dates_a_saying() -> None:
    text = ("Muskat, 18.12.2026\n\nUmman ile Katar arasında 12 adet hücumbotun tedarikine ilişkin "
            "sözleşme dün Maskat'ta imzalandı.\n\nİmza töreninin ardından Umman Savunma Bakanı "
            "ile Katarlı mevkidaşı, Maskat'ta baş başa görüşme gerçekleştirdi.\n")
    meetings = _of(_events(text), "meeting")
    assert [m["date_start"] for m in meetings] == ["2026-12-17"], meetings
    said = ("Muskat, 18.12.2026\n\nUmman ile Katar arasında 12 adet hücumbotun tedarikine ilişkin "
            "sözleşme dün Maskat'ta imzalandı.\n\nKatar Savunma Bakanı, imza töreninin ardından "
            "yaptığı açıklamada, \"Deniz kuvvetlerimiz bu gemilerle güçlenecek\" dedi.\n")
    assert not _of(_events(said), "meeting")
    assert not _of(_events(said), "deployment")


def test_an_official_who_receives_someone_meets_them() -> None:
    text = ("MUSCAT, 13 March 2026 - On Thursday, Oman's Deputy Defence Minister received "
            "Qatar's chief of staff at the ministry's office in Muscat to discuss the follow-up "
            "of the contract.\n")
    meetings = _of(_events(text), "meeting")
    assert [(m["date_start"], sorted(m["parties"])) for m in meetings] == [
        ("2026-03-12", ["OMN", "QAT"])], meetings
    # arms received are a delivery
    arms = ("MUSCAT, 13 March 2026 - On Thursday, Oman's Defence Minister received the first "
            "four patrol boats built for the Royal Navy of Oman by a Qatari shipyard.\n")
    assert not _of(_events(arms), "meeting")


def test_a_commemorated_event_is_no_event() -> None:
    assert ev.is_commemorated("Bakan dün ", "'nın 110. yıl dönümü anma törenine katıldı.")
    assert ev.is_commemorated("marked the 80th anniversary of the ", " on Sunday.")
    assert not ev.is_commemorated("The ministers signed the ", " on Sunday.")
    text = ("ERZURUM, 4 Ocak 2026 (AA) - Milli Savunma Bakanı dün Erzurum'da düzenlenen Kop "
            "Harekâtı'nın 110. yıl dönümü anma törenine katıldı.\n")
    assert _events(text) == []


def test_a_meeting_only_as_the_time_before_something_is_no_event() -> None:
    text = ("ANKARA, 12 Kasım 2026 - Komisyon toplantısı öncesinde, geçen haftaki anma "
            "törenlerinde Genelkurmay Başkanı ile birlikte Anıtkabir'i ziyaret eden Bakan, "
            "Almanya ve Fransa'nın savunma bütçelerini örnek gösterdi.\n")
    assert not _of(_events(text), "meeting")
    # after the meeting, the meeting was held
    done = ("ANKARA, 12 Kasım 2026 - Umman ve Katar savunma bakanları dün Ankara'da bir araya "
            "geldi. Toplantı sonrasında iki bakan bir protokol imzaladı.\n")
    assert _of(_events(done), "meeting")


def test_a_contracted_soldier_and_a_tags_line_tell_no_agreement() -> None:
    text = ("ANKARA, 12 Kasım 2026 - Bakanlık bu yıl 12 bin sözleşmeli er alımı yapacak.\n\n"
            "ETİKETLER: MSB, bütçe 2027, sözleşmeli er, Almanya, Fransa\n")
    assert _events(text) == []


def test_a_fields_list_with_defence_is_not_civilian() -> None:
    assert not ev.is_civilian("The leaders vowed to expand cooperation in defence, energy, "
                              "connectivity and trade.")
    assert ev.is_civilian("The leaders vowed to expand cooperation in energy, connectivity "
                          "and trade.")
    # not a list: a flight and a force in one clause
    assert ev.is_civilian("The aircraft landed after a ferry flight from Oman, escorted by "
                          "Omani crews.") == ev.is_civilian(
        "The aircraft landed after a ferry flight from Oman; Omani crews escorted it.")


def test_a_state_talked_about_is_no_side() -> None:
    text = "pledging mutual support on Kashmir, Karabakh and Cyprus, while"
    i = text.index("Cyprus")
    assert ev.is_topic_state(text, i, i + len("Cyprus"))
    text = "discussed the situation in Syria and Iraq"
    i = text.index("Syria")
    assert ev.is_topic_state(text, i, i + len("Syria"))
    text = "Kıbrıs konusunda görüş alışverişinde bulundu"
    assert ev.is_topic_state(text, 0, len("Kıbrıs"))
    text = "Oman and Qatar signed"
    assert not ev.is_topic_state(text, 9, 14)


def test_a_headline_event_is_the_storys_one_even_when_the_deck_names_another_state() -> None:
    text = ("Oman, Qatar, Kuwait pledge closer defence ties at Muscat summit\n\n"
            "Leaders sign joint declaration; emir thanks Muscat for support during Iran standoff\n\n"
            "Our Correspondent\nMUSCAT\nPublished: May 29, 2026\n\n"
            "The leaders of Oman, Qatar and Kuwait on Thursday held their first trilateral summit in "
            "Muscat, vowing to expand cooperation in defence, energy and trade.\n\n"
            "The three leaders met for two hours before being joined by their delegations.\n\n"
            "At the end of the talks, the three leaders signed a joint declaration that commits the "
            "three nations to deepen defence industrial collaboration.\n")
    declarations = _of(_events(text), "declaration")
    assert [(d["date_start"], sorted(d["parties"])) for d in declarations] == [
        ("2026-05-28", ["KWT", "OMN", "QAT"])], declarations


def test_a_turkish_activity_cell_names_or_tells_its_event() -> None:
    text = ("Tablo 1. Dönemin faaliyetleri\nTarih\nFaaliyet\nÜlke\nYer\n"
            "12.03.2026\nDeniz İşbirliği Uygulama Protokolü imzası\nUmman\nMaskat\n"
            "20.03.2026\nOman-Türk Deniz Sistemleri ortak girişiminin açılışı\nUmman\nMaskat\n"
            "25.03.2026\nUmman Deniz Kuvvetleri Komutanı ile ikili görüşmesi\nUmman\nAnkara\n\n")
    found = [(e["kind"], e["name"]) for e in _events(text)]
    assert ("agreement", "Deniz İşbirliği Uygulama Protokolü") in found, found
    assert ("institution", "Oman-Türk Deniz Sistemleri") in found, found
    assert ("meeting", None) in found, found


def test_a_meeting_on_a_day_of_a_fairs_days_takes_that_day() -> None:
    text = ("Yayın tarihi: 3 Nisan 2026\n\nBaşkan, 22-27 Mart tarihlerinde Doha'da düzenlenen "
            "DIMDEX 2026 Fuarı kapsamında 24 Mart'ta Umman Savunma Bakanı ile bir araya geldi.\n")
    meetings = _of(_events(text), "meeting")
    assert [(m["date_start"], m["date_end"]) for m in meetings] == [
        ("2026-03-24", "2026-03-24")], meetings
    # an exercise's phase on a day of its days is the whole exercise's
    exercise = ("MUSCAT, 20 March 2026 - The Omani-Qatari Exercise Desert Gale, held from 16 to 20 "
                "March, ended today with a live-fire phase.\n")
    found = _of(_events(exercise), "exercise")
    assert [(e["date_start"], e["date_end"]) for e in found] == [
        ("2026-03-16", "2026-03-20")], found


def test_a_word_tables_rows_are_read(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("Dönemin faaliyetleri (Ocak-Mart 2026)")
    table = d.add_table(rows=3, cols=4)
    for c, word in enumerate(("Tarih", "Faaliyet", "Ülke", "Yer")):
        table.cell(0, c).text = word
    for c, word in enumerate(("12.03.2026", "Deniz İşbirliği Uygulama Protokolü imzası",
                              "Umman", "Maskat")):
        table.cell(1, c).text = word
    for c, word in enumerate(("25.03.2026", "Mavi Kalkan-2026 Ortak Tatbikatı", "Umman",
                              "Maskat")):
        table.cell(2, c).text = word
    d.add_paragraph("Bülten, kamuya açık kaynaklardan derlenmiştir.")
    path = tmp_path / "bulten.docx"
    d.save(str(path))
    doc = read_document(path)
    assert "Tablo 1. Dönemin faaliyetleri (Ocak-Mart 2026)" in doc.text.split("\n")
    from defcoop.extract import extract, to_contract
    found = [(e["kind"], e["name"], e["date_start"]) for e in to_contract(extract(doc))["events"]]
    assert ("agreement", "Deniz İşbirliği Uygulama Protokolü", "2026-03-12") in found, found
    assert any(k == "exercise" and n.startswith("Mavi Kalkan-2026") and d == "2026-03-25"
               for k, n, d in found), found


def test_a_capitalized_article_opens_a_name_after_a_dateline() -> None:
    assert [m.name for m in ev.find_named(
        "MUSCAT – A Omani-Qatari joint venture opened a production facility.")] == []
    assert [m.name for m in ev.find_named("MUSCAT – The Desert Gale Exercise began.")] == [
        "Desert Gale Exercise"]
    # a drone plant opened by a joint venture is an institution of the two states
    text = ("Muscat, 12 June 2026\n\nMUSCAT – An Omani-Qatari joint venture opened a production "
            "facility for unmanned aerial vehicles in Muscat on June 11.\n")
    found = _of(_events(text), "institution")
    assert [(e["name"], e["date_start"], sorted(e["parties"])) for e in found] == [
        (None, "2026-06-11", ["OMN", "QAT"])], found
