"""Review of round 93 (tuned on bench/dev_set92): its own over-broad readings, each tried
on ordinary news text. Classes missed on bench/dev_set93 (a retired held-out set, tuned on
once it was retired) are the other helpers' business, but for one found by the places
helper: a country in an Arabic dateline's bracket, "<city> (مصر) –", was read as the wire
(a short Arabic word passes the outlet test, which looks at capitals only), where the
country qualifies its own city and no wire is credited. The Georgian byline took a
section label whose last word ends as a Mingrelian surname or a "-ანი" name does ("-ია",
"-ანი" close many ordinary nouns and adjectives: "მეცნიერება და ტექნოლოგია", science and
technology; "ყველაზე მნიშვნელოვანი", the most important): a label holding a word no name
holds ("და", and; "ყველაზე", most) is none. The caption line inside crawler text ("...
near the mill. Photo: Jane Roe") took a story's closing sentence whose label word opens a
description in lower case ("... Picture: a small red fox asleep in the snow"): a credit
after its label is a name, or one word ("supplied"). The near misses (the wire after a
city, the paper's own name, a Georgian name, the credits themselves) keep their round-93
reading. Synthetic text."""

from __future__ import annotations

from transforms import people
from transforms.clean import caption_split, clean_text
from transforms.dateline import find_dateline

# --- a country in an Arabic dateline's bracket ----------------------------------------------


def test_country_in_the_bracket_after_its_city_is_no_wire():
    match = find_dateline("القاهرة (مصر) – افتتحت المحافظة سوقا جديدا لبيع الخضار.")
    assert match is not None
    assert (match.city, match.country, match.agency) == ("Cairo", "EG", None)
    match = find_dateline("دمشق (سوريا) - قال مسؤولون إن أسعار الخبز ارتفعت.")
    assert match is None or match.agency is None


def test_country_in_the_bracket_near_misses_stay():
    # A country in the bracket after a city of another country is no dateline's wire.
    match = find_dateline("دمشق (مصر) – قال مسؤولون إن أسعار الخبز ارتفعت.")
    assert match is None or match.agency is None
    # Running on with no dash: prose, no dateline.
    assert find_dateline("القاهرة (مصر) افتتحت المحافظة سوقا جديدا.") is None
    # A known wire and the paper's own name after a city keep their reading.
    match = find_dateline("القاهرة (أ ف ب) – افتتحت المحافظة سوقا جديدا.")
    assert match is not None and match.agency == "AFP"
    match = find_dateline("نواكشوط (الوطن) – نظم عمال النظافة وقفة احتجاجية.")
    assert match is not None and (match.city, match.agency) == ("Nouakchott", None)


# --- Georgian section labels ending as a surname does ----------------------------------------

_KA_BODY = ("ბათუმში ახალი სკოლა გაიხსნა, სადაც ორასზე მეტი მოსწავლე ისწავლის ახალ "
            "კლასებში.\n\n"
            "სკოლას ეზოში სპორტული მოედანიც აქვს, განაცხადეს ქალაქის მერიაში.\n")


def _ka_page(line: str) -> str:
    return f"ბათუმში ახალი სკოლა გაიხსნა\n\n{line}\n\n{_KA_BODY}"


def test_georgian_label_ending_as_a_surname_is_no_byline():
    for label in ("მეცნიერება და ტექნოლოგია", "ყველაზე მნიშვნელოვანი", "კულტურა და ისტორია"):
        assert people.georgian_byline_name(label) is None, label
        assert clean_text(_ka_page(label)).bylines == [], label


def test_georgian_names_still_bylines():
    # Near misses: names with the same endings keep their reading.
    for name in ("ლევან შენგელია", "ნათია ჩიქოვანი", "ეკა ბერიძე"):
        assert people.georgian_byline_name(name) == name, name
    assert clean_text(_ka_page("ლევან შენგელია")).bylines == ["ლევან შენგელია"]


# --- a caption line inside crawler text --------------------------------------------------------

_BODY_PAGE = ("Council reviews how residents hear about its services\n\n"
              "The council opened its review last spring after complaints from residents "
              "of the northern wards.\n\n{line}\n\n"
              "The review ends in March, the council said in a statement issued on "
              "Wednesday.\n")


def test_label_word_before_a_description_closes_a_sentence_that_stays():
    for line in ("The sign at the gate says it all. Picture: a small red fox asleep in the snow",
                 "Then came the moment the crowd waited for. Image: the mayor in a rowing boat"):
        out = clean_text(_BODY_PAGE.format(line=line))
        assert any(line in p for p in out.paragraphs), line
        assert out.captions == [], line


def test_caption_line_with_its_credit_still_splits():
    for line, credit in (("Workers gather near the mill. Photo: Jane Roe", "Jane Roe"),
                         ("Volunteers plant trees by the river. Picture: supplied", "supplied")):
        assert caption_split(line) == (line.rsplit(".", 1)[0] + ".", credit)
        out = clean_text(_BODY_PAGE.format(line=line))
        assert not any(line in p for p in out.paragraphs), line
        assert [c["credit"] for c in out.captions] == [credit], line
