"""Classes of chrome and masthead titles missed on bench/dev_set94 (a retired held-out set,
tuned on once it was retired): a military paper's command line under its name ("U.S. Army
Garrison-Kwajalein Atoll"), which is neither the title nor body but places the paper; the
military paper's standard notice ("... is an authorized publication for military
personnel ...", "Contents of ... are not necessarily official views of, or endorsed by, the
U.S. Government ..."); the contact prompt for the paper's editor ("Questions? Email the
Hourglass editor."); the paper's own desk label in the body ("Hourglass Reports", checked
against its masthead); a station's listen-live button ("Listen live to Three FM"); the Welsh
and Amharic "read also" headers ("DARLLENWCH HEFYD:", "ተጨማሪ ያንብቡ፦") alone with their headline
under them or inline; and the Ethiopic full stop ("።") ending a sentence, so an Amharic lead is
prose and the site's name, section label and a standalone date line above it go. A story
sentence that uses the same words stays, and a real headline that names a garrison stays the
title. Synthetic text; each class with near misses that stay."""

from __future__ import annotations

from tests.test_chrome_round_ninetytwo import _end, _mid
from transforms.clean import chrome_kind, clean_text

_EN = ("Ferry Route Closed\n\n"
       "Rivertown - The river ferry between the two banks was cancelled on Monday after"
       " the water rose two metres, the harbour office said.\n\n"
       "Harbour officials said the service would resume on Wednesday if the level dropped"
       " as forecast.\n\n"
       "A temporary bus link will carry foot passengers over the northern bridge until then.\n\n")
_EN_TAIL = "The harbour office will review the timetable next month."

_CY = ("Parc chwarae newydd yn agor yn Aberystwyth\n\n"
       "Mae parc chwarae newydd wedi agor ar lan y môr yn Aberystwyth, meddai'r cyngor ddydd"
       " Llun.\n\n"
       "Cafodd y parc ei adeiladu gyda chymorth grant gan y llywodraeth.\n\n"
       "Mae siglenni, llithren a wal ddringo yno i blant o bob oed.\n\n")
_CY_TAIL = "Bydd y parc ar agor bob dydd o wyth y bore tan wyth y nos."

_AM_TITLE = "በባሕር ዳር አዲስ የሕፃናት መጫወቻ ሜዳ ተከፈተ"
_AM_STORY = ("በባሕር ዳር ከተማ አዲስ የሕፃናት መጫወቻ ሜዳ ዛሬ በይፋ ተከፍቷል።\n\n"
             "ሜዳው በከተማው አስተዳደር ወጪ የተገነባ ሲሆን ለግንባታው ሁለት ዓመት ፈጅቷል።\n\n"
             "በሜዳው ውስጥ ዥዋዥዌዎችና የእግር ኳስ መጫወቻ ቦታ ይገኛሉ።\n\n")
_AM = _AM_TITLE + "\n\n" + _AM_STORY
_AM_TAIL = "የከተማው አስተዳደር በሚቀጥለው ዓመት ሁለት ተጨማሪ ሜዳዎችን ለመገንባት አቅዷል።"

_MILITARY = ("The Example Sentinel\n"
             "U.S. Army Garrison Japan\n\n"
             "Soldiers and families plant cherry trees along the base walking path\n\n"
             "Saturday, March 9, 2024\n\n"
             "Volunteers planted forty cherry trees along the walking path beside the school on"
             " Saturday, the garrison's environmental office said.\n\n"
             "The trees were donated by a nursery in the neighbouring town.\n\n"
             "Children from the elementary school watered each tree after it was planted.\n\n")


# 1. A military paper's command line under its name: no title, no body; it places the paper.


