"""Review of round 64 (and of the round-63 parts the last review left): misfires of its
rules on text they were not tuned on, each with the case the rule was made for, which must
keep working."""

from __future__ import annotations

from transforms import geo


def _article(name: str, payload: str) -> dict:
    from transforms.clean import clean_record
    from transforms.decode import decode_payload
    from transforms.extract import extract_article

    record = decode_payload(name, payload.encode())[0]
    return extract_article(clean_record(record))


# 1. Hebrew countries counted by their CLDR names with a glued prefix (round 63): "ארובה"
#    (a chimney) is Aruba's name, and "שלוב" (linked, "arm in arm") and "כלוב" (a cage)
#    read as "that Libya" and "like Libya": a story on a power station's chimney went to
#    Aruba, one on children walking arm in arm to Libya.


def test_hebrew_chimney_and_cage_are_no_countries() -> None:
    assert not geo._uncased_country_mentions("ארובה גבוהה נבנתה במפעל", "he")
    assert not geo._uncased_country_mentions("הוא הלך כשהוא שלוב זרועות עם חברו", "he")
    assert not geo._uncased_country_mentions("הציפור הוכנסה אל כלוב קטן", "he")
    record = _article("he.txt", (
        "ארובה חדשה לתחנת הכוח\n\n"
        "חברת החשמל החלה אתמול בבניית ארובה חדשה בתחנת הכוח, כך נמסר מטעם החברה.\n\n"
        "לדברי החברה, הארובה הישנה תפורק בשנה הבאה, והעבודות על ארובה חדשה יימשכו כשנתיים.\n\n"
        "תושבי האזור אמרו כי הם מקווים שהזיהום יפחת בעקבות הבנייה של ארובה גבוהה יותר.\n"))
    assert record["country"] is None


def test_hebrew_libya_with_its_prefixes_still_counted() -> None:
    for text in ("הלחימה בלוב נמשכה", "השגריר חזר מלוב אתמול", "ישראל ולוב לא חתמו"):
        assert geo._uncased_country_mentions(text, "he")["LY"] == 1


# 2. The same counting: "גרנדה" is Grenada's CLDR name and Granada's (Spain) in Hebrew
#    copy; a story on a festival in Granada went to Grenada.


def test_hebrew_granada_is_no_grenada() -> None:
    assert not geo._uncased_country_mentions("הפסטיבל בגרנדה יימשך שבוע", "he")
    record = _article("granada_he.txt", (
        "פסטיבל המוזיקה בגרנדה\n\n"
        "אלפי מבקרים הגיעו אתמול לפסטיבל המוזיקה בגרנדה, העיר האנדלוסית המפורסמת.\n\n"
        "לדברי המארגנים, הפסטיבל בגרנדה יימשך שבוע ויכלול עשרות הופעות.\n\n"
        "בשנה שעברה ביקרו בגרנדה יותר ממאה אלף איש במהלך הפסטיבל.\n"))
    assert record["country"] != "GD"
