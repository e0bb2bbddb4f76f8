"""Classes of Latin-script pages missed on bench/dev_set69 (a retired held-out set, tuned on
once it was retired): a Latvian date printed year first with "gada" ("2023. gada 17.
martā"); a Latvian country or town in its cases ("Igaunijas valdība", of Estonia's
government); a story in a language of one country's people (isiZulu) naming only one
province of that country, once, at the end of a capitalised run ("uMnyango Wezolimo
Limpopo"), not a city's namesake. Synthetic text; each class with near misses that stay."""

from __future__ import annotations

import datetime as dt

from transforms import dates, geo
from transforms.clean import clean_record
from transforms.decode import decode_payload
from transforms.extract import extract_article


def _article(text: str) -> dict:
    record = decode_payload("page.txt", text.encode())[0]
    return extract_article(clean_record(record))


def test_latvian_year_first_date_line():
    assert dates.is_date_line("2023. gada 17. martā 09:15") == dt.date(2023, 3, 17)
    assert dates.is_date_line("2022. gada 2. decembris") == dt.date(2022, 12, 2)
    assert dates.dates_in_text("Likums stājās spēkā 2021. gada 1. jūlijā.") == [
        dt.date(2021, 7, 1)]


def test_latvian_year_without_day_and_month_stays_no_date():
    # A year and a numbered point, no month: no date.
    assert dates.dates_in_text("2023. gada budžeta 17. punkts paredz izmaiņas.") == []
    assert dates.is_date_line("2023. gada 17. punkts") is None


def test_latvian_country_in_its_cases():
    countries, _ = geo.country_mentions("Igaunijas valdība lēma par skolām.", language="lv")
    assert countries == {"EE": 1}
    article = _article(
        "Kaimiņi slēdz mazās skolas\n\nJānis Ozols\n\n"
        "Igaunijas valdība nolēma, ka mazās lauku skolas no rudens apvienos.\n\n"
        "Skolotāji uzsver, ka bērniem ceļš uz skolu kļūs garāks.\n\n"
        "Vecāki aicina ministriju pārdomāt lēmumu un dot vairāk laika pārejai.\n")
    assert article["country"] == "EE"


def test_latvian_case_endings_stay_in_latvian():
    # A German page: "Igaunijas" is no word of its language, no country.
    countries, _ = geo.country_mentions("Igaunijas Regierung hat entschieden.", language="de")
    assert countries == {}


def test_isizulu_story_naming_one_province_once():
    article = _article(
        "Abalimi bakhala ngemvula engekho\n\n"
        "Abalimi bathi izitshalo zabo zishile ngenxa yokungani kwemvula isikhathi eside.\n\n"
        "Okhulumela uMnyango Wezolimo Limpopo uthe umnyango uzosiza abalimi ngembewu.\n\n"
        "Abalimi bathi bazolinda usizo ngaphambi kokuthi kuqale isizini entsha.\n")
    assert article["country"] == "ZA"


def test_province_once_in_a_language_not_spoken_there_stays_unplaced():
    # Swahili is not spoken in South Africa: one province named once places nothing.
    article = _article(
        "Wakulima walalamika kuhusu mvua\n\n"
        "Wakulima wanasema mazao yao yamekauka kwa sababu ya ukosefu wa mvua kwa muda mrefu.\n\n"
        "Msemaji wa Wizara ya Kilimo Limpopo alisema wizara itawasaidia wakulima.\n\n"
        "Wakulima wanasema watasubiri msaada kabla ya msimu mpya kuanza.\n")
    assert article["country"] is None


def test_a_city_named_once_in_its_language_stays_unplaced():
    # "Mpumalanga" is a town as well as a province: one town named once places nothing.
    article = _article(
        "Abalimi bakhala ngemvula engekho\n\n"
        "Abalimi bathi izitshalo zabo zishile ngenxa yokungani kwemvula isikhathi eside.\n\n"
        "Okhulumela uMnyango Wezolimo Mpumalanga uthe umnyango uzosiza abalimi ngembewu.\n\n"
        "Abalimi bathi bazolinda usizo ngaphambi kokuthi kuqale isizini entsha.\n")
    assert article["country"] is None
