# ruff: noqa: E501  (fixture pages keep their long, unwrapped paragraph lines)
"""Unit tests of transforms.clean: unicode repair, chrome detection, clean_text, clean_record.

Every page below is invented; the structure imitates scraped wire pages.
"""

from __future__ import annotations

import pytest

from tests.conftest import FIXTURES
from transforms.clean import chrome_kind, clean_record, clean_text, repair_unicode
from transforms.deadletters import RecordError


def norm(text: str) -> str:
    return " ".join(text.split())


# ---------------------------------------------------------------------------
# repair_unicode


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("The minister didnâ€™t comment.", "The minister didn’t comment."),
        ("A cafÃ© in SÃ£o Paulo", "A café in São Paulo"),
        ("â€œWe will stay,â€\x9d she said.", "“We will stay,” she said."),
        ("12\u00a0percent", "12 percent"),
        ("thin\u2009space and narrow\u202fspace", "thin space and narrow space"),
        ("zero\u200bwidth\u200c join\u200dner\ufeff", "zerowidth joinner"),
        ("soft\u00adhyphen", "softhyphen"),
        ("line one\r\nline two\rline three", "line one\nline two\nline three"),
        ("e\u0301te\u0301", "été"),  # decomposed accents -> NFC
        ("Curly ‘quotes’ stay “curly”", "Curly ‘quotes’ stay “curly”"),
    ],
)
def test_repair_unicode(raw, expected):
    assert repair_unicode(raw) == expected


# ---------------------------------------------------------------------------
# chrome_kind: each family, then many ordinary sentences that must stay text.


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Article type: premium", "paywall_metadata"),
        ("User Type: registered reader", "paywall_metadata"),
        ("User Status:", "paywall_metadata"),
        ("Campaign ID: 73", "paywall_metadata"),
        ("Cxense type: paid", "paywall_metadata"),
        ("User access status: 1", "paywall_metadata"),
        ("Paywall status: open", "paywall_metadata"),
        ("Join our WhatsApp channel for breaking alerts on the elections", "promo"),
        ("Sign up for our morning briefing", "promo"),
        ("Subscribe now", "promo"),
        ("Follow us on Instagram", "promo"),
        ("Get our free business newsletter delivered every weekday", "promo"),
        ("Download our free app for live results", "promo"),
        ("Already a subscriber? Log in", "promo"),
        ("Síguenos en Facebook", "promo"),
        ("Suscríbete a nuestro boletín diario", "promo"),
        ("Jetzt abonnieren", "promo"),
        ("Folgen Sie uns auf Twitter", "promo"),
        ("Abonnez-vous à notre lettre d'information", "promo"),
        ("Suivez-nous sur Instagram", "promo"),
        ("Share", "share_widget"),
        ("Share this article", "share_widget"),
        ("Share on WhatsApp", "share_widget"),
        ("Facebook", "share_widget"),
        ("Copy link", "share_widget"),
        ("Tweet | Email | Print", "share_widget"),
        ("48 comments", "share_widget"),
        ("Reuse this content", "share_widget"),
        ("Teilen", "share_widget"),
        ("Compartir", "share_widget"),
        ("Advertisement", "advertisement"),
        ("ADVERTISEMENT", "advertisement"),
        ("Story continues below advertisement", "advertisement"),
        ("Anzeige", "advertisement"),
        ("Publicidad", "advertisement"),
        ("Publicité", "advertisement"),
        ("We use cookies to give you a better experience on our website.", "cookie"),
        ("Accept all cookies", "cookie"),
        ("Wir verwenden Cookies, um die Seite zu verbessern.", "cookie"),
        ("Copyright 2021 The Associated Press. All rights reserved.", "copyright"),
        ("This material may not be published, broadcast, rewritten or redistributed.",
         "copyright"),
        ("©2021 Bloomberg L.P.", "copyright"),
        ("(c) Agencia EFE", "copyright"),
        ("© dpa-infocom, dpa:210506-99-765432/2", "copyright"),
        ("Our Standards: The Thomson Reuters Trust Principles.", "copyright"),
        ("Todos los derechos reservados.", "copyright"),
        ("To contact the reporter on this story: Lena Park in Seoul at lpark@example.com",
         "contact"),
        ("To contact the editors responsible for this story: Sam Oduya at so@example.com",
         "contact"),
        ("Source: Al Jazeera and news agencies", "contact"),
        ("Home", "navigation"),
        ("Skip to main content", "navigation"),
        ("Back to top", "navigation"),
        ("4 min read", "navigation"),
        ("Listen to this article", "navigation"),
        ("___", "navigation"),
        ("-----", "navigation"),
    ],
)
def test_chrome_kind_families(line, kind):
    assert chrome_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Read more: Flooding forces families from riverside homes",
        "READ MORE: Flooding forces families from riverside homes",
        "See also: How the new tax rules affect renters",
        "Watch: Rescue teams reach the stranded village",
    ],
)
def test_inline_related_links_are_chrome(line):
    assert chrome_kind(line) == "inline_link"


