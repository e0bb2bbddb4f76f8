"""Classes of date, byline and editor failures found with bench/dev_set75 (a retired
held-out set): the Levantine and the Egyptian / Gulf names of one month side by side in an
Arabic date line ("27 تموز / يوليو 2025. 03:15 مساءً", Jordanian, Syrian, Lebanese and
Palestinian papers), with the time of day written out after the clock; "By:", the names, a
dash and the writer's job before the stamp ("By: Jane Doe - Multimedia Reporter | January
17,2025 - 02:15 PM", the Inquirer network); a two-line byline whose second line is the
writer's beat ("Jane Roe" / "NSW Transport Reporter", News Corp); and the paper's editor
in its imprint right below the copyright notice ("© 2024 daily.example" / "Editor: Jane
Roe"), no story editor. One guard each, on synthetic text, with a near miss that must stay
as it is."""

from __future__ import annotations

import datetime as dt

# 1. Both names of one Arabic month in a date line.

def test_levantine_and_egyptian_month_names_together_make_one_month() -> None:
    from transforms.dates import is_date_line

    assert is_date_line("الخميس 9 آذار / مارس 2025. 10:40 صباحاً") == dt.date(2025, 3, 9)
    assert is_date_line("3 كانون الثاني/يناير 2025") == dt.date(2025, 1, 3)
    assert is_date_line("14 نيسان (أبريل) 2025 - 12:10 ظهراً") == dt.date(2025, 4, 14)


def test_two_different_arabic_months_or_a_sentence_stay_no_date_line() -> None:
    from transforms.dates import is_date_line

    assert is_date_line("9 آذار - نيسان 2025") is None
    assert is_date_line("9 مارس 2025 في المساء قال الوزير") is None


# 2. "By:", the names, a dash and the writer's job, then the stamp.

def test_byline_with_a_dashed_job_and_a_bar_stamp() -> None:
    from transforms.people import byline_names, byline_stamp

    line = "By: Marco Dela Cruz - Senior Reporter | March 3,2025 - 09:40 AM"
    assert byline_names(line) == ["Marco Dela Cruz"]
    assert byline_stamp(line) == "March 3,2025 - 09:40 AM"
    assert byline_names("By Ana Reyes - Staff Correspondent") == ["Ana Reyes"]


def test_dashed_byline_without_a_job_word_stays_as_it_was() -> None:
    from transforms.people import byline_names

    assert byline_names("By Marco Dela Cruz - Ana Reyes") is None
    assert byline_names("By Marco Dela Cruz - Reporter of the Year") is None


# 3. A two-line byline: the name, then the writer's beat.

_ROLE_PAGE = (
    "Hospital waiting lists fall for the third month in a row\n\n"
    "{byline}\n"
    "March 3, 2025 - 6:00AM\n\n"
    "Waiting lists at public hospitals across the state fell again in February, new figures"
    " released by the health department show.\n\n"
    "The number of patients waiting longer than a year for surgery dropped by 12 per cent"
    " compared with the same month last year.\n"
)


def test_role_line_under_a_name_leaves_the_name_as_the_byline() -> None:
    from transforms.clean import clean_text

    page = _ROLE_PAGE.format(byline="Tom Brennan\nFederal Politics Reporter")
    assert clean_text(page).bylines == ["Tom Brennan"]


def test_name_with_its_role_on_one_line_stays_a_byline() -> None:
    from transforms.clean import clean_text

    page = _ROLE_PAGE.format(byline="Hannah Clarke Transport correspondent")
    assert clean_text(page).bylines == ["Hannah Clarke"]


# 4. The paper's editor in its imprint, under the copyright notice.

_STORY = (
    "Dhaka, March 3, 2025 - Rice prices fell in the capital's wholesale markets this week as"
    " the new harvest reached the city.\n"
    "Traders said the price of coarse rice dropped by three taka a kilogram since Sunday.\n"
    "The food ministry said it would keep buying from farmers until the end of the month.\n"
)


def test_editor_below_the_copyright_notice_is_the_papers() -> None:
    from transforms.clean import clean_text

    page = (_STORY + "Share\n© 2025 daily-example.com\nEditor: Rahim Uddin\n"
            "Follow us on Google News\n")
    assert clean_text(page).editors == []


def test_editor_under_the_story_still_signs_it() -> None:
    from transforms.clean import clean_text

    page = _STORY + "Editor: Rahim Uddin\n"
    assert clean_text(page).editors == ["Rahim Uddin"]
