"""Classes of review of round 97 (tuned on bench/dev_set96), checked while the misses on
bench/dev_set97 (a retired held-out set, tuned on once it was retired) were fixed
elsewhere. Icelandic place-name elements (round 97) read women's names in their cases as
capes and heaths ("við Ragnheiði", "Valgerði": "-heiður" and "-gerður" decline as
"heiði" and "gerði" do): those elements count only beside a name of another element. The town in
the byline block (round 97) took a section word that is a town abroad ("Metro", a city of
Indonesia) on an English page: the town must be of a country that speaks the page's
language. The main islands of small states (round 97) stood alone as regions over the
village of that name in the country the page's domain or text names ("Praslin" on a .lc
page is the village of Saint Lucia, not the island of Seychelles). The Cyrillic sign-off
(round 97) took a photo credit in capitals under the story for a writer ("Фото АВТОРА",
photo by the author): "фото", "фота" and "снимка" are no name's words, as "photo" is.
Near misses keep their reading. Synthetic text."""

from __future__ import annotations

from tests.test_people_round_ninetyseven import _be_page
from tests.test_places_round_ninetyfour import _article
from tests.test_places_round_ninetysix import _json_article
from transforms import geo

# --- Icelandic women's names are no heaths or farms -----------------------------------------

def test_icelandic_womens_names_in_their_cases_place_nothing():
    for text in ("Í gær ræddi blaðamaður við Ragnheiði og síðar við Valgerði um ferðina.",
                 "Hann hitti Ragnheiði á fundinum og las upp úr bók Ragnheiðar um tónlist.",
                 "Þau Aðalheiði og Þorgerði var báðum boðið á tónleikana í gærkvöldi."):
        assert geo.country_of_place_name_elements(text, "is") is None, text


def test_icelandic_heaths_and_capes_still_place_the_story():
    text = "Vegurinn yfir Hellisheiði var lokaður en opið var út á Garðskaga í gær."
    assert geo.country_of_place_name_elements(text, "is") == "IS"
    text = "Ný göngubrú var opnuð í Hvalfirði og þaðan sést vel yfir Faxaflóa."
    assert geo.country_of_place_name_elements(text, "is") == "IS"


# --- A section word in the byline block that is a town abroad -------------------------------

_BYLINE_PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>{title} - Example Daily</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Example Daily">
<meta name="author" content="{writer}">
<meta property="article:published_time" content="2024-03-05T08:00:00+01:00">
</head><body><article><h1>{title}</h1>
<div class="author">{writer}</div>
<div class="author">{place}</div>
<p>{lead}</p>
<p>{second}</p>
<p>{third}</p>
</article></body></html>"""


def test_a_section_word_in_the_byline_block_is_no_town_abroad():
    assert geo.byline_town(["Jane Roe", "Metro"], ["Jane Roe"],
                           "Metro fares to rise in July", "en") is None
    page = _BYLINE_PAGE.format(
        lang="en", title="Metro fares to rise in July", writer="Jane Roe", place="Metro",
        lead="Metro riders will pay more from July after the transit board approved a fare "
             "rise on Tuesday.",
        second="Riders said the trains were late again on Monday and the platforms full.",
        third="The agency said it would add staff at the busiest stops next month.")
    assert _article(page, "page.html")["country"] is None


def test_a_town_of_the_pages_language_in_the_byline_block_still_counts():
    assert geo.byline_town(["Brais Lema", "A Estrada"], ["Brais Lema"],
                           "Fotos da Estrada", "gl").country == "ES"
    assert geo.byline_town(["Jane Roe", "Preston"], ["Jane Roe"],
                           "Preston market reopens", "en").country == "GB"


# --- The island of a small state over the village of that name ------------------------------

_PRASLIN = ("Hundreds of visitors attended the creole festival in Praslin on Saturday.\n\n"
            "Musicians from Castries and Soufriere performed on the main stage.")


def test_a_village_of_the_pages_country_beats_an_island_abroad():
    page = _json_article("Praslin festival draws crowds", _PRASLIN,
                         "https://www.news.example.lc/local/story")
    assert page["country"] == "LC"
    page = _json_article("Praslin festival draws crowds",
                         _PRASLIN + "\n\nIt is one of the biggest events in Saint Lucia.",
                         "https://www.news.example.com/local/story")
    assert page["country"] == "LC"


def test_the_island_stays_the_small_states():
    text = ("The ferry to Praslin will run twice a day from Monday, the port authority "
            "said.\n\nTravellers from Victoria welcomed the change.")
    page = _json_article("Praslin ferry adds a second crossing", text,
                         "https://www.news.example.sc/local/story")
    assert page["country"] == "SC"
    page = _json_article("Gozo ferry fares to rise",
                         "Ferry fares between Malta and Gozo will rise next month.\n\n"
                         "The crossing takes 25 minutes.",
                         "https://www.news.example.com/local/story")
    assert page["country"] == "MT"


# --- A photo credit in capitals under a Cyrillic story --------------------------------------

def test_a_cyrillic_photo_credit_under_the_story_is_no_writer():
    for tail in ("Фото АВТОРА", "Фота АЎТАРА", "Фото ПРЕСС-СЛУЖБЫ", "Снимка БТА"):
        assert _be_page(tail)["authors"] == [], tail


def test_a_cyrillic_signoff_is_still_the_writer():
    assert _be_page("Алена ШУМСКАЯ\n\nФота аўтара")["authors"] == ["Алена Шумская"]
    assert _be_page("Оксана ПЕТРЕНКО")["authors"] == ["Оксана Петренко"]
