"""Classes of bylines, reporter lines and photo credits missed on bench/dev_set77 (a
retired held-out set, tuned on once it was retired): the Lee Enterprises byline, the names,
the paper's short name and the job run on with no separator ("By Jane Roe Chronicle Staff
Writer", "By Jane Roe Boomerang staff writer"); the same papers' caption credit, the
photographer and the paper's short name after the caption's full stop ("... on Feb. 5.
Jane Roe/Chronicle" on the Valley Daily Chronicle), vouched for by the page's own name;
Antara's reporter sign-off "Pewarta: Jane Roe" (Indonesian "reporter"); and ACM's
"Picture supplied" / "Photo supplied", whose label word goes and whose credit is
"supplied" as printed. Synthetic text; each class with near misses that stay."""

from __future__ import annotations

from transforms import clean, people
from transforms.clean import clean_text

BODY = ("The council approved a new footbridge over the river on Monday after a year of"
        " public meetings and two design reviews.")
BODY2 = ("Construction is due to start in the spring and should take about eight months,"
         " the works director said.")


# 1. Lee's byline: names, the paper's short name and the job, no separator.

def test_lee_byline_with_paper_short_name_and_job():
    assert people.byline_names("By Jane Roe Chronicle Staff Writer") == ["Jane Roe"]
    assert people.byline_names("By Mark Ellison Boomerang staff writer") == ["Mark Ellison"]
    assert people.byline_names("By Jane Roe Staff Writer") == ["Jane Roe"]
    assert people.byline_names("By Jane Roe Correspondent") == ["Jane Roe"]
    page = (f"Valley votes on bridge\n\nBy Jane Roe Courier staff writer\n\n"
            f"{BODY}\n\n{BODY2}\n")
    cleaned = clean_text(page)
    assert cleaned.bylines == ["Jane Roe"]
    assert cleaned.paragraphs == [BODY, BODY2]


def test_lee_byline_near_misses():
    # The comma form reads as before; a sentence that ends in "correspondent" in lower
    # case after a lower-case word is no byline; "By" with no capitalised names neither.
    assert people.byline_names("By Jane Roe, Staff Writer") == ["Jane Roe"]
    assert people.byline_names("By the time she left she was a correspondent") is None
    assert people.byline_names("By Staff Writer") == []


# 2. The paper's short name after the slash of a caption's credit.

def test_caption_credit_with_the_papers_short_name():
    outlets = frozenset({"valleydailychronicle"})
    assert clean.caption_split("Volunteers plant trees along the river trail on March 2. "
                               "Jane Roe/Chronicle", outlets) == (
        "Volunteers plant trees along the river trail on March 2.", "Jane Roe/Chronicle")


def test_caption_credit_short_name_near_misses():
    outlets = frozenset({"valleydailychronicle"})
    # An outlet that is not the end of the page's name, or too short to tell, stays no credit.
    assert clean.caption_split("Volunteers plant trees along the river trail on March 2. "
                               "Jane Roe/Acme", outlets) is None
    assert clean.caption_split("Volunteers plant trees along the river trail on March 2. "
                               "Jane Roe/Daily", outlets) is None
    assert clean.caption_split("Volunteers plant trees along the river trail on March 2. "
                               "Jane Roe/Chronicle") is None


# 3. Antara's reporter line.

def test_pewarta_line_is_the_writer_and_leaves_the_body():
    cleaned = clean_text(f"Valley votes on bridge\n\n{BODY}\n\n{BODY2}\n\n"
                         "Pewarta: Dewi Anggraini\n")
    assert cleaned.bylines == ["Dewi Anggraini"]
    assert cleaned.paragraphs == [BODY, BODY2]


def test_pewarta_near_miss():
    # The word in a sentence, no colon after it, is text.
    sentence = ("Pewarta senior itu meliput sidang kota selama dua puluh tahun dan kini"
                " mengajar di kampus.")
    cleaned = clean_text(f"Valley votes on bridge\n\n{BODY}\n\n{sentence}\n\n{BODY2}\n")
    assert sentence in cleaned.paragraphs


# 4. ACM's "Picture supplied".

def test_picture_supplied_drops_the_label_word():
    assert clean._tidy_credit("Picture supplied") == "supplied"
    assert clean._tidy_credit("Photo supplied") == "supplied"
    assert clean._tidy_credit("Photo Supplied") == "Supplied"


def test_picture_supplied_near_misses():
    # The reverse order, a word after "supplied", and a named credit stay as they were.
    assert clean._tidy_credit("Supplied picture") == "Supplied picture"
    assert clean._tidy_credit("Photo supplied by the council") != "supplied"
    assert clean._tidy_credit("Supplied") == "Supplied"
