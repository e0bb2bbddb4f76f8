"""Review of round 57: misfires of its rules on text they were not tuned on, each
with the case the rule was made for, which must keep working."""

from __future__ import annotations

import pytest

from tests.test_people_round_fiftyseven import _KO, _article, _page
from transforms import geo, people

# 1. The site's own name and a place as the byline (round 57: "Daily Lantern Kenya" is
#    the site's country desk) took any word some village is named for as the place, so a
#    writer whose given name is the site's name lost the byline: "Sun Yang" on a site
#    called "Sun" (Yang resolves to a town in China).

@pytest.mark.parametrize(("site", "byline"), [("Sun", "Sun Yang"), ("Star", "Star Kim")])
def test_a_writer_named_like_the_site_is_still_the_writer(site: str, byline: str) -> None:
    assert _article("batch.jsonl", _page(byline, site=site))["authors"] == [byline]


@pytest.mark.parametrize(("site", "byline"), [("Sun", "Sun Kenya"), ("Sun", "Sun Nairobi"),
                                              ("Star", "Star Lagos"), ("Star", "Star Sport")])
def test_the_sites_country_or_city_desk_is_still_no_writer(site: str, byline: str) -> None:
    assert _article("batch.jsonl", _page(byline, site=site))["authors"] == []


# 2. A Korean sign-off under the story (round 57) took one reporter only, so two who
#    sign together as the wire's lead writes them ("서울=홍길동·김철수 기자") gave none.

@pytest.mark.parametrize(("line", "names"), [
    ("서울=홍길동·김철수 기자", ["홍길동", "김철수"]),
    ("홍길동, 김철수 기자 news@example.co.kr", ["홍길동", "김철수"]),
])
def test_two_korean_reporters_sign_off(line: str, names: list[str]) -> None:
    assert people.byline_names(line) == names


def test_two_korean_reporters_under_the_story() -> None:
    assert _article("ko_story.txt", _KO + "대전=박서연·이도윤 기자\n")["authors"] == [
        "박서연", "이도윤"]


def test_one_korean_reporter_and_no_signoff_stay() -> None:
    assert people.byline_names("대전=박서연 기자 seoyeon@example.co.kr") == ["박서연"]
    assert people.byline_names("박서연·이도윤 기자") is None  # neither city nor e-mail
    assert people.byline_names("한·미 기자 회견이 열렸다") is None


# 3. Finnish names in "-e" double it before their endings (round 57: "Tampereen"), and
#    the doubled endings were also read after any stem, so common words in the lead
#    became foreign cities: "Kieleen" (into the language) Kiel, "Salmeen" (into the
#    strait) Salem.

@pytest.mark.parametrize("word", ["Kieleen", "Salmeen"])
def test_a_finnish_word_in_een_is_no_city(word: str) -> None:
    lead = f"{word} tapahtui maanantaina onnettomuus, poliisi kertoo."
    assert geo.places_in_head(lead, common=lead, language="fi") == []


@pytest.mark.parametrize(("word", "key"), [("Tampereen", "tampereen"),
                                           ("Raaheen", "raaheen"),
                                           ("Tampereella", "tampereella"),
                                           ("Porin", "porin")])
def test_a_finnish_name_in_e_is_still_the_city(word: str, key: str) -> None:
    lead = f"{word} tapahtui maanantaina onnettomuus, poliisi kertoo."
    assert geo.places_in_head(lead, common=lead, language="fi") == [(key, "FI")]
