"""Classes of place failures found with bench/dev_set63 (a retired held-out set): a city and
its country in mixed case before a dash; a Bulgarian wire's correspondent inside its
slashes, with no dash after them; a Korean paper's city in lenticular brackets, and a small
Korean town by its Hangul name in the Revised Romanization; an Indic-script city and a
colon opening the lead, a Tamil Nadu town read by its sounds; an English county that is a
small US town's name too; a Hebrew page's countries, which no capital marks; and a
Persian lead's attribution to a wire. One guard each, on synthetic text, with a near miss
that must stay as it is."""

from __future__ import annotations

from transforms import geo
from transforms.dateline import find_dateline, lead_attribution_wire


def _article(name: str, payload: str) -> dict:
    from transforms.clean import clean_record
    from transforms.decode import decode_payload
    from transforms.extract import extract_article

    record = decode_payload(name, payload.encode())[0]
    return extract_article(clean_record(record))


# 1. "<city>, <country> – The ...": a known city in mixed case, its country after a comma,
# then the dash (Horn of Africa and other English-language sites).


def test_mixed_case_city_and_country_before_dash() -> None:
    found = find_dateline("Kismayo, Somalia – Fishermen in the port town say catches fell.")
    assert found is not None and found.city == "Kismayo" and found.country == "SO"
    found = find_dateline("Eldoret, Kenya, 12 March – Maize farmers have begun planting.")
    assert found is not None and found.city == "Eldoret" and found.datepart == "12 March"


def test_two_cities_or_a_city_of_another_country_near_miss() -> None:
    # After the comma a city, not a country; or a country the city does not lie in; or a
    # state (test_fields_round_fourteen: "Paris, Texas - The council ..." stays unread).
    assert find_dateline("Berlin, Paris – Die beiden Städte planen eine Zugverbindung.") is None
    assert find_dateline("Kent, Ohio — The city council voted on Monday.") is None
    assert find_dateline("Eldoret, Somalia – Maize farmers have begun planting.") is None
    assert find_dateline("Smith, Jones – The two lawyers declined to comment.") is None


# 2. "<city>, <day month> /<correspondent>, <wire>/ <lead>": BTA names its correspondent
# inside the slashes, and the lead may follow the closing slash without a dash.


def test_slashed_wire_with_its_correspondent_and_no_dash() -> None:
    found = find_dateline("Русе, 4 март /Иван Георгиев, БТА/ Общината обяви нов график.")
    assert found is not None and found.city == "Ruse" and found.country == "BG"
    assert found.agency == "BTA" and found.writer == "Иван Георгиев"
    found = find_dateline("Бургас, 9 май /БТА/ Пристанището отчете ръст на товарите.")
    assert found is not None and found.agency == "BTA" and found.writer is None


def test_slashed_name_that_is_no_wire_near_miss() -> None:
    # A paper's name is no wire; a lower-case word after the slash opens no lead.
    assert find_dateline("Русе, 4 март /Иван Георгиев, Труд/ Общината обяви график.") is None
    assert find_dateline("Русе, 4 март /БТА/ общината обяви нов график.") is None


# 3. "【<city>】": a Korean paper's own dateline in lenticular brackets; small towns by
# their Hangul names, spelled as the Revised Romanization writes them.


def test_korean_bracketed_city_dateline() -> None:
    found = find_dateline("【삼척】시는 다음 달부터 해안 산책로를 새로 연다고 밝혔다.")
    assert found is not None and found.city == "Samcheok" and found.country == "KR"
    found = find_dateline("【춘천】 도내 시내버스 요금이 오른다.")
    assert found is not None and found.city == "Chuncheon"
    assert geo.hangul_place("영월") == ("Yeongwol", "KR")  # GeoNames' main name: "Neietsu"


def test_korean_bracketed_word_that_is_no_city_near_miss() -> None:
    # "【속보】" (breaking news) and "【단독】" (exclusive) are kickers, not places.
    assert find_dateline("【속보】 정부는 오늘 긴급 회의를 열었다.") is None
    assert find_dateline("【단독】 시의회가 예산안을 통과시켰다.") is None


# 4. "<city>: <lead>" in an Indic script: the Devanagari and Indic indexes, and a Tamil Nadu
# town GeoNames names in Latin letters only, by what Tamil letters tell apart.


