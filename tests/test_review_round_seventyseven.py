"""Review of round 76: the rules that could take a wrong town or drop a story's own line,
each tried on ordinary news text. The headline's town in a case the story does not repeat
("Levočskú baziliku" over "v Levoči") also read a person's surname as a town: "Niemen
mukaan ..." over "Talousjohtaja Jari Niemi" gave Niemi, Finland, and "Dubovského návrh"
over "Poslanec Ján Dubovský" Dubová, Slovakia; the story's mention must follow a word in
lower case now, not a given name (geo._named_after_small_word). The writer's contact line
with a phone before the e-mail also took the story's service line ("Contact the county
health office at 555-0100 or health@example.gov."): after an article only the writer's
desk makes it one. The other counter-examples (two bylines or a name over a place line, a
"Read more" sentence that closes on a stop, a saint's town with no landmark word, a small
town the headline names in its case) held and are kept here so they stay held."""

from __future__ import annotations

from transforms import geo
from transforms.clean import chrome_kind, clean_text


def test_headline_surname_in_its_case_is_no_town():
    title = "Niemen mukaan kaupungin talous kääntyy nousuun"
    body = ("Talousjohtaja Jari Niemi kertoi keskiviikkona valtuustolle, että verotulot "
            "kasvavat. Kaupunki aikoo myös leikata menoja ensi vuonna.")
    assert geo.main_place_country(title, None, body, language="fi") is None
    title = "Dubovského návrh neprešiel"
    body = ("Poslanec Ján Dubovský predložil v parlamente návrh zákona. Návrh nezískal "
            "dostatočnú podporu, uviedol predseda.")
    assert geo.main_place_country(title, None, body, language="sk") is None


def test_headline_town_in_its_case_named_after_a_small_word_stays():
    # Near miss: the town itself, named again in another case after "v" / "ja".
    title = "Levočskú baziliku opravia"
    body = ("Bazilika svätého Jakuba v Levoči prejde opravou. Mesto Levoča získalo peniaze "
            "z fondov.")
    assert geo.main_place_country(title, None, body, language="sk") == "SK"
    title = "Rovaniemen lentoasema laajenee"
    body = ("Lentoaseman laajennus alkaa keväällä, kertoo Finavia. Työt kestävät vuoden, ja "
            "Rovaniemi saa uuden terminaalin.")
    assert geo.main_place_country(title, None, body, language="fi") == "FI"


def test_service_line_with_phone_and_mail_after_an_article_stays():
    for line in ("Contact the county health office at 555-0100 or health@example.gov.",
                 "Contact the hotline at 555-0100 or help@example.org."):
        assert chrome_kind(line) is None


def test_writer_contact_lines_still_go():
    # Near miss: a writer by name, or the writer's desk after its article.
    for line in ("Contact Jane Roe at 555-0100 or jroe@example.com.",
                 "Email the reporter at jdoe@example.com.",
                 "Reach the author at jdoe@example.com."):
        assert chrome_kind(line) is not None


_PAGE = ("Hospital waiting lists shrink\n{byline}\nMarch 3, 2025 - 6:00AM\n\n"
         "Waiting lists at public hospitals across the state fell again in February, new "
         "figures released by the health department show.\n\n"
         "The number of patients waiting longer than a year for surgery dropped by 12 per "
         "cent compared with the same month last year.\n")


def test_role_under_name_leaves_a_place_line_and_a_real_sentence():
    assert clean_text(_PAGE.format(byline="Clara Whitfield\nSydney")).bylines == [
        "Clara Whitfield"]
    out = clean_text(_PAGE.format(byline="Jane Roe\nDaily Courier Reporter"))
    assert out.bylines == ["Jane Roe"]


def test_read_more_sentence_that_closes_stays():
    for line in ("Read more Dickens this winter, the library urges.",
                 "Read more Agatha Christie and less news!"):
        assert chrome_kind(line) is None


def test_surname_check_is_bounded_on_hostile_text():
    import time

    body = "Aaaa Levoč " * 5000
    geo._named_after_small_word("Levoč", body)
    started = time.perf_counter()
    geo._named_after_small_word("Levoč", body)
    assert time.perf_counter() - started < 1.0
