"""Classes of site chrome that leaked into article bodies on bench/dev_set67 (a retired held-out
set, tuned on once it was retired): the French "read also" header with the "À" typed without
its accent ("A lire aussi", "A lire aussi :"), whose linked headline under it went too once the
header was known; the Polish and Czech call to follow the outlet on Google News ("Subskrybuj
X w Google News", "Sledujte X na Google News"); the rights notice as a bare noun phrase
("Materiał chroniony prawem autorskim.", "Contenu protégé par le droit d'auteur."); a partner's
promo in the reader's voice closed by a modal and "!" ("Vous avez un projet ? X & Y peuvent vous
aider !"); the comment gate "Vous devez vous connecter pour commenter.". Synthetic text; each
class with near misses that stay."""

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


def _gone(lines: list[str]) -> None:
    for line in lines:
        assert _tail(line) == [BODY, MORE], line
        assert _tail(line, html=True) == [BODY, MORE], line
        assert _middle(line) == [BODY, MORE], line


def _kept(lines: list[str]) -> None:
    for line in lines:
        assert _tail(line) == [BODY, MORE, line], line
        assert _tail(line, html=True) == [BODY, MORE, line], line
        assert _middle(line) == [BODY, line, MORE], line


# ---------------------------------------------------------------------------
# "A lire aussi" without the accent, the linked headline under it.

def test_unaccented_read_also_header_and_its_headline():
    for header in ("A lire aussi", "A lire aussi :", "A voir aussi", "A LIRE AUSSI"):
        for html in (False, True):
            text = (f"Harbour fees rise\n\n{BODY}\n\n{header}\nLe port de Saint-Exemple augmente "
                    f"ses tarifs en 2026\n\n{MORE}\n")
            assert clean_text(text, lines_are_paragraphs=html).paragraphs == [BODY, MORE], header


def test_read_also_near_miss_stays():
    # the words inside a sentence, not alone on its line.
    _kept(["Il faut lire aussi les rapports du conseil pour comprendre la colère des habitants "
           "du quartier."])


# ---------------------------------------------------------------------------
# Follow the outlet on Google News, Polish and Czech.

def test_polish_and_czech_google_news_follow_call():
    _gone(["Subskrybuj Dziennik Przykładowy w Google News",
           "Zasubskrybuj Gazetę Portową w Google News",
           "Sledujte Deník Příklad na Google News"])


def test_google_news_near_miss_stays():
    _kept(["Wydawcy twierdzą, że ruch z Google News spadł w tym roku o połowę, a reklamodawcy "
           "odchodzą."])


# ---------------------------------------------------------------------------
# The rights notice as a bare noun phrase.

def test_bare_rights_notice():
    _gone(["Materiał chroniony prawem autorskim.",
           "Contenu protégé par le droit d'auteur.",
           "Contenido protegido por derechos de autor.",
           "Urheberrechtlich geschützter Inhalt"])


def test_rights_notice_near_miss_stays():
    _kept(["Materiał chroniony prawem autorskim trafił do sieci bez zgody autora, twierdzi "
           "prokuratura.",
           "Le tribunal a jugé que le contenu protégé par le droit d'auteur avait été copié sans "
           "accord."])


# ---------------------------------------------------------------------------
# The partner promo with a modal closed by "!", and the comment gate.

def test_partner_promo_with_modal_and_exclamation():
    _gone(["Vous avez un projet immobilier en vue ? Maisonia & Exemple24 peuvent vous aider !",
           "Planning a move? Example Homes can help!"])


def test_partner_promo_near_miss_stays():
    _kept(["Do you have diabetes? Doctors can help you manage it, the clinic said.",
           "Vous avez un litige ? Le médiateur peut vous aider, rappelle la chambre de commerce."])


def test_comment_gate_log_in_verb():
    _gone(["Vous devez vous connecter pour commenter.",
           "Vous devez vous inscrire pour publier un commentaire."])


def test_comment_gate_near_miss_stays():
    _kept(["Vous devez vous connecter pour voter, a rappelé la commission électorale aux "
           "habitants."])