def test_command_line_under_the_masthead_is_no_title():
    out = clean_text(_MILITARY + _EN_TAIL + "\n")
    assert out.title == "Soldiers and families plant cherry trees along the base walking path"
    assert "U.S. Army Garrison Japan" not in out.paragraphs
    assert "Japan" in out.place_lines
    for command in ("U.S. Army Garrison-Japan", "Naval Support Activity Bahrain"):
        out = clean_text(_MILITARY.replace("U.S. Army Garrison Japan", command) + _EN_TAIL)
        assert out.title.startswith("Soldiers and families"), command
        assert command not in out.paragraphs, command


def test_headline_naming_a_garrison_stays_the_title():
    for headline in ("Army Garrison Welcomes New Commander",
                     "U.S. Army Garrison Japan opens a new elementary school"):
        page = "The Example Sentinel\n\n" + headline + "\n\n" + _MILITARY.split("\n\n", 2)[2]
        out = clean_text(page + _EN_TAIL)
        assert out.title == headline, headline


# 2. The military paper's standard notice.


def test_military_paper_notice_goes():
    for line in ("The Example Sentinel is an authorized publication for military personnel,"
                 " federal employees, contractors and their families assigned to U.S. Army"
                 " Garrison Japan.",
                 "This newspaper is an authorized publication for members of the U.S. military"
                 " services overseas.",
                 "Contents of the Sentinel are not necessarily official views of, or endorsed by,"
                 " the U.S. Government, Department of Defense or Department of the Army.",
                 "The appearance of advertising in this publication does not constitute"
                 " endorsement by the Department of the Army of the products advertised."):
        assert chrome_kind(line) == "copyright", line
        paragraphs = _end(_EN, _EN_TAIL, line)
        assert line not in paragraphs, line
        assert _EN_TAIL in paragraphs, line


def test_authorized_publication_in_a_sentence_stays():
    for line in ("The memoir is an authorized publication for the family, the lawyer said.",
                 "The base paper is read by soldiers and their families every Saturday.",
                 "Its contents are not necessarily what the committee expected, the chair said."):
        assert chrome_kind(line) is None, line
        assert line in _mid(_EN, _EN_TAIL, line), line


# 3. A contact prompt for the paper's editor.


def test_editor_contact_prompt_goes():
    for line in ("Questions? Email the Sentinel editor.",
                 "Comments or questions? Contact the editor at editor@example.mil",
                 "Questions? Email the editor."):
        assert chrome_kind(line) is not None, line
        paragraphs = _end(_EN, _EN_TAIL, line)
        assert line not in paragraphs, line
        assert _EN_TAIL in paragraphs


def test_questions_for_others_stay():
    for line in ("Questions? Email the council's planning officer.",
                 "Questions about the timetable can be emailed to the harbour office editor.",
                 "Residents with questions can email the editor of the parish newsletter."):
        assert chrome_kind(line) is None, line
        assert line in _mid(_EN, _EN_TAIL, line), line


# 4. The paper's own desk label in the body, checked against its masthead.


def test_own_desk_label_goes():
    page = "The Example Sentinel\n\n" + _EN
    for line in ("Sentinel Reports", "Example Sentinel Staff", "Sentinel Staff Report"):
        paragraphs = _mid(page, _EN_TAIL, line)
        assert line not in paragraphs, line
        assert _EN_TAIL in paragraphs


def test_other_reports_labels_stay():
    page = "The Example Sentinel\n\n" + _EN
    for line in ("Committee Reports", "Harbour Reports"):
        assert line in _mid(page, _EN_TAIL, line), line
    # No masthead names the word.
    assert "Sentinel Reports" in _mid(_EN, _EN_TAIL, "Sentinel Reports")


# 5. A station's listen-live button.


def test_listen_live_button_goes():
    for line in ("Listen live to Three FM", "Listen live to Example Radio",
                 "Listen to Example FM live", "Tune in live: Example 96.5 FM"):
        assert chrome_kind(line) == "promo", line
        for paragraphs in (_end(_EN, _EN_TAIL, line), _mid(_EN, _EN_TAIL, line)):
            assert line not in paragraphs, line
            assert _EN_TAIL in paragraphs, line