ORDINARY_SENTENCES = [
    # English
    "Share prices in Tokyo fell 2% on Friday as investors weighed weaker export data.",
    "Shares of the carmaker rose after it raised its profit forecast.",
    "Sign up rates for the new pension plan were lower than expected, officials said.",
    "Subscribers to the streaming service grew by 4 million in the quarter.",
    "More than 300 people were evacuated from the flooded district overnight.",
    "Next year's budget will include new spending on rail lines, the minister said.",
    "Print editions of the newspaper will end in December, the publisher said.",
    "Comments made by the senator drew criticism from both parties.",
    "Advertising revenue at the broadcaster fell by a fifth in 2020.",
    "Follow-up inspections found no further leaks at the plant.",
    "Home sales in the capital fell for a third straight month in April.",
    "Search teams found the missing hikers alive on Sunday morning.",
    "Close to half of the country's wheat crop was damaged by frost.",
    "Listen carefully, the coach told his players before the final.",
    "Support for the ruling party slipped to 31% in the latest poll.",
    "Get the vaccine as soon as you can, the health minister urged.",
    "Related costs will be borne by the state, the court ruled.",
    "Read the full statement on the ministry's website, a spokesman said.",
    "Media reports said the talks would resume next week.",
    "Email records showed the official had been warned twice.",
    "Press freedom groups condemned the arrest of the two journalists.",
    "Ad hoc committees will review the proposal before the summer recess.",
    "Editors picked the photograph as the image of the year.",
    "The regulator fined the retailer over its cookie policy, saying it broke privacy rules.",
    "Copyright disputes between news publishers and technology firms have multiplied this year.",
    "Video-game sales rose 12% in the first quarter, the industry group said.",
    '"Subscribe to nothing and trust no one," the author joked at the festival.',
    # Spanish
    "El presidente dijo que el acuerdo comercial entrará en vigor en julio.",
    "Los suscriptores de la plataforma aumentaron un 10% en el trimestre.",
    "Publicidad engañosa: la autoridad multó a la empresa con 2 millones de euros.",
    "Compartir información con la policía es obligatorio, según la nueva ley.",
    # German
    "Die Regierung will die Steuern für kleine Unternehmen senken.",
    "Anzeigen gegen den Bürgermeister wurden von der Staatsanwaltschaft geprüft.",
    "Werbung für Tabak soll nach dem Willen der Regierung ganz verboten werden.",
    # French
    "Le gouvernement a annoncé un plan de relance pour le secteur du tourisme.",
    "Partager les richesses est un objectif du gouvernement, a dit le ministre.",
    # Portuguese and Italian
    "O governo anunciou novas medidas para conter a inflação.",
    "Il governo ha approvato il decreto sulle pensioni.",
]


@pytest.mark.parametrize("line", ORDINARY_SENTENCES)
def test_ordinary_sentences_are_not_chrome(line):
    assert chrome_kind(line) is None


def test_long_lines_are_never_chrome():
    assert chrome_kind("Advertisement " * 40) is None
    assert chrome_kind("") is None


# ---------------------------------------------------------------------------
# clean_text on a wire page shaped like a scraped Reuters article.

