"""Classes of places missed on bench/dev_set87 (a retired held-out set, tuned on once it
was retired): a small town's own paper whose town shares its name with bigger US
namesakes, on a text scrape whose closing copyright line names its owner's country
("© 2024 Australian Community Media"), and a Gujarati headline's city with its case
glued on ("વડોદરાની ...", of Vadodara). Synthetic text, with near misses that stay."""

from __future__ import annotations

from transforms import geo
from transforms.clean import clean_record
from transforms.decode import decode_payload
from transforms.extract import extract_article


def _country(text: str) -> str | None:
    record = decode_payload("page.txt", text.encode())[0]
    return extract_article(clean_record(record))["country"]


def _town_paper_page(footer: str) -> str:
    return ("Eden Magnet\nNews\nSport\nCommunity\nSubscribe\n\n"
            "Eden anglers clean up the wharf before winter\n\nJane Roe\n\n"
            "May 3 2024 - 9:15am\n\n"
            "Volunteers at the Eden wharf collected 40 bags of rubbish on Saturday morning.\n\n"
            "The anglers club said the clean-up had become a yearly event for its members.\n\n"
            "Members also repaired two benches and repainted the fish-cleaning table.\n\n"
            f"Jane Roe\nJournalist\n\n{footer}\n")


def test_town_paper_in_its_owners_country_not_the_us_namesake():
    assert _country(_town_paper_page("© 2024 Australian Community Media")) == "AU"


def test_town_paper_near_miss_owner_names_no_country_stays():
    # No owner's country: the town's biggest namesake, as before.
    assert _country(_town_paper_page("© 2024 Coastal Media Group")) == "US"


def test_gujarati_headline_city_with_case_ending():
    title = "સુરતની હોસ્પિટલમાં નવો વોર્ડ શરૂ"
    body = ("સુરત શહેરની સરકારી હોસ્પિટલમાં બાળકો માટે નવો વોર્ડ શરૂ કરવામાં આવ્યો છે.\n\n"
            "ડોક્ટરોએ જણાવ્યું કે વોર્ડમાં ચાલીસ પથારી છે.")
    assert geo.main_place_country(title, body.split("\n\n")[0], body, language="gu") == "IN"


def test_gujarati_near_miss_city_never_named_as_a_place_stays():
    # Named again, but never in the locative nor before "city": no vote.
    title = "સુરતની હોસ્પિટલમાં નવો વોર્ડ શરૂ"
    body = ("સરકારી હોસ્પિટલમાં બાળકો માટે નવો વોર્ડ શરૂ કરવામાં આવ્યો છે, સુરતના ડોક્ટરોએ કહ્યું.\n\n"
            "ડોક્ટરોએ જણાવ્યું કે વોર્ડમાં ચાલીસ પથારી છે.")
    lead = body.split("\n\n")[0]
    assert geo.main_place_country(title, lead, body, language="gu") is None
    assert geo.main_place_country("નવો વોર્ડ શરૂ", lead, body, language="gu") is None
