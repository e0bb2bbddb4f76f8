"""Classes of place failures found with bench/dev_set62 (a retired held-out set): an Arab
national wire bracketed by its Arabic name in the dateline, with a Levantine month of two
words or two letters; a Korean paper's reporter line naming the reporter's base city; an
Arabic headline's city in a story that names the city's country. One guard each, on
synthetic text, with a near miss that must stay as it is."""

from __future__ import annotations

from transforms import geo
from transforms.dateline import find_dateline


def _article(name: str, payload: str) -> dict:
    from transforms.clean import clean_record
    from transforms.decode import decode_payload
    from transforms.extract import extract_article

    record = decode_payload(name, payload.encode())[0]
    return extract_article(clean_record(record))


# 1. "<city> <day> <month> (<wire>)-": the Arab national wires by their Arabic names
# ("بترا" Jordan's Petra, "واج" Algeria's APS, "وات" Tunisia's TAP), and the Levantine
# months "كانون الثاني", "تشرين الأول" (two words) and "آب" (two letters).


def test_arab_wire_arabic_name_in_dateline() -> None:
    found = find_dateline("إربد 14 أيار (بترا)- افتتحت وزارة الصحة مركزا صحيا جديدا في المدينة.")
    assert found is not None and found.agency == "Petra"
    assert found.city == "Irbid" and found.country == "JO"
    found = find_dateline("وهران 3 مارس (واج)- دشن والي الولاية محطة جديدة للترامواي.")
    assert found is not None and found.agency == "APS" and found.country == "DZ"
    found = find_dateline("صفاقس (وات)- انطلقت أشغال تهيئة الميناء التجاري.")
    assert found is not None and found.agency == "TAP" and found.country == "TN"


def test_levantine_month_of_two_words_or_letters_in_dateline() -> None:
    found = find_dateline("الزرقاء 3 كانون الثاني (بترا)- بدأت البلدية أعمال صيانة الطرق.")
    assert found is not None and found.city == "Zarqa" and found.agency == "Petra"
    assert found.datepart == "3 كانون الثاني"
    found = find_dateline("بيروت 9 تشرين الأول (رويترز) - قال مسؤول إن المطار سيعمل كالمعتاد.")
    assert found is not None and found.city == "Beirut" and found.datepart == "9 تشرين الأول"
    found = find_dateline("عمان 21 آب (بترا)- أعلنت الوزارة عن خطة جديدة للنقل.")
    assert found is not None and found.city == "Amman" and found.datepart == "21 آب"


def test_ancient_city_or_no_month_is_no_wire_dateline_near_miss() -> None:
    # "البتراء" is the ancient city of Petra, no wire; "أب" (father) is no month "آب".
    assert find_dateline("عمان 14 أيار (البتراء)- افتتحت وزارة السياحة مركزا جديدا.") is None
    assert find_dateline("عمان 2 أب (بترا)- افتتحت وزارة السياحة مركزا جديدا.") is None


# 2. "<city>=<name> 기자" over (or under) a Korean paper's story: the regional or foreign
# correspondent's base, which places a story whose headline and lead name no place.

_KO = ("한빛일보\n정치\n경제\n사회\n전국\n\n"
       "시내버스 첫차 시간 30분 앞당긴다\n\n{byline}\n\n입력 2025-03-04 10:12\n\n"
       "시는 다음 달부터 시내버스 첫차 운행 시간을 30분 앞당긴다고 4일 밝혔다.\n\n"
       "새벽에 출근하는 노동자와 학생들의 불편을 줄이기 위한 조치라고 시는 설명했다.\n\n"
       "시 관계자는 \"이용객 의견을 반영해 노선별 배차 간격도 조정하겠다\"고 말했다.\n\n"
       "김민준 기자 mjkim@example.co.kr\n")


def test_korean_reporter_base_places_story() -> None:
    assert geo.korean_reporter_city("광주=김민준 기자").name == "Gwangju"
    record = _article("hanbit_bus_ko.txt", _KO.format(byline="대전=김민준 기자"))
    assert record["authors"] == ["김민준"]
    assert record["country"] == "KR" and record["dateline"] is None


def test_korean_reporter_line_without_a_city_near_miss() -> None:
    # No base, or a word before "=" that is no city ("사진", photo): nothing placed.
    assert geo.korean_reporter_city("김민준 기자") is None
    assert geo.korean_reporter_city("사진=김민준 기자") is None
    record = _article("hanbit_bus_ko.txt", _KO.format(byline="김민준 기자"))
    assert record["authors"] == ["김민준"] and record["country"] is None


# 3. An Arabic headline's city named again in a story that names the city's country
# ("كورنيش الإسكندرية" over "محافظات مصر"), though no place word stands before the city.

_AR_TITLE = "افتتاح ممشى جديد على كورنيش الإسكندرية"


def _ar_body(country: str) -> str:
    return ("افتتح المسؤولون أمس ممشى جديدا للمشاة على كورنيش الإسكندرية بطول ثلاثة كيلومترات، "
            f"ضمن خطة لتطوير الواجهات البحرية في {country}.")


def test_arabic_headline_city_with_its_country_named() -> None:
    body = _ar_body("مصر")
    assert geo.main_place_country(_AR_TITLE, body, body, language="ar") == "EG"
    body = _ar_body("عدد من المدن ومصر")  # "ومصر": "and Egypt", the conjunction glued
    assert geo.main_place_country(_AR_TITLE, body, body, language="ar") == "EG"


def test_arabic_headline_city_with_another_country_near_miss() -> None:
    # The story names no country, or another country than the city's: no vote.
    for country in ("عدد من المدن الساحلية", "الأردن"):
        body = _ar_body(country)
        assert geo.main_place_country(_AR_TITLE, body, body, language="ar") is None
