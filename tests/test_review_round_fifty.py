"""Review of round 50: misfires of its rules on text they were not tuned on, each
with the case the rule was made for, which must keep working."""

from __future__ import annotations

from transforms.clean import clean_record, tail_note
from transforms.extract import extract_article


def _record(payload: str) -> dict:
    return {"id": "t", "source": {"uri": "t.txt", "format": "text"}, "format": "text",
            "payload": payload, "meta": {}}


def _text_article(payload: str) -> dict:
    return extract_article(clean_record(_record(payload)))


# 1. The site's self-description under the story (round 50) took one quality alone as the
#    site's: a story's last line about a politician ("Senator Jane Roe is an independent.")
#    or a mayor ("... ist unabhängig.") went as a desk note.

def test_a_person_who_is_an_independent_is_no_self_description_of_the_site():
    for line in ("Senator Jane Roe is an independent.", "John Smith is independent.",
                 "Tom Baker is local.", "Bürgermeister Max Muster ist unabhängig."):
        assert tail_note(line, []) is None, line
    cleaned = clean_record(_record(
        "Council vote delayed\n\nThe council delayed its vote on the budget on Tuesday, the "
        "clerk said. Two members were absent and the chair adjourned the meeting.\n\nThe swing "
        "vote belongs to Senator Jane Roe, who has not said how she will vote.\n\nSenator Jane "
        "Roe is an independent.\n"))
    assert cleaned["paragraphs"][-1] == "Senator Jane Roe is an independent."
    # Still fires: the site's own line, with a pride word, two qualities or an outlet's noun.
    for line in ("Example Today is proudly independent and locally owned.",
                 "Valley News is an independent, locally owned news outlet.",
                 "Valley News is an independent news outlet.",
                 "Example Today is fiercely independent.",
                 "Beispiel Kurier ist unabhängig und inhabergeführt.",
                 "Beispiel Kurier ist stolz unabhängig."):
        assert tail_note(line, []) == "desk_note", line


# 2. The case forms of a country's own name (round 50) made words of their own country
#    evidence: Polish "Chili" (of Chile) in "Red Hot Chili Peppers", Hungarian "Indián"
#    (of India; a Native American) and "Indian Wells".

def test_a_case_form_that_is_a_word_of_its_own_is_no_country():
    polish = _text_article(
        "Nowy album zespołu\n\nZespół Red Hot Chili Peppers wydał w piątek nowy album, który "
        "krytycy przyjęli bardzo ciepło. Muzycy zapowiedzieli też trasę koncertową na przyszły "
        "rok, ale nie podali jeszcze jej szczegółów.\n\nPłyta zawiera dwanaście utworów nagranych "
        "w ciągu ostatnich dwóch lat.\n")
    assert polish["country"] != "CL"
    tennis = _text_article(
        "Döntőbe jutott a magyar teniszező\n\nA magyar teniszező bejutott az Indian Wells-i "
        "torna döntőjébe, miután két szettben legyőzte ellenfelét. A mérkőzés csaknem két órán "
        "át tartott, és a közönség végig szurkolt.\n\nA döntőt vasárnap rendezik.\n")
    assert tennis["country"] != "IN"
    museum = _text_article(
        "Kiállítás nyílt\n\nA kiállítás az észak-amerikai törzsek életét mutatja be. Az Indián "
        "Múzeum gyűjteményéből érkezett tárgyakat hétfőtől láthatja a közönség, a belépés "
        "ingyenes lesz egész hónapban.\n\nA tárlat három hónapig lesz nyitva.\n")
    assert museum["country"] != "IN"


def test_a_country_case_form_still_places_the_story():
    from transforms import geo

    names = geo._localized("hr")[0]
    assert names.get("srbije") == "RS" and names.get("hrvatske") == "HR"
    assert geo._localized("hu")[0].get("indiaban") == "IN"
    assert geo._localized("pl")[0].get("chilach") == "CL"


# 3. The wire-feed notice's kin (round 50) took any agency for a wire: a story's line on a
#    report by an environment agency published unchanged went as site furniture.

def test_a_government_agency_report_published_unchanged_is_story_text():
    from transforms.clean import chrome_kind

    for line in ("This report by the environment agency was published without changes to its "
                 "findings.",
                 "This report from the statistics agency was released without any changes."):
        assert chrome_kind(line) is None, line
    # Still fires: the text from a wire's or news agency's feed, unchanged.
    for line in ("This story has been published from a wire agency feed without modifications "
                 "to the text.",
                 "This story was published from a news agency feed without any changes.",
                 "Dieser Artikel wurde aus dem Agenturfeed ohne Änderungen übernommen.",
                 "Cet article est publié à partir d'un fil d'agence sans modification du texte."):
        assert chrome_kind(line) is not None, line
