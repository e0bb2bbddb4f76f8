"""Review of round 81: the rules that could take a wrong name, line or country, each tried
on ordinary news text. The home city's irregular adjective (IRREGULAR_CITY_ADJECTIVES,
"les commerçants genevois" on a Swiss site) also voted for the home city when the headline
names the town abroad where it happens ("L'Olympique lyonnais s'incline à Lisbonne" on a
French site went to France): a town abroad the headline names keeps its vote now; a
headline naming only a country ("... en France") still goes home. The other
counter-examples (a country's name closing another country's town, "the Bank of Spain",
"New South Wales", "Papua New Guinea"; a shouted Cyrillic first word; a former wire
correspondent's byline; the capitalised newspaper "Le Parisien") held and are kept here
so they stay held."""

from __future__ import annotations

from transforms import dateline, geo, people


def _country(title: str, body: str, host: str = "www.example.fr") -> str | None:
    counts = geo.country_mentions(body, language="fr")[0]
    return geo.main_place_country(title, body, body, url=f"https://{host}/a", language="fr",
                                  mentions=counts)


def test_home_city_adjective_with_a_town_abroad_in_the_headline():
    body = ("Le club marseillais a été battu à Madrid, en Espagne, par le Real mardi soir. "
            "Les supporters marseillais étaient nombreux dans le stade.")
    assert _country("Le club marseillais battu à Madrid", body) == "ES"
    body = ("Des supporters parisiens ont été interpellés à Munich, en Allemagne, avant le "
            "match. Les supporters parisiens ont été relâchés le lendemain.")
    assert _country("Les supporters parisiens interpellés à Munich", body) == "DE"


def test_home_city_adjective_near_misses():
    # The headline names only the country across the border: the home city, as round 81.
    body = ("Les commerçants genevois voient leurs clients partir faire leurs achats en "
            "France, où les prix sont plus bas. Les commerçants genevois demandent de l'aide.")
    assert _country("Les commerçants genevois inquiets des achats en France", body,
                    host="www.example.ch") == "CH"
    # The newspaper's name in capitals is no adjective: the town abroad stays.
    body = "Selon Le Parisien, la délégation est arrivée à Madrid, en Espagne, lundi."
    assert _country("Le Parisien: la délégation arrive à Madrid", body) == "ES"


def test_country_closing_a_town_name_still_counts_elsewhere():
    for text, code in [("The Bank of Spain raised its forecast.", "ES"),
                       ("Port of Spain's ties with Spain grew this year.", "ES"),
                       ("Floods hit Sydney, New South Wales, on Monday.", "AU"),
                       ("Voters in Port Moresby, Papua New Guinea, queued early.", "PG"),
                       ("Officials in Bissau, Guinea-Bissau, said the count went on.", "GW"),
                       ("Ferries to Douglas, Isle of Man, were cancelled.", "IM")]:
        assert geo.country_mentions(text, language="en")[0][code] >= 1, text


def test_cyrillic_caps_dateline_takes_no_shouted_word():
    assert dateline.find_dateline("КРАЉЕВО - На зеленој пијаци цене су порасле.").place == "КРАЉЕВО"
    for text in ["ВАЖНО - Власти объявили о новых мерах.",
                 "ЭКСКЛЮЗИВ: Министр рассказал о планах.",
                 "МОСКВА И РЕГИОНЫ - Новые правила вступают в силу.",
                 "ВИДЕО - Погледајте снимак са скупа."]:
        assert dateline.find_dateline(text) is None, text


def test_wire_job_names_no_former_or_freelance_wire():
    assert people.wire_of("By Jane Roe, PA Deputy Business Editor") == "PA"
    assert people.wire_of("By Jane Roe, former AP correspondent") is None
    assert people.wire_of("By Jane Roe, a Reuters Breakingviews columnist") is None
