"""Cases of the thirty-third and thirty-fourth held-out sets, written again in other words and
about other states, so that the rule, not the document, is tested; and the counter-examples each
rule must leave alone."""

from __future__ import annotations

from extract_cases import events as _events, of as _of


def test_a_read_next_list_of_other_stories_tells_no_event() -> None:
    text = ("MUSCAT, May 4, 2026 (Reuters) - Oman and Qatar signed a memorandum of understanding on "
            "naval training on Monday, officials said.\n\n"
            "Read next:\n"
            "- Jordan, Egypt sign contract for 12 fighter jets - March 2, 2026\n"
            "- Kuwait's frigate completes sea trials - April 1, 2026\n\n"
            "© 2026 Wire.example\n")
    found = _events(text)
    assert [(e["kind"], e["parties"]) for e in found] == [("agreement", ["OMN", "QAT"])], found


def test_a_table_rows_name_ends_at_its_year_when_words_of_its_kind_follow() -> None:
    text = ("Bülten\n\nTablo 1. Dönemin faaliyetleri\nTarih\nFaaliyet\nÜlkeler\nYer\n"
            "3–9 Mart 2026\nKum Fırtınası-2026 Birleşik, Müşterek Arazi Tatbikatı\n"
            "Katar, Umman\nDoha\n"
            "12 Nisan 2026\nÇöl Kalkanı-2026 deniz tatbikatı\nKatar, Umman\nMaskat\n"
            "20 Mayıs 2026\nÇöl Kartalı 2026 Tatbikatı\nKatar, Umman\nDoha\n\nSonraki bölüm.\n")
    names = [e["name"] for e in _of(_events(text), "exercise")]
    # the title word alone after the year stays part of the name, as the table prints it
    assert names == ["Kum Fırtınası-2026", "Çöl Kalkanı-2026", "Çöl Kartalı 2026 Tatbikatı"], names


def test_a_table_whose_cell_lists_many_states_is_still_read_as_a_table() -> None:
    states = "Katar, Umman, Kuveyt, Bahreyn, Ürdün, Mısır, Fas, Tunus, Cezayir, Irak, Lübnan, Libya"
    assert 72 < len(states) <= 96
    text = ("Bülten\n\nTablo 1. Dönemin faaliyetleri\nTarih\nFaaliyet\nÜlkeler\nYer\n"
            f"3–9 Mart 2026\nKum Fırtınası-2026 Tatbikatı\n{states}\nDoha\n\nSonraki bölüm.\n")
    found = _of(_events(text), "exercise")
    assert [(e["name"], e["date_start"], len(e["parties"])) for e in found] == [
        ("Kum Fırtınası-2026 Tatbikatı", "2026-03-03", 12)], found
