"""Classes of extraction failures found with bench/dev_set34 (the thirty-first held-out
set, retired to a development set). One guard each, written on synthetic text, with a near
miss that must stay as it is."""

from __future__ import annotations

from transforms import dates, geo, people


def _article(name: str, payload: str) -> dict:
    from transforms.clean import clean_record
    from transforms.decode import decode_payload
    from transforms.extract import extract_article

    record = decode_payload(name, payload.encode())[0]
    return extract_article(clean_record(record))


_EN = ("The council approved the new bus routes on Tuesday after a long debate over "
       "costs and timetables.\n\nOpposition members said the plan did too little for the "
       "outlying districts and asked for a second reading.\n\nThe mayor said the first "
       "buses would run in the spring and the fares would stay the same.\n")
_ID = ("Pemerintah kota menambah tiga rute bus baru untuk melayani kawasan pinggiran yang "
       "selama ini sulit dijangkau.\n\nWarga berharap rute baru itu dapat mengurangi "
       "kemacetan di jalan utama pada jam sibuk pagi dan sore.\n\nDinas perhubungan "
       "menyatakan tarif bus tidak akan naik sampai akhir tahun depan.\n")


def _text(headline: str, lead: str, body: str = _EN, tail: str = "") -> str:
    return f"Valley Weekly\n\n{headline}\n\n{lead}\n\n{body}{tail}"


def test_indonesian_date_line_with_its_weekday_and_month_names():
    for line, day in (("Kamis, 14 Agustus 2025 | 15:20 WIB", "2025-08-14"),
                      ("Senin, 3 Maret 2025 | 08:05 WIB", "2025-03-03"),
                      ("Jumat, 7 Nopember 2025", "2025-11-07"),
                      ("Minggu, 12 Oktober 2025 10:00 WITA", "2025-10-12")):
        assert str(dates.is_date_line(line)) == day, line
        article = _article("a.txt", _text("Tiga Rute Bus Baru Mulai Beroperasi", line, _ID))
        assert article["date"] == day, line
    # Near miss: a sentence that names a day and a date is no date line.
    assert dates.is_date_line("Rapat digelar pada Kamis, 14 Agustus 2025 di balai kota") is None


def test_german_institution_named_before_its_town_places_the_story():
    body = ("Die Stadt plant neue Buslinien in die Außenquartiere.\n\nDie Kosten trägt "
            "der Kanton zu einem grossen Teil.\n\nDie ersten Busse fahren im Frühling.\n")
    for headline, lead, country in (
            ("Kantonsspital Aarau eröffnet neue Station",
             "Das Kantonsspital Aarau hat am Montag seine neue Station eröffnet.", "CH"),
            ("Landgericht Augsburg verurteilt Betrüger",
             "Das Landgericht Augsburg hat am Montag einen Betrüger verurteilt.", "DE")):
        assert geo.places_in_head(headline, language="de"), headline
        article = _article("a.txt", _text(headline, lead, body))
        assert article["country"] == country, headline
    # Near miss: the institution's kind alone names no place.
    assert geo.places_in_head("Kantonsspital eröffnet neue Station", language="de") == []


def test_one_word_name_on_an_editor_line():
    assert people.editor_line_names("Editor: Huaxia") == ["Huaxia"]
    article = _article("a.txt", _text("Council approves new bus routes for the harbour district",
                                      _EN.split("\n\n")[0], "\n\n".join(_EN.split("\n\n")[1:]),
                                      "\nEditor: Huaxia\n"))
    assert article["editors"] == ["Huaxia"]
    assert "Editor: Huaxia" not in article["body"]
    # Near misses: a wire, a desk placeholder, a place or a lower-case word is no editor.
    for line in ("Editor: Reuters", "Editor: Admin", "Editor: Redaksi", "Editor: Aarau",
                 "Editor: huaxia", "Editor: Agustus"):
        assert people.editor_line_names(line) == [], line
    assert people.editor_line_names("Editor: Liu Jiaxin") == ["Liu Jiaxin"]
