"""Classes of places missed on bench/dev_set94 (a retired held-out set, tuned on once it was
retired): a small town's own name that is only another name of a big city abroad ("Gizo",
one of Giza's) on a page whose domain is the town's country; names an isiZulu page glues a
prefix to ("eMgungundlovu", "saKwaZulu-Natal", "iNingizimu Afrika"); a country's military
post named with the place it stands in ("U.S. Army Garrison-Kwajalein Atoll"); a headline's
town all of whose namesakes are in one country ("Prince Rupert"); a Welsh town written
in its mutations in the story ("ym Mlaenau Ffestiniog", "i Borthmadog"); and a site's URL
folder named after its own territory ("/news/isle-of-man-news/"). Synthetic text, with
near misses that stay."""

from __future__ import annotations

import json

from tests.test_places_round_ninetyfour import _article
from transforms import geo


def _json_article(title: str, text: str, url: str) -> dict:
    record = {"title": title, "text": text, "url": url, "language": "en",
              "date": "2024-05-02", "hostname": url.split("/")[2]}
    return _article(json.dumps(record), "page.json")


# --- A town's own name over another name of a big city abroad ------------------------------

def test_a_town_by_its_own_name_on_its_countrys_domain():
    # "Bandon" is a town in County Cork and one of the other names of Bandung.
    body = ("Traders at the Bandon farmers market will set up on the quay from Saturday "
            "while the square is resurfaced.\n\nThe council said the work would take six "
            "weeks.")
    assert geo.main_place_country(
        "Bandon farmers market moves to the quay", body.split("\n\n")[0], body,
        url="https://news.example.ie/bandon-market", language="en",
        evidence=frozenset({"IE"})) == "IE"
    article = _json_article("Bandon farmers market moves to the quay", body,
                            "https://news.example.ie/bandon-market-moves")
    assert article["country"] == "IE"


def test_another_name_of_a_city_stays_without_its_towns_country():
    # No sign of Ireland: the name still reads as the big city's.
    body = ("Traders at the Bandon market will set up on the quay from Saturday.\n\n"
            "The council said the work would take six weeks.")
    assert geo.main_place_country(
        "Bandon market moves to the quay", body.split("\n\n")[0], body,
        language="en") == "ID"
    # A Giza story keeps Egypt, by the city's own name or another (Egypt named).
    text = ("Cairo Daily\nHome\nNews\nSport\n\n"
            "Giza plateau reopens after the sandstorm\n\n"
            "By Omar Farouk\n\n"
            "Visitors returned to the Giza plateau on Monday after a sandstorm closed the "
            "pyramids for two days.\n\n"
            "Egypt's tourism ministry said the site had been cleaned overnight.\n")
    assert _article(text)["country"] == "EG"


# --- isiZulu: a prefix glued to the name ---------------------------------------------------

def test_zulu_prefixes_are_set_apart_from_the_names():
    assert geo.unglued_names("zaseMgungundlovu", "zu") == "zase Mgungundlovu"
    assert geo.unglued_names("saKwaZulu-Natal", "zu") == "sa KwaZulu-Natal"
    assert geo.unglued_names("iNingizimu Afrika", "zu") == "i Ningizimu Afrika"
    # A glued form the gazetteer knows is one name: Durban's "eThekwini".
    assert geo.unglued_names("waseThekwini", "zu") == "was EThekwini"
    assert geo.country_mentions("Uthe bazodlalela iNingizimu Afrika ngonyaka ozayo.",
                                language="zu")[0] == {"ZA": 1}


def test_zulu_story_is_placed_in_south_africa_not_natal_in_brazil():
    text = ("Iphephandaba\nIzindaba\nEzemidlalo\nImibono\n\n"
            "Abafundi bahlanza ugu lolwandle eThekwini\n\n"
            "Izindaba\n\n"
            "Abafundi abangaphezu kwekhulu bahlanze ugu lolwandle eThekwini ngoMgqibelo, "
            "bethatha imfucuza eshiywe ngabavakashi.\n\n"
            "Uthisha uthe umsebenzi uhlelwe nguMnyango wezeMvelo saKwaZulu-Natal.\n\n"
            "Bathi bazophinde benze lokhu ngenyanga ezayo.\n")
    assert _article(text)["country"] == "ZA"


def test_zulu_near_misses_stay():
    # Other languages keep their text as written; an English story on Natal is Brazil's.
    assert geo.unglued_names("eMgungundlovu", "en") == "eMgungundlovu"
    assert geo.places_in_text("Fans filled the stadium in Natal on Sunday.",
                              language="en") == {"BR": 1}
    # A prefix the list leaves out stays glued ("ngeMpelasonto", at the weekend).
    assert geo.unglued_names("ngeMpelasonto", "zu") == "ngeMpelasonto"
    # A country a Zulu page names in its own prefixed form counts for that country.
    assert geo.country_mentions("Iqembu lidlale eBrazil izolo.", language="zu")[0] == {
        "BR": 1}


