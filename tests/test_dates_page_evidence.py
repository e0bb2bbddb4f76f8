"""Dates a page shows its reader (labelled dates, <time> elements, the date line by the
headline), weighed against its metadata. Failure classes measured on the public htmldate
corpus; every page here is invented.
"""

from __future__ import annotations

import datetime as dt

from transforms import dates, html
from transforms.clean import clean_record
from transforms.decode import decode_payload
from transforms.extract import extract_article

D = dt.date
PARAGRAPHS = "".join(
    f"<p>Der Gemeinderat hat in seiner Sitzung über den Ausbau des Radwegs beraten, Teil {i}, "
    f"und die Mitglieder baten um eine genauere Aufstellung der Kosten vor der Abstimmung.</p>"
    for i in range(4))


def _page(head: str, top: str = "", body: str = PARAGRAPHS, lang: str = "de") -> bytes:
    return (f"<!DOCTYPE html><html lang=\"{lang}\"><head><title>Radweg</title>{head}</head>"
            f"<body><nav><a href=\"/\">Start</a></nav><article><h1>Radweg wird ausgebaut</h1>"
            f"{top}{body}</article><footer>Impressum</footer></body></html>").encode()


def _article(data: bytes) -> dict:
    record = decode_payload("in/page.html", data)[0]
    assert "stage" not in record, record
    return extract_article(clean_record(record))


def _page_dates(markup: str, lang: str = "de") -> dict[str, str]:
    return html.page_dates(html.parse_html(markup), lang)


def test_labelled_publication_date_beats_a_generic_date_meta_tag():
    # <meta name="date"> is often the last change; the page says when it was published.
    head = '<meta name="date" content="2022-01-26T14:32:06+02:00">'
    top = "<p class=\"meta\">Veröffentlicht am 21.01.2022</p>"
    article = _article(_page(head, top))
    assert article["date"] == "2022-01-21"
    assert article["date_source"] == "page_published"


def test_time_element_and_headline_date_line_outweigh_a_generic_date_meta_tag():
    head = '<meta name="date" content="2022-01-21T15:38:44+01:00">'
    top = '<div class="byline">Von Anna Weber <time datetime="2022-01-27">27.01.2022</time></div>'
    assert _article(_page(head, top))["date"] == "2022-01-27"


def test_publication_metadata_beats_a_single_visible_date():
    head = '<meta property="article:published_time" content="2021-12-14T15:41:07+01:00">'
    top = "<p>04.02.2022 | 15:33 Uhr</p>"
    assert _article(_page(head, top))["date"] == "2021-12-14"


def test_visible_dates_equal_to_an_update_day_do_not_vote():
    clues = [dates.DateClue("metadata", D(2020, 2, 12), "2020-02-12", 1.0),
             dates.DateClue("page_time", D(2020, 3, 1), "2020-03-01"),
             dates.DateClue("page_headline", D(2020, 3, 1), "2020-03-01")]
    assert dates.choose_date(clues, set()).date == D(2020, 3, 1)
    assert dates.choose_date(clues, set(), updated={D(2020, 3, 1)}).date == D(2020, 2, 12)


def test_text_only_clues_keep_their_ranking():
    # No evidence from an HTML page: the URL does not outvote a caption.
    clues = [dates.DateClue("url", D(2021, 5, 6), "2021-05-06"),
             dates.DateClue("caption", D(2021, 5, 5), "2021-05-05")]
    assert dates.choose_date(clues, set()).source == "caption"


def test_date_before_the_publishing_verb():
    markup = ("<html><body><h1>Titel</h1><p>Text.</p><p>Dieser Beitrag wurde am Samstag, "
              "3. Dezember 2011 um 14:10 Uhr veröffentlicht und ist abgelegt unter News.</p>"
              "</body></html>")
    assert _page_dates(markup)["page_published"] == "2011-12-03"


