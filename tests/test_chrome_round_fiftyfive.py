"""Classes of site chrome that leaked into article bodies on bench/dev_set55 (a retired held-out
set, tuned on once it was retired), made broad across the languages of the feed: an outlet's
press-ethics notice (its press code or press council) with how to complain after it; newsletter
pitches ending in the reader's mailbox with a sign-up call after them, and the sign-up call in
Afrikaans; reader-survey appeals, with or without a loud label. Synthetic text; each class with
near misses, story sentences of a similar shape that stay."""

from __future__ import annotations

from transforms.clean import chrome_kind, clean_text

BODY = ("The council approved the plan on Tuesday after a long debate about costs and "
        "the timetable for the works, officials said.")
MORE = ("Work on the first section is due to start in the spring, and the whole line should "
        "open within four years if the money is found.")


def _middle(line: str) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{line}\n\n{MORE}\n").paragraphs


def _tail(line: str, html: bool = False) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{MORE}\n\n{line}\n",
                      lines_are_paragraphs=html).paragraphs


def _dropped(lines: list[str]) -> None:
    for line in lines:
        assert _tail(line) == [BODY, MORE], line
        assert _tail(line, html=True) == [BODY, MORE], line
        assert _middle(line) == [BODY, MORE], line


def _kept(lines: list[str]) -> None:
    for line in lines:
        assert _tail(line) == [BODY, MORE, line], line
        assert _tail(line, html=True) == [BODY, MORE, line], line
        assert _middle(line) == [BODY, line, MORE], line


def test_press_ethics_notices_with_how_to_complain():
    _dropped([
        "Harbourposten arbeider etter Vær Varsom-plakatens regler for god presseskikk. Mener du at "
        "vi ikke har fulgt disse reglene, kan du kontakte redaksjonen.",
        "Hamnposten följer de pressetiska reglerna. Om du anser att vi brutit mot dem kan du "
        "anmäla "
        "till Allmänhetens Medieombudsman.",
        "The Harbour Times is a member of IPSO; to complain, contact the readers' editor at the "
        "address below.",
        "The Harbour Times is a member of the Independent Press Standards Organisation.",
        "Der Hafenkurier ist Mitglied im Deutschen Presserat.",
        "Le Journal du Port adhère au Conseil de déontologie journalistique.",
        "Le Journal du Port est membre du Conseil de déontologie journalistique (CDJ).",
        "De Havenkrant is lid van de Raad voor de Journalistiek.",
        "Gazeta Portowa jest członkiem Rady Etyki Mediów.",
        "Die Hawekoerant onderskryf die Kode van Etiek en Gedrag van die Suid-Afrikaanse Persraad. "
        "Klagtes kan by die Persombudsman ingedien word.",
        "Il Giornale del Porto rispetta il codice deontologico. Per segnalazioni scrivere alla "
        "redazione.",
    ])


def test_press_ethics_near_misses_stay():
    _kept([
        "The Press Council upheld a complaint against the paper on Tuesday.",
        "The Harbour Times is a member of IPSO, the paper said in a statement on its website.",
        "The Sun follows the Editors' Code. Complaints rose by a fifth last year, the regulator "
        "said.",
        "The Harbour Times follows the Editors' Code and will publish the ruling on its front "
        "page.",
        "Mr Smith is a member of the press council and chairs its ethics panel.",
        "Der Presserat rügte die Zeitung wegen einer Beschwerde über das Foto.",
    ])


def test_a_titled_person_is_no_outlet():
    assert chrome_kind("Dr Jane Roe is a member of the Press Council.") is None
    assert chrome_kind("Frau Dr. Roe ist Mitglied im Deutschen Presserat.") is None
    assert chrome_kind("The Harbour Times is a member of the Press Council.") == "copyright"


def test_newsletter_pitches_in_afrikaans_and_dutch():
    _dropped([
        "Kry die nuutste landbounuus elke oggend in jou inkassie. Teken in vir ons gratis "
        "nuusbrief.",
        "Teken in vir ons gratis nuusbrief.",
        "Teken in vir ons gratis daaglikse nuusbrief",
        "Schrijf je in voor onze gratis nieuwsbrief",
        "Ontvang elke ochtend het laatste nieuws in je inbox. Schrijf je in voor onze nieuwsbrief.",
        "Get the latest news every morning in your inbox. Sign up for our free newsletter.",
        "Alles aus dem Hafen jeden Morgen kostenlos in Ihrem Postfach. Abonnieren Sie unseren "
        "kostenlosen Newsletter.",
    ])


def test_newsletter_near_misses_stay():
    _kept([
        'Die boer het gesê: "Teken in vir ons gratis nuusbrief," en gelag.',
        "Teken in vir ons gratis nuusbrief, het die vereniging se voorsitter boere aangeraai.",
        "Die koöperasie stuur elke oggend pryse in jou inkassie, sê boere wat dit gebruik.",
        "Teken in vir ons gratis nuusbrief was die slagspreuk van die klub se nuwe veldtog in "
        "Malmesbury.",
    ])


def test_reader_survey_appeals():
    _dropped([
        "PAY ATTENTION: Help us serve you better! Please take a short survey and share your ideas "
        "for Harbour.ng",
        "Help us improve! Take our reader survey.",
        "Nehmen Sie an unserer Leserumfrage teil!",
        "ACHTUNG: Helfen Sie uns, besser zu werden! Nehmen Sie an unserer kurzen Umfrage teil.",
        "Répondez à notre enquête lecteurs",
        "Participa en nuestra encuesta",
        "Participe da nossa pesquisa",
        "Partecipa al nostro sondaggio",
        "Doe mee aan onze lezersenquête",
        "Weź udział w naszej ankiecie",
        "Delta i vår läsarundersökning",
        "Svar på vår spørreundersøkelse",
        "Deltag i vores læserundersøgelse",
        "Vastaa lukijakyselyymme",
        "Neem deel aan ons lesersopname",
    ])


def test_reader_survey_near_misses_stay():
    _kept([
        "A short survey of 500 residents found that most want more buses.",
        "Take our survey, the mayor urged residents at the meeting.",
        "Please take a short survey, the council asked residents in a letter.",
        "Nehmen Sie an unserer Umfrage teil, bat der Bürgermeister die Bürger.",
        "PAY ATTENTION: the road closes on Monday for repairs to the bridge.",
    ])
