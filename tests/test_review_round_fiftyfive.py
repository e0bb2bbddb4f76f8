"""Review of round 55: misfires of its rules on text they were not tuned on, each
with the case the rule was made for, which must keep working."""

from __future__ import annotations

import pytest

from transforms.clean import clean_text

_STORY = ("Budget Approved\n\n"
          "The council approved the budget on Tuesday after a long debate about the harbour.\n\n"
          "Residents had asked for more money for the roads, the mayor said on Wednesday.\n\n")


def _kept(last_line: str) -> bool:
    return last_line in "\n".join(clean_text(_STORY + last_line + "\n").paragraphs)


# 1. The press-code statement (round 55 added press councils as what an outlet is a
#    member of) took any capitalised subject, so a story line about a journalists'
#    union or a press council being a member of, or following, a council or code was
#    dropped as the site's own notice. An outlet's name holds no such body's words.

@pytest.mark.parametrize("line", [
    "The Kenya Union of Journalists is a member of the press council.",
    "The Press Council follows the Editors' Code.",
    "Der Deutsche Presserat ist Mitglied im Österreichischen Presserat.",
])
def test_a_press_body_being_a_member_is_a_story(line: str) -> None:
    assert _kept(line)


@pytest.mark.parametrize("line", [
    "Example Times is a member of IPSO.",
    "The Daily Mail is a member of IPSO.",
    "The San Diego Union-Tribune is a member of the press council.",
    "Der Kurier ist Mitglied im Deutschen Presserat.",
])
def test_an_outlets_membership_still_goes(line: str) -> None:
    assert not _kept(line)
