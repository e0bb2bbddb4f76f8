"""Review of round 59: misfires of its rules on text they were not tuned on, each
with the case the rule was made for, which must keep working."""

from __future__ import annotations

import json

import pytest

from tests.test_chrome_round_fiftyeight import BODY, MORE
from transforms import geo
from transforms.clean import clean_record, clean_text
from transforms.decode import decode_payload
from transforms.extract import extract_article


def _wire_story(paragraphs: list[str], lang: str) -> dict:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (f"<html lang='{lang}'><head><title>Rubrik</title></head><body><article>"
            f"<h1>Rubrik</h1>{body}</article></body></html>")
    payload = json.dumps({"url": "https://news.example.org/a/1", "title": "Rubrik",
                          "html": html})
    return extract_article(clean_record(decode_payload("x.json", payload.encode())[0]))


# 1. WIRE_HOMES (round 59) gave a national wire's copy its home country whenever nothing
#    placed the story, so a TT story about Åland (Finland), naming only "Mariehamn" once,
#    became Swedish news.

_SV_TAIL = ["Reglerna har kritiserats.", "TT"]


def test_a_wire_story_naming_a_place_abroad_is_not_home_news() -> None:
    record = _wire_story([
        "Ålands landskapsregering har beslutat om nya regler för färjetrafiken i skärgården, "
        "meddelar lantrådet.",
        "Beslutet gäller från sommaren och påverkar flera linjer till Mariehamn.",
        *_SV_TAIL,
    ], "sv")
    assert record["agency"] == "TT" and record["country"] != "SE"


def test_a_wire_story_naming_no_place_is_still_home_news() -> None:
    record = _wire_story([
        "Myndigheten har beslutat om nya regler för färjetrafiken i skärgården, "
        "meddelar generaldirektören.",
        "Beslutet gäller från sommaren och påverkar flera linjer till öarna.",
        *_SV_TAIL,
    ], "sv")
    assert record["agency"] == "TT" and record["country"] == "SE"


# 2. The Korean "related articles" header (round 59) took the story's next sentence for
#    the headline it links: Korean writes few spaces, so a full sentence falls short of
#    the word count that ends a related list.

def _after(header: str, line: str) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{header}\n\n{line}\n\n{MORE}\n").paragraphs


def test_a_korean_sentence_after_the_related_header_stays() -> None:
    line = "시는 내년부터 버스 요금을 200원 올리기로 했다고 대변인이 월요일 기자들에게 밝혔다."
    assert line in _after("관련기사", line)


def test_a_korean_related_headline_still_goes() -> None:
    assert _after("관련기사", "서울시, 내년 버스 요금 200원 인상") == [BODY, MORE]


# 3. A street kind after a country's name (round 59: "Italy Street") took title-case
#    headlines' verbs and nouns for a street, so the country named went uncounted.

@pytest.mark.parametrize("headline, code", [
    ("Russia Drive Toward Kharkiv Stalls", "RU"),
    ("Brazil Square Off Against Argentina Tonight", "BR"),
    ("Japan Park Rangers Rescue Hikers", "JP"),
])
def test_a_title_case_headline_names_its_country(headline: str, code: str) -> None:
    assert geo.country_mentions(headline, language="en")[0][code] == 1


def test_a_street_named_after_a_country_is_still_no_evidence() -> None:
    assert not geo.country_mentions("Buses stop on Kenya Road near Italy Square.",
                                    language="en")[0]


# 4. OUTLET_ABOUT_ITSELF (round 59) dropped a media-business story's sentence on the
#    outlet's own site: the group's news is told from the outlet's name.

def _on_own_site(line: str) -> list[str]:
    html = ("<html lang='en'><head><title>Group sells printing arm | Example Times</title>"
            "<meta property='og:site_name' content='Example Times'></head><body><article>"
            f"<h1>Group sells printing arm</h1><p>{BODY}</p><p>{MORE}</p><p>{line}</p>"
            "<p>The deal is expected to close in March, the company said in a filing.</p>"
            "</article></body></html>")
    payload = json.dumps({"url": "https://exampletimes.com/a/1",
                          "title": "Group sells printing arm", "html": html})
    return clean_record(decode_payload("x.json", payload.encode())[0])["paragraphs"]


@pytest.mark.parametrize("line", [
    "Example Times is a member of the Example Group, which agreed on Monday to sell its "
    "printing arm to a rival for $40 million.",
    "Example Times is part of the Example Group, which said it would cut 200 jobs by June.",
])
def test_the_outlets_own_business_news_stays(line: str) -> None:
    assert line in _on_own_site(line)


def test_the_outlets_note_about_itself_still_goes() -> None:
    line = "Example Times is a member of the Example Group."
    assert line not in _on_own_site(line)
