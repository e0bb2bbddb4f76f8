# ruff: noqa: E501  (fixture pages keep their long, unwrapped paragraph lines)
"""Unit tests of extraction: datelines, places, dates, people, URLs, language, and
extract_article on the output of clean_record. Pure functions only; fixtures invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from schemas.models import Article
from tests.conftest import FIXTURES
from transforms import dates, geo, people
from transforms.clean import clean_record
from transforms.dateline import agency_name, find_dateline
from transforms.extract import canonical_url, detect_language, extract_article, validate_article

D = dt.date

# ---------------------------------------------------------------------------
# Datelines

DATELINES = [
    # (paragraph, text, place, datepart, agency, city, country)
    ("MEXICO CITY (Reuters) - Officials said on Thursday the talks would go ahead.",
     "MEXICO CITY (Reuters)", "MEXICO CITY", None, "Reuters", "Mexico City", "MX"),
    ("TOKYO, May 7 (Reuters) - Japanese shares rose in early trade.",
     "TOKYO, May 7 (Reuters)", "TOKYO", "May 7", "Reuters", "Tokyo", "JP"),
    ("CAMBRIDGE, Mass. (AP) — Researchers said Thursday they had built a cheaper cell.",
     "CAMBRIDGE, Mass. (AP)", "CAMBRIDGE, Mass.", None, "AP", "Cambridge", "US"),
    ("ROMA, Texas — Border agents detained dozens of people overnight.",
     "ROMA, Texas", "ROMA, Texas", None, None, "Roma", "US"),
    ("Berlin (dpa) - Die Regierung will die Steuern senken.",
     "Berlin (dpa)", "Berlin", None, "dpa", "Berlin", "DE"),
    ("CIUDAD DE MÉXICO, 6 may (EFE).- Las lluvias dejaron sin luz a miles de hogares.",
     "CIUDAD DE MÉXICO, 6 may (EFE)", "CIUDAD DE MÉXICO", "6 may", "EFE", "Mexico City", "MX"),
    ("PARIS (AFP) - Le gouvernement a présenté un plan de relance.",
     "PARIS (AFP)", "PARIS", None, "AFP", "Paris", "FR"),
    ("NAIROBI, Kenya (AP) — Election officials began counting ballots on Monday.",
     "NAIROBI, Kenya (AP)", "NAIROBI, Kenya", None, "AP", "Nairobi", "KE"),
    ("SÃO PAULO (Reuters) - Brazil's central bank raised interest rates again.",
     "SÃO PAULO (Reuters)", "SÃO PAULO", None, "Reuters", "São Paulo", "BR"),
    ("NEW DELHI (PTI) - The government on Friday extended the scheme by a year.",
     "NEW DELHI (PTI)", "NEW DELHI", None, "PTI", "New Delhi", "IN"),
    ("(Bloomberg) -- Copper rose to its highest in a month.",
     "(Bloomberg)", None, None, "Bloomberg", None, None),
    ("LONDON, June 3 (Reuters) - British house prices rose for a fifth month.",
     "LONDON, June 3 (Reuters)", "LONDON", "June 3", "Reuters", "London", "GB"),
    ("WASHINGTON — The Senate passed the spending bill late on Tuesday.",
     "WASHINGTON", "WASHINGTON", None, None, "Washington", "US"),
    ("PORTLAND, Ore. (AP) — Wildfires forced evacuations east of the city.",
     "PORTLAND, Ore. (AP)", "PORTLAND, Ore.", None, "AP", "Portland", "US"),
    ("KIEV (Reuters) - The parliament approved the budget.",
     "KIEV (Reuters)", "KIEV", None, "Reuters", "Kyiv", "UA"),
    ("(ANSA) - ROMA, 06 MAG - Il governo ha approvato il decreto sulle pensioni.",
     "(ANSA) - ROMA, 06 MAG", "ROMA", "06 MAG", "ANSA", "Rome", "IT"),
]


@pytest.mark.parametrize(
    ("paragraph", "text", "place", "datepart", "agency", "city", "country"), DATELINES
)
def test_find_dateline(paragraph, text, place, datepart, agency, city, country):
    match = find_dateline(paragraph)
    assert match is not None
    assert (match.text, match.place, match.datepart, match.agency, match.city, match.country) == (
        text, place, datepart, agency, city, country)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The president said on Thursday that talks would go ahead.",
        "UPDATE 1-Mexico and U.S. to discuss migration in talks on Friday",
        "UPDATE 2-Oil prices rise as supply worries mount",
        "EXCLUSIVE: Health agency expects yearly booster shots for the elderly",
        "EXCLUSIVE - Carmaker plans to cut 2,000 jobs, sources say",
        "ANALYSIS-Central banks face a tough choice on rates",
        "FACTBOX-What we know about the border talks",
        "BREAKING — Earthquake strikes off the coast",
        "NOTE: This story has been corrected to fix the spelling of a name.",
        "Officials in the capital (who asked not to be named) - said the plan was delayed.",
        "It was a long day (for everyone) - and nobody slept.",
        'He said: "We will win this fight."',
        "COVID-19 — cases are rising again in the north.",
        "GOOD NEWS — The ministry said the deficit had narrowed.",
        "NEW RULES: Drivers must carry permits from June.",
        "FILE PHOTO: A view of the port at dawn.",
        "BY JANE DOE — The valley flooded overnight.",
        "",
    ],
)
def test_find_dateline_negatives(paragraph):
    assert find_dateline(paragraph) is None


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Reuters", "Reuters"),
        ("The Associated Press", "AP"),
        ("AP", "AP"),
        ("Agence France-Presse", "AFP"),
        ("EFE", "EFE"),
        ("dpa", "dpa"),
        ("Press Trust of India", "PTI"),
        ("Bloomberg News", "Bloomberg"),
        ("Valley Star", None),
        (None, None),
    ],
)
def test_agency_name(raw, name):
    assert agency_name(raw) == name


# ---------------------------------------------------------------------------
# Places and regions


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        ("MEXICO CITY", ("Mexico City", "MX")),
        ("ROMA, Texas", ("Roma", "US")),
        ("Roma", ("Rome", "IT")),
        ("CAMBRIDGE, Mass.", ("Cambridge", "US")),
        ("Cambridge", ("Cambridge", "GB")),
        ("SÃO PAULO", ("São Paulo", "BR")),
        # Latin-1 accents the dateline left out come back with the GeoNames name, as the
        # labelled sets name "REYKJAVIK" and "TORSHAVN"; marks beyond Latin-1 stay out
        # ("CAN THO" is Can Tho), and "MONTREAL" is Montreal by its English alias.
        ("Sao Paulo", ("São Paulo", "BR")),
        ("CAN THO", ("Can Tho", "VN")),
        ("MONTREAL", ("Montreal", "CA")),
        ("NAIROBI, Kenya", ("Nairobi", "KE")),
        ("CIUDAD DE MÉXICO", ("Mexico City", "MX")),
        ("KIEV", ("Kyiv", "UA")),
        ("Genf", ("Geneva", "CH")),
        ("NEW YORK", ("New York City", "US")),
        ("LAGOS", ("Lagos", "NG")),
        ("LAGOS, Portugal", ("Lagos", "PT")),
        ("VANCOUVER, B.C.", ("Vancouver", "CA")),
        ("SMALLTOWNVILLE, Ohio", ("Smalltownville", "US")),
        ("Xyzzyqplace", (None, None)),
        ("", (None, None)),
    ],
)
def test_resolve_place(place, expected):
    assert geo.resolve_place(place) == expected


@pytest.mark.parametrize(
    ("country", "m49_region", "m49_subregion", "country_slug"),
    [
        ("MX", "americas", "central-america", "mx"),
        ("US", "americas", "northern-america", "us"),
        ("BR", "americas", "south-america", "br"),
        ("KE", "africa", "eastern-africa", "ke"),
        ("DE", "europe", "western-europe", "de"),
        ("JP", "asia", "eastern-asia", "jp"),
        ("IN", "asia", "southern-asia", "in"),
        ("AU", "oceania", "australia-and-new-zealand", "au"),
        (None, "unknown", "unknown", "unknown"),
        ("mx", "unknown", "unknown", "unknown"),
        ("../", "unknown", "unknown", "unknown"),
    ],
)
def test_region_of_each_scheme(country, m49_region, m49_subregion, country_slug):
    assert geo.region_of(country, "m49-region") == m49_region
    assert geo.region_of(country, "m49-subregion") == m49_subregion
    assert geo.region_of(country, "country") == country_slug


def test_region_default_scheme_is_m49_region():
    assert geo.region_of("KE") == "africa"


def test_countries_in_text():
    counts = geo.countries_in_text(
        "Mexico and the United States agreed to talk. South Korea sent observers. "
        "Officials in Mexico said the U.S. would host."
    )
    assert counts["MX"] == 2
    assert counts["US"] == 2
    assert counts["KR"] == 1
    assert "KP" not in counts


def test_countries_in_run_is_read_once_and_in_order():
    assert geo._countries_in_run("South Korea and Mexico") == ("KR", "MX")
    assert geo._countries_in_run("The Minister") == ()
    before = geo._countries_in_run.cache_info().hits
    counts = geo.countries_in_text("Mexico, Mexico, and again Mexico")
    assert geo._countries_in_run.cache_info().hits >= before + 2
    assert counts == {"MX": 3}


# ---------------------------------------------------------------------------
# Dates


@pytest.mark.parametrize(
    ("value", "iso", "day"),
    [
        ("2021-05-06T23:30:00-05:00", "2021-05-06T23:30:00-05:00", D(2021, 5, 6)),
        ("2021-05-07T01:15:00+09:00", "2021-05-07T01:15:00+09:00", D(2021, 5, 7)),
        ("2021-05-06T23:30:00Z", "2021-05-06T23:30:00+00:00", D(2021, 5, 6)),
        ("2021-05-06", "2021-05-06", D(2021, 5, 6)),
        ("2021-05-06 14:30:00", "2021-05-06T14:30:00", D(2021, 5, 6)),
        ("May 6, 2021", "2021-05-06", D(2021, 5, 6)),
        ("6 de mayo de 2021", "2021-05-06", D(2021, 5, 6)),
    ],
)
def test_parse_timestamp_keeps_local_calendar_date(value, iso, day):
    assert dates.parse_timestamp(value) == (iso, day)


@pytest.mark.parametrize("value", [None, "", "soon", "1970-01-01", "2999-01-01T00:00:00"])
def test_parse_timestamp_rejects(value):
    assert dates.parse_timestamp(value) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The report was released on May 6, 2021 in Washington.", [D(2021, 5, 6)]),
        ("The vote is set for Sept. 14, 2021, officials said.", [D(2021, 9, 14)]),
        ("El informe se publicó el 6 de mayo de 2021 en Madrid.", [D(2021, 5, 6)]),
        ("Der Bericht wurde am 6. Mai 2021 veröffentlicht.", [D(2021, 5, 6)]),
        ("Die Frist endet am 3. März 2021.", [D(2021, 3, 3)]),
        ("Le rapport a été publié le 6 mai 2021 à Paris.", [D(2021, 5, 6)]),
        ("La loi est entrée en vigueur le 1er juin 2021.", [D(2021, 6, 1)]),
        ("First on 2021-05-04, then on May 6, 2021.", [D(2021, 5, 4), D(2021, 5, 6)]),
        ("No date in this sentence at all.", []),
        ("An impossible Feb. 30, 2021 is ignored.", []),
    ],
)
def test_dates_in_text(text, expected):
    assert dates.dates_in_text(text) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.example.com/world/americas/2021/05/06/port-strike-ends/", D(2021, 5, 6)),
        ("https://example.com/news/20210506/port-strike", D(2021, 5, 6)),
        ("https://example.com/a/port-strike-2021-05-06.html", D(2021, 5, 6)),
        ("https://example.com/a/port-strike", None),
        ("https://example.com/2021/13/40/bad-date", None),
        ("https://example.com/story-12345678901", None),
        (None, None),
    ],
)
def test_date_in_url(url, expected):
    assert dates.date_in_url(url) == expected


@pytest.mark.parametrize(
    ("datepart", "near", "expected"),
    [
        ("May 7", [D(2021, 5, 6)], D(2021, 5, 7)),
        ("6 may", [D(2021, 5, 6)], D(2021, 5, 6)),
        ("6. Mai", [D(2021, 5, 6)], D(2021, 5, 6)),
        ("Dec 31", [D(2021, 1, 2)], D(2020, 12, 31)),  # year before the anchor
        ("Jan 2", [D(2020, 12, 30)], D(2021, 1, 2)),  # year after the anchor
        ("May 7", [], None),  # no anchor, no year
        ("Blah 7", [D(2021, 5, 6)], None),
    ],
)
def test_datepart_date_year_inference(datepart, near, expected):
    assert dates.datepart_date(datepart, near) == expected


def test_weekday_mentions():
    assert dates.weekday_mentions("Officials said on Thursday the plan would go ahead.") == {3}
    assert dates.weekday_mentions("El presidente dijo el jueves que no.") == {3}
    assert dates.weekday_mentions("Am Mittwoch sagte der Minister, er sei zufrieden.") == {2}
    assert dates.weekday_mentions("Nothing about days here.") == set()


def clue(source: str, day: dt.date) -> dates.DateClue:
    return dates.DateClue(source, day, day.isoformat())


def test_choose_date_prefers_metadata():
    chosen = dates.choose_date(
        [clue("caption", D(2021, 5, 5)), clue("url", D(2021, 5, 4)),
         clue("metadata", D(2021, 5, 6))], set())
    assert chosen.source == "metadata"
    assert chosen.date == D(2021, 5, 6)


def test_choose_date_published_line_beats_caption_and_url_even_against_weekdays():
    chosen = dates.choose_date(
        [clue("caption", D(2021, 5, 6)), clue("url", D(2021, 5, 6)),
         clue("published_line", D(2021, 5, 1))], {3})
    assert chosen.source == "published_line"


def test_choose_date_caption_beats_url_without_weekdays():
    chosen = dates.choose_date([clue("url", D(2021, 5, 6)), clue("caption", D(2021, 5, 5))],
                               set())
    assert chosen.source == "caption"


def test_choose_date_weekday_agreement_lifts_weaker_clue():
    # The story says "on Thursday"; 2021-05-06 was a Thursday, 2021-05-03 a Monday.
    chosen = dates.choose_date([clue("dateline", D(2021, 5, 3)), clue("url", D(2021, 5, 6))],
                               {3})
    assert chosen.source == "url"
    assert chosen.date == D(2021, 5, 6)


def test_choose_date_without_weekdays_keeps_rank_order():
    chosen = dates.choose_date([clue("dateline", D(2021, 5, 3)), clue("url", D(2021, 5, 6))],
                               set())
    assert chosen.source == "dateline"


def test_choose_date_day_after_the_weekday_agrees():
    # Events "on Thursday" reported on Friday (2021-05-07) agree too.
    chosen = dates.choose_date([clue("dateline", D(2021, 5, 3)), clue("url", D(2021, 5, 7))],
                               {3})
    assert chosen.source == "url"
    assert chosen.date == D(2021, 5, 7)


def test_choose_date_caption_on_the_named_weekday_is_kept():
    chosen = dates.choose_date([clue("caption", D(2021, 5, 6)), clue("url", D(2021, 5, 4))],
                               {3})
    assert chosen.date == D(2021, 5, 6)


def test_choose_date_empty():
    assert dates.choose_date([], {1}) is None


def test_updated_is_never_a_clue_source():
    assert "updated" not in dates.CLUE_RANK
    assert "updated_line" not in dates.CLUE_RANK


# ---------------------------------------------------------------------------
# People


@pytest.mark.parametrize(
    ("inner", "authors", "editors", "photo"),
    [
        ("Reporting by Ana Ruiz in Mexico City; Additional reporting by Tom Becker in "
         "Washington; Editing by Paul Simms",
         ["Ana Ruiz", "Tom Becker"], ["Paul Simms"], []),
        ("Reporting by Ana Ruiz and Luis Ortega; Writing by Kate Holm; Editing by Mark Dale "
         "and Susan Fenn",
         ["Ana Ruiz", "Luis Ortega", "Kate Holm"], ["Mark Dale", "Susan Fenn"], []),
        ("Reporting by Reuters Staff; Editing by Paul Simms", [], ["Paul Simms"], []),
        ("Reporting by Ana Ruiz; Photos by Carlos Mena; Editing by Paul Simms",
         ["Ana Ruiz"], ["Paul Simms"], ["Carlos Mena"]),
        ("Reportaje de María López; Editado por Juan Pérez", ["María López"], ["Juan Pérez"], []),
        ("Compiled by Bengaluru newsroom; Editing by Paul Simms", [], ["Paul Simms"], []),
        ("Reporting by Kim Jae-won in Seoul; Editing by Lincoln Feast.",
         ["Kim Jae-won"], ["Lincoln Feast"], []),
    ],
)
def test_credits_roles(inner, authors, editors, photo):
    assert people.credits_roles(inner) == {"author": authors, "editor": editors, "photo": photo}


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Associated Press writer Kofi Osei in Washington contributed to this report.",
         ["Kofi Osei"]),
        ("Associated Press writers Kofi Osei in Washington and Lee Park in Seoul contributed "
         "to this report.", ["Kofi Osei", "Lee Park"]),
        ("AP reporter Dan Ford contributed.", ["Dan Ford"]),
        ("CNN's Paul Grant and Anna Bloom contributed to this report.",
         ["Paul Grant", "Anna Bloom"]),
        ("The mayor contributed to the fund last year, records show.", None),
        ("Nothing about credits here.", None),
    ],
)
def test_contributed_names(line, names):
    assert people.contributed_names(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By JANE DOE The Valley Star", ["Jane Doe"]),
        ("By JANE DOE", ["Jane Doe"]),
        ("By Jane Doe and John Roe, Reuters", ["Jane Doe", "John Roe"]),
        ("By Jane Doe, Associated Press", ["Jane Doe"]),
        ("By Ana Ruiz in Mexico City", ["Ana Ruiz"]),
        ("Von Anna Schmidt, dpa", ["Anna Schmidt"]),
        ("Por María José Fernández", ["María José Fernández"]),
        ("Par Jean-Luc Martin", ["Jean-Luc Martin"]),
        ("By MARIA LOPEZ and DEVON HART Associated Press", ["Maria Lopez", "Devon Hart"]),
        ("By JANE DOE AP Business Writer", ["Jane Doe"]),
        ("By Jane Doe | AP", ["Jane Doe"]),
        # placeholders: a byline, but nobody in it
        ("By Reuters Staff", []),
        ("By AFP", []),
        ("Par AFP", []),
        ("By PTI", []),
        ("By Staff Reporter", []),
        ("By News Desk", []),
        ("Por Agencia EFE", []),
    ],
)
def test_byline_names(line, names):
    assert people.byline_names(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "By the time the rescuers arrived, the fire had spread to the school.",
        "De acuerdo con el informe, la economía creció un 2% en el trimestre.",
        "Officials said the road would reopen on Monday.",
    ],
)
def test_byline_names_not_a_byline(line):
    assert people.byline_names(line) is None


@pytest.mark.parametrize(
    "name",
    ["Reuters Staff", "PTI", "Par AFP", "By AFP", "Staff Reporter", "News Desk", "Web Desk",
     "Agencias", "Redacción", "Mumbai Bureau", "Associated Press", "EFE", "Bloomberg News",
     "Reuters", "Jane", "Editorial Team"],
)
def test_placeholders_are_not_people(name):
    assert people.clean_name(name) is None


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Jane Doe", "Jane Doe"),
        ("JANE DOE", "Jane Doe"),
        ("By Jane Doe", "Jane Doe"),
        ("Maria de la Cruz", "Maria de la Cruz"),
        ("Ana Ruiz in Mexico City", "Ana Ruiz"),
        ("  Tom   Becker. ", "Tom Becker"),
    ],
)
def test_clean_name(raw, name):
    assert people.clean_name(raw) == name


def test_merge_names_dedups_case_insensitively_in_order():
    assert people.merge_names(["Ana Ruiz"], ["ANA RUIZ", "Tom Becker"], ["tom becker"]) == [
        "Ana Ruiz", "Tom Becker"]


# ---------------------------------------------------------------------------
# canonical_url and detect_language


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://WWW.Example.COM/world/story-1/?utm_source=tw&utm_medium=social&fbclid=abc"
         "&id=7#comments", "https://example.com/world/story-1?id=7"),
        ("http://www.example.com:80/a//b/?b=2&a=1", "https://example.com/a/b?a=1&b=2"),
        ("https://example.com/x?gclid=1&utm_campaign=spring", "https://example.com/x"),
        ("https://example.com:8443/x", "https://example.com:8443/x"),
        ("https://www.example.com", "https://example.com/"),
        ("HTTPS://Example.COM/Path/Case", "https://example.com/Path/Case"),
        ("ftp://example.com/a", None),
        ("not a url", None),
        (None, None),
    ],
)
def test_canonical_url(url, expected):
    assert canonical_url(url) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("El gobierno anunció este jueves un nuevo paquete de medidas para apoyar a las "
         "pequeñas empresas afectadas por la pandemia, informó el ministerio de Economía.", "es"),
        ("Die Bundesregierung hat am Donnerstag ein neues Hilfspaket für kleine Unternehmen "
         "beschlossen, die unter den Folgen der Pandemie leiden, teilte das Ministerium mit.",
         "de"),
        ("Le gouvernement a annoncé jeudi un nouveau plan d'aide aux petites entreprises "
         "touchées par la pandémie, a indiqué le ministère de l'Économie dans un communiqué.",
         "fr"),
        ("O governo anunciou nesta quinta-feira um novo pacote de medidas para apoiar as "
         "pequenas empresas afetadas pela pandemia, informou o ministério da Economia.", "pt"),
        ("Il governo ha annunciato giovedì un nuovo pacchetto di misure per sostenere le "
         "piccole imprese colpite dalla pandemia, ha comunicato il ministero dell'Economia.",
         "it"),
        ("The government announced on Thursday a new package of measures to support small "
         "businesses hit by the pandemic, the economy ministry said in a statement.", "en"),
    ],
)
def test_detect_language(text, code):
    assert detect_language(text, None) == code


def test_detect_language_short_text_uses_hint():
    assert detect_language("Short text.", "es-MX") == "es"
    assert detect_language("Short text.", "english") is None
    assert detect_language("Short text.", None) is None


# ---------------------------------------------------------------------------
# extract_article end to end from clean_record output

WIRE_PAGE = (FIXTURES / "wire_page.txt").read_text(encoding="utf-8")


def source(uri: str, fmt: str) -> dict:
    return {"uri": uri, "format": fmt, "record": 0, "compression": None, "offset": None,
            "key": None, "partition": None, "topic": None}


def text_raw(payload: str, rid: str = "wire-1") -> dict:
    return {"id": rid, "source": source(f"mem://{rid}.txt", "text"), "format": "text",
            "payload": payload, "fields": {}}


def json_raw(fields: dict, rid: str = "json-1") -> dict:
    return {"id": rid, "source": source(f"mem://{rid}.json", "json"), "format": "json",
            "payload": "{}", "fields": fields}


@pytest.fixture(scope="module")
def wire_article() -> dict:
    return validate_article(extract_article(clean_record(text_raw(WIRE_PAGE))))


def test_wire_article_is_a_valid_article(wire_article):
    Article.model_validate(wire_article)
    assert wire_article["id"] == "wire-1"
    assert wire_article["source"]["uri"] == "mem://wire-1.txt"


def test_wire_article_date_from_caption(wire_article):
    assert wire_article["date"] == "2021-05-06"
    assert wire_article["date_source"] == "caption"
    assert wire_article["published"] == "2021-05-06"
    assert wire_article["updated"] is None


def test_wire_article_dateline_place_and_region(wire_article):
    assert wire_article["dateline"] == {"text": "MEXICO CITY (Reuters)", "city": "Mexico City",
                                        "country": "MX"}
    assert wire_article["country"] == "MX"
    assert wire_article["region"] == "americas"
    assert wire_article["places"] == ["Mexico"]


def test_wire_article_agency_people(wire_article):
    assert wire_article["agency"] == "Reuters"
    assert wire_article["authors"] == ["Ana Ruiz", "Tom Becker"]
    assert wire_article["editors"] == ["Paul Simms"]
    # the photographer is credited on the caption, not as an author
    assert "Lucia Ferrand" not in wire_article["authors"]
    assert wire_article["captions"][0]["credit"] == "REUTERS/Lucia Ferrand"


def test_wire_article_language_section_title(wire_article):
    assert wire_article["language"] == "en"
    assert wire_article["section"] == "World"
    assert wire_article["title"] == "Harbour workers in Veracruz end strike after wage deal"
    assert len(wire_article["related_headlines"]) == 3


def test_wire_article_body_has_no_chrome(wire_article):
    body = wire_article["body"]
    assert body.startswith("MEXICO CITY (Reuters) - Dock workers")
    assert body.endswith("anchored off the coast.")
    assert body.count("\n\n") == 4  # five paragraphs
    for chrome in ("REUTERS/", "Reporting by", "Editing by", "Article type", "Campaign ID",
                   "Telegram", "Next In World", "Stories You", "Flooding forces"):
        assert chrome not in body
    assert wire_article["word_count"] == len(body.split())


def test_wire_article_with_updated_line_keeps_caption_date():
    page = WIRE_PAGE.replace(
        "\n\nDock workers gather", "\n\nUpdated: May 9, 2021\n\nDock workers gather", 1)
    article = extract_article(clean_record(text_raw(page, "wire-2")))
    assert article["date"] == "2021-05-06"
    assert article["updated"] == "2021-05-09"


def test_updated_line_alone_is_the_weakest_date_clue():
    # A page whose only stamp says "Updated" was most likely first published that day
    # (Times of India, apnews.com); any other clue would win over it.
    page = (
        "Ferry service resumes after storm\n\n"
        "Updated: May 9, 2021\n\n"
        "The ferry to the islands resumed service on Monday after a storm kept boats in port "
        "for three days, the operator said.\n"
    )
    article = extract_article(clean_record(text_raw(page, "ferry")))
    assert article["date"] == "2021-05-09"
    assert article["date_source"] == "updated_line"
    assert article["updated"] == "2021-05-09"
    dated = page.replace("Updated: May 9, 2021", "Published: May 8, 2021\n\nUpdated: May 9, 2021")
    article = extract_article(clean_record(text_raw(dated, "ferry")))
    assert (article["date"], article["date_source"]) == ("2021-05-08", "published_line")


def test_metadata_date_beats_caption_and_url_and_keeps_local_date():
    text = (
        "Dock workers gather at the port gates on May 5, 2021. REUTERS/Lucia Ferrand\n"
        "MEXICO CITY (Reuters) - Dock workers agreed on Thursday to end a four-day strike after "
        "the port operator offered a pay rise, union leaders said.\n"
        "Shipping agents said it could take a week to clear the backlog of vessels."
    )
    fields = {"title": "Port strike ends", "text": text,
              "published": "2021-05-06T23:30:00-05:00",
              "url": "https://www.example.com/world/2021/05/04/port-strike/?utm_source=x"}
    article = validate_article(extract_article(clean_record(json_raw(fields))))
    assert article["date"] == "2021-05-06"
    assert article["date_source"] == "metadata"
    assert article["published"] == "2021-05-06T23:30:00-05:00"
    assert article["canonical_url"] == "https://example.com/world/2021/05/04/port-strike"
    assert article["url"] == fields["url"]


def test_dateline_datepart_dated_from_nearby_clue():
    text = (
        "TOKYO, May 7 (Reuters) - Japanese shares rose on Friday as exporters gained on a weaker "
        "yen, while investors awaited U.S. jobs data due later in the day.\n"
        "The benchmark index closed up 0.8%, its best day in two weeks."
    )
    fields = {"title": "Tokyo shares rise", "text": text,
              "url": "https://example.com/markets/2021/05/06/tokyo-shares"}
    article = extract_article(clean_record(json_raw(fields, "tokyo")))
    # dateline beats the url, and the datepart takes the url's year
    assert article["date"] == "2021-05-07"
    assert article["date_source"] == "dateline"
    assert article["country"] == "JP"
    assert article["region"] == "asia"


def test_placeholder_metadata_authors_are_dropped():
    text = (
        "NEW DELHI (PTI) - The government on Friday extended a housing subsidy scheme by a "
        "year, officials said, after states asked for more time to finish projects."
    )
    fields = {"title": "Housing scheme extended", "text": text,
              "authors": ["PTI", "Staff Reporter", "News Desk"]}
    article = extract_article(clean_record(json_raw(fields, "pti")))
    assert article["authors"] == []
    assert article["agency"] == "PTI"
    assert article["country"] == "IN"


def test_outlet_domain_gives_agency_when_no_dateline():
    text = ("Officials said on Thursday that the new bridge would open in the autumn, "
            "two years later than first planned, because of supply problems.")
    fields = {"title": "Bridge delayed", "text": text,
              "url": "https://apnews.com/article/bridge-delayed-0123"}
    article = extract_article(clean_record(json_raw(fields, "bridge")))
    assert article["agency"] == "AP"
    assert article["dateline"] is None


BLOOMBERG_PAGE = """Copper climbs as Chinese factories restart after holiday

