"""Cleaning: unicode repair, site chrome out, captions/credits/bylines/related
headlines split off the body into fields, paragraphs kept.

`clean_text` is the pure function; `CleanArticles` wraps it for Beam and also
routes HTML pages and crawler JSON through main-text extraction first.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from typing import Any
from urllib.parse import urlsplit

import apache_beam as beam
import ftfy
from apache_beam.metrics import Metrics

from transforms import dates, geo, people
from transforms import html as html_extract
from transforms.dateline import agency_name, byline_line_place, find_dateline
from transforms.deadletters import DEAD_LETTER_TAG, RecordError, dead_letter_from_exception
from transforms.literals import family_matcher, prefiltered, search_possible, shortest_cover
from transforms.patterns import (
    BYLINE_ROLE_WORDS,
    CAPTION_LABEL_ENDINGS,
    CHROME_LINE_PATTERNS,
    FRENCH_FUNCTION_WORDS,
    GERMANIC_FUNCTION_WORDS,
    GIVEN_NAME_AGENCY_ALIASES,
    INDIC_DESK_BYLINE_PLACE,
    INDONESIAN_REPORT_LEAD,
    JOINING_SCRIPTS,
    LEADING_ARTICLES,
    LINK_SUFFIX,
    LONG_CHROME_KEYWORDS,
    MASTHEAD_EXCLAIMED,
    MASTHEAD_MOTTO,
    MASTHEAD_NAME_WORDS,
    MAX_BARE_TAG_WORDS,
    MAX_CREDITS_LINE,
    MAX_LINE_CHARS_FOR_PATTERNS,
    MAX_PITCH_WORDS,
    MAX_SUMMARY_ITEM_WORDS,
    MAX_TAG_WORDS,
    MIN_BARE_TAG_ITEMS,
    NEPALI_DATE_LINE,
    NOT_A_NAME_MARK,
    NOT_SIGNER_LAST_WORDS,
    READER_ADDRESS_FRENCH,
    READER_ADDRESS_GERMANIC,
    REPORTED_SPEECH_CLAUSE,
    SHORT_CHROME_CHARS,
    STAFF_OUTLETS,
    TEXT_SIZE_WIDGET,
    VIETNAMESE_LETTERS,
    WELSH_FUNCTION_WORDS,
    WELSH_PAGE_MIN_WORDS,
    compiled,
)

# Spaces that scrapers leave in text: NBSP, thin spaces, zero-width characters.
_ODD_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
# The joiners (ZWNJ, ZWJ) are spelling between two letters of JOINING_SCRIPTS: there they
# stay; anywhere else they go with the other zero-width characters.
_ZERO_WIDTH = re.compile(r"[\u200b\u2060\ufeff\u00ad]"
                         r"|(?<![" + JOINING_SCRIPTS + r"])[\u200c\u200d]"
                         r"|[\u200c\u200d](?![" + JOINING_SCRIPTS + r"])")
_MULTI_SPACE = re.compile(r" {2,}")
_INDIC_DESK_BYLINE_PLACE = re.compile(INDIC_DESK_BYLINE_PLACE)
_NEPALI_DATE_LINE = re.compile(NEPALI_DATE_LINE)  # Bikram Sambat: "साउन ७, २०८१"
_NOT_A_NAME_MARK = re.compile(NOT_A_NAME_MARK)
# Gallery captions: "[1/2]Vehicles ...", "Item 1 of 2 Vehicles ..." (each starts a caption).
_GALLERY_COUNTER = re.compile(r"^\s*(?:\[\d{1,3}\s?/\s?\d{1,3}\]|item \d{1,3} of \d{1,3}\s)",
                              re.IGNORECASE)
# A link's accessible label ends its line's text ("... Licensing Rights, opens new tab").
_ENDS_WITH_LINK = re.compile(LINK_SUFFIX + r"\s*$", re.IGNORECASE)
_JOB_OPENING = re.compile(BYLINE_ROLE_WORDS + r"\b", re.IGNORECASE)
# A menu item of initials: "U.S.", "U.K." (its full stop ends no sentence).
_INITIALS = re.compile(r"(?:[A-Z]\.){2,4}")
# A site's name set as a logo with a full stop or an exclamation mark ("euronews.",
# "Quartz.", "Yahoo!"): one word.
_WORDMARK = re.compile(r"[^\W\d_][\w'’&-]{1,30}[.!]")
# ... or of two or three words with an exclamation mark ("News Diggers!").
_MASTHEAD_EXCLAIMED = re.compile(MASTHEAD_EXCLAIMED)
_MASTHEAD_MOTTO = re.compile(MASTHEAD_MOTTO)
# A two-word menu item whose second word is a capitalised abbreviation ("Gorzów Wlkp.",
# "Frankfurt Stadt.", "Halle Saale."): its full stop ends no sentence.
_ABBREVIATED_ITEM = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]{1,30} [A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]{1,3}\.")
_DESK_INITIALS = re.compile(r"[A-Z]{2,5}(?:[/ ][A-Z]{2,5}){0,3}")
_SITE_DOMAIN = re.compile(r"[\w-]{2,20}\.(?:com|net|org|it|de|fr|es|pt|ru|tr|pl|co|info)")
_TEXT_SIZE_WIDGET = re.compile(TEXT_SIZE_WIDGET, re.IGNORECASE)
_REPORT_LEAD = re.compile(INDONESIAN_REPORT_LEAD, re.IGNORECASE)  # "Laporan Wartawan X, Name"
_NAME_SEPARATOR = re.compile(r"\s[-–|]\s")  # "AFP - Agence France Presse"
# Round 93: and the Urdu full stop and the Arabic question mark ("۔", "؟"), so an Urdu
# lead is prose and the section label above it goes. Round 94: and the Armenian full stop
# ("։"), likewise. Round 95: and the Ethiopic full stop ("።"), so an Amharic lead is prose
# and the site's name and section label above it go.
_TERMINAL = re.compile(r"[.!?:;\"”’»)\]…।॥۔؟։።]$")
# A byline line ends its paragraph even without a full stop ("Par MAP le 09/10/2024 à 18h05").
_BYLINE_OPENERS = frozenset({"by", "por", "par", "von", "di", "de"})
MAX_TITLE_WORDS = 40
MAX_RELATED_ITEM_WORDS = 30
MIN_BODY_CHARS = 40
# A short body line that repeats an earlier one word for word is furniture (a teaser
# title, a hidden label); longer repeats may be deliberate and are kept.
MAX_REPEATED_LINE_WORDS = 12
# Lines above the headline of a scraped page that are section labels ("India",
# "Asia-Pacific", "All News"), not the headline: this short, without punctuation.
MAX_LABEL_WORDS = 2
MIN_HEADLINE_WORDS = 4
MAX_LEADING_LABELS = 3
MIN_MENU_ITEMS = 3
# A hard-wrapped line fills most of its width (re-scrapes wrap at 60-80 characters); a
# shorter line without a full stop is a line of its own (a menu item, a site name).
MIN_WRAPPED_LINE_CHARS = 40
MIN_STORY_SENTENCE_WORDS = 12  # a full sentence this long ends a related-headline list
# How far down the page's lines its head (byline, place and date lines) may reach.
MAX_HEAD_LINES = 40
MAX_PLACE_LINE_WORDS = 4  # "Santiago, RD", "Reporting from Tbilisi, Georgia" is no place line
MAX_MENU_ITEM_WORDS = 5  # "Pays de la Loire", "Russian Politics & Diplomacy"
MAX_TAIL_BYLINE_POSITION = 3  # a byline among the last paragraphs
# How far down a page the lead may stand below the fields and widgets above it.
MAX_LEAD_SCAN = 12
MIN_SENTENCE_WORDS = 4
# A paragraph of running text: above it a "Published by" line is no longer the page's head.
MIN_POSTER_PROSE_WORDS = 8
MAX_CAPTION_WORDS = 60  # a caption is a sentence or two; more is the story's text
# A caption over a bare wire line ("AFP") describes the photo in a few words; a longer
# sentence there is the standfirst over the story's own wire line.
MAX_WIRE_CAPTION_WORDS = 15
MAX_PRE_LEAD_CHROME_WORDS = 20
# A story may end on a very short sentence ("It starts soon."), never on a label.
MIN_LAST_SENTENCE_WORDS = 2
# Widget lines above the first sentence of text extracted from HTML ("Listen", "00:00")
# come one or two at a time; a longer run of short lines is a list in the story.
MAX_HTML_PRE_LEAD = 3
# How far down a scraped page the headline may stand below navigation lines.
MAX_HEADLINE_SCAN = 30  # long section menus stand above some headlines
# Quotation marks: a line that quotes someone reports speech, whatever its words.
_QUOTES = re.compile(r"[\"“”«»„]")
MAX_WIDGET_WORDS = 3
# How far down the lines a lone dateline above the lead may stand.
MAX_LONE_DATELINE_SCAN = 6
MAX_BIO_WORDS = 60
_LIST_NUMBER = re.compile(r"^\d{1,2}[.)]?\s{1,3}(?=\S)")


# Text that may need ftfy: UTF-8 read as cp1252/latin-1 ("Ã©", "â€™"), C1 controls,
# replacement characters, HTML entities, ligatures and full-width forms. ftfy costs
# milliseconds per article, so clean text takes the cheap path.
_NEEDS_FTFY = re.compile(
    r"[\u00c0-\u00ef][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
    r"\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
    r"|[\x80-\x9f\x1b\ufffd\ufb00-\ufb06\uff01-\uff5e]"
    r"|&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});",
    re.IGNORECASE,
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Kana, CJK ideographs and Hangul: in such text full-width punctuation （）＋ is the
# normal form, not a stray variant, and stays as written.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def repair_unicode(text: str) -> str:
    """Fix mojibake and odd characters, normalise spaces and line endings (NFC)."""
    # An ASCII text without "&" or ESC cannot need ftfy (`literals.search_possible`).
    if search_possible(_NEEDS_FTFY, text) and _NEEDS_FTFY.search(text):
        text = ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False,
                             fix_character_width=not _CJK.search(text))
    else:
        text = _CONTROL.sub("", text)
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if search_possible(_ODD_SPACES, text):
        text = _ODD_SPACES.sub(" ", text)
    if search_possible(_ZERO_WIDTH, text):
        text = _ZERO_WIDTH.sub("", text)
    return text


def _norm_line(line: str) -> str:
    # Most lines have no run of spaces: the substring test is far cheaper than `sub`.
    return (_MULTI_SPACE.sub(" ", line) if "  " in line else line).strip()


@cache
def _chrome_families():
    """`compiled()["chrome_any"]` as a `literals.FirstFamily`: the same answers, fewer
    engine steps (the patterns that cannot start a match cheaply wait for their words)."""
    return family_matcher(compiled()["chrome_any"], CHROME_LINE_PATTERNS,
                          r"(?:" + LINK_SUFFIX + r")?\s*[.!:]?$")


# A long line is chrome only with one of these (a keyword holding another adds nothing).
_LONG_CHROME_WORDS = tuple(sorted(shortest_cover(frozenset(LONG_CHROME_KEYWORDS))))


def chrome_kind(line: str) -> str | None:
    """Which kind of site chrome a line is, or None if it may be article text."""
    if not line or len(line) > MAX_LINE_CHARS_FOR_PATTERNS:
        return None
    if len(line) > SHORT_CHROME_CHARS:
        lowered = line.lower()
        for word in _LONG_CHROME_WORDS:  # a plain loop: no generator per line
            if word in lowered:
                break
        else:
            return None
    kind = _chrome_families().family(line)
    if kind:
        return kind
    if compiled()["inline_link"].match(line) and len(line.split()) <= 25:
        return "inline_link"
    return None


@dataclass
class CleanedText:
    title: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    captions: list[dict[str, str | None]] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)  # parenthesised credits lines
    contributors: list[str] = field(default_factory=list)  # from "contributed" lines
    bylines: list[str] = field(default_factory=list)
    related_headlines: list[str] = field(default_factory=list)
    section: str | None = None
    published_lines: list[str] = field(default_factory=list)
    updated_lines: list[str] = field(default_factory=list)
    # "Santiago, RD" above the lead: where the desk is, a qualifier for a bare dateline.
    place_lines: list[str] = field(default_factory=list)
    # "Apr. 17 06:41 pm JST": a stamp without its year, (month, day); and the years of the
    # page's copyright notices ("©2025 ..."), which may supply it.
    yearless_stamps: list[tuple[int, int]] = field(default_factory=list)
    copyright_years: list[int] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)  # from contact / source lines
    agency_hints: list[str] = field(default_factory=list)
    expect_role: str | None = None  # "author" / "editor": names follow a contact line
    # Round 66. The wire a "Source: GNA" line just named: a name alone on the next line
    # ("Kafui Dzamesi") is its writer, as sites that carry the wire's copy sign it.
    wire_signer: bool = False
    removed: dict[str, int] = field(default_factory=dict)
    dropped: int = 0  # sum of `removed`, kept as lines are dropped (read once a line)

    def count(self, kind: str, lines: int = 1) -> None:
        self.removed[kind] = self.removed.get(kind, 0) + lines
        self.dropped += lines


def _opens_byline(line: str) -> bool:
    # The lead word may carry a colon: "By: Jane Roe - November 18, 2025 5:45 pm", "Por: Ana
    # Ruiz", "Par : ..." (round 43).
    return line.split(" ", 1)[0].lower().rstrip(":") in _BYLINE_OPENERS


def _paragraphs(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines of one block into paragraphs.

    A line that ends a sentence ends its paragraph; a line that stops mid-sentence
    continues on the next one (re-scrapes wrap text differently).
    """
    pats = compiled()
    out: list[str] = []
    current: list[str] = []
    for line in lines:
        if current and find_dateline(line):
            out.append(" ".join(current))  # a heading above the dateline is not its text
            current = []
        if current and (pats["caption_prefix"].match(line) or _GALLERY_COUNTER.match(line)
                        or credit_only_line(line)):
            # "Image caption, ...", "[1/2]..." and a credit line under its caption
            # ("Fotografia: X") start their own paragraph.
            out.append(" ".join(current))
            current = []
        current.append(line)
        if len(current) == 1 and len(line) <= 80 and masthead_wire(line) is not None:
            out.append(line)  # "ARMENPRESS Armenian News Agency" above a menu
            current = []
            continue
        if (_TERMINAL.search(line) or len(line.split()) <= 3 or len(line) < MIN_WRAPPED_LINE_CHARS
                or _ENDS_WITH_LINK.search(line) or pats["labelled_credit"].search(line[-120:])
                or credit_only_line(line)
                or (len(current) == 1 and len(line) <= 80
                    and (_opens_byline(line) or "/" in line or "|" in line
                         or _REPORT_LEAD.match(line))
                    and people.byline_names(line) is not None)):
            out.append(" ".join(current))
            current = []
    if current:
        out.append(" ".join(current))
    return out


MAX_CREDIT_LINE_CHARS = 120
_BARE_PHOTO_LABEL = re.compile(r"^(?:photo|foto)s?\s(?=[A-ZÀ-Þ])", re.IGNORECASE)


def credit_only_line(line: str) -> str | None:
    """The credit when a line is only a photo credit ("Foto: Anna Weber/dpa", "Image
    source, Getty Images", "EFE/Jane Roe", "JANE ROE / AFP"), else None. A longer line
    than MAX_CREDIT_LINE_CHARS is no credit alone."""
    if len(line) > MAX_CREDIT_LINE_CHARS:
        return None
    if line.startswith("By ") and people.wire_signed_name(line[3:]):
        return None  # round 86: "By Jane Roe/KNA", a wire reporter's byline (no photo label)
    pats = compiled()
    match = pats["credit_only_line"].match(line)
    if match:
        if pats["rights_reserved"].search(match.group("credit")):
            return None  # "© Example Media. All rights reserved.": the site's notice
        return match.group("credit").strip()
    if "/" not in line:
        return None
    # "Photo Jane ROE / AFP": a label without its colon before a wire's credit.
    line = _BARE_PHOTO_LABEL.sub("", line.strip(), count=1)
    match = pats["wire_photo_credit"].match(line)
    if match is None or not agency_name(match.group("wire") or match.group("wire2")):
        return None
    if any(geo.resolve_place(match.group("name") or match.group("name2"))):
        return None  # "XINHUA / Hong Kong": the wire and where it filed from
    return match.group(0)


def tidy_caption(text: str) -> str:
    """A caption or credit without gallery furniture ("[1/3] ", "Purchase Licensing Rights")."""
    for pattern in compiled()["caption_noise"]:
        text = prefiltered(pattern).sub("", text)
    return text.strip()


