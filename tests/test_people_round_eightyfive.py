"""Classes of bylines and credits missed on bench/dev_set84 (a retired held-out set, tuned on
once it was retired): a byline with the writer's e-mail address run on after the names, on
one line ("By Jane Roe jroe@example.com", US community papers); "Report from Jane Roe"
alone on its line (NZ community sites); and Korean wires' resale notice after a photo's
credit ("[X 제공. 재판매 및 DB 금지]"), which goes with the "provided" word before it.
Synthetic text; each class with near misses that stay."""

from __future__ import annotations

from transforms import clean
from transforms.clean import clean_text

_HEAD = "Harbor Gazette\nNews\nSports\n\nFerry service to resume on island route\n\n"
_STORY = ("The county said on Tuesday that ferry service to the island would resume next month "
          "after repairs to the dock.\n\nOfficials expect the first sailing in early June.\n")


# 1. "By NAME email@host" on one line.

def test_byline_with_run_on_email_is_the_byline():
    out = clean_text(_HEAD + "By Lena Marsh lmarsh@harborgazette.example.com\nMay 5, 2025\n\n"
                     + _STORY)
    assert out.bylines == ["Lena Marsh"]
    assert not any("@" in p for p in out.paragraphs)
    assert out.paragraphs[0].startswith("The county said")


def test_byline_email_near_misses():
    # A sentence with an address in it stays text; a byline without an address is as before.
    line = "Readers can send photos of the ferry to news@harborgazette.example.com"
    out = clean_text(_HEAD + "By Lena Marsh\nMay 5, 2025\n\n" + _STORY + "\n" + line + "\n")
    assert out.bylines == ["Lena Marsh"]
    out = clean_text(_HEAD + "By the dock on Tuesday, crews were at work\n\n" + _STORY)
    assert out.bylines == []


# 2. "Report from NAME" alone on its line.

def test_report_from_name_is_the_byline():
    out = clean_text(_HEAD + "September 26, 2024\n\nReport from Lena Marsh\n\n" + _STORY)
    assert out.bylines == ["Lena Marsh"]
    out = clean_text(_HEAD + "September 26, 2024\n\nReport by Lena Marsh\n\n" + _STORY)
    assert out.bylines == ["Lena Marsh"]


def test_report_from_near_misses():
    # A place or a lower-case phrase after it is where the report comes from, no writer.
    out = clean_text(_HEAD + "September 26, 2024\n\nReport from New Zealand\n\n" + _STORY)
    assert out.bylines == []
    out = clean_text(_HEAD + "September 26, 2024\n\nReport from the council meeting\n\n" + _STORY)
    assert out.bylines == []


# 3. Korean wires' resale notice after the credit.

def test_korean_resale_notice_leaves_the_credit():
    assert clean._tidy_credit("[강릉시 제공. 재판매 및 DB 금지]") == "강릉시"
    assert clean._tidy_credit("[뉴시스 자료사진. 재판매 및 DB 금지]") == "뉴시스"
    assert clean._tidy_credit("[해양수산부 제공] 무단 전재 및 재배포 금지") == "해양수산부"


def test_korean_resale_notice_near_misses():
    # The notice alone names no one and stays as printed; a credit without it is as before.
    assert clean._tidy_credit("재판매 금지") == "재판매 금지"
    assert clean._tidy_credit("[강릉시 제공]") == "강릉시"
