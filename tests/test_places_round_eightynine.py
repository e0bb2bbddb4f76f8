"""Classes of places missed on bench/dev_set88 (a retired held-out set, tuned on once it
was retired): an Arabic story that names its own country once and foreign ones as often
(where money comes from), but its own institutions and people by their nationality
adjectives ("البنك المركزي المصري", "للمصريين"); and an English headline that names a
country only as where people go ("heading home to Vanuatu") over a story set among
another country's towns. Synthetic text, with near misses that stay."""

from __future__ import annotations

from transforms import geo
from transforms.clean import clean_record
from transforms.decode import decode_payload
from transforms.extract import extract_article


def _country(text: str) -> str | None:
    record = decode_payload("page.txt", text.encode())[0]
    return extract_article(clean_record(record))["country"]


def _arabic_page(adjective_lines: str) -> str:
    return ("ارتفاع صادرات القطن خلال الربع الأول\n\n"
            "أعلنت الهيئة العامة للصادرات ارتفاع صادرات القطن خلال الربع الأول من العام.\n\n"
            "وقالت الهيئة إن الطلب جاء من الأردن وتونس وليبيا بشكل رئيسي.\n\n"
            f"{adjective_lines}\n\n"
            "وأضافت أن الموسم الزراعي في مصر شهد إنتاجا أكبر من العام الماضي.\n")


def test_arabic_nationality_adjectives_break_a_tie_for_the_own_country():
    page = _arabic_page("وأشار وزير الزراعة المصري إلى دعم الفلاحين المصريين "
                        "ومنح قروض للمزارعين عبر البنك الزراعي المصري.")
    assert _country(page) == "EG"


def test_arabic_tie_without_adjectives_stays_with_the_first_named():
    # Near miss: no nationality adjective, the tie goes as before (the first named).
    page = _arabic_page("وأشار الوزير إلى دعم الفلاحين ومنح قروض للمزارعين.")
    assert _country(page) == "JO"


def test_arabic_nationality_counts_take_glued_clitics():
    counts = geo.nationality_counts("دعم للمصريين والأردنية بالسوري", "ar")
    assert counts == {"EG": 1, "JO": 1, "SY": 1}
    # The country's own name is no adjective: "مصر" is counted as a country elsewhere.
    assert not geo.nationality_counts("في مصر وسوريا", "ar")


def _seasonal_page(title: str) -> str:
    return (f"{title}\n\n"
            "Dozens of seasonal orchard workers are heading home to Fiji this week, "
            "growers in Marlborough say.\n\n"
            "The workers pruned vines near Blenheim and most will fly out of Nelson.\n\n"
            "A grower said the average worker had saved more than in any year before.\n\n"
            "Church groups in Picton held a farewell lunch for the workers on Saturday.\n")


def test_headline_destination_yields_to_the_places_of_the_story():
    page = _seasonal_page("Orchard workers heading home to Fiji with bigger savings")
    assert _country(page) == "NZ"


def test_headline_place_that_is_no_destination_stays():
    # Near miss: the headline names Fiji as where the story is, not where people go.
    page = ("Floods close schools in Fiji\n\n"
            "Heavy rain closed dozens of schools across Fiji on Monday, officials in "
            "Suva said.\n\n"
            "Teachers said classrooms in low-lying villages were under water.\n")
    assert _country(page) == "FJ"


def test_destinations_reads_runs_and_their_openings():
    assert {"fiji", "fiji with"} <= geo._destinations("Workers Heading Home To Fiji With Cash")
    assert not geo._destinations("Fiji is home to many islands")
