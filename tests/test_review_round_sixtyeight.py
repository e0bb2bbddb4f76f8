"""Review of round 68: misfires of its rules on text they were not tuned on, each with the
case the rule was made for, which must keep working."""

from __future__ import annotations

from transforms import geo, people


def _countries(text: str, language: str) -> dict[str, int]:
    return dict(geo.country_mentions(text, language=language)[0])


# 1. Arabic words spelled as a country's name: "مصرّ على" (insisting on) is no Egypt, the
# sunset prayer "صلاة المغرب" no Morocco.


def test_arabic_insisting_is_no_egypt() -> None:
    assert _countries("وقال الوزير إنه مصر على موقفه ولن يتراجع.", "ar") == {}
    assert _countries("وقال الوزير إنه مصرّ على موقفه.", "ar") == {}
    # Egypt itself, before "على" too ("Egypt obtained a loan").
    assert _countries("حصلت مصر على قرض جديد.", "ar") == {"EG": 1}
    assert _countries("قال إن مصر على استعداد للحوار.", "ar") == {"EG": 1}


def test_arabic_sunset_prayer_is_no_morocco() -> None:
    assert _countries("وتجمع المصلون بعد صلاة المغرب في المسجد.", "ar") == {}
    assert _countries("سافر الوفد إلى المغرب بعد أذان المغرب.", "ar") == {"MA": 1}


# 2. A body before a wire's bracket is no reporter's sign-off: "Nigerian Army (NAN)" under a
# story names no writer (the round's "Name (NAN)" rule), the reporter's own line still does.


def test_body_before_wire_bracket_is_no_sign_off() -> None:
    for line in ("Lagos State Government (NAN)", "Ahmadu Bello University (NAN)",
                 "Police Command (NAN)", "Nigerian Army (NAN)", "Super Eagles (NAN)"):
        assert people.wire_signed_name(line) is None, line
    assert people.wire_signed_name("Abdullahi Garba Danjuma (NAN)") == (
        "Abdullahi Garba Danjuma", "NAN")
