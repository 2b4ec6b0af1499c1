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
