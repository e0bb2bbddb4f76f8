"""Classes of extraction failures found with bench/dev_set7 (the seventh held-out set)
and bench/dev_set8 to dev_set11 (written unseen, measured once, then tuned on; dev_set11 was
the eighth held-out set): menus joined as
wrapped text, menu items and taglines taken for headlines, new dateline shapes, a
page's language choosing a city's namesake, desk-coded bylines, writer boxes and more
furniture. One guard each, with a near miss that must stay as it is where one exists."""

from __future__ import annotations

from transforms import geo, people
from transforms.clean import _tidy_credit, caption_split, chrome_kind, clean_record, clean_text
from transforms.dateline import find_dateline
from transforms.extract import extract_article

BODY = ("The council approved the plan on Tuesday after a long debate about costs and "
        "the timetable for the works, officials said.")
MORE = ("Work on the first section is due to start in the spring, and the whole line should "
        "open within four years if the money is found.")


def _text_record(text: str, **fields) -> dict:
    return {"id": "t", "source": "in/t.txt", "format": "text", "payload": text,
            "fields": {"text": text, **fields}}


def test_short_lines_of_a_menu_are_not_joined_as_wrapped_text():
    page = (f"TASS\nRussian Politics & Diplomacy\nWorld\nBusiness & Economy\nSociety & Culture\n\n"
            f"Vladivostok to launch year-round ferries to Russky Island\n\n{BODY}\n")
    assert clean_text(page).title == "Vladivostok to launch year-round ferries to Russky Island"
    # A hard-wrapped paragraph of a re-scrape is still joined.
    wrapped = ("The council approved the plan on Tuesday after a long\n"
               "debate about costs and the timetable, officials said.")
    assert clean_text(f"Headline of the story here\n\n{wrapped}\n").paragraphs == [
        " ".join(wrapped.split("\n"))]


def test_a_short_menu_item_before_the_kicker_is_not_the_headline():
    page = ("Ouest-France\nActualité\nSport\nBretagne\nNormandie\nPays de la Loire\n\nBrest\n\n"
            f"Brest : les bus et le tram seront gratuits tous les samedis\n\n{BODY}\n")
    assert clean_text(page).title == "Brest : les bus et le tram seront gratuits tous les samedis"


def test_a_tagline_above_a_menu_is_not_the_headline():
    page = ("The Asahi Shimbun\nASIA & JAPAN WATCH\nTop\nJapan\nPolitics\nBusiness\n\n"
            f"Kanazawa gold leaf makers feel the pinch as gold soars\n\n{BODY}\n")
    assert clean_text(page).title == "Kanazawa gold leaf makers feel the pinch as gold soars"


def test_navigation_links_and_print_edition_notes():
    for line in ("Skip to site index", "Today's Paper", "Share full article", "Lecture : 2 min.",
                 "AA", "Recevez chaque matin l'essentiel de l'actualité de Brest.",
                 "Comments will be moderated. Keep comments relevant to the article.",
                 "Follow The Citizen on WhatsApp for the latest news.",
                 "Veja mais notícias da região no g1 Campinas",
                 "VÍDEOS: tudo sobre Campinas e região",
                 "Noticed a mistake? Select the text and press Ctrl+Enter.",
                 "RTÉ is not responsible for the content of external Internet sites."):
        assert chrome_kind(line), line
    assert chrome_kind("Share prices rose sharply on Tuesday after the announcement.") is None
    # A bare link is the article's own text on many pages (shops, sources): kept.
    assert chrome_kind("https://english.example.org/News/512384.aspx") is None
    page = (f"Cable cars climb again in the capital\n\n{BODY}\n\n{MORE}\n\n"
            "A version of this article appears in print on Oct. 15, 2024, Section A, Page 8 of "
            "the New York edition with the headline: Old Cable Cars Back to Work.\n")
    assert clean_text(page).paragraphs == [BODY, MORE]


def test_nyt_credit_after_three_dots():
    page = ("Cable cars climb again in the capital\n\nBy Tamar Beridze\n\n"
            "A restored cable car above the Old Town.\nCredit...Levan Maisuradze for The Times\n\n"
            f"{BODY}\n")
    cleaned = clean_text(page)
    assert cleaned.captions == [{"text": "A restored cable car above the Old Town.",
                                 "credit": "Levan Maisuradze for The Times"}]


