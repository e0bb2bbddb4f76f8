"""Classes of extraction failures found with bench/dev_set22 (the nineteenth held-out set,
retired to a development set) and with the countries every fresh set gets wrong. One
guard each, written on synthetic text, with a near miss that must stay as it is where
one exists."""

from __future__ import annotations

import datetime as dt

from transforms import dates, geo, people
from transforms.clean import _tidy_credit, clean_record
from transforms.extract import extract_article


def _article(payload: str, meta: dict | None = None) -> dict:
    record = {"id": "t", "source": {"uri": "t.txt", "format": "text"}, "format": "text",
              "payload": payload, "meta": meta or {}}
    return extract_article(clean_record(record))


def test_abbreviated_saint_in_the_places_own_language_on_a_dateline():
    # GeoNames writes the German town "Sankt Pölten"; datelines write "St. Pölten".
    assert geo.resolve_place("St. Pölten") == ("Sankt Pölten", "AT")
    assert geo.resolve_place("Pto. Montt") == ("Puerto Montt", "CL")
    # The English spelling still comes first where a city has it.
    assert geo.resolve_place("St. Louis") == ("St. Louis", "US")
    assert geo.resolve_place("Mt. Hagen") == ("Mount Hagen", "PG")


def test_dateline_city_in_english_letters():
    # English copy writes Izmir without the Turkish dotted capital.
    assert geo.resolve_place("İZMİR") == ("Izmir", "TR")
    assert geo.resolve_place("İzmir") == ("Izmir", "TR")
    # Other letters a name carries stay as GeoNames writes them.
    assert geo.resolve_place("ESKİŞEHİR") == ("Eskişehir", "TR")


def test_territory_initials_name_its_country():
    assert geo.country_of_site_name("BVI Beacon") == "VG"
    text = ("Residents on the BVI will pay a new tiered water rate from April, the premier "
            "told the House of Assembly on Tuesday.")
    assert geo.countries_in_text(text) == {"VG": 1}


def test_short_city_name_written_with_its_own_accents_is_a_place():
    body = ("Vingt fondouks de la médina de Fès seront restaurés d'ici 2027, a annoncé "
            "mardi l'agence chargée de la réhabilitation de la ville. Les artisans de Blida "
            "et d'ailleurs saluent le programme.")
    assert geo.places_in_head("Fès : vingt fondouks seront restaurés", confirm=body,
                              language="fr") == [("fes", "MA")]
    # The same letters without accents are as often a word or a surname.
    assert geo.places_in_head("Man held after Van crash", confirm="A man and a van.",
                              language="en") == []


def test_place_after_a_link_word_behind_two_words_that_name_no_city():
    lead = ("Las reexportaciones de la Zona Libre de Colón sumaron 3.270 millones de "
            "dólares entre enero y marzo, según la administración de la zona franca.")
    evidence = frozenset({"CO", "CR", "GT", "PA"})
    assert geo.places_in_head(lead, common=lead, language="es",
                              evidence=evidence) == [("colon", "PA")]
    # A city whose own name holds the link word stays that city.
    assert geo.places_in_head("Santa Cruz de la Sierra amplía su red", language="es")[:1] == [
        ("santa cruz", "BO")]


def test_site_named_after_a_town_the_story_names_places_a_story_with_no_other_place():
    payload = ("Bendigo Advertiser\nNews\nSport\nBusiness\nLifestyle\nComment\n\nLocal News\n\n"
               "Pool closed as algae returns to the lake\n\n"
               "The public pool by the lake has been closed to swimmers after tests found high "
               "levels of algae for the second summer in a row.\n\n"
               "City of Greater Bendigo staff put up warning signs around the water on Monday "
               "after samples taken last week showed high cell counts.\n\n"
               "The walking track and the playground remain open, council said on Tuesday.\n")
    assert _article(payload)["country"] == "AU"
    # A town the story does not name is no evidence.
    assert geo.country_of_site_place("Bendigo Advertiser", "The pool by the lake is shut.") is None


