"""Review of tuning round 47: rules that misfired on ordinary news text they were not
tuned on. Each test shows the misfire (it fails on 4589b83) beside the case the rule was
added for, which must still fire. Synthetic text."""

from __future__ import annotations

from transforms.clean import chrome_kind, tail_note
from transforms.dateline import find_dateline


def _article(name: str, payload: str) -> dict:
    from transforms.clean import clean_record
    from transforms.decode import decode_payload
    from transforms.extract import extract_article

    record = decode_payload(name, payload.encode())[0]
    return extract_article(clean_record(record))


_STORY = ("The council approved the new ferry ramp on Monday after a long debate over "
          "costs.\n\nOpposition members said the plan did too little for the outlying "
          "islands and asked for a second reading.\n\n")


# 1. The promo "support ... journalism" (an older rule, found during round 47) read the
#    noun "support for ... journalism" in a reported sentence as the site's call.

def test_support_for_journalism_in_a_reported_sentence_is_the_storys():
    for line in ("Support for local journalism has fallen sharply since 2010, the survey found.",
                 "Support among readers for investigative journalism grew last year."):
        assert chrome_kind(line) is None, line
    # Must still fire: the call in the site's voice.
    for line in ("Support independent journalism today.", "Support local journalism.",
                 "Support our journalism by becoming a member."):
        assert chrome_kind(line) == "promo", line


# 2. A messaging-app join call (round 47 widened it to Signal, Viber and South Slavic)
#    took a story's sentence that reports who made the call.

def test_a_reported_join_call_is_the_storys():
    for line in ("Join the Signal group, the organisers told protesters.",
                 "Join the WhatsApp group for parents, the principal told families at the meeting.",
                 "Pridružite se našoj Viber grupi, rekao je gradonačelnik."):
        assert chrome_kind(line) is None, line
    # Must still fire: the site's own call.
    for line in ("Join our Signal group for breaking news.", "Pridružite se našoj Viber grupi",
                 "Join our WhatsApp group to get the latest news."):
        assert chrome_kind(line) == "promo", line


# 3. A dateline hyphen glued to the city (round 47) read a road between two towns as a
#    dateline when the second town was no big city.

def test_a_glued_hyphen_before_a_smaller_town_is_no_dateline():
    assert find_dateline("Colombo- Kandy road was closed for six hours after a landslide.") is None
    assert find_dateline("Galle- Matara railway line reopened on Monday.") is None
    # Must still fire: the hyphen before the story's first word.
    found = find_dateline("Srinagar- The government on Monday said the highway would reopen.")
    assert found is not None and found.city == "Srinagar"
    found = find_dateline("Colombo- Sri Lanka's cabinet approved the budget on Monday.")
    assert found is not None and found.city == "Colombo"


# 4. A wire alone in the byline slot (round 47) took any line that an alias spells in any
#    case: a given name or a word sharing a short wire's letters became the story's wire.

def test_a_name_or_word_sharing_a_wires_letters_is_no_wire_line():
    for line in ("Mina", "Ana", "Map", "Tap", "Aim", "Sana"):
        article = _article("a.txt", "Harbour Gazette\n\nNew ferry ramp opens\n\n" + line
                           + "\n\n12 March 2025\n\nPORTVILLE | " + _STORY)
        assert article["agency"] is None, line
    # Must still fire: the wire as it spells itself.
    for line, wire in (("Belga", "Belga"), ("MINA", "MINA"), ("Andina", "Andina"), ("PTI", "PTI")):
        article = _article("b.txt", "Harbour Gazette\n\nNew ferry ramp opens\n\n" + line
                           + "\n\n12 March 2025\n\nPORTVILLE | " + _STORY)
        assert article["agency"] == wire, line


# 5. A reader-funding appeal (round 47, TAIL_NOTES) took any "journalism requires / needs"
#    sentence with "our" later on: a story's closing sentences about press freedom.

def test_a_story_sentence_on_what_journalism_needs_is_no_funding_appeal():
    for para in ("Independent reporting requires protection by law. Our correspondent in Minsk "
                 "was detained twice in 2023.",
                 "Investigative reporting requires courage, and our reporter in the capital paid "
                 "for it with two years in prison."):
        assert tail_note(para, []) is None, para
    # Must still fire: what the journalism takes, and the newsroom asking.
    for para in ("Quality journalism takes time and money. Our newsroom relies on readers.",
                 "Quality journalism costs money. Our newsroom relies on readers like you."):
        assert tail_note(para, []) == "desk_note", para


# 6. A region's own name (round 47, SUBDIVISION_ENDONYMS) stood alone as a place even
#    when it is a word of the page's language: a French movement named "Loyauté" placed
#    a story with no dateline in New Caledonia.

def test_a_region_endonym_that_is_a_word_needs_its_generic():
    body = ("Le mouvement Loyauté et Progrès a tenu son congrès samedi. Loyauté et Progrès "
            "réclame une réforme du scrutin et une baisse des impôts locaux, a expliqué son "
            "président devant les militants.\n\nLe parti compte présenter des candidats aux "
            "prochaines élections municipales dans plusieurs communes.\n\n")
    article = _article("a.txt", "Le Journal\n\nLe congrès du mouvement\n\n" + body)
    assert article["country"] is None
    # Must still fire: the islands named after their generic, beside their towns.
    body = ("Les travaux de la piste de l'aérodrome de Wanaham, à Lifou, débuteront en juin, a "
            "annoncé mercredi la province des îles Loyauté.\n\nÀ Lifou, l'avion reste le "
            "principal moyen de transport vers Nouméa, le bateau ne desservant l'île que "
            "quelques jours par semaine.\n\n")
    article = _article("b.txt", "Le Journal\n\nLifou : la piste s'allonge\n\n" + body)
    assert article["country"] == "NC"


# 7. A publisher's yearless copyright closing the page (round 47, PUBLISHER_HOLDER) took a
#    photographer's credit that names the media house they shot for.

def _closed(notice: str) -> str:
    return ("Harbour Gazette\n\nNew ferry ramp opens at the northern quay\n\nThe council "
            "approved the new ferry ramp on Monday after a long debate over costs.\n\n"
            "Opposition members said the plan did too little for the outlying islands.\n"
            "\nRead more about:\nHarbour\nFerries\n\n" + notice + "\n")


def _first_credit(article: dict) -> str | None:
    return article["captions"][0]["credit"] if article["captions"] else None


def test_a_photographer_credit_naming_a_media_house_stays_a_credit():
    for notice in ("© Wolter Peeters / Fairfax Media", "© Jane Roe/Example Media Group"):
        assert _first_credit(_article("a.txt", _closed(notice))) == notice[2:], notice
    # Must still fire: the publisher alone.
    for notice in ("© Example Media Group", "© Voorbeeld Uitgeverij"):
        assert _first_credit(_article("a.txt", _closed(notice))) is None, notice
