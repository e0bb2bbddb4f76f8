"""Classes of places missed on bench/dev_set83 (a retired held-out set, tuned on once it
was retired), stories with no dateline: a Northern Irish county named alone
("farmers in Fermanagh"), where ISO lists only council districts; a one-word site name
with its country glued in lower case to media words ("Gabonmediatime"); a Persian page
that names only Iran's own state bodies or currency ("پلیس فتا", "تومان"); a town paper
whose masthead drops the macron the story writes ("Kaikoura Star" over "Kaikōura"), the
town a village below cities1000. Synthetic text; each class with near misses that stay."""

from __future__ import annotations

from transforms import geo


def test_northern_irish_county_alone():
    title = "Armagh orchards count the cost of a late frost"
    lead = "Apple growers across the county say the April frost has cut this year's crop."
    body = f"{lead}\n\nOne grower near Armagh said half his blossom was lost."
    assert geo.main_place_country(title, lead, body, language="en") == "GB"


def test_northern_irish_county_near_misses():
    # "Tyrone" is a given name too: it stays unread.
    title = "Tyrone scores twice as the visitors hold on"
    lead = "Tyrone scored in each half to seal the points."
    body = f"{lead}\n\nThe coach praised Tyrone after the match."
    assert geo.main_place_country(title, lead, body, language="en") != "GB"
    # A county of the Republic stays Ireland's.
    title = "Kerry farmers count the cost of a late frost"
    body = f"{lead}\n\nOne grower in Kerry said half his crop was lost."
    assert geo.main_place_country(title, lead, body, language="en") == "IE"


def test_country_glued_in_lower_case_to_media_words():
    assert geo.country_of_site_name("Togonews") == "TG"
    assert geo.country_of_site_name("Beninwebtv") == "BJ"
    assert geo.country_of_site_name("Senegalinfo") == "SN"


def test_country_glued_in_lower_case_near_misses():
    # No country opens the name, or the tail is no media word.
    assert geo.country_of_site_name("Chadwicknews") is None
    assert geo.country_of_site_name("Mediatime") is None
    assert geo.country_of_site_name("Tunisiawebsite") is None


def test_persian_state_body_names_iran():
    text = ("به گفته پلیس فتا، کاربران باید از پیوندهای ناشناس دوری کنند. "
            "هزینه این خدمت ۵۰ هزار تومان است.")
    assert geo.persian_institution_country(text) == "IR"
    assert geo.persian_institution_country("مراجعه به دفاتر پیشخوان کمتر شد.") == "IR"


def test_persian_state_body_near_misses():
    # A rial may be Saudi or Omani; a registry office is Kabul's too.
    assert geo.persian_institution_country("قیمت آن صد ریال عربستان است.") is None
    assert geo.persian_institution_country("اداره ثبت احوال نفوس کابل باز شد.") is None
    # The name glued after another word is another word.
    assert geo.persian_institution_country("واژه کتومان ساختگی است.") is None


def test_site_town_with_its_macron():
    text = "Volunteers checked on residents north of Kaikōura after the storm."
    assert geo.country_of_site_town("Kaikoura Star", text) == "NZ"


def test_site_town_with_its_macron_near_misses():
    # The story never names the town.
    text = "Volunteers checked on residents after the storm."
    assert geo.country_of_site_town("Kaikoura Star", text) is None
    # The paper naming itself names no town.
    text = "Residents told the Kaikoura Star they were without power."
    assert geo.country_of_site_town("Kaikoura Star", text) is None
