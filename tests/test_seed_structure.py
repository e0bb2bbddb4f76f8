"""A page with the seed page's structure (our own words), checked field by field
through the same functions the pipeline runs."""

from __future__ import annotations

import pytest

from transforms.clean import clean_record
from transforms.decode import decode_payload
from transforms.extract import extract_article, validate_article


@pytest.fixture
def article(seed_like_text):
    raw = decode_payload("corpus/seed_like.txt", seed_like_text.encode())[0]
    return validate_article(extract_article(clean_record(raw)))


def test_headline_dateline_and_geography(article):
    assert article["title"] == "Port workers in Veracruz end strike after wage deal on Thursday"
    assert article["dateline"] == {"text": "MEXICO CITY (Reuters)", "city": "Mexico City",
                                   "country": "MX"}
    assert article["country"] == "MX"
    assert article["region"] == "americas"
    assert article["agency"] == "Reuters"


def test_date_comes_from_the_caption_and_agrees_with_the_weekday(article):
    # Caption: May 5, 2021 (a Wednesday); the story says "on Thursday": the photo
    # was taken the day before the story ran.
    assert article["date"] == "2021-05-06"
    assert article["date_source"] == "caption_weekday"


def test_people(article):
    assert article["authors"] == ["Daniel Ortega Ruiz", "Sara Whitfield"]
    assert article["editors"] == ["Paul Kendrick"]
    assert article["captions"] == [{
        "text": "Dock workers stand next to shipping containers at the port of Veracruz, "
                "Mexico, May 5, 2021.",
        "credit": "REUTERS/Lucia Ferrer"}]


def test_site_chrome_leaves_the_body_and_becomes_fields(article):
    body = article["body"]
    for chrome in ("Article type", "User Type", "Campaign ID", "Cxense", "Telegram",
                   "Next In World", "Stories You'll Enjoy", "REUTERS/Lucia", "Reporting by",
                   "Flooding forces evacuations"):
        assert chrome not in body
    assert body.startswith("MEXICO CITY (Reuters) - Dock workers")
    assert body.endswith("picket lines had already been lifted.")
    assert body.count("\n\n") == 4  # five paragraphs kept apart
    assert article["section"] == "World"
    assert article["related_headlines"] == [
        "Flooding forces evacuations in northern Italy",
        "Chile opens talks on lithium royalties",
        "Kenyan court suspends new tax on mobile money",
    ]
    assert article["language"] == "en"
    assert article["word_count"] == len(body.split())