def test_labelled_date_glued_to_other_text_and_update_labels():
    markup = ("<html><body><h1>Titel</h1><p>Letzte Änderung: 31.10.2023 - 14:49:39"
              "Erschienen am: 01.11.2023</p></body></html>")
    found = _page_dates(markup)
    assert found["page_published"] == "2023-11-01"
    assert found["page_updated"] == "2023-10-31"


def test_slashed_dates_follow_the_order_the_page_writes():
    markup = ("<html><body><h1>CEOs speak out</h1><p>Posted by Staff, 06/01/2020</p>"
              "<p>Some text.</p>{extra}</body></html>")
    assert _page_dates(markup.format(extra=""), "en-US")["page_published"] == "2020-06-01"
    assert _page_dates(markup.format(extra=""), "en-GB")["page_published"] == "2020-01-06"
    # A date that can only be month first settles it whatever the language tag says.
    extra = "<ul><li>Older post 05/28/2020</li></ul>"
    assert _page_dates(markup.format(extra=extra), "de")["page_published"] == "2020-06-01"
    assert dates.dates_in_text("am 24/01/2022", month_first=True) == [D(2022, 1, 24)]


def test_headline_date_is_a_date_line_not_a_date_inside_a_sentence():
    markup = ("<html><body><p>Finanzas / martes 17 de marzo de 2020</p>"
              "<h1>Precio del petróleo cae</h1><p>El barril cayó a un mínimo no visto desde el "
              "6 de marzo de 2002, según datos de la empresa publicados este martes por la "
              "tarde en su informe semanal.</p></body></html>")
    assert _page_dates(markup, "es")["page_headline"] == "2020-03-17"


def test_east_asian_dates_and_date_ranges():
    assert dates.dates_in_text("2020年07月12日 | 競馬") == [D(2020, 7, 12)]
    assert dates.dates_in_text("2023년 11월 7일") == [D(2023, 11, 7)]
    # "2020/7/11-12" is a weekend, not a day.
    assert dates.dates_in_text("(2020/7/11-12, 18頭)") == []


def test_utc_stamp_near_midnight_takes_the_local_day_the_page_shows():
    head = '<meta property="article:published_time" content="2020-12-05T23:15:00Z">'
    top = '<p><time>Domenica 06 Dicembre 2020</time></p>'
    assert _article(_page(head, top, lang="it"))["date"] == "2020-12-06"


def test_url_date_long_before_the_metadata_dates_the_first_run():
    # The story ran in July 2017 (its URL says so); the metadata dates a re-publication.
    head = ('<meta itemprop="datePublished" content="2019-06-17T18:28:00+0200">'
            '<link rel="canonical" href="https://example.org/home/2017/7/12/montauk">')
    top = '<time class="dt-published" datetime="2019-06-17">Jun 17</time>'
    assert _article(_page(head, top))["date"] == "2017-07-12"
    # A day apart is a time zone, not a re-publication: the metadata stands.
    head = ('<meta property="article:published_time" content="2020-02-19T18:37:32+01:00">'
            '<link rel="canonical" href="https://example.org/2020/02/18/ciencia/1.html">')
    assert _article(_page(head))["date"] == "2020-02-19"


def test_dates_glued_to_a_repeat_or_a_time_end_at_their_year():
    assert dates.dates_in_text("Published On 4 May 20214 May 2021") == [D(2021, 5, 4)]
    assert dates.dates_in_text("May 7, 20211:05 AM UTC") == [D(2021, 5, 7)]
    assert dates.dates_in_text("on 4 May 20215 people") == []


def test_visible_dates_outside_the_urls_month_folder_do_not_count():
    # A book review filed under 2017/09 gives the book's release date with a label.
    head = '<link rel="canonical" href="https://blog.example.org/2017/09/rezension.html">'
    top = "<p>Verlag: Beispiel</p><p>Erscheinungsdatum: 14.08.2017</p>"
    doc = clean_record(decode_payload("in/page.html", _page(head, top))[0])
    doc["meta"]["published"] = "2017-09-09"
    doc["meta"]["published_from"] = "htmldate"
    assert extract_article(doc)["date"] == "2017-09-09"


