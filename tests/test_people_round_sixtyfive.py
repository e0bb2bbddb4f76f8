"""Classes of date, agency and people failures found with bench/dev_set65 (a retired
held-out set): Bulgarian and Macedonian month names ("14 юли 2024"); the Botswana Press
Agency ("Source : BOPA"); an Arabic source line naming the paper and the wire it carries
("المصدر: النهار - وطنية", An-Nahar over Lebanon's NNA); a bare byline of the writer's
name and base ("Jane Doe, Thimphu"); a newsroom's Romanian desk credit as the author
("Redacția Gândul"); a letter's signature under a supporter appeal ("Thank you," /
"Jane Roe, editor"), which signs the letter, not the story. One guard each, on synthetic
text, with a near miss that must stay as it is."""

from __future__ import annotations


def _article(name: str, payload: str) -> dict:
    from transforms.clean import clean_record
    from transforms.decode import decode_payload
    from transforms.extract import extract_article

    record = decode_payload(name, payload.encode())[0]
    return extract_article(clean_record(record))


_BODY = ("The new bridge over the river opened to traffic on Monday after three years of"
         " work and delays.\n\n"
         "Officials said the crossing would cut travel times between the two districts by"
         " half an hour.\n\n"
         "Residents welcomed the opening but said more buses were needed on the route.\n")


# 1. Bulgarian and Macedonian month names.

def test_bulgarian_month_date_line() -> None:
    page = ("Новини\nСвят\n\nНов мост над реката беше открит\n\n{stamp}\n\n"
            "Новият мост над реката беше открит за движение в понеделник след три години"
            " строителство.\n\nВластите казаха, че пътуването ще бъде по-кратко с половин"
            " час.\n\nЖителите приветстваха откриването на моста.\n")
    assert _article("bg.txt", page.format(stamp="3 ноември 2024 10:15"))["date"] == "2024-11-03"
    assert _article("bg.txt", page.format(stamp="14 юли 2024"))["date"] == "2024-07-14"


def test_bulgarian_month_without_year_is_no_date_line() -> None:
    from transforms.dates import is_date_line

    assert is_date_line("Срещата е на 14 юли") is None


# 2. The Botswana Press Agency and a source line naming paper and wire.

def test_source_line_names_bopa() -> None:
    page = f"Bridge opens\n\nBy Jane Doe\n\n12 Mar 2025\n\n{_BODY}\nSource : BOPA\n"
    assert _article("bw.txt", page)["agency"] == "BOPA"


def test_arabic_source_line_paper_then_wire() -> None:
    page = ("افتتاح جسر جديد\n\nالمصدر: الصحيفة - وطنية\n\n03-09-2024 | 10:00\n\n"
            "افتتح اليوم جسر جديد فوق النهر بعد ثلاث سنوات من الأعمال والتأخير.\n\n"
            "وقال المسؤولون إن الجسر سيختصر وقت التنقل بين المنطقتين نصف ساعة.\n\n"
            "ورحب السكان بالافتتاح لكنهم طالبوا بمزيد من الحافلات.\n")
    assert _article("lb.txt", page)["agency"] == "NNA"
    staff = page.replace("المصدر: الصحيفة - وطنية", "المصدر: الصحيفة")
    assert _article("lb.txt", staff)["agency"] is None


def test_national_adjective_in_prose_is_no_wire() -> None:
    page = ("افتتاح جسر جديد\n\n03-09-2024 | 10:00\n\n"
            "افتتح اليوم جسر جديد فوق النهر في إطار خطة وطنية للبنية التحتية.\n\n"
            "وقال المسؤولون إن الجسر سيختصر وقت التنقل بين المنطقتين نصف ساعة.\n\n"
            "ورحب السكان بالافتتاح لكنهم طالبوا بمزيد من الحافلات.\n")
    assert _article("lb.txt", page)["agency"] is None


# 3. "Jane Doe, Thimphu": the writer and the base.

def test_name_and_base_byline() -> None:
    page = ("Home\nNews\n\nBridge opens to traffic\n\nKarma Dorji, Thimphu\n\n"
            f"Sat, 21 Jun 2025\n\n{_BODY}")
    assert _article("bt.txt", page)["authors"] == ["Karma Dorji"]


def test_place_and_country_line_is_no_byline() -> None:
    page = ("Home\nNews\n\nBridge opens to traffic\n\nThimphu, Bhutan\n\n"
            f"Sat, 21 Jun 2025\n\n{_BODY}")
    assert _article("bt.txt", page)["authors"] == []


# 4. A Romanian newsroom credit.

def test_romanian_desk_credit_is_no_author() -> None:
    from transforms.people import clean_name

    assert not clean_name("Redacția Ziarul")
    assert clean_name("Ioana Popescu") == "Ioana Popescu"


# 5. A letter's signature under the story.

def test_appeal_signature_is_no_byline() -> None:
    page = (f"Bridge opens to traffic\n\nBy Jane Doe\n\n2 September 2024\n\n{_BODY}\n"
            "Thank you,\nMary Roe, editor\n")
    assert _article("au.txt", page)["authors"] == ["Jane Doe"]


def test_role_signoff_without_valediction_stays() -> None:
    page = f"Bridge opens to traffic\n\n2 September 2024\n\n{_BODY}\nMary Roe, editor\n"
    record = _article("au.txt", page)
    assert "Mary Roe" in record["authors"] + record["editors"]
