"""Review of round 74: the rules that could take a wrong country, a wrong wire or drop a
real sentence, each tried on ordinary news text. The leftover of the last review
misfired: a lead's bracketed tag alone on its line that held a part number, a media word
or an update note ("(Part 2) -", "(Video) -", "(Updated) -") became the story's agency;
such a tag is no wire's or outlet's now (LEAD_TAG_NO_OUTLET). The other counter-examples
(a writer's address at a foreign paper or at a mail service, a city's possessive before
a quarter, a wire after a dash inside a sentence, a "don't miss" quote) held and are kept
here so they stay held."""

from __future__ import annotations

import json

from transforms.clean import clean_text


def _article(name: str, payload: str) -> dict:
    from transforms.clean import clean_record
    from transforms.decode import decode_payload
    from transforms.extract import extract_article

    record = decode_payload(name, payload.encode())[0]
    return extract_article(clean_record(record))


LEAD = ("Waiting times at the county's clinics grew again in March, the health board said "
        "on Thursday.")
MORE = "The board promised to hire more nurses before the winter."


def _tagged(tag: str) -> dict:
    return _article("clinics.txt", f"Clinic waits grow\n\n{tag}\n\n{LEAD}\n\n{MORE}\n")


BODY = ("The harbour board approved the new berth on Wednesday after a long debate about "
        "its cost, the chairman said.")
AFTER = ("Dredging is due to start in the autumn, and the berth should open to cruise ships "
         "within three years.")


def _kept_in_middle(line: str) -> bool:
    return clean_text(f"New berth approved\n\n{BODY}\n\n{line}\n\n{AFTER}\n").paragraphs == [
        BODY, line, AFTER]


# 1. A lone bracketed tag above the lead is a wire's or the outlet's own, not a part
# number, a media word or an update note.


def test_lone_part_media_or_update_tag_is_no_agency() -> None:
    for tag in ("(Part 3) -", "(Video) -", "(Updated) -", "(Photos) –", "(Update 2) -"):
        assert _tagged(tag)["agency"] is None, tag


def test_inline_part_tag_is_no_agency() -> None:
    text = f"Clinic waits grow\n\n(Part 2) - {LEAD}\n\n{MORE}\n"
    assert _article("clinics.txt", text)["agency"] is None


def test_lone_wire_or_outlet_tag_is_still_the_agency_near_miss() -> None:
    assert _tagged("(Reuters) -")["agency"] == "Reuters"
    assert _tagged("(Coast Herald Online) -")["agency"] == "Coast Herald Online"


# 2. Counter-examples round 74's rules already hold.


def test_writer_address_abroad_or_at_mail_service_moves_no_country() -> None:
    text = ("Drought hits herders\n\nBy Jane Mwangi\n\n"
            "Herders in Turkana and Marsabit have lost thousands of cattle as the drought "
            "deepens, officials in Nairobi said on Tuesday.\n\n"
            "The Kenyan government has promised food aid.\n\n"
            "Jane Mwangi is a freelance journalist. Contact: jane.mwangi@example.co.uk\n")
    assert _article("herders.txt", text)["country"] == "KE"
    text = ("Council rejects plan\n\nBy Tom Baker\n\n"
            "The council rejected the plan on Monday after a long debate, the mayor said."
            "\n\nResidents had objected.\n\ntbaker@gmail.com\n")
    assert _article("council.txt", text)["country"] is None


def test_city_possessive_before_a_quarter_keeps_the_city() -> None:
    text = ("Station closes\n\nLondon's Victoria station closed on Monday after a power "
            "failure, the rail operator said.\n\nCommuters faced long delays.\n")
    assert _article("station.txt", text)["country"] == "GB"
    text = ("Flooding\n\nLagos's Lekki district flooded on Monday after heavy rain, "
            "officials said.\n\nResidents were moved to safety.\n")
    assert _article("flood.txt", text)["country"] == "NG"


def test_story_sentences_like_round_74_chrome_stay() -> None:
    for line in ("The minister told Ana Lima - Reuters on Monday the talks had stalled.",
                 "The picture was taken by John Smith/The Times.",
                 "Don't miss anything, the coach told his players before the final.",
                 "Independent journalism is needed now more than ever, the editor told "
                 "the conference.",
                 "Support us by becoming a member, the club urged fans on Monday."):
        assert _kept_in_middle(line), line


def test_paris_ontario_on_a_canadian_site_stays_in_canada() -> None:
    payload = json.dumps({"url": "https://www.example.ca/news/paris-bridge",
                          "title": "Paris council approves new bridge",
                          "maintext": "Town council approved a new bridge over the Grand "
                                      "River in Paris on Monday, with Brant County and "
                                      "Ontario sharing the cost.\n\nWork starts in spring."})
    assert _article("bridge.json", payload)["country"] == "CA"
