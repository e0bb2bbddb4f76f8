"""Classes of people and agency failures found with bench/dev_set53 and the people52 merge
(retired held-out sets): Korean wire copy naming its wire in Hangul in the dateline and its
reporter before "기자" ("(서울=연합뉴스) 홍길동 기자 = ..."), read as neither wire nor writer;
and a "Read next: <headline>" link in the body that only left it while a misread byline
turned every later short line into tail furniture. One guard each, on synthetic text, with a
near miss that must stay as it is."""

from __future__ import annotations

import pytest

from transforms import people
from transforms.dateline import agency_name


def _article(name: str, payload: str) -> dict:
    from transforms.clean import clean_record
    from transforms.decode import decode_payload
    from transforms.extract import extract_article

    record = decode_payload(name, payload.encode())[0]
    return extract_article(clean_record(record))


_KO_REST = ("\n\n시청은 16일 새 도서관을 다음 달부터 밤 10시까지 운영한다고 밝혔다.\n\n"
            "시민들은 늦은 시간에도 책을 빌릴 수 있게 됐다며 반겼다.\n")


# 1. The Korean wires by their Hangul names, beside their Latin ones.

@pytest.mark.parametrize("hangul, wire", [("연합뉴스", "Yonhap"), ("뉴스1", "News1"),
                                          ("뉴시스", "Newsis")])
def test_korean_wire_names_in_hangul(hangul: str, wire: str) -> None:
    assert agency_name(hangul) == wire


# 2. "(<city>=<wire>) <name> 기자 = ...": the wire and its reporters in a Korean lead.

@pytest.mark.parametrize("lead, wire, names", [
    ("(대전=연합뉴스) 박서연 기자 = 대전시가 새 도서관을 연다.", "연합뉴스", ["박서연"]),
    ("(광주=뉴스1) 이도윤·최하늘 기자 = 광주시가 새 도서관을 연다.", "뉴스1", ["이도윤", "최하늘"]),
    ("(워싱턴=뉴시스) 정우진 특파원 = 미국 정부가 새 규정을 발표했다.", "뉴시스", ["정우진"]),
])
def test_korean_wire_lead(lead: str, wire: str, names: list[str]) -> None:
    assert people.korean_wire_lead(lead) == (wire, names)


@pytest.mark.parametrize("lead", [
    # "기자회견" (a press conference), not the reporter's "기자 =".
    "(대전=연합뉴스) 시장 기자회견 = 대전시가 새 도서관을 연다.",
    # "기자" quoted in running text.
    '시청 관계자는 "박서연 기자 = 우리 편"이라고 말했다.',
    "박서연 기자가 취재한 내용을 바탕으로 했다.",
])
def test_korean_wire_lead_near_misses(lead: str) -> None:
    assert people.korean_wire_lead(lead) is None


def test_korean_wire_story_fields() -> None:
    article = _article("ko.txt", "대전시, 새 도서관 밤 10시까지 운영\n\n"
                       "(대전=연합뉴스) 박서연 기자 = 대전시가 새 도서관을 연다." + _KO_REST)
    assert article["agency"] == "Yonhap"
    assert article["authors"] == ["박서연"]


def test_korean_press_conference_gives_no_author() -> None:
    article = _article("ko.txt", "대전시, 새 도서관 밤 10시까지 운영\n\n"
                       "대전시는 15일 기자회견을 열고 새 도서관을 연다고 밝혔다." + _KO_REST)
    assert article["authors"] == []
    assert article["agency"] is None


# 3. A reporter's sign-off: "<name> 기자 <e-mail>".

def test_korean_reporter_signoff() -> None:
    assert people.byline_names("박서연 기자 seoyeon@example.co.kr") == ["박서연"]
    # Near misses: "기자회견" and a sentence with an address stay no byline.
    assert people.byline_names("기자회견 문의 press@example.go.kr") is None
    assert people.byline_names("박서연 기자에게 seoyeon@example.co.kr 로 연락하면 된다.") is None


# 4. The dev_set47 leak: "Read next: <headline>" is a related link, whatever the byline.

_EN_PAGE = ("Ferries To Run Later This Summer\n\nBy Jane Roe\n\n"
            "The ferry company will run extra late trips between the two harbours this summer, "
            "the operator said on Monday.\n\n"
            "The trips will run on Fridays and Saturdays from June until September.\n\n"
            "{link}\n\n"
            "Fares for the late trips will be the same as for other crossings, "
            "the operator said.\n\n"
            "The company carried a record number of passengers last year.\n")


@pytest.mark.parametrize("link", ["READ NEXT: Airport Welcomed A Record Number Of Passengers",
                                  "Watch next: Harbour Festival Returns In August"])
def test_read_next_link_leaves_the_body(link: str) -> None:
    article = _article("en.txt", _EN_PAGE.format(link=link))
    assert link not in article["body"]
    assert article["authors"] == ["Jane Roe"]


def test_read_next_sentence_stays() -> None:
    line = "Read next week's edition for the full timetable, the operator said."
    assert line in _article("en.txt", _EN_PAGE.format(link=line))["body"]
