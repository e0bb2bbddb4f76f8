"""HTML pages are parsed once and trafilatura's metadata pass runs without its
whole-page searches (issue 6): what the page's tags give is kept, the date is
htmldate's, and the author search only runs where the page marks no writer."""

from __future__ import annotations

import lxml.html
import trafilatura.metadata

from transforms import html

BODY = "".join(
    f"<p>The council approved paragraph {i} of the plan on Tuesday after a long debate "
    "about costs and the timetable for the works, officials said.</p>" for i in range(6))


def _page(head: str = "", byline: str = "") -> str:
    return (f"<!DOCTYPE html><html lang='en'><head>{head}</head><body>"
            f"<article><h1>Council approves the plan for the new line</h1>{byline}{BODY}"
            "</article></body></html>")


def test_trafilatura_runs_on_the_tree_already_parsed(monkeypatch):
    given = []
    real = html.trafilatura.bare_extraction

    def spy(content, **kwargs):
        given.append(content)
        return real(content, **kwargs)

    monkeypatch.setattr(html.trafilatura, "bare_extraction", spy)
    page = html.extract_html(_page())
    assert [type(g) for g in given] == [lxml.html.HtmlElement]
    assert "paragraph 5 of the plan" in page.text


def test_page_metadata_keeps_tags_and_dates_with_htmldate():
    tree = html.parse_html(_page(
        "<meta property='og:site_name' content='The Daily Example'>"
        "<meta property='article:published_time' content='2025-03-04T10:00:00+01:00'>"
        "<link rel='canonical' href='https://example.org/news/2025/03/04/plan'>"))
    data = html.page_metadata(tree, None)
    assert data.sitename == "The Daily Example"
    assert data.date == "2025-03-04"
    assert data.url == "https://example.org/news/2025/03/04/plan"


def test_a_site_without_a_name_tag_is_named_by_its_url():
    tree = html.parse_html(_page("<link rel='canonical' href='https://www.example.org/a/b'>"))
    assert html.page_metadata(tree, None).sitename == "example.org"


def test_the_author_search_runs_only_where_the_page_marks_no_writer(monkeypatch):
    calls = []
    real = trafilatura.metadata.extract_author

    def spy(tree):
        calls.append(1)
        return real(tree)

    monkeypatch.setattr(html, "extract_author", spy)
    marked = html.extract_html(_page(byline="<span class='author'>Jane Doe</span>"))
    assert calls == [] and marked.metadata["author_elements"] == ["Jane Doe"]
    html.extract_html(_page())
    assert calls == [1]


def test_the_tree_is_html_elements_without_comments():
    tree = html.parse_html("<!DOCTYPE html>\n<html><body><!-- build 42 --><form><input name='q'>"
                           "<label>Search</label></form><p>Text <b>bold</b></p></body></html>")
    assert all(isinstance(e, lxml.html.HtmlElement) for e in tree.iter())
    assert tree.find(".//form").text_content() == "Search"
    assert "build 42" not in lxml.html.tostring(tree, encoding="unicode")


def test_a_page_that_is_no_html_document_still_parses():
    assert html.parse_html("just words, no markup").text_content() == "just words, no markup"
