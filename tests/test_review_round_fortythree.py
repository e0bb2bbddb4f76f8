"""Review of tuning round 43: rules that misfired on ordinary news text they were not tested
on. Each test shows the misfire (it fails on 517e07b) beside the case the rule was added
for, which must still fire. Synthetic text."""

from __future__ import annotations

from transforms.clean import chrome_kind, clean_text

BODY = ("The council approved the plan on Tuesday after a long debate about costs and "
        "the timetable for the works, officials said.")
MORE = ("Work on the first section is due to start in the spring, and the whole line should "
        "open within four years if the money is found.")


def _middle(line: str) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{line}\n\n{MORE}\n").paragraphs


def _tail(line: str) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{MORE}\n\n{line}\n").paragraphs


def _dropped(line: str) -> None:
    assert chrome_kind(line) is not None, line
    assert _middle(line) == [BODY, MORE], line


def _kept(line: str) -> None:
    assert chrome_kind(line) is None, line
    assert _middle(line) == [BODY, line, MORE], line


def _tail_dropped(line: str) -> None:
    assert _tail(line) == [BODY, MORE], line


def _tail_kept(line: str) -> None:
    assert _tail(line) == [BODY, MORE, line], line


# 1. A writer's beat-then-outlet bio: a story's last sentence on someone who reports or
#    writes about something at a place, or before lower-case words after a capital.

def test_a_last_sentence_on_who_reports_on_what_where_stays():
    _tail_kept("Иван Петров пишет о ситуации в Москве.")
    _tail_kept("Jan Kowalski pisze o sytuacji w Warszawie.")
    _tail_kept("Max Muster berichtet über den Unfall bei Köln.")
    _tail_kept("Jane Roe reports on the findings at the American Heart Association conference.")
    _tail_kept("Mayor John Smith reports on the project's progress at City Hall every month.")
    _tail_kept("Marie Dupont couvre la distance à Paris en deux heures.")
    # Must still fire: the writer's beat, then the outlet.
    _tail_dropped("Jane Roe covers agriculture and rural issues for the Example Dispatch.")
    _tail_dropped("Marie Dupont couvre la politique locale pour Le Courrier.")
    _tail_dropped("Jan Kowalski pisze o rolnictwie dla Gazety Lokalnej.")
    _tail_dropped("Иван Петров пишет о транспорте для Городской Газеты.")
    _tail_dropped("Max Muster berichtet über Verkehr für die Neue Post.")


# 2. A member outlet's non-profit news network note: a story ending on a company in a
#    retail chain, or a station in a media network.

def test_a_story_ending_on_a_chain_or_a_media_network_stays():
    _tail_kept("Магазин входит в X5 Group, крупнейшую торговую сеть России.")
    _tail_kept("WABC is part of ABC, a media network owned by Disney.")
    # Must still fire.
    _tail_dropped("Газета входит в Пример, некоммерческую сеть СМИ.")
    _tail_dropped("Example Capital Dispatch is part of States Example, a nonprofit news network "
                  "supported by grants.")
    _tail_dropped("Le Courrier fait partie d'Exemple, un réseau de médias indépendants à but "
                  "non lucratif.")


# 3. The news app's "in the palm of your hand" promo: Russian "как на ладони" is "in plain
#    view", said of anything.

def test_russian_in_plain_view_stays():
    _kept("Вся информация о доходах чиновников теперь как на ладони.")
    _kept("Все новости о стройке были как на ладони.")
    # Must still fire.
    _dropped("Все новости региона у вас на ладони.")
    _dropped("Real-time updates and all local stories you want right in the palm of your hand.")


# 4. The Creative Commons republishing notice: a story's sentence on a work released under
#    such a licence (an artist's, a researcher's "our work").

def test_a_work_under_a_creative_commons_licence_stays():
    _kept("This work by photographer Jane Roe was released under a Creative Commons licence "
          "in 2019.")
    _kept("Our work is published under a Creative Commons licence so others can build on it.")
    # Must still fire.
    _dropped("Our stories may be republished online or in print under Creative Commons license "
             "CC BY-NC-ND 4.0.")
    _dropped("Nos articles peuvent être republiés sous licence Creative Commons CC BY-ND 4.0.")


# 5. The "Published by <site> ... ©" footer: a story's sentence on something published by
#    someone, with the word copyright or a "(c)" list item in it.

def test_a_sentence_on_a_published_text_with_copyright_or_a_list_stays():
    _kept("Published by the European Union in 2019, the copyright directive forces platforms "
          "to pay publishers.")
    _kept("Published by the ministry on Monday, the rules set out (a) fees, (b) deadlines and "
          "(c) penalties.")
    _kept("Veröffentlicht von der Stiftung, zeigt die Studie Verstöße gegen das Copyright.")
    # Must still fire.
    _dropped("Published by Example, business news - example.com - on July 8, 2025. © Copyright "
             "of Example Ltd., 2025.")
    _dropped("Veröffentlicht von Beispiel am 8. Juli 2025. © Beispiel GmbH")