def _tidy_credit(credit: str, outlets: frozenset[str] = frozenset()) -> str:
    """A credit without its wrapper words: "PHOTO | X", "File photo by X", "Beeld: X".

    `outlets`: the page's own names, folded and joined (site_key): round 93, "Archivo
    Runrunes" on Runrunes is the paper's own archive picture, its credit "Runrunes"."""
    pats = compiled()
    credit = tidy_caption(credit).strip("()[] ").lstrip("–—-• ")
    if len(credit) > 2 and credit[0] == credit[-1] == "/":
        credit = credit[1:-1].strip()  # "/홍길동 기자/": Korean regional papers wrap it in slashes
    credit = pats["credit_source_part"].sub("", credit)  # "X | Zdroj: ČTK": the source field
    # "X 제공. 재판매 및 DB 금지", "[X 제공] 무단 전재 및 재배포 금지": the brackets go too
    credit, notices = pats["credit_resale_notice"].subn("", credit)
    credit = credit.strip("()[] ") if notices else credit
    credit = pats["credit_archive_mark"].sub("", credit)  # ".../File Photo", "EFE/Archivo"
    credit = pats["credit_date_part"].sub("", credit)  # "KCNA (April 16, 2025)"
    credit = pats["credit_label_after_name"].sub(r"\1\2", credit)  # "Bernama pic"
    credit = pats["credit_label_at_start"].sub("", credit).strip()
    credit = pats["credit_archive_mark"].sub("", credit)  # "Foto: Arquivo/Lusa": after the label
    archived = pats["credit_archive_before_outlet"].match(credit)
    if archived and (_page_outlet(site_key(archived.group("outlet")), outlets)
                     or people.spelled_wire(archived.group("outlet"))):
        credit = archived.group("outlet").strip()  # "Archivo Runrunes", "Archivo EFE"
    if credit.count("/") >= 2:  # "Ian Roe /Ian Roe/Postmedia": the name once
        credit = pats["credit_doubled_name"].sub(r"\1/", credit)
    return credit


_CREDIT_SEPARATORS = " .–—-([©|·"


def _desk_town(line: str) -> geo.City | None:
    """The town of a desk's byline with its town after it ("নিজস্ব প্রতিবেদক, বরিশাল",
    "हरिभूमि न्यूज : रायपुर"; INDIC_DESK_BYLINE_PLACE), when the index knows it; else None."""
    desk = _INDIC_DESK_BYLINE_PLACE.match(line)
    return geo.indic_place(desk.group("place")) if desk else None


# The fewest letters of a paper's short name read as the end of its full name.
_SHORT_OUTLET_LETTERS = 5


def _page_outlet(key: str, outlets: frozenset[str]) -> bool:
    """Whether a credit's outlet (folded and joined: site_key) is the page's own: its name
    or, round 78, the last words of it, the short name Lee Enterprises papers print
    ("Jane Roe/Chronicle" on the Bozeman Daily Chronicle)."""
    return key in outlets or (len(key) >= _SHORT_OUTLET_LETTERS
                              and any(name.endswith(key) for name in outlets))


def _stamp_credit(credit: str) -> bool:
    """Whether a caption's would-be credit is only a stamp's clock or date ("08:10)",
    "(10.15 Uhr)", "15 maggio 2024"): no one who took a photo (CREDIT_CLOCK_ONLY)."""
    bare = credit.strip("()[] .,")
    return bool(compiled()["credit_clock_only"].match(bare) or (
        any(c.isdigit() for c in bare) and dates.is_date_line(bare)))


def caption_split(paragraph: str,
                  outlets: frozenset[str] = frozenset()) -> tuple[str, str | None] | None:
    """(caption text, credit) when a paragraph is a photo caption with a credit.

    `outlets`: the page's own names, folded and joined (site_key), that vouch for an
    unlabelled "Name/Outlet" credit (OUTLET_SLASH_CREDIT), as a known wire does."""
    if len(paragraph) > 1200:
        return None
    paragraph = tidy_caption(paragraph)
    note = compiled()["lead_image_note"].match(paragraph)
    if note:  # "(Header image: A compound in Minhang, 2024. VCG)"
        return note.group("text"), note.group("credit").strip()
    tail = paragraph[-160:]
    if ("/" not in tail and ":" not in tail and "Getty" not in tail and "©" not in tail
            and "Copyright" not in tail and "COPYRIGHT" not in tail
            and "|" not in tail and " by " not in tail and "—" not in tail
            and not tail.rstrip().endswith((")", "]"))
            and not tail.rstrip(" .").lower().endswith(CAPTION_LABEL_ENDINGS)):
        return None  # every credit shape has one of these
    for pattern in compiled()["caption_credit"]:
        match = prefiltered(pattern).search(tail)
        if match:
            credit = match.group("credit").strip()
            if _stamp_credit(credit):
                continue  # round 92: "... | 08:10)", a stamp's clock or date, no credit
            # The separator before the credit goes with it: "... in 2025. | © Jane Roe".
            text = paragraph[: len(paragraph) - len(tail) + match.start()]
            # "Maitland Courthouse. Picture by Jane Roe": a labelled credit after a full
            # stop lets a caption of two words be one.
            labelled = (text.rstrip().endswith(".")
                        and compiled()["credit_label_opening"].match(tail, match.start()))
            text = text.rstrip(_CREDIT_SEPARATORS)
            text = compiled()["credit_label_at_end"].sub("", text).rstrip(_CREDIT_SEPARATORS)
            text = compiled()["caption_prefix"].sub("", text).strip()
            if len(text.split()) >= (2 if labelled else 3):
                # Round 97: a Devanagari caption closes with its own stop, the danda "।".
                return text.rstrip() + ("" if text.endswith((".", "।")) else "."), credit
    match = compiled()["outlet_slash_credit"].search(tail)
    if match and (_page_outlet(site_key(match.group("outlet")), outlets)
                  or people.spelled_wire(match.group("outlet"))):
        text = paragraph[: len(paragraph) - len(tail) + match.start()].strip()
        if len(text.split()) >= 3:
            return text, match.group("credit")
    return None


