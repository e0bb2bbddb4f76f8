"""Classes of chrome missed on bench/dev_set96 (a retired held-out set, tuned on once it
was retired): the credit of the page's featured (lead) image put with "by" ("Featured photo
by Jane Roe", and its German and Indonesian kin "Titelbild von ...", "Foto utama oleh ...")
alone on its line; the Hausa "read also" header "Ku karanta" ("KU KARANTA:", "Ka karanta")
with the headline under it; and the "read also" lead in te reo Māori ("Pānui anō:", "Pānui
hoki:") and its Polynesian kin, Samoan ("Faitau fo'i:") and Tongan ("Lau foki:"), with the
headline after its colon on the same line or under it. A story sentence that mentions a
featured photo, reading, or a "pānui" (which also means a notice) stays. Synthetic text; each
class with near misses that stay."""

from __future__ import annotations

from tests.test_chrome_round_ninetyfive import _EN, _EN_TAIL
from tests.test_chrome_round_ninetytwo import _end, _mid
from transforms.clean import chrome_kind, clean_text

_HA = ("An buɗe sabuwar makaranta a garin Zaria\n\n"
       "An buɗe sabuwar makarantar firamare a garin Zaria ranar Litinin, in ji hukumar ilimi ta"
       " jihar.\n\n"
       "Makarantar tana da azuzuwa goma sha biyu da ɗakin karatu da filin wasa.\n\n"
       "Iyaye da dama sun halarci bikin buɗe makarantar tare da 'ya'yansu.\n\n")
_HA_TAIL = "Hukumar ta ce za a buɗe wasu makarantu biyu a shekara mai zuwa."
_HA_HEADLINE = "Manoma sun fara girbin shinkafa a Kebbi"

_NZ = ("New playground opens in Tolaga Bay\n\n"
       "A new playground has opened beside the school in Tolaga Bay, the district council said"
       " on Monday.\n\n"
       "Tamariki helped choose the designs, which include a carved climbing frame and a"
       " flying fox.\n\n"
       "Whānau gathered for a blessing at dawn before the gates were opened.\n\n")
_NZ_TAIL = "The council plans a second playground in Ruatoria next year."
_NZ_HEADLINE = "Kōhanga reo celebrates thirty years in Tokomaru Bay"


# 1. The featured image's credit put with "by".


def test_featured_photo_credit_with_by_goes():
    for line in ("Featured photo by Jane Roe", "Featured image by Jane Roe/Example Wire",
                 "Top photo by John Smith and Mary Brown", "Cover photo by Jane Roe",
                 "Titelbild von Anna Weber", "Foto utama oleh Budi Santoso"):
        assert chrome_kind(line) == "widget", line
        paragraphs = _end(_EN, _EN_TAIL, line)
        assert line not in paragraphs, line
        assert _EN_TAIL in paragraphs, line


def test_featured_photo_in_a_sentence_stays():
    for line in ("Featured photo by Jane Roe shows the ferry stranded on the bank.",
                 "Featured photo by the harbour, taken at dawn, won the regional prize.",
                 "The harbour office said the featured photo by Jane Roe had been taken in 1998."):
        assert chrome_kind(line) is None, line
        assert line in _mid(_EN, _EN_TAIL, line), line


# 2. The Hausa "read also" header with the headline under it.


def test_hausa_ku_karanta_header_and_its_headline_go():
    for header in ("KU KARANTA:", "Ku karanta", "Ku karanta kuma:", "Ka karanta wannan"):
        paragraphs = _mid(_HA, _HA_TAIL, header + "\n" + _HA_HEADLINE)
        assert header not in paragraphs, header
        assert _HA_HEADLINE not in paragraphs, header
        assert _HA_TAIL in paragraphs, header


def test_hausa_ku_karanta_inline_goes():
    line = "KU KARANTA: " + _HA_HEADLINE
    paragraphs = _mid(_HA, _HA_TAIL, line)
    assert line not in paragraphs
    assert _HA_TAIL in paragraphs


def test_reading_in_a_hausa_sentence_stays():
    for line in ("Malamin ya ce ku karanta littattafai da yawa domin ku ƙara ilimi.",
                 "Ku karanta littafin nan kafin jarrabawa, in ji shugaban makarantar."):
        assert chrome_kind(line) is None, line
        assert line in _mid(_HA, _HA_TAIL, line), line


# 3. The Māori (and Samoan, Tongan) "read also" lead, inline or as a header.


def test_maori_read_also_inline_goes():
    for lead in ("Pānui anō: ", "Pānui hoki: ", "Panui ano: ", "Pānuitia hoki: ",
                 "Faitau fo'i: ", "Lau foki: "):
        line = lead + _NZ_HEADLINE
        assert chrome_kind(line) == "inline_link", line
        paragraphs = _mid(_NZ, _NZ_TAIL, line)
        assert line not in paragraphs, line
        assert _NZ_TAIL in paragraphs, line


def test_maori_read_also_header_and_its_headline_go():
    for header in ("Pānui anō:", "PĀNUI ANŌ", "Faitau atili"):
        paragraphs = _mid(_NZ, _NZ_TAIL, header + "\n" + _NZ_HEADLINE)
        assert header not in paragraphs, header
        assert _NZ_HEADLINE not in paragraphs, header
        assert _NZ_TAIL in paragraphs, header
    out = clean_text(_NZ + "Pānui anō:\n" + _NZ_HEADLINE + "\n\n" + _NZ_TAIL + "\n",
                     first_line_is_title=True)
    assert _NZ_HEADLINE not in out.paragraphs


def test_panui_as_a_notice_or_in_a_sentence_stays():
    for line in ("Pānui anō: kua nekehia te hui ki te Paraire.",
                 "Pānui anō: The hui has moved to the wharenui on Friday.",
                 "Pānui: Kōhanga reo celebrates thirty years in Tokomaru Bay",
                 "I pānui anō ia i te reta ki te hui o te hapū.",
                 "The council sent a pānui to every household about the opening."):
        assert chrome_kind(line) is None, line
        assert line in _mid(_NZ, _NZ_TAIL, line), line


def test_a_sentence_under_the_lead_stays():
    line = "The hui has moved to the wharenui on Friday, the trust said in a statement to whānau."
    assert line in _mid(_NZ, _NZ_TAIL, "Pānui anō:\n" + line)
    line = "Malamin ya ce ku karanta littattafai da yawa domin ku ƙara ilimi."
    assert line in _mid(_HA, _HA_TAIL, "KU KARANTA:\n" + line)