WIRE_PAGE = (FIXTURES / "wire_page.txt").read_text(encoding="utf-8")

WIRE_BODY = [
    "MEXICO CITY (Reuters) - Dock workers at Mexico's busiest Gulf coast port agreed on Thursday "
    "to end a four-day strike after the port operator offered a pay rise, union leaders said.",
    "The walkout had left dozens of container ships waiting offshore and delayed shipments of "
    "auto parts bound for factories in the north of the country.",
    '"We got most of what we asked for," said a union spokesman, adding that crews would return '
    "to work on the night shift.",
    "The operator said it would raise base wages by 9% this year and review overtime rules with "
    "the union by July.",
    "Shipping agents said it could take a week to clear the backlog of vessels anchored off the "
    "coast.",
]

WIRE_CHROME = [
    "Article type: premium",
    "User Type: registered reader",
    "Campaign ID",
    "Cxense",
    "User access status",
    "Join our Telegram channel",
    "Next In World",
    "Stories You'll Enjoy",
    "REUTERS/Lucia Ferrand",
    "Reporting by",
    "Editing by",
    "Flooding forces thousands",
]


@pytest.fixture(scope="module")
def wire() -> object:
    return clean_text(WIRE_PAGE)


def test_wire_title(wire):
    assert wire.title == "Harbour workers in Veracruz end strike after wage deal"


def test_wire_caption_and_credit(wire):
    assert wire.captions == [{
        "text": "Dock workers gather outside the port authority offices in Veracruz, Mexico, "
                "May 6, 2021.",
        "credit": "REUTERS/Lucia Ferrand",
    }]


def test_wire_credits_line(wire):
    assert wire.credits == [
        "Reporting by Ana Ruiz in Mexico City; Additional reporting by Tom Becker in "
        "Washington; Editing by Paul Simms"
    ]


def test_wire_section_and_related_headlines(wire):
    assert wire.section == "World"
    assert wire.related_headlines == [
        "Flooding forces thousands from homes in southern Brazil",
        "Kenyan runners dominate marathon in heavy rain",
        "Parliament in Lisbon approves new housing law",
    ]


def test_wire_body_paragraphs_exact(wire):
    # the hard-wrapped lead is joined back into one paragraph
    assert wire.paragraphs == WIRE_BODY


def test_wire_body_has_no_chrome(wire):
    body = "\n".join(wire.paragraphs)
    for fragment in WIRE_CHROME:
        assert fragment not in body


def test_wire_removed_counts(wire):
    assert wire.removed["paywall_metadata"] == 6
    assert wire.removed["promo"] == 1
    assert wire.removed["caption"] == 1
    assert wire.removed["credits"] == 1


def test_hard_wrapped_paragraphs_are_joined():
    text = (
        "Title of a wrapped page\n\n"
        "The central bank left its key interest rate unchanged on Wednesday, saying\n"
        "inflation was still too high to justify a cut, but signalled that it could\n"
        "begin easing policy before the end of the year.\n\n"
        "Economists polled last week had expected the decision.\n"
    )
    cleaned = clean_text(text)
    assert cleaned.paragraphs == [
        "The central bank left its key interest rate unchanged on Wednesday, saying inflation "
        "was still too high to justify a cut, but signalled that it could begin easing policy "
        "before the end of the year.",
        "Economists polled last week had expected the decision.",
    ]


def test_lines_are_paragraphs_keeps_each_line():
    text = "First paragraph without a full stop\nSecond paragraph also without one"
    cleaned = clean_text(text, first_line_is_title=False, lines_are_paragraphs=True)
    assert cleaned.paragraphs == ["First paragraph without a full stop",
                                  "Second paragraph also without one"]
    assert cleaned.title is None


def test_title_hint_removes_repeated_title():
    text = "Ferry service resumes after storm\nThe ferry to the islands resumed on Monday."
    cleaned = clean_text(text, first_line_is_title=False,
                         title_hint="Ferry Service Resumes After Storm",
                         lines_are_paragraphs=True)
    assert cleaned.title == "Ferry Service Resumes After Storm"
    assert cleaned.paragraphs == ["The ferry to the islands resumed on Monday."]