def test_credit_glued_to_the_caption_and_other_credit_labels():
    assert caption_split("Route 96 carries more passengers than any other route.Credit: "
                         "Marcus Lowe") == ("Route 96 carries more passengers than any other "
                                            "route.", "Marcus Lowe")
    assert caption_split("Tourists shelter from the sun in central Athens. [InTime News]") == (
        "Tourists shelter from the sun in central Athens.", "InTime News")
    for raw, credit in (("File | Photo Credit: MANOJ VARGHESE", "MANOJ VARGHESE"),
                        ("crédito: Caio Albuquerque/CB", "Caio Albuquerque/CB"),
                        ("Source: AAP / Glenn Cartwright", "AAP / Glenn Cartwright")):
        assert _tidy_credit(raw) == credit


def test_gallery_captions_are_split_at_their_counters():
    caption = ("Vehicles are stuck in traffic on a main road in Jakarta. REUTERS/Agus Santoso "
               "Purchase Licensing Rights, opens new tab")
    page = (f"Jakarta to charge drivers on busy roads\n\nItem 1 of 2 {caption}\n[1/2]{caption}\n\n"
            f"JAKARTA, Feb 18 (Reuters) - {BODY}\n")
    cleaned = clean_text(page)
    assert [c["text"] for c in cleaned.captions] == [
        "Vehicles are stuck in traffic on a main road in Jakarta."] * 2


def test_page_language_picks_the_namesake():
    assert geo.gazetteer().lookup_city("Brest").country == "BY"
    assert geo.gazetteer().lookup_city("Brest", language="fr").country == "FR"
    # A minority language listed for a country does not count ("Oran" on a French page
    # is still Oran in Algeria, not the Argentine town).
    assert geo.gazetteer().lookup_city("Oran", language="fr").country == "DZ"
    # English is read everywhere: no hint.
    assert geo.gazetteer().lookup_city("Brest", language="en").country == "BY"


def test_new_dateline_shapes():
    cases = {
        "APA-Nouakchott (Mauritanie) - Le gouvernement a signé": ("Nouakchott", "APA"),
        "ВИТЕБСК, 5 марта (БЕЛТА) – Двадцать новых троллейбусов": ("Vitebsk", "BelTA"),
        "Maribor, 5 March - The city council approved": ("Maribor", None),
        "BAKU, Azerbaijan, March 5. Baku will receive": ("Baku", None),
        "Arusha. The Arusha City Council says": ("Arusha", None),
        "Guayaquil (Ecuador), 19 mar (EFE).- El Municipio declaró": ("Guayaquil", "EFE"),
    }
    for lead, (city, agency) in cases.items():
        found = find_dateline(lead)
        assert found is not None, lead
        assert (found.city, found.agency) == (city, agency), lead
    # A word that only a small town is named is no dateline.
    assert find_dateline("Police. The officers arrived at noon.") is None


def test_desk_coded_byline_gives_writer_and_date():
    page = ("PMC to install smart water meters by March\n\n"
            "Ashwini Deshpande / TNN / Updated: Sep 12, 2024, 04:18 IST\n\n"
            f"PUNE: {BODY}\n")
    cleaned = clean_text(page)
    assert cleaned.bylines == ["Ashwini Deshpande"]
    assert cleaned.updated_lines


def test_author_fields_with_two_names_or_a_broadcaster():
    assert people.author_field_names("LUISA MEJÍA and DANIEL COSTA Associated Press") == [
        "Luisa Mejía", "Daniel Costa"]
    assert people.author_field_names("Von Anna Lehner, BR") == ["Anna Lehner"]
    assert people.author_field_names("Jane Doe") == ["Jane Doe"]
    assert people.clean_name("KERRY-ANN ALLEYNE") == "Kerry-Ann Alleyne"


def test_contributors_places_and_other_language_credits():
    assert people.contributed_names("Associated Press writer Marco Quintero in San Juan, "
                                    "Puerto Rico, contributed to this report.") == [
        "Marco Quintero"]
    assert people.credits_line("Avec les informations de Mathieu Gagnon") is not None
    # "Additional reporting by CNA" is a credit that names a wire, not a person.
    assert people.credits_line("Additional reporting by CNA") is not None
    assert people.credits_line("Reporting by the council found that costs rose") is None


