"""Classes of title, agency, author and caption failures found with bench/dev_set47 (a
retired held-out set): a section kicker above the headline under a title-cased menu
("Things To Do"), a wire's name alone in the byline slot ("Belga"), a state's
abbreviation in a dateline's brackets ("Manaus (AM) –"), a writer's name under the story
above a tag list and the share bar, and a publisher's yearless copyright closing the page
("© Example Media Group") read as a photo credit. One guard each, written on synthetic
text, with a near miss that must stay as it is."""

from __future__ import annotations

import json

from transforms import clean


def _article(name: str, payload: str) -> dict:
    from transforms.clean import clean_record
    from transforms.decode import decode_payload
    from transforms.extract import extract_article

    record = decode_payload(name, payload.encode())[0]
    article = extract_article(clean_record(record))
    first = article["captions"][0] if article["captions"] else {}
    return {**article, "caption": first.get("text"), "caption_credit": first.get("credit")}


_STORY = ("The council approved the new ferry ramp on Monday after a long debate over "
          "costs.\n\nOpposition members said the plan did too little for the outlying "
          "islands and asked for a second reading.\n\nThe first sailings would use the "
          "ramp in the spring and the fares would stay the same.\n")

_MENU = "The Harbour Gazette\nNews\nSports\nOpinion\nThings To Do\nReal Estate\n\n"


# 1. A kicker of a few words under a title-cased menu, above a longer headline.

def test_a_kicker_under_a_title_cased_menu_is_no_title():
    assert clean._menu_words("Things To Do") == 2
    assert clean._menu_words("Letters To The Editor") == 2
    text = (_MENU + "State & Regional News\n\n"
            "Island council approves new ferry ramp for the northern quay after long debate\n\n"
            "By Jane Roe\n\n" + _STORY)
    assert _article("a.txt", text)["title"] == (
        "Island council approves new ferry ramp for the northern quay after long debate")


def test_a_short_headline_under_the_menu_stays_the_title():
    text = _MENU + "Council approves new ferry ramp\n\nBy Jane Roe\n\n" + _STORY
    assert _article("a.txt", text)["title"] == "Council approves new ferry ramp"


# 2. A wire's name alone between the headline and the date line is the wire's byline.

def _bylined(line: str) -> str:
    return ("Harbour Gazette\n\nNew ferry ramp opens at the northern quay\n\n" + line
            + "\n\n3 March 2025 10:05\n\n" + _STORY)


def test_a_wire_alone_in_the_byline_slot_is_the_agency():
    assert _article("a.txt", _bylined("Belga"))["agency"] == "Belga"
    assert _article("a.txt", _bylined("ANP"))["agency"] == "ANP"


def test_a_desk_or_a_wire_under_the_lead_is_no_byline_wire():
    assert _article("a.txt", _bylined("Redactie"))["agency"] is None
    assert _article("a.txt", _bylined("Harbour Desk"))["agency"] is None
    # Under the lead the one-word name is the story's word, not its byline.
    text = ("Harbour Gazette\n\nNew ferry ramp opens at the northern quay\n\n3 March 2025\n\n"
            + _STORY + "\nBelga\n\nMore ferries are planned for next year and the year after.\n")
    assert _article("a.txt", text)["agency"] is None


# 3. A state's abbreviation in the dateline's brackets names the state, not a wire.

def _crawled(lead: str) -> str:
    return json.dumps({"title": "Nova balsa começa a operar", "date_publish": "2025-03-03 10:05:00",
                       "language": "pt", "source_domain": "www.porto.example.com.br",
                       "url": "https://www.porto.example.com.br/noticias/nova-balsa",
                       "maintext": lead + " A prefeitura inaugurou nesta segunda-feira a nova "
                       "balsa que liga os dois lados do rio.\nA travessia leva vinte minutos e "
                       "a tarifa continua a mesma para os moradores.\nA obra custou dez milhões "
                       "de reais e foi paga com recursos do estado."})


def test_a_state_abbreviation_in_a_dateline_is_no_agency():
    assert _article("a.json", _crawled("Campinas (SP) –"))["agency"] is None
    assert _article("a.json", _crawled("Goiânia (GO) –"))["agency"] is None


def test_a_wire_in_a_dateline_stays_the_agency():
    assert _article("a.json", _crawled("Campinas (Reuters) –"))["agency"] == "Reuters"
    assert _article("a.json", _crawled("Belém (AP) –"))["agency"] == "AP"


# 4. A writer's name alone under the story, above a tag list and the share bar.

def _signed(name: str, story: str = _STORY, share: str = "Share:\nFacebook\nX\n") -> str:
    return ("Harbour Gazette\n\nNew ferry ramp opens at the northern quay\n\n" + story
            + "\n" + name + "\n\nTagi:\nHarbour\nferries\nCouncil\n\n" + share)


def test_a_signature_above_a_tag_list_and_the_share_bar_is_the_author():
    assert _article("a.txt", _signed("Marek Zawada"))["authors"] == ["Marek Zawada"]


def test_a_quoted_name_or_one_without_the_share_bar_is_no_author():
    quoted = _STORY + "\n\"It is a good day,\" said Marek Zawada, the harbour master.\n"
    assert _article("a.txt", _signed("Marek Zawada", story=quoted))["authors"] == []
    assert _article("a.txt", _signed("Marek Zawada", share=""))["authors"] == []


# 5. A publisher's yearless copyright closing the page is no photo's credit.

def _closed(notice: str) -> str:
    return ("Harbour Gazette\n\nNew ferry ramp opens at the northern quay\n\n" + _STORY
            + "\nRead more about:\nHarbour\nFerries\n\n" + notice + "\n")


def test_a_publisher_copyright_closing_the_page_is_no_caption_credit():
    for notice in ("© Example Media Group", "© Voorbeeld Uitgeverij", "© Beispiel Mediengruppe"):
        article = _article("a.txt", _closed(notice))
        assert (article["caption"], article["caption_credit"]) == (None, None), notice


def test_a_photographer_copyright_closing_the_page_stays_a_credit():
    article = _article("a.txt", _closed("© Jane Roe"))
    assert article["caption_credit"] == "Jane Roe"
