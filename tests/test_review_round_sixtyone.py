"""Review of round 61: misfires of its rules on text they were not tuned on, each
with the case the rule was made for, which must keep working."""

from __future__ import annotations

import json

import pytest

from transforms import people

_AR_BODY = ("أعلنت مديرية النقل عن تشغيل خط حافلات جديد يربط وسط المدينة بالمطار الدولي.\n"
            "وأوضحت المديرية أن الخط سيعمل من السادسة صباحا حتى منتصف الليل طوال الأسبوع.\n"
            "وقال مسؤول في المديرية إن المشروع يخدم آلاف المسافرين والعمال في المنطقة يوميا.")


def _arabic_page(above_date: str) -> dict:
    from transforms.clean import clean_record
    from transforms.decode import decode_payload
    from transforms.extract import extract_article

    payload = json.dumps({
        "authors": [], "date_publish": "2025-04-22 09:15:00", "language": "ar",
        "source_domain": "namudhaj.example", "title": "تشغيل خط حافلات جديد نحو المطار الدولي",
        "url": "https://namudhaj.example/local/123",
        "maintext": f"{above_date}\n22/04/2025 - 09:15\n{_AR_BODY}"})
    record = decode_payload("namudhaj_hafila_ar.json", payload.encode())[0]
    return extract_article(clean_record(record))


# 1. An Arabic name alone above the date line (round 61, "سمير بن عودة") is read without
#    capitals, so a section label in the same slot became the writer: "أخبار محلية"
#    (local news), "اقتصاد وأعمال" (economy and business), "آخر الأخبار" (latest news),
#    "مقالات الرأي" (opinion pieces).

@pytest.mark.parametrize("label", ["أخبار محلية", "اقتصاد وأعمال", "آخر الأخبار", "مقالات الرأي",
                                   "حوادث وقضايا"])
def test_an_arabic_section_label_above_the_date_is_no_writer(label: str) -> None:
    assert people.arabic_byline_name(label) is None
    assert _arabic_page(label)["authors"] == []


@pytest.mark.parametrize("name", ["كريم بن يوسف", "سمير بن عودة", "وليد الصادق"])
def test_an_arabic_name_above_the_date_is_still_the_writer(name: str) -> None:
    assert _arabic_page(name)["authors"] == [name]


# 2. A big city's old name before a feature word (review 60: "Saigon River", "Bombay
#    Harbour" are the city's own) took any feature so named for the city, abroad too:
#    Salisbury Beach is in Massachusetts, Canton Lake in Oklahoma, Bombay Beach in
#    California, not in Harare, Guangzhou or Mumbai. A city's own feature is its river
#    or its harbour.

@pytest.mark.parametrize("text", [
    "Crowds packed Salisbury Beach on Saturday.",
    "Anglers return to Canton Lake on Sunday.",
    "Residents of Bombay Beach face toxic dust on Sunday.",
])
def test_a_big_citys_old_name_before_a_beach_or_lake_is_no_city(text: str) -> None:
    from transforms import geo

    assert geo.places_in_head(text, language="en") == []


@pytest.mark.parametrize("text, code", [
    ("Floods hit homes along the Saigon River on Sunday.", "VN"),
    ("Ships waited in Bombay Harbour on Sunday.", "IN"),
    ("Ferries stopped on the Canton River on Sunday.", "CN"),
])
def test_a_big_citys_old_name_before_its_river_or_harbour_is_still_the_city(
        text: str, code: str) -> None:
    from transforms import geo

    assert [c for _, c in geo.places_in_head(text, language="en")] == [code]
