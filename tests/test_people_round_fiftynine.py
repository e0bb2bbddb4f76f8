"""Classes of date and agency failures found with bench/dev_set59 (a retired held-out
set): an Arabic "Date:" label before a month-name date ("التاريخ: 12 مارس 2025"); Korean
labelled stamp lines ("입력 2025.03.12 09:10" published, "수정 ..." modified); a wire named
in Arabic in a "<city> - <wire>" byline line ("الرياض - واس", SPA); and a "Via <wire>"
line closing the story. One guard each, on synthetic text, with a near miss that must
stay as it is."""

from __future__ import annotations

from transforms.patterns import compiled


def _article(name: str, payload: str) -> dict:
    from transforms.clean import clean_record
    from transforms.decode import decode_payload
    from transforms.extract import extract_article

    record = decode_payload(name, payload.encode())[0]
    return extract_article(clean_record(record))


_AR_LEAD = ("أعلنت بلدية المدينة افتتاح حديقة عامة جديدة على الواجهة البحرية بمساحة عشرة آلاف متر "
            "مربع.\n\n"
            "وأوضحت البلدية أن الحديقة تضم مسارات للمشي وملاعب للأطفال ومناطق مظللة للعائلات.\n\n"
            "ومن المقرر افتتاح المرحلة الثانية من المشروع في سبتمبر 2029 بعد استكمال الأعمال.\n")


def _arabic(byline: str, date_line: str) -> str:
    return ("صحيفة المثال\nالرئيسية\nمحليات\nرياضة\n\n"
            "افتتاح حديقة عامة جديدة على الواجهة البحرية\n\n"
            f"{byline}\n\n{date_line}\n\n" + _AR_LEAD)


# 1. An Arabic "Date:" label before a month-name date.

def test_arabic_labelled_date_line() -> None:
    record = _article("mithal_hadiqa_ar.txt", _arabic("الرياض - واس", "التاريخ: 12 مارس 2025"))
    assert record["date"] == "2025-03-12"
    assert compiled()["published_line"].match("تاريخ النشر: 3 كانون الثاني 2025")


def test_arabic_future_month_in_body_near_miss() -> None:
    # "في سبتمبر 2029" in a body sentence names a future event's month, not the page's date.
    record = _article("mithal_hadiqa_ar.txt", _arabic("الرياض - واس", ""))
    assert record["date"] is None
    # A word that merely begins like the label ("التاريخي", "historic") is no date line.
    assert not compiled()["published_line"].match("التاريخي الجديد في المدينة 2025")


# 2. Korean labelled stamp lines: 입력 (published) wins over 수정 (modified).

_KO = ("예시일보\n정치\n사회\n경제\n\n시청 앞 광장에 새 분수대 설치\n\n{stamps}\n\n"
       "시는 시청 앞 광장에 높이 10미터의 음악 분수대를 설치한다고 밝혔다.\n\n"
       "분수대는 다음 달부터 매일 저녁 두 차례 공연을 선보일 예정이다.\n\n"
       "시 관계자는 시민들의 휴식 공간을 넓히기 위한 사업이라고 설명했다.\n")


def test_korean_published_stamp_wins() -> None:
    record = _article("yesi_bunsudae_ko.txt", _KO.format(
        stamps="입력 2025.03.12 09:10\n\n수정 2025.03.14 11:05"))
    assert record["date"] == "2025-03-12"


def test_korean_modified_stamp_near_miss() -> None:
    # A modified stamp is no published one, and "입력하세요" (please enter) is a word.
    assert compiled()["updated_line"].match("수정 2025.03.14 11:05")
    assert not compiled()["published_line"].match("수정 2025.03.14 11:05")
    assert not compiled()["published_line"].match("입력하세요 2025년 3월 12일까지")


# 3. A wire named in Arabic in a "<city> - <wire>" byline line.

def test_arabic_city_wire_byline() -> None:
    record = _article("mithal_hadiqa_ar.txt", _arabic("الرياض - واس", "التاريخ: 12 مارس 2025"))
    assert record["agency"] == "SPA"


def test_arabic_wire_in_sentence_near_miss() -> None:
    # "وام" as a word inside a sentence, without the byline's shape, credits no wire.
    text = _arabic("", "التاريخ: 12 مارس 2025").replace(
        "وأوضحت البلدية", "وقال مسؤول لوكالة وام إن البلدية", 1)
    assert _article("mithal_hadiqa_ar.txt", text)["agency"] is None


# 4. "Via <wire>" closing the story.

_EN = ("Example Daily\nPolitics\nEconomy\n\nCity Opens New Riverside Park\n\n"
       "March 12, 2025\n\n"
       "The city council opened a new riverside park on Wednesday, adding ten hectares of green "
       "space to the city centre.\n\n"
       "The park has walking paths, playgrounds and a small open-air stage for summer concerts.\n\n"
       "{tail}\n\nExample Daily is a product of Example Media Kft.\n")


def test_via_wire_line_credits_the_copy() -> None:
    record = _article("exampledaily_park.txt", _EN.format(
        tail="A second phase is planned for next year.\n\nVia MTI\n\n"
             "Featured photo via MTI/Jane Roe"))
    assert record["agency"] == "MTI"


def test_via_photo_credit_and_sentence_near_miss() -> None:
    record = _article("exampledaily_park.txt", _EN.format(
        tail="Funds came via MTI's partner network.\n\nFeatured photo via MTI/Jane Roe"))
    assert record["agency"] is None
    assert not compiled()["republished_note"].match("Via Roma")


# 5. A national wire's copy in its country's language, with no place at all, is home news.

def _wire_story(wire: str, body: str) -> str:
    return (f"Exempelbladet\nNyheter\nSport\n\nNy rubrik om arbetsmarknaden\n\n{wire}\n\n"
            f"12 mars 2025\n\n{body}")


_SV = ("Myndigheten för arbetsmarknadsfrågor vill att fler utbildningar för lokförare startas "
       "i landet redan nästa år.\n\n"
       "Enligt myndigheten saknas flera hundra förare, och bristen väntas växa de "
       "kommande åren.\n\n"
       "Branschen välkomnar förslaget men efterlyser mer pengar till utbildningarna.\n")
_NO = ("Politiet i Berlin etterforsker et innbrudd i et museum i Berlin sentrum natt til "
       "onsdag.\n\n"
       "Ifølge politiet i Berlin ble flere malerier stjålet fra utstillingen.\n\n"
       "Museet i Berlin holder stengt resten av uken mens etterforskningen pågår.\n")


def test_national_wire_home_country() -> None:
    record = _article("exempelbladet_lokforare.txt", _wire_story("TT", _SV))
    assert record["agency"] == "TT"
    assert record["country"] == "SE"


def test_national_wire_home_country_near_misses() -> None:
    # A world wire in the same copy takes no country; nor does a national wire's story
    # that names a foreign city.
    assert _article("exempelbladet_lokforare.txt", _wire_story("AFP", _SV))["country"] is None
    assert _article("exempelbladet_berlin.txt", _wire_story("NTB", _NO))["country"] == "DE"
