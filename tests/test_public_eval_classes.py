"""Failure classes found by measuring on public sets (bench/eval_public.py), one guard
each. Every page here is invented; the tests never read the evaluation data.
"""

from __future__ import annotations

import datetime as dt

from transforms import dates
from transforms.clean import clean_record, clean_text, repair_unicode
from transforms.decode import decode_payload
from transforms.extract import extract_article

D = dt.date
PARAGRAPHS = "".join(
    f"<p>The harbour board met on Tuesday to discuss the dredging plan, part {i}, and "
    f"members asked for a fuller account of the costs before the vote next month.</p>"
    for i in range(4))


def _page(head: str, body: str = PARAGRAPHS, prolog: str = "<!DOCTYPE html>") -> bytes:
    return (f"{prolog}<html lang=\"en\"><head><title>Harbour plan</title>{head}</head>"
            f"<body><article><h1>Harbour plan</h1>{body}</article></body></html>").encode()


def _article(data: bytes) -> dict:
    record = decode_payload("in/page.html", data)[0]
    assert "stage" not in record, record
    return extract_article(clean_record(record))


# --- Dates ------------------------------------------------------------------


def test_utc_stamp_moves_to_the_offset_the_page_states_elsewhere():
    # 06:35 UTC on the 9th is 22:35 on the 8th in the page's own -08:00 zone.
    head = ('<meta property="article:published_time" content="2023-11-09T06:35:29+00:00">'
            '<meta property="article:modified_time" content="2023-11-09T07:55:47+00:00">')
    body = PARAGRAPHS + '<time datetime="2023-11-08T22:35:29-08:00">Nov 8, 2023</time>'
    article = _article(_page(head, body))
    assert article["date"] == "2023-11-08"
    assert article["published"] == "2023-11-08T22:35:29-08:00"


def test_utc_stamp_without_a_local_offset_is_kept():
    head = '<meta property="article:published_time" content="2023-11-09T06:35:29Z">'
    assert _article(_page(head))["date"] == "2023-11-09"


def test_url_date_is_the_local_day_of_a_utc_stamp_near_midnight():
    head = ('<meta property="article:published_time" content="2020-02-25T02:25:54Z">'
            '<link rel="canonical" href="https://news.example.com/2020/02/24/harbour-plan/">')
    assert _article(_page(head))["date"] == "2020-02-24"
    # Mid-morning UTC is the same day in any populated zone: the stamp stands.
    head = head.replace("02:25:54", "11:25:54").replace("2020-02-25", "2020-02-26")
    head = head.replace("2020/02/24", "2020/02/25")
    assert _article(_page(head))["date"] == "2020-02-26"


def test_url_local_day_rules():
    assert dates.url_local_day("2023-11-01T23:01:00+00:00", D(2023, 11, 2)) == D(2023, 11, 2)
    assert dates.url_local_day("2023-11-09T03:28:35+00:00", D(2023, 11, 8)) == D(2023, 11, 8)
    assert dates.url_local_day("2020-07-09T10:04:04+00:00", D(2020, 7, 8)) is None
    assert dates.url_local_day("2020-02-19T18:37:32+01:00", D(2020, 2, 18)) is None
    assert dates.url_local_day("2020-02-19", D(2020, 2, 18)) is None


def test_unix_and_slash_timestamps_parse():
    assert dates.parse_timestamp("Tue Jan 28 15:28:56 CET 2020") == ("2020-01-28", D(2020, 1, 28))
    assert dates.parse_timestamp("Mon Oct 11 14:57:21 CEST 2021")[1] == D(2021, 10, 11)
    assert dates.parse_timestamp("2020/10/04 15:05:21")[1] == D(2020, 10, 4)


def test_stated_offset_and_zone():
    assert dates.stated_offset("Sat, 19 Oct 2019 00:04:00 +0200") == "+02:00"
    assert dates.stated_offset("2023-11-08T21:11:03-05:00") == "-05:00"
    assert dates.stated_offset("2023-11-08T21:11:03Z") is None
    assert dates.stated_offset("2023-11-08T21:11:03+00:00") is None
    assert dates.offset_zone("+25:00") is None


def test_unparseable_published_value_falls_through_to_the_next_source():
    # A citation list's bare year comes first; the Dublin Core date is the real one.
    head = ('<meta itemprop="datePublished" content="1988">'
            '<meta name="dc.date" content="2017-01-30">')
    assert _article(_page(head))["date"] == "2017-01-30"


# --- Parsing and decoding -----------------------------------------------------


def test_page_with_an_xml_declaration_is_parsed():
    head = '<meta property="article:published_time" content="2015-01-21T10:00:00+01:00">'
    data = _page(head, prolog='<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>')
    article = _article(data)
    assert article["date"] == "2015-01-21"
    assert "dredging plan" in article["body"]


# --- Text -----------------------------------------------------------------------


