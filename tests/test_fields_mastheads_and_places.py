"""Classes of extraction failures found with bench/dev_set5 (the fifth held-out set,
tuned on once it was replaced): wire mastheads, datelines of more wires, labelled
credits, page stamps in more languages, and the main place of stories without a
dateline. One guard each, with a near miss that must stay as it is."""

from __future__ import annotations

import datetime as dt

from transforms import dates, geo, people
from transforms.clean import clean_text, masthead_wire
from transforms.dateline import find_dateline
from transforms.decode import content_hash_of, decode_payload
from transforms.process import process_record

BODY = ("The council approved the plan on Tuesday after a long debate about costs and "
        "the timetable for the works, officials said.")
MORE = ("Work on the first section is due to start in the spring, and the whole line should "
        "open within four years if the money is found.")


def _article(record: dict) -> dict:
    import orjson

    data = orjson.dumps(record)
    raw = decode_payload("record.json", data, file_hash=content_hash_of(data))[0]
    kind, article = process_record(raw, "m49-region")
    assert kind == "article", article
    return article


def test_wire_masthead_is_neither_headline_nor_body():
    page = (f"Kuwait News Agency (KUNA)\nHome\nLocal\nEconomy\n\nKuwait launches pilot to "
            f"recycle construction waste\n\nKUWAIT, Jan 14 (KUNA) -- {BODY}\n\n{MORE}\n")
    cleaned = clean_text(page)
    assert cleaned.title == "Kuwait launches pilot to recycle construction waste"
    assert masthead_wire("Kuwait News Agency (KUNA)") == "KUNA"
    assert masthead_wire("Agence Nationale d'Information") == ""  # an agency, unknown
    assert masthead_wire("Residents Protest Plan (Video)") is None


def test_wire_name_in_the_place_slot_is_the_agency():
    match = find_dateline("NNA - L'Union des municipalités a lancé mardi un projet.")
    assert (match.agency, match.city, match.country) == ("NNA", None, None)
    # A capitalised place that is no wire stays a place.
    assert find_dateline("ROMA, Texas — The city council met.").city == "Roma"


def test_more_dateline_shapes_of_wires():
    cases = {
        "Guwahati (Assam) [India], January 15 (ANI): Bamboo units opened.": ("Guwahati", "ANI"),
        "Hannover (epd). Die Stadt öffnet eine Wärmestube.": ("Hannover", "epd"),
        "Darkhan /MONTSAME/. The city opened a new school.": ("Darkhan", "Montsame"),
        "NUKU'ALOFA, 13 FEBRUARY 2024 (PACNEWS) ---- All new buildings will.":
            ("Nuku'alofa", "Pacnews"),
        "AL AIN, 14th March, 2024 (WAM) -- The cycling track reopened.": ("Al Ain", "WAM"),
        "PORT OF SPAIN, Trinidad, Mar 19, CMC – Maxi-taxi drivers met.": ("Port of Spain", "CMC"),
    }
    for lead, (city, agency) in cases.items():
        match = find_dateline(lead)
        assert (match.city, match.agency) == (city, agency), lead


def test_wire_tails_and_widgets_in_more_shapes():
    lines = ["CMC/sr/ir/2024", "================ R.H.", "Like this:", "Like Loading...",
             "Lihat Foto", "Baca juga: Halte Trans Semarang Dipindah Sementara",
             "Google News'te Takip Et",
             "This report is auto-generated from ANI news service. The Indian Chronicle holds "
             "no responsibility for its content.",
             "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran "
             "andalanmu akses berita Kompas.com WhatsApp Channel.", "....PACNEWS"]
    cleaned = clean_text(f"Solar heaters for schools\n\n{BODY}\n\n{MORE}\n\n" + "\n\n".join(lines))
    assert cleaned.paragraphs == [BODY, MORE]


