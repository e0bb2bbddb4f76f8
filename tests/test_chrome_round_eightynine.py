"""Classes of chrome leaked on bench/dev_set88 (a retired held-out set, tuned on once it
was retired): the lead photo's disclaimer under it ("Photo for illustrative purposes only.",
Malay "Gambar hiasan", Indonesian "Foto ilustrasi"); a link's bare label left under an app
pitch ("Click Here!", "Klik di sini"); and the Tribun Network's Indonesian byline line
("Laporan Wartawan <site>, <Name>") that, with no full stop, ran into the lead as its first
wrapped line (the writer is still read from it). A story sentence that uses the same words
stays. Synthetic text; each class with near misses that stay."""

from __future__ import annotations

from transforms.clean import clean_text

_LEAD = ("Rivertown - The river ferry between the two banks was cancelled on Monday after"
         " the water rose two metres, the harbour office said.\n"
         "Harbour officials said the service would resume on Wednesday if the level dropped"
         " as forecast.\n"
         "A temporary bus link will carry foot passengers over the northern bridge until then.\n")
_TAIL = "The harbour office will review the timetable next month."

_ID_TITLE = "Feri Sungai Berhenti Beroperasi"
_ID_LEAD = ("Layanan feri penyeberangan sungai di Kota Contoh dihentikan sementara sejak Senin"
            " karena permukaan air naik dua meter.\n"
            "Petugas pelabuhan mengatakan layanan akan kembali dibuka pada Rabu jika air surut.\n"
            "Sementara itu bus tambahan disiapkan untuk mengangkut penumpang lewat jembatan.\n")


def _paragraphs(tail: str, lead: str = _LEAD, after: str = "") -> list[str]:
    return clean_text("Ferry Route Closed\n\n" + lead.replace("\n", "\n\n") + tail
                      + ("\n\n" + after if after else "") + "\n",
                      first_line_is_title=True).paragraphs


def _mid(line: str) -> list[str]:
    """The line between two story paragraphs."""
    return _paragraphs(line + "\n\n" + _TAIL)


def _head(line: str) -> list[str]:
    """The line under the date line, right above the lead."""
    return _paragraphs(_TAIL, lead="3 March 2025 10:15am\n" + line + "\n" + _LEAD)


def test_illustrative_photo_disclaimer_goes():
    for line in ("Photo for illustrative purposes only.",
                 "Picture for illustration purposes only",
                 "Image used for representation purposes only.",
                 "(Photo for illustrative purposes only)",
                 "Gambar hiasan",
                 "Foto ilustrasi",
                 "Ilustrasi"):
        assert not any(line in p for p in _mid(line)), line
        assert not any(line in p for p in _head(line)), line


def test_illustrative_purposes_in_a_sentence_stays():
    for line in ("The photo was for illustrative purposes, the court heard.",
                 "Photos for illustrative purposes were shown to the jury on Tuesday, the"
                 " prosecutor said."):
        assert any(line in p for p in _mid(line)), line


def test_bare_click_here_label_goes():
    for line in ("Click Here!", "Click here", "Tap here", "Klik di sini", "Cliquez ici"):
        paras = _paragraphs(_TAIL, after="Download the Example News application.\n\n" + line)
        assert not any(line in p for p in paras), line
        assert not any(line in p for p in _mid(line)), line


def test_click_here_in_a_sentence_stays():
    for line in ("Click here, she said, is all it takes for the scammers to get in.",
                 "Click here to see the river levels, the council's alert told residents."):
        assert any(line in p for p in _mid(line)), line


def _tribun(byline: str, lead: str = _ID_LEAD) -> list[str]:
    # A trafilatura text: one line a paragraph, no blank lines, the title from metadata.
    text = ("Contoh Pos\n" + byline + "\nSelasa, 4 Maret 2025 10:15 WIB\nEditor: Budi Santoso\n"
            + lead + "Dinas perhubungan akan meninjau jadwal bulan depan.\n")
    return clean_text(text, first_line_is_title=False, title_hint=_ID_TITLE)


def test_tribun_report_byline_line_goes_and_names_the_writer():
    for line, name in (("Laporan Wartawan Contohpos.id, Rina Kartika Sari", "Rina Kartika Sari"),
                       ("Laporan Reporter Contoh Pos, Agus Prasetyo", "Agus Prasetyo"),
                       ("Laporan Kontributor Harian Contoh, Made Wirawan", "Made Wirawan")):
        cleaned = _tribun(line)
        assert not any(line in p for p in cleaned.paragraphs), line
        assert cleaned.paragraphs[0].startswith("Layanan feri"), line
        assert name in cleaned.bylines, line


def test_laporan_wartawan_story_line_stays():
    line = ("Laporan wartawan itu dimuat di halaman depan koran daerah dan dibaca ribuan"
            " warga kota.")
    cleaned = _tribun("Penulis: Rina Kartika Sari", lead=_ID_LEAD + line + "\n")
    assert any(line in p for p in cleaned.paragraphs)
    assert "Rina Kartika Sari" in cleaned.bylines