def test_indic_city_and_colon_dateline() -> None:
    found = find_dateline("கரூர்: நகராட்சி சார்பில் புதிய பேருந்து நிலையம் திறக்கப்பட்டது.")
    assert found is not None and found.city == "Karur" and found.country == "IN"
    found = find_dateline("பொள்ளாச்சி: தென்னை விவசாயிகள் கவலை அடைந்துள்ளனர்.")
    assert found is not None and found.city == "Pollachi"
    found = find_dateline("लखनऊ: राज्य सरकार ने नई योजना की घोषणा की।")
    assert found is not None and found.city == "Lucknow"


def test_indic_word_and_colon_that_is_no_town_near_miss() -> None:
    # "அறிவிப்பு:" (notice) and "सूचना:" (notice) are labels, not places.
    assert find_dateline("அறிவிப்பு: நாளை மின் தடை ஏற்படும்.") is None
    assert find_dateline("सूचना: कल बिजली नहीं रहेगी।") is None


# 5. An English county that is also a small US town's name ("Kent"), in a story whose other
# towns are the county's: the county's country, not the town's.

_KENT = ("Kent Daily\nNews\nSport\n\n"
         "Reservoir levels fall after dry spring\n\nBy Jane Roe\n\n"
         "Residents of {county} have been asked to save water after a dry spring.\n\n"
         "Engineers said demand had risen sharply in {town_a} and {town_b} last week.\n\n"
         "The water company said supplies in {town_a} would be monitored closely.\n")


def test_county_named_like_a_small_us_town() -> None:
    record = _article("kent_water.txt", _KENT.format(county="Kent", town_a="Maidstone",
                                                     town_b="Canterbury"))
    assert record["country"] == "GB"


def test_small_us_town_with_its_own_neighbours_near_miss() -> None:
    # Kent, Ohio, in a story whose other towns are Ohio's: the US town stands.
    record = _article("kent_water.txt", _KENT.format(county="Kent", town_a="Akron",
                                                     town_b="Ravenna"))
    assert record["country"] == "US"


# 6. A Hebrew page's countries: CLDR's Hebrew names, whole words, with the prefixes
# Hebrew glues to a name.


def test_hebrew_country_names_with_glued_prefixes() -> None:
    counts, _ = geo.country_mentions("החקלאים בישראל מודאגים. היצוא לצרפת ירד, וגם ישראל נפגעה.",
                                     language="he")
    assert counts["IL"] == 2 and counts["FR"] == 1


def test_hebrew_common_word_or_adjective_near_miss() -> None:
    # "הודו" (they admitted) is India's name too; "ישראלי" (Israeli) is an adjective.
    counts, _ = geo.country_mentions("העובדים הודו כי הטעו. החקלאי הישראלי אמר זאת.",
                                     language="he")
    assert not counts


# 7. A Persian lead's attribution: "به گزارش <outlet>" and "به نقل از <wire>" (quoting).


def test_persian_lead_attribution_to_a_wire() -> None:
    assert lead_attribution_wire("به گزارش روزنامه شهر به نقل از ایرنا، شهردار گفت.") == "IRNA"
    assert lead_attribution_wire("به گزارش خبرگزاری ایسنا، وزیر نیرو اعلام کرد.") == "ISNA"
    assert lead_attribution_wire("به گزارش خبرنگار ایرنا از شیراز، استاندار گفت.") == "IRNA"
    record = _article("shahr_fa.txt", (
        "روزنامه شهر\n\nافزایش قیمت نان در شهرها\n\n"
        "به گزارش روزنامه شهر به نقل از ایسنا، قیمت نان در برخی شهرها افزایش یافت.\n\n"
        "مسئولان گفتند که این افزایش موقت است و به زودی بررسی می‌شود.\n"))
    assert record["agency"] == "ISNA"


def test_persian_attribution_to_no_wire_near_miss() -> None:
    # The site's own report, or a press office quoted: staff copy.
    assert lead_attribution_wire("به گزارش روزنامه شهر، شهردار گفت که طرح ادامه دارد.") is None
    quoted = "به گزارش روابط عمومی شهرداری به نقل از مدیرعامل، کار آغاز شد."
    assert lead_attribution_wire(quoted) is None
