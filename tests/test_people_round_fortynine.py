"""Classes of author and caption failures found with bench/dev_set49 (a retired held-out
set): a surname with its particle joined by a hyphen ("al-Obeidi") dropped from a wire's
credits line, a publisher's "©" named by its company form ("Tidningsaktiebolag", "Oy",
"A/S") and a tip link above it read as a photo's credit and caption, an archive mark
("[File Image]") left at the start of a caption, and a credit's "source of the photo"
label ("Sursa foto:") or its bracketed date ("(April 16, 2025)") kept in the credit. One
guard each, written on synthetic text, with a near miss that must stay as it is."""

from __future__ import annotations

from transforms import clean, people
from transforms.patterns import compiled


def _article(name: str, payload: str) -> dict:
    from transforms.clean import clean_record
    from transforms.decode import decode_payload
    from transforms.extract import extract_article

    record = decode_payload(name, payload.encode())[0]
    article = extract_article(clean_record(record))
    first = article["captions"][0] if article["captions"] else {}
    return {**article, "caption": first.get("text"), "caption_credit": first.get("credit")}


_STORY = ("The council approved the new ferry ramp on Monday after a long debate over "
          "costs.\n\nOpposition members said the plan did too little for the outlying "
          "islands and asked for a second reading.\n\nThe first sailings would use the "
          "ramp in the spring and the fares would stay the same.\n")


# 1. A surname with a particle joined by a hyphen or an apostrophe is a name.

def test_a_hyphen_or_apostrophe_particle_surname_is_a_name():
    for name in ("Karim al-Masri", "Ahmed el-Sayed", "Yusuf bin-Talal", "Luca d'Amato",
                 "Paola dell'Orto"):
        assert people.clean_name(name) == name, name
    text = ("Ferry ramp approved\n\n" + _STORY
            + "\n(Reporting by Karim al-Masri; Writing by Sofia dos Reis; Editing by Tom Reid)\n")
    assert _article("a.txt", text)["authors"] == ["Karim al-Masri", "Sofia dos Reis"]


def test_a_small_letter_after_the_particle_or_a_particle_first_is_no_name():
    assert people.clean_name("Karim al-masri") is None
    assert people.clean_name("al-Shabaab Fighters") is None
    assert people.clean_name("Karim well-Known") is None


# 2. A publisher named by its company form closing the page credits no photo, and a
#    tip link above a credit is no caption.

def test_a_company_form_copyright_closing_the_page_is_the_publishers():
    for holder in ("Harbour Tidningsaktiebolag", "Skerry Media Oy", "Fjord Avis AS",
                   "Vestkyst A/S", "Ostsee Nachrichten GmbH"):
        text = "Ferry ramp approved\n\n" + _STORY + "\nShare\n\n© " + holder + "\n"
        assert _article("a.txt", text)["caption_credit"] is None, holder


def test_a_tip_link_above_a_credit_is_no_caption():
    for tip in ("Tipsa redaktionen", "Tip the newsroom", "Vinkkaa toimitukselle"):
        text = "Ferry ramp approved\n\n" + _STORY + "\n" + tip + "\n\n© Anna Lindqvist\n"
        assert _article("a.txt", text)["caption"] is None, tip
    # A sentence that asks for tips about something says more than the link.
    assert compiled()["tip_line"].match("Tipsa redaktionen om bron") is None


def test_a_photographers_copyright_under_a_caption_stays_the_credit():
    # A person's name, no company form (nor "as" or "ab" inside it), under a caption.
    text = ("Ferry ramp approved\n\nThe new ferry waits at the quay in Svinö.\n\n© Jonas Asberg\n\n"
            + _STORY)
    article = _article("a.txt", text)
    assert article["caption"] == "The new ferry waits at the quay in Svinö."
    assert article["caption_credit"] == "Jonas Asberg"


# 3. An archive picture's mark opening a caption is a label.

def test_an_archive_mark_opening_a_caption_goes():
    prefix = compiled()["caption_prefix"]
    for mark in ("[File Image] ", "(File photo) ", "Archivbild: ", "[Foto de archivo] ",
                 "Arkivbild: "):
        assert prefix.sub("", mark + "Boats wait at the quay.") == "Boats wait at the quay.", mark
    html = ("<html><head><title>Ferry ramp approved</title></head><body><article>"
            "<h1>Ferry ramp approved</h1><figure><img src='a.jpg'><figcaption>[File Image] "
            "Boats wait at the quay in June. <span class='credit'>Image: Jane Roe</span>"
            "</figcaption></figure>" + "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
            + "</article></body></html>")
    assert _article("a.html", html)["caption"] == "Boats wait at the quay in June."


def test_a_caption_about_files_or_archives_keeps_its_words():
    prefix = compiled()["caption_prefix"]
    for caption in ("[Updated] Boats wait at the quay.", "File photos show the old quay.",
                    "Archive boxes stacked in the town hall."):
        assert prefix.sub("", caption) == caption, caption


# 4. A credit's "source of the photo" label and its bracketed date are no part of it.

def test_a_photo_source_label_and_a_bracketed_date_leave_the_credit():
    for credit, expected in (("Sursa foto: Jane Roe", "Jane Roe"),
                             ("Fuente de la foto: EFE", "EFE"),
                             ("Izvor fotografije: Hina", "Hina"),
                             ("Photo source: Jane Roe", "Jane Roe"),
                             ("Sursa: Agerpres", "Agerpres"),
                             ("KCNA (April 16, 2025)", "KCNA"),
                             ("Jane Roe (12 May 2024)", "Jane Roe"),
                             ("EFE (05.03.2024)", "EFE")):
        assert clean._tidy_credit(credit) == expected, credit


def test_a_credit_that_opens_with_a_source_word_or_holds_a_year_stays():
    for credit in ("Fonte Nova", "Source Photo Agency", "Harbour 2025 Collective",
                   "Jane Roe/Harbour 2024"):
        assert clean._tidy_credit(credit) == credit, credit