def test_lead_paragraph_with_dateline_is_not_taken_as_title():
    text = "LIMA (Reuters) - Peru's congress approved the budget on Monday.\n\nMore text follows here."
    cleaned = clean_text(text)
    assert cleaned.title is None
    assert cleaned.paragraphs[0].startswith("LIMA (Reuters) - ")


# ---------------------------------------------------------------------------
# AP, Bloomberg, dpa and EFE pages.

AP_PAGE = """University lab unveils cheaper way to store solar power

By MARIA LOPEZ Associated Press

CAMBRIDGE, Mass. (AP) — Researchers at a university lab near Boston said Thursday they had built a battery cell that stores solar power for a fraction of the usual cost.

The team said the cell uses iron and salt water instead of rare metals, and that a pilot plant could open within two years.

Outside experts said the results were promising but cautioned that many lab advances never reach the market.

___

Associated Press writer Kofi Osei in Washington contributed to this report.

Copyright 2021 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
"""


def test_ap_page():
    cleaned = clean_text(AP_PAGE)
    assert cleaned.title == "University lab unveils cheaper way to store solar power"
    assert cleaned.bylines == ["Maria Lopez"]
    assert cleaned.contributors == ["Kofi Osei"]
    assert len(cleaned.paragraphs) == 3
    assert cleaned.paragraphs[0].startswith("CAMBRIDGE, Mass. (AP) — Researchers")
    assert cleaned.paragraphs[-1].startswith("Outside experts said")
    body = "\n".join(cleaned.paragraphs)
    for chrome in ("___", "contributed", "Copyright", "Associated Press writer", "By MARIA"):
        assert chrome not in body


def test_ap_byline_with_two_shouted_names():
    page = AP_PAGE.replace("By MARIA LOPEZ Associated Press",
                           "By MARIA LOPEZ and DEVON HART Associated Press")
    cleaned = clean_text(page)
    assert cleaned.bylines == ["Maria Lopez", "Devon Hart"]


BLOOMBERG_PAGE = """Copper climbs as Chinese factories restart after holiday

(Bloomberg) -- Copper rose to its highest level in a month as factories in China returned from a week-long holiday and traders bet on stronger demand for the metal.

Prices on the London Metal Exchange gained as much as 1.8% on Monday, while stockpiles in Shanghai warehouses fell for a third week.

Analysts said the rally could fade if power shortages force smelters to cut output again.

--With assistance from Lena Park and Omar Haddad.

To contact the reporter on this story:
Wei Tan in Singapore at wtan@example.com

To contact the editors responsible for this story:
Ravi Menon at rmenon@example.com

©2021 Bloomberg L.P.
"""


def test_bloomberg_page():
    cleaned = clean_text(BLOOMBERG_PAGE)
    assert cleaned.title == "Copper climbs as Chinese factories restart after holiday"
    assert cleaned.contributors == ["Lena Park", "Omar Haddad"]
    assert len(cleaned.paragraphs) == 3
    assert cleaned.paragraphs[0].startswith("(Bloomberg) -- Copper rose")
    body = "\n".join(cleaned.paragraphs)
    for chrome in ("With assistance", "To contact", "example.com", "Bloomberg L.P."):
        assert chrome not in body


DPA_PAGE = """Bahnstreik legt Fernverkehr in ganz Deutschland lahm

Von Anna Schmidt, dpa

Teilen

Reisende warten am Hauptbahnhof auf Informationen zu ihren Zügen. Foto: Karl Brandt/dpa

Berlin (dpa) - Ein Streik der Lokführer hat am Donnerstag große Teile des Fernverkehrs in Deutschland zum Erliegen gebracht.

Die Gewerkschaft hatte ihre Mitglieder aufgerufen, die Arbeit bis Freitagmorgen niederzulegen, nachdem die Tarifgespräche gescheitert waren.

Anzeige

Reisende mussten an vielen Bahnhöfen stundenlang warten, während die Bahn einen Notfahrplan einrichtete.

© dpa-infocom, dpa:210506-99-123456/2

Newsletter abonnieren

Mehr zum Thema
Lokführer kündigen weitere Warnstreiks an
Pendler steigen auf Fernbusse um
"""


