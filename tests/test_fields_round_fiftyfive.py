"""Place classes found with bench/dev_set55 (a retired held-out set, now a development
set): an Indonesian site's dateline with its web name, a dash and the city closed by a
full stop or a dash ("SITE.CO.ID - CITY. ..."). One guard, written on synthetic text,
with near misses that must stay as they are."""

from __future__ import annotations

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