def test_writer_box_and_broadcast_note_under_the_story():
    page = (f"Incofer abrirá licitación para trenes\n\nPor Natalia Vargas\n\n{BODY}\n\n{MORE}\n\n"
            "Natalia Vargas\n\nPeriodista de la sección de El País. Cubre temas de "
            "infraestructura y transporte.\n")
    assert clean_text(page).paragraphs == [BODY, MORE]
    page = (f"Fahrerlose U-Bahn soll bis 2030 fahren\n\n{BODY}\n\n{MORE}\n\n"
            "Dieses Thema im Programm: BR24 im Radio am 22. Oktober 2024 um 06:00 Uhr.\n")
    assert clean_text(page).paragraphs == [BODY, MORE]


def test_related_list_headers_and_their_end():
    page = (f"Festival breaks its record\n\n{BODY}\nMirá también\nJesús María: cómo será la "
            f"grilla del festival\n{MORE}\n")
    cleaned = clean_text(page, lines_are_paragraphs=True)
    assert cleaned.related_headlines == ["Jesús María: cómo será la grilla del festival"]
    assert MORE in cleaned.paragraphs
    page = (f"Arusha terminal to open\n\n{BODY}\n\n{MORE}\n\n"
            "Related\nDodoma BRT reaches 60 percent\n")
    assert clean_text(page).paragraphs == [BODY, MORE]


def test_wire_short_and_long_name_line_and_site_source_line():
    page = (f"Samoa rations water in capital\n\nBy Losa Taualo\nAFP - Agence France Presse\n\n"
            f"{BODY}\n\n{MORE}\n\nSource: SBS News\n")
    cleaned = clean_text(page)
    assert cleaned.agency_hints == ["AFP"]
    assert cleaned.paragraphs == [BODY, MORE]


def test_only_an_updated_stamp_and_trafilatura_site_name():
    record = _text_record(f"Ferry resumes\n\nUpdated: May 9, 2021\n\n{BODY}\n")
    article = extract_article(clean_record(record))
    assert (article["date"], article["date_source"]) == ("2021-05-09", "updated_line")


def test_more_furniture_of_the_ninth_and_tenth_sets():
    for line in ("Find more local news",
                 "Get Current Updates on India News, Lucknow News along with Latest News",
                 "Keep up to date with what's happening in Turkey, its region and the world.",
                 "Vous avez aimé cet article ? Partagez-le !",
                 "Ikuti berita terkini dari Tempo di Google News, klik di sini",
                 "Support PREMIUM TIMES' journalism of integrity and credibility",
                 "Laisser un commentaire", "Votre adresse e-mail ne sera pas publiée.",
                 "Please log in here to leave a comment.",
                 "Os comentários deste artigo estão fechados.",
                 "Partilhe este artigo", "Subscreva a newsletter Ípsilon",
                 "This is AI generated summarization, which may have errors.",
                 "How does this make you feel?", "TEXT AD: Call Kunle - 0809 000 1234",
                 "Disclaimer: All content is copyright of Press Trust of India.",
                 "Anadolu Agency website contains only a portion of the news stories offered",
                 "Lire aussi | Viticulture : en Gironde, la détresse des vignerons",
                 "Pilihan Editor: Warga Cimahi Diminta Kurangi Sampah Plastik"):
        assert chrome_kind(line), line
    assert chrome_kind("Please keep calm, the mayor told residents on Tuesday night.") is None
    page = (f"Lassa fever cases rise in Ondo\n\n{BODY}\n\n{MORE}\n\nAt Premium Times, we firmly "
            "believe in the importance of high-quality journalism. Recognizing that not everyone "
            "can afford costly news subscriptions, we are dedicated to free news.\n\n"
            "Este artigo foi publicado originalmente na edição impressa do semanário Expresso.\n")
    assert clean_text(page).paragraphs == [BODY, MORE]


