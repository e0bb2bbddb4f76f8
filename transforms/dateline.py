"""Datelines: 'MEXICO CITY (Reuters) -', 'CAMBRIDGE, Mass. (AP) —', 'Berlin (dpa) -',
'CIUDAD DE MÉXICO, 6 may (EFE).-', '(Bloomberg) --', 'ROMA, Texas —',
'Bengaluru, Jul 4 (PTI) The ...', 'Monterrey, N.L.- Ante ...'.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from transforms import geo
from transforms.patterns import (
    AGENCIES,
    AGENCY_WORD_BEFORE_NAME,
    ARABIC_BRACKET_OUTLET_MAX_WORDS,
    ARABIC_MARKS,
    ARABIC_SCRIPT_DESK_CREDITS,
    BRACKETED_STATE_ABBREVIATIONS,
    MAX_DATELINE_PREFIX,
    MONTHS,
    PERSIAN_LEAD_ATTRIBUTION,
    TAMIL_LIST_WORDS,
    WEEKDAYS,
    compiled,
)

_NAME_QUOTES = str.maketrans("", "", "«»“”„\"")
# Round 83: the Arabic vowel marks a wire's name may carry ("العُمانية"), no part of its key.
_NAME_MARKS = re.compile(f"[{ARABIC_MARKS}]")
_AGENCY_WORD = re.compile(AGENCY_WORD_BEFORE_NAME)  # "Agência" in "Agência Lusa"


@dataclass(frozen=True)
class DatelineMatch:
    text: str  # the dateline as written, without the trailing dash
    place: str | None
    datepart: str | None
    agency: str | None  # canonical agency or outlet name
    city: str | None
    country: str | None
    writer: str | None = None  # the reporter written before the place ("Ayşe YILMAZ/KONYA")


def agency_name(raw: str | None) -> str | None:
    """Canonical name of a wire or outlet alias ('The Associated Press' -> 'AP')."""
    if not raw:
        return None
    # Quotes around the name are no part of it: "NIAT «Khovar»", "„Interfax“".
    raw = _NAME_MARKS.sub("", raw) if not raw.isascii() else raw
    key = " ".join(raw.replace("’", "'").translate(_NAME_QUOTES).split()).strip(" .").lower()
    aliases = compiled()["agency_alias"]
    # "dpa/lby", "AP/Reuters": the first wire named is the one credited.
    found = aliases.get(key) or aliases.get(key.split("/")[0].strip())
    if found is None and (word := _AGENCY_WORD.match(key)):
        found = aliases.get(key[word.end():])  # "agência lusa": Lusa
    return found


def _arabic_script_own_desk(place: str | None, raw: str, groups: dict) -> bool:
    """Round 93. Whether a bracket no wire's alias spells, after a place in Arabic script,
    is the paper's own desk: a desk credit (ARABIC_SCRIPT_DESK_CREDITS, "(سٹاف رپورٹر)",
    the lead may run on with no dash), else before a dash a short name that is no place,
    the paper's own ("نواذيبو (الصحراء) –"), or the city's own country (review 93, "القاهرة
    (مصر) –", no wire). The caller still wants a known city."""
    if not (place and geo.is_arabic_script(place) and geo.is_arabic_script(raw)):
        return False
    words = _NAME_MARKS.sub("", raw).split()
    if " ".join(words) in ARABIC_SCRIPT_DESK_CREDITS:
        return not groups.get("semi")
    if groups.get("nodash") is not None or groups.get("semi") or groups.get("datepart"):
        # "لاہور (وزیر اعلیٰ) ...": a role in running prose is no desk; "عمان 14 أيار
        # (البتراء)-": a date before the bracket wants a wire (the table's), no paper.
        return False
    named = geo.arabic_place(raw)
    if named[1] and not named[0]:
        # Review 93: "القاهرة (مصر) –": the city's own country qualifies it, no outlet.
        return named[1] == geo.arabic_dateline_place(place)[1]
    return (len(words) <= ARABIC_BRACKET_OUTLET_MAX_WORDS and min(map(len, words)) > 1
            and not any(named))


def _looks_like_outlet(raw: str) -> bool:
    words = raw.split()
    return (1 <= len(words) <= 4 and all(w[:1].isupper() for w in words if len(w) > 3)
            and not compiled()["lead_tag_no_outlet"].match(raw.strip()))  # "(Part 2) -"


# The year closing a date ("14 January 2025", "Mar 12, 2025"), which the day-and-month
# shapes in patterns.DATEPART_PATTERNS leave out.
_YEAR_AFTER = re.compile(r",?\s(?:19|20)\d{2}$")

# A word between the place and a date: "BANDAR SERI BEGAWAN, Selasa, 14 Oktober. –".
_WORD_BEFORE_DATE = re.compile(r"^([^,\n]{2,40}),\s{0,2}([^\W\d_]{3,12}),\s{0,2}(?=\d)")


def find_dateline(paragraph: str) -> DatelineMatch | None:
    """The dateline at the start of a paragraph, or None."""
    head = paragraph[:MAX_DATELINE_PREFIX]
    found = _find_dateline(head)
    match = _WORD_BEFORE_DATE.match(head) if found is None else None
    if match and match.group(2).lower() in WEEKDAYS:
        # The weekday before the date is no region of the place: read the line without it.
        found = _find_dateline(f"{match.group(1)}, {head[match.end():]}")
    return found


# Round 59. A byline line above the lead: the place, a spaced dash and the wire or paper,
# "دبي - وام", "Dubai - WAM" (short words on both sides, no nested repeats).
# Round 71: the wire's words may be single letters, as MENA's spaced abbreviation is,
# "أسوان - أ ش أ" (then the wire must be one the table knows; see byline_line_place).
_BYLINE_PLACE_LINE = re.compile(
    r"^(?P<place>[^\W\d_][\w'’.]{1,25}(?: [^\W\d_][\w'’.]{1,25}){0,2})\s{1,2}[-–—]\s{1,2}"
    r"(?P<wire>[^\W\d_][\w.]{0,20}(?: [^\W\d_][\w.]{0,20}){0,2})$")


def byline_line_place(line: str) -> str | None:
    """The city of a byline line "<city> - <wire>" above the lead ("دبي - وام" ->
    'Dubai'): where the story is, though no dateline (the lead does not open with it).
    The wire must be one the table knows, or in Arabic script a name that is no place
    ("دبي - أبوظبي" is two cities); else None."""
    match = _BYLINE_PLACE_LINE.match(line.strip())
    if not match:
        return None
    place, wire = match.group("place"), match.group("wire")
    city, _ = geo.arabic_place(place)
    if city:
        named = agency_name(wire) or (geo.is_arabic_script(wire) and min(map(len, wire.split())) > 1
                                      and not any(geo.arabic_place(wire)))
        return city if named else None
    city, _ = geo.resolve_place(place)
    return city if city and agency_name(wire) else None


_PERSIAN_LEAD_ATTRIBUTION = re.compile(PERSIAN_LEAD_ATTRIBUTION)


def lead_attribution_wire(paragraph: str) -> str | None:
    """The wire a Persian lead's opening attribution credits: the source it quotes ("به
    گزارش روزنامه شهر به نقل از ایرنا، ..." -> 'IRNA'), else the outlet whose report it
    is ("به گزارش ایسنا، ..." -> 'ISNA'); None when that is no known wire (the site's own
    name, "روابط عمومی", a press office)."""
    if not paragraph.startswith("به"):
        return None  # the common path
    match = _PERSIAN_LEAD_ATTRIBUTION.match(paragraph[:MAX_DATELINE_PREFIX])
    if not match:
        return None
    return agency_name(match.group("wire") or match.group("outlet"))


def small_town_dateline(paragraph: str, is_town: Callable[[str], bool]) -> DatelineMatch | None:
    """"SITEKI – More than ...": a place in capitals and a dash that the main index does
    not know, which find_dateline takes for no place; a dateline when `is_town` says the
    page supports a small town of that name (see geo.small_town). The place only: the
    caller places it (see extract._placed)."""
    for kind, pattern in compiled()["datelines"]:
        if kind != "caps_place":
            continue
        match = pattern.match(paragraph[:MAX_DATELINE_PREFIX])
        if not match or match.group("bar") or match.group("datepart"):
            return None
        place = match.group("place").strip()
        if (not place.isupper() or "," in place or len(place.split()) > 3
                or not is_town(place)):
            return None
        return DatelineMatch(_as_printed(match), place, None, None, None, None)
    return None


@lru_cache(maxsize=4096)  # cleaning and extraction look at the same lead paragraphs
def _find_dateline(head: str) -> DatelineMatch | None:
    pats = compiled()
    for kind, pattern in pats["datelines"]:
        match = pattern.match(head)
        if not match:
            continue
        groups = match.groupdict()
        place = (groups.get("place") or "").strip() or None
        province = (groups.get("province") or "").strip()
        if kind == "place_state_country" and not (groups.get("state") or any(
                geo.resolve_place(province))):
            continue  # "Officials [in Male], January 8 (ANI)": square brackets name a country
        if kind == "place_bracketed_country" and groups.get("nodash") is not None and not (
                geo.gazetteer().subdivision_country(province)
                or province in BRACKETED_STATE_ABBREVIATIONS):
            continue  # round 89: "Town (State), date (NAN) Lead": a state in brackets only
        if kind == "place_dash_known" and place and province:
            # Round 63. "Baidoa, Somalia –": the comma's words must name the country the
            # city lies in ("Berlin, Paris – ..." names two cities; a state, "Paris, Texas -
            # The council ...", is left to the capitals' form, "PARIS, Texas —").
            named = _country_named(province)  # "St Kitts" too
            if not named or geo.gazetteer().lookup_city(place, named) is None:
                continue
            place, province = f"{place}, {province}", ""
        if place and province and (geo.gazetteer().subdivision_country(province) or (
                kind in ("place_bracketed_country", "place_state_country")
                and province[:1].isupper())):
            # "MONFALCONE (GORIZIA)", "Guayaquil (Ecuador)", "Dakhla (Sahara occidental)":
            # the town's province or country qualifies it, as after a comma (a country
            # in the page's language is read with the page's language, see _placed).
            place = f"{place}, {province}"
        datepart = (groups.get("datepart") or "").strip() or None
        raw_agency = (groups.get("agency") or "").strip() or None
        signed = False
        if raw_agency and "/" in raw_agency and not agency_name(raw_agency):
            # "(MindaNews / 12 March)": a newsroom that no wire's alias spells signs its
            # own copy with the day, staff copy; the date is no part of any name. (A
            # known wire's "(AFP / 12 March)" is read as the wire.)
            name, _, tail = raw_agency.rpartition("/")
            if any(p.match(tail.strip()) for p in pats["dateparts"]):
                raw_agency, signed = name.strip() or None, True
                datepart = datepart or tail.strip()
        known_wire = agency_name(raw_agency)  # the wire the table knows, read once
        if kind == "wire_country_date":
            # Round 94. "DPI, Guyana, Friday, February 23, 2024 –": a wire the table knows,
            # or its canonical name in capitals ("DPI", too common a word to be an alias),
            # a country's name and the weekday; the country only, no city.
            wire = known_wire or (raw_agency if raw_agency in AGENCIES else None)
            country = _country_named(province)
            weekday = groups.get("weekday")
            if wire and country and (weekday is None or weekday.lower() in WEEKDAYS):
                return DatelineMatch(_as_printed(match), None, datepart, wire, None, country)
            continue
        if groups.get("colon") and not any(
                p.match(_YEAR_AFTER.sub("", datepart or "")) for p in pats["dateparts"]):
            continue  # "Tripoli, Zone 3: ...": before a colon, a date must name its month
        if groups.get("wcomma") and not known_wire:
            continue  # "Jones, (Labour) -": a comma before the bracket for a known wire only
        if datepart and datepart.isdigit() and not known_wire:
            continue  # "PAGE, 11 (Annex) -": a bare day is a date before a known wire only
        if place and ("," in place or ". " in place) and not datepart:
            # "TOKYO, May 7" is a city and a date, not a city and a region; so is
            # "ASTANA. Oct 15".
            city_part, _, qualifier = place.partition("," if "," in place else ". ")
            if any(p.match(qualifier.strip()) for p in pats["dateparts"]):
                place, datepart = city_part.strip(), qualifier.strip()
        if place:
            first_word = place.split(",")[0].strip().lower()
            if first_word in pats["dateline_stopwords"] or len(place.split()) > 7:
                continue
        if place and not raw_agency and place.isupper() and (wire := agency_name(place)):
            # "NNA - L'Union ...": a wire's name in the place's slot, not a place.
            return DatelineMatch(_as_printed(match), None, None, wire, None, None)
        agency = known_wire
        if (groups.get("bare") is not None and not agency and raw_agency and place
                and raw_agency.isupper() and raw_agency in AGENCIES):
            # "Encarnación, IP.- ", "Rosario, NA.- ": a wire whose short name is too common
            # a word to be an alias anywhere ("IP", "NA") is read by its canonical name in
            # capitals in this slot (round 91). Review 91: after a place only; alone at the
            # line's head ("RSS – BJP ties ...", "IP - Intellectual property ...") it is a word.
            agency = raw_agency
        if groups.get("bare") is not None and not agency:
            continue  # a wire without brackets must be one the table knows
        own_desk = False
        if (kind == "place_agency" and raw_agency and not agency
                and _arabic_script_own_desk(place, raw_agency, groups)):
            own_desk = True  # round 93: "لاہور (سٹاف رپورٹر) ...", "نواذيبو (الصحراء) –"
        elif raw_agency and not agency:
            # "Bengaluru, Jul 4 (PTI) The ..." runs on without a dash: only a known
            # wire makes that a dateline, not any bracketed name.
            if groups.get("nodash") is not None or not _looks_like_outlet(raw_agency):
                continue
            if geo.is_arabic_script(raw_agency) and any(geo.arabic_place(raw_agency)):
                continue  # review 93: "دمشق (مصر) –", a place no wire (short words show no case)
            # "COLOMBO (News 1st); ...": a name no wire has before a semicolon is the
            # site's own newsroom (its staff), not a wire.
            agency = None if groups.get("semi") or signed else raw_agency
        other = groups.get("other")
        if other:
            # "Mysore/Mysuru:": one city's two names; "Yes/No:", "Paris/London:" are not.
            # Review 60: nor is a country and a city abroad, "Israel/Gaza:" (a story on both).
            named, named_other = geo.resolve_place(place), geo.resolve_place(other)
            if not named[0]:
                place, named, named_other = other, named_other, named
            if not named[0] or (named_other[0] and named_other != named) or (
                    named_other[1] and named_other[1] != named[1]):
                continue
        city, country = geo.resolve_place(place) if place else (None, None)
        if place and not (city or country):
            # "بنغازي (رويترز) -", "जागरण संवाददाता, लखनऊ।", "(부산=연합뉴스)": a city in
            # Arabic, Devanagari or Hangul.
            city, country = (geo.devanagari_place(place) if kind == "hindi_desk_place"
                             else geo.hangul_place(place)
                             if kind in ("korean_wire_place", "korean_bracketed_place")
                             else geo.arabic_dateline_place(place))
            if not (city or country) and known_wire and geo.is_arabic_script(place):
                # Round 97. "ہڑپہ۔14 مئی (اے پی پی):": a small town before a known wire.
                city, country = geo.arabic_town(place)
        if own_desk and not city:
            continue  # round 93: the paper's own desk after a known city only
        if kind == "korean_wire_place" and not (city and known_wire):
            continue  # "(서울=뉴스1)": only a wire the table knows
        if kind == "tamil_place_comma" and (
                geo.indic_dateline_place(groups["next"])[0] not in (
                    None, geo.indic_dateline_place(place or "")[0])
                or any(w.endswith(",") or w in TAMIL_LIST_WORDS
                       for w in f"{groups['next']}{groups['after']}".split()[:3])):
            continue  # "சென்னை, மதுரை ...", "..., குருநகர் மற்றும் ...": a list, no dateline
        if kind in ("indic_place_colon", "tamil_place_comma", "nepali_place_date"):
            city, country = geo.indic_dateline_place(place)
            if not city:
                continue  # "குறிப்பு: ..." (note): a word before a colon, no town
            if groups.get("outlet") and geo.indic_dateline_place(groups["outlet"])[0]:
                continue  # "చెన్నై, హైదరాబాద్: ...": two cities, no paper's name
            return DatelineMatch(_as_printed(match), place, None, None, city, country)
        if kind == "indic_place_date_wire":
            city, country = geo.indic_dateline_place(place)
            if not (city and agency):
                continue  # "..., 12 मार्च (संपादकीय)": a known city and a known wire only
            return DatelineMatch(_as_printed(match), place, datepart, agency, city, country)
        if kind == "indic_place_date_correspondent":
            # Round 96. "ਲੁਧਿਆਣਾ, 20 ਸਤੰਬਰ (ਕੁਲਦੀਪ ਸਿੰਘ ਮਾਨ)-": a known city, a month's name,
            # the paper's correspondent in the bracket (staff copy, no wire).
            city, country = geo.indic_dateline_place(place or "")
            if not city or unicodedata.normalize("NFC", groups["month"]) not in MONTHS:
                continue
            return DatelineMatch(_as_printed(match), place, datepart, None, city, country)
        if kind == "ethiopic_place_date_wire":
            city, country = geo.ethiopic_place(place)
            if not (city and known_wire):
                continue  # "..., ጥቅምት 12 (ሪፖርተር)፦": a known town and a known wire only
            return DatelineMatch(_as_printed(match), place, datepart, known_wire, city, country)
        if kind == "korean_bracketed_place":
            if not city or (raw_agency and not known_wire):
                continue  # "【속보】" (breaking news) is no city; "【서울=...】" a known wire only
            return DatelineMatch(_as_printed(match), place, None, known_wire, city, country)
        if kind == "caps_place" and not (city or country):
            continue  # a capitalised lead without an agency must be a known place
        if groups.get("nodash") is not None and not city and geo.is_arabic_script(place or ""):
            continue  # "... (اے پی پی) ...": an Arabic-script lead runs on after a known city only
        if kind == "place_bracketed_country" and groups.get("nodash") is not None and not city:
            continue  # round 89: with no dash, the bracket's town must be a known one
        if groups.get("semi") and not city:
            continue  # "Jones (Labour); the MP ...": a semicolon closes a known city only
        if groups.get("bar") and not city:
            continue  # "UKRAINE | Des bénévoles ...": a bar closes a city, not a topic
        if kind in ("place_spanish_dash", "place_dash_known", "place_stop_known",
                    "caps_place_stop", "place_outlet_dash", "place_colon_known",
                    "outlet_place_dash", "web_outlet_dash_place", "date_bracketed_place",
                    "arabic_outlet_slash_place",
                    "writer_place_agency",
                    "bracketed_place_known", "outlet_dash_place", "arabic_place_outlet",
                    "arabic_outlet_place", "arabic_place_daymonth_wire", "arabic_place_wire_dash",
                    "arabic_place_fi_date_wire",
                    "place_bar_outlet_bar",
                    "place_date_bracketed_outlet", "hindi_desk_place",
                    "place_slash_colon_known"):
            if not city:
                continue  # a mixed-case place without an agency must be a known city
            if groups.get("glued") is not None and geo.is_city_own_name(
                    head[match.end():].split(" ", 1)[0]):
                continue  # "Delhi- Mumbai Expressway", "Colombo- Kandy road": two places
            if kind == "writer_place_agency" and any(geo.resolve_place(groups["writer"])):
                continue  # "NEW YORK/LONDON (Reuters) -": two cities, no reporter
            if kind in ("outlet_place_dash", "web_outlet_dash_place", "outlet_dash_place",
                        "arabic_place_outlet", "arabic_outlet_place", "place_bar_outlet_bar",
                        "arabic_outlet_slash_place"):
                if kind == "outlet_dash_place" and (any(geo.resolve_place(groups["outlet"])) or any(
                        geo.is_city_own_name(w) for w in groups["outlet"].split())):
                    continue  # "Lyon – Paris", "Manchester United – Liverpool": no outlet
                if kind in ("arabic_place_outlet", "arabic_outlet_place",
                            "arabic_outlet_slash_place") and any(
                        geo.arabic_place(groups["outlet"])):
                    # Review 51: "الشروق - القاهرة:", a paper named "Sunrise" and a city;
                    # "طرابلس - بنغازي:", two cities and no publication.
                    continue
                agency = agency_name(groups["outlet"])  # a wire's site, else the site's staff
            if kind == "arabic_place_daymonth_wire" and not agency:
                continue  # "- 20 - 6 (...)": numbers and a bracket are a date before a wire only
            if kind == "arabic_place_fi_date_wire" and not known_wire:
                continue  # "/أ ب ت/": initials between slashes name a wire the table knows only
            if kind == "place_date_bracketed_outlet":
                agency = known_wire  # "[AlterPresse]": the site's own staff
            if kind == "place_outlet_dash":
                outlet = groups["outlet"]
                if any(geo.resolve_place(outlet)):
                    continue  # "ROMA, Texas —": a region, not the outlet
                agency = agency_name(outlet)  # a wire's name, else the site's own staff
            if (kind in ("place_stop_known", "place_colon_known", "bracketed_place_known",
                         "place_slash_colon_known") and not geo.is_big_city(place)):
                continue  # "Police. The officers ...": a word that a small town is named
        elif place and not raw_agency and not place.split(",")[0].strip().isupper():
            continue
        writer = (groups.get("writer") or "").strip() or None
        return DatelineMatch(_as_printed(match), place, datepart, agency, city, country,
                             writer)
    return None


def _country_named(name: str) -> str | None:
    """Round 94. The country a dateline's words name ("Guyana", "GUYANA", or its name's
    first part: "St Kitts"), else None."""
    gaz = geo.gazetteer()
    key = geo.fold(name)
    return gaz.countries.get(key) or gaz.first_parts.get(key)


def _as_printed(match) -> str:
    """The dateline as written, without its trailing dash."""
    return match.group(0).rstrip().rstrip("-–—‐‑:.|।").rstrip()