def test_full_width_forms_are_kept_in_cjk_text():
    text = "商品の出所を表示する機能（出所表示機能）があります。Ctrl＋Alt＋Kで起動します。"
    assert repair_unicode(text) == text


def test_full_width_latin_is_narrowed_outside_cjk_text():
    assert repair_unicode("Ｔｈｅ ｆｕｌｌ report") == "The full report"


def test_page_opening_with_a_long_inline_style_is_html():
    style = "<style>\n" + ".box { opacity: 1; transition: opacity 0.4s; }\n" * 200 + "</style>\n"
    head = '<meta property="article:published_time" content="2023-11-06T08:00:15-08:00">'
    data = style.encode() + _page(head)
    record = decode_payload("in/page.html", data)[0]
    assert record["format"] == "html"
    assert _article(data)["date"] == "2023-11-06"


def test_charset_declared_after_the_first_kilobytes():
    filler = "<!-- " + "x" * 6000 + " -->"
    head = filler + '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
    data = _page(head, body=PARAGRAPHS + "<p>Le caf\xe9 du port a rouvert.</p>").decode()
    data = data.encode("latin-1")
    assert "Le café du port a rouvert." in _article(data)["body"]


def test_declared_utf8_page_with_a_stray_byte_is_decoded():
    data = _page('<meta charset="utf-8">').replace(b"part 1,", b"part \xe9 1,")
    article = _article(data)
    assert "part \ufffd 1," in article["body"]
    # Mostly-invalid bytes are still refused.
    bad = _page('<meta charset="utf-8">') + b"\xe9\xe8" * 400
    assert decode_payload("in/page.html", bad)[0]["reason"] == "invalid_utf8"


LEAD = ("The harbour board met on Tuesday to discuss the dredging plan, and members asked "
        "for a fuller account of the costs before the vote next month.")


def test_widget_messages_and_hidden_metadata_lines_leave_the_body():
    lines = ["Thanks for signing up!", "Keep an eye on your inbox for the latest news.",
             "Sorry!", "There was an error processing your subscription.",
             "An error has occurred, please try again later.", "- Order Reprints",
             "- Print Article", "This article has been sent to",
             "This copy is for your personal, non-commercial use only. To order copies "
             "for distribution to colleagues, use the reprints page.",
             "Write to Jo Reyes at jo.reyes@example.com",
             "https://static.example.com/images/harbour-plan-1200x630.jpg",
             "2019-11-19T08:57:40+01:00"]
    text = f"Harbour plan\n\n{LEAD}\n\n" + "\n\n".join(lines) + f"\n\n{LEAD} Again.\n"
    cleaned = clean_text(text)
    assert cleaned.paragraphs == [LEAD, f"{LEAD} Again."]


def test_a_pasted_link_the_author_wrote_out_stays():
    text = f"Harbour plan\n\n{LEAD}\n\nhttp://example.org/harbour-report\n"
    assert "http://example.org/harbour-report" in clean_text(text).paragraphs


def test_short_line_repeated_word_for_word_is_dropped_after_its_first_time():
    text = (f"Harbour plan\n\n{LEAD}\n\nTen things to know today\n\n{LEAD} More.\n\n"
            "Ten things to know today\n\nTen things to know today\n")
    assert clean_text(text).paragraphs == [LEAD, "Ten things to know today", f"{LEAD} More."]


# --- Main text (HTML) -------------------------------------------------------------


def _body(body: str, head: str = "") -> list[str]:
    return _article(_page(head, body))["body"].split("\n\n")


def test_list_items_lose_the_marker_the_extractor_adds():
    body = PARAGRAPHS + ("<ul><li>Dredging starts in May</li><li>The quay closes for a week"
                         "</li><li>Ferries keep running</li></ul>")
    paragraphs = _body(body)
    assert "Dredging starts in May" in paragraphs
    assert not any(p.startswith("- ") for p in paragraphs)


def test_article_split_into_containers_of_the_same_class_is_read_whole():
    first = "".join(f"<p>First part {i}: the harbour board met on Tuesday and asked for a "
                    f"fuller account of the dredging costs.</p>" for i in range(4))
    second = "".join(f"<p>Second part {i}: the council will vote next month once the "
                     f"engineers have reported on the state of the old quay walls.</p>"
                     for i in range(3))
    # The ad row closes the body container; the story goes on in a second one.
    body = (f'<main><div class="grid"><div class="body article__body">{first}</div>'
            '<div class="aside"></div></div><div class="row"><span>Advertisement</span></div>'
            f'<div class="grid"><div class="body article__body">{second}<ul><li><a href="/x">'
            'Read more: ferry timetable changes for the summer</a></li></ul></div></div></main>')
    page = f"<html><head><title>Harbour plan</title></head><body>{body}</body></html>"
    paragraphs = _article(page.encode())["body"].split("\n\n")
    assert paragraphs[0].startswith("First part 0")
    assert paragraphs[-1].startswith("Second part 2")
    assert len(paragraphs) == 7


