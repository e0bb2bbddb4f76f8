"""Classes of extraction failures found with bench/dev_set29 (the twenty-sixth held-out
set, retired to a development set), and general reasons for wrong authors. One guard
each, written on synthetic text, with a near miss that must stay as it is."""

from __future__ import annotations

from transforms import people
from transforms.clean import clean_record
from transforms.extract import extract_article


def _article(payload: str, fields: dict | None = None) -> dict:
    record = {"id": "t", "source": {"uri": "t.txt", "format": "text"}, "format": "text",
              "payload": payload, "fields": fields or {}}
    return extract_article(clean_record(record))


_FERRY_BODY = ("The harbour board said on Tuesday that the evening ferry to the islands "
               "would run twice a week from next month.\n\n"
               "Fares will stay the same, a spokesperson for the board said.\n\n"
               "Islanders had asked for more sailings after the winter timetable cut two "
               "services.\n")


def test_newsroom_named_in_other_languages_is_no_writer():
    for desk in ("Haber Merkezi", "Ankara Haber Merkezi", "Redactie", "Redakcja",
                 "Редакция", "Tim Redaksi", "Redakce", "Redactie Binnenland"):
        assert people.author_field_names(desk) == [], desk
    # A writer whose given name is "Tim" stays a writer.
    assert people.author_field_names("Tim Redford") == ["Tim Redford"]


def test_masthead_of_a_text_scrape_as_byline_is_no_writer():
    page = ("Harbourside Chronicle\nHome\nNews\nSport\nBusiness\nOpinion\n\n"
            "Evening ferry to run twice a week\n\nBy Harbourside Chronicle\n\n" + _FERRY_BODY)
    assert _article(page)["authors"] == []
    # A writer's byline under the same masthead stays the writer's.
    signed = page.replace("By Harbourside Chronicle", "By Mere Tane")
    assert _article(signed)["authors"] == ["Mere Tane"]


def test_one_writer_a_slash_and_the_outlet_is_a_byline():
    page = "Evening ferry to run twice a week\n\nAroha Whitfield / Valley News\n\n" + _FERRY_BODY
    assert _article(page)["authors"] == ["Aroha Whitfield"]
    # After the slash a body that is no outlet: no byline.
    other = page.replace("Valley News", "Harbour Board")
    assert _article(other)["authors"] == []


def test_writers_bio_below_an_unsigned_story_names_the_writer():
    page = ("Evening ferry to run twice a week\n\n" + _FERRY_BODY
            + "\nAroha Whitfield is a reporter with the Valley News.\n")
    article = _article(page)
    assert article["authors"] == ["Aroha Whitfield"]
    assert "Aroha Whitfield is a reporter" not in article["body"]
    # A person the story quotes, or a former reporter, is no writer of it.
    quoted = ("Evening ferry to run twice a week\n\n" + _FERRY_BODY
              + "\nHemi Walker, who runs the island store, welcomed the change.\n\n"
              "Hemi Walker is a reporter with the island newsletter.\n")
    assert _article(quoted)["authors"] == []
    former = ("Evening ferry to run twice a week\n\n" + _FERRY_BODY
              + "\nAroha Whitfield is a former reporter with the Valley News.\n")
    assert _article(former)["authors"] == []


def test_bio_shaped_sentence_reporting_a_deed_names_no_writer():
    # Merged with the chrome round's bio-line rule: a line that opens like a bio but
    # reports speech or a deed is the story's, so it names no writer either (else the
    # writer known from it would let the bio rule drop the sentence).
    story = ["The council met on Monday."]
    assert people.bio_writer(
        "Mara Quillfeather is a reporter with the Valley News.", story) == "Mara Quillfeather"
    for line in ["Mara Quillfeather is a reporter for the Herald and was arrested on Friday,"
                 " police said.",
                 "Ana Ruiz es periodista de El Diario y fue la primera en llegar,"
                 " dijo la policía."]:
        assert people.bio_writer(line, story) is None, line