def test_bylines_of_the_ninth_and_tenth_sets():
    assert people.byline_names("Selin Karaca   |04.03.2025 - Update : 04.03.2025") == [
        "Selin Karaca"]
    assert people.byline_stamp("Selin Karaca |04.03.2025 - Update : 04.03.2025").startswith(
        "04.03.2025")
    assert people.byline_names("Jūratė Vaitkutė, LRT.lt") == ["Jūratė Vaitkutė"]
    assert people.byline_names("Rina Puspitasari - detikJogja") == ["Rina Puspitasari"]
    assert people.byline_names("Aizada Sultanova | Tobias Marquardt") == [
        "Aizada Sultanova", "Tobias Marquardt"]
    assert people.byline_names("Claire Dufourcq (Bordeaux, correspondante)") == [
        "Claire Dufourcq"]
    assert people.byline_names("OLJ / Par Rania Haddad, le 18 mars 2025 à 17h14") == [
        "Rania Haddad"]
    assert people.clean_name("La República") is None
    assert people.clean_name("Gwenaëlle Le Goff") == "Gwenaëlle Le Goff"
    assert people.credits_line("With files from Samuel Ipeelie") is not None
    # A byline between bars survives the footer rule that drops "Home | News | Sport".
    page = (f"Lemon exports rebound in Mersin\n\nSelin Karaca   |04.03.2025 - Update : 04.03.2025"
            f"\n\nMERSIN\n\n{BODY}\n")
    cleaned = clean_text(page)
    assert cleaned.bylines == ["Selin Karaca"] and cleaned.published_lines
    assert chrome_kind("Home | News | Sport") == "navigation"


def test_credits_and_captions_of_the_ninth_and_tenth_sets():
    for raw, credit in (("File: Abdoulaye Idriss/Reuters", "Abdoulaye Idriss/Reuters"),
                        ("Post Photo: Bimala Gurung", "Bimala Gurung"),
                        ("| Jorge Ruelas", "Jorge Ruelas"),
                        ("Źródło zdjęcia głównego: PAP/Tomasz Wójcik", "PAP/Tomasz Wójcik")):
        assert _tidy_credit(raw) == credit
    assert caption_split("Floodwater surrounds houses in Mosgiel. PHOTO: HAMISH McLEOD") == (
        "Floodwater surrounds houses in Mosgiel.", "HAMISH McLEOD")
    page = ("Carnaval de Luanda: Estrela do Cazenga conquista o título\n\nAdelino Mbemba\n\n"
            "Grupo Estrela do Cazenga durante o desfile na Nova Marginal\n"
            "Fotografia: Domingos Cadete | Edições Novembro\n\n"
            f"{BODY}\n\n{MORE}\n")
    assert clean_text(page).captions == [{
        "text": "Grupo Estrela do Cazenga durante o desfile na Nova Marginal",
        "credit": "Domingos Cadete | Edições Novembro"}]
    page = ("Durian prices drop in Davao\n\nJezza Montalban\n\n"
            "DURIAN SEASON. A vendor arranges durian at a fruit stand in Davao City.\n"
            "Jezza Montalban/Rappler\n\n"
            f"DAVAO CITY, Philippines – {BODY}\n")
    assert clean_text(page).captions[0]["credit"] == "Jezza Montalban/Rappler"


def test_dates_of_the_ninth_and_tenth_sets():
    from transforms import dates
    assert dates.is_date_line("2025.01.18 17:40") is not None
    assert dates.is_date_line("Aug 20, 2024 4:12 PM PHT") is not None
    assert dates.is_date_line("11.07.2024 • 12:47") is not None
    assert dates.is_date_line("Selasa, 20 Agu 2024 14:05 WIB") is not None
    # A URL that names the chosen day as well holds no earlier first run.
    chosen = dates.DateClue("metadata", __import__("datetime").date(2024, 10, 27), "2024-10-27")
    url_clue = dates.DateClue("url", __import__("datetime").date(2009, 1, 1), "2009-01-01")
    url = "https://example.de/a-dpa.urn-newsml-dpa-com-20090101-241027-930-271558"
    assert dates.first_run_in_url(chosen, [chosen, url_clue], url) == chosen
    assert dates.first_run_in_url(chosen, [chosen, url_clue], "https://example.de/x") == url_clue


