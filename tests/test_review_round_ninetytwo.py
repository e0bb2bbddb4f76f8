"""Review of round 91: the rules that could take a wrong field, each tried on ordinary
news text. Classes of the round missed on bench/dev_set91 (a retired held-out set, tuned
on once it was retired) are the other helpers'; these are the round's own over-broad
readings. A wire's short name too common a word to be an alias ("IP", "NA", "RSS",
"TNA") was read by its canonical name wherever a bare wire may stand, so a story opening
"RSS – BJP ties ..." took Nepal's wire; only after a place ("Encarnación, IP.- ") does it
count now. A page stamped in North America's time zones ("9:05 AM EDT", "PDT") went to
the US namesake of its town though Canada writes the same zones: the Vancouver Sun
became a paper of Vancouver, Washington; a Canadian town keeps its reading now. The
Romance cookie notice's "and" ("și", "e", "y") took a story's sentence on a site fined
for its cookies; after "and" the notice must go on about cookies or like tools. The
near misses (Encarnación's IP, Santa Cruz's Sentinel stamped PST, the notices
themselves) keep their round-91 reading. Synthetic text."""

from __future__ import annotations

from transforms.clean import clean_record, clean_text
from transforms.dateline import find_dateline
from transforms.decode import decode_payload
from transforms.extract import extract_article


def test_common_word_wire_name_alone_at_the_line_head_is_no_wire():
    for lead in ("RSS – BJP ties under strain as the party reviews its poll loss.",
                 "TNA - Tamil National Alliance leaders met the president on Monday.",
                 "IP - Intellectual property lawyers say the ruling changes how patents "
                 "are filed."):
        match = find_dateline(lead)
        assert match is None or match.agency is None, lead


def test_common_word_wire_name_after_a_town_is_still_the_wire():
    # Near miss: the round-91 slot, the wire's name in capitals after the town.
    match = find_dateline("Encarnación, IP.- El gobernador inauguró el puente este lunes.")
    assert match is not None and (match.city, match.agency) == ("Encarnación", "IP")
    match = find_dateline("Rosario, NA.- El intendente anunció nuevas obras en el puerto.")
    assert match is not None and (match.city, match.agency) == ("Rosario", "NA")


def _country(text: str) -> str | None:
    record = decode_payload("page.txt", text.encode())[0]
    return extract_article(clean_record(record))["country"]


def _town_paper(masthead: str, town: str, stamp: str) -> str:
    return (f"{masthead}\nLocal News\nSports\nOpinion\n\n"
            f"{town} library lends out fishing rods for the summer\n\n"
            "By Nora Pell\n"
            f"PUBLISHED: June 9, 2025 at {stamp}\n\n"
            f"The {town} public library will lend fishing rods and tackle boxes to card "
            "holders this summer, staff said.\n\n"
            "Borrowers may keep the gear for a week and must return it cleaned, the "
            "library's manager said.\n\n"
            "The scheme starts on the first weekend of July.\n")


def test_canadian_town_paper_stamped_in_a_shared_zone_stays_canadian():
    for masthead, town in (("Vancouver Sun", "Vancouver"), ("Ottawa Citizen", "Ottawa"),
                           ("Hamilton Spectator", "Hamilton")):
        for stamp in ("8:40 AM EDT", "8:40 AM PDT"):
            assert _country(_town_paper(masthead, town, stamp)) == "CA", (masthead, stamp)


def test_town_paper_stamped_in_its_zone_still_picks_the_namesake():
    # Near miss: round 91's Santa Cruz, California over the Philippine town.
    assert _country(_town_paper("Santa Cruz Sentinel", "Santa Cruz", "8:40 AM PDT")) == "US"


def _paragraphs(first: str) -> list[str]:
    page = ("Watchdog fines shopping site over tracking\n\n" + first + "\n\n"
            "The company has thirty days to appeal, the watchdog said in a statement "
            "issued on Wednesday.\n\n"
            "A lawyer for the site said it had already changed its consent banner.\n")
    return clean_text(page).paragraphs


def test_story_sentence_with_and_after_the_cookie_clause_stays():
    for line in ("Acest site folosește cookies și trimite datele clienților către "
                 "agenții de publicitate, a constatat autoritatea.",
                 "Questo sito utilizza i cookie e vende i dati dei clienti agli "
                 "inserzionisti, ha accertato il Garante.",
                 "Este sitio web utiliza cookies y vende los datos de sus clientes a "
                 "anunciantes, concluyó la agencia."):
        assert line in _paragraphs(line), line


def test_cookie_notice_going_on_about_cookies_still_goes():
    # Near miss: the notices, "and" then more of the same tools.
    for line in ("Acest site folosește cookies și tehnologii similare.",
                 "Questo sito utilizza i cookie e altre tecnologie di tracciamento.",
                 "Este sitio web utiliza cookies y tecnologías similares para mejorar "
                 "su experiencia.",
                 "Este sitio web utiliza cookies propias y de terceros.",
                 "Questo sito utilizza i cookie per migliorare la tua esperienza."):
        assert line not in _paragraphs(line), line
