"""Review of round 87: the rules that could take a wrong line or field, each tried on
ordinary news text. The Polish, Czech and Slovak "thanks for reading" noun forms took a
story sentence thanking someone for reading a bill's text ("Dziękujemy za przeczytanie
tekstu ustawy, powiedział poseł."): the noun must end the sentence now. The reporter's
messaging-app contact line took a charity's or a ministry's ("The Red Cross can be
contacted on WhatsApp at 555-0100."): a name opening with "The" or naming an
organisation is the story's now. The other counter-examples (a Michigan city in a
"City, Mich." dateline, English text quoting Tok Pisin words) held and are kept here so
they stay held."""

from __future__ import annotations

from transforms.clean import clean_text
from transforms.dateline import find_dateline
from transforms.extract import detect_language

_HEAD = "Harbor Gazette\nNews\nSports\n\nFerry service to resume on island route\n\n"
_FIRST = ("The county said on Tuesday that ferry service to the island would resume next "
          "month after repairs to the wharf were finished, officials said.")
_LAST = "Tickets go on sale at the terminal office from Monday, the operator said."


def _kept(line: str) -> bool:
    out = clean_text(_HEAD + _FIRST + "\n\n" + line + "\n\n" + _LAST, first_line_is_title=True)
    return line in out.paragraphs


def test_thanks_for_reading_a_document_is_the_story():
    assert _kept("Dziękujemy za przeczytanie tekstu ustawy, powiedział poseł.")
    assert _kept("Děkujeme za přečtení textu smlouvy, řekl ministr.")
    assert _kept("Ďakujeme za prečítanie textu zákona, povedal poslanec.")


def test_thanks_for_reading_noun_form_still_dropped():
    # Near miss: the site's thanks, the noun ending the sentence.
    assert not _kept("Dziękujemy za przeczytanie artykułu!")
    assert not _kept("Děkujeme za přečtení článku až do konce.")
    assert not _kept("Ďakujeme za prečítanie článku.")


def test_organisation_on_messaging_app_is_the_story():
    assert _kept("The Red Cross can be contacted on WhatsApp at 555-0100.")
    assert _kept("Doctors Without Borders can be reached on WhatsApp.")
    assert _kept("Harbor Health Ministry can be contacted on Telegram for tips.")


def test_reporter_on_messaging_app_still_dropped():
    # Near miss: a reporter's name of two or three words.
    assert not _kept("Jane Roe can be contacted on WhatsApp for tips.")
    assert not _kept("Mary Ann Smith can be reached on Signal.")


def test_round_87_counter_examples_held():
    found = find_dateline("WARREN, Mich. (AP) — The plant closed on Friday.")
    assert found is not None and (found.city, found.country) == ("Warren", "US")
    found = find_dateline("Morelia, Mich., 5 de octubre de 2024.- El gobierno estatal anunció.")
    assert found is not None and found.country == "MX"
    english = ("The village elder said the word bilong means belonging, and pela is a "
               "suffix; long ago i heard it go on the radio in the old days, he said. ") * 3
    assert detect_language(english, None) == "en"
