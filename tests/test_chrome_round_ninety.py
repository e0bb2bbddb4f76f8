"""Classes of chrome leaked on bench/dev_set89 (a retired held-out set, tuned on once it
was retired): the Scandinavian tip line, a question and its call ("Har du tips til en sak?
Kontakt oss på ...", Swedish "Har du ett tips? Mejla oss ...", Danish "Har du et tip? Skriv
til os ..."); an aggregator's line about its own volume ("<Site> publishes around 400
reports a day from ..."); the Romanian cookie notice and its Romance neighbours ("Acest
site folosește cookies. Continuarea navigării implică acceptarea lor."); and the writer's
bio after "About the author: <Name>" ("... reports from Example County."). A story sentence
that uses the same words stays. Synthetic text; each class with near misses that stay."""

from __future__ import annotations

from transforms.clean import clean_text

_LEAD = ("Rivertown - The river ferry between the two banks was cancelled on Monday after"
         " the water rose two metres, the harbour office said.\n"
         "Harbour officials said the service would resume on Wednesday if the level dropped"
         " as forecast.\n"
         "A temporary bus link will carry foot passengers over the northern bridge until then.\n")
_TAIL = "The harbour office will review the timetable next month."


def _paragraphs(tail: str, site_names: frozenset[str] = frozenset()) -> list[str]:
    return clean_text("Ferry Route Closed\n\n" + _LEAD.replace("\n", "\n\n") + tail + "\n",
                      first_line_is_title=True, site_names=site_names).paragraphs


def _mid(line: str, site_names: frozenset[str] = frozenset()) -> list[str]:
    """The line between two story paragraphs."""
    return _paragraphs(line + "\n\n" + _TAIL, site_names)


def _end(line: str, site_names: frozenset[str] = frozenset()) -> list[str]:
    """The line under the story."""
    return _paragraphs(_TAIL + "\n\n" + line, site_names)


def test_scandinavian_tip_line_goes():
    for line in ("Har du tips til en sak? Kontakt oss på nyheter@example.no",
                 "Har du ett tips? Mejla oss på tips@example.se",
                 "Har du et tip? Skriv til os på tip@example.dk",
                 "Har dere tips? Tips oss på 12345678"):
        assert not any(line in p for p in _mid(line)), line
        assert not any(line in p for p in _end(line)), line


def test_tips_in_a_norwegian_sentence_stays():
    for line in ("Politiet ber om tips fra publikum etter brannen i sentrum natt til søndag.",
                 "Har du tips til en sak? spurte journalisten, og politimesteren lo."):
        assert any(line in p for p in _mid(line)), line


def test_aggregator_volume_line_goes():
    line = "Examplewire publishes around 400 reports a day from more than 100 news organizations."
    names = frozenset({"examplewire"})
    assert not any(line in p for p in _end(line, names))
    assert not any(line in p for p in _mid(line, names))


def test_volume_sentence_without_the_site_stays():
    names = frozenset({"examplewire"})
    for line in ("The agency publishes around 400 reports a year on river safety, its"
                 " director said.",
                 "Rivernews publishes around 400 reports a day from more than 100 news"
                 " organizations."):
        assert any(line in p for p in _end(line, names)), line


def test_romanian_and_romance_cookie_notice_goes():
    for line in ("Acest site folosește cookies. Continuarea navigării implică acceptarea lor.",
                 "Acest site utilizează cookie-uri pentru a îmbunătăți experiența.",
                 "Prin continuarea navigării pe site, ești de acord și accepți utilizarea"
                 " cookie-urilor.",
                 "Questo sito utilizza i cookie per migliorare la tua esperienza.",
                 "Este sitio web utiliza cookies para mejorar su experiencia.",
                 "Este site usa cookies para melhorar a sua experiência."):
        assert not any(line in p for p in _mid(line)), line
        assert not any(line in p for p in _end(line)), line


def test_cookies_in_a_story_sentence_stays():
    for line in ("Autoritatea a constatat că acest site folosește cookies fără acordul"
                 " utilizatorilor.",
                 "The regulator found the shopping website used cookies to track users across"
                 " other pages, the report said.",
                 "Continuarea lucrărilor la pod depinde de vreme, a spus primarul."):
        assert any(line in p for p in _mid(line)), line


def test_about_the_author_bio_line_goes():
    for line in ("About the author: Jane K. Roe reports from Example County.",
                 "About the Author: John Doe is a freelance journalist based in Rivertown."):
        assert not any(line in p for p in _end(line)), line


def test_about_the_author_sentence_stays():
    for line in ("About the author: Little is known about the man who wrote the pamphlet.",):
        assert any(line in p for p in _end(line)), line
