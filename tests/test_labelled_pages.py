"""The labelled sets' shared builders (bench/labelled_pages.py): which chrome lines a set
may hold the pipeline to."""
from __future__ import annotations

from bench.labelled_pages import checkable_chrome

STORY = {
    "dateline": "MANILA — ",
    "paras": [
        "Harbour cranes return to service",
        "The new operator of the Ninoy Aquino International Airport will add two gates.",
        "Travellers were told to arrive three hours early.",
    ],
}


def test_a_long_chrome_line_the_story_itself_contains_is_not_labelled():
    # The evaluator counts a long chrome line anywhere in the body as leaked, so a topic
    # link repeating the story's words would count the story's own sentence.
    assert checkable_chrome(STORY, ["Ninoy Aquino International Airport", "Topics"]) == [
        "Topics"]


def test_chrome_lines_outside_the_story_and_short_ones_stay_labelled():
    chrome = ["Sign up for our morning newsletter today", "Travellers", "Share this story"]
    assert checkable_chrome(STORY, chrome) == chrome