(Bloomberg) -- Copper rose to its highest level in a month as factories in China returned from a week-long holiday and traders bet on stronger demand for the metal.

Prices on the London Metal Exchange gained as much as 1.8% on Monday, while stockpiles in Shanghai warehouses fell for a third week.

Analysts said the rally could fade if power shortages force smelters to cut output again.

--With assistance from Lena Park.

To contact the reporter on this story:
Wei Tan in Singapore at wtan@example.com

To contact the editors responsible for this story:
Ravi Menon at rmenon@example.com

©2021 Bloomberg L.P.
"""


def test_bloomberg_agency_and_contributors():
    article = extract_article(clean_record(text_raw(BLOOMBERG_PAGE, "bbg")))
    assert article["agency"] == "Bloomberg"
    assert article["dateline"] == {"text": "(Bloomberg)", "city": None, "country": None}
    assert "Lena Park" in article["authors"]
    assert article["body"].startswith("(Bloomberg) -- Copper rose")
    assert "example.com" not in article["body"]


@pytest.mark.parametrize("one_line", [False, True], ids=["names-on-next-line", "one-line"])
def test_bloomberg_editors_responsible_are_editors(one_line):
    page = BLOOMBERG_PAGE
    if one_line:
        page = page.replace("this story:\nRavi Menon", "this story: Ravi Menon")
    article = extract_article(clean_record(text_raw(page, "bbg")))
    assert article["editors"] == ["Ravi Menon"]
    assert "Ravi Menon" not in article["authors"]
    assert "rmenon" not in article["body"]