def test_dpa_page():
    cleaned = clean_text(DPA_PAGE)
    assert cleaned.title == "Bahnstreik legt Fernverkehr in ganz Deutschland lahm"
    assert cleaned.bylines == ["Anna Schmidt"]
    assert cleaned.related_headlines == ["Lokführer kündigen weitere Warnstreiks an",
                                         "Pendler steigen auf Fernbusse um"]
    assert len(cleaned.paragraphs) == 3
    assert cleaned.paragraphs[0].startswith("Berlin (dpa) - Ein Streik")
    body = "\n".join(cleaned.paragraphs)
    for chrome in ("Teilen", "Anzeige", "dpa-infocom", "abonnieren", "Mehr zum Thema",
                   "Foto:", "Karl Brandt"):
        assert chrome not in body
    assert len(cleaned.captions) == 1
    assert cleaned.captions[0]["credit"] == "Karl Brandt/dpa"


def test_dpa_caption_text_loses_the_foto_label():
    cleaned = clean_text(DPA_PAGE)
    assert cleaned.captions[0]["text"] == (
        "Reisende warten am Hauptbahnhof auf Informationen zu ihren Zügen."
    )


EFE_PAGE = """Lluvias dejan sin luz a miles de hogares en el sur de México

Publicidad

Vecinos retiran lodo de una calle inundada en Villahermosa, México, el 6 de mayo de 2021. EFE/Luis Torres

CIUDAD DE MÉXICO, 6 may (EFE).- Las fuertes lluvias que azotaron este jueves el sur de México dejaron sin electricidad a más de 50.000 hogares, informaron las autoridades.

La Comisión Federal de Electricidad explicó que sus cuadrillas trabajan para restablecer el servicio en las zonas más afectadas antes del fin de semana.

Protección Civil pidió a la población evitar cruzar ríos y arroyos crecidos mientras continúe la temporada de tormentas.

(c) Agencia EFE

Síguenos en Twitter, Facebook e Instagram

Noticias relacionadas
Sequía amenaza cosechas en el norte del país
Nuevo puente une dos estados del Golfo
"""


def test_efe_page():
    cleaned = clean_text(EFE_PAGE)
    assert cleaned.title == "Lluvias dejan sin luz a miles de hogares en el sur de México"
    assert cleaned.captions == [{
        "text": "Vecinos retiran lodo de una calle inundada en Villahermosa, México, el 6 de "
                "mayo de 2021.",
        "credit": "EFE/Luis Torres",
    }]
    assert cleaned.related_headlines == ["Sequía amenaza cosechas en el norte del país",
                                         "Nuevo puente une dos estados del Golfo"]
    assert len(cleaned.paragraphs) == 3
    assert cleaned.paragraphs[0].startswith("CIUDAD DE MÉXICO, 6 may (EFE).- Las fuertes")
    body = "\n".join(cleaned.paragraphs)
    for chrome in ("Publicidad", "Agencia EFE", "Síguenos", "Noticias relacionadas",
                   "Luis Torres"):
        assert chrome not in body


# ---------------------------------------------------------------------------
# "Published" / "Updated" lines, and prose that merely starts with those words.

DATED_PAGE = """Museum reopens with a new wing

Published: May 6, 2021 at 9:14 a.m. EDT
Updated: May 7, 2021 at 11:02 a.m. EDT

The city museum reopened its doors on Thursday after two years of building work, adding a wing for modern art.

Curators said the new galleries would host rotating shows from collections in Asia and Africa.
"""


def test_published_and_updated_lines_leave_the_body():
    cleaned = clean_text(DATED_PAGE)
    assert cleaned.published_lines == ["May 6, 2021 at 9:14 a.m. EDT"]
    assert cleaned.updated_lines == ["May 7, 2021 at 11:02 a.m. EDT"]
    body = "\n".join(cleaned.paragraphs)
    assert "Published" not in body and "Updated" not in body
    assert len(cleaned.paragraphs) == 2


