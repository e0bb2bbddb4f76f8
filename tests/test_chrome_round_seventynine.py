"""Classes of chrome leaked on bench/dev_set78 (a retired held-out set, tuned on once it
was retired): the outlet's line about itself under the story naming the body it broadcasts
or prints for, in English and the neighbouring Romance wordings ("Radio Example is the radio
station of the United Nations Mission in ...", "Radio Exemple est la radio de la Mission
...", "... es la emisora de ..."), and the "<country>'s leading" line with a stray article
("Example Post is a Kenya's leading news site."). The subject must be the page's own outlet
(its host or masthead): a story sentence about another station stays. Synthetic text; each
class with near misses that stay."""

from __future__ import annotations

from transforms.clean import clean_text

_LEAD = ("Harbour Storm Closes Ferry Route\n\nThe ferry between the two islands was cancelled"
         " on Monday after waves reached four metres.\n\n")

_TAIL = ("Harbour officials said the service would resume on Wednesday if the wind dropped"
         " as forecast.\n")

_SITE = frozenset({"radiolagoon", "lagoonpost"})


def _paragraphs(text: str, site_names: frozenset[str] = _SITE) -> list[str]:
    return clean_text(_LEAD + _TAIL + "\n" + text + "\n", site_names=site_names).paragraphs


def test_outlet_line_naming_the_body_it_serves():
    for line in ("Radio Lagoon is the radio station of the United Nations Mission in Eastland.",
                 "Radio Lagoon is the official broadcaster of the Eastland Peace Mission.",
                 "Radio Lagoon est la radio de la Mission des Nations unies en Eastland.",
                 "Radio Lagoon es la emisora de la Misión de las Naciones Unidas en Eastland.",
                 "Radio Lagoon é a rádio da Missão das Nações Unidas em Eastland.",
                 "Lagoon Post is a Eastland's leading independent news site."):
        assert not any(line in p for p in _paragraphs(line)), line


def test_outlet_line_near_misses():
    # Another station as the subject, or the site's own station in a reported sentence,
    # is the story's.
    for line in ("Radio Harbour is the radio station of the United Nations Mission in Eastland.",
                 "Radio Lagoon is the radio station of the mission, the spokesman said.",
                 "Radio Lagoon is a station that went on air in 2008 with two reporters."):
        assert any(line in p for p in _paragraphs(line)), line
    line = "Radio Lagoon is the radio station of the United Nations Mission in Eastland."
    assert any(line in p for p in _paragraphs(line, frozenset({"harbourgazette"}))), line
