"""Review of round 58: misfires of its rules on text they were not tuned on, each
with the case the rule was made for, which must keep working."""

from __future__ import annotations

import pytest

from tests.test_chrome_round_fiftyeight import BODY, MORE, _middle, _tail
from tests.test_people_round_fiftyeight import _VI, _VI_FOOTER, _article, _page
from transforms import people
from transforms.clean import credit_only_line

# 1. "Bản quyền thuộc về" / "copyright belongs to" (round 58: the site's notice) joined
#    the phrases of "all rights reserved", which take any words after them, so a story's
#    sentence that opens with the phrase was dropped as chrome.

@pytest.mark.parametrize("line", [
    "Copyright belongs to the author unless a contract says otherwise, the judge ruled.",
    "Bản quyền thuộc về tác giả, theo quy định của Luật Sở hữu trí tuệ hiện hành.",
    "Bản quyền thuộc về ai khi trí tuệ nhân tạo sáng tác tranh?",
])
def test_a_story_sentence_about_copyright_stays(line: str) -> None:
    assert _middle(line) == [BODY, line, MORE]
    assert _tail(line) == [BODY, MORE, line]


def test_the_sites_copyright_notice_still_goes() -> None:
    for line in ["© Bản quyền thuộc về Báo Ví Dụ", "Bản quyền thuộc về Báo Ví Dụ",
                 "Copyright belongs to Example Media Group."]:
        assert _tail(line) == [BODY, MORE], line
    assert credit_only_line("© Bản quyền thuộc về Báo Ví Dụ") is None
    record = _article("vidu_cau_di_bo.txt", _VI + "NGỌC LAN\n\n" + _VI_FOOTER)
    assert record["authors"] == ["Ngọc Lan"] and record["captions"] == []


# 2. The outlet's self-description and a join call (round 58) took "sostén" as the call,
#    which is also the noun (support), so a story's sentence went.

def test_sosten_the_noun_is_no_call() -> None:
    line = "La Vaca es una cooperativa de trabajo. Sostén económico le dan sus lectores desde 2001."
    assert _middle(line) == [BODY, line, MORE]


def test_sosten_the_call_still_goes() -> None:
    line = "Radio Ejemplo es un medio independiente. Sostén el periodismo local."
    assert _tail(line) == [BODY, MORE]


# 3. A Korean word alone in an author field (round 58) was a name whenever a common
#    surname's syllable led it, so outlets ("한국경제", "이데일리", "조선비즈"), a city
#    ("서울") and common words ("국민", "문화") became writers.

@pytest.mark.parametrize("field", ["한국경제", "이데일리", "조선비즈", "한경닷컴", "서울", "국민",
                                   "문화", "공동취재"])
def test_a_korean_outlet_or_word_is_no_writer(field: str) -> None:
    assert people.author_field_names(field) == []


@pytest.mark.parametrize("field, names", [("김도윤", ["김도윤"]), ("김구 기자", ["김구"]),
                                          ("부산=남궁민수 기자", ["남궁민수"])])
def test_a_korean_name_still_is_one(field: str, names: list[str]) -> None:
    assert people.author_field_names(field) == names


# 4. FNB (round 58: the Finnish wire's Swedish service) is also First National Bank, so a
#    South African story closing "Source: FNB" was credited to the wire.

_ZA = ("FNB cuts fees for small firms\n\n"
       "The bank expects more customers to move to its app this year, it said.\n\n"
       "Analysts said the move would put pressure on rivals to cut their own fees.\n\n"
       "Shares in the group rose 2% in Johannesburg trading on Monday afternoon.\n\n")


@pytest.mark.parametrize("foot", ["Source: FNB", "– FNB"])
def test_a_bank_named_fnb_is_no_wire(foot: str) -> None:
    assert _article("za_bank.txt", _ZA + foot + "\n")["agency"] is None


def test_fnb_on_a_swedish_page_is_still_the_wire() -> None:
    record = _article("batch.jsonl", _page({"@type": "Organization", "name": "FNB"}, "FNB",
                                           lang="sv"))
    assert record["agency"] == "FNB"


# 5. A newspaper's name after the byline (round 58) cut at any place the gazetteer knows
#    and at the paper's last word alone, so a writer whose middle name is some village's
#    ("Mary Ann Herald") was lost and a surname that is a paper's word was cut off.

@pytest.mark.parametrize("line, names", [
    ("By Mary Ann Herald", ["Mary Ann Herald"]),
    ("By Jean Marie Courier", ["Jean Marie Courier"]),
])
def test_a_writer_named_like_a_paper_is_kept(line: str, names: list[str]) -> None:
    assert people.byline_names(line) == names


@pytest.mark.parametrize("line, names", [
    ("By Jane Roe - Chicago Tribune", ["Jane Roe"]),
    ("By Jane Roe | South Florida Sun Sentinel", ["Jane Roe"]),
    ("By Jane Roe Press Herald", ["Jane Roe"]),
])
def test_the_papers_name_after_the_byline_still_goes(line: str, names: list[str]) -> None:
    assert people.byline_names(line) == names
