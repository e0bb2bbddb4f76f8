"""Classes of byline and wire failures found with bench/dev_set69 (a retired held-out set):
the Nordic wire's sign-off with the wire after a slash ("Kari Nordmann/NTB") under the
story or in the byline element; the Nguni "by" joined to the name ("Ngu-Sipho Zulu"); a
byline whose role follows a spaced dash ("Jane Roe Silva - Repórter da Agência Brasil")
keeping the whole name; a labelled sign-off below the story ("Author:" over the name) and
a francophone "Name pour Site.com" sign-off. One guard each, on synthetic text, with a
near miss that must stay as it is."""

from __future__ import annotations


def _article(name: str, payload: str) -> dict:
    from transforms.clean import clean_record
    from transforms.decode import decode_payload
    from transforms.extract import extract_article

    record = decode_payload(name, payload.encode())[0]
    return extract_article(clean_record(record))


_PROSE = ("Kommunen har beslutat att bygga en ny skola i centrum till hösten.\n\n"
          "Arbetet ska vara klart om två år, enligt förvaltningen.\n\n"
          "Föräldrarna har länge krävt fler platser i området.\n\n")


# 1. The Nordic wire's sign-off with the wire after a slash.

def test_slashed_wire_signoff_under_story() -> None:
    from transforms.people import wire_signed_name

    assert wire_signed_name("Kari Nordmann/NTB") == ("Kari Nordmann", "NTB")
    article = _article("sv.txt", "Ny skola byggs i centrum\n\n" + _PROSE + "Anna Lindqvist/TT\n")
    assert article["authors"] == ["Anna Lindqvist"]
    assert article["agency"] == "TT"


def test_shouted_spaced_photo_credit_is_no_signoff() -> None:
    from transforms.people import wire_signed_name

    assert wire_signed_name("ANNA LINDQVIST / AFP") is None
    assert wire_signed_name("Kultur/Nöje") is None


# 2. The Nguni "by" joined to the name.

def test_nguni_byline_prefix() -> None:
    from transforms.people import byline_names

    assert byline_names("Ngu-Sipho Zulu") == ["Sipho Zulu"]


def test_nguni_word_in_a_sentence_is_no_byline() -> None:
    from transforms.people import byline_names

    assert byline_names("Ngumuntu omdala kakhulu") is None


# 3. A byline with the role after a spaced dash keeps the whole name.

def test_role_after_spaced_dash_keeps_three_word_name() -> None:
    from transforms.patterns import compiled

    match = compiled()["byline_with_role"].match("Ana Costa Ribeiro - Repórter da Agência Brasil")
    assert match and match.group("names") == "Ana Costa Ribeiro"


def test_role_with_its_own_words_still_splits() -> None:
    from transforms.patterns import compiled

    match = compiled()["byline_with_role"].match("Jane Doe, Senior Political Reporter")
    assert match and match.group("names") == "Jane Doe"


# 4. A labelled or site-addressed sign-off below the story.

_EN_PROSE = ("Schools in the capital say they have not received their grants this term.\n\n"
             "Principals said they had borrowed money to pay their bills.\n\n"
             "The department said payments would arrive within two weeks.\n\n")


def test_author_label_over_name_below_story() -> None:
    article = _article("en.txt", "Schools still wait for grants\n\n" + _EN_PROSE
                       + "Author:\nMary Tau\n\nTags:\nEducation\n")
    assert article["authors"] == ["Mary Tau"]


def test_name_pour_site_signoff() -> None:
    from transforms.people import tail_signed_name

    assert tail_signed_name("Mamadou Camara pour Exemplenews.com") == "Mamadou Camara"


def test_place_pour_site_or_wire_label_is_no_signoff() -> None:
    from transforms.people import tail_signed_name

    assert tail_signed_name("Conakry pour Exemplenews.com") is None
    assert tail_signed_name("Author: Reuters") is None
    assert tail_signed_name("Merci pour votre lecture") is None
