"""Classes of place failures found with bench/dev_set58 (a retired held-out set): a
Korean story placed only by a city written in Hangul, in a wire's dateline
("(부산=연합뉴스)") or in its headline, where the story writes the city glued to a place
word ("부산항", Busan port; "서울시", Seoul city); a country named only in a compound of a
compass word and its name ("Sør-Norge", "Sydsverige"). One guard each, on synthetic text,
with a near miss that must stay as it is."""

from __future__ import annotations

from collections import Counter

import pytest

from transforms import geo

# 1. A Hangul city in a Korean wire's dateline.


def test_korean_wire_dateline_city() -> None:
    lead = "(대전=연합뉴스) 김하늘 기자 = 시내버스 노선이 다음 달부터 바뀐다."
    assert geo.main_place_country("버스 노선 개편", lead, lead, language="ko") == "KR"


def test_korean_wire_dateline_near_miss() -> None:
    # No "CITY=" before the wire: a common word that is a city's name places nothing.
    lead = "(화성 탐사=연합뉴스 종합) 탐사선이 사진을 보냈다."
    assert geo.korean_wire_city(lead) is None


# 2. A headline's Hangul city the story writes with a place word.


def test_hangul_head_city_with_place_word() -> None:
    title = "대구 지하철 이용객 늘어"
    body = "대구시는 지난달 지하철 이용객이 늘었다고 밝혔다. 대구시도 노선을 늘린다."
    assert geo.main_place_country(title, body, body, language="ko") == "KR"


def test_hangul_head_city_near_miss() -> None:
    # "화성" is Mars as well as Hwaseong: with no "화성시" in the story, no place; nor is
    # "화성시대" (the Mars era) the city.
    title = "화성 탐사선 새 사진 공개"
    body = "화성 표면에서 물의 흔적이 발견됐다. 과학자들은 화성시대가 열렸다고 말했다."
    assert geo.main_place_country(title, body, body, language="ko") is None
    assert geo._hangul_place_tail("시대") is False
    # "위해" (in order to) is Weihai's Hangul name: a headline word, not a place.
    title = "물가 안정 위해 예산 늘린다"
    body = "정부는 물가 안정을 위해 예산을 늘리기로 했다."
    assert geo.main_place_country(title, body, body, language="ko") is None


# 3. A compass word glued to the country's name in the page's language names the country.


@pytest.mark.parametrize("text, language, country", [
    ("Strømmen blir dyrere i Nord-Norge og i Sørvest-Norge i vinter.", "nb", "NO"),
    ("Snön väntas i Nordsverige och Sydsverige.", "sv", "SE"),
    ("Gewitter ziehen über Süddeutschland und Westdeutschland.", "de", "DE"),
])
def test_compass_compound_names_country(text: str, language: str, country: str) -> None:
    assert geo.country_mentions(text, language=language)[0] == Counter({country: 2})


def test_compass_compound_near_miss() -> None:
    # Only the countries that speak the language: "Nord-Irland" is no part of Ireland,
    # and a compound that is a country's own name stays that country.
    counts = geo.country_mentions("Møtet i Nord-Irland og Sør-Korea.", language="nb")[0]
    assert "IE" not in counts and counts["KR"] == 1
    counts = geo.country_mentions("Hilfe für Südsudan und Nordirland.", language="de")[0]
    assert "SD" not in counts and "IE" not in counts