def test_credit_element_with_the_outlets_photo_label_after_its_name():
    assert _tidy_credit("Harian Pagi pic") == "Harian Pagi"
    assert _tidy_credit("NSTP file pic") == "NSTP"
    assert _tidy_credit("Utusan photos") == "Utusan"
    # A label alone, or a wire's photo service after a photographer, stays as it is.
    assert _tidy_credit("Photo") == "Photo"
    assert _tidy_credit("Jane Roe/AAP PHOTOS") == "Jane Roe/AAP PHOTOS"


def test_date_line_after_a_round_bullet():
    assert dates.is_date_line("● Wed, March 5, 2025") == dt.date(2025, 3, 5)
    assert dates.is_date_line("■ 5 March 2025, 10:15 WIB") == dt.date(2025, 3, 5)
    # A bullet before a sentence that holds a date is still no date line.
    assert dates.is_date_line("● Talks resume on March 5, 2025 in the capital") is None


def test_byline_with_the_outlet_in_brackets_after_the_names():
    assert people.byline_names("Dewi Lestari (The Borneo Post)") == ["Dewi Lestari"]
    assert people.byline_names("Ana Ruiz (La Gaceta Austral)") == ["Ana Ruiz"]
    # A correspondent's place and job in brackets keep their own shape; a place with a
    # wire in brackets is no byline.
    assert people.byline_names("Hong Kong (AFP)") is None


def test_papers_name_after_the_writer_is_no_second_writer():
    assert people.byline_names("Lucía Ortega | EL HERALDO DE MÉXICO") == ["Lucía Ortega"]
    assert people.byline_names("By Jane Doe, The Times of Malta") == ["Jane Doe"]
    # A person's name with a particle stays a name.
    assert people.byline_names("Por María de la Paz López") == ["María de la Paz López"]


def test_section_named_after_a_place_above_a_wire_story_is_no_writer():
    from transforms.decode import content_hash_of, decode_payload
    from transforms.process import process_record

    text = ("Costa Norte\n\nEFE\n\n12 MAR 2025 13:35\n\n"
            "Vigo, 12 mar (EFE).- La lonja de Vigo registró este miércoles precios récord "
            "para la merluza, según datos de la Autoridad Portuaria.\n\n"
            "La escasez de capturas por los temporales explica la subida, según los "
            "armadores del puerto.\n\n"
            "Los compradores aseguran que el precio final podría superar los treinta euros "
            "el kilo en los próximos días.")
    line = {"url": "https://www.diario.example.es/costa-norte/2025/03/12/merluza-record.html",
            "title": "La merluza alcanza precios récord en Vigo", "text": text,
            "published": "2025-03-12T12:35:00Z", "language": "es", "authors": ["EFE"]}
    import json
    data = (json.dumps(line) + "\n").encode()
    raw = decode_payload("crawl.jsonl", data, file_hash=content_hash_of(data))[0]
    assert process_record(raw, "m49-region")[1]["authors"] == []
    # A writer filed under a folder of the same name stays a writer when the name is no place.
    from transforms.extract import _is_place_section, _section_folders
    assert not _is_place_section("Jane Doe", _section_folders("https://x.example/jane-doe/a.html"))


def test_city_in_its_case_on_a_page_in_a_language_that_declines_place_names():
    assert geo.places_in_head("Nowy most we Wrocławiu otwarty dla pieszych",
                              confirm="Most we Wrocławiu", language="pl") == [
        ("wrocławiu", "PL")]
    assert geo.places_in_head("Targi w Katowicach przyciągnęły tłumy", confirm="x",
                              language="pl") == [("katowicach", "PL")]
    body = "Kuopion kaupunki ottaa syksyllä käyttöön uusia busseja."
    assert geo.places_in_head("Kuopioon uusia busseja syksyllä", confirm=body,
                              language="fi") == [("kuopioon", "FI")]
    # Only in those languages: the same word on an English page is no place.
    assert geo.places_in_head("Kuopioon buses", confirm=body, language="en") == []
