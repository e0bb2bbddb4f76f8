"""Review of round 90: the rules that could take a wrong field, each tried on ordinary
news text. A masthead alone placed a story in the town its first word is, though that
word is often just a word: "The Metro Daily News" went to Lampung, "The Federal Daily
Sun" to Argentina; such words (MASTHEAD_WORDS_ALSO_TOWNS) now name no town. A closing
"© 2024 The Washington Post" under a syndicated story on "The Post" made it the site's
full name; a holder with its own article is another paper. The Romance cookie notice
took a story's opening sentence on a site fined for its cookies; the notice now ends
there or says what the cookies are for. "About the author:" took a book review's note
on the novelist ("writes about", "is a writer whose ..."); only a newsroom's verbs count.
The near misses (Laconia's Daily Sun, a town's own "© Carlow Post", the notices
themselves, a reporter's bio) keep their round-90 reading."""

from __future__ import annotations

from transforms import geo
from transforms.clean import clean_record, clean_text
from transforms.decode import decode_payload
from transforms.extract import extract_article


def _country(text: str) -> str | None:
    record = decode_payload("page.txt", text.encode())[0]
    return extract_article(clean_record(record))["country"]


def test_masthead_opening_with_a_common_word_names_no_town():
    assert geo.country_of_masthead_town("The Metro Daily News") is None
    assert geo.country_of_masthead_town("The Federal Daily Sun") is None
    assert geo.country_of_masthead_town("The Union Daily News") is None


def test_masthead_opening_with_a_town_still_places():
    # Near miss: a town's own name opens the masthead.
    assert geo.country_of_masthead_town("The Laconia Daily Sun") == "US"


def _syndicated(masthead: str, holder: str) -> str:
    return (f"{masthead}\nNews\nSport\nOpinion\n\n"
            "Why teenagers are swapping smartphones for flip phones\n\n"
            "More teenagers are trading their smartphones for basic flip phones, saying "
            "they want fewer notifications and more time with friends.\n\n"
            "Parents interviewed said the switch had cut arguments over screen time, "
            "though several children missed the group chats.\n\n"
            "Researchers cautioned that the trend remains small.\n\n"
            f"© 2024 {holder}. All rights reserved.\n")


def test_holder_with_its_own_article_is_another_paper():
    assert _country(_syndicated("The Post", "The Washington Post")) is None


def test_holder_with_the_town_before_the_masthead_still_names_the_site():
    # Near miss: the town's own paper, the masthead's "The" dropped (round 90).
    assert _country(_syndicated("The Nationalist", "Carlow Nationalist")) == "IE"


def _paragraphs(first: str) -> list[str]:
    page = ("Regulator fines news site over tracking\n\n" + first + "\n\n"
            "The decision can be appealed in court within fifteen days, the authority "
            "said in a statement published on Tuesday.\n\n"
            "The site's owner said it would study the ruling before deciding what to do.\n")
    return clean_text(page).paragraphs


def test_story_sentence_on_a_site_fined_for_cookies_stays():
    for line in ("Acest site folosește cookies fără acordul utilizatorilor, a constatat "
                 "autoritatea, care a aplicat o amendă de 20.000 de lei.",
                 "Questo sito utilizza i cookie senza consenso, ha stabilito il Garante, "
                 "che ha inflitto una multa di 50.000 euro."):
        assert _paragraphs(line)[0] == line


def test_cookie_notice_still_goes():
    # Near miss: the notices themselves, ending there or saying what for.
    for line in ("Acest site folosește cookies. Continuarea navigării implică acceptarea lor.",
                 "Questo sito utilizza i cookie per migliorare la tua esperienza.",
                 "Este sitio web utiliza cookies"):
        assert line not in _paragraphs(line)


def _review(first: str) -> list[str]:
    page = ("A debut novel that lingers\n\n"
            "The novel follows three sisters through a hard winter on a farm, and it is "
            "the quiet chapters that stay with the reader longest.\n\n" + first + "\n\n"
            "The book is out now in hardback and costs twenty pounds.\n")
    return clean_text(page).paragraphs


def test_book_review_note_on_the_novelist_stays():
    for line in ("About the author: Jane Roe writes about the lives of farm workers, "
                 "drawing on her grandmother's letters.",
                 "About the author: Jane Roe is a writer whose earlier novels were "
                 "translated into twelve languages."):
        assert line in _review(line)


def test_reporter_bio_still_goes():
    # Near miss: the site's own reporter (round 90).
    for line in ("About the author: Jane K. Roe reports from Example County.",
                 "About the author: Jane Roe is a staff reporter at the paper."):
        assert line not in _review(line)