# --- A country's military post abroad ------------------------------------------------------

def test_a_post_abroad_is_where_it_stands_not_its_owner():
    body = ("Families of U.S. Army Garrison-Kwajalein Atoll gathered at the pier on "
            "Saturday for the yearly canoe race.\n\nTwelve crews took part.")
    assert geo.places_in_head("U.S. Army Garrison-Kwajalein Atoll", confirm=body,
                              language="en") == [("kwajalein atoll", "MH")]
    assert geo.country_mentions(body, language="en")[0] == {}


def test_a_service_named_alone_stays_its_countrys():
    body = ("The U.S. Army said on Tuesday it would open two new recruiting offices in "
            "Louisville.\n\nThe offices will open in June.")
    assert geo.country_mentions(body, language="en")[0] == {"US": 1}
    assert geo.places_in_head("U.S. Army to open recruiting offices", confirm=body,
                              language="en") == [("u s", "US")]
    # An owner that is no country keeps the words as written.
    assert geo._installation_sites("Joint Army Base Camp Smith") == (
        "Joint Army Base Camp Smith")


# --- A headline's town whose namesakes are all in one country ------------------------------

def test_a_town_of_one_country_places_the_story():
    assert geo._town_of_one_country("Prince Rupert").country == "CA"
    text = ("Coast Weekly\nHome\nNews\nSports\n\n"
            "New ferry dock opens at Prince Rupert harbour\n\n"
            "By Dana Wills\n\n"
            "The new ferry dock at Prince Rupert opened to foot passengers on Monday "
            "after two years of work.\n\n"
            "The old dock will be taken down over the summer.\n")
    assert _article(text)["country"] == "CA"


def test_towns_of_several_countries_stay_unplaced():
    # Ramsey and Douglas are towns of the Isle of Man, Britain and the United States.
    assert geo._town_of_one_country("Ramsey") is None
    assert geo._town_of_one_country("Douglas") is None
    text = ("Coast Weekly\nHome\nNews\nSports\n\n"
            "Douglas Reid opens his bakery on the high street\n\n"
            "By Dana Wills\n\n"
            "Baker Douglas Reid opened his new shop on Monday, selling bread and pies.\n\n"
            "He said the queue was out the door by eight.\n")
    assert _article(text)["country"] != "IM"


# --- Welsh mutations -----------------------------------------------------------------------

def test_welsh_mutations_of_a_name():
    assert geo._mutated_names("Porthmadog", "cy") == ["Borthmadog", "Mhorthmadog",
                                                       "Phorthmadog"]
    assert geo._mutated_names("Llanelli", "cy") == ["Lanelli"]
    assert geo._mutated_names("Gwynedd", "cy") == ["Wynedd", "Ngwynedd"]
    assert geo._mutated_names("Aberaeron", "cy") == []
    assert geo._mutated_names("Porthmadog", "en") == []


def test_a_welsh_town_named_mutated_in_the_story_is_placed_in_wales():
    text = ("Papur Bro\nNewyddion\nChwaraeon\nBarn\n\n"
            "Porthmadog yn croesawu gŵyl gerddoriaeth newydd\n\n"
            "Gan Llinos Owen\n\n"
            "Bydd gŵyl gerddoriaeth newydd yn cael ei chynnal ym Mhorthmadog dros y "
            "penwythnos, gyda bandiau lleol ar y llwyfan.\n\n"
            "Mae'r trefnwyr yn disgwyl cannoedd o ymwelwyr.\n")
    assert _article(text)["country"] == "GB"


# --- A URL folder named after the site's own territory ------------------------------------

def test_a_url_folder_names_the_sites_territory():
    assert geo.country_of_url_section(
        "https://radio.example.fm/news/isle-of-man-news/carers-day-out/") == "IM"
    article = _json_article(
        "Young volunteers clear the beach at the weekend",
        "More than 30 young volunteers spent Saturday clearing litter from the beach.\n"
        "Organisers said they filled 40 bags.\n",
        "https://radio.example.fm/news/isle-of-man-news/young-volunteers-clear-beach/")
    assert article["country"] == "IM"


def test_url_folder_near_misses_stay():
    # The page's own slug is not read; a name that is also a US state names no country.
    assert geo.country_of_url_section("https://radio.example.fm/jersey/") is None
    assert geo.country_of_url_section("https://example.com/news/georgia/story") is None
    assert geo.country_of_url_section("https://example.com/2024/05/story") is None
    # A story that names its place keeps it over the folder ("Douglas, Arizona").
    article = _json_article(
        "Border town opens new library",
        "The city of Douglas, Arizona, opened its new public library on Monday.\n"
        "The library has room for 40,000 books.\n",
        "https://radio.example.fm/news/isle-of-man-news/border-town-library/")
    assert article["country"] == "US"
