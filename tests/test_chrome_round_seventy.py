"""Classes of site chrome that leaked into article bodies, or were taken as a photo caption,
on bench/dev_set69 (a retired held-out set, tuned on once it was retired): the ad label in
Telugu, Persian, isiZulu and isiXhosa ("ప్రకటన", "آگهی", "Isikhangiso", "Intengiso") and the
Telugu site's note on its ads ("గమనిక: ... వ్యాపార ప్రకటనలు ..."); the Telugu "more" link
alone ("మరిన్ని") and "Latest articles"; the Telugu and isiZulu read-also header above its
linked headline ("ఇవీ చదవండి:", "FUNDA NALOKHU:"); the Swahili comment form ("Barua pepe yako
haitachapishwa."); the Czech and Slovak "do you like our content?" support call; the Latvian
copyright and copying ban; the Latvian call to follow the outlet on a network; "Find out more
about ... on <Site>."; and a page-closing "©" line whose holder is a media house or a
copyright ("© Example Mediji", "© Crown copyright"), no credit for the line above it.
Synthetic text; each class with near misses that stay."""

from __future__ import annotations

from transforms.clean import clean_text

BODY = ("The council approved the plan on Tuesday after a long debate about costs and "
        "the timetable for the works, officials said.")
MORE = ("Work on the first section is due to start in the spring, and the whole line should "
        "open within four years if the money is found.")


def _middle(line: str) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{line}\n\n{MORE}\n").paragraphs


def _tail(line: str, html: bool = False) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{MORE}\n\n{line}\n",
                      lines_are_paragraphs=html).paragraphs


def _gone(lines: list[str]) -> None:
    for line in lines:
        assert _tail(line) == [BODY, MORE], line
        assert _tail(line, html=True) == [BODY, MORE], line
        assert _middle(line) == [BODY, MORE], line


def _kept(lines: list[str]) -> None:
    for line in lines:
        assert _tail(line) == [BODY, MORE, line], line
        assert _tail(line, html=True) == [BODY, MORE, line], line
        assert _middle(line) == [BODY, line, MORE], line


# ---------------------------------------------------------------------------
# Ad labels and the Telugu ad note.

def test_ad_labels_and_telugu_ad_note():
    _gone(["ప్రకటన", "آگهی", "Isikhangiso", "Intengiso",
           "గమనిక: ఈ వెబ్‌సైట్‌లో కనిపించే వ్యాపార ప్రకటనలు బయటి సంస్థల నుంచి వస్తాయి."])


def test_telugu_note_on_other_matters_stays():
    _kept(["గమనిక: పరీక్షల తేదీలు మారే అవకాశం ఉందని అధికారులు తెలిపారు."])


# ---------------------------------------------------------------------------
# "More" and "Latest articles" alone.

def test_more_and_latest_articles_alone():
    _gone(["మరిన్ని", "Latest articles", "Latest stories"])


def test_latest_articles_in_a_sentence_stays():
    _kept(["Latest articles in the journal question the cost of the scheme, critics say."])


# ---------------------------------------------------------------------------
# Read-also headers above their headline.

def test_telugu_and_zulu_read_also_header_with_headline():
    for header, headline in (("ఇవీ చదవండి:", "కొత్త బడుల్లో చేరికలు పెరిగాయి"),
                             ("ఇదీ చదవండి", "రైతులకు కొత్త పథకం"),
                             ("FUNDA NALOKHU:", "Abafundi babuyela ezikoleni zabo"),
                             ("Funda futhi", "Izimoto ezintsha zamaphoyisa")):
        assert _middle(f"{header}\n{headline}") == [BODY, MORE], header


def test_zulu_read_verb_opening_a_sentence_stays():
    _kept(["Funda nalokhu uma ufuna ukwazi ngomthetho omusha wezimoto, kusho umphathi."])


# ---------------------------------------------------------------------------
# The Swahili comment form.

def test_swahili_comment_form():
    _gone(["Barua pepe yako haitachapishwa.",
           "Barua pepe yako haitachapishwa. Sehemu zinazohitajika zimewekwa alama *"])


def test_swahili_email_sentence_stays():
    _kept(["Barua pepe yako ilitumwa kwa polisi jana, msemaji alisema."])


# ---------------------------------------------------------------------------
# The Czech and Slovak "do you like our content?" call.

def test_czech_slovak_like_our_content_call():
    _gone(["Líbí se vám náš obsah? Podpořte nás darem.",
           "Páči sa vám náš obsah? Podporte nezávislú žurnalistiku."])


def test_czech_like_without_question_stays():
    _kept(["Líbí se vám náš nový park, ptala se starostka obyvatel na setkání."])


# ---------------------------------------------------------------------------
# The Latvian copyright and copying ban.

def test_latvian_copyright_and_copying_ban():
    _gone(["Autortiesības aizsargātas. Materiālu pārpublicēšana bez atļaujas aizliegta.",
           "Satura kopēšana bez rakstiskas atļaujas ir aizliegta.",
           "Visos teisės saugomos.", "Kõik õigused kaitstud."])


def test_latvian_ban_on_other_things_stays():
    _kept(["Zvejošana bez atļaujas ezerā ir aizliegta, atgādina vides dienests."])


# ---------------------------------------------------------------------------
# The Latvian follow call, the network closing the line.

def test_latvian_follow_call():
    _gone(["Seko Example.LV arī Facebook", "Sekojiet mums Instagramā"])


def test_latvian_follow_without_network_stays():
    _kept(["Seko policijas ziņām, aicināja iedzīvotājus pašvaldība."])


# ---------------------------------------------------------------------------
# "Find out more about ... on <Site>."

def test_find_out_more_on_a_named_site():
    _gone(["Find out more about reading resources on Example Hub.",
           "Learn more about the grants at Example Portal."])


def test_find_out_more_at_a_lower_case_place_stays():
    _kept(["Find out more about the plans at the meeting on Thursday, the council said."])


# ---------------------------------------------------------------------------
# A media house's or a copyright "©" closing the page is no photo credit.

def test_closing_notice_of_media_house_or_copyright_is_no_caption():
    for line in ("© Example Mediji", "© Crown copyright"):
        out = clean_text(f"Harbour fees rise\n\n{BODY}\n\n{MORE}\n\nQuarterly round-up\n\n{line}\n")
        assert out.captions == [], line


def test_closing_photographer_credit_stays_a_caption():
    out = clean_text(f"Harbour fees rise\n\n{BODY}\n\n{MORE}\n\nThe new quay at dawn\n\n"
                     "© Jane Roe\n")
    assert out.captions == [{"text": "The new quay at dawn", "credit": "Jane Roe"}]
