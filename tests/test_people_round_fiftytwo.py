"""Classes of date and byline failures found with bench/dev_set52 (a retired held-out
set): a byline whose lead is "Written by" or whose date joins its words with "de" or a
day's dot ("Por Ana Ruiz el 3 de mayo de 2024", "Von Hans Weber am 3. Mai 2024"); a
theme's post-meta line crediting a desk, not a person ("by Valley Radio News | Sep 10, 2024 |
News"); and a "Published" stamp with a two-digit year whose day and month could swap,
settled by the dateline's month and day. One guard each, written on synthetic text, with
a near miss that must stay as it is."""

from __future__ import annotations

import pytest

from transforms import people


def _article(name: str, payload: str) -> dict:
    from transforms.clean import clean_record
    from transforms.decode import decode_payload
    from transforms.extract import extract_article

    record = decode_payload(name, payload.encode())[0]
    return extract_article(clean_record(record))


_STORY = ("The district council has approved a plan to rebuild the old market hall before the "
          "rainy season, officials said on Tuesday.\n\n"
          "The works will cost about 40 million shillings and are expected to take a year, "
          "according to the council's engineer.\n\n"
          "Traders said the new roof would keep their goods dry during the long rains.\n")


def _page(line: str) -> dict:
    return _article("page.txt",
                    f"Valley Post\n\nCouncil approves new market hall\n\n{line}\n\n{_STORY}")


# 1. A byline, then its date after "on" / "el" / "le" / "am", in several languages.

@pytest.mark.parametrize("line, name, day", [
    ("Written by Jane Doe on May 3, 2024", "Jane Doe", "2024-05-03"),
    ("Escrito por Ana Ruiz el 3 de mayo de 2024", "Ana Ruiz", "2024-05-03"),
    ("Por Ana Ruiz el 3 de mayo de 2024", "Ana Ruiz", "2024-05-03"),
    ("Von Hans Weber am 3. Mai 2024", "Hans Weber", "2024-05-03"),
    ("Geschrieben von Hans Weber am 3. Mai 2024", "Hans Weber", "2024-05-03"),
])
def test_byline_then_its_date(line, name, day):
    assert people.byline_names(line) == [name]
    article = _page(line)
    assert article["authors"] == [name]
    assert article["date"] == day


def test_written_by_a_thing_is_no_byline():
    # Near miss: "Written by hand on ..." names nobody.
    assert people.byline_names("Written by hand on May 3, 2024") is None
    assert _page("Written by hand on May 3, 2024")["authors"] == []


# 2. A post-meta line crediting a desk: the date is the page's, the desk no writer.

def test_post_meta_line_with_a_desk():
    line = "by Valley Radio News | Sep 10, 2024 | Local News, News"
    assert people.post_meta_line(line)
    article = _page(line)
    assert article["date"] == "2024-09-10"
    assert article["authors"] == []


@pytest.mark.parametrize("line", [
    "by Valley Radio News | Local News | News",  # no date between the bars: a menu
    "by Valley Radio News | Sep 10 | News",  # no year: no date line
])
def test_post_meta_line_near_miss(line):
    assert not people.post_meta_line(line)
    assert people.byline_names(line) is None


# 3. A two-digit-year stamp whose day and month could swap: the dateline settles it.

_WIRE_LEAD = ("LAKETOWN, {datepart} (Reuters) - Tourist arrivals rose 14% year on year in "
              "February to a record for the month, official data showed on Wednesday.\n\n")


def _stamped(stamp: str, datepart: str) -> dict:
    return _article("wire.txt", "Valley Post\n\nTourist arrivals hit a February record\n\n"
                    f"Published: {stamp}, 14:05\n\n" + _WIRE_LEAD.format(datepart=datepart)
                    + _STORY)


def test_short_year_stamp_read_month_first_by_the_dateline():
    assert _stamped("03.12.25", "March 12")["date"] == "2025-03-12"


def test_short_year_stamp_day_first_when_the_dateline_agrees():
    # Near miss: the dateline names the day-first reading, which stays.
    assert _stamped("03.12.24", "Dec 3")["date"] == "2024-12-03"
