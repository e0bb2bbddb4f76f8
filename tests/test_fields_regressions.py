"""Classes of extraction failures found with the labelled sample, one guard each."""

from __future__ import annotations

from transforms import geo
from transforms.clean import clean_text
from transforms.dates import DateClue, choose_date, is_date_line

BODY = ("The council approved the plan on Tuesday after a long debate about costs and "
        "the timetable for the works, officials said.")


def test_caption_with_parenthesised_wire_credit():
    page = (f"Cyclists ride along a new lane\n\nDes cyclistes circulent rue de Rivoli, à Paris, "
            f"le 5 mai 2021 (AFP - Julien Marchand)\n\nPARIS (AFP) - {BODY}\n")
    cleaned = clean_text(page)
    assert cleaned.captions == [{"text": "Des cyclistes circulent rue de Rivoli, à Paris, le 5 "
                                         "mai 2021.", "credit": "AFP - Julien Marchand"}]


def test_caption_with_bracketed_file_credit_and_no_dateline():
    page = (f"Workers protest unpaid wages\n\nGarment workers block a road in Dhaka "
            f"[File: Rahim Uddin/Reuters]\n\n{BODY}\n")
    cleaned = clean_text(page)
    assert cleaned.captions[0]["credit"] == "Rahim Uddin/Reuters"
    assert all("Rahim" not in p for p in cleaned.paragraphs)


def test_credit_line_before_its_caption_bbc_style():
    page = (f"Cocoa farmers try solar dryers\n\n{BODY}\nImage source, Getty Images\n"
            f"Image caption, Farmers dry beans on raised mats in the sun\n\n{BODY}\n")
    cleaned = clean_text(page)
    assert cleaned.captions == [{"text": "Farmers dry beans on raised mats in the sun",
                                 "credit": "Getty Images"}]


def test_contact_lines_give_reporters_and_editors_one_per_line():
    page = (f"Taxi fleets go electric\n\n{BODY}\n\nTo contact the reporter on this story:\n"
            "Wei Lin Tan in Singapore at wtan@example.com\n\nTo contact the editors "
            "responsible for this story:\nRamesh Iyer at riyer@example.com\nColin Hart\n")
    cleaned = clean_text(page)
    assert cleaned.bylines == ["Wei Lin Tan"]
    assert cleaned.editors == ["Ramesh Iyer", "Colin Hart"]
    assert all("contact" not in p for p in cleaned.paragraphs)


def test_big_city_named_in_text_gives_the_country_when_no_country_is_named():
    assert geo.country_of_cities_in_text("Libraries in Madrid will open on Sundays.") == "ES"
    assert geo.country_of_cities_in_text("The cable car in Wellington reopened.") == "NZ"
    assert geo.country_of_cities_in_text("Nobody named a place here.") is None


def test_updated_date_line_is_never_the_publication_date():
    cleaned = clean_text(f"Title\n\nUpdated: May 9, 2021\n\n{BODY}\n")
    assert cleaned.updated_lines and not cleaned.published_lines
    assert is_date_line("Thu 6 May 2021 20.10 BST") is not None
    assert is_date_line("The vote is on May 6, 2021 in the capital") is None


def test_caption_dated_the_day_before_the_named_weekday_moves_to_that_day():
    import datetime as dt

    wednesday = DateClue("caption", dt.date(2021, 5, 5), "2021-05-05")
    chosen = choose_date([wednesday], {3})  # the story says "on Thursday"
    assert chosen.date == dt.date(2021, 5, 6) and chosen.source == "caption_weekday"
    assert choose_date([wednesday], {2}).date == dt.date(2021, 5, 5)