def clean_text(
    text: str,
    *,
    first_line_is_title: bool = True,
    title_hint: str | None = None,
    lines_are_paragraphs: bool = False,
    writers_hint: list[str] | None = None,
    site_names: frozenset[str] = frozenset(),
) -> CleanedText:
    """Split a scraped page into title, body paragraphs and the fields hidden in it.

    `writers_hint` names the page's writers where its metadata does (HTML, crawler
    records): their bio below the story is the desk's, not the story's. `site_names`:
    the site's own name, folded and joined, as its host and og:site_name spell it (see
    _site_names): a line that names the site is the site's ("Example24 is available on
    Telegram.", "Jane Roe | Example24")."""
    pats = compiled()
    out = CleanedText()
    text = repair_unicode(text)
    blocks = [[_norm_line(ln) for ln in block.split("\n")] for block in re.split(r"\n\s*\n", text)]
    blocks = [[ln for ln in block if ln] for block in blocks]
    blocks = [block for block in blocks if block]
    raw_lines = [line for block in blocks for line in block]

    # 1. Drop chrome lines and pull out related-headline lists, line by line.
    kept_blocks: list[list[str]] = []
    pending_label = "published"  # a lone "Updated" label makes the next date line an update
    in_related = False
    related_items_in_list = 0
    menu_list_block = -1  # the block a related header closing the top menu points into
    in_tags = False
    tags_in_list = 0
    prose_lines = 0
    story_ended = False  # a copyright notice or wire sign-off after the story's prose
    removed_at_kept = -1  # lines dropped so far when the last line was kept
    in_summary = False
    in_synopsis = False
    sentence_kept = False  # a line of prose kept: the story has started
    in_comments = False  # below a comment section's heading: its furniture goes
    sentence_above = False  # sentence_kept before the last line kept
    line_no = -1  # the line's index in raw_lines
    for block_no, block in enumerate(blocks):
        kept: list[str] = []
        for pos_in_block, line in enumerate(block):
            line_no += 1
            if in_summary:
                # "Das Wichtigste in Kürze" and its points, up to the byline or dateline.
                if _summary_point(line):
                    out.count("summary_box")
                    continue
                in_summary = False
            if len(line) <= 40 and pats["summary_header"].match(line):
                in_summary = True
                out.count("summary_box")
                continue
            if in_synopsis:
                in_synopsis = False  # the synopsis's one paragraph, unless the story starts
                if _summary_point(line):
                    out.count("summary_box")
                    continue
            # Above the lead only: under a review's first paragraphs, "Synopsis" heads the
            # film's plot, the story's own text.
            if not sentence_kept and len(line) <= 20 and pats["synopsis_header"].match(line):
                in_synopsis = True
                out.count("summary_box")
                continue
            if in_tags:
                if len(line.split()) <= MAX_TAG_WORDS and not _TERMINAL.search(line):
                    tags_in_list += 1
                    out.count("tag_list")
                    continue
                in_tags = False
            if len(line) <= 40 and (pats["tag_header"].match(line)
                                    or _bare_tag_list(blocks, block_no, pos_in_block)):
                in_tags = True
                tags_in_list = 0
                out.count("tag_list")
                continue
            if tag_line(line):
                out.count("tag_list")
                continue
            if in_related and not related_items_in_list and chrome_kind(line):
                in_related = False  # a nav bar ("Latest News", "Search"), not a list
            if in_related:
                words = len(line.split())
                # A headline in the list; a sentence with a full stop is the story again
                # (a list inside text whose paragraphs are single lines has no block end).
                if (words <= MAX_RELATED_ITEM_WORDS and not chrome_kind(line)
                        and not pats["related_header"].match(line)
                        and not _is_sentence(line, MIN_STORY_SENTENCE_WORDS)
                        and not pats["korean_statement_end"].search(line)):
                    out.related_headlines.append(_LIST_NUMBER.sub("", line))
                    related_items_in_list += 1
                    continue
                if chrome_kind(line) is None and not pats["related_header"].match(line):
                    in_related = False
            header = pats["related_header"].match(line) if len(line) <= 80 else None
            if header:
                in_related = True
                related_items_in_list = 0
                if (first_line_is_title and prose_lines == 0 and line == block[-1]
                        and len(kept) >= MIN_MENU_ITEMS and all(map(_nav_shaped, kept))):
                    # "Lo más leído" as the last link of the menu on top of a text scrape:
                    # the next block may be the headline rather than the list's item.
                    menu_list_block = block_no + 1
                section = header.groupdict().get("section")
                if section and not out.section:
                    out.section = section.strip().title() if section.islower() else section.strip()
                out.count("related_header")
                continue
            if _masthead_editor(raw_lines, line_no):
                out.count("tail_chrome")  # the paper's editor in its footer, not the story's
                continue
            if story_ended and not _is_prose(line):
                if len(line) <= 100 and (pats["author_line"].match(line)
                                         or pats["editor_line"].match(line)) \
                        and _metadata_line(line, out, pending_label):
                    continue  # "(PAP)" / "autor: Jane Roe": the writer signs under the wire
                year = pats["copyright_year"].search(line) if len(line) <= 120 else None
                if year:
                    out.copyright_years.append(int(year.group("year")))  # "© 2024 Microsoft"
                out.count("tail_chrome")  # furniture below the end of the story
                continue
            if sentence_kept and len(line) <= 30 and pats["spaced_dot_stamp"].match(line):
                # "11. 9. 2001" below the story's first sentence heads a timeline's entry:
                # the story's, not the page's stamp (that stands above the lead).
                kept.append(line)
                removed_at_kept = out.dropped
                continue
            if len(line) <= 120:
                stated_all = _stated_date_lines(line)
                credited = pats["wire_bar_stamp"].match(line) if not stated_all else None
                if credited and agency_name(credited.group("wire")):
                    # "PTI | Updated: ...": the wire's credit, then the page's stamp.
                    stated_all = _stated_date_lines(credited.group("stamp"))
                    if stated_all:
                        out.agency_hints.append(credited.group("wire"))
                for kind, rest in stated_all:
                    # "Last updated on Friday, ... by Jane Roe" too, unless a writer is named
                    # already ("Published ... by Jane Roe" / "Last updated ... by John Smith").
                    if " " in rest and (kind == "published" or not out.bylines):
                        rest = _stamp_byline(rest, out)
                    if (kind == "published" and prose_lines >= 2
                            and out.dropped == removed_at_kept):
                        _sign_above_stamp(kept, kept_blocks, out)  # nothing dropped between
                    (out.updated_lines if kind == "updated" else out.published_lines).append(rest)
                    out.count(f"{kind}_line")
                if stated_all:
                    continue
            wire = (_caption_wire(line, kept, out)
                    if len(kept) == 1 and not sentence_above else None)
            if wire:
                # "Trucks on the road to the border." / "AFP" under a wire named already,
                # above the story: the bare wire credits the photo, the line above is its
                # caption.
                caption = kept.pop()
                if len(caption.split()) >= 8:  # counted as a prose line
                    prose_lines -= 1
                sentence_kept = sentence_above
                out.captions.append({"text": caption, "credit": wire})
                out.count("caption")
                continue
            if line_no and len(line) <= 60 and line[-1] not in ".!?…" and pats[
                    "valediction_line"].match(raw_lines[line_no - 1].strip()):
                # Review 65: a signature has no full stop; "The crossing will carry 20,000
                # cars a day." under a quoted "Thank you," is the story's.
                out.count("letter_signature")  # "Thank you," / "Jane Roe, editor"
                continue
            signed = people.wire_signed_name(line) if prose_lines >= 2 else None
            if signed:
                # "Abdullahi Garba Danjuma (NAN)" under the story: the wire's reporter signs.
                out.bylines.append(signed[0])
                out.agency_hints.append(signed[1])
                out.count("signoff")
                story_ended = True
                continue
            if (prose_lines == 0 and line_no + 1 < len(raw_lines) and len(line) <= 40
                    and byline_line_place(line)
                    and _outlet_place_line(line, raw_lines[line_no + 1])):
                # Round 71: "أسوان - أ ش أ" right above the lead is its dateline (joined to
                # it below), not a byline line ("دبي - وام" over a date line stays one).
                kept.append(line)
                removed_at_kept = out.dropped
                continue
            if not sentence_kept and line_no > 0 and _role_under_name(raw_lines[line_no - 1], line):
                out.count("byline")  # the name above is the byline, read with the paragraphs
                continue
            if _metadata_line(line, out, pending_label, site_names):
                pending_label = "published"
                if prose_lines >= 2 and _signoff(line, site_names):
                    story_ended = True
                    if line.startswith("("):
                        # Round 68: "Abdullahi Garba Danjuma" over a bare "(NAN)": the
                        # wire's reporter signs on the line above.
                        _sign_above_stamp(kept, kept_blocks, out)
                continue
            stamp = dates.yearless_stamp(line) if len(line) <= 50 else None
            if stamp:
                out.yearless_stamps.append(stamp)
                out.count("date_line")
                continue
            if len(line) <= 40 and pats["label_only"].match(line):
                pending_label = "updated" if "updat" in line.lower() or "aktual" in \
                    line.lower() else "published"
                out.count("date_label")
                continue
            if in_comments:
                if _comment_furniture(line):
                    out.count("comment_section")
                    continue
                in_comments = False
            if (prose_lines >= 2 and len(line) <= 80 and not _TERMINAL.search(line)
                    and pats["comment_heading"].match(line)):
                # "Comments: Our rules" under the story: the comment section opens.
                in_comments = True
                _pop_comment_gate(kept, kept_blocks, out)
                out.count("comment_section")
                continue
            kind = chrome_kind(line)
            if (kind in ("copyright", "advertisement") and kept and not _TERMINAL.search(kept[-1])
                    and (pats["bracketed_caps_signoff"].match(line) if kind == "copyright"
                         else line[:1].islower())):
                # A hard-wrapped sentence goes on: "... by the US space agency" / "(NASA).",
                # "La mairie a fait paraître une" / "annonce" / "dans le journal local."
                kind = None
            if (kind is None and len(line) <= 10 and pats["share_words_beside_chrome"].match(line)
                    and any(0 <= n < len(raw_lines) and chrome_kind(raw_lines[n])
                            for n in (line_no - 1, line_no + 1))):
                kind = "share_widget"  # "Deli" in a share bar, not an English guide's "Deli"
            if (kind is None and len(line) <= 20 and pats["prompt_button"].match(line)
                    and _under_prompt(raw_lines, line_no)):
                kind = "widget"  # "No thanks" / "Show me" under "Enable push notifications"
            if kind is None and site_names and len(line) <= 200:
                apps = pats["outlet_on_apps"].match(line)
                if apps and site_key(apps.group("outlet")) in site_names:
                    kind = "promo"  # "Example24 is available on Telegram and WhatsApp."
            if kind is None and len(line) <= 250:
                # Under the story's prose, or a reporter's bio naming the site (round 83: it
                # may sit under the byline too); the bio's match is passed on, not read again.
                bio = None if prose_lines >= 2 else pats["outlet_reporter_bio"].match(line)
                if (prose_lines >= 2 or bio) and _site_self_note(line, site_names, raw_lines, bio):
                    kind = "tail_chrome"  # "Example Today is a product of Example Kft."
            if (kind is None and site_names and len(line) <= MAX_SITE_NAME_LINE
                    and not _TERMINAL.search(line) and _own_name_line(line, site_names)
                    and not (" " not in line.strip() and any(
                        0 <= n < len(raw_lines) and _list_item(raw_lines[n])
                        for n in (line_no - 1, line_no + 1)))):
                # Round 51: the publication's own name alone on a line (a masthead or
                # publisher line inside the body); a sentence naming it goes on.
                kind = "masthead"
            if (kind is None and line_no and len(line) <= MAX_SITE_NAME_LINE
                    and (desk := pats["own_desk_label"].fullmatch(line))
                    and _own_masthead(desk.group("outlet"), site_names, raw_lines[0])):
                kind = "masthead"  # round 95: "Hourglass Reports", the paper's desk label
            if kind == "navigation" and (city := _desk_town(line)):
                # "নিজস্ব প্রতিবেদক, বরিশাল": the desk's byline goes, its town places the story.
                out.place_lines.append(geo.place_line(city))
            if kind == "navigation" and "|" in line and _meta_bar(line, out):
                continue  # "Victoria | March 3, 2025 @ 11:12 | By: Jane Doe | Views: 12"
            if kind == "navigation" and len(line) <= 120 and (
                    credit_only_line(line) or people.byline_names(line)
                    or people.post_meta_line(line)  # "by Valley Radio | Sep 10, 2024 | News"
                    or people.indic_writer_place(line)  # "अनुराग शर्मा | भोपाल"
                    or people.site_desk_byline(line, site_names, "\n".join(raw_lines))):
                # "Fotografia: Jane Doe | Edições Novembro", "Jane Doe |04.03.2025": a credit
                # or a byline between bars, not a footer.
                kind = None
            first_line = not kept and not kept_blocks
            if kind == "navigation" and first_line and _TEXT_SIZE_WIDGET.fullmatch(line):
                kind = None  # "AA" on the page's first line is Anadolu's masthead, not a widget
            if kind is None and reader_pitch(line):
                kind = "reader_pitch"
                # A share bar right above a paywall pitch ("Dela", "Kopiera länk") goes too;
                # above a one-word "Abonnez-vous" in a menu stand the menu's items.
                while len(line.split()) > MAX_WIDGET_WORDS and kept and _widget_word(kept[-1]):
                    kept.pop()
                    out.count("widget")
            if kind == "copyright":
                year = pats["copyright_year"].search(line)
                if year:
                    out.copyright_years.append(int(year.group("year")))
            if kind and prose_lines >= 2 and pats["comment_word"].search(line):
                # "Show Comments", "You must be logged in to post a comment": the comment
                # section opens (and the log-in widget's lines just above it go).
                in_comments = True
                _pop_comment_gate(kept, kept_blocks, out)
            if kind:
                above = kept or (kept_blocks[-1] if kept_blocks else [])
                if above and _pitch_above_call(above[-1], line):
                    above.pop()  # "... journalism is more crucial than ever." / SUBSCRIBE NOW
                    out.count("reader_pitch")
                    if not above and above is not kept:
                        kept_blocks.pop()
                elif (kind == "copyright" and above and prose_lines >= 2 and len(above[-1]) <= 80
                      and pats["company_name_line"].match(above[-1])):
                    # "Example Sanchar Pvt. Ltd." right above the copyright line: the footer's
                    # publisher, not the story's last paragraph.
                    above.pop()
                    out.count("copyright")
                    if not above and above is not kept:
                        kept_blocks.pop()
                elif (kind == "copyright" and prose_lines >= 2
                      and _pop_company_over_masthead(kept, kept_blocks, pats["company_name_line"])):
                    out.count("copyright")
                elif (kind == "promo" and above and pats["appeal_heading"].match(above[-1])
                      and line_no + 1 < len(raw_lines)
                      and chrome_kind(raw_lines[line_no + 1]) == "promo"):
                    # "Who can be trusted?" over a support appeal of two promo lines or more:
                    # the appeal's heading; over one promo line inside a story it stays, and
                    # so does one over a promo line and an ad slot (review 66: "What happens
                    # next?" / "Support independent journalism." / "Advertisement").
                    above.pop()
                    out.count("promo")
                    if not above and above is not kept:
                        kept_blocks.pop()
                out.count(kind)
                if prose_lines >= 2 and (_signoff(line) or (
                        kind == "copyright" and len(line.split()) >= 2)):
                    story_ended = True
                continue
            sentence_above = sentence_kept  # whether the story started above this line
            if len(line.split()) >= 8:
                prose_lines += 1
                sentence_kept = sentence_kept or bool(_TERMINAL.search(line))
            kept.append(line)
            removed_at_kept = out.dropped
        if (block_no == menu_list_block and related_items_in_list == 1 and out.related_headlines
                and not _lone_headline(blocks[block_no + 1] if block_no + 1 < len(blocks) else [])):
            # One "item" under a menu's link: the headline, not a list; a list of the most
            # read stories has more.
            kept.insert(0, out.related_headlines.pop())
            in_related = False
        # A related list runs to the end of its block (or the next block if the
        # header stood alone); so does a tag list.
        if in_related and related_items_in_list:
            in_related = False
        if in_tags and tags_in_list:
            in_tags = False
        if kept:
            kept_blocks.append(kept)

    # 2. Title: the first line of a scraped page, unless it is already the lead.
    paragraphs: list[str] = []
    for block in kept_blocks:
        paragraphs.extend(block if lines_are_paragraphs else _paragraphs(block))
    # Section labels and kickers above the headline ("India", "All News", "CALOR
    # EXTREMO") are neither the title nor body.
    labels = 0
    while (labels < min(MAX_LEADING_LABELS, len(paragraphs))
           and _is_label(paragraphs[labels])):
        labels += 1
    masthead = None
    if title_hint:
        out.title = _norm_line(repair_unicode(title_hint)) or None
        repeat = next((i for i in range(min(labels, len(paragraphs) - 1) + 1)
                       if out.title and _same_text(paragraphs[i], out.title)), None)
        if repeat is not None:
            for _ in range(repeat + 1):
                paragraphs.pop(0)
            out.count("section_label", repeat)
    elif first_line_is_title and paragraphs:
        start = _headline_index(paragraphs)
        if start is None and 0 < labels < len(paragraphs) and _headline_like(paragraphs[labels]):
            start = labels
        menu_headline = False
        if start is None:
            # A site's name and its section menu on top, then a headline that opens with
            # its place ("Lublin. Nawet dwa lata ..."): the menu goes, the headline stays.
            start = _leading_menu(paragraphs)
            menu_headline = start is not None
        if start:
            masthead = next((a for a in (masthead_wire(p) for p in paragraphs[:start])
                             if a and a not in STAFF_OUTLETS), None)
            # Round 95: the garrison a military paper serves, named under its masthead
            # ("U.S. Army Garrison-Kwajalein Atoll"), is where the paper is.
            out.place_lines.extend(place for p in paragraphs[:start]
                                   if (place := _masthead_command(p)))
            del paragraphs[:start]
            out.count("section_label", start)
        first = paragraphs[0]
        if len(first.split()) <= MAX_TITLE_WORDS and (menu_headline or not _wire_dateline(first)):
            out.title = paragraphs.pop(0)

    # 3. Bylines, captions, credits: fields, not body.
    _join_lone_lead_tag(paragraphs)
    dateline_index = next(
        (i for i, p in enumerate(paragraphs[:8]) if find_dateline(p)
         and (not p.endswith(":") or (i + 1 < len(paragraphs) and _is_prose(paragraphs[i + 1])))),
        None,
    )  # a place and a date alone before a colon heads the lead, not a list's items
    if dateline_index is None:
        dateline_index = _join_lone_dateline(paragraphs)
    lead_index = dateline_index if dateline_index is not None else _lead_index(paragraphs)
    if (lines_are_paragraphs and dateline_index is None and lead_index is not None
            and lead_index > MAX_HTML_PRE_LEAD):
        lead_index = None  # a long unpunctuated run is the text itself (a list, a table)
    body: list[str] = []
    short_seen: set[str] = set()
    seen_credits = False
    pending_credit: str | None = None
    byline_at = -1  # the index of the last byline above the lead
    # The site's names and the masthead's or byline's outlet line ("Kitsap Sun" over the
    # story): an outlet that vouches for a caption's "Name/Outlet" credit (caption_split).
    page_outlets = site_names | {site_key(ln) for ln in raw_lines[:MAX_HEAD_LINES]
                                 if len(ln) <= 40 and len(ln.split()) <= 4}
    for i, para in enumerate(paragraphs):
        credit_only = credit_only_line(para)
        if (credit_only and lead_index is not None and i > lead_index
                and para.lstrip().startswith("©") and agency_name(credit_only)):
            out.agency_hints.append(credit_only)
            out.count("signoff")  # "© NTB" under the story: the wire's copyright
            continue
        notice = (compiled()["site_notice"].match(para)
                  if credit_only and i > 0 and i == len(paragraphs) - 1 else None)
        if notice:
            # "© The Harbour Post 2025" closing the page: the site's notice, not the credit
            # of a photo above it (the story's last sentence stays body).
            out.copyright_years.append(int(notice.group("year")))
            out.count("copyright")
            continue
        if (credit_only and i > 0 and i == len(paragraphs) - 1 and para.lstrip().startswith("©")
                and pats["publisher_holder"].search(credit_only) and _publisher_only(credit_only)):
            out.count("copyright")  # "© Roularta Media Group": the publisher's, no photo's
            continue
        if credit_only and i < 25:
            credit = credit_only
            credit_first = para.lower().startswith("image source")  # BBC: credit, then caption
            caption_before = (
                not credit_first and body and len(body[-1].split()) <= MAX_CAPTION_WORDS
                and not find_dateline(body[-1])
                # "Most read" over a credit: a list's label, no photo's caption.
                and not pats["related_header"].match(body[-1])
                # "Tipsa redaktionen" over a credit: a tip link, no photo's caption.
                and not (len(body[-1]) <= 40 and pats["tip_line"].match(body[-1]))
                and (dateline_index is None or i <= dateline_index)
                and not _photo_credit_of_the_page(paragraphs, i, lead_index, body[-1]))
            if caption_before and _repeated_credit(credit, out.captions):
                # Round 72. "Credit: Jane Roe" again under the lead photo's caption, which
                # read "... Jane Roe/Staff": the enlarged photo's credit, no new caption (the
                # sentence above it is the story's).
                out.count("caption")
                continue
            if caption_before:
                # "Legenda: ..." / "Foto: ...": the caption without its label.
                text = pats["caption_prefix"].sub("", body.pop()).strip()
                out.captions.append({"text": text, "credit": credit})
            else:
                pending_credit = credit
            out.count("caption")
            continue
        if pending_credit and pats["caption_prefix"].match(para):
            text = pats["caption_prefix"].sub("", para).strip()
            out.captions.append({"text": text, "credit": pending_credit})
            pending_credit = None
            out.count("caption")
            continue
        if (body and body[-1] == paragraphs[i - 1] and (lead_index is None or i - 1 <= lead_index)
                and (credit := _outlet_credit_line(para, body[-1], page_outlets))):
            # Round 84. "Jane Roe / Grand Forks Herald" under the lead photo's caption: its
            # credit, no second byline; the sentence above is the caption, no story text.
            out.captions.append({"text": body.pop(), "credit": credit})
            out.count("caption")
            continue
        # "By Jane Doe" under the story (Kenya News Agency pages).
        at_end = (i >= len(paragraphs) - MAX_TAIL_BYLINE_POSITION and len(para) <= 60
                  # "By Jane Doe", "Jane Doe (Bordeaux, correspondante)"; round 63: a Korean
                  # reporter's sign-off under an HTML story, "홍길동 기자 hong@example.co.kr"
                  and (_opens_byline(para) or para.endswith(")")
                       or people.korean_signoff(para) is not None
                       # round 80: the wire's staffer signs off, "Айгерим Султанова, KAZINFORM"
                       or people.wire_staff_byline(para) is not None))
        if (i < 6 or at_end) and len(para) <= 200:
            names = people.byline_names(para)
            if names and _gan_off_welsh_page(para, raw_lines):
                names = None  # review 95: "Gan Wei Ling", a surname, read whole below
            if names is None and i < 6:
                names = people.site_desk_byline(para, site_names, "\n".join(raw_lines))
            signed = people.wire_signed_name(para) if names is None and at_end else None
            if signed:  # "Abdullahi Garba Danjuma (NAN)" under the story (round 68)
                names = [signed[0]]
                out.agency_hints.append(signed[1])
            if names is None and i < 6 and (named := people.indic_initialled_byline(para)):
                names = [named]  # round 68: "(எஸ். தயாளன்)" under a Tamil headline
            if names is None and i < 6 and (named := people.indic_correspondent_byline(para)):
                names = [named]  # round 79: "রহিম উদ্দিন, মানিকগঞ্জ প্রতিনিধি"
                town = people.indic_writer_correspondent_town(para)
                if town and (city := geo.indic_place(town.group("place"))):
                    out.place_lines.append(geo.place_line(city))  # round 92: "..., प्रतिनिधी, पुणे"
            named_town = (people.indic_initialled_writer_town(f"{para}\n{paragraphs[i + 1]}")
                          if names is None and i < 6 and i + 1 < len(paragraphs) else None)
            if named_town:
                names = [named_town[0]]  # round 81: "കെ. എം. ഷമീർ" over "തൃശൂർ"
                if town := geo.indic_place(named_town[1]):
                    out.place_lines.append(geo.place_line(town))
            writer_place = people.indic_writer_place(para) if names is None else None
            if writer_place:
                # "अनुराग शर्मा | भोपाल": the writer, and the city he files from.
                names = [writer_place[0]]
                out.place_lines.append(geo.place_line(writer_place[1]))
            dashed = people.indic_writer_dash_place(para, "\n".join(
                [out.title or "", *paragraphs[i + 1:]])) if names is None else None
            if dashed:
                # Round 98: "නිමල් ජයසිංහ - ගල්නෑව", the writer and the town he files from.
                names = [dashed[0]]
                if dashed[1] is not None:
                    out.place_lines.append(geo.place_line(dashed[1]))
            if names is not None:
                out.bylines.extend(names)
                byline_at = i
                if based := geo.korean_reporter_city(para):
                    out.place_lines.append(based.name)  # "부산=홍길동 기자": the base places it
                stamp = people.byline_stamp(para)
                stated = _stated_date_line(stamp) if stamp else None
                if stated:  # "... / TNN / Updated: Sep 12, 2024, 04:18 IST"
                    (out.updated_lines if stated[0] == "updated"
                     else out.published_lines).append(stated[1])
                elif stamp:  # "Jane Doe |04.03.2025 - Update : 04.03.2025": published first
                    out.published_lines.append(stamp)
                wire = people.byline_wire(para)
                if wire and agency_name(wire) not in STAFF_OUTLETS:
                    out.agency_hints.append(wire)  # "Par MAP le 09/10/2024": the wire
                out.count("byline")
                continue
        if i < 4 and not out.bylines and not any(_is_prose(p) for p in body) and (
                dateline_index is None or i < dateline_index):
            name = people.bare_byline_name(para)
            if (not name and 2 <= len(para.split()) <= 4 and not _NOT_A_NAME_MARK.search(para)
                    and para.strip().casefold() in {w.strip().casefold() for w in writers_hint
                                                    or () if isinstance(w, str)}):
                # Round 90: a head line that is exactly the record's own author field
                # ("রাশেদুল ইসলাম" atop a crawler's text): the byline line, in any script,
                # where no capitals show it is a name (a desk, "أثير - مكتب صلالة", is none).
                # The writers come from the field, which reads desks out ("News Desk").
                out.count("byline")
                continue
            if name and not any(geo.resolve_place(name)):
                out.bylines.append(name)
                byline_at = i
                out.count("byline")
                continue
            # Round 65. "Tshering Yangzom, Thimphu": the writer's name, then the base they
            # file from (Kuensel, Business Bhutan); the base places the story.
            writer, comma, base = para.rpartition(", ")
            # Round 75: the byline's word may lead the name, "Na Rehema Mussa, Morogoro"
            # (Swahili "by"; the names' case is checked by SHORT_BYLINE_LEAD).
            led = people.byline_names(writer) if comma and not _gan_off_welsh_page(
                writer, raw_lines) else None
            name = (led[0] if led and len(led) == 1 else people.bare_byline_name(writer)) if (
                comma and len(base.split()) <= MAX_PLACE_LINE_WORDS) else None
            if name and not any(geo.resolve_place(name)) and all(geo.resolve_place(base)):
                out.bylines.append(name)
                out.place_lines.append(base)
                byline_at = i
                out.count("byline")
                continue
            # Round 61: an Arabic name (no capitals) counts only right above the date line;
            # round 63: a Hebrew one too, and the date line may be a bar ("18.07.24 | 07:12").
            name = people.arabic_byline_name(para) or people.hebrew_byline_name(para)
            if name and not any(line.strip() == para and n + 1 < len(raw_lines)
                                and _date_bar_line(raw_lines[n + 1])
                                for n, line in enumerate(raw_lines[:40])):
                name = None
            # Round 93: a Georgian name, its surname's ending marking it ("ნინო ქავთარაძე").
            name = name or people.georgian_byline_name(para)
            if name:
                out.bylines.append(name)
                byline_at = i
                out.count("byline")
                continue
            # "Jess Hartley, Tom Reid": two writers, no "By".
            names = people.bare_byline_names(para)
            if names and not any(any(geo.resolve_place(n)) for n in names):
                out.bylines.extend(names)
                byline_at = i
                out.count("byline")
                continue
        before_lead = lead_index is not None and i < lead_index
        wire = agency_name(para) if before_lead and i < 6 and len(para) <= 40 else None
        if wire and wire not in STAFF_OUTLETS and people.wire_spelling(para.strip(" ."), wire):
            # "Belga" alone between the headline and the date line: the wire's byline
            # (elsewhere a one-word name in natural case is no wire line, _agency_only).
            out.agency_hints.append(wire)
            out.count("byline")
            continue
        caption = (caption_split(para, page_outlets)
                   if (before_lead or i < 3 or len(para) < 600) else None)
        if caption and (before_lead or _strong_caption(para, caption[1])):
            out.captions.append({"text": caption[0], "credit": caption[1]})
            out.count("caption")
            continue
        if len(para) <= MAX_CREDITS_LINE:
            if para.startswith("("):
                names = people.byline_names(para)
                if names:  # "(By Jane Doe and John Roe)" under the story
                    out.bylines.extend(names)
                    out.count("byline")
                    continue
            wired = people.wire_credits(para)
            if wired is not None:
                out.agency_hints.append(wired[0])
                out.credits.append(wired[1])
                out.count("credits")
                seen_credits = True
                continue
            inner = people.is_credits_paragraph(para)
            if inner is not None:
                out.credits.append(inner)
                out.count("credits")
                seen_credits = True
                continue
            names = people.contributed_names(para)
            if names is not None:
                out.contributors.extend(names)
                out.count("credits")
                seen_credits = True
                continue
            assist = pats["assistance_line"].match(para)
            if assist:
                out.contributors.extend(people.split_names(assist.group("names")))
                out.count("credits")
                seen_credits = True
                continue
            inner = people.credits_line(para)
            if inner is not None:
                out.credits.append(inner)
                out.count("credits")
                seen_credits = True
                continue
        if seen_credits and not _is_prose(para) and not (
                before_lead and _credit_follows(paragraphs, i)):
            # Leftovers after the credits are site furniture; above the lead, a line with
            # a photo credit under it ("Autor: X" / caption / "Foto: Y") is a caption.
            out.count("tail_chrome")
            continue
        if (i < MAX_LEAD_SCAN and (lead_index is None or i < lead_index)
                and (city := geo.indic_place(para)) and _beside_date_line(para, raw_lines)):
            # "কলকাতা" over "শেষ আপডেট: ২০ নভেম্বর ...": a city in an Indic script, which
            # no capital marks, alone beside the date line in the page's head (a menu's
            # city stands among other labels, not there). Read with no lead found too:
            # a lead that ends on the danda ("।") is not found as one.
            out.place_lines.append(geo.place_line(city))
            out.count("pre_lead")
            continue
        if (lead_index is not None and i < lead_index
                and _NEPALI_DATE_LINE.match(_raw_line_after(para, raw_lines))
                and (name := people.indic_bare_name(para))):
            # Round 85: a bare Devanagari name right above a Bikram Sambat date line in
            # the head ("सन्तोष पोखरेल" / "२०८१ माघ १२ शनिबार"): the writer (Nagarik's layout).
            out.bylines.append(name)
            out.count("byline")
            continue
        if (i < MAX_LEAD_SCAN and (lead_index is None or i < lead_index)
                and people.poster_names(para) and not _is_sentence(para)
                and not any(_is_sentence(p, MIN_POSTER_PROSE_WORDS) for p in paragraphs[:i])):
            # "Published by : Jane Roe" in the page's head (round 64): who posted it, no
            # writer, no text; found with no lead too (a Hindi lead on its danda is not).
            out.count("poster_line")
            continue
        if (0 <= byline_at == i - 1 and (lead_index is None or i <= lead_index)
                and len(para.split()) <= MAX_BIO_WORDS
                and (bio := pats["bio_writer"].match(para))
                and not pats["bio_deed_clause"].search(para)
                and any(bio.group("name").casefold() == w.casefold() for w in out.bylines)):
            # Round 71: the bylined writer's bio right under the byline in the page's head
            # ("Jane Roe" / "Jane Roe is a reporter for The Press covering ..."), Stuff's layout.
            out.count("pre_lead")
            continue
        if (lead_index is not None and i < lead_index
                and not _credit_follows(paragraphs, i) and _pre_lead_chrome(
                    para, lines_are_paragraphs)
                # Round 65: a bare Indic name beside the date line may be the writer's (no
                # capitals tell it from a label): kept, as before danda leads were found.
                and not (people.indic_bare_name(para)
                         and _beside_date_line(para, raw_lines, above_only=True))):
            # Above the lead only fields stand (title, byline, date, caption); any other
            # line there is navigation or a widget, whatever its wording.
            named = _bracketed_name_caption(para)
            if named:
                out.captions.append(named)
                out.count("caption")
                continue
            # "Santiago, RD"; a city alone right under the byline ("Jane Roe" /
            # "Zaragoza"): where the writer files from.
            if ("," in para or 0 <= byline_at == i - 1) and len(
                    para.split()) <= MAX_PLACE_LINE_WORDS and all(geo.resolve_place(para)):
                out.place_lines.append(para)
            elif byline_place := byline_line_place(para):
                out.place_lines.append(byline_place)  # "دبي - وام": the city, then the wire
            elif city := _desk_town(para):
                # "हरिभूमि न्यूज : रायपुर" over the lead: the desk's town places the story.
                out.place_lines.append(geo.place_line(city))
            elif signed := people.wire_signed_name(para):
                # Round 82. "Jane Roe, da Agência Brasil" over the lead: the wire's reporter
                # (the writer comes from the byline field; the wire is the evidence here).
                out.agency_hints.append(signed[1])
                if not _field_names_writer(writers_hint):
                    # Round 94: a field that names only the wire ("МИА" over "Марија
                    # Велковска (МИА)") or none: the line names the writer.
                    out.bylines.append(signed[0])
            out.count("pre_lead")
            continue
        if len(para.split()) <= MAX_REPEATED_LINE_WORDS:
            key = para.casefold()
            if key in short_seen:
                out.count("repeated_line")  # a widget or hidden label printed again
                continue
            short_seen.add(key)
        body.append(para)
    if not out.bylines and not _field_names_writer(writers_hint):
        # An author card under the story ("Jane Doe" / "Valley News reporter covering
        # ..."), read from the page's lines as printed, whether or not they stay in the body.
        out.bylines.extend(_bio_card_writers(raw_lines, body))
    out.paragraphs = _story_tail(body, out, lines_are_paragraphs, writers_hint or [], blocks)
    if masthead:
        out.agency_hints.append(masthead)  # a wire's own page ("Bloomberg" above the
        # headline): the weakest hint, after any wire the story itself names
    return out


