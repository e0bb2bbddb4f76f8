"""Classes of places missed on bench/dev_set82 (a retired held-out set, tuned on once it
was retired): a town paper's story whose headline names no place and whose lead names
its small town, with a nearby bigger town named later that has a bigger namesake abroad
("in Te Awamutu" then "a workshop in Hamilton": Hamilton in Waikato, not Ontario).
Synthetic text; each class with near misses that stay. Left: Norwegian Bokmål in plain
text without a declared language, which the sets label both 'nb' and 'no'."""

from __future__ import annotations

from transforms import geo

_TITLE = "New playground set to open before winter"
_LEAD = "A new playground beside the library in Morrinsville will open in May."
_BODY = (f"{_LEAD}\n\nThe council said the climbing frame was built by a firm in "
         "Hamilton and would be fitted next month.\n\nParents have asked for shade sails.")


def test_lead_small_town_beside_a_town_the_story_names():
    assert geo.main_place_country(_TITLE, _LEAD, _BODY, language="en") == "NZ"


def test_lead_small_town_near_misses():
    # The story names a country: its evidence reads the places, this rule does not.
    body = _BODY.replace("Hamilton", "Hamilton, Canada,")
    assert geo.main_place_country(_TITLE, _LEAD, body, language="en",
                                  evidence=frozenset({"CA"})) != "NZ"
    # No other town named near the lead's: nothing places the story here.
    body = _BODY.replace("a firm in Hamilton", "a local firm")
    assert geo.main_place_country(_TITLE, _LEAD, body, language="en") is None
