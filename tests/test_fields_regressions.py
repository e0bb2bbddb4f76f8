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


# ---------------------------------------------------------------------------
# Classes found on bench/dev_set (2022-2024 layouts), one guard each. All text
# below is invented.

import pytest  # noqa: E402

from transforms.clean import chrome_kind  # noqa: E402

LEAD = ("LIMA, May 5 (Reuters) - The port authority said on Friday it would extend "
        "opening hours at the container terminal to clear a backlog of ships.")


@pytest.mark.parametrize("line", [
    # reading time, alone and in other languages
    "3 min", "Lesezeit: 2 Minuten", "Temps de lecture : 4 min", "5 min de lectura",
    # newsletter promos in several languages
    "Daily newsletter", "Check out all newsletters",
    "Get a round-up of the day's top stories in your inbox",
    "Get the latest Lakeside news delivered to your inbox every morning. Sign up here.",
    "Don't miss the biggest stories from across the valley. Sign up to our free daily newsletter here.",
    "Receive essential international news every morning",
    "Keep up to date with international news by downloading the app",
    "Jeden Tag die wichtigsten Nachrichten aus der Region – kostenlos in Ihr Postfach.",
    "Jetzt anmelden", "Follow Us :", "Do you have a news tip? Contact our newsroom.",
    # share bars, comments, error reports
    "Copy Link copied", "Artikel teilen", "Join the debate",
    "Vous avez trouvé une erreur? Signalez-la.", "Found an error? Tell us.",
    # copyright notices and licensing links
    "© Riproduzione riservata", "Copyright (c) 2023 Example News Agency. All rights reserved.",
    "© EFE 2023. Queda prohibida la redistribución de los contenidos de los servicios de Efe.",
    "Our Standards: The Thomson Reuters Trust Principles., opens new tab",
    "Acquire Licensing Rights, opens new tab",
    # breadcrumbs, wire sign-offs, desk slugs, e-mail sign-offs, hashtags, relative stamps
    "Startseite › Region › Stadt", "(END)", "==Kyodo", "bur-abc/xyz", "str-abc/def/ghi",
    "abc@example.co.kr", "#Seoul", "#public bikes", "Updated ago",
    "May 14, 20239:41 AM UTCUpdated 2 days ago",
    # syndication notices and staff bios
    "(Only the headline of this report may have been reworked by the staff; the rest of the "
    "content is auto-generated from a syndicated feed.)",
    "Moreno covers water and the environment in the Southwest for The Associated Press.",
    # inline related links in other languages
    "Te recomendamos: Reportan cortes de agua en el poniente",
    "À lire aussi : Le port modernise son terminal",
])
def test_dev_set_chrome_lines(line):
    assert chrome_kind(line) is not None


@pytest.mark.parametrize("line", [
    "Three minutes later the power came back, residents said.",
    "The newsletter, first printed in 1952, will close in June, its editor said.",
    "Subscribers will receive the new card in their inbox next week, the bank said.",
    "The councillor said she had found an error in the budget figures presented on Monday.",
    "Moreno, who covers the council for a local radio station, asked the first question.",
])
def test_dev_set_chrome_patterns_spare_sentences(line):
    assert chrome_kind(line) is None


def test_tag_and_most_read_lists_leave_the_body():
    page = (f"Port extends hours\n\n{LEAD}\n\n{BODY}\n\nEtiquetas\nPerú\nPuertos\n\n"
            "Lo más leído\n1. Bolivia declara emergencia\n2. El dólar cierra a la baja\n\n"
            "Keywords\n#Lima\n#ports\n\nMost Liked\nHeat wave advisory issued\n")
    cleaned = clean_text(page)
    assert cleaned.paragraphs == [LEAD, BODY]
    assert "Bolivia declara emergencia" in cleaned.related_headlines


def test_furniture_below_the_copyright_line_leaves_the_body():
    page = (f"Port extends hours\n\n{LEAD}\n\n{BODY}\n\n© 2023 Example Media\n\n"
            "The Morning Briefing\nJetzt kostenlos\n\nA full sentence after the notice stays "
            "in the text, as real prose always does.\n")
    cleaned = clean_text(page)
    assert cleaned.paragraphs == [LEAD, BODY, "A full sentence after the notice stays in the "
                                  "text, as real prose always does."]