def tag_line(line: str) -> bool:
    """A tag list's header and its items on one line ("Categories: Falkland Islands,
    Fisheries.", "Tags: dengue, Brunei"): every item a few words long."""
    if ":" not in line or len(line) > MAX_TAG_LINE_CHARS or not compiled()["tag_line"].match(line):
        return False
    items = _TAG_SEPARATOR.split(line.partition(":")[2].strip().rstrip("."))
    return all(len(item.split()) <= MAX_TAG_WORDS for item in items)


_TAG_SEPARATOR = re.compile(r"\s{0,2}[,;|]\s{0,2}")
MAX_TAG_LINE_CHARS = 400
MAX_TAIL_TAGS = 12  # items of a tag list between a signature and the share bar


def reader_pitch(line: str, below_story: bool = False) -> bool:
    """A sentence the site addresses to its reader rather than a line of the story: a
    paywall meter, a subscription, newsletter, app or comment pitch, in any of the
    languages in patterns.READER_ADDRESS / READER_CALLS. Quoted speech never counts.

    Below the story any pitch word will do; inside it, a paywall/subscription word or
    an imperative call opening a sentence is needed, so that news about members,
    registers, apps or downloads stays."""
    if not line or len(line) > MAX_LINE_CHARS_FOR_PATTERNS or _QUOTES.search(line):
        return False
    if len(line.split()) > MAX_PITCH_WORDS:
        return False
    pats = compiled()
    # Most lines hold no pitch word at all: the literal test rules them out cheaply.
    if not prefiltered(pats["reader_pitch"]).search(line):
        return False
    if ("," in line or ";" in line) and _REPORTED_SPEECH.search(line):
        return False  # "Unterstützen Sie den Journalismus, sagte der Minister."
    call = pats["reader_call"].search(line)
    if below_story:
        return bool(call or pats["reader_call_clause"].search(line) or _addresses_reader(line))
    if call:
        return True
    return bool(pats["reader_pitch_strong"].search(line) and _addresses_reader(line))


_WORD = r"(?<![^\W\d_])(?:{})(?![^\W\d_])"
_GERMANIC_ADDRESS = re.compile(_WORD.format(READER_ADDRESS_GERMANIC), re.IGNORECASE)
_GERMANIC_WORDS = re.compile(_WORD.format(GERMANIC_FUNCTION_WORDS), re.IGNORECASE)
_FRENCH_ADDRESS = re.compile(_WORD.format(READER_ADDRESS_FRENCH), re.IGNORECASE)
_FRENCH_WORDS = re.compile(_WORD.format(FRENCH_FUNCTION_WORDS), re.IGNORECASE)
_REPORTED_SPEECH = re.compile(REPORTED_SPEECH_CLAUSE, re.IGNORECASE)


def _addresses_reader(line: str) -> bool:
    """Whether a line speaks to the reader or as the site ("your", "our", "vous",
    "unser"). A pronoun that is another word in other languages (patterns.
    READER_ADDRESS_GERMANIC, READER_ADDRESS_FRENCH) counts only on a line with a function
    word of its own languages: "abonnés du réseau" is French, not a Scandinavian "du"."""
    if compiled()["reader_address"].search(line):
        return True
    if _GERMANIC_ADDRESS.search(line) and _GERMANIC_WORDS.search(
            _GERMANIC_ADDRESS.sub(" ", line)):
        return True
    return bool(_FRENCH_ADDRESS.search(line) and _FRENCH_WORDS.search(line))


def _pitch_above_call(previous: str, line: str) -> bool:
    """A sentence with a pitch word right above a lone call to action ("SUBSCRIBE NOW",
    "Sign up") is the call's pitch, whatever its wording."""
    pats = compiled()
    return (len(line.split()) <= MAX_WIDGET_WORDS and bool(pats["reader_call"].match(line))
            and len(previous.split()) <= MAX_PITCH_WORDS and not _QUOTES.search(previous)
            and bool(prefiltered(pats["reader_pitch"]).search(previous)))


MAX_COMMENT_GATE_LINES = 3  # the log-in widget's lines above a comment section's heading


def _story_speech(line: str) -> bool:
    """Too long for furniture, or speech a story reports (quotes, "..., the mayor said")."""
    return (len(line) > MAX_LINE_CHARS_FOR_PATTERNS or bool(_QUOTES.search(line))
            or bool(_REPORTED_SPEECH.search(line)))


def _comment_furniture(line: str) -> bool:
    """A comment section's furniture (below its heading): its rules, report link, log-in
    gate, widget status lines and sort controls, or a short label; a quote or reported
    speech is a story's."""
    if _story_speech(line):
        return False
    pats = compiled()
    if not pats["comment_furniture"].search(line):
        return False
    # A longer line names the comments or the page reload as well (COMMENT_TOPIC_WORDS), in the
    # site's voice or as a log-in gate: a share bar's "Comments (12)" may stand in the middle
    # of a story, its paragraphs below ("The council will accept your comments ...").
    if _widget_word(line) or len(line.split()) <= 4:
        return True
    return bool(pats["comment_topic"].search(line)
                and (pats["comment_site"].search(line) or _log_in_call(line)))


def _log_in_call(line: str) -> bool:
    """A log-in gate's words spoken to the reader ("Enter your password ...")."""
    pats = compiled()
    return bool(pats["comment_gate"].search(line) and pats["comment_reader"].search(line))


def _comment_gate(line: str) -> bool:
    """A comment box's log-in gate or its widget's status line, spoken to the reader
    ("Enter your email and password to access comments.", "Please wait for the page to
    reload.")."""
    if _story_speech(line):
        return False
    # ... of the comments or the page: "If you reused your password, change it too." is a
    # story's last line.
    return _log_in_call(line) and bool(compiled()["comment_topic"].search(line))


def _pop_comment_gate(kept: list[str], kept_blocks: list[list[str]], out: CleanedText) -> None:
    """Drop the log-in widget's lines kept just above a comment section's heading."""
    for _ in range(MAX_COMMENT_GATE_LINES):
        above = kept or (kept_blocks[-1] if kept_blocks else [])
        if not above or not _comment_gate(above[-1]):
            return
        above.pop()
        out.count("comment_section")
        if not above and above is not kept:
            kept_blocks.pop()


MAX_PROMPT_BUTTONS = 3  # a dialog's buttons: "Allow", "Not now", "Maybe later"


def _under_prompt(raw_lines: list[str], line_no: int) -> bool:
    """A dialog's button ("No thanks", "Show me") right under a push-notification prompt, or
    under another of its buttons (round 63)."""
    pats = compiled()
    for n in range(line_no - 1, max(-1, line_no - 1 - MAX_PROMPT_BUTTONS), -1):
        if len(raw_lines[n]) <= MAX_LINE_CHARS_FOR_PATTERNS and pats["notification_prompt"].match(
                raw_lines[n]):
            return True
        if not pats["prompt_button"].match(raw_lines[n]):
            return False
    return False


# A masthead's name alone on a line ("Kurier Sowy"): a few capitalised words, no stop.
_MASTHEAD_NAME = re.compile(r"[^\W\d_][\w'’.&-]*(?: [^\W\d_][\w'’.&-]*){0,3}")


def _pop_company_over_masthead(kept: list[str], kept_blocks: list[list[str]],
                               company_line: re.Pattern) -> bool:
    """Drop the publisher's company line standing one line above the copyright line with the
    title's masthead between them (Polska Press: "Example Press Sp. z o.o." / "Kurier Sowy" /
    "© 2024 Example Press Sp. z o.o."); the masthead is a short capitalised name, no sentence,
    and is left to the footer's other rules."""
    lines = [(kept, n) for n in range(len(kept))][-2:]
    for block in reversed(kept_blocks):
        if len(lines) >= 2:
            break
        lines = [(block, n) for n in range(len(block))][-(2 - len(lines)):] + lines
    if len(lines) < 2:
        return False
    (cblock, cn), (mblock, mn) = lines
    company, masthead = cblock[cn], mblock[mn]
    if not (len(company) <= 80 and len(masthead) <= 40 and not _TERMINAL.search(masthead)
            and _MASTHEAD_NAME.fullmatch(masthead)
            and all(w[:1].isupper() for w in masthead.split()) and company_line.match(company)):
        return False
    del cblock[cn]
    if not cblock and cblock is not kept:
        kept_blocks[:] = [b for b in kept_blocks if b is not cblock]
    return True


def _widget_word(line: str) -> bool:
    """A share-bar or widget label: one to three words, no sentence."""
    return len(line.split()) <= MAX_WIDGET_WORDS and not _TERMINAL.search(line)