def test_place_line_and_anadolu_masthead():
    record = _text_record("La República\nRamón Estévez\nSantiago, RD\n24/09/2024 00:00\n"
                          f"SANTIAGO.– {BODY}\n{MORE}\n")
    record["fields"]["text"] = record["payload"]
    article = extract_article(clean_record(record))
    assert article["country"] == "DO"
    page = (f"AA\nTürkiye\nTR\nEN\n\nPistachio prices jump in Gaziantep as harvest shrinks\n\n"
            f"Mehmet Ali Kaya   |12.09.2024 - Update : 12.09.2024\n\nGAZIANTEP\n\n{BODY}\n")
    assert "Anadolu" in clean_text(page).agency_hints


def test_classes_of_the_eleventh_set():
    menu = "Menu\nWorld\nU.S.\nPolitics\nSports\nFact Check\nDonate\n\n"
    page = (f"{menu}Montana judge orders state to reopen fishing access site\n\n"
            f"By DALE KETTERING\n\n{BODY}\n")
    assert clean_text(page).title == "Montana judge orders state to reopen fishing access site"
    page = ("Democracy Dies in Darkness\nSections\nMaryland\n\n"
            "Baltimore will use opioid settlement "
            f"money for a 24-hour crisis center\n\nBy Marissa Holt\n\n{BODY}\n")
    assert clean_text(page).title.startswith("Baltimore will use opioid settlement money")
    assert people.byline_names("Linh Tran in Ho Chi Minh City") == ["Linh Tran"]
    assert people.byline_names("Democracy Dies in Darkness") is None
    for line in ("Roula Khalaf, Editor of the FT, selects her favourite stories in this weekly "
                 "newsletter.", "Unlock the Editor's Digest for free", "Save", "Haberin Devamı",
                 "Ten artykuł przeczytasz w mniej niż 3 minuty"):
        assert chrome_kind(line), line
    page = (f"Fangquoten für die Ostsee\n\nDas Wichtigste in Kürze\nDie EU hat die Fangmengen "
            "festgelegt.\nFür Sprotten gibt es 40 Prozent weniger.\nVon Birte Hansen, dpa\n\n"
            f"Kiel (dpa/lno) - {BODY}\n")
    cleaned = clean_text(page)
    assert cleaned.bylines == ["Birte Hansen"]
    assert cleaned.paragraphs[0].startswith("Kiel (dpa/lno)")
    page = (f"Museum draws visitors\n\n{BODY}\n\n{MORE}\n\nShort link:\n"
            "https://english.example.org/News/512384.aspx\n")
    assert clean_text(page).paragraphs == [BODY, MORE]
    assert people.clean_name("Justyna Malec/ads") == "Justyna Malec"
    assert people.clean_name("Carlo Ybañez/Rappler.com") == "Carlo Ybañez"
    assert people.credits_line("– with reports from Carlo Ybañez") is not None
    assert _tidy_credit("AP Photo/Tom Sandvik, File") == "AP Photo/Tom Sandvik"
    assert caption_split("Fireworks light up the sky over the river. Photo by VnExpress/Nguyen "
                         "Dong") == ("Fireworks light up the sky over the river.",
                                     "VnExpress/Nguyen Dong")
    text = (f"{BODY}\nFireworks light up the sky over the river. Photo by VnExpress/Nguyen Dong\n"
            f"{MORE}\n")
    cleaned = clean_text(text, first_line_is_title=False, title_hint="Fireworks festival")
    assert [c["credit"] for c in cleaned.captions] == ["VnExpress/Nguyen Dong"]
    from transforms.clean import masthead_wire
    assert masthead_wire("ANSA.it") == "ANSA"


def test_sign_offs_and_a_coded_byline_on_a_joined_line():
    text = ("Liban\nOLJ / Par Rania Haddad, le 18 mars 2025 à 17h14\n"
            f"{BODY}\n{MORE}\n")
    cleaned = clean_text(text, first_line_is_title=False, title_hint="EDL: nouvelle grille")
    assert cleaned.bylines == ["Rania Haddad"]
    assert cleaned.paragraphs == [BODY, MORE]
    cleaned = clean_text(f"{BODY}\n{MORE}\nJLMR\n", first_line_is_title=False,
                         title_hint="Recortes de agua", lines_are_paragraphs=True)
    assert cleaned.paragraphs == [BODY, MORE]
    assert chrome_kind("Regionaljournal Zentralschweiz, 14.01.2025, 17:30 Uhr ; srf/mosa")
