"""Place classes found with bench/dev_set55 (a retired held-out set, now a development
set): an Indonesian site's dateline with its web name, a dash and the city closed by a
full stop or a dash ("SITE.CO.ID - CITY. ..."); a headline's city written in Devanagari
and named again in the story; towns and provinces on an Afrikaans page (a language no
country lists first: "die Wes-Kaap", a town near it). One guard each, written on
synthetic text, with near misses that must stay as they are."""

from __future__ import annotations

from transforms import geo
from transforms.dateline import find_dateline


def test_a_web_outlet_name_a_dash_and_a_known_city():
    found = find_dateline("BERITAKITA.CO.ID - SURABAYA. Harga cabai rawit naik lagi.")
    assert found is not None and (found.city, found.country) == ("Surabaya", "ID")
    dashed = find_dateline("Warta.co.id - Medan - Banjir merendam ratusan rumah warga.")
    assert dashed is not None and (dashed.city, dashed.country) == ("Medan", "ID")
    # Near misses: a word that is no known city after the site's name is no dateline,
    # nor is the site's name alone; the comma form keeps reading as before.
    assert find_dateline("BERITAKITA.CO.ID - Pemerintah. Harga cabai naik lagi.") is None
    assert find_dateline("WARTA.COM - Kabar baik datang dari petani.") is None
    comma = find_dateline("Warta.co.id, Medan - Banjir merendam ratusan rumah warga.")
    assert comma is not None and comma.city == "Medan"


def test_a_devanagari_headline_city_named_again():
    title = "पटना में नई मेट्रो लाइन शुरू, यात्रियों को राहत"
    body = "पटना नगर निगम के अधिकारियों ने बताया कि लाइन कल से चलेगी।"
    assert geo.main_place_country(title, body, body, language="hi") == "IN"
    # Near misses: a city the story does not name again places nothing; nor does a short
    # name that is a common word ("कान", ear, is also Cannes).
    once = "नगर निगम के अधिकारियों ने बताया कि लाइन कल से चलेगी।"
    assert geo.main_place_country(title, once, once, language="hi") is None
    ear = "कान में दर्द हो तो डॉक्टर से मिलें।"
    assert geo.main_place_country("कान के दर्द से राहत के उपाय", ear, ear, language="hi") is None


def test_afrikaans_towns_and_provinces():
    text = ("Boere naby Moorreesburg verwag 'n goeie oes.\n\n"
            "Volgens die skatting kan die Wes-Kaap sowat een miljoen ton produseer.")
    assert geo.country_of_towns_in_text(text, "af") == "ZA"
    # Near miss: one town named once is not enough.
    once = ("Boere naby Moorreesburg verwag 'n goeie oes.\n\n"
            "Volgens die skatting kan die streek sowat een miljoen ton produseer.")
    assert geo.country_of_towns_in_text(once, "af") is None