def tail_note(paragraph: str, writers: list[str]) -> str | None:
    """What kind of desk note a paragraph below the story is, if it is one: the
    writer's bio (it opens with a bylined writer's name), a correction or funding note,
    or a pitch to the reader."""
    if len(paragraph) > MAX_LINE_CHARS_FOR_PATTERNS * 2:
        return None
    if not _QUOTES.search(paragraph) and len(paragraph.split()) <= MAX_BIO_WORDS:
        # A bio set off by a dash: "— Jane Doe covers courts. Reach her at ...".
        paragraph = _LEADING_DASH.sub("", paragraph, count=1)
        for name in writers:
            if (len(name.split()) >= 2 and paragraph.startswith(name)
                    and compiled()["bio_follower"].match(paragraph[len(name):])):
                return "writer_bio"
            for part in name.split() if len(name.split()) >= 2 else []:
                if (len(part) >= 3 and paragraph.startswith(part + " ")
                        and compiled()["bio_short_follower"].match(paragraph[len(part):])):
                    return "writer_bio"
    if _wire_about(paragraph):
        return "wire_about"
    if compiled()["tail_note"].match(paragraph):
        return "desk_note"
    if reader_pitch(paragraph, below_story=True):
        return "reader_pitch"
    return None


_LEADING_DASH = re.compile(r"^[-–—]{1,2}\s{0,2}(?=[^\W\d_])")


MAX_BIO_ROLE_WORDS = people.MAX_BIO_CARD_WORDS  # a bio box's role line


def _writer_box(body: list[str], last: int, writers: list[str]) -> bool:
    """A writer's box under the story: the bylined writer's name alone, then a line
    that opens with their job ("Periodista de la sección de El País. Cubre ...")."""
    if last < 1 or len(body[last].split()) > MAX_BIO_WORDS:
        return False
    name = body[last - 1].strip().casefold()
    if any(name == w.casefold() for w in writers) and _JOB_OPENING.match(body[last]):
        return True
    # A bio box nothing else names: a bare name right above a role line that says what
    # the writer covers ("Jane Roe" / "Example.com reporter covering the north.").
    return (len(body[last].split()) <= MAX_BIO_ROLE_WORDS
            and bool(compiled()["bio_role_line"].match(body[last]))
            and people.bare_byline_name(body[last - 1]) is not None
            and not _story_words(body[last - 1], body[: last - 1])
            and not any(geo.resolve_place(body[last - 1])))


def _with_wire_signoff(paragraph: str) -> bool:
    """A line that is only the wire credited "with" the story ("Avec TAP", "(Avec AFP et
    Reuters)", "Con agencias"): every part a wire as the wire spells it, or "agencies"."""
    pats = compiled()
    match = pats["with_wire_signoff"].match(paragraph.strip()) if len(paragraph) <= 80 else None
    if match is None:
        return False
    parts = pats["with_wire_signoff_and"].split(match.group("wires"))
    return all(people.spelled_wire(p) or pats["agencies_words"].match(p) for p in parts)


def _wire_about(paragraph: str) -> bool:
    """A wire's description of itself: its name, a verb of service, a web address."""
    words = paragraph.split()
    pats = compiled()
    for n in (1, 2, 3):
        if len(words) > n and agency_name(" ".join(words[:n])):
            rest = paragraph.split(None, n)[n]
            return bool(pats["wire_about_verb"].match(rest) and pats["web_address"].search(rest))
    return False


def _join_lone_lead_tag(paragraphs: list[str]) -> None:
    """A lead's bracketed tag alone on the line above it ("(AFP) -", "(KTSG Online) -";
    LONE_LEAD_TAG) is joined to the lead, where the dateline reader takes it."""
    for i, para in enumerate(paragraphs[:MAX_LONE_DATELINE_SCAN]):
        if (i + 1 < len(paragraphs) and len(para) <= 40 and compiled()["lone_lead_tag"].match(para)
                and not compiled()["lead_tag_no_outlet"].match(para[1:para.rfind(")")].strip())
                and _is_prose(paragraphs[i + 1])):
            paragraphs[i: i + 2] = [f"{para} {paragraphs[i + 1]}"]
            return


def _join_lone_dateline(paragraphs: list[str]) -> int | None:
    """A dateline printed on its own line above the lead ("TRABZON", "GİRESUN (AA)"): a
    place in capitals, one to three words, that the gazetteer knows as a city, maybe with
    a known wire in brackets, maybe with the date after a comma ("POKHARA, MARCH 12",
    "ALICANTE, 14 (EUROPA PRESS)"). It is joined to the lead as a dateline; returns the
    lead's index, or None."""
    for i, para in enumerate(paragraphs[:MAX_LONE_DATELINE_SCAN]):
        wired = compiled()["lone_dateline_wire"].match(para) if para.endswith(")") else None
        place = wired.group("place") if wired and agency_name(wired.group("agency")) else para
        place, dated, _ = place.partition(",")
        words = place.split()
        if i + 1 < len(paragraphs) and _outlet_place_line(para, paragraphs[i + 1]):
            paragraphs[i: i + 2] = [f"{para} – {paragraphs[i + 1]}"]
            return i
        if not 1 <= len(words) <= 3 or not place.isupper() or not all(
                w.isalpha() for w in words):
            continue
        if i + 1 >= len(paragraphs) or not _is_prose(paragraphs[i + 1]):
            continue
        city, _ = geo.resolve_place(place)
        if not city or place.lower() in compiled()["dateline_stopwords"]:
            continue
        joined = f"{para} – {paragraphs[i + 1]}"
        found = find_dateline(joined)
        if not found or (dated and not (found.datepart and found.text == para)):
            continue  # after the comma a date, not a region ("PARIS, TEXAS" is a title)
        paragraphs[i: i + 2] = [joined]
        return i
    return None


def _outlet_place_line(line: str, lead: str) -> bool:
    """"Harbour Gazette – Tripoli" on its own line above the lead: the publication and the
    city it files from (round 51), which read with the lead as one dateline (see
    patterns "outlet_dash_place"); not "Reuters – London calling", no city."""
    if not 2 <= len(line.split()) <= 7 or line[-1:] in ".!?:" or " " not in line.strip(
            ) or not any(dash in line for dash in ("– ", "- ", "— ")) or not _is_prose(lead):
        return False
    found = find_dateline(f"{line} – {lead}")
    if found is None or found.city is None or found.text != line:
        return False
    # Review 51: a side the lead names again is a team's, not the publication's: the
    # fixture "Juventus – Napoli" above "Juventus beat Napoli 2-1 ..." (a paper does not
    # name itself in its lead).
    outlet = re.split(r"\s[-–—]\s", line, maxsplit=1)[0].strip()
    if found.agency and outlet == found.place:
        # Round 71: "أسوان - أ ش أ", the city first and a wire after it: the lead may name
        # its own city again; the wire is the other side.
        outlet = line.strip()[len(outlet):].lstrip(" -–—")
    return not re.search(r"(?<!\w)" + re.escape(outlet) + r"(?!\w)", lead)


def _bare_tag_list(blocks: list[list[str]], block_no: int, pos: int) -> bool:
    """Whether blocks[block_no][pos] is a tag list's label without its colon ("Aiheet"): the
    rest of its block is MIN_BARE_TAG_ITEMS or more short lines without a sentence's end,
    and the page ends there or goes on with its furniture."""
    block = blocks[block_no]
    if len(block[pos]) > 20 or not compiled()["bare_tag_header"].match(block[pos]):
        return False
    items = block[pos + 1:]
    if len(items) < MIN_BARE_TAG_ITEMS or any(
            len(item.split()) > MAX_BARE_TAG_WORDS or _TERMINAL.search(item) or chrome_kind(item)
            for item in items):
        return False
    return block_no + 1 == len(blocks) or chrome_kind(blocks[block_no + 1][0]) is not None


def _summary_point(line: str) -> bool:
    """A point of a summary or synopsis box: short, and not the byline, dateline or a
    field line that starts the story."""
    return (len(line.split()) <= MAX_SUMMARY_ITEM_WORDS and not find_dateline(line)
            and people.byline_names(line) is None and not _field_line(line))


# How far below the story's last paragraph an author card may stand, in lines.
MAX_BIO_CARD_LINES = 8
MIN_BIO_CARD_STORY_WORDS = 8  # the story's last sentence, above the card
MIN_STORY_LINE_WORDS = 3  # a raw line of it (a hard-wrapped scrape's last line is short)


def _field_names_writer(writers_hint) -> bool:
    """Whether the page's author field (`writers_hint`, maybe None) names a person, not
    only a wire or a desk."""
    return any(isinstance(w, str) and people.clean_name(w) for w in writers_hint or ())


def _story_tail(body: list[str], out: CleanedText, from_html: bool,
                writers_hint: list[str] = (), blocks: list[list[str]] = ()) -> list[str]:
    """The story ends with its last sentence: the lines after it that are no sentence
    are site furniture (share bars, tag lines, headline lists, desk slugs). Sentences
    the desk sets below the story (the writer's bio, correction and funding notes,
    pitches to the reader) are peeled off the end first."""
    body = list(body)
    if not out.bylines and not _field_names_writer(writers_hint):
        # An unsigned story whose writer's bio stands below it ("Jane Doe is a reporter
        # with the Valley News."): the bio names the writer. Not when the metadata
        # names a writer: then the bio is about someone else.
        out.bylines.extend(_bio_writers(body))
    writers = out.bylines + [w for w in writers_hint if isinstance(w, str) and w not in out.bylines]
    while len(body) > 1 and (_DESK_INITIALS.fullmatch(body[-1].strip())
                             or compiled()["initials_signoff"].fullmatch(body[-1].strip())):
        # "JLMR", "AAM/NSK": the desk's initials under the story; "I. B.", "(J.-M. D.)", "– A.K.":
        # the writer's.
        out.count("signoff")
        body.pop()
    while len(body) > 1 and _with_wire_signoff(body[-1]):
        # Round 80: "Avec TAP", "(Avec AFP)", "With Reuters" under the story: the wire it was
        # written with signs off (the wire is named above it or in the page's metadata).
        out.count("signoff")
        body.pop()
    while (len(body) > 1 and not _is_sentence(body[-1], MIN_LAST_SENTENCE_WORDS)
           and tail_note(body[-1], writers) in ("desk_note", "writer_bio")):
        # A desk note without a closing full stop ("Dieses Thema im Programm: ... | 19:00
        # Uhr") is no sentence, but is the desk's all the same.
        out.count(tail_note(body[-1], writers) or "desk_note")
        body.pop()
    while True:
        last = max((i for i, p in enumerate(body) if _is_sentence(p, MIN_LAST_SENTENCE_WORDS)),
                   default=None)
        if last is None or last == 0:
            break
        kind = tail_note(body[last], writers)
        wire = _masthead_signature(body[last]) if kind is None else None
        if wire is not None:
            kind = "signoff"  # "National Information Agency of Tajikistan «Khovar»"
            if wire:
                out.agency_hints.append(wire)
                out.bylines.extend(_wire_reporter(body[last]))
        if kind is None and _writer_box(body, last, writers):
            kind = "writer_bio"  # "Natalia Vargas" / "Periodista de la sección ..."
            del body[last - 1]
            last -= 1
        if kind is None and (signer := _signer_over_paper(body, last)):
            out.bylines.append(signer)  # round 98: "Ерлан ЖАҚСЫЛЫҚОВ," / "«Egemen Qazaqstan»"
            kind = "byline"
            del body[last - 1]
            last -= 1
        if kind is None:
            break
        out.count(kind)
        del body[last]
    while (from_html and last is not None and len(body) - 1 > last
           and _names_writer(body[-1], writers)):
        # Round 62. The bylined writer's name alone again under the story, in the page's
        # body ("Jane Roe" at the foot of an HTML story): the writer signs; the name is
        # theirs already.
        out.count("byline")
        body.pop()
    if last is None or from_html:
        # Text extracted from HTML has lost its furniture already, and what follows
        # the last sentence there is mostly the story's own list or table.
        return body
    kept = body[: last + 1]
    tail = body[last + 1:]
    for k, para in enumerate(tail):
        signed = compiled()["signoff_name"].match(para) if k == 0 and len(para) <= 60 else None
        name = people.clean_name(signed.group(0)) if signed and not _story_words(
            para, kept) else None
        if name is None and k == 0:
            # Round 70: "Author: Grace Kombuk" (the label may stand on a line of its own
            # over the name), "Jane Doe pour Example.com".
            name = people.tail_signed_name(
                f"{para} {tail[1]}" if para.endswith(":") and len(tail) > 1 else para)
        if name is None and k == 0 and not signed:
            name = _unsigned_story_signature(tail, kept, writers, blocks)
        reporters = people.korean_signoff(para) if k == 0 and name is None else None
        if reporters:
            out.bylines.extend(reporters)  # "부산=홍길동 기자 hong@example.co.kr" signs
            if based := geo.korean_reporter_city(para):
                out.place_lines.append(based.name)
            out.count("byline")
        elif name:
            out.bylines.append(name)  # "Aminata ZONGO" under the story: the writer signs
            out.count("byline")
        elif compiled()["written_link"].match(para):
            kept.append(para)  # a link the writer spelled out is the story's own
        else:
            out.count("tail_chrome")
    return kept


def _signer_over_paper(body: list[str], last: int) -> str | None:
    """Round 98. The writer of a sign-off over the paper's name in quotes ("Ерлан
    ЖАҚСЫЛЫҚОВ," over "«Egemen Qazaqstan»", SIGNOFF_PAPER_LINE), the quoted line taken for
    the story's last sentence: the name in SIGNOFF_NAME's shape, no words the story writes
    in lower case; else None."""
    if last < 2 or len(body[last]) > 50 or not compiled()["signoff_paper_line"].match(
            body[last].strip()):
        return None
    above = body[last - 1].strip()
    if len(above) > 60 or not compiled()["signoff_name"].match(above) or _story_words(
            above, body[:last - 1]):
        return None
    return people.clean_name(above)


def _names_writer(line: str, writers: list[str]) -> bool:
    """Whether a line is a bylined writer's name and nothing else ("Jane Roe", "— Jane Roe")."""
    name = _LEADING_DASH.sub("", line.strip(), count=1).casefold()
    return any(isinstance(w, str) and name == w.strip().casefold() for w in writers)


def _unsigned_story_signature(tail: list[str], kept: list[str], writers: list[str],
                              blocks: list[list[str]]) -> str | None:
    """The writer's name in natural case alone on the first line under the last sentence
    of a story nothing else signs, right above the share bar ("Hery Rakotondrabe" /
    "Partager :" in a crawler's main text): the writer signs. A label that ends the text
    or stands above other furniture ("Zur Startseite", "Must Watch") is the site's; so is
    a place ("Antananarivo") and words the story writes in lower case. A tag list may
    stand between the name and the share bar ("Jan Nowak" / "Tags:" / "Lublin" /
    "Share:"); then the name must not be one the story quotes."""
    if writers or not tail or len(tail[0].split()) > 4:
        return None
    lines = [line for block in blocks for line in block]
    at = max((i for i, line in enumerate(lines) if line == tail[0]), default=None)
    below = lines[at + 1] if at is not None and at + 1 < len(lines) else None
    # Round 58. A name in capitals ("MINH HÀ") right above the share bar signs the story
    # whatever footer follows the bar (the masthead's motto, its copyright).
    shouted = (tail[0].isupper() and len(tail[0].split()) >= 2 and below is not None
               and chrome_kind(below) == "share_widget")
    # Round 72. Or a name in natural case right above the related-stories header ("Nguyễn
    # Thảo Vy" / "Tin liên quan", "Jane Roe" / "Related stories"): the page's furniture
    # starts under the name, whatever follows the header. Natural case only: "LBCI Next"
    # above "Read More" is the site's own promo.
    related = (below is not None and len(below) <= 80
               and compiled()["related_header"].match(below) is not None
               and not any(len(w) > 1 and w.isupper() for w in tail[0].split()))
    if len(tail) > 1 and not shouted and not related and not (
            _tag_list(tail[1:]) and _surname_unwritten(tail[0], kept)):
        return None
    name = people.bare_byline_name(tail[0])
    if name is None or _story_words(tail[0], kept) or any(geo.resolve_place(tail[0])):
        return None
    if shouted or (related and _surname_unwritten(tail[0], kept)):
        return name
    end = None if at is None else at + len(tail)
    if end is None or end >= len(lines) or lines[at:end] != tail:
        return None
    # Round 73. The desk's correction note may stand between the name and the share bar
    # ("Jane Roe" / "Correction: an earlier version ..." / "Comments are closed."): the
    # note is the desk's, added under the signed story.
    while end + 1 < len(lines) and tail_note(lines[end], writers) == "desk_note":
        end += 1
    return name if chrome_kind(lines[end]) == "share_widget" else None


