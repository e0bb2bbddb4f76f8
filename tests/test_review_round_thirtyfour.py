"""Guards for what a read of the dev_set31 to dev_set34 rounds found: substring tests
that meant whole words or class names, and chrome shapes that also read real sentences."""

from __future__ import annotations

import pytest

from tests.test_fields_round_thirtyone import _source_page
from transforms.clean import chrome_kind, clean_record
from transforms.decode import decode_payload
from transforms.extract import extract_article
from transforms.people import bio_card_writer, bio_writer


def test_a_writer_is_a_source_only_when_the_story_writes_the_surname_as_a_word():
    bio = "Ann Lee is a reporter with the Valley News."
    assert bio_writer(bio, ["The council met in Leeds until midnight."]) == "Ann Lee"
    assert bio_card_writer("Ann Lee", "Valley News reporter covering the north.",
                           ["The council met in Leeds until midnight."]) == "Ann Lee"
    # Near miss: the story quotes her, so she is its source, not its writer.
    assert bio_writer(bio, ["Lee said the council met until midnight."]) is None


def test_only_a_class_named_source_marks_the_stories_source():
    def agency(div: str) -> str | None:
        record = decode_payload("page.html", _source_page(div).encode())[0]
        return extract_article(clean_record(record))["agency"]

    assert agency("<div class='article-source'>Source : Xinhua</div>") == "Xinhua"
    assert agency("<div class='source_box'>Source : Xinhua</div>") == "Xinhua"
    # Near misses: class names that only hold the word.
    assert agency("<div class='resource'>Source : Xinhua</div>") is None
    assert agency("<div class='opensource-widget'>Source : Xinhua</div>") is None


@pytest.mark.parametrize("line", [
    # Sentences and captions that hold a site's address, a cookie report, a maker's
    # label, a show time or a network's short name.
    "Applications close on Friday (www.gov.uk).",
    "Residents can comment on the plan – www.example.bg",
    "The full report is online (https://example.org/report)",
    "Роскомнадзор заявил, что мы используем файлы cookie незаконно, сказал юрист.",
    "Strona: Prokuratura Krajowa",
    "Site — Ground Zero Memorial",
    "Watch the council debate the news budget at 7 tonight",
    "Don't miss the show at 8 on Saturday",
    "Presented by Prince William",
    "Suivez la page de Xavi et le compte de Maxim",
])
def test_story_lines_of_chrome_like_shape_stay(line):
    assert chrome_kind(line) is None


@pytest.mark.parametrize("line", [
    "Example.com (Example News Agency - www.example.com)",
    "Harbour Post – www.harbourpost.com",
    "Мы используем файлы cookie",
    "Website by Example Digital",
    "Watch Example One News at 6pm every night.",
    "Sehen Sie die Nachrichten um 20 Uhr",
    "This content is sponsored by Example Bank",
    "Follow our Telegram channel, Facebook page and YouTube channel",
    "Подписывайтесь на наш канал в Max и группу «ВКонтакте»",
])
def test_the_furniture_itself_still_goes(line):
    assert chrome_kind(line) is not None