def test_labelled_credits_between_pipes():
    line = "Penulis Kontributor Semarang, Riska Anggraeni | Editor Hendra Prasetyo"
    assert people.labelled_credits(line) == {"author": ["Riska Anggraeni"],
                                             "editor": ["Hendra Prasetyo"]}
    assert people.labelled_credits("News | Sport | Weather") is None


def test_outlet_slash_photographer_credit_line_and_gallery_counter():
    page = (f"Semarang adds bus routes\n\nBus Trans Semarang melintas di Jalan Pemuda.\n"
            f"KOMPAS.com/RISKA ANGGRAENI\n\nSEMARANG, KOMPAS.com - {BODY}\n")
    cleaned = clean_text(page)
    assert cleaned.captions == [{"text": "Bus Trans Semarang melintas di Jalan Pemuda.",
                                 "credit": "KOMPAS.com/RISKA ANGGRAENI"}]
    page = (f"Luggers to be restored\n\n1 of 5 The lugger Sunbeam has been on blocks for "
            f"years. Picture: Supplied\n\n{BODY}\n")
    assert clean_text(page).captions[0]["text"].startswith("The lugger Sunbeam")


def test_wire_named_after_the_writer_in_a_byline():
    assert people.byline_wire("By Eleanor Birch, PA Environment Correspondent") == "PA"
    assert people.wire_job("PA Environment Correspondent") == "PA"
    assert people.wire_job("Environment Correspondent") is None
    # A staff outlet after the names is no wire of the story.
    cleaned = clean_text(f"Snow on the Front Range\n\nBy Sam Whitfield, CNN\n\n{BODY}\n")
    assert cleaned.agency_hints == []


def test_page_stamps_in_more_languages():
    assert dates.is_date_line("mar 16 avr 2024 à 12:47") == dt.date(2024, 4, 16)
    assert dates.is_date_line("Kompas.com - 19/03/2024, 16:05 WIB") == dt.date(2024, 3, 19)
    cleaned = clean_text("Title\n\nGiriş: 26.03.2024 - 14:22 | Güncelleme: 26.03.2024 - 14:35"
                         f"\n\n{BODY}\n")
    assert cleaned.published_lines and BODY in cleaned.paragraphs[0]


def test_the_page_shown_publication_day_places_a_utc_stamp():
    article = _article({
        "url": "https://www.kbtv.example.com/2025/02/05/boise-libraries-solar/",
        "title": "Boise libraries will run on solar power",
        "date_publish": "2025-02-05 04:48:00+00:00",
        "maintext": f"Published: Feb. 4, 2025 at 9:48 PM MST\n\nBOISE, Idaho (AP) — {BODY}\n\n"
                    f"{MORE}",
    })
    assert article["date"] == "2025-02-04"


def test_main_place_after_de_and_common_words_and_the_site_domain():
    assert geo.places_in_head("El Metro de Medellín anunció nuevos horarios.") == [
        ("medellin", "CO")]
    assert geo.places_in_head("More than 400 vendors now have shelter.",
                              common="Vendors said more stalls were needed.") == []
    article = _article({
        "url": "https://www.arbnews.example.net.au/news/2024-03-12/pearling-luggers/1",
        "title": "Historic pearling luggers to be restored",
        "date_publish": "2024-03-12 09:00:00",
        "maintext": f"{BODY}\n\n{MORE}",
    })
    assert article["country"] == "AU"


def test_a_heading_above_the_dateline_is_not_joined_to_it():
    page = (f"Mango growers trained\n\nCôte d'Ivoire-AIP/ Korhogo : 2 000 producteurs de mangue "
            f"formés\nKorhogo, 12 avr 2024 (AIP) - {BODY}\n")
    cleaned = clean_text(page)
    assert any(p.startswith("Korhogo, 12 avr 2024 (AIP)") for p in cleaned.paragraphs)
    assert find_dateline(f"Korhogo, 12 avr 2024 (AIP) - {BODY}").city == "Korhogo"