def _publisher_only(holder: str) -> bool:
    """Whether a yearless "©" holder is a publisher alone, not a photographer and the
    house they shot for ("Jane Roe / Fairfax Media", "Jane Roe/Media Group"), which
    credits the picture above it (review 47)."""
    return "/" not in holder.replace("A/S", "")  # "A/S": a Danish company's form, no slash


def _tag_list(lines: list[str]) -> bool:
    """A tag list: a short header closed by a colon ("Tags:"), then a few short items."""
    header, items = lines[0], lines[1:]
    return (len(header) <= 30 and header.endswith(":") and len(header.split()) <= 3
            and 0 < len(items) <= MAX_TAIL_TAGS
            and all(len(i.split()) <= MAX_TAG_WORDS and not _TERMINAL.search(i) for i in items))


def _surname_unwritten(line: str, story: list[str]) -> bool:
    """Whether the last word of a name line is absent from the story (a writer does not
    quote themself; "said Jan Nowak" makes a name under the story a tag, not a byline)."""
    surname = line.split()[-1].casefold()
    return not any(surname in p.casefold() for p in story)


def _bio_card_writers(lines: list[str], body: list[str]) -> list[str]:
    """The writer an author card below the story names (people.bio_card_writer): a name
    line and a job line among the page's lines after the story's last full sentence,
    whether the card's lines are still in the body or not."""
    story_end = max((i for i, p in enumerate(body)
                     if len(p.split()) >= MIN_BIO_CARD_STORY_WORDS and _TERMINAL.search(p)),
                    default=None)
    if story_end is None or story_end == 0:
        return []
    last = body[story_end]
    # The raw line that holds (the end of) the story's last sentence; a short line ("News",
    # a tag) inside it says nothing about where the story ends.
    start = next((i for i in range(len(lines) - 1, -1, -1)
                  if len(lines[i].split()) >= MIN_STORY_LINE_WORDS and lines[i].strip() in last),
                 None)
    if start is None:
        return []
    story = body[: story_end + 1]
    for k in range(start + 1, min(len(lines) - 1, start + MAX_BIO_CARD_LINES)):
        name = people.bio_card_writer(lines[k], lines[k + 1], story)
        if name:
            return [name]
    return []


def _bio_writers(body: list[str]) -> list[str]:
    """The writer a bio among the story's last paragraphs names (people.bio_writer)."""
    for k in range(max(1, len(body) - MAX_TAIL_BYLINE_POSITION), len(body)):
        name = people.bio_writer(body[k], body[:k])
        if name:
            return [name]
    return []


def _sign_above_stamp(kept: list[str], kept_blocks: list[list[str]], out: CleanedText) -> None:
    """Under the story, the line kept right above its publication stamp that is a writer's
    name alone ("Jane Roe" over "Published in the Gazette of 15 May 2025"): the writer
    signs it. A short capitalised name (people.bare_byline_name), no place, whose words
    the story does not write in lower case; it leaves the body for the byline."""
    above = kept or (kept_blocks[-1] if kept_blocks else [])
    if not above or len(above[-1].split()) > 3:
        return
    name = people.bare_byline_name(above[-1])
    story = [line for block in kept_blocks for line in block] + kept
    if name is None or _story_words(above[-1], story) or any(geo.resolve_place(above[-1])):
        return
    above.pop()
    if not above and above is not kept:
        kept_blocks.pop()
    out.bylines.append(name)
    out.count("byline")


def _story_words(line: str, story: list[str]) -> bool:
    """Whether a line's words are words the story writes in lower case ("Lire AUSSI",
    "Read MORE": a link, not a name)."""
    words = {w.casefold() for w in re.findall(r"[^\W\d_]+", line)}
    return any(w in words for p in story for w in re.findall(r"[^\W\d_]+", p) if w.islower())


def _is_label(paragraph: str) -> bool:
    """A section label or kicker: a few words, no sentence punctuation, no dateline."""
    return (len(paragraph.split()) <= MAX_LABEL_WORDS and not _TERMINAL.search(paragraph)
            and not find_dateline(paragraph))


def _headline_index(paragraphs: list[str]) -> int | None:
    """Index of the headline of a scraped page: the first headline-shaped paragraph,
    when only navigation-shaped lines (section labels, breadcrumbs, a site name) stand
    above it; None when something else comes first."""
    mastheads = 0  # wire mastheads on top ("TASS"); a site name may follow them
    for i, para in enumerate(paragraphs[:MAX_HEADLINE_SCAN]):
        if masthead_wire(para) is not None:
            mastheads += i == mastheads
            continue
        if _crumbs_to_headline(paragraphs, i):
            continue
        if _headline_like(para) and not compiled()["breadcrumb"].match(para):
            if ((i == mastheads or len(para.split()) <= MAX_MENU_ITEM_WORDS)
                    and menu_follows(paragraphs, i + 1)):
                # "Le Courrier de l'Ouest" above its section menu: the site's name; a
                # tagline above the menu ("ASIA & JAPAN WATCH") is no headline either.
                continue
            if _menu_item(paragraphs, i) or (i == mastheads and _tagline(paragraphs, i)):
                continue
            if (i <= mastheads + 1 and _MASTHEAD_MOTTO.match(para)
                    and menu_follows(paragraphs, i + 1)):
                continue  # the paper's motto under its name, above its menu
            if i <= mastheads + 1 and _masthead_command(para) and _headline_after_labels(
                    paragraphs, i, MAX_LEADING_LABELS) is not None:
                continue  # the military paper's garrison under its name, above the headline
            return i
        if (i == mastheads and _MASTHEAD_EXCLAIMED.fullmatch(para)
                and menu_follows(paragraphs, i + 1)):
            continue  # "News Diggers!" above its menu: the site's name
        if not _nav_shaped(para):
            return None
    return None


def _masthead_command(paragraph: str) -> str | None:
    """Round 95. A military paper's command line ("U.S. Army Garrison-Kwajalein Atoll"):
    the place of the garrison or base it serves, one the gazetteer knows, else None."""
    match = compiled()["masthead_command"].fullmatch(paragraph)
    place = match.group("place") if match else None
    return place if place and any(geo.resolve_place(place)) else None


def _crumbs_to_headline(paragraphs: list[str], i: int) -> bool:
    """A breadcrumb trail whose last segment is the headline the next line repeats
    ("Site » Business » Copra prices touch a high", then "Copra prices touch a high")."""
    if i + 1 >= len(paragraphs) or len(paragraphs[i]) > 300:
        return False
    match = compiled()["breadcrumb_to_headline"].match(paragraphs[i])
    return match is not None and _same_text(match.group("last"), paragraphs[i + 1])


def masthead_wire(line: str) -> str | None:
    """A site's masthead above the headline: the wire it names ("Kuwait News Agency
    (KUNA)" -> "KUNA"), "" for a news agency the table does not know ("Agence
    Nationale d'Information"), None when the line is no masthead."""
    if len(line) > 80:
        return None
    wire = agency_name(line) or (agency_name(line.rsplit(".", 1)[0])
                                 if _SITE_DOMAIN.fullmatch(line) else None)
    if wire:
        return wire  # "KUNA", "ANSA.it"
    pats = compiled()
    match = pats["masthead_line"].match(line)
    if not match:
        return None
    short = match.group("short") or match.group("quoted")
    if short and agency_name(short) and pats["masthead_words"].search(match.group("name")):
        return agency_name(short)
    if pats["masthead_words"].search(match.group("name")) and not short:
        return agency_name(match.group("name")) or ""
    return None


def _wire_reporter(signature: str) -> list[str]:
    """The reporter after a known wire's signature and a slash ("हिन्दुस्थान समाचार /
    राकेश ठाकुर"), else none: the name must be no wire's and no place's."""
    signed = compiled()["wire_reporter_signoff"].match(signature.strip())
    if not signed or not agency_name(signed.group("agency")):
        return []
    name = signed.group("name").strip()
    if any(word[0].islower() for word in name.split()):
        return []  # review 77: "Reuters / Ipsos poll", the poll the wire ran, no reporter
    if agency_name(name) or any(geo.resolve_place(name)) or any(geo.indic_dateline_place(name)):
        return []  # "AP / Reuters", "PTI / Mumbai": a second wire or a place, no reporter
    return [name]


def _masthead_signature(paragraph: str) -> str | None:
    """A wire's masthead set under its story as a signature ("Kuwait News Agency (KUNA)",
    "National Information Agency of Tajikistan «Khovar»"): the wire, "" for one the table
    does not know, None for any other paragraph (a sentence has lower-case words)."""
    if any(w[:1].islower() for w in paragraph.split() if len(w) > 3):
        return None
    return masthead_wire(paragraph)


_MENU_LINK_WORDS = frozenset({"&", "+", "and", "to", "the", "of"})
_VIETNAMESE = re.compile(f"[{VIETNAMESE_LETTERS}]")


def _menu_words(paragraph: str) -> int:
    """Words of a menu item; "&" joins two sections ("Business & Economy")."""
    # "Things to Do", "Letters to the Editor": link words join a two-word item, in a
    # title-cased menu too ("Things To Do").
    words = sum(1 for word in paragraph.split() if word.lower() not in _MENU_LINK_WORDS)
    # Vietnamese spaces its syllables: two of them make about one word of a menu item.
    return (words + 1) // 2 if _VIETNAMESE.search(paragraph) else words


def menu_follows(paragraphs: list[str], start: int) -> bool:
    """A run of MIN_MENU_ITEMS one- or two-word navigation items starts at `start`."""
    run = paragraphs[start:start + MIN_MENU_ITEMS]
    return len(run) == MIN_MENU_ITEMS and all(
        _menu_words(p) <= MAX_LABEL_WORDS and _nav_shaped(p) and people.byline_names(p) is None
        and (people.bare_byline_name(p) is None or _city_item(p) or _label_item(p))
        for p in run)


def _label_item(item: str) -> bool:
    """Round 82. A title-cased section label a name never is: a link word inside
    ("Things To Do") or a word closing on 's ("What's On")."""
    words = item.split()
    return any(w.lower() in _MENU_LINK_WORDS for w in words[1:-1]) or any(
        w.lower().endswith(("'s", "’s")) for w in words[:-1])


def _city_item(item: str) -> bool:
    """A menu item that names a city the gazetteer knows ("Zielona Góra", "Santa Cruz"
    among a regional paper's sections): a local edition, not a writer's name."""
    city, _ = geo.resolve_place(item)
    return city is not None and geo.fold(city) == geo.fold(item)


def _leading_menu(paragraphs: list[str]) -> int | None:
    """Index of the headline under a site's name and section menu on top of a text
    scrape ("euronews." or "Interia", then "Europe", "World", "Business", ...): a run of
    one- or two-word navigation items, at least a name and MIN_MENU_ITEMS more, then a
    headline-shaped line without a closing full stop, which may open with its place.
    None when the page does not open so."""
    run = 0
    for para in paragraphs[:MAX_HEADLINE_SCAN]:
        item = _nav_shaped(para)  # a logo's full stop included ("euronews.")
        if not (item and _menu_words(para) <= MAX_LABEL_WORDS
                and people.byline_names(para) is None):
            break
        run += 1
    if run <= MIN_MENU_ITEMS or run >= len(paragraphs):
        return None
    head = paragraphs[run]
    words = len(head.split())
    if not MIN_HEADLINE_WORDS <= words <= MAX_TITLE_WORDS or _TERMINAL.search(head):
        return None
    match = find_dateline(head)
    if match is not None and (match.agency or match.datepart):
        return None
    if people.byline_names(head) is not None or caption_split(head) is not None:
        return None
    return run


def _headline_after_labels(paragraphs: list[str], i: int, scan: int) -> tuple[int, int] | None:
    """(labels passed, words) of the first headline-shaped paragraph among the `scan`
    after `i`, when only navigation-shaped lines stand between; None otherwise."""
    for j, later in enumerate(paragraphs[i + 1:i + 1 + scan]):
        if _headline_like(later):
            return j, len(later.split())
        if not _nav_shaped(later):
            return None
    return None


def _tagline(paragraphs: list[str], i: int) -> bool:
    """A site's short tagline on top ("Democracy Dies in Darkness"): section labels and
    then a longer headline follow it."""
    words = len(paragraphs[i].split())
    if words > MAX_MENU_ITEM_WORDS:
        return False
    found = _headline_after_labels(paragraphs, i, 4)
    return found is not None and found[0] > 0 and found[1] > words + 2


def _menu_item(paragraphs: list[str], i: int) -> bool:
    """A short headline-shaped line inside a menu ("Pays de la Loire" after "Bretagne",
    "Normandie"): a menu stands right above it, and a longer headline follows within
    a section label or two."""
    if len(paragraphs[i].split()) > MAX_MENU_ITEM_WORDS or i < MIN_MENU_ITEMS:
        return False
    if not all(_menu_words(p) <= MAX_LABEL_WORDS and _nav_shaped(p)
               for p in paragraphs[i - MIN_MENU_ITEMS:i]):
        return False
    found = _headline_after_labels(paragraphs, i, 3)
    return found is not None and found[1] > len(paragraphs[i].split())


def _nav_shaped(paragraph: str) -> bool:
    """A navigation item, section label, site name or breadcrumb: a few words without
    sentence punctuation, or short segments between separators."""
    if len(paragraph) > 120 or find_dateline(paragraph):
        return False
    if compiled()["breadcrumb"].match(paragraph):
        return True
    return len(paragraph.split()) < MIN_HEADLINE_WORDS and (
        not _TERMINAL.search(paragraph) or bool(_INITIALS.fullmatch(paragraph))
        or bool(_WORDMARK.fullmatch(paragraph)) or bool(_ABBREVIATED_ITEM.fullmatch(paragraph)))


def _lone_headline(block: list[str]) -> bool:
    """A block that is one headline-shaped line and nothing else: the headline below a
    most-read list of one item ("Lo más leído" / item / headline / date), which the item
    is then not."""
    return (len(block) == 1 and _headline_like(block[0]) and not _TERMINAL.search(block[0])
            and dates.is_date_line(block[0]) is None and chrome_kind(block[0]) is None)


def _headline_like(paragraph: str) -> bool:
    words = len(paragraph.split())
    return (MIN_HEADLINE_WORDS <= words <= MAX_TITLE_WORDS and not paragraph.endswith(".")
            and not _wire_dateline(paragraph) and people.byline_names(paragraph) is None
            and caption_split(paragraph) is None)


_TERMINAL_END = re.compile(r"[.!?…:;\"”»)]\s*$")


def _wire_dateline(paragraph: str) -> bool:
    """A dateline that no headline has: one with a wire or a date ("RDC : Kinshasa lance
    ..." is a headline with a country label, "KINSHASA, 8 avril (Xinhua) --" a dateline)."""
    match = find_dateline(paragraph)
    if match is None or not (match.agency or match.datepart or match.city):
        return False
    # "Lublin. Nawet dwa lata czekania na endokrynologa": a city as the headline's label;
    # a lead under a bare city's name ends with its sentence's full stop.
    return bool(match.agency or match.datepart) or _TERMINAL_END.search(paragraph) is not None


def _field_line(line: str) -> bool:
    """A line that states one of the page's fields, as no key point does: a wire's name
    alone ("AFP"), a published stamp ("Publié le 13/05/2025 à 17:32") or a photo credit
    ("AFP / Jane Roe"). A key-points box ends before it."""
    if len(line) > 120:
        return False
    return bool((len(line) <= 40 and agency_name(line)) or _stated_date_line(line)
                or credit_only_line(line))


def _place_date_line(line: str):
    """The date of a stamp line opened by the paper's city (PLACE_DATE_LINE): "Sevilla, 29
    Enero, 2025 - 07:00h"; None when the words before the comma are no known place."""
    match = compiled()["place_date_line"].match(line.strip()) if len(line) <= 90 else None
    if match is None or not any(geo.resolve_place(match.group("place"))):
        return None
    return dates.is_date_line(match.group("date"))


def _bracketed_update_date_line(line: str):
    """(published, updated) dates of a date line with its update stamp in brackets ("14
    maggio 2024 (modifica il 15 maggio 2024 | 08:10)"; DATE_WITH_BRACKETED_UPDATE), when
    both parts read as date lines; else None."""
    match = (compiled()["date_with_bracketed_update"].match(line.strip())
             if len(line) <= 100 else None)
    if match is None:
        return None
    published = dates.is_date_line(match.group("date"))
    updated = dates.is_date_line(match.group("updated"))
    return (published, updated) if published and updated else None


