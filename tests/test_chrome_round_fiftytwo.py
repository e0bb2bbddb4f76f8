"""Classes of site chrome that leaked into article bodies on bench/dev_set52 (a retired held-out
set, tuned on once it was retired), made broad across the languages of the feed: a reader-support
call that names a membership platform (Patreon, Ko-fi, Steady, Buy Me a Coffee, Tipeee, Apoia.se,
Patronite); the reader's value of a free press opening a support call, in Hungarian and the
feed's other languages (the existing reader-funding entry extended); a sponsored partner's promo
in the reader's voice (a question, then the partners who help); and a nonprofit newsroom's donor
and financial-supporter disclosure. Synthetic text; each class with near misses, story sentences
of a similar shape that stay."""

from __future__ import annotations

from transforms.clean import clean_text

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


def test_support_call_naming_a_membership_platform():
    _dropped([
        "Please support The Harbour Globe's independent journalism by becoming a patron on "
        "Patreon.",
        "Support us on Patreon",
        "Support us on Ko-fi.",
        "Support our newsroom on Buy Me a Coffee",
        "Become a patron on Patreon",
        "Unterstützen Sie uns auf Steady",
        "Bitte unterstützen Sie den Beispiel Kurier auf Steady.",
        "Soutenez-nous sur Tipeee",
        "Apóyanos en Patreon",
        "Apoie-nos no Apoia.se",
        "Sostienici su Patreon",
        "Steun ons via Patreon",
        "Wesprzyj nas na Patronite",
        "Támogass minket a Patreonon!",
    ])


def test_support_call_platform_near_misses_stay():
    _kept([
        "She asked fans to support her on Patreon, where she now earns more than from her "
        "record label.",
        "The singer, who lost her contract last year, now asks listeners to support her "
        "work on Patreon.",
        "Please support us on Patreon, the singer wrote on Instagram after the label dropped her.",
        "Support for the band on Patreon has doubled since the tour was cancelled in March.",
        "Many creators moved to Steady after the platform raised its fees, the report found.",
    ])


def test_free_press_value_then_support_call():
    _dropped([
        "Ha fontosnak tartod, hogy legyen független sajtó Magyarországon, támogasd a Példalapot!",
        "Ha fontos neked a független újságírás, támogass minket!",
        "If you believe in independent journalism, support us today.",
        "Wenn Ihnen unabhängiger Journalismus wichtig ist, unterstützen Sie uns.",
        "Si vous tenez à une presse libre, soutenez-nous.",
        "Si crees en el periodismo independiente, apóyanos.",
        "Se você acredita no jornalismo independente, apoie o Jornal Exemplo.",
        "Se credi nel giornalismo indipendente, sostienici.",
        "Als je onafhankelijke journalistiek belangrijk vindt, steun ons.",
        "Jeśli cenisz niezależne dziennikarstwo, wesprzyj nas.",
    ])


def test_free_press_value_near_misses_stay():
    _kept([
        "„Ha fontosnak tartjátok a szabad sajtót, támogassátok a lapot” – mondta a "
        "képviselő a gyűlésen.",
        "Ha fontosnak tartod a független sajtót, támogasd a lapot, mondta a képviselő a gyűlésen.",
        "A képviselő arra kérte a szavazókat, hogy támogassák a független sajtót a választáson.",
        "If you believe in independent journalism, support us, the editor told the donors "
        "at the gala.",
    ])


def test_sponsored_partner_promo_in_the_readers_voice():
    _dropped([
        "Vous avez un projet immobilier en vue ? Exemplo & Courrier24 vous aident à le "
        "concrétiser!",
        "Planning a move? Harbour Homes helps you find the right mortgage.",
        "Sie planen einen Hauskauf? Beispiel & Partner hilft Ihnen bei der Finanzierung.",
        "¿Tienes un proyecto inmobiliario? Ejemplo Casas te ayuda a hacerlo realidad.",
        "Tem um projeto imobiliário? Exemplo Imóveis ajuda você a realizá-lo.",
        "Hai un progetto immobiliare? Esempio Casa ti aiuta a realizzarlo.",
        "Heeft u verhuisplannen? Voorbeeld Makelaars helpt u verder.",
        "Planujesz zakup mieszkania? Przykład Nieruchomości pomoże Ci.",
        "Új lakást keresel? A Példa Ingatlan segít!",
    ])


def test_partner_promo_near_misses_stay():
    _kept([
        "«Vous avez un projet immobilier en vue ?» demande la publicité de l'agence, qui "
        "promet des prêts à taux zéro.",
        "Vous avez un projet immobilier en vue ? Nos conseillers vous aident, a assuré le maire.",
        "Do you have a plan for the harbour? Critics say the council does not.",
        "Planning a move? Many families are waiting longer for mortgages as rates rise, "
        "the bank said.",
    ])


def test_newsroom_donor_disclosure():
    _dropped([
        "Disclosure: The Harbour Schools Alliance has been a financial supporter of The "
        "Harbour Tribune, a nonprofit, nonpartisan news organization that is funded in "
        "part by donations from members, foundations and corporate sponsors. Financial "
        "supporters play no role in the Tribune's journalism. Find a complete list of them "
        "here.",
        "Full disclosure: The Example Foundation is a donor to this newsroom.",
        "Transparency note: The Harbour Fund is among the funders of our reporting.",
        "Transparenzhinweis: Die Beispiel-Stiftung ist Förderer des Beispiel Kuriers.",
        "Note de transparence : la Fondation Exemple est un donateur du Courrier Exemple.",
        "Nota de transparencia: la Fundación Ejemplo es donante de El Diario Ejemplo.",
        "Nota de transparência: a Fundação Exemplo é doadora do Jornal Exemplo.",
        "Nota di trasparenza: la Fondazione Esempio è un finanziatore del Corriere Esempio.",
        "Transparantie: de Voorbeeld Stichting is donateur van De Voorbeeld Krant.",
        "Ujawnienie: Fundacja Przykład jest darczyńcą Gazety Przykład.",
        "Átláthatóság: a Példa Alapítvány a Példalap támogatója.",
        "Financial supporters play no role in the Tribune's journalism.",
    ])


def test_donor_disclosure_near_misses_stay():
    _kept([
        "Disclosure rules require the mayor to list every gift worth more than 50 dollars.",
        "The company disclosed that a donor had paid for the stadium's new roof.",
        "Full disclosure of the donors to the campaign is required by law, the commission said.",
        "The foundation has been a financial supporter of the hospital for two decades, "
        "its director said.",
        "Transparenz ist für die Spender der Stiftung wichtig, sagte die Vorsitzende.",
    ])