def test_a_date_the_page_shows_beats_an_htmldate_guess():
    # Without publication metadata htmldate's guess counts like a generic date tag:
    # one date line by the headline (or a <time>, a labelled date) outweighs it.
    guess = dates.DateClue("metadata", D(2022, 1, 21), "2022-01-21", dates.VOTE_WEIGHT["htmldate"])
    for source in ("page_headline", "page_time"):
        shown = dates.DateClue(source, D(2022, 2, 1), "2022-02-01")
        assert dates.choose_date([guess, shown], set()).date == D(2022, 2, 1)
    # A labelled date outweighs the guess even where a <time> element agrees with it.
    clues = [dates.DateClue("metadata", D(2019, 8, 24), "2019-08-24",
                            dates.VOTE_WEIGHT["htmldate"]),
             dates.DateClue("page_time", D(2019, 8, 24), "2019-08-24"),
             dates.DateClue("page_published", D(2019, 8, 16), "2019-08-16")]
    assert dates.choose_date(clues, set()).date == D(2019, 8, 16)


def test_a_guessed_first_of_january_alone_is_a_copyright_year_not_a_date():
    doc = clean_record(decode_payload("in/page.html", _page(""))[0])
    doc["meta"].update(published="2020-01-01", published_from="htmldate", htmldate="2020-01-01")
    doc["meta"] = {k: v for k, v in doc["meta"].items() if not k.startswith("page_")}
    article = extract_article(doc)
    assert article["date"] is None
    # Another clue naming the same day confirms it; a guess on another day stands.
    guess = dates.DateClue("metadata", D(2016, 1, 1), "2016-01-01", 1.0)
    url = dates.DateClue("url", D(2016, 1, 1), "2016-01-01")
    assert dates.drop_year_only_guess(guess, [guess, url]) == [guess, url]
    other = dates.DateClue("metadata", D(2016, 3, 1), "2016-03-01", 1.0)
    assert dates.drop_year_only_guess(other, [other]) == [other]


def test_iso_stamps_with_one_digit_clock_parts():
    assert dates.parse_timestamp("2020-12-05T23:15:0Z")[0] == "2020-12-05T23:15:00+00:00"
    assert dates.parse_timestamp("2021-03-01T9:05:07+01:00")[1] == D(2021, 3, 1)
    head = '<meta property="article:published_time" content="2020-12-05T23:15:0Z">'
    top = '<p><time>Domenica 06 Dicembre 2020</time></p>'
    assert _article(_page(head, top, lang="it"))["date"] == "2020-12-06"


def test_the_headline_is_the_h1_most_like_the_title():
    # Screen-reader "Navigation" headings, an empty logo <h1> and a site-name <h1> come
    # before the story's; blank markup between it and its date line does not count.
    blank = "\n\t\t  " * 200
    markup = ("<html><head><title>Kommunalwahl in Bergstadt | Beispielblatt</title></head>"
              "<body><h1 class=\"hide-accessible\">Navigation</h1><h1><img src=\"logo.png\">"
              "</h1><h1>Beispielblatt</h1><p>Mittwoch, 26.02.2020</p>"
              + "".join(f"<div>{blank}</div>" for _ in range(3))
              + "<h1>Kommunalwahl in Bergstadt</h1>"
              + "".join(f"<div>{blank}</div>" for _ in range(3))
              + "<div><span>5. November 2021</span></div><p>Die Wahl endete mit einem "
              "klaren Ergebnis für die Opposition in allen Bezirken.</p></body></html>")
    assert _page_dates(markup)["page_headline"] == "2021-11-05"
    # The only <h1> marks the story even when it is for screen readers.
    markup = ("<html><head><title>Riesling des Jahres</title></head><body><nav>Start</nav>"
              "<h1 class=\"sr-only\">Details</h1><p>27.01.2022</p><p>Ein Riesling aus der "
              "Pfalz gewinnt den Preis.</p></body></html>")
    assert _page_dates(markup)["page_headline"] == "2022-01-27"
