"""Classes of failures left on older labelled sets (bench/dev_set68), found again in round
69: a Belarusian or Ukrainian story placed only by its region's "-шчына"/"-щина" word or
its oblast's adjective ("на Гродзеншчыне", "Гродзенскай вобласці"), in their cases; and a
Persian story placed only by an Iranian province the headline names and the story writes
after "استان" (province), read before a foreign city of the same Arabic-script name. On
synthetic text, with near misses that must stay as they are."""

from __future__ import annotations

from transforms import geo


def _article(name: str, payload: str) -> dict:
    from transforms.clean import clean_record
    from transforms.decode import decode_payload
    from transforms.extract import extract_article

    record = decode_payload(name, payload.encode())[0]
    return extract_article(clean_record(record))


# 1. Belarusian and Ukrainian regions by their "-шчына"/"-щина" words and oblast adjectives.


def test_belarusian_region_word_confirmed_by_oblast_adjective() -> None:
    body = ("Школы Гродзенскай вобласці адкрыюцца пазней, кажуць у аддзеле адукацыі.\n"
            "Бацькі чакаюць новага раскладу.")
    assert geo._slavic_region_country("Рамонт школ на Гродзеншчыне зацягнуўся", None,
                                      body) == "BY"


def test_ukrainian_region_word_in_two_cases() -> None:
    body = ("Фермери Полтавщини зібрали менше зерна, ніж торік.\n"
            "Ціни на борошно зростуть, кажуть вони.")
    assert geo._slavic_region_country("Посуха на Полтавщині знищила врожай", None,
                                      body) == "UA"


def test_belarusian_story_placed_by_its_region() -> None:
    text = ("Рамонт школ на Гродзеншчыне зацягнуўся\n\n"
            "Школы Гродзенскай вобласці адкрыюцца пазней, чым меркавалася, кажуць у аддзеле "
            "адукацыі.\n\nБацькі чакаюць новага раскладу і скардзяцца, што дзецям давядзецца "
            "вучыцца ў суботу.\n\nДырэктары школ кажуць, што будаўнікам не хапае рабочых.\n")
    assert _article("school.txt", text)["country"] == "BY"


def test_region_named_only_once_near_miss() -> None:
    body = "Бацькі чакаюць новага раскладу, кажуць у аддзеле адукацыі."
    assert geo._slavic_region_country("Рамонт школ на Гродзеншчыне зацягнуўся", None,
                                      body) is None


def test_adjective_without_oblast_word_is_no_region_near_miss() -> None:
    # "Сумська вулиця" is a street; a longer word on a region's stem is no region either.
    body = "Кав'ярня на Сумській вулиці відкрилася знову, а Сумськівський сквер ні."
    assert geo._slavic_region_country("Нова кав'ярня на Сумській вулиці", None, body) is None
    body = "Гродзеншчынаўцы сабраліся зноў на Гродзеншчынаўскім свяце."
    assert geo._slavic_region_country("Гродзеншчынаўцы святкуюць", None, body) is None


# 2. Iranian provinces by their Persian names.


def test_persian_province_in_headline_after_province_word_in_story() -> None:
    body = ("به گزارش خبرنگار ما، تولید پسته در استان کرمان امسال کاهش یافت.\n"
            "کشاورزان کم‌آبی را عامل اصلی می‌دانند.")
    assert geo._persian_head_province("کاهش تولید پسته در کرمان", body) == "IR"


def test_persian_story_placed_by_its_province() -> None:
    text = ("کاهش تولید برنج در گیلان\n\n"
            "به گزارش خبرنگار ما، تولید برنج در استان گیلان امسال نسبت به سال گذشته کاهش "
            "یافت و کشاورزان کم‌آبی را عامل اصلی آن می‌دانند.\n\n"
            "به گفته آنان، بسیاری از شالیزارها به دلیل خشک شدن چاه‌ها آبیاری نشدند.\n")
    assert _article("rice.txt", text)["country"] == "IR"


def test_persian_province_without_province_word_near_miss() -> None:
    # "خلیج فارس" (the Persian Gulf) and "خبرگزاری فارس" (an agency) name no province.
    body = "به گزارش خبرگزاری فارس، نفتکش در خلیج فارس توقیف شد."
    assert geo._persian_head_province("توقیف نفتکش در خلیج فارس", body) is None