def test_listening_live_in_a_sentence_stays():
    for line in ("Listen live to the council's debate, residents were urged by the mayor.",
                 "Listeners can tune in live to the radio broadcast of the meeting on Monday.",
                 "Listen to the radio"):
        assert chrome_kind(line) is None, line
        assert line in _mid(_EN, _EN_TAIL, line), line


# 6. The Welsh and Amharic "read also" headers, alone with their headline or inline.


def test_welsh_and_amharic_read_also_header_and_its_headline_go():
    for head, tail, header, headline in (
            (_CY, _CY_TAIL, "DARLLENWCH HEFYD:", "Pwll nofio newydd i agor yn Llanelli"),
            (_CY, _CY_TAIL, "Darllen mwy", "Ysgol newydd yn agor ei drysau yn y Bala"),
            (_AM, _AM_TAIL, "ተጨማሪ ያንብቡ፦", "በጎንደር አዲስ ቤተ መጻሕፍት ተከፈተ"),
            (_AM, _AM_TAIL, "ይህንንም ያንብቡ", "በደሴ የወጣቶች ማዕከል ተመረቀ")):
        paragraphs = _mid(head, tail, header + "\n" + headline)
        assert header not in paragraphs, header
        assert headline not in paragraphs, headline
        assert tail in paragraphs, header


def test_welsh_and_amharic_read_also_inline_goes():
    for head, tail, line in (
            (_CY, _CY_TAIL, "Darllenwch hefyd: Pwll nofio newydd i agor yn Llanelli"),
            (_AM, _AM_TAIL, "ተጨማሪ ያንብቡ፦ በጎንደር አዲስ ቤተ መጻሕፍት ተከፈተ")):
        assert chrome_kind(line) == "inline_link", line
        paragraphs = _mid(head, tail, line)
        assert line not in paragraphs, line
        assert tail in paragraphs


def test_reading_more_in_a_sentence_stays():
    for head, tail, line in (
            (_CY, _CY_TAIL, "Darllenwch hefyd yr adroddiad llawn ar wefan y cyngor, meddai'r"
                            " maer."),
            (_CY, _CY_TAIL, "Darllenwch hefyd: yr adroddiad llawn ar y wefan."),
            (_AM, _AM_TAIL, "ተጨማሪ ያንብቡ፦ ሙሉ ሪፖርቱ በከተማው ድረ ገጽ ላይ ይገኛል።"),
            (_AM, _AM_TAIL, "ተማሪዎቹ በክረምቱ ተጨማሪ መጻሕፍትን ያንብቡ ዘንድ ቤተ መጻሕፍቱ ክፍት ይሆናል።")):
        assert chrome_kind(line) is None, line
        assert line in _mid(head, tail, line), line


# 7. The Ethiopic full stop ends a sentence: the site's name, the section label and a
#    standalone date line above an Amharic lead go.


def test_site_name_section_label_and_date_line_above_an_amharic_lead_go():
    # A crawler's record: its title in the metadata, the text under the site's name.
    for head in ("Example\n\nዜና\n\n", "ማህበራዊ\n\nሐምሌ 24 ቀን 2016 ዓ.ም\n\n"):
        page = head + _AM_STORY + _AM_TAIL + "\n"
        paragraphs = clean_text(page, first_line_is_title=False, title_hint=_AM_TITLE,
                                site_names=frozenset({"example"})).paragraphs
        for label in head.split("\n\n")[:2]:
            assert label not in paragraphs, label
        assert paragraphs[0].startswith("በባሕር ዳር ከተማ")
        assert _AM_TAIL in paragraphs


def test_amharic_social_word_in_a_sentence_stays():
    line = "ማህበራዊ ጉዳዮች ቢሮ ሜዳውን ለሕፃናት ክፍት እንደሚያደርግ አስታውቋል።"
    assert line in _mid(_AM, _AM_TAIL, line)
