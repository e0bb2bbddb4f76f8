"""Classes of extraction failures found with bench/dev_set4 (the fourth held-out set,
tuned on once it was replaced): wire datelines and credits in new shapes, accents of
dateline cities, and furniture below columns. One guard each, with a near miss that
must stay as it is."""

from __future__ import annotations

import datetime as dt

from transforms import dates, geo, people
from transforms.clean import clean_text
from transforms.dateline import find_dateline
from transforms.decode import content_hash_of, decode_payload
from transforms.process import process_record

BODY = ("The council approved the plan on Tuesday after a long debate about costs and "
        "the timetable for the works, officials said.")
MORE = ("Work on the first section is due to start in the spring, and the whole line should "
        "open within four years if the money is found.")


def _article(text: str, name: str = "page.txt") -> dict:
    data = text.encode()
    raw = decode_payload(name, data, file_hash=content_hash_of(data))[0]
    kind, article = process_record(raw, "m49-region")
    assert kind == "article", article
    return article


def test_wire_named_bare_after_the_dateline_date():
    match = find_dateline("Tamale, Aug. 12, GNA – A shea butter processing centre opened.")
    assert (match.city, match.country, match.agency) == ("Tamale", "GH", "GNA")
    # A capitalised word that is no wire is not a dateline's agency.
    assert find_dateline("Tamale, Aug. 12, Monday – A shea centre opened.") is None


def test_wire_between_slashes_in_the_dateline():
    match = find_dateline("Cluj-Napoca, 12 mai /Agerpres/ - Primăria va construi piste noi.")
    assert (match.city, match.agency, match.datepart) == ("Cluj-Napoca", "Agerpres", "12 mai")


def test_dateline_date_with_its_year_and_no_comma():
    match = find_dateline("HONIARA, Solomon Islands, Jun 3 2024 (IPS) - Before dawn every day.")
    assert (match.city, match.country, match.agency) == ("Honiara", "SB", "IPS")
    assert dates.datepart_date(match.datepart, []) == dt.date(2024, 6, 3)
    assert dates.datepart_date("May 7", [dt.date(2021, 5, 8)]) == dt.date(2021, 5, 7)


def test_dateline_city_keeps_the_spelling_the_dateline_used():
    assert geo.resolve_place("CAN THO") == ("Can Tho", "VN")
    assert geo.resolve_place("MONTREAL") == ("Montreal", "CA")
    assert geo.resolve_place("São Paulo") == ("São Paulo", "BR")  # written accents stay
    assert geo.resolve_place("PORT VILA") == ("Port Vila", "VU")
    # An accented spelling only one of the namesakes carries picks that one.
    assert geo.resolve_place("VALÈNCIA") == ("Valencia", "ES")
    assert geo.resolve_place("Hawassa") == ("Hawassa", "ET")


def test_byline_with_a_stamp_naming_a_wire_is_the_agency():
    article = _article("L'eau dessalée irrigue 15.000 hectares\n\n"
                       "Par MAP le 09/10/2024 à 18h05\n"
                       "Agadir - L'eau de mer dessalée permet d'irriguer près de 15.000 hectares "
                       "de cultures dans la plaine de Chtouka, a indiqué mercredi l'Office.\n\n"
                       "Cette superficie devrait atteindre 20.000 hectares d'ici la fin de "
                       "l'année prochaine, a précisé le directeur.\n")
    assert article["agency"] == "MAP"
    assert article["dateline"]["city"] == "Agadir"
    assert article["authors"] == []
    assert not article["body"].startswith("Par MAP")
    assert people.byline_names("By Jane Doe on May 3, 2024") == ["Jane Doe"]


def test_bracketed_byline_under_the_story():
    cleaned = clean_text(f"Light rail ridership rises\n\nKaohsiung, Jan. 15 (CNA) {BODY}\n\n"
                         f"{MORE}\n\n(By Chen Yu-fang and Matthew Lin)\n\nEnditem/AW\n")
    assert cleaned.bylines == ["Chen Yu-fang", "Matthew Lin"]
    assert all("Chen" not in p for p in cleaned.paragraphs)


