"""Classes of extraction failures found with bench/dev_set6 (the sixth held-out set,
tuned on once it was replaced): long section menus and site names above headlines,
datelines with a full stop, bylines in byline elements and under the story, and more
furniture. One guard each, with a near miss that must stay as it is."""

from __future__ import annotations

from transforms import geo, people
from transforms.clean import _tidy_credit, clean_text
from transforms.dateline import find_dateline

BODY = ("The council approved the plan on Tuesday after a long debate about costs and "
        "the timetable for the works, officials said.")
MORE = ("Work on the first section is due to start in the spring, and the whole line should "
        "open within four years if the money is found.")
MENU = "\n".join(["Thailand", "World", "Business", "Opinion", "Auto", "Property", "Life",
                  "Tech", "Sport", "Travel", "Video"])


def test_headline_below_a_long_section_menu():
    page = (f"Bangkok Post\n{MENU}\n\nGeneral\n\nChiang Mai bans farm burning in 14 "
            f"districts\n\n{BODY}\n")
    cleaned = clean_text(page)
    assert cleaned.title == "Chiang Mai bans farm burning in 14 districts"
    assert all(p not in ("World", "Tech") for p in cleaned.paragraphs)


def test_site_name_above_its_menu_is_not_the_headline():
    page = (f"Le Courrier de l'Ouest\nActualité\nAngers\nCholet\nSaumur\nAbonnez-vous\n\n"
            f"Gabon : le grand marché de Mont-Bouët sera reconstruit\n\n{BODY}\n")
    assert clean_text(page).title == "Gabon : le grand marché de Mont-Bouët sera reconstruit"
    # A headline followed by its byline lines is still the headline.
    page = f"Curitiba recebe primeiros ônibus elétricos\n\nBrasil\n\nPor Folhapress\n\n{BODY}\n"
    assert clean_text(page).title == "Curitiba recebe primeiros ônibus elétricos"


def test_wire_masthead_joined_to_a_menu_item_is_split_off():
    page = (f"ARMENPRESS Armenian News Agency\nPolitics\nEconomy\nSociety\n\nRestoration of 40 "
            f"historic facades begins in Gyumri\n\nGYUMRI, MARCH 5, ARMENPRESS. {BODY}\n")
    cleaned = clean_text(page)
    assert cleaned.title == "Restoration of 40 historic facades begins in Gyumri"
    match = find_dateline(cleaned.paragraphs[0])
    assert (match.city, match.agency) == ("Gyumri", "Armenpress")


def test_headline_with_a_country_label_is_no_dateline():
    page = (f"French.news.cn\nAccueil\nChine\nAfrique\n\nRDC : Kinshasa lance des bateaux-bus "
            f"sur le fleuve Congo\n\nKINSHASA, 8 avril (Xinhua) -- {BODY}\n")
    cleaned = clean_text(page)
    assert cleaned.title == "RDC : Kinshasa lance des bateaux-bus sur le fleuve Congo"
    assert geo.resolve_place("RDC") == (None, "CD")  # initials of a country, not a town


def test_datelines_with_a_full_stop_or_without_a_comma():
    assert find_dateline(f"ALMATY. KAZINFORM – {BODY}").agency == "Kazinform"
    match = find_dateline(f"Košice 12. marca (TASR) - {BODY}")
    assert (match.city, match.datepart, match.agency) == ("Košice", "12. marca", "TASR")
    match = find_dateline(f"ASTANA. Oct 15 (Interfax) - {BODY}")
    assert (match.city, match.datepart) == ("Astana", "Oct 15")


def test_english_name_of_a_city_the_dateline_writes_in_french():
    assert geo.resolve_place("MONTRÉAL") == ("Montreal", "CA")


def test_writer_names_with_a_slash_job_or_a_label():
    assert people.clean_name("Tashana Morgan/Gleaner Writer") == "Tashana Morgan"
    assert people.clean_name("Autor: Hina") is None
    assert people.clean_name("Europa Press Comunitat Valenciana") is None
    assert people.clean_name("Autor: Ivana Horvat") == "Ivana Horvat"


def test_byline_under_the_story():
    # Text extracted from an HTML page, whose lines are its paragraphs.
    cleaned = clean_text(f"Riders trained on road safety\n{BODY}\n{MORE}\nBy Wanjiku Kamau\n",
                         lines_are_paragraphs=True)
    assert cleaned.bylines == ["Wanjiku Kamau"]
    assert cleaned.paragraphs == [BODY, MORE]


def test_more_furniture():
    lines = ["Views 402", "The news agency's website may use cookies and similar technologies.",
             "NEWSPAPER SECTION: News", "Play", "Do you like the content of this article?",
             "Contact the writer at hanxiaoyu@example.com.cn",
             "Catch all the Business News, Market News and Latest News Updates on Live Mint.",
             "This article was generated from an automated news agency feed without "
             "modifications to text.",
             "Follow ERR News on Facebook and X and never miss an update!",
             "Multimedia Journalist, Hawke's Bay Today", "Learn more about LSEG"]
    cleaned = clean_text(f"Heating prices to fall\n\n{BODY}\n\n{MORE}\n\n" + "\n\n".join(lines))
    assert cleaned.paragraphs == [BODY, MORE]


def test_credit_wrappers():
    assert _tidy_credit("– Kenroy Walters/Photographer") == "Kenroy Walters/Photographer"
    assert _tidy_credit("REUTERS/Niharika Kulkarni/File Photo") == "REUTERS/Niharika Kulkarni"
    assert _tidy_credit("AP Photo/Tomás Archuleta") == "AP Photo/Tomás Archuleta"
