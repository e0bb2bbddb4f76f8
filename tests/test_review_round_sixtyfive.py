"""Review of round 65: misfires of its rules on text they were not tuned on, each with the
case the rule was made for, which must keep working."""

from __future__ import annotations

from transforms import people
from transforms.clean import clean_text


def _article(name: str, payload: str) -> dict:
    from transforms.clean import clean_record
    from transforms.decode import decode_payload
    from transforms.extract import extract_article

    record = decode_payload(name, payload.encode())[0]
    return extract_article(clean_record(record))


_BODY = ("The new bridge over the river opened to traffic on Monday after three years of"
         " work and delays.\n\n"
         "Officials said the crossing would cut travel times between the two districts by"
         " half an hour.\n\n"
         "Residents welcomed the opening but said more buses were needed on the route.\n")


# 1. The signature under a letter's "Thank you," (round 65) dropped any short line under
#    the valediction, a story's sentence as well: a letter quoted in the story lost the
#    sentence after its closing line.


def test_sentence_under_a_quoted_valediction_stays() -> None:
    page = ("Bridge opens\n\nBy Jane Doe\n\n12 Mar 2025\n\n" + _BODY
            + "\nThe mayor read out the letter the council had received.\n\nThank you,\n\n"
            "The crossing will carry 20,000 cars a day.\n\nIt ends the town's isolation.\n")
    assert "The crossing will carry 20,000 cars a day." in _article("x.txt", page)["body"]


def test_signature_under_an_appeal_still_goes() -> None:
    page = ("Bridge opens\n\nBy Jane Doe\n\n12 Mar 2025\n\n" + _BODY
            + "\nThank you,\n\nJane Roe, editor\n")
    record = _article("x.txt", page)
    assert "Jane Roe" not in record["body"]
    assert record["authors"] == ["Jane Doe"]


# 2. The Indic byline "<writer> | <city>" (round 65) took a breadcrumb's state or section
#    for the writer: "उत्तर प्रदेश | लखनऊ" (Uttar Pradesh | Lucknow), "ताज़ा खबर | जयपुर"
#    (latest news | Jaipur).

_LEAD_HI = [
    "जयपुर। शहर के पश्चिमी हिस्से में नई पेयजल लाइन बिछाने का काम सोमवार से शुरू हो गया है"
    " और यह दो महीने चलेगा।",
    "नगर निगम के अधिकारियों ने बताया कि इस दौरान कुछ कॉलोनियों में पानी की आपूर्ति सुबह के"
    " बजाय शाम को होगी।",
    "रहवासियों ने काम जल्द पूरा करने की मांग की है।",
]


def test_indic_breadcrumb_is_no_writer() -> None:
    assert people.indic_writer_place("उत्तर प्रदेश | लखनऊ") is None
    assert people.indic_writer_place("ताज़ा खबर | जयपुर") is None
    for crumb in ("उत्तर प्रदेश | लखनऊ", "ताज़ा खबर | जयपुर"):
        page = ("नगर समाचार\n" + crumb + "\n\nजयपुर में नई पेयजल लाइन का काम शुरू\n\n"
                "3 जून 2024, 08:10 AM\n\n" + "\n\n".join(_LEAD_HI) + "\n")
        assert clean_text(page).bylines == []


def test_indic_writer_place_still_read() -> None:
    assert people.indic_writer_place("अनुराग शर्मा | भोपाल")[0] == "अनुराग शर्मा"