def _stated_date_line(line: str) -> tuple[str, str] | None:
    """("published" | "updated", text with the date) for "Updated May 7, 2021" lines.

    The keyword must be followed by a date: "Updated figures showed..." is prose.
    """
    pats = compiled()
    for kind in ("updated", "published"):
        match = pats[f"{kind}_line"].match(line)
        rest = dates.ascii_digits(match.group("rest")) if match else ""  # "প্রকাশ: ১০ ..."
        if match and (dates.dates_in_text(rest, limit=1) or dates.is_date_line(rest)
                      or dates.labelled_short_year_date(rest)):
            return kind, rest
    return None


def _stated_date_lines(line: str) -> list[tuple[str, str]]:
    """Each stamp of a stamp line: "Updated March 6 2025, first published March 5 2025"
    is an update and a publication, not an update alone; [] when not a stamp line."""
    stated = _stated_date_line(line)
    if stated is None:
        return []
    pats = compiled()
    groups: list[str] = []
    pos = 0
    for sep in pats["stamp_pair_separator"].finditer(line):
        piece = line[sep.end():]
        if pats["updated_line"].match(piece) or pats["published_line"].match(piece):
            groups.append(line[pos:sep.start()])
            pos = sep.end()
    groups.append(line[pos:])
    pieces = [_stated_date_line(group) for group in groups]
    if len(pieces) == 2 and pieces[0] and pieces[0][0] == "updated" and pieces[1] is None:
        first = _first_run_same_day(pieces[0][1], groups[1])
        if first:
            pieces[1] = ("published", first)
    if len(pieces) > 1 and all(pieces):
        return [piece for piece in pieces if piece]
    return [stated]


def _first_run_same_day(updated: str, group: str) -> str | None:
    """The day of "first published 7:30am" after "Updated September 17 2025 - 1:40pm": a
    first run given by its clock alone ran on the update's day, when that clock is no
    later than the update's (a later one, "first published 9:40pm", was the day before:
    unknown, left out)."""
    match = compiled()["published_line"].match(group)
    if not match or not compiled()["clock_segment"].match(match.group("rest").strip()):
        return None
    day = dates.dates_in_text(updated, limit=1)
    first = dates.clock_minutes(match.group("rest"))
    last = dates.clock_minutes(updated)
    if not day or first is None or last is None or first > last:
        return None
    return day[0].isoformat()


def _stamp_byline(rest: str, out: CleanedText) -> str:
    """The date of a published stamp that names its writer after it ("June 10, 2025 by
    Jane Roe"): the writer goes to the bylines, the date is returned."""
    match = compiled()["stamp_then_byline"].match(rest)
    lead = match.group("by") if match else "by"
    if match is None or dates.is_date_line(match.group("date")) is None:
        # "Posted by Jane Roe | March 3, 2025 | News": the writer before the date (the
        # pattern has checked the lead word, "da" and "przez" included, so "by" stands in
        # for it when the names are read).
        match = compiled()["byline_then_stamp"].match(rest)
        lead = "by"
        if match is None or dates.is_date_line(match.group("date")) is None:
            return rest
    names = people.byline_names(f"{lead} {match.group('names')}")
    if names:
        out.bylines.extend(names)
    return match.group("date") if names is not None else rest


def _metadata_line(line: str, out: CleanedText, pending_label: str,
                   site_names: frozenset[str] = frozenset()) -> bool:
    """Lines that state the date, editors or agency of the page: evidence, not body."""
    if len(line) > 320:
        return False
    pats = compiled()
    signer, out.wire_signer = out.wire_signer, False
    if signer and len(line.split()) <= 4:
        name = people.bare_byline_name(line)
        if name and not any(geo.resolve_place(line)) and (
                line.split()[-1].lower() not in NOT_SIGNER_LAST_WORDS):
            out.bylines.append(name)
            out.count("byline")
            return True
    if out.expect_role and not pats["contact_line"].match(line):  # a new contact line
        names = people.split_names(pats["contact_email"].sub("", line)) if len(line) < 120 \
            else []
        if names:
            (out.editors if out.expect_role == "editor" else out.bylines).extend(names)
            out.count("contact")
            return True
        out.expect_role = None
    day = dates.is_date_line(line)
    if day is None and (stamps := _bracketed_update_date_line(line)):
        # "14 maggio 2024 (modifica il 15 maggio 2024 | 08:10)": published, then updated.
        out.published_lines.append(stamps[0].isoformat())
        out.updated_lines.append(stamps[1].isoformat())
        out.count("date_line")
        return True
    if day is None:
        day = _place_date_line(line)  # "Sevilla, 29 Enero, 2025 - 07:00h"
    if day is not None:
        target = out.updated_lines if pending_label == "updated" else out.published_lines
        target.append(day.isoformat())
        out.count("date_line")
        return True
    source = pats["source_editor_line"].match(line)
    if source:
        out.published_lines.append(source.group("date"))
        out.editors.extend(people.split_names(source.group("editor")))
        out.agency_hints.append(source.group("outlet").strip())
        out.count("source_line")
        return True
    if len(line) <= 100:
        wire = _signoff(line, site_names)
        if wire is not None:
            if wire:
                out.agency_hints.append(wire)
            out.count("signoff")
            return True
        source_only = pats["source_line"].match(line)
        if source_only and "/" in source_only.group("outlet"):
            source_only = None  # "Źródło: Jane Doe/PAP" credits a photo
        if source_only:  # "Source: AFP" is agency evidence; "Source: SBS News" the site's own
            outlet = source_only.group("outlet").strip()
            # "المصدر: النهار - وطنية": the paper, then the wire it carries.
            wire = next((part for part in (outlet, *pats["source_outlet_wire_split"].split(outlet))
                         if agency_name(part)), None)
            if wire:
                out.agency_hints.append(wire.strip())
                out.wire_signer = True
            out.count("source_line")
            return True
        edited = pats["bracketed_edit_line"].match(line)  # "[Edited by Jane Roe]"
        names = people.split_names(edited.group("names")) if edited else []
        if names:
            out.editors.extend(names)
            out.bylines.extend(people.split_names(edited.group("writers") or ""))
            out.count("editor_line")
            return True
        editor = pats["editor_line"].match(line)
        if editor:
            names = people.labelled_editor_names(editor.group("names"))
            if names:
                out.editors.extend(names)
                out.count("editor_line")
                return True
        author = pats["author_line"].match(line)
        if author:
            names = people.split_names(author.group("names"))
            if names:
                out.bylines.extend(names)
                wire = author.group("agency")
                if wire and agency_name(wire):
                    out.agency_hints.append(wire.strip())
                elif wire and len(wire.split()) <= MAX_PLACE_LINE_WORDS and all(
                        geo.resolve_place(wire)):
                    out.place_lines.append(wire.strip())  # "Автор: Jane Roe (Город)"
                out.count("author_line")
                return True
        wire = _agency_only(line) if len(line) <= 40 else None
        if wire:
            out.agency_hints.append(wire)
            out.bylines.extend(_wire_reporter(line))  # "<wire> / <reporter>" signs both
            if place := byline_line_place(line):
                out.place_lines.append(place)  # "دبي - وام": the city places the story too
            out.count("agency_line")
            return True
    note = pats["first_published_note"].match(line)
    if note:
        out.published_lines.append(note.group("rest"))
        out.agency_hints.append(note.group("agency"))
        out.count("first_published_note")
        return True
    republished = pats["republished_note"].match(line)
    if republished:
        source = (republished.group("agency") or republished.group("agency2")
                  or republished.group("agency3") or "").strip()
        if agency_name(source):
            out.agency_hints.append(source)
        out.count("republished_note")
        return True
    contacts = people.contact_roles(line)
    if contacts:
        out.bylines.extend(contacts["author"])
        out.editors.extend(contacts["editor"])
        out.count("contact")
        return True
    contact = pats["contact_line"].match(line)
    if contact:
        role = "editor" if contact.group("role").lower().startswith("editor") else "author"
        rest = pats["contact_email"].sub("", contact.group("rest"))
        (out.editors if role == "editor" else out.bylines).extend(people.split_names(rest))
        out.expect_role = role  # names may follow, one per line
        out.count("contact")
        return True
    if "|" in line:
        credits = people.labelled_credits(line)
        if credits:
            out.bylines.extend(credits["author"])
            out.editors.extend(credits["editor"])
            out.count("credits")
            return True
    if len(line) <= 120:
        byline = pats["byline_with_role"].match(line)
        if byline:
            names = people.split_names(byline.group("names"))
            if names:
                out.bylines.extend(names)
                # Round 81: or the wire that opens the writer's job, "By Jane Roe, PA Deputy
                # Business Editor" (a wire's staffer on a client's page; people.wire_of).
                outlet = byline.group("outlet") or people.wire_of(line)
                if outlet and agency_name(outlet) and agency_name(outlet) not in STAFF_OUTLETS:
                    out.agency_hints.append(outlet)  # "... - Repórter da Agência Brasil"
                out.count("byline")
                return True
    return False


def _meta_bar(line: str, out: CleanedText) -> bool:
    """A bar of the story's fields between pipes under the headline: the place, the
    date, the byline, a view counter ("Victoria, Seychelles | March 3, 2025 @ 11:12 |
    By: Jane Doe | Views: 1,284"). Every segment must be one of these, and one must be
    the date or the byline; their values are taken as evidence. The first segment may
    be a place the gazetteer does not know (a small town, META_BAR_PLACE) when the bar
    states a date."""
    if len(line) > 240:
        return False
    segments = [seg.strip() for seg in line.split("|")]
    if len(segments) < 2 or not all(segments):
        return False
    # A clock in a segment of its own belongs to the date before it ("03·06·25 | 13:27").
    for k in range(len(segments) - 1, 0, -1):
        if compiled()["clock_segment"].match(segments[k]):
            segments[k - 1:k + 1] = [f"{segments[k - 1]} {segments[k]}"]
    published: list[str] = []
    names: list[str] = []
    unknown_place = False
    for k, seg in enumerate(segments):
        day = dates.is_date_line(seg)
        stated = _stated_date_line(seg) if day is None else None
        found = people.byline_names(seg) if day is None and stated is None else None
        if day is not None:
            published.append(day.isoformat())
        elif stated is not None:
            if stated[0] == "published":
                published.append(stated[1])
        elif found:
            names.extend(found)
        elif k == 0 and compiled()["meta_bar_place"].match(seg):
            unknown_place = True  # "Gérardmer | Le 13 avril 2025 à 19:05": a town too small
        elif not (chrome_kind(seg) or all(geo.resolve_place(seg))):
            return False
    if not published and (unknown_place or not names):
        return False
    out.published_lines.extend(published)
    out.bylines.extend(names)
    out.count("meta_bar")
    return True


def _signoff(line: str, site_names: frozenset[str] = frozenset()) -> str | None:
    """A wire's sign-off line: the wire's name ("==Kyodo", "PTI KSU ROH"), "" for an
    anonymous one ("(END)", "Enditem"), None if the line is not a sign-off. `site_names`
    (see _site_names): the site's own name, which may sign with the wire."""
    for pattern in compiled()["signoff"]:
        match = pattern.match(line)
        if not match:
            continue
        groups = match.groupdict()
        raw = (groups.get("agency") or "").strip()
        if not raw:
            return ""
        if raw.lower() in GIVEN_NAME_AGENCY_ALIASES and not raw.isupper() and re.match(
                r"\s{1,2}(?-i:[A-ZÀ-Þ][a-zß-ÿ'’-]{1,30})\b", line[match.end("agency"):]):
            return None  # "© Amna Nawaz": a photographer's first name, not the wire
        if agency_name(raw):
            return raw
        second = (groups.get("second") or "").strip()
        if (groups.get("slash") and agency_name(second) and ":" not in raw
                and not compiled()["picture_word"].match(raw)
                and (people.clean_name(raw) is None or site_key(raw) in site_names)):
            # "(L'essentiel/AFP)": the outlet, then the wire it ran, as the site's own name
            # or one no person has; "(Jane Roe/AFP)", "(Photo: Jane Roe/AFP)" credit a
            # picture.
            return second
    return None


def _caption_wire(line: str, kept: list[str], out: CleanedText) -> str | None:
    """The wire of a bare wire line ("AFP") under a caption-shaped line of its own block
    (a sentence of a few words), when the page has named its wire above ("Agence
    France-Presse" under the headline): the photo's credit, no second byline. Without
    a wire named above, "Standfirst sentence." / "AFP" stays the story's wire line."""
    if not out.agency_hints or len(line) > 40:
        return None
    wire = _agency_only(line)
    above = kept[-1]
    if (not wire or not _is_sentence(above) or len(above.split()) > MAX_WIRE_CAPTION_WORDS
            or dates.is_date_line(above) or _stated_date_line(above)):
        return None
    return wire


def _agency_only(line: str) -> str | None:
    """The wire a line names and nothing else ("PTI", "Agencia EFE", "AFP - Agence France
    Presse"), as printed under a headline; None for any other line."""
    text = line.strip(" .")
    info = compiled()["wire_info_line"].match(text)
    if info and agency_name(info.group("agency")):
        return info.group("agency")  # "BNS inf."
    # "AFP - Agence France Presse": the wire's short and long names.
    parts = _NAME_SEPARATOR.split(text)
    if len(parts) > 1 and len({agency_name(p) for p in parts} - {None}) == 1 and all(
            agency_name(p) for p in parts):
        return parts[0]
    wire, slash, place = text.partition("/")
    if slash and agency_name(wire) and any(geo.resolve_place(place)):
        return wire.strip()  # "QNA/Doha", "MENA / Cairo": the wire and where it filed from
    if len(parts) == 2 and agency_name(parts[1]) and people.wire_spelling(
            parts[1], agency_name(parts[1])) and any(
                geo.resolve_place(parts[0]) + geo.arabic_place(parts[0])):
        return parts[1]  # "Doha - QNA", "دبي - وام": where the wire filed from, then the wire
    if slash and credit_only_line(text):
        return None  # "EFE/Jane Roe": a photo's credit, not the story's wire
    if not agency_name(text) or _TEXT_SIZE_WIDGET.fullmatch(text):
        return None
    return text if len(text.split()) > 1 or text.isupper() else None


def _repeated_credit(credit: str, captions: list[dict[str, str | None]]) -> bool:
    """The credit of a caption already read, or its photographer without the desk ("Jane
    Roe" after "Jane Roe/Staff")."""
    return any(c["credit"] and credit in (c["credit"], c["credit"].split("/")[0].strip())
               for c in captions)


def _strong_caption(paragraph: str, credit: str | None) -> bool:
    """Captions outside the lead area need an unmistakable credit or a FILE PHOTO prefix."""
    if compiled()["caption_prefix"].match(paragraph):
        return True
    if compiled()["lead_image_note"].match(paragraph):
        return True  # "(Header image: ... 2024. VCG)"
    if compiled()["labelled_credit"].search(paragraph[-200:]):
        return True  # "(Image: Friends of the Pool)"
    if not credit:
        return False
    return bool(compiled()["strong_credit"].search(credit))


def _bracketed_name_caption(paragraph: str) -> dict[str, str | None] | None:
    """A caption above the lead that closes with its photographer's name in brackets
    ("The reservoir near the dam in May (Jane Roe)"), or None."""
    match = compiled()["bracketed_name_credit"].match(paragraph)
    if not match or len(match.group("text").split()) < MIN_SENTENCE_WORDS:
        return None
    credit = match.group("credit")
    stopwords = compiled()["dateline_stopwords"]
    if (people.clean_name(credit) != credit or any(geo.resolve_place(credit))
            or any(w.lower() in stopwords for w in credit.split())):
        return None  # "(Update Two)", "(Live Video)" are no name, "(New Mexico)" a place
    return {"text": match.group("text"), "credit": credit}


def _lead_index(paragraphs: list[str]) -> int | None:
    """The story's first paragraph on a page without a dateline: the first prose
    paragraph that is not a caption (with its credit inline or on the next line)."""
    for i, para in enumerate(paragraphs[:MAX_LEAD_SCAN]):
        if not _is_prose(para) or not compiled()["sentence_end"].search(para):
            continue
        if caption_split(para) is not None or people.byline_names(para) is not None:
            continue
        following = paragraphs[i + 1] if i + 1 < len(paragraphs) else ""
        if credit_only_line(following):
            continue
        return i
    return None


def _beside_date_line(line: str, raw_lines: list[str], above_only: bool = False) -> bool:
    """Whether `line` stands in the page's head right above or below its date line
    ("20 November 2025", "Updated: ..."); with `above_only`, right above it."""
    def dated(other: str) -> bool:
        return bool(dates.is_date_line(other) or _stated_date_line(other)
                    or _NEPALI_DATE_LINE.match(other.strip()))

    return any(raw.strip() == line and any(0 <= m < len(raw_lines) and dated(raw_lines[m])
                                           for m in ((n + 1,) if above_only else (n - 1, n + 1)))
               for n, raw in enumerate(raw_lines[:MAX_HEAD_LINES]))