def test_wire_credits_line_with_labelled_roles():
    article = _article(f"Piste de biciclete noi\n\nCLUJ-NAPOCA (Agerpres) - {BODY}\n\n{MORE}\n\n"
                       "AGERPRES/(A - autor: Ionuț Mureșan, editor: Daniela Stoica, editor "
                       "online: Adrian Dumitru)\n")
    assert article["authors"] == ["Ionuț Mureșan"]
    assert article["editors"] == ["Daniela Stoica", "Adrian Dumitru"]
    assert "autor" not in article["body"]


def test_wire_after_a_shouted_name_and_newsroom_names_are_no_people():
    assert people.clean_name("MARISOL TAFOYA Associated Press") == "Marisol Tafoya"
    assert people.clean_name("Agencia Andina") is None
    assert people.clean_name("Redazione ANSA") is None
    assert people.clean_name("Ana Press Ruiz") == "Ana Press Ruiz"


def test_column_furniture_below_the_story():
    cleaned = clean_text(
        f"Ride-hailing merger faces a toll\n\nSINGAPORE, Aug 14 (Reuters Breakingviews) - {BODY}"
        f"\n\n{MORE}\n\nFollow Meera Kasliwal on LinkedIn and X.\n\n"
        "For more insights like these, click here to try Breakingviews for free.\n\n"
        "Editing by Antonia Brooks and Daniel Whitcombe; Production by Shrabani Dutta\n\n"
        "Opinions expressed are those of the author. They do not reflect the views of "
        "Reuters News, which is committed to integrity.\n")
    assert cleaned.paragraphs == [f"SINGAPORE, Aug 14 (Reuters Breakingviews) - {BODY}", MORE]
    assert people.credits_roles(cleaned.credits[0])["editor"] == ["Antonia Brooks",
                                                                  "Daniel Whitcombe"]
    match = find_dateline(cleaned.paragraphs[0])
    assert match.agency == "Reuters"


def test_click_here_inside_the_story_needs_to_open_a_sentence():
    line = "Residents who want a permit, the council said, can click here on its website."
    cleaned = clean_text(f"Permits go online\n\n{BODY}\n\n{line}\n\n{MORE}\n")
    assert line in cleaned.paragraphs


def test_pitch_right_above_a_subscribe_button():
    pitch = ("In a time of both misinformation and too much information, quality journalism "
             "is more crucial than ever.")
    cleaned = clean_text(f"Robots pick mandarins\n\n{BODY}\n\n{MORE}\n\n{pitch}\n\nSUBSCRIBE NOW\n")
    assert pitch not in cleaned.paragraphs
    # The same sentence with no call to action after it is the story's.
    cleaned = clean_text(f"Robots pick mandarins\n\n{BODY}\n\n{pitch}\n\n{MORE}\n")
    assert pitch in cleaned.paragraphs


def test_wire_tails_and_link_lines():
    cleaned = clean_text(f"Planta de agua\n\n{BODY}\n\nMás en Andina: Arequipa inicia obras\n\n"
                         f"{MORE}\n\n(FIN) NDP/LIT\n\nARL/CRB/OHA\n\n/ritzau/\n")
    assert cleaned.paragraphs == [BODY, MORE]
    assert "/ritzau/" not in " ".join(cleaned.paragraphs)
    assert clean_text(f"Letbanen\n\n{BODY}\n\n{MORE}\n\n/ritzau/\n").agency_hints == ["ritzau"]


def test_wire_masthead_above_the_headline_is_the_weakest_agency_hint():
    page = f"Bloomberg\nEconomics\n\nBuenos Aires raises subway fares again\n\n{BODY}\n\n{MORE}\n"
    assert clean_text(page).agency_hints == ["Bloomberg"]
    local = page.replace("Bloomberg\n", "Sandia Ledger\n")
    assert clean_text(local).agency_hints == []
    # A wire the story names wins over the page's masthead.
    signed = page.replace(MORE, f"{MORE}\n\n(Reuters)")
    assert clean_text(signed).agency_hints[0] != "Bloomberg"


def test_site_tagline_is_not_the_headline():
    page = ("Skip to main content\nExclusive news, data and analytics for financial market "
            f"professionals\n\nTanzania's railway starts freight service\n\n{BODY}\n")
    assert clean_text(page).title == "Tanzania's railway starts freight service"
