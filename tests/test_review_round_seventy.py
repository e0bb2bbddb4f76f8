"""Review of rounds 70 and 71: misfires of their rules on text they were not tuned on, each
with the case the rule was made for, which must keep working."""

from __future__ import annotations


def _cleaned(name: str, payload: str) -> dict:
    from transforms.clean import clean_record
    from transforms.decode import decode_payload

    return clean_record(decode_payload(name, payload.encode())[0])


# 1. The bylined writer's bio under the byline in the page's head says what the writer
# covers; a lead that goes on to the writer's deed ("..., and she won ...") is the story.


def test_lead_about_the_bylined_writer_is_kept() -> None:
    text = ("Health reporter takes national prize\n\n"
            "Mere Tanner\n\n"
            "Mere Tanner is a reporter for The Courier covering health, and she won the "
            "national prize for her series on rural clinics on Friday.\n\n"
            "The judges praised the series for its care, the foundation said.\n")
    paragraphs = _cleaned("prize.txt", text)["paragraphs"]
    assert paragraphs[0].startswith("Mere Tanner is a reporter for The Courier")


def test_head_bio_under_byline_still_leaves_near_miss() -> None:
    text = ("Council approves new bus lanes for the city centre\n\n"
            "Mere Tanner\n\n"
            "Mere Tanner is a reporter for The Courier covering the city council.\n\n"
            "The council voted on Thursday to add bus lanes along three central streets, "
            "the mayor said after the meeting.\n")
    paragraphs = _cleaned("buslanes.txt", text)["paragraphs"]
    assert not any(p.startswith("Mere Tanner is") for p in paragraphs)
    assert paragraphs[0].startswith("The council voted")
