"""Review of tuning round 44: rules that misfired on ordinary news text they were not tested
on. Each test shows the misfire (it fails on 7e7936d) beside the case the rule was added
for, which must still fire. Synthetic text."""

from __future__ import annotations

from transforms import geo
from transforms.clean import chrome_kind, clean_text, tail_note

BODY = ("The council approved the plan on Tuesday after a long debate about costs and "
        "the timetable for the works, officials said.")
MORE = ("Work on the first section is due to start in the spring, and the whole line should "
        "open within four years if the money is found.")
LAST = ("Building is expected to cost about 40 million, most of it paid by the regional "
        "government, the council said.")


def _page(lines: list[str]) -> list[str]:
    return clean_text("Harbour fees rise\n\n" + "\n\n".join([BODY, MORE, *lines]) + "\n").paragraphs


def _tail(line: str) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{MORE}\n\n{line}\n").paragraphs


def _middle(line: str) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{line}\n\n{MORE}\n").paragraphs


# 1. The comment section opened by a share bar's "Comments (12)" in the middle of a story:
#    the story's paragraphs below it, with a word for "we", "please" or "you" and one for a
#    report, rules or a password, went as the section's furniture.

def test_story_paragraphs_below_a_comment_count_in_the_middle_stay():
    for label, line in [
        ("Comments (12)", "Please report any sightings of the missing boat to the coastguard."),
        ("Comments (12)", "We will report back to residents on the costs next month."),
        ("Comments (12)", "The new rules affect all of us, and they start in May."),
        ("Comments (12)", "If you reused your password on other sites, change it there too."),
        ("Kommentare (3)", "Sie wollen neue Regeln für den Hafen noch in diesem Jahr."),
        ("Kommentare (3)", "Die Stadt veröffentlichte ihre Antwort auf die Kommentare der "
                           "Anwohner am Montag."),
        ("Comentarios (4)", "Tu contraseña puede estar en la lista robada en el ataque."),
        ("Comments (12)", "The council will accept your comments on the plan until May 1."),
        ("Commentaires (5)", "Vos commentaires sur le projet sont attendus en mairie "
                             "jusqu'au 1er mai."),
    ]:
        assert _page([label, line, LAST]) == [BODY, MORE, line, LAST], line
    # Must still fire: the section's own furniture.
    assert _page(["Comments (12)", "Please report any comments that break our rules.",
                  "Read the rules here", LAST]) == [BODY, MORE, LAST]
    assert _page(["Commentaires", "Vous devez être connecté pour réagir.", LAST]) == [
        BODY, MORE, LAST]


# 2. The log-in widget's lines popped above a comment heading: a story's last paragraph on
#    passwords or log-ins, spoken to the reader.

def test_a_last_paragraph_on_passwords_above_the_comment_heading_stays():
    for line in ["If you reused your password on other sites, change it there too.",
                 "Wenn Sie Ihr Passwort auch anderswo nutzen, ändern Sie es dort ebenfalls."]:
        assert _page([line, "Comments"]) == [BODY, MORE, line], line
    # Must still fire.
    assert _page(["Enter your email and password to access comments.", "Show Comments"]) == [
        BODY, MORE]
    assert _page(["Success. Please wait for the page to reload. If the page does not reload "
                  "within 5 seconds, please refresh the page.", "Comments"]) == [BODY, MORE]


# 3. The tip-line promo with its question mark optional (open before round 44): a story's
#    sentence about a tip.

def test_a_story_sentence_about_a_tip_stays():
    for line in ["Do you have a tip for beginners, she asked the chef.",
                 "Got a tip from a neighbour, the detective drove to the harbour."]:
        assert chrome_kind(line) is None, line
        assert _middle(line) == [BODY, line, MORE], line
    # Must still fire.
    for line in ["Got a news tip? Email us at tips@example.com",
                 "Do you have a news tip? Contact our newsroom.", "Got a story idea for us"]:
        assert chrome_kind(line) is not None, line
        assert _middle(line) == [BODY, MORE], line


# 4. The public-interest journalism funding note in other languages: a story's last sentence
#    on journalism funded by a state or by advertising.

def test_a_last_sentence_on_funded_journalism_stays():
    for line in ["O jornalismo financiado pelo governo perdeu leitores em 2024.",
                 "Le journalisme financé par l'État a perdu des lecteurs en 2024.",
                 "Der Journalismus, gefördert vom Staat, verliert an Vertrauen.",
                 "El periodismo financiado por gobiernos pierde lectores cada año.",
                 "Журналистика при поддержке государства теряет доверие читателей."]:
        assert tail_note(line, []) is None, line
        assert _tail(line) == [BODY, MORE, line], line
    # Must still fire.
    for line in ["Journalisme d'intérêt public financé par le Fonds Exemple.",
                 "Gemeinwohlorientierter Journalismus, gefördert von der Stiftung Beispiel.",
                 "Общественно значимая журналистика при поддержке фонда Пример."]:
        assert tail_note(line, []) == "desk_note", line
        assert _tail(line) == [BODY, MORE], line


# 5. A state's abbreviation without its full stop: alone in its run, after a city and a
#    comma, it is the state (styles and headlines without the stop).

def test_a_bare_state_abbreviation_after_a_city_counts():
    for text in ["He lives in Worcester, Mass and works in Boston.",
                 "Springfield, Mass (AP) - A fire closed a school on Monday.",
                 "A fire broke out in Pasadena, Calif on Monday."]:
        assert geo.country_mentions(text)[0] == {"US": 1}, text
    # Must still fire: inside a longer name it is a word.
    assert geo.country_mentions("The Karachi Mass Transit Authority met.")[0] == {}
    assert geo.country_mentions("Miss Universe arrives on Monday.")[0] == {}


# 6. A street named after a place: in a headline in title case the place is followed by a
#    capitalised noun ("Parade", "Park", "Street") that is no street's name.

def test_a_place_before_a_street_word_in_a_title_case_headline_counts():
    assert geo.places_in_head("Toronto Parade Honours Veterans") == [("toronto", "CA")]
    assert geo.places_in_head("Denver Park Shooting Leaves Two Hurt") == [("denver", "US")]
    assert geo.places_in_head("Dublin Street Party Draws Thousands") == [("dublin", "IE")]
    # Must still fire: the street's name ends the run.
    assert geo.places_in_head("Crews close Perth Road and Adelaide Park for the works") == []
    assert geo.places_in_head("Fire in Dundee closes Perth Road") == [("dundee", "GB")]
