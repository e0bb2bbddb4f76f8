"""Review of round 92 (tuned on bench/dev_set91): its own over-broad readings, each tried
on ordinary news text. Classes missed on bench/dev_set92 (a retired held-out set, tuned on
once it was retired) are the other helpers' business. Two-word mastheads ("George Herald")
now place a story that names no place, so a masthead opening with a country's or a
continent's name took a namesake town abroad: "The Jordan Times" became a paper of
Jordan, Hong Kong, "Asia Times" one of Asia, Batangas. The reader's-wish newsletter call
took a story's sentence whose call is to register for something else, a newsletter named
in a later clause ("Se vuoi votare, iscriviti alle liste entro lunedì, la newsletter del
Comune spiega come."): the newsletter is the call's object, no comma between. The Slavic
cookie notice's "for" ("за", "za", "для") took a story's sentence on a site found to
track its users, the finding reported at its end; and its "kako bi" missed the notice's
own first person, "Koristimo kolačiće kako bismo ...". The near misses (George Herald,
Regina, the notices and calls themselves) keep their round-92 reading. Synthetic text."""

from __future__ import annotations

from transforms import geo
from transforms.clean import clean_record, clean_text
from transforms.decode import decode_payload
from transforms.extract import extract_article


def _country(masthead: str) -> str | None:
    page = (f"{masthead}\nNews\nOpinion\nSports\n\n"
            "Short coffee breaks lift office morale, survey finds\n\n"
            "By Lina Carr\n\n"
            "Workers who take two short coffee breaks a day report higher morale than "
            "those who take none, a new survey of office staff found.\n\n"
            "The survey asked 2,000 employees about their habits and their mood at work, "
            "the authors said.\n\n"
            "Managers should encourage short pauses, the report recommends.\n")
    record = decode_payload("page.txt", page.encode())[0]
    return extract_article(clean_record(record))["country"]


def test_masthead_opening_with_a_country_or_continent_is_no_town_abroad():
    for masthead in ("The Jordan Times", "Asia Times", "America Times"):
        assert geo.country_of_masthead_town(masthead) is None, masthead
        assert _country(masthead) not in ("HK", "PH", "AR"), masthead


def test_town_and_masthead_word_still_place_the_story():
    # Near misses: round 92's two-word mastheads of a town in one country.
    assert _country("George Herald") == "ZA"
    assert _country("Regina Leader") == "CA"
    assert geo.country_of_masthead_town("The Laconia Daily Sun") == "US"


def _kept(line: str) -> bool:
    page = ("Council reviews how residents hear about its services\n\n"
            "The council opened its review last spring after complaints from residents "
            "of the northern wards.\n\n" + line + "\n\n"
            "The review ends in March, the council said in a statement issued on "
            "Wednesday.\n")
    return any(line in p for p in clean_text(page).paragraphs)


def test_story_sentence_with_the_newsletter_in_another_clause_stays():
    for line in ("Se vuoi votare, iscriviti alle liste entro lunedì, la newsletter del "
                 "Comune spiega come.",
                 "Si quieres votar, regístrate en el censo antes del lunes, el boletín "
                 "municipal explica cómo.",
                 "Wenn Sie wählen wollen, melden Sie sich bis Montag an, der Newsletter "
                 "der Stadt erklärt wie."):
        assert _kept(line), line


def test_wish_then_newsletter_call_is_still_chrome():
    for line in ("If you want to stay informed, sign up for our newsletter.",
                 "Se vuoi restare aggiornato sulle notizie della città iscriviti gratis alla "
                 "newsletter del Corriere della Città.",
                 "Si vous voulez rester informé, inscrivez-vous à notre newsletter.",
                 "Si quieres estar al día, suscríbete a nuestro boletín."):
        assert not _kept(line), line


def test_story_sentence_on_a_site_tracking_with_cookies_stays():
    for line in ("Този сайт използва бисквитки за проследяване на потребителите без "
                 "съгласие, установи комисията.",
                 "Използваме бисквитки за реклама, заяви говорител на компанията.",
                 "Ovaj sajt koristi kolačiće za praćenje korisnika bez pristanka, "
                 "utvrdila je agencija.",
                 "Цей сайт використовує файли cookie для стеження за користувачами, "
                 "встановила комісія."):
        assert _kept(line), line


def test_slavic_cookie_notices_are_still_chrome():
    for line in ("Този сайт използва бисквитки, за да подобри работата си.",
                 "Този сайт използва бисквитки за по-добро обслужване.",
                 "Ovaj sajt koristi kolačiće za bolje korisničko iskustvo.",
                 "Koristimo kolačiće kako bismo poboljšali vaše iskustvo.",
                 "Koristimo kolačiće da bismo vam prikazali prilagođen sadržaj.",
                 "Ми використовуємо файли cookie, щоб сайт працював швидше."):
        assert not _kept(line), line
