"""Classes of dates, bylines and photo credits missed on bench/dev_set80 (a retired held-out
set, tuned on once it was retired): a Malaysian stamp line with the short Malay time of day
after its clock ("9 Januari 2025, 3:42 ptg"); a spaced-dot stamp line with "at" before the
clock in Serbian Cyrillic, Slovak / Polish or Ukrainian ("22. 08. 2024. у 11:35"); a "©"
line closing the page that names the publisher as a company ("© Компанија Новости"), no
photo's credit; and a Kerala paper's byline, an unbracketed name with dotted initials over
the writer's town ("കെ. എം. ഷമീർ" then "തൃശൂർ"). Synthetic text; each class with near misses
that stay."""

from __future__ import annotations

from transforms import dates, people
from transforms.clean import clean_text

SR_BODY = ("Градско веће усвојило је у понедељак план за обнову моста преко реке после годину"
           " дана јавних расправа.")
SR_BODY2 = ("Радови би требало да почну на пролеће и трајаће око осам месеци, рекао је"
            " директор дирекције.")
ML_BODY = ("നഗരത്തിലെ പുതിയ പാലത്തിന്റെ നിർമാണം അടുത്ത മാസം ആരംഭിക്കുമെന്ന് അധികൃതർ"
           " അറിയിച്ചു.")
ML_BODY2 = ("പാലം പൂർത്തിയാകുന്നതോടെ നഗരത്തിലെ ഗതാഗതക്കുരുക്ക് കുറയുമെന്നാണ്"
            " പ്രതീക്ഷ.")


# 1. The Malay time of day, short, after the clock: "9 Januari 2025, 3:42 ptg".

def test_malay_short_time_of_day_after_clock():
    assert str(dates.is_date_line("14 Ogos 2024, 10:15 pg")) == "2024-08-14"
    assert str(dates.is_date_line("3 Mac 2025, 12:30 tgh")) == "2025-03-03"
    assert str(dates.is_date_line("21 Julai 2024, 9:05 mlm")) == "2024-07-21"
    assert str(dates.is_date_line("5 Disember 2024, 4:40 ptg")) == "2024-12-05"


def test_malay_short_time_of_day_near_miss():
    # The mark only after a clock's number; a word in a sentence stays no date line.
    assert dates.is_date_line("Harga naik 5 Disember 2024 ptg") is None
    assert dates.is_date_line("Mesyuarat 5 Disember 2024 dibatalkan kerana banjir") is None


# 2. "at" before the clock of a spaced-dot stamp: "22. 08. 2024. у 11:35".

def test_spaced_dot_stamp_with_at_word():
    assert str(dates.is_date_line("17. 05. 2025. у 09:10")) == "2025-05-17"
    assert str(dates.is_date_line("3. 4. 2025 o 14:25")) == "2025-04-03"
    assert str(dates.is_date_line("3. 4. 2025 о 14:25")) == "2025-04-03"


def test_spaced_dot_stamp_near_miss():
    # Another word before the clock, or list numbers in a sentence, stay no stamp.
    assert dates.is_date_line("17. 05. 2025. до 09:10") is None
    assert dates.is_date_line("Тачке 3. 4. 2025 у 14:25 сати") is None


# 3. A "©" line closing the page that names the publisher as a company: no photo's credit.

def _sr_page(closing: str) -> str:
    return (f"Нови мост преко реке\n\n{SR_BODY}\n\n{SR_BODY2}\n\n"
            f"Пратите нас на друштвеним мрежама\n\n{closing}\n")


def test_company_copyright_line_is_no_credit():
    for closing in ("© Компанија Пример", "© Kompanija Primer", "© Example Company"):
        cleaned = clean_text(_sr_page(closing))
        assert cleaned.captions == [], closing


def test_person_copyright_line_stays_a_credit():
    # A person's name after the sign is still read as before (the rule names companies only).
    before = clean_text(_sr_page("© Петар Петровић")).captions
    assert before and before[0]["credit"] == "Петар Петровић"


# 4. A Kerala byline: an initialled name over the writer's town.

def test_malayalam_initialled_writer_over_town():
    assert people.indic_initialled_writer_town("പി. ആർ. സുരേഷ്\nകോട്ടയം") == (
        "പി. ആർ. സുരേഷ്", "കോട്ടയം")
    page = (f"പുതിയ പാലം അടുത്ത മാസം\n\nപി. ആർ. സുരേഷ്\nകോട്ടയം\n\n"
            f"June 3, 2024 | 9:12 am\n\n{ML_BODY}\n\n{ML_BODY2}\n")
    assert clean_text(page).bylines == ["പി. ആർ. സുരേഷ്"]


def test_malayalam_initialled_writer_near_miss():
    # A headline opening on a leader's initial (initials and two words) is no byline, nor
    # an initialled name over a sentence.
    assert people.indic_initialled_writer_town("കെ. സുരേന്ദ്രൻ രാജിവച്ചു\nകോട്ടയം") is None
    assert people.indic_initialled_writer_town(f"പി. ആർ. സുരേഷ്\n{ML_BODY}") is None