@pytest.mark.parametrize(
    ("line", "captured"),
    [
        ("Publicado el 6 de mayo de 2021", "6 de mayo de 2021"),
        ("Veröffentlicht am 06.05.2021, 14:32 Uhr", "06.05.2021, 14:32 Uhr"),
        ("Last updated on May 7, 2021", None),
    ],
)
def test_published_lines_in_other_languages(line, captured):
    cleaned = clean_text(f"Some title here\n\n{line}\n\nThe body of the story goes on here "
                         "with enough words to be a real paragraph.")
    assert line not in cleaned.paragraphs
    if captured:
        assert cleaned.published_lines == [captured]
    else:
        assert cleaned.updated_lines == ["May 7, 2021"]


def test_prose_starting_with_updated_or_published_stays_in_body():
    page = (
        "Museum reopens with a new wing\n\n"
        "The city museum reopened its doors on Thursday after two years of building work.\n\n"
        "Updated figures from the city showed 12,000 people visited in the first weekend.\n\n"
        "Published in 1998, the museum's catalogue sold more than a million copies.\n"
    )
    cleaned = clean_text(page)
    assert len(cleaned.paragraphs) == 3
    assert cleaned.published_lines == []
    assert cleaned.updated_lines == []


def test_prose_starting_with_by_or_de_is_not_a_byline():
    page = (
        "Wildfire forces evacuations in hill towns\n\n"
        "By JANE DOE The Valley Star\n\n"
        "SANTA ROSA, Calif. — A fast-moving wildfire forced thousands of residents to flee hill "
        "towns north of the city on Sunday.\n\n"
        "By the time fire crews reached the ridge, the flames had jumped the highway.\n\n"
        "De acuerdo con los bomberos, el viento cambió de dirección al mediodía.\n\n"
        "Officials said no injuries had been reported and that shelters had opened.\n"
    )
    cleaned = clean_text(page)
    assert cleaned.bylines == ["Jane Doe"]
    assert [p.split()[0] for p in cleaned.paragraphs] == ["SANTA", "By", "De", "Officials"]


def test_inline_read_more_link_leaves_the_body():
    page = (
        "Rivers burst their banks after days of rain\n\n"
        "Several rivers burst their banks on Tuesday after four days of heavy rain, officials "
        "said.\n\n"
        "Read more: Farmers count the cost of a wet spring\n\n"
        "Rescue teams used boats to reach villages cut off by the water.\n"
    )
    cleaned = clean_text(page)
    assert all("Read more" not in p for p in cleaned.paragraphs)
    assert len(cleaned.paragraphs) == 2


# ---------------------------------------------------------------------------
# clean_record: raw records as decode_payload produces them.


def source(uri: str, fmt: str, offset: int | None = None) -> dict:
    return {"uri": uri, "format": fmt, "record": 0, "compression": None, "offset": offset,
            "key": None, "partition": None, "topic": None}


def test_clean_record_text():
    raw = {"id": "t1", "source": source("mem://wire.txt", "text"), "format": "text",
           "payload": WIRE_PAGE, "fields": {}}
    doc = clean_record(raw)
    assert doc["id"] == "t1"
    assert doc["source"] == raw["source"]
    assert doc["format"] == "text"
    assert doc["title"] == "Harbour workers in Veracruz end strike after wage deal"
    assert doc["paragraphs"] == WIRE_BODY
    assert doc["section"] == "World"
    assert doc["meta"] == {}
    assert doc["payload"] == WIRE_PAGE
    assert doc["captions"][0]["credit"] == "REUTERS/Lucia Ferrand"


