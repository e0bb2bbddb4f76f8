"""Classes of Arabic and Persian failures found with bench/dev_set70 (a retired held-out
set): an Egyptian paper's "<city> - <wire>" line right above the lead, the wire MENA's
spaced Arabic abbreviation ("الإسكندرية - أ ش أ"), is the story's dateline (a byline line
over a date line stays one, round 59); and IRNA's Persian dateline with the dashes
closed up to the words before them ("شیراز- ایرنا- ..."). One guard each, on synthetic
text, with a near miss that must stay as it is."""

from __future__ import annotations

from transforms import clean
from transforms.dateline import byline_line_place, find_dateline
from transforms.decode import decode_payload
from transforms.extract import extract_article


def _article(text: str) -> dict:
    record = decode_payload("story.txt", text.encode("utf-8"))[0]
    return extract_article(clean.clean_record(record))


# 1. "<city> - أ ش أ" on its own line right above the lead is the dateline.

_ARABIC_LEAD = (
    "افتتح وزير النقل صباح اليوم محطة جديدة للقطارات في الإسكندرية بتكلفة بلغت مئات "
    "الملايين من الجنيهات.\n\n"
    "وقال الوزير إن المحطة ستخدم آلاف الركاب يوميا وتخفف الزحام على الطرق.\n\n"
    "وأضاف أن أعمال التطوير ستمتد إلى محطات أخرى خلال العام المقبل.\n")


def test_arabic_city_mena_line_above_lead_is_dateline() -> None:
    article = _article("افتتاح محطة قطارات جديدة\n\nالإسكندرية - أ ش أ\n\n" + _ARABIC_LEAD)
    assert article["dateline"]["city"] == "Alexandria"
    assert article["country"] == "EG"
    assert article["agency"] == "MENA"


def test_arabic_city_wire_line_over_date_line_is_no_dateline() -> None:
    # Near miss: the byline line over a date line, not the lead, places no dateline.
    article = _article("افتتاح محطة قطارات جديدة\n\nالإسكندرية - أ ش أ\n\n"
                       "التاريخ: 05 نوفمبر 2025\n\n" + _ARABIC_LEAD)
    assert article["dateline"] is None
    assert article["agency"] == "MENA"


def test_byline_line_single_letter_wire_must_be_known() -> None:
    assert byline_line_place("الإسكندرية - أ ش أ") == "Alexandria"
    # Near miss: single letters that spell no wire are no byline line.
    assert byline_line_place("الإسكندرية - أ ب") is None


# 2. IRNA's Persian dateline with the dashes closed up to the words before them.


def test_persian_closed_up_irna_dateline() -> None:
    article = _article(
        "افتتاح کتابخانه تازه\n\n"
        "شیراز- ایرنا- شهردار شیراز امروز از افتتاح یک کتابخانه عمومی تازه در مرکز شهر خبر داد.\n\n"
        "او گفت که این کتابخانه بیش از بیست هزار جلد کتاب دارد.\n\n"
        "کارشناسان می‌گویند که شهر به کتابخانه‌های بیشتری نیاز دارد.\n")
    assert article["dateline"]["city"] == "Shiraz"
    assert article["agency"] == "IRNA"
    assert article["country"] == "IR"


def test_persian_closed_up_dash_without_wire_near_miss() -> None:
    # Near miss: a closed-up dash before a word that is no wire opens no dateline.
    assert find_dateline("شیراز- امروز- شهردار شیراز از افتتاح یک کتابخانه خبر داد.") is None
