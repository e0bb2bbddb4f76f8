"""Classes missed on bench/dev_set88 (a retired held-out set, tuned on once it was
retired): a Nigerian wire's dateline with the town's state in brackets and the lead after
the wire with no dash ("Ikeja (Lagos State), March 4, 2025 (NAN) The ...", NAN and the
papers that carry it); an Arabic byline that names a wire after the verb ("كتب أ ش أ",
written by MENA; "بقلم - واس"), the wire and no writer. Synthetic text; each class with
near misses that stay."""

from __future__ import annotations

from transforms.dateline import find_dateline
from transforms.people import clean_name


def test_nan_bracketed_state_dateline_without_dash():
    match = find_dateline("Abeokuta (Ogun State), March 4, 2025 (NAN) The state government on "
                          "Tuesday opened a new clinic.")
    assert match is not None
    assert (match.city, match.country, match.agency) == ("Abeokuta", "NG", "NAN")
    match = find_dateline("Kano (Kano State), Jan. 9, 2025 (NAN) Farmers in the area said.")
    assert match is not None and (match.city, match.agency) == ("Kano", "NAN")
    match = find_dateline("Kuje (FCT), Feb. 2, 2025 (NAN) Residents of the council said.")
    assert match is not None and (match.city, match.country) == ("Kuje", "NG")


def test_nan_bracketed_state_near_misses_stay():
    # The bracket names no state, the wire is none the table knows, or a lower-case word
    # follows: no dateline without a dash.
    assert find_dateline("Abeokuta (Labour), March 4, 2025 (NAN) The party said.") is None
    assert find_dateline("Abeokuta (Ogun State), March 4, 2025 (Daily Sun) The state "
                         "government opened a clinic.") is None
    assert find_dateline("Abeokuta (Ogun State), March 4, 2025 (NAN) the state government "
                         "opened a clinic.") is None
    # The dashed form read before stays.
    match = find_dateline("Guayaquil (Ecuador), 19 mar (EFE).- El gobierno anunció.")
    assert match is not None and match.city == "Guayaquil"


def test_arabic_verb_and_wire_is_no_writer():
    for line in ("كتب أ ش أ", "كتبت واس", "بقلم - وام", "كتب كونا", "بقلم بترا", "كتب سانا"):
        assert clean_name(line) is None, line


def test_arabic_verb_and_name_near_misses_stay():
    # A person after the verb stays a writer, even one whose surname a wire's name ends.
    assert clean_name("كتبت مريم الحسيني") is not None
    assert clean_name("كتب خالد قنا") is not None
