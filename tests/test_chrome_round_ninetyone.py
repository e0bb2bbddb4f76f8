"""Classes leaked or missed on bench/dev_set90 (a retired held-out set, tuned on once it
was retired): a nonprofit newsroom's donation button alone on its line ("Support our
nonprofit newsroom", "Support local, independent reporting", "Donate to <Site>", "Become a
sustaining member"), and the Belarusian photo label left in a credit ("Фота: X",
"Фотаздымак: X", beside the Russian and Ukrainian "Фото: X"). A story sentence that uses
the same words stays. Synthetic text; each class with near misses that stay."""

from __future__ import annotations

from transforms.clean import _tidy_credit, chrome_kind, clean_text

_LEAD = ("Rivertown - The glass recycling depot opened on Saturday in a former tyre shop,"
         " the volunteers who run it said.\n"
         "More than two tonnes of bottles were dropped off in the first morning.\n"
         "The depot will open on the first and third Saturday of every month.\n")
_TAIL = "The volunteers hope to open a second depot next spring."


def _paragraphs(tail: str) -> list[str]:
    return clean_text("Glass Depot Opens\n\n" + _LEAD.replace("\n", "\n\n") + tail + "\n",
                      first_line_is_title=True).paragraphs


def _mid(line: str) -> list[str]:
    """The line between two story paragraphs."""
    return _paragraphs(line + "\n\n" + _TAIL)


# 1. A nonprofit newsroom's donation button alone on its line.


def test_newsroom_donation_button_goes():
    for line in ("Support our nonprofit newsroom",
                 "Support our independent, nonpartisan journalism",
                 "Support local, independent reporting today",
                 "Donate to The Example Ledger",
                 "Donate to Example Today now",
                 "Become a member",
                 "Become a sustaining member today"):
        assert chrome_kind(line) == "promo", line
        paragraphs = _mid(line)
        assert line not in paragraphs, line
        assert _TAIL in paragraphs


def test_newsroom_donation_near_miss_stays():
    for line in ("Residents voted to support our local library's newsroom project.",
                 "Support for the measure grew after the second public hearing.",
                 "Donate to the food bank now, the pastor urged the congregation.",
                 "Donate to the food bank",
                 "She asked neighbours to become members of the depot's board."):
        assert chrome_kind(line) is None, line
        assert line in _mid(line), line


# 2. The Belarusian photo label before a credit.


def test_belarusian_photo_label_goes():
    assert _tidy_credit("Фота: Андрэй Прыкладны") == "Андрэй Прыкладны"
    assert _tidy_credit("Фотаздымак: Прыкладная Агенцыя") == "Прыкладная Агенцыя"
    assert _tidy_credit("Фотаздымкі: Андрэй Прыкладны") == "Андрэй Прыкладны"
    # The Russian and Ukrainian label, already known, goes too.
    assert _tidy_credit("Фото: Иван Примеров") == "Иван Примеров"


def test_belarusian_photo_label_near_miss():
    # The word without its colon is a caption's and stays.
    assert _tidy_credit("Фатаграфія Андрэя Прыкладнага") == "Фатаграфія Андрэя Прыкладнага"
    assert _tidy_credit("Фотаздымкі Андрэя Прыкладнага") == "Фотаздымкі Андрэя Прыкладнага"
