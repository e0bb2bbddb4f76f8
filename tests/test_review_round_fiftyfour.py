"""Review of round 54: misfires of its rules on text they were not tuned on, each
with the case the rule was made for, which must keep working."""

from __future__ import annotations

import pytest

from transforms import geo
from transforms.clean import clean_text

_STORY = ("Budget Approved\n\n"
          "The council approved the budget on Tuesday after a long debate about the harbour.\n\n"
          "Residents had asked for more money for the roads, the mayor said on Wednesday.\n\n")


def _kept(last_line: str) -> bool:
    return last_line in "\n".join(clean_text(_STORY + last_line + "\n").paragraphs)


# 1. The loud-label promo (round 54) took any capital label before a line naming a
#    channel, canal or app, so a safety notice about the English Channel or a canal was
#    dropped as a promo. The promo calls the reader to join, follow, click or subscribe.

@pytest.mark.parametrize("line", [
    "ATTENTION: The English Channel crossing is closed to small boats until Friday.",
    "ACHTUNG: Der Nord-Ostsee-Kanal bleibt wegen Hochwasser bis Montag gesperrt.",
    "ATENCIÓN: el Canal de Isabel II corta el agua en tres barrios este martes.",
])
def test_a_loud_notice_about_a_channel_is_no_promo(line: str) -> None:
    assert _kept(line)


@pytest.mark.parametrize("line", [
    "PAY ATTENTION: Join Example's WhatsApp channel to never miss important updates!",
    "DON'T MISS: Follow us on Google News",
    "ACHTUNG: Folgen Sie uns auf WhatsApp",
    "ATENCIÓN: Únete a nuestro canal de WhatsApp",
])
def test_a_loud_label_promo_still_goes(line: str) -> None:
    assert not _kept(line)


# 2. The Hungarian lower-case town adjective (round 54) read "bajai" ("his troubles",
#    from baj) as of Baja and "ajkai" ("her lips") as of Ajka, placing a story with no
#    place in Hungary. They are common words, like "pápai".

@pytest.mark.parametrize(("title", "body"), [
    ("Tovább nőnek a csapat bajai",
     "A csapat bajai a szezon elején kezdődtek, és a bajai azóta is egyre nagyobbak."),
    ("Az énekesnő ajkai", "Az énekesnő ajkai körül sok a találgatás, az ajkai miatt."),
])
def test_a_common_word_is_no_town_adjective(title: str, body: str) -> None:
    assert geo._city_of_lower_case_adjective(title, body, "hu") is None


def test_a_town_adjective_still_places() -> None:
    title = "Nyáron felújítják a szegedi villamos vonalát"
    body = "A szegedi villamos vonalát nyáron újítják fel a tervek szerint."
    assert geo.main_place_country(title, None, body, language="hu") == "HU"


# 3. "<names> <writes>" (round 54) took a newspaper's name for a writer's, so a press
#    review's "Dagens Nyheter skriver" ("Dagens Nyheter writes") or "Helsingin Sanomat
#    kirjoittaa" gave the paper as the story's author. A newspaper's words are no name.

@pytest.mark.parametrize("line", [
    "Dagens Nyheter skriver",
    "Helsingin Sanomat kirjoittaa",
    "Magyar Nemzet írja",
    "Washington Post schreibt",
])
def test_a_newspaper_writing_is_no_byline(line: str) -> None:
    from transforms import people
    assert people.byline_names(line) is None


@pytest.mark.parametrize(("line", "names"), [
    ("Ingrid Dahl skriver", ["Ingrid Dahl"]),
    ("Sun Yang skriver", ["Sun Yang"]),
    ("Szabó Éva írja", ["Szabó Éva"]),
])
def test_a_writer_writing_is_still_a_byline(line: str, names: list[str]) -> None:
    from transforms import people
    assert people.byline_names(line) == names