def _raw_line_after(line: str, raw_lines: list[str]) -> str:
    """The page's line right after `line`'s first appearance, stripped (the last line is
    its own next); "" when `line` is no line of the page. One scan of the page, not two."""
    try:
        n = raw_lines.index(line)
    except ValueError:
        return ""
    return raw_lines[min(n + 1, len(raw_lines) - 1)].strip()


def _date_bar_line(line: str) -> bool:
    """A line that states only a date, maybe its clock in a segment of its own after a
    bar: "12 March 2025", "18.07.24 | 07:12" (Calcalist, Ynet)."""
    head, bar, clock = line.rpartition("|")
    if bar and compiled()["clock_segment"].match(clock.strip()) and "|" not in head:
        line = f"{head.strip()} {clock.strip()}"
    return dates.is_date_line(line) is not None


def _outlet_credit_line(line: str, above: str, outlets: frozenset[str]) -> str | None:
    """The credit when `line` is a photographer's "Name / Outlet" alone (OUTLET_CREDIT_LINE),
    the outlet the page's own or a known wire, under `above`, a caption's sentence; else
    None. Under the headline or a line with no sentence's stop it is a byline."""
    pats = compiled()
    # Round 88: or "JANE ROE — Reformer", a dash for the slash and the name in capitals.
    line = line.strip()
    match = pats["outlet_credit_line"].match(line) or pats["outlet_credit_dash_line"].match(line)
    if not match:
        return None
    # Review 88: the head's short lines vouch as outlets, and the credit's own line is
    # one of them: it vouches for no outlet itself ("MARY JONES — Guilford" under a letter).
    outlets = outlets - {site_key(line)}
    # "Sentinel Staff": the paper's short name and its desk word (round 86).
    outlet = pats["outlet_credit_staff"].sub("", match.group("outlet"))
    # Round 88: "JANE ROE / Staff", a photo desk's word under a name in capitals.
    # Review 88: the dash credit's name is its own group ("JANE ROE — Staff").
    name = match.groupdict().get("name") or match.group("credit").split("/")[0]
    desk = (pats["photo_desk_outlet"].match(match.group("outlet")) is not None
            and name.strip().isupper())
    if not (desk or _page_outlet(site_key(outlet), outlets)
            or people.spelled_wire(match.group("outlet"))):
        return None
    words = len(above.split())
    if (words < 3 or words > MAX_CAPTION_WORDS or not _TERMINAL.search(above)
            or find_dateline(above) or people.byline_names(above) is not None):
        return None
    return match.group("credit")


def _credit_follows(paragraphs: list[str], i: int) -> bool:
    """A photo credit line comes next: paragraph `i` is its caption, not a widget."""
    return i + 1 < len(paragraphs) and credit_only_line(paragraphs[i + 1]) is not None


def _pre_lead_chrome(paragraph: str, from_html: bool) -> bool:
    """A line above the lead that is no field and no running text. In text extracted
    from HTML, hard-wrapped or unpunctuated story text can stand above the first full
    sentence, so there only label-short lines qualify."""
    words = len(paragraph.split())
    if words > (MAX_LABEL_WORDS + 1 if from_html else MAX_PRE_LEAD_CHROME_WORDS):
        return False
    return not _is_sentence(paragraph)


def _is_sentence(paragraph: str, min_words: int = 0) -> bool:
    """Running text rather than a label: a few words ending a sentence."""
    return (len(paragraph.split()) >= (min_words or MIN_SENTENCE_WORDS)
            and bool(compiled()["sentence_end"].search(paragraph)))


# How far below the lead a credit line must sit to credit the page's photo, not the
# paragraph above it (a caption under the lead's photo sits right at the lead).
PAGE_PHOTO_CREDIT_BELOW_LEAD = 3


def _photo_credit_of_the_page(paragraphs: list[str], i: int, lead_index: int | None,
                              above: str) -> bool:
    """Whether a credit line ("Фото: Jane Doe") deep in the story, the last credit of the
    page, under a paragraph that ends a sentence, credits the page's photo the scrape
    dropped: the paragraph above it is the story's own sentence, no caption."""
    return (lead_index is not None and i - 1 >= lead_index + PAGE_PHOTO_CREDIT_BELOW_LEAD
            and bool(_TERMINAL.search(above))
            and not any(credit_only_line(p) for p in paragraphs[i + 1:]))


def _role_under_name(above: str, line: str) -> bool:
    """Round 76. A two-line byline: the name, then the writer's beat under it ("Jane Roe" /
    "NSW Transport Reporter", "State Politics Editor"; News Corp's mastheads). The role
    line names no one ("Nsw Transport" is a beat); alone, "Hannah Clarke Transport
    correspondent" stays a byline with its role."""
    if len(line) > 60 or len(above) > 40:
        return False
    role = compiled()["byline_with_role"].match(line.strip())
    if not role or role.group("outlet"):
        return False
    name = people.bare_byline_name(above.strip())
    return bool(name) and name.casefold() not in line.casefold() and not any(
        geo.resolve_place(name))


def _masthead_editor(raw_lines: list[str], line_no: int) -> bool:
    """An "Editor: Jane Roe" line right above the copyright notice ("© 2023 Daily Roe") and
    right below furniture ("Follow Daily Roe on Google News"): the footer names the paper's
    editor (masthead). Under the story's last sentence or its "Reporter:" credit, the desk
    editor signs the story (Antara's "Editor: X" over "Copyright © ANTARA"). Round 76: the
    imprint may print the other way up, the editor right below the copyright notice and
    above furniture or the page's end ("© 2024 daily-sun.com" / "Editor: Jane Roe" /
    "Follow us on Google News")."""
    line = raw_lines[line_no]
    if line_no == 0 or len(line) > 80 or not compiled()["editor_line"].match(line):
        return False
    below = _footer_kind(raw_lines[line_no + 1]) if line_no + 1 < len(raw_lines) else None
    above = _footer_kind(raw_lines[line_no - 1])
    if below == "copyright":
        return above is not None
    return above == "copyright" and (line_no + 1 >= len(raw_lines) or below is not None)


def _footer_kind(line: str) -> str | None:
    """chrome_kind, except that a wire's sign-off in brackets ("(PNA)", "(AFP)") is the
    story's end, not a copyright notice (round 91: PNA's "(PNA)" / "Editor: Jane Roe")."""
    if line.startswith("(") and _signoff(line):
        return None
    return chrome_kind(line)


def _is_prose(paragraph: str) -> bool:
    return len(paragraph.split()) >= 8 and bool(_TERMINAL.search(paragraph))


def _same_text(a: str, b: str) -> bool:
    def key(s: str) -> str:
        return re.sub(r"\W+", "", unicodedata.normalize("NFKC", s).casefold())

    return key(a) == key(b)


# ---------------------------------------------------------------------------
# Beam wrapper: raw records in, cleaned documents out, dead letters tagged.


def clean_record(raw: dict[str, Any]) -> dict[str, Any]:
    """A raw record (text, html or json) -> a cleaned document dict."""
    fmt = raw["format"]
    fields = dict(raw.get("fields") or {})
    meta: dict[str, Any] = {
        k: fields.get(k)
        for k in ("title", "published", "updated", "authors", "url", "outlet", "language",
                  "description", "section")
        if fields.get(k)
    }
    extra_captions: list[dict[str, str | None]] = []
    site_names = _site_names(meta)
    if fmt == "text":
        cleaned = clean_text(raw["payload"], first_line_is_title=True, site_names=site_names)
    else:
        page = fields.get("html") if fmt == "json" else raw["payload"]
        text = fields.get("text") if fmt == "json" else None
        if page and not text:
            extracted = html_extract.extract_html(page, url=meta.get("url"))
            for key, value in extracted.metadata.items():
                meta.setdefault(key, value)
            extra_captions = extracted.captions
            text = extracted.text
        if not text or not text.strip():
            raise RecordError("no_main_text", "no article text could be extracted from the page")
        cleaned = clean_text(
            text,
            first_line_is_title=False,
            title_hint=meta.get("title"),
            lines_are_paragraphs=(fmt == "html" or bool(page)),
            writers_hint=meta.get("authors") if isinstance(meta.get("authors"), list) else None,
            site_names=site_names,
        )
    if cleaned.title is None and meta.get("title"):
        cleaned.title = meta["title"]
    meta = _repair_metadata(meta)
    captions = cleaned.captions + [
        c for c in extra_captions
        if not any(_same_text(c["text"], k["text"]) for k in cleaned.captions)]
    credit_outlets = site_names | _site_names(meta)  # an HTML page's og:site_name too
    captions = [{"text": tidy_caption(c["text"]),
                 "credit": (_tidy_credit(c["credit"], credit_outlets) or None)
                 if c.get("credit") else None}
                for c in captions]
    body_chars = sum(len(p) for p in cleaned.paragraphs)
    if body_chars < MIN_BODY_CHARS:
        raise RecordError(
            "no_body",
            f"only {body_chars} characters of article text left after removing site chrome",
        )
    return {
        "id": raw["id"],
        "source": raw["source"],
        "format": fmt,
        "title": cleaned.title,
        "paragraphs": cleaned.paragraphs,
        "captions": captions,
        "credits": cleaned.credits,
        "editors": cleaned.editors,
        "agency_hints": cleaned.agency_hints,
        "contributors": cleaned.contributors,
        "bylines": cleaned.bylines,
        "related_headlines": cleaned.related_headlines,
        "section": cleaned.section,
        "published_lines": cleaned.published_lines,
        "updated_lines": cleaned.updated_lines,
        "place_lines": cleaned.place_lines,
        "yearless_stamps": cleaned.yearless_stamps,
        "copyright_years": cleaned.copyright_years,
        "removed": cleaned.removed,
        "meta": meta,
        "payload": raw["payload"],
    }


# A host's label this long is the site's own name, not a word any domain holds ("www", "co").
SITE_LABEL_MIN_CHARS = 6
MAX_SITE_NAME_LINE = 80  # a masthead line is short
MAX_MASTHEAD_WORDS = 5  # "The Kwajalein Hourglass" on a page's first line
WELSH_SAMPLE_CHARS = 4000  # the page's text searched for Welsh words (_gan_off_welsh_page)
LIST_ITEM_MAX_CHARS = 30  # a list's item or a table's cell beside a one-word name


def _list_item(line: str) -> bool:
    """A short item of a list or a table's cell ("Labour", "Green Party"): a one-word site
    name beside one is an item too ("Independent" on The Independent's results table;
    review 51), not the site's masthead."""
    return (len(line) <= LIST_ITEM_MAX_CHARS and len(line.split()) <= 3
            and not _TERMINAL.search(line) and chrome_kind(line) is None)


def _own_name_line(line: str, site_names: frozenset[str]) -> bool:
    """A line that is only the site's own name (see _site_names), maybe with or without its
    leading article ("The Example Review" for og:site_name "Example Review")."""
    article = compiled()["leading_article"]
    key = site_key(line)
    if len(key) < SITE_LABEL_MIN_CHARS:
        return False
    return key in site_names or site_key(article.sub("", line.strip())) in site_names or any(
        article_key + key in site_names for article_key in LEADING_ARTICLES)


def _own_masthead(name: str, site_names: frozenset[str], first_line: str) -> bool:
    """Round 95. Whether `name` ("Hourglass") is the site's own name (see _site_names) or
    ends it, or ends the short name on the page's first line ("The Kwajalein Hourglass").
    Review 95: a name, no word in small letters; a headline in sentence case on that line
    ("Questions for the Finance Committee") names no paper."""
    key = site_key(name)
    if len(key) < SITE_LABEL_MIN_CHARS:
        return False
    words = first_line.split()
    first = (site_key(first_line) if len(first_line) <= MAX_SITE_NAME_LINE
             and len(words) <= MAX_MASTHEAD_WORDS and not any(w[:1].islower() for w in words)
             else "")
    return any(own.endswith(key) for own in (*site_names, first) if own)


def _gan_off_welsh_page(line: str, raw_lines: list[str]) -> bool:
    """Review 95. A "Gan" byline line (patterns.WELSH_BYLINE_LEAD) on a page without
    WELSH_PAGE_MIN_WORDS Welsh words (WELSH_FUNCTION_WORDS): "Gan Wei Ling" on an English
    page names a writer called Gan, not a Welsh "by"."""
    if not compiled()["welsh_byline_lead"].match(line.strip()):
        return False
    words = set(re.findall(r"[^\W\d_]+", "\n".join(raw_lines)[:WELSH_SAMPLE_CHARS].lower()))
    return len(words & WELSH_FUNCTION_WORDS) < WELSH_PAGE_MIN_WORDS


def _site_self_note(line: str, site_names: frozenset[str], raw_lines: list[str],
                    bio: re.Match[str] | None = None) -> bool:
    """The site's line about itself (patterns.OUTLET_ABOUT_ITSELF) under the story: its
    subject is the site's own name (see _site_names) or the page's masthead, a line of the
    page that is that name alone; any other company's membership is the story's. `bio`:
    the line's OUTLET_REPORTER_BIO match when the caller has it already (not read again)."""
    pats = compiled()
    about = (pats["outlet_about_itself"].match(line) or bio
             or pats["outlet_reporter_bio"].match(line))
    if not about:
        return False
    key = site_key(about.group("outlet"))
    if len(key) < SITE_LABEL_MIN_CHARS:
        return False
    # Round 61: or the host's name with a masthead word after it ("Grocott's Mail" on
    # grocotts.example): the host drops the paper's "Mail" or "Times".
    return key in site_names or any(
        key.startswith(name) and key[len(name):] in _MASTHEAD_WORDS for name in site_names) or any(
        len(other) <= MAX_SITE_NAME_LINE and site_key(other) == key for other in raw_lines)


_MASTHEAD_WORDS = frozenset(MASTHEAD_NAME_WORDS)


def site_key(name: str) -> str:
    """A site's name folded to letters and digits only, joined: "Kurdistan 24" ->
    "kurdistan24"; "Koaci" and "KOACI." meet."""
    return re.sub(r"[\W_]+", "", geo.fold(name))


def _site_names(meta: dict[str, Any]) -> frozenset[str]:
    """The site's own name, folded and joined (see site_key), as its host's long labels
    ("www.kurdistan24.net" -> "kurdistan24") and its og:site_name spell it."""
    names: set[str] = set()
    for value in (meta.get("url"), meta.get("outlet")):
        if not isinstance(value, str) or not value.strip():
            continue
        try:
            host = urlsplit(value).hostname if "://" in value else None
        except ValueError:
            host = None
        if host or ("." in value and " " not in value.strip()):
            names.update(k for k in map(site_key, (host or value).split("."))
                         if len(k) >= SITE_LABEL_MIN_CHARS)
        if not host:
            names.add(site_key(value))
    return frozenset(names - {""})


def _repair_metadata(meta: dict[str, Any]) -> dict[str, Any]:
    """Metadata strings get the same unicode repair as the text; sections lose their tails."""
    fixed: dict[str, Any] = {}
    for key, value in meta.items():
        if isinstance(value, str):
            value = _norm_line(repair_unicode(value))
        elif isinstance(value, list):
            value = [_norm_line(repair_unicode(v)) for v in value if isinstance(v, str)]
        if key == "section" and isinstance(value, str):
            value = re.split(r"\s*[;|,>/]\s*", value)[0] or None
        fixed[key] = value
    return fixed


class CleanDoFn(beam.DoFn):
    def __init__(self) -> None:
        self.cleaned = Metrics.counter("newsbeam.clean", "records_cleaned")
        self.failed = Metrics.counter("newsbeam.clean", "dead_letters")
        self.chrome = Metrics.counter("newsbeam.clean", "chrome_lines_removed")

    def process(self, raw: dict[str, Any]):
        try:
            doc = clean_record(raw)
        except Exception as exc:
            self.failed.inc()
            yield beam.pvalue.TaggedOutput(
                DEAD_LETTER_TAG,
                dead_letter_from_exception("clean", exc, raw["source"], raw.get("payload"),
                                           raw.get("id")),
            )
            return
        self.cleaned.inc()
        self.chrome.inc(sum(doc["removed"].values()))
        yield doc


class CleanArticles(beam.PTransform):
    """Raw records -> cleaned documents (main output) and dead letters."""

    def expand(self, raw_records):
        return raw_records | "CleanText" >> beam.ParDo(CleanDoFn()).with_outputs(
            DEAD_LETTER_TAG, main="cleaned"
        )