def test_data_table_inside_the_article_is_kept_row_by_row():
    table = ("<table><tr><th>Pos</th><th>Driver</th><th>Points</th></tr>"
             "<tr><td>1</td><td>Ana Lima</td><td>5040</td></tr>"
             "<tr><td>2</td><td>Rui Costa</td><td>5035</td></tr></table>")
    paragraphs = _body(PARAGRAPHS + table + PARAGRAPHS.replace("dredging", "quay"))
    assert paragraphs[4:7] == ["Pos Driver Points", "1 Ana Lima 5040", "2 Rui Costa 5035"]


def test_teasers_in_other_article_elements_leave_the_body():
    main = "".join(f"<p>The harbour board met on Tuesday, session {i}, to discuss the dredging "
                   "plan and asked for a fuller account of the costs.</p>" for i in range(2))
    teasers = "".join(
        f'<article class="postbox post-{i}"><h2><a href="/p{i}">Other story {i}</a></h2>'
        f"<p>Teaser {i}: the ferry company said its summer timetable would add two evening "
        "crossings on weekdays.</p></article>" for i in range(4))
    page = ('<html><head><title>Harbour plan</title></head><body><div class="row"><div>'
            f'<article class="articlebox"><h1>Harbour plan</h1>{main}</article>'
            f'<article class="postbox list">{teasers}</article></div></div></body></html>')
    paragraphs = _article(page.encode())["body"].split("\n\n")
    assert len(paragraphs) == 2
    assert not any("Teaser" in p for p in paragraphs)


def test_paragraph_that_is_one_link_is_a_promo_not_text():
    promo = ('<p><a href="/other"><strong>COUNCIL DELAYS FERRY CONTRACT AFTER A YEAR OF '
             'TALKS</strong></a></p>')
    paragraphs = _body(PARAGRAPHS + promo + PARAGRAPHS.replace("dredging", "quay"))
    assert not any("FERRY CONTRACT" in p for p in paragraphs)
    assert len(paragraphs) == 8


def test_linked_address_and_linked_heading_stay_in_the_text():
    from types import SimpleNamespace

    from transforms import maintext
    from transforms.html import parse_html

    url = "https://example.org/harbour-report"
    lead = [f"The harbour board met on Tuesday, session {i}, and asked for the costs."
            for i in range(3)]
    lines = [*lead, url, "Harbour Works Quay Crane Model 7"]
    page = ("<html><body><div>" + "".join(f"<p>{line}</p>" for line in lead)
            + f'<p><a href="{url}">{url}</a></p><h3><a href="/crane">{lines[-1]}</a></h3>'
            + "</div></body></html>")
    doc = SimpleNamespace(text="\n".join(lines), body=None)
    assert maintext.main_text(doc, parse_html(page)).split("\n") == lines


def test_trailing_promo_and_comment_notices_leave_the_body():
    lines = ["Like this story? Share it with a friend!",
             "Have a tip? Jo Reyes may be reached at jo.reyes@example.com.",
             "Also on example.com Council approves the new ferry contract",
             "Harbour Weekly Newsletter",
             'I agree that Example News can send me the "Harbour Weekly" newsletter.',
             "ATENÇÃO: Comentários com textos ofensivos não serão aprovados pelo moderador."]
    kept = ["Also on Tuesday, the board heard from the ferry operators.",
            "Note: comments were edited for length."]
    text = f"Harbour plan\n\n{LEAD}\n\n" + "\n\n".join(kept + lines)
    assert clean_text(text).paragraphs == [LEAD, *kept]


def test_standfirst_above_the_article_container_leaves_the_body():
    paras = "".join(f"<p>The harbour board met on Tuesday, session {i}, to discuss the dredging "
                    "plan and asked for a fuller account of the costs.</p>" for i in range(4))
    intro = "<p>The board wants the costs before it votes on the dredging plan next month</p>"
    page = ('<html><head><title>Harbour plan</title></head><body><article><div class="top">'
            f'<h1>Harbour plan</h1>{intro}</div><div class="story">{paras}</div></article>'
            "</body></html>")
    paragraphs = _article(page.encode())["body"].split("\n\n")
    assert paragraphs[0].startswith("The harbour board met on Tuesday, session 0")
    assert len(paragraphs) == 4
    # A long intro paragraph above the container is part of the story and stays.
    long_intro = ("<p>" + "The board, which runs the port and its two ferry quays, says the "
                  "dredging plan is the largest job it has taken on in thirty years and that "
                  "the costs must be known before any vote. " * 2 + "</p>")
    paragraphs = _article(page.replace(intro, long_intro).encode())["body"].split("\n\n")
    assert paragraphs[0].startswith("The board, which runs the port")
