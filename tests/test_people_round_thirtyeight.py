"""Classes of people and credit failures found with bench/dev_set38 (a retired held-out
set): authors, editors, agency and caption credits. One guard each, written on synthetic
text, with a near miss that must stay as it is."""

from __future__ import annotations

import json

from transforms import people
from transforms.clean import _tidy_credit


def _article(name: str, payload: str) -> dict:
    from transforms.clean import clean_record
    from transforms.decode import decode_payload
    from transforms.extract import extract_article

    record = decode_payload(name, payload.encode())[0]
    return extract_article(clean_record(record))


_EN = ("The council approved the new bus routes on Tuesday after a long debate over "
       "costs and timetables.\n\nOpposition members said the plan did too little for the "
       "outlying districts and asked for a second reading.\n\nThe mayor said the first "
       "buses would run in the spring and the fares would stay the same.\n")


def _text(lead: str, body: str = _EN, tail: str = "") -> str:
    return ("Valley Weekly\n\nCouncil approves new bus routes for the harbour district\n\n"
            f"{lead}\n\n{body}{tail}")


def _crawl(text: str, host: str = "www.valleyherald.example.net") -> str:
    return json.dumps({"title": "Council approves new bus routes", "author": "Valley Herald",
                       "hostname": host, "date": "2025-03-04", "text": text,
                       "language": "en", "source-hostname": "Valley Herald",
                       "url": f"https://{host}/en/story/123-council-approves-bus-routes"})


def test_a_date_in_the_datelines_brackets_is_no_agency():
    lead = ("MIRI (Oct 12): The council approved the new bus routes on Tuesday after a "
            "long debate over costs.")
    assert _article("a.txt", _text(lead, tail="\n— Bernama\n"))["agency"] == "Bernama"
    assert _article("a.txt", _text(lead))["agency"] is None
    # Near miss: a wire in the same brackets is the wire.
    wired = lead.replace("(Oct 12):", "(Bernama) -")
    assert _article("a.txt", _text(wired))["agency"] == "Bernama"


def test_the_sites_own_name_in_the_dateline_is_no_agency():
    lead = ("ERBIL (ValleyHerald) – The council approved the new bus routes on Tuesday after "
            "a long debate over costs and timetables.")
    assert _article("a.json", _crawl(f"{lead}\n{_EN}"))["agency"] is None
    spaced = lead.replace("(ValleyHerald)", "(Valley Herald)")
    assert _article("a.json", _crawl(f"{spaced}\n{_EN}"))["agency"] is None
    # Near miss: a wire's name on the same site is the wire.
    wired = lead.replace("(ValleyHerald)", "(Reuters)")
    assert _article("a.json", _crawl(f"{wired}\n{_EN}"))["agency"] == "Reuters"


def test_a_job_in_brackets_after_the_bylined_name():
    assert people.byline_names("By JANE ROE ( VALLEY STAFF WRITER )") == ["Jane Roe"]
    assert people.byline_names("By Jane Roe (Senior Reporter)") == ["Jane Roe"]
    # Near miss: a bracket that is no job stays part of what is read, and a job alone
    # names nobody.
    assert people.clean_name("Jane Roe (Valley Herald)") != "Jane Roe"
    assert people.clean_name("( STAFF WRITER )") is None


def test_the_writer_after_an_updated_stamp():
    line = "Last updated on Friday, 21st March, 2025, 19:05 by Jane Roe"
    article = _article("a.txt", _text(line))
    assert article["authors"] == ["Jane Roe"]
    assert article["date"] == "2025-03-21"
    # Near miss: "by" and no person after the stamp.
    article = _article("a.txt", _text(line.replace("Jane Roe", "the council")))
    assert article["authors"] == []


def test_names_a_bar_and_the_sites_one_word_desk():
    # Review 39: the right side must be the site's own name.
    assert people.site_desk_byline("Jane Roe | ValleyHerald24",
                                   frozenset({"valleyherald24"})) == ["Jane Roe"]
    assert people.site_desk_byline("Jane Roe | Analysis", frozenset({"valleyherald24"})) is None
    article = _article("a.json", _crawl(f"Jane Roe | ValleyHerald\n{_EN}"))
    assert article["authors"] == ["Jane Roe"]
    # Near miss: menu words between bars are no byline.
    assert people.byline_names("Home | Contact") is None


def test_a_wires_credits_after_a_source_label():
    line = "Source: Reuters (Reporting by Jane Roe; Editing by John Doe)"
    assert people.wire_credits(line) == ("Reuters", "Reporting by Jane Roe; Editing by John Doe")
    lead = "The routes were shown to residents at the town hall on Monday evening."
    article = _article("a.txt", _text(lead, tail=f"\n{line}\n"))
    assert article["authors"] == ["Jane Roe"] and article["editors"] == ["John Doe"]
    # Near miss: a source that is no wire the table knows.
    assert people.wire_credits("Source: Valley Farmers (Reporting by Jane Roe)") is None


def test_credit_wrapper_words_in_french_and_greek():
    assert _tidy_credit("Photo d'archives, AFP") == "AFP"
    assert _tidy_credit("Photo d’archive : Jane Roe") == "Jane Roe"
    assert _tidy_credit("Φωτογραφία: Γιάννης Παππάς") == "Γιάννης Παππάς"
    # Near miss: a label word that runs into the credit is not a wrapper.
    assert _tidy_credit("Photo d'Anne Roy") == "Photo d'Anne Roy"
    assert _tidy_credit("Φωτογραφίες Ελλάδος") == "Φωτογραφίες Ελλάδος"