HTML_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Rail strike halts trains across the north | Example Times</title>
<meta property="og:title" content="Rail strike halts trains across the north">
<meta property="article:published_time" content="2021-05-06T08:15:00+01:00">
<meta property="article:section" content="Business">
<meta name="author" content="Priya Shah">
<link rel="canonical" href="https://www.example-times.com/business/2021/05/06/rail-strike">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Rail strike halts trains across the north</h1>
<p>MANCHESTER, England (AP) — Train drivers walked out on Thursday in a dispute over pay, halting most services across the north of the country.</p>
<p>The union said its members had not had a real pay rise in three years and that talks with the operators had broken down last week.</p>
<p>Advertisement</p>
<p>Commuters crowded onto buses and many offices told staff to work from home for the day.</p>
<p>The operators said they were ready to return to talks but warned the strike would cost millions of pounds in lost fares.</p>
<p>Share this article</p>
</article>
<footer><p>Copyright 2021 Example Times Media Ltd. All rights reserved.</p></footer>
</body></html>"""


def test_clean_record_html():
    raw = {"id": "h1", "source": source("mem://rail.html", "html"), "format": "html",
           "payload": HTML_PAGE, "fields": {}}
    doc = clean_record(raw)
    assert doc["title"] == "Rail strike halts trains across the north"
    assert doc["meta"]["published"] == "2021-05-06T08:15:00+01:00"
    assert doc["meta"]["authors"] == ["Priya Shah"]
    assert doc["meta"]["section"] == "Business"
    assert doc["meta"]["url"] == "https://www.example-times.com/business/2021/05/06/rail-strike"
    assert len(doc["paragraphs"]) == 4
    assert doc["paragraphs"][0].startswith("MANCHESTER, England (AP) — Train drivers")
    body = "\n".join(doc["paragraphs"])
    for chrome in ("Advertisement", "Share this article", "Copyright", "Home"):
        assert chrome not in body
    assert "Rail strike halts trains across the north" not in body


def test_clean_record_json_text():
    text = "\n".join([
        "MANCHESTER, England (AP) — Train drivers walked out on Thursday in a dispute over pay.",
        "The union said talks with the operators had broken down last week.",
        "Advertisement",
        "Commuters crowded onto buses and many offices told staff to work from home.",
        "Share this article",
    ])
    fields = {"title": "Rail strike halts trains", "text": text,
              "published": "2021-05-06 08:15:00", "authors": ["Priya Shah"],
              "url": "https://example.com/rail", "outlet": "example.com", "language": "en"}
    raw = {"id": "j1", "source": source("mem://feed.jsonl", "json", offset=0), "format": "json",
           "payload": '{"title": "Rail strike halts trains"}', "fields": fields}
    doc = clean_record(raw)
    assert doc["title"] == "Rail strike halts trains"
    assert doc["paragraphs"] == [
        "MANCHESTER, England (AP) — Train drivers walked out on Thursday in a dispute over pay.",
        "The union said talks with the operators had broken down last week.",
        "Commuters crowded onto buses and many offices told staff to work from home.",
    ]
    assert doc["meta"] == {k: fields[k] for k in
                           ("title", "published", "authors", "url", "outlet", "language")}
    assert doc["source"]["offset"] == 0


def test_clean_record_json_with_html_field():
    fields = {"title": "Rail strike halts trains across the north", "html": HTML_PAGE,
              "url": "https://example-times.com/rail"}
    raw = {"id": "j2", "source": source("mem://own.json", "json"), "format": "json",
           "payload": "{}", "fields": fields}
    doc = clean_record(raw)
    assert doc["title"] == "Rail strike halts trains across the north"
    assert len(doc["paragraphs"]) == 4
    # metadata from the page fills what the crawler record did not give
    assert doc["meta"]["published"] == "2021-05-06T08:15:00+01:00"
    # the crawler's own URL wins over the page's canonical link
    assert doc["meta"]["url"] == "https://example-times.com/rail"


def test_clean_record_all_chrome_raises_no_body():
    raw = {"id": "c1", "source": source("mem://chrome.txt", "text"), "format": "text",
           "payload": "Some headline\n\nAdvertisement\n\nShare\n\nSubscribe now\n", "fields": {}}
    with pytest.raises(RecordError) as info:
        clean_record(raw)
    assert info.value.reason == "no_body"


def test_clean_record_json_without_text_or_html_raises():
    raw = {"id": "c2", "source": source("mem://x.json", "json"), "format": "json",
           "payload": "{}", "fields": {"title": "Only a title"}}
    with pytest.raises(RecordError) as info:
        clean_record(raw)
    assert info.value.reason == "no_main_text"
