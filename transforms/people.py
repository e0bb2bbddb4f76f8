"""Authors and editors from credits lines, "contributed" sentences, bylines and
metadata. Agencies, desks and staff placeholders are never people.
"""

from __future__ import annotations

import re

from transforms import dates, geo
from transforms.patterns import (
    ARABIC_ARTICLE_GIVEN_NAMES,
    ARABIC_LETTERS,
    ARABIC_NOT_NAME_FIRST_WORDS,
    ARABIC_SECTION_WORDS,
    ARABIC_WRITTEN_BY,
    BROADCASTER_NAME_WORDS,
    GEORGIAN_LETTERS,
    GEORGIAN_NOT_NAME_WORDS,
    GEORGIAN_SURNAME_ENDINGS,
    HEBREW_LETTERS,
    HEBREW_NOT_NAME_FIRST_WORDS,
    HEBREW_WRITTEN_BY,
    INDIC_CORRESPONDENT_BYLINE,
    INDIC_DASH_PLACE_MIN_CHARS,
    INDIC_DATELINE_REPORTER,
    INDIC_DESK_WORDS,
    INDIC_INITIALLED_BYLINE,
    INDIC_INITIALLED_NAME,
    INDIC_INITIALLED_WRITER_TOWN,
    INDIC_SPELLED_LETTER_MAX_CHARS,
    INDIC_WORD,
    INDIC_WRITER_CORRESPONDENT_TOWN,
    INDIC_WRITER_DASH_PLACE,
    INDIC_WRITER_PLACE,
    KOREAN_BARE_NAME_SYLLABLES,
    KOREAN_DESK_ENDINGS,
    KOREAN_DESK_OPENINGS,
    KOREAN_SIGNOFF_DESK_ENDINGS,
    KOREAN_SURNAMES,
    MONTHS,
    NOT_NAME_WORDS,
    NOT_SIGNER_LAST_WORDS,
    OUTLET_NAME_WORDS,
    PAPER_NAME_ENDS,
    PAPER_NAME_LEADS,
    PLACE_NAME_LINKS,
    PRESS_TITLE_WORDS,
    REPORT_FROM_NOT_NAME_WORDS,
    SITE_DESK_WORDS,
    SURNAME_AFTER_AND_NOT_WORDS,
    SURNAME_CONJUNCTIONS,
    WEEKDAYS,
    compiled,
)

MAX_CREDITS_LINE_CHARS = 400
_PARTICLES = frozenset(
    [
        "de",
        "da",
        "do",
        "dos",
        "das",
        "del",
        "della",
        "di",
        "du",
        "la",
        "le",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "bin",
        "ibn",
        "al",
        "el",
        "y",
        "e",
    ]
)
# Those that stand inside a surname ("de Kam", "van der Berg", "dos Santos"); not the
# conjunctions and articles ("y", "e", "el") that join a headline's or a section's words.
_SURNAME_PARTICLES = _PARTICLES - frozenset(["y", "e", "el", "al", "bin", "ibn"])
# Round 49. A surname with its particle joined by a hyphen or an apostrophe, in small
# letters before a capital: "Salem al-Obeidi", "Ahmed el-Sayed", "Omar bin-Talal",
# "Massimo d'Alema", "Paolo dell'Orto" ("al-qaeda", small after the hyphen, is none).
_JOINED_PARTICLE_SURNAME = re.compile(
    r"(?:(?:al|el|ad|an|ar|as|ash|at|az|ud|ul|bin|ibn|abu|ben)-|(?:d|dell|dall|degli)['’])"
    r"[A-ZÀ-Þ][^\W\d_'’-]*(?:-[A-ZÀ-Þ][^\W\d_'’-]*)?")
# A title's first word that is a surname as well ("Senior Education Correspondent", but
# "Jennifer Senior", "Olive Senior"): a name's word only as its last.
_TITLE_OR_SURNAME_WORDS = frozenset(["senior"])


_LABEL_PREFIX = re.compile(r"^[^\W\d_]{2,12}\s?:\s*")
_JOB_WORDS = frozenset(["correspondent", "reporter", "writer", "editor", "journalist",
                        "photographer", "staff"])


# A contributor's place, with its region: " in San Juan, Puerto Rico" before "and", ";" or
# the end of the names.
_CONTRIBUTOR_PLACE = re.compile(
    r"\s+(?:in|en|em|à|from|aus|desde)\s+[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
    r"(?:,\s*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})?(?=,?\s*(?:and|y|et|e|und|&)\s|;|,?\s*$)")


# After a writer's slash, the desk's initials or the site: "/ads", "/Rappler.com".
_DESK_OR_SITE = re.compile(r"[a-z]{2,4}|[\w-]{2,25}(?:\.[a-z]{2,3}){1,2}")
_TITLE_ARTICLES = frozenset({"the", "la", "el", "le", "il", "lo", "los", "las", "les", "der",
                             "die", "das", "o", "os", "as", "de", "het"})


def _titlecase_if_shouting(name: str) -> str:
    words = name.split()
    suffix = ""
    if len(words) >= 3 and compiled()["name_suffix_in_capitals"].fullmatch(words[-1]):
        words, suffix = words[:-1], " " + words[-1]  # "HENRY FORD III": the numeral stays
    stem = " ".join(words)
    if len(words) >= 2 and not stem.isupper() and any(
            len(w) > 2 and w.isupper() for w in words):
        # "Aminata ZONGO", "Mehmet KARAKUŞ": the surname in capitals, as French and
        # Turkish papers print it, in natural case.
        return " ".join(_capitalised(w) if len(w) > 2 and w.isupper() else w
                        for w in words) + suffix
    if stem.isupper():
        # "KERRY-ANN O'NEIL" -> "Kerry-Ann O'Neil": each hyphen or apostrophe part capitalised.
        return " ".join(_capitalised(part) if len(part) > 2 or "." not in part else part
                        for part in words) + suffix
    return name


def _capitalised(word: str) -> str:
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), word)


_PLACE_LINKS = frozenset(PLACE_NAME_LINKS)
# A paper's or a broadcaster's name: no person's ("Süddeutsche Zeitung", "France Télévisions").
_PRESS_TITLE_WORDS = frozenset(PRESS_TITLE_WORDS + BROADCASTER_NAME_WORDS)


def _paper_of_a_place(words: list[str]) -> bool:
    """An article, a word or two, a link and a place the gazetteer knows (a country or a
    city): a paper's name, as no person's is."""
    if len(words) < 4 or words[0].lower() not in _TITLE_ARTICLES:
        return False
    for i in range(2, len(words) - 1):
        if words[i].lower() in _PLACE_LINKS:
            return any(geo.resolve_place(" ".join(words[i + 1:])))
    return False


def filing_wire(text: str) -> str | None:
    """The wire of a credit that names a wire and then where it filed from ("Reuters,
    Vilnius", "(AFP, Dakar)", "(PAP) Warszawa"), as printed; None for any other text
    ("Doe, Jane", "Jane Doe, Reuters")."""
    if "," not in text and ")" not in text:
        return None
    head = re.split(r"[,)]", text.strip(), maxsplit=1)[0].strip(" (")
    return head if head and head.lower() in compiled()["agency_alias"] else None


def _with_wire_match(text: str) -> re.Match[str] | None:
    match = compiled()["name_with_wire"].search(text)
    return match if match and match.group("wire").lower() in compiled()["agency_alias"] else None


def with_wire(text: str) -> str | None:
    """The wire a credit names "with" the story, after the outlet or writer or alone
    ("franceinfo avec AFP", "Jane Doe with Reuters", "Con EFE"), as printed; None when
    what follows "with" is no wire ("Con Coughlin", "Jane Doe with John Roe")."""
    match = _with_wire_match(text.strip(" ."))
    return match.group("wire") if match else None


def from_wire(text: str) -> str | None:
    """The wire a credit element says the story comes from ("Da Agência Brasil", "Via
    MTI", "From AFP"; REPUBLISHED_NOTE), as printed; None for any other text."""
    match = compiled()["republished_note"].match(text.strip())
    return match.group("agency3") if match else None


def _without_bracketed_job(raw: str) -> str:
    """A name without the job in brackets after it ("KALKIDAN WORKU ( FORTUNE STAFF
    WRITER )", "Jane Doe (Senior Reporter)"); other brackets stay ("Jane Doe (Reuters)")."""
    head, bracket, tail = raw.rstrip(" .").rpartition("(")
    words = tail.rstrip(" )").split() if bracket and tail.rstrip(" .").endswith(")") else []
    if words and len(words) <= 4 and words[-1].lower().removesuffix("s") in _JOB_WORDS:
        return head
    return raw


def _without_bracketed_wire(raw: str) -> str:
    """A name without the wire it filed for in brackets after it ("Por Yanelis Castillo
    Rodés (ACN)", "By Jane Doe (AFP)"): the wire is the agency's field, not a name's part."""
    head, bracket, tail = raw.rstrip(" .").rpartition("(")
    wire = tail.rstrip(" )").strip() if bracket and tail.rstrip(" .").endswith(")") else ""
    if wire and wire.lower() in compiled()["agency_alias"] and len(head.split()) >= 2:
        return head
    return raw


def _surname_particle_a(tail: str) -> bool:
    """" A Fat" after "Marlon Tjon": a capital "A" before a word that names no city (an
    airport's code, "FAT", is none) is a particle of a Surinamese surname, not the Italian
    "a" of "Jane Roe a Roma" or "JANE ROE A ROMA"."""
    head, _, rest = tail.strip().partition(" ")
    return head == "A" and (len(rest.strip()) <= 3 or not any(geo.resolve_place(rest)))


# Round 63. A name's first words in capitals, then an outlet in natural case: "TESSA
# LINDGREN Capital Press", "JANE ROE The Valley Times" (BLOX sites' byline element). The
# case change ends the name, when a word after it is an outlet's (a paper's end word, a
# word that leads one, OUTLET_NAME_WORDS): a surname may be printed first in capitals
# before its given names ("KOVÁCS Anna"; review 63: "ATANGANA MBALLA Jean Pierre", as
# Cameroonian papers sign, is one name).
_NAME_SUFFIXES = frozenset(["jr", "jr.", "sr", "sr."])
_OUTLET_WORDS = PAPER_NAME_ENDS | PAPER_NAME_LEADS | OUTLET_NAME_WORDS


def _shouted_name_length(words: list[str]) -> int:
    """How many of `words` are the name when an outlet in natural case follows a name in
    capitals (see above); all of them otherwise."""
    shouted = 0
    while shouted < len(words) and words[shouted].isupper():
        shouted += 1
    rest = words[shouted:]
    if shouted < 2 or not rest or len(rest) > 4 or rest[0].lower() in _NAME_SUFFIXES:
        return len(words)
    if not all(w[:1].isupper() and not w.isupper() for w in rest):
        return len(words)
    if len(rest) < 2 and rest[-1] not in PAPER_NAME_ENDS:
        return len(words)
    if not any(w in _OUTLET_WORDS for w in rest):
        return len(words)  # "ATANGANA MBALLA Jean Pierre": given names after the surname
    return shouted


def _hyphenated_paper_end(word: str) -> bool:
    """Round 82. A compound paper's name that ends in a paper word ("Trail-Gazette",
    "Times-Age", "Herald-Leader"): no surname is printed so."""
    head, dash, tail = word.rpartition("-")
    return bool(dash and head[:1].isupper() and tail in PAPER_NAME_ENDS)


def _without_paper_name(words: list[str], led: bool = False) -> list[str]:
    """The words before a newspaper's name that ends them (PAPER_NAME_ENDS, after its
    PAPER_NAME_LEADS and the place the gazetteer knows): "Jane Roe St. Louis
    Post-Dispatch" -> "Jane Roe"; a separator left before it goes too. Review 58: a name's
    word is no place that would leave one word of it ("Mary Ann Herald": some village is
    called Ann) unless the place is a big city or a lead word follows it ("South Florida Sun
    Sentinel"), and the end word alone is no paper's name but a surname ("Jean Marie
    Courier")."""
    end = len(words) - 1
    while end > 0 and words[end - 1] in PAPER_NAME_LEADS:
        end -= 1
    led = led or end < len(words) - 1
    cut = next(i for i in range(end + 1)
               if i == end or (geo.resolve_place(" ".join(words[i:end]))[0] and (
                   i >= 2 or led or geo.is_big_city(" ".join(words[i:end])))))
    if cut == len(words) - 1:
        return words
    kept = words[:cut]
    while kept and kept[-1] in ("-", "–", "—", "|", "/"):
        kept.pop()
    return kept


# Round 89. The byline's verb before a wire's Arabic name: "كتب أ ش أ" (written by MENA),
# "بقلم - واس" (SPA): the wire signs the copy, no person (the agency reads it apart).
_ARABIC_VERB_WIRE = re.compile(
    rf"^(?:{ARABIC_WRITTEN_BY}|بقلم)\s{{1,2}}(?:[-–—:]\s{{0,2}})?(?P<wire>[^\n]{{2,40}})$")


def clean_name(raw: str) -> str | None:
    """One candidate name -> a person's name, or None if it is not one."""
    pats = compiled()
    name = re.sub(r"\s+", " ", _without_bracketed_wire(_without_bracketed_job(raw)))
    bare = name.strip(" .,;:()[]|-–—\"")
    name = name.strip(" .,;:()[]|-–—\"'")
    if pats["elided_name_opening"].match(bare):
        # Round 98: "'Mathabo Letsie", the elided "'Ma-" is the name's.
        name = bare[0] + name.lstrip("’")
    name = _LABEL_PREFIX.sub("", name)  # "Autor: ...", "Bron: ..."
    name = pats["byline_prefix"].sub("", name)
    wired = _with_wire_match(name)
    if wired:  # "Avec AFP", "Jane Doe with Reuters": no name's part
        name = name[: wired.start()]
    placed = pats["name_trailing_place"].search(name)
    if placed and not _surname_particle_a(placed.group(0)):
        name = name[: placed.start()]
    placed = pats["name_period_place"].match(name) if ". " in name else None
    if placed and any(geo.resolve_place(placed.group("place"))):
        name = placed.group("name")  # "Jane Roe. Zaragoza": the place she filed from
    name = pats["name_trailing_outlet"].sub("", name) if re.search(r"\s[|/]\s", name) else name
    name = name.strip(" .,;:|/")
    # "Tashana Morgan/Gleaner Writer": the outlet and job after the slash are no name.
    head, slash, job = name.partition("/")
    if slash and job.split() and (job.split()[-1].lower() in _JOB_WORDS
                                  or _DESK_OR_SITE.fullmatch(job.strip())):
        name = head.strip()  # "Justyna Malec/ads", "Carlo Ybañez/Rappler.com": desk, site
    # "JANE DOE AP", "MARISOL TAFOYA Associated Press": a wire named after the person is
    # not part of the name.
    words = name.split()
    while len(words) > 2:
        wire = next((n for n in (3, 2, 1) if len(words) - n >= 2
                     and " ".join(words[-n:]).lower() in pats["agency_alias"]
                     and (n > 1 or words[-1].isupper())), None)
        if wire is None:
            break
        del words[-wire:]
        if words[-1] in ("-", "–", "—"):
            del words[-1]  # "Jane Doe - Associated Press": the dash set the wire apart
    # Round 82. A compound paper word ("Estes Park Trail-Gazette") leads the place as a lead
    # word does; left uncut, the whole is the outlet's name.
    compound = len(words) >= 3 and _hyphenated_paper_end(words[-1])
    if len(words) >= 3 and (words[-1] in PAPER_NAME_ENDS or compound):
        words = _without_paper_name(words, led=compound)
        if len(words) < 2 or (compound and _hyphenated_paper_end(words[-1])):
            return None  # "South Florida Sun Sentinel": the outlet, no writer before it
    words = words[:_shouted_name_length(words)]
    name = " ".join(words)
    if not name or len(name) > 60 or pats["placeholder"].match(name):
        return None
    first = name.split()[0]
    if name.lower() in pats["agency_alias"] or (
        first.isupper() and first.lower() in pats["agency_alias"]
    ) or " ".join(name.split()[:2]).lower() in pats["agency_alias"]:
        return None  # "Reuters", "BBC Africa", "Europa Press Comunitat Valenciana"
    verb_wire = _ARABIC_VERB_WIRE.match(name)
    if verb_wire and verb_wire.group("wire").strip(" /()").lower() in pats["agency_alias"]:
        return None  # round 89: "كتب أ ش أ": written by the wire (MENA), no writer
    if first.lower() in _PARTICLES and name.split(None, 1)[-1].lower() in pats["agency_alias"]:
        return None  # round 86: "da Agência Brasil" after a byline's comma: the wire, "from"
    if filing_wire(name):
        return None  # "Reuters, Vilnius", "(PAP) Warszawa": the wire and where it filed from
    words = name.split()
    if len(words) == 1 and "." in name and pats["initialled_surname"].match(name):
        return name  # "B.Enkhjargal": initial and surname in one word
    if not 2 <= len(words) <= 5 or any(ch.isdigit() for ch in name):
        return None
    if len(words) == 2 and words[0].lower() in _TITLE_ARTICLES:
        return None  # "La República", "El Tiempo", "The Citizen": a paper or its section
    if len(words) > 2 and words[1].lower() in _PARTICLES and pats["picture_word"].match(words[0]):
        return None  # round 94: "Fotos de Lucía Ramos", "Foto di ...": a photographer's credit
    if _paper_of_a_place(words) or pats["articled_words_name"].match(name):
        return None  # "LA ESTRELLA DE PANAMÁ", "The Times of Malta", "Al-Masry Al-Youm": a paper
    if any(geo.fold(w) in _PRESS_TITLE_WORDS for w in words):
        return None  # "Süddeutsche Zeitung", "Gazeta Wyborcza", "Diario de Sevilla": a paper
    if _HEBREW_WORD.fullmatch(words[0]) and words[0] in HEBREW_NOT_NAME_FIRST_WORDS:
        return None  # "מערכת כלכליסט": the desk, no person
    if _ARABIC_WORD.match(words[0][:1]) and (
            (words[0].startswith("ال") and words[0] not in ARABIC_ARTICLE_GIVEN_NAMES)
            or words[0] in ARABIC_NOT_NAME_FIRST_WORDS):
        return None  # "الوزير السابق", "قسم الأخبار": a role or a desk, no person
    joined = False
    for i, word in enumerate(words):
        if word.lower() in NOT_NAME_WORDS or (
                word.lower() in _TITLE_OR_SURNAME_WORDS and i < len(words) - 1):
            return None
        if (word in SURNAME_CONJUNCTIONS and 2 <= i == len(words) - 2
                and _last_surname_after_and(words[-1])):
            continue  # round 94: "Marc Pujol i Solé", the last surname after "and"
        if word.lower() in _PARTICLES:
            continue
        if i and _JOINED_PARTICLE_SURNAME.fullmatch(word):
            joined = True
            continue
        # Arabic and Hebrew scripts have no capitals: their words pass as they are ("فاطمة
        # العلوي", "מיכל לוי").
        # Round 91: Persian's letters too ("مریم کاظمی": ک is no Arabic letter).
        if not (word[0].isupper() or word[0] in "'’" or _ARABIC_WORD.match(word[0])
                or _HEBREW_WORD.fullmatch(word) or _GEORGIAN_WORD.fullmatch(word)):
            return None
    if joined and any(geo.resolve_place(name)):
        return None  # "Côte d'Ivoire" after a byline's comma: a country, no joined surname
    return _titlecase_if_shouting(name)


def author_field_names(raw: str) -> list[str]:
    """Names in one author field of the metadata: "JANE DOE and JOHN ROE Associated
    Press" holds two, "Anna Lehner, BR" one and the broadcaster; "Doe, Jane" one."""
    if "\uac00" <= raw.strip()[:1] <= "\ud7a3":  # Hangul: "윤서진", "부산=윤서진 기자"
        korean = korean_field_name(raw)
        if korean:
            return korean
    names = split_names(raw)
    if names:
        return names
    if _city_and_country(raw):
        return []  # "Bujumbura, Burundi": a place line the page marks as the byline's
    name = clean_name(raw) or indic_bare_name(raw)  # "सरिता खड्का": no capitals to check
    if not name and _INDIC_INITIALLED_NAME.match(raw.strip()):
        name = raw.strip()  # round 93: "கோ. கீர்த்தனா", initials then the name
    return [name] if name else []


def _city_and_country(text: str) -> bool:
    """Whether a field is "City, Country" (a place line under a wire's byline), the city
    in that very country ("Doe, Jane" or "Santos, Maria" is a name turned round)."""
    city, comma, country = text.strip(" .").rpartition(",")
    if not comma or not city.strip() or not country.strip():
        return False
    named_city, city_code = geo.resolve_place(city.strip())
    only_city, country_code = geo.resolve_place(country.strip())
    return (named_city is not None and only_city is None and country_code is not None
            and city_code == country_code)


def split_names(text: str) -> list[str]:
    """'A in X and B, Reuters' -> ['A', 'B'] (agencies and places dropped)."""
    names: list[str] = []
    for part in _surnames_rejoined(text[:600]):
        name = clean_name(part)
        if name:
            names.append(name)
    return names


def _surnames_rejoined(text: str) -> list[str]:
    """The parts NAME_SPLIT cuts a credit into, a last surname after "y" or "e" joined back
    to the name before it (round 94, SURNAME_CONJUNCTIONS): "Ana García y López" is one
    person, "Ana García y Pedro Ruiz" two, "Ana García y EFE" a writer and a wire, and
    "Jane Roe y Redacción" a writer and the desk."""
    pats = compiled()
    parts: list[str] = []
    seps: list[str] = []
    at = 0
    for match in pats["name_split"].finditer(text):
        parts.append(text[at:match.start()])
        seps.append(match.group(0).strip())
        at = match.end()
    parts.append(text[at:])
    out = [parts[0]]
    for sep, part in zip(seps, parts[1:], strict=True):
        tail = part.strip()
        if (sep in SURNAME_CONJUNCTIONS and len(out[-1].split()) >= 2 and " " not in tail
                and _last_surname_after_and(tail)
                and clean_name(joined := f"{out[-1].strip()} {sep} {tail}")):
            out[-1] = joined
        else:
            out.append(part)
    return out


def _last_surname_after_and(word: str) -> bool:
    """Review 94. Whether the word after SURNAME_CONJUNCTIONS can close a name as its last
    surname ("Solé", "Gasset"): capitalised, not in capitals, and no wire ("Marta Puig i
    Reuters"), desk or collective credit ("... i Redacció", "... e Agências"), country
    ("... y Tobago") or big city ("... y Madrid")."""
    pats = compiled()
    key = geo.fold(word)
    if not word[:1].isupper() or word.isupper() or key in SITE_DESK_WORDS:
        return False
    if key in SURNAME_AFTER_AND_NOT_WORDS or word.lower() in pats["agency_alias"]:
        return False
    if pats["placeholder"].match(word):
        return False
    city, country = geo.resolve_place(word)
    return not (country and city is None) and not geo.is_big_city(word)


def credits_roles(inner: str) -> dict[str, list[str]]:
    """'Reporting by A in X; Additional reporting by B; Editing by C' -> roles."""
    pats = compiled()
    roles: dict[str, list[str]] = {"author": [], "editor": [], "photo": []}
    matches = list(pats["role"].finditer(inner[:1000]))
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(inner)
        phrase = match.group("phrase").strip()
        role = next((r for r, pattern in pats["role_kind"] if pattern.match(phrase)), "author")
        roles[role].extend(split_names(inner[match.end() : end]))
    return roles


def contact_roles(line: str) -> dict[str, list[str]] | None:
    """{"author": [...], "editor": [...]} of a contact line that is only role, name and
    address credits: "Contact reporter A (a@x.com) and editor B (b@x.com)"."""
    if len(line) > 300 or "@" not in line:
        return None
    pats = compiled()
    lead = pats["contact_roles_lead"].match(line)
    if lead is None:
        return None
    roles: dict[str, list[str]] = {"author": [], "editor": []}
    pos, end = lead.end(), len(line.rstrip(" ."))
    while pos < end:
        credit = pats["contact_role_credit"].match(line, pos, end)
        if credit is None:
            return None  # text that is not a credit: a sentence, not a contact line
        role = "editor" if credit.group("role").lower().startswith(("editor", "redact", "rédact",
                                                                     "redakt")) else "author"
        roles[role].extend(split_names(credit.group("names")))
        pos = credit.end()
    return roles if roles["author"] or roles["editor"] else None


def is_credits_paragraph(paragraph: str) -> str | None:
    """The inner text when a paragraph is a parenthesised credits line."""
    if len(paragraph) > 700:
        return None
    match = compiled()["credits_paragraph"].match(paragraph.strip())
    if match and compiled()["role"].search(match.group("inner")):
        return match.group("inner")
    return None


def wire_credits(paragraph: str) -> tuple[str, str] | None:
    """(wire, credits) of a wire's credits line: "AGERPRES/(A - autor: X, editor: Y)"."""
    if len(paragraph) > 700:
        return None
    pats = compiled()
    match = pats["wire_credits_paragraph"].match(paragraph.strip())
    if (match and match.group("wire").lower() in pats["agency_alias"]
            and pats["role"].search(match.group("inner"))):
        return match.group("wire"), match.group("inner")
    return None


def credits_line(paragraph: str) -> str | None:
    """The text of an unbracketed credits line ("Reporting by A; Additional reporting by
    B in X; Writing by C; Editing by D"), or None.

    The line must open with a credit phrase and hold nothing but credit phrases and
    names: "Reporting by the BBC found that..." is a sentence, not a credit.
    """
    text = paragraph.strip().rstrip(".")
    if len(text) > MAX_CREDITS_LINE_CHARS or len(text) < 8:
        return None
    pats = compiled()
    if not pats["role"].match(text):
        return None  # most paragraphs: checked at the start only, not scanned whole
    matches = list(pats["role"].finditer(text))
    if not matches or matches[0].start() != 0:
        return None
    names = 0
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        segment = text[match.end():end].strip(" ;,.")
        parts = [p for p in pats["name_split"].split(segment) if p.strip(" ;,.")]
        # "Additional reporting by CNA": a wire in the names' place is a credit too.
        if not parts or any(clean_name(p) is None
                            and p.strip(" .").lower() not in pats["agency_alias"] for p in parts):
            return None
        names += len(parts)
    return text if names else None


def contributed_names(paragraph: str) -> list[str] | None:
    """Names in '... X and Y contributed to this report.', or None if not such a line."""
    text = paragraph.strip()
    if len(text) > 400 or "contribut" not in text.lower():
        return None
    for pattern in compiled()["contributed"]:
        match = pattern.match(text)
        if match:
            # "Marco Quintero in San Juan, Puerto Rico, contributed": the place is no name.
            names = split_names(_CONTRIBUTOR_PLACE.sub("", match.group("names")))
            if not names and (match.groupdict().get("from") or match.groupdict().get("from_after")):
                return None  # "Local firms contributed from Miami to Orlando.": a sentence
            return names
    return None


def _byline_candidates(line: str) -> list[str]:
    """The names part of a byline line, per byline shape that matches ("By Jane Doe on
    May 3, 2024" -> ["Jane Doe"]); empty when the line is no byline."""
    text = line.strip()
    if len(text) > 200:
        return []
    text = compiled()["byline_stamp"].sub("", text) or text
    text = compiled()["byline_trailing_email"].sub("", text) or text  # "By Jane Roe jroe@x.com"
    # "Linh Tran in Ho Chi Minh City" is a byline; "Democracy Dies in Darkness" is not.
    found = [_names_group(m) for m in (p.match(text) for p in compiled()["byline"])
             if m and (m.groupdict().get("place") is None or any(geo.resolve_place(m["place"])))]
    report = compiled()["report_from_byline"].match(text)  # "Report from Jane Roe"
    if (report and not any(geo.resolve_place(report["names"]))
            and not any(w.lower() in REPORT_FROM_NOT_NAME_WORDS for w in report["names"].split())):
        found.append(report["names"])
    return found


def _names_group(match: re.Match[str]) -> str:
    """The names a byline shape matched; names joined by spaced dashes ("Jane Doe - John
    Roe / Valley Daily News") with the dashes made commas."""
    dashed = match.groupdict().get("dashed_names")
    return compiled()["name_dash"].sub(", ", dashed) if dashed else match.group("names")


# A full sentence this long is a story's, not a byline's, unless names open it.
STORY_SENTENCE_WORDS = 12


def _story_sentence(line: str, names_text: str) -> bool:
    """A story sentence whose first word is also a byline's: it goes on in lower case
    ("De acuerdo con ...", "Par ailleurs, ...", "By the end of the day, ..."; a byline's
    names do not: "di FEDERICA MONTANARI"), or, a long full sentence, it opens with a
    phrase that is no name ("By Monday, ...", "Por Navidad, Juan Pérez y ...")."""
    if names_text[:1].islower():
        return True
    if len(line.split()) < STORY_SENTENCE_WORDS or not _SENTENCE_END.search(line):
        return False
    return clean_name(compiled()["name_split"].split(names_text, maxsplit=1)[0]) is None


_SENTENCE_END = re.compile(r"[.!?…][\"”’»)]?\s*$")


def korean_wire_lead(para: str) -> tuple[str, list[str]] | None:
    """The wire and the reporters a Korean wire story's lead names: "(서울=연합뉴스) 홍길동
    기자 = ..." -> ("연합뉴스", ["홍길동"]) (KOREAN_WIRE_LEAD; the dateline's city is geo's)."""
    if "=" not in para[:80]:
        return None  # the common path: no Korean dateline
    match = compiled()["korean_wire_lead"].match(para)
    if not match:
        return None
    return match.group("wire").strip(), re.split(r"\s*[·,]\s*", match.group("names"))


def slashed_wire_reporters(para: str) -> list[str]:
    """The reporters a wire's lead names between slashes after its place and date ("Плевен,
    23 юли /Десислава Петкова, БТА/ ..." -> ["Десислава Петкова"]; WIRE_SLASH_REPORTER),
    when the wire is one the table knows; else none."""
    if "/" not in para[:160]:
        return []  # the common path
    match = compiled()["wire_slash_reporter"].match(para[:240])
    if not match:
        return []
    wire = match.group("wire") or match.group("wire2")
    if wire.strip(" .").lower() not in compiled()["agency_alias"]:
        return []
    return split_names(match.group("names") or match.group("names2"))


def poster_names(line: str) -> list[str]:
    """The names a "Published by" element gives (POSTER_LINE): who posted the page, no
    writer; else none."""
    match = compiled()["poster_line"].match(line.strip()) if len(line) <= 100 else None
    return split_names(match.group("names")) if match else []


def korean_field_name(raw: str) -> list[str] | None:
    """A Korean name in an author field ("윤서진", "윤서진 기자", "부산=윤서진 기자"): one word
    of two to four syllables led by a common surname (KOREAN_SURNAMES), no desk ("편집국",
    "디지털뉴스팀"). The field says it is a writer's: the sign-off needs no e-mail here.
    A word alone, with no "기자", is a name only in the common shape of three syllables
    (KOREAN_BARE_NAME_SYLLABLES; review 58): two are as often a word or a city ("서울",
    "국민"), four an outlet ("한국경제", "이데일리", "조선비즈")."""
    signed = compiled()["korean_reporter_signoff"].match(raw.strip())
    name = signed.group("names") if signed else raw.strip()
    if not signed and len(name) != KOREAN_BARE_NAME_SYLLABLES:
        return None
    if (compiled()["korean_name"].fullmatch(name) and name[0] in KOREAN_SURNAMES
            and not name.endswith(KOREAN_DESK_ENDINGS)
            and not name.startswith(KOREAN_DESK_OPENINGS)
            and name.lower() not in compiled()["agency_alias"]):
        return [name]
    return None


def korean_signoff(line: str) -> list[str] | None:
    """The reporter of a Korean sign-off (KOREAN_REPORTER_SIGNOFF): "홍길동 기자
    hong@example.co.kr", "부산=홍길동 기자" (the city is geo's); None otherwise."""
    if "@" not in line and "=" not in line:
        return None  # the common path
    signed = compiled()["korean_reporter_signoff"].match(line.strip())
    if signed and (signed.group("email") or signed.group("city")):
        names = re.split(r"\s*[·,]\s*", signed.group("names"))  # "홍길동·김철수 기자"
        if any(n.endswith(KOREAN_SIGNOFF_DESK_ENDINGS) or n.startswith(KOREAN_DESK_OPENINGS)
               for n in names):
            return None  # "사회부기자 desk@...": the desk's reporter, no name
        return names
    return None


def byline_names(line: str) -> list[str] | None:
    """Names in a byline line ('By JANE DOE The Valley Star'), or None if not a byline."""
    signed = korean_signoff(line)
    if signed:
        return signed
    for names_text in _byline_candidates(line):
        # "JANE DOE and JOHN ROE The Valley Star": the shouted run holds the names,
        # the rest is the outlet or the writer's job.
        shouted = compiled()["shouted_names"].match(names_text)
        if shouted and len(shouted.group(0).split()) >= 2:
            names_text = shouted.group(0)
        signed = wire_signed_name(names_text) if "/" in names_text else None
        if signed:  # round 86: "By Jane Roe/KNA", the wire after the name's slash
            return [signed[0]]
        names = None if _story_sentence(line, names_text) else _byline_split(line, names_text)
        if names and len(names) > 1 and _place_after_comma(names_text, names[-1]):
            names = names[:-1]  # "By Jane Doe, Port Harcourt": where the writer files from
        if names:
            return names
        # "By AFP", "Par MAP le 09/10/2024": a byline naming no person still leaves the body.
        # So does the outlet's own byline with the wire (round 67: "Par L'Economiste avec
        # MAP"): byline_wire reads the wire.
        if (compiled()["placeholder"].match(names_text.strip()) or _is_wire(names_text)
                or (not _story_sentence(line, names_text) and _spelled_with_wire(names_text))):
            return []
    if staffer := wire_staff_byline(line):  # "Jane Roe, The Canadian Press"
        return staffer
    if labelled_wire(line) or post_meta_line(line):  # "Written By: KNA": the wire's byline
        return []
    return None


def wire_staff_byline(line: str) -> list[str] | None:
    """The writers of a wire's staff byline, "Jane Roe, The Canadian Press" (WIRE_STAFF_BYLINE):
    the wire one the agency table knows by that full name, the names no place's."""
    if len(line) > 120:
        return None
    pats, line = compiled(), line.strip()
    match = pats["wire_staff_byline"].match(line) or pats["cyrillic_wire_staff_byline"].match(line)
    if not match or match.group("wire").lower() not in pats["agency_alias"]:
        return None
    if any(geo.resolve_place(match.group("names"))):
        return None  # "Prince Edward Island, The Canadian Press": where it filed from
    return split_names(match.group("names")) or None


def post_meta_line(line: str) -> bool:
    """A theme's post-meta line that credits no person: "by Valley Radio News | Sep 10, 2024 |
    News" (BYLINE_THEN_STAMP): its date is the page's, its desk no writer."""
    match = compiled()["byline_then_stamp"].match(line.strip()) if len(line) <= 160 else None
    return bool(match) and dates.is_date_line(match.group("date")) is not None


def labelled_wire(line: str) -> str | None:
    """The wire a labelled byline names alone ("Written By: KNA", "Autor: AGERPRES"; see
    WIRE_BYLINE_LABEL), spelled as the wire spells it ("Author: Mina" is a given name)."""
    match = compiled()["wire_byline_label"].match(line.strip()) if len(line) <= 80 else None
    if not match:
        return None
    return spelled_wire(match.group("wire").strip())


def spelled_wire(wire: str | None) -> str | None:
    """`wire` when it is a wire the agency table knows, spelled as the wire spells it
    (wire_spelling); else None."""
    canonical = compiled()["agency_alias"].get(wire.lower()) if wire else None
    return wire if canonical and wire_spelling(wire, canonical) else None


def wire_spelling(text: str, wire: str) -> bool:
    """Whether `text` spells a wire as the wire does ("Belga", "PTI", "AGERPRES"), not a
    word or a given name that shares a short wire's letters in natural case ("Map", "Mina",
    "Tap", "Aim" for MAP, MINA, TAP, AIM; review 47)."""
    # A script without letter case (Arabic "وام", Hangul) cannot tell the two apart: the
    # caller's shape ("Dubai - WAM") vouches for it.
    return text.isupper() or text == wire or len(text.split()) > 1 or text.lower() == text.upper()


def _byline_split(line: str, names_text: str) -> list[str]:
    """A byline's names, split at "and" in the languages of BYLINE_AND too after a lead word
    of theirs ("Na Jane Doe na John Roe") when every part is then a name."""
    pats = compiled()
    joined = pats["byline_and"].sub(", ", names_text) if pats["byline_and_lead"].match(
        line.strip()) else names_text
    if joined != names_text and all(
            clean_name(part) for part in pats["name_split"].split(joined) if part.strip()):
        return split_names(joined)
    return split_names(names_text)


def site_desk_byline(line: str, site_names: frozenset[str], page: str = "") -> list[str] | None:
    """The writer of a "Name | Site" line under the headline ("Dilan Sirwan | Kurdistan24"),
    where the right side is the site's own name (`site_names`, folded and joined: see
    clean._site_names) and the left a person's: no word of it a place ("Floods Hit Erbil |
    Kurdistan24") and not named again on the `page` ("Middle East | Kurdistan24" over a
    story on the Middle East). None otherwise."""
    match = compiled()["site_desk_byline"].match(line.strip()) if len(line) <= 80 else None
    if not match or re.sub(r"[\W_]+", "", geo.fold(match.group("desk"))) not in site_names:
        return None
    name = clean_name(match.group("names"))
    if name is None or any(any(geo.resolve_place(w)) for w in name.split()):
        return None
    return None if page.count(match.group("names")) > 1 else [name]


def _place_after_comma(names_text: str, name: str) -> bool:
    """Whether a byline's last name is the place after its last comma, a city the
    gazetteer knows by that whole name ("Jane Doe, Benin City"), not a person."""
    _, comma, tail = names_text.rpartition(",")
    if not comma or clean_name(tail) != name:
        return False
    city, _ = geo.resolve_place(tail.strip(" ."))
    return city is not None and geo.fold(city) == geo.fold(tail.strip(" ."))


def byline_stamp(line: str) -> str | None:
    """The date stamp a byline line carries in its own segment, if any."""
    text = line.strip()
    for pattern in compiled()["byline"] if len(text) <= 200 else ():
        match = pattern.match(text)
        if match and "stamp" in match.groupdict() and match.group("stamp"):
            return match.group("stamp").strip()
    # "By Jane Doe - February 11, 2025", "By Jane Doe on May 3, 2024": the stamp that
    # BYLINE_STAMP cuts off the names, when what is left is a byline.
    stamp = compiled()["byline_stamp"].search(text) if len(text) <= 200 else None
    if stamp and stamp.start() > 0 and _byline_candidates(text[: stamp.start()]):
        return stamp.group(0).strip(" |·•,–—-")
    return None


def byline_wire(line: str) -> str | None:
    """The wire a byline credits instead of a person ("Par MAP le ...", "By Reuters") or
    with the writer or the outlet ("Par Jane Doe avec AFP", "Par L'Economiste avec MAP")."""
    candidates = _byline_candidates(line)
    signed = next((s for t in candidates if "/" in t and (s := wire_signed_name(t))), None)
    if signed:
        return signed[1]  # "By Jane Roe/KNA"
    return next((w for w in (wire_of(t) or (None if _story_sentence(line, t)
                                            else _spelled_with_wire(t)) for t in candidates)
                 if w), None) or labelled_wire(line)


def _spelled_with_wire(text: str) -> str | None:
    """with_wire, when the wire is spelled as the wire spells it ("avec MAP"; "with Map"
    is a word, "con Mina" a given name: review 47)."""
    return spelled_wire(with_wire(text))


def _is_wire(text: str) -> bool:
    return wire_of(text) is not None


def wire_job(text: str) -> str | None:
    """The wire of a job title that opens with it ("PA Environment Correspondent" -> "PA")."""
    words = text.split()
    if (2 <= len(words) <= 4 and words[0].isupper()
            and words[0].lower() in compiled()["agency_alias"]
            and words[-1].lower() in _JOB_WORDS):
        return words[0]
    return None


def role_outlet(text: str) -> str | None:
    """The outlet a byline with the writer's job names ("Rafael Lima - Repórter da
    Agência Brasil" -> "Agência Brasil"; see BYLINE_WITH_ROLE), or None."""
    if len(text) > 120:
        return None
    match = compiled()["byline_with_role"].match(text.strip())
    return match.group("outlet") if match else None


def wire_of(text: str) -> str | None:
    """The wire a byline's tail names ("..., PA Environment Correspondent" -> "PA")."""
    text = text.strip(" .")
    aliases = compiled()["agency_alias"]
    if text.lower() in aliases:
        return text
    # "Jane Doe, PA Environment Correspondent": the wire the writer works for.
    _, comma, after = text.rpartition(",")
    if not comma:
        return None
    after = after.strip()
    return after if after.lower() in aliases else wire_job(after)


def wire_signed_name(line: str) -> tuple[str, str] | None:
    """A wire reporter's sign-off, "Abdullahi Garba Danjuma (NAN)" (WIRE_SIGNED_NAME) or,
    round 70, "Johanna Berglund/TT" (WIRE_SLASH_SIGNED_NAME) or, round 74, "Jane Roe -
    Agência Brasil" (WIRE_DASH_SIGNED_NAME): the name (a bare byline
    name, no place) and the wire, spelled as the wire spells it; else None ("Birnin Kebbi
    (NAN)" is a dateline's place, "Jane Roe (Reuters file)" no wire). A sign-off with a
    label or the site's address instead of a wire: tail_signed_name."""
    text = line.strip() if len(line) <= 90 else ""
    match = (compiled()["wire_signed_name"].match(text)
             or ("/" in text and compiled()["wire_slash_signed_name"].match(text))
             or compiled()["wire_dash_signed_name"].match(text) or None)
    if not match:
        return None
    wire = spelled_wire(match.group("wire").strip())
    name = bare_byline_name(match.group("name"))
    if (wire is None or name is None
            or name.split()[-1].lower() in NOT_SIGNER_LAST_WORDS
            or any(geo.resolve_place(match.group("name")))):
        return None  # a place, or a body ("Lagos State Government (NAN)")
    return name, wire


def tail_signed_name(para: str) -> str | None:
    """The writer of a labelled or site-addressed sign-off below the story ("Author: Grace
    Kombuk", "Alpha Oumar Diallo pour Guineematin.com"; TAIL_SIGNED_NAME): a bare byline
    name, no wire or place; else None. A wire's sign-off is wire_signed_name's."""
    match = compiled()["tail_signed_name"].match(para.strip()) if len(para) <= 100 else None
    if not match:
        return None
    raw = match.group("name") or match.group("site_name")
    name = bare_byline_name(raw.strip())
    if name is None or _is_wire(raw) or any(geo.resolve_place(raw.strip())):
        return None
    return name


def labelled_credits(line: str) -> dict[str, list[str]] | None:
    """{"author": [...], "editor": [...]} of a line of labelled credits between pipes
    ("Penulis Kontributor Semarang, Riska Anggraeni | Editor Hendra Prasetyo"), or None."""
    if "|" not in line or len(line) > 240:
        return None
    pats = compiled()
    roles: dict[str, list[str]] = {"author": [], "editor": []}
    for segment in line.split("|"):
        match = pats["credit_segment"].match(segment.strip())
        if not match:
            return None
        names = split_names(pats["credit_job_prefix"].sub("", match.group("names")))
        if not names:
            return None
        role = "editor" if match.group("label").lower().startswith(("edit", "redak")) \
            else "author"
        roles[role].extend(names)
    return roles


def editor_line_names(line: str) -> list[str]:
    """The names a line labelled as the editor's names ("Editor : Jane Doe",
    "Redaktur: John Roe"), else none."""
    match = compiled()["editor_line"].match(line.strip()) if len(line) <= 100 else None
    return labelled_editor_names(match.group("names")) if match else []


# A label that credits the writer or the editor alike, the byline on Italian sites.
_EITHER_ROLE_LABEL = re.compile(r"\s*a cura di\b", re.IGNORECASE)


def sure_editor_line_names(line: str) -> list[str]:
    """The names of a line labelled as the editor's only ("Editor: Jane Doe"), not by a
    label of either role ("A cura di: Jane Doe")."""
    return [] if _EITHER_ROLE_LABEL.match(line) else editor_line_names(line)


def labelled_editor_names(text: str) -> list[str]:
    """The names after an "Editor:" label. The label says a person follows, so one
    capitalised word is a name there too (a desk's pen name, "Editor: Huaxia"), unless it
    is a wire, a desk placeholder ("Editor: Admin", "Redaksi"), a place or a date word."""
    names = split_names(text)
    if names:
        return names
    word = text.strip().strip(" .,;:()[]|")
    if not _SINGLE_NAME.fullmatch(word) or not word[0].isupper() or word.isupper():
        return []
    key = word.lower()
    pats = compiled()
    if (key in pats["agency_alias"] or pats["placeholder"].match(word) or key in NOT_NAME_WORDS
            or key in _TITLE_OR_SURNAME_WORDS
            or key in MONTHS or key in WEEKDAYS or any(geo.resolve_place(word))):
        return []
    return [word]


# One capitalised word of letters (an apostrophe or hyphen inside): "Huaxia", "O'Neil".
_SINGLE_NAME = re.compile(r"[^\W\d_][^\W\d_'’-]{1,18}(?:['’-][^\W\d_]{1,18})?")


def bare_byline_name(line: str) -> str | None:
    """A byline printed without "By" under a headline ("Jess Hartley"), or None.

    Only a line that is nothing but a short capitalised name qualifies; the caller
    decides where such a line may stand (above the story's first sentence).
    """
    text = line.strip()
    words = text.split()
    if len(words) == 1 and len(text) <= 30 and "." in text:
        return clean_name(text)  # "B.Enkhjargal" (see INITIALLED_SURNAME)
    # "Sanne de Kam", "Jan van der Berg": a surname's particles in lower case, inside.
    if not 2 <= len(words) <= 5 or len(text) > 60 or not all(
            w[:1].isupper() or (0 < i < len(words) - 1 and w in _SURNAME_PARTICLES)
            for i, w in enumerate(words)) or sum(w[:1].isupper() for w in words) > 4:
        return None
    if any(not re.fullmatch(r"[^\W\d_][\w'’.-]*", w) for w in words):
        return None  # punctuation or figures: a headline fragment, not a name
    return clean_name(text)


# Round 61. A run of Arabic letters: a word of a name printed alone ("سمير بن عودة").
_ARABIC_WORD = re.compile(rf"[{ARABIC_LETTERS}]+")
# Round 62. The byline's verb before the name, no dash: "كتب سمير بن عودة" ("written by").
_ARABIC_WRITTEN_BY = re.compile(rf"^(?:{ARABIC_WRITTEN_BY})\s{{1,2}}")


def arabic_byline_name(line: str) -> str | None:
    """An Arabic-script name alone on its line ("سمير بن عودة"), 2-4 words of letters
    only, maybe after the byline's verb ("كتب سمير بن عودة"), no place, else None. Arabic
    has no capitals to tell a name from a section label (or the verb's sentence, "كتب
    الوزير رسالة"), so the caller takes it only right above the date line, where bylines
    stand."""
    text = _ARABIC_WRITTEN_BY.sub("", line.strip(), count=1)
    words = text.split()
    if not 2 <= len(words) <= 4 or len(text) > 50 or not all(
            _ARABIC_WORD.fullmatch(w) for w in words):
        return None
    if any(geo.arabic_place(text)) or any(geo.arabic_place(words[0])):
        return None  # "الجزائر العاصمة" ("Algiers"): a place line in the byline's slot
    if any(_arabic_section_word(w) for w in words):
        return None  # review 61: "أخبار محلية" ("local news"), a section label in that slot
    return clean_name(text)  # "قسم الأخبار" ("news desk"): a desk, no person


# Round 63. A Hebrew word of a name: letters, maybe a geresh or hyphen ("ג'ורג'", "בן-דוד").
_HEBREW_WORD = re.compile(rf"[{HEBREW_LETTERS}][{HEBREW_LETTERS}'׳’-]{{0,20}}")
# Round 82. A Georgian word of a name ("ნინო", "ბერიძე"): caseless, as Hebrew's are.
_GEORGIAN_WORD = re.compile(rf"[{GEORGIAN_LETTERS}][{GEORGIAN_LETTERS}-]{{0,30}}")
_HEBREW_WRITTEN_BY = re.compile(rf"^(?:{HEBREW_WRITTEN_BY})\s{{0,2}}:?\s{{1,2}}")


def georgian_byline_name(line: str) -> str | None:
    """A Georgian name alone on its line ("ნინო ქავთარაძე"), 2-3 words of Georgian letters,
    the last with a surname's ending (GEORGIAN_SURNAME_ENDINGS), else None: caseless, so the
    ending, not a capital, tells it from a section label ("ახალი ამბები", news)."""
    words = line.split()
    if not 2 <= len(words) <= 3 or len(line) > 50 or not all(
            _GEORGIAN_WORD.fullmatch(w) for w in words):
        return None
    if not words[-1].endswith(GEORGIAN_SURNAME_ENDINGS) or len(words[-1]) < 4:
        return None
    if any(w in GEORGIAN_NOT_NAME_WORDS for w in words):
        return None  # review 93: "მეცნიერება და ტექნოლოგია", a label (GEORGIAN_NOT_NAME_WORDS)
    return clean_name(" ".join(words))


def hebrew_byline_name(line: str) -> str | None:
    """A Hebrew name alone on its line ("מיכל אברמוביץ"), 2-4 words, maybe after "מאת"
    ("by"), else None. Like arabic_byline_name, taken only right above the date line: no
    capitals tell a name from a section label (HEBREW_NOT_NAME_FIRST_WORDS)."""
    text = _HEBREW_WRITTEN_BY.sub("", line.strip(), count=1)
    words = text.split()
    if not 2 <= len(words) <= 4 or len(text) > 50 or not all(
            _HEBREW_WORD.fullmatch(w) for w in words):
        return None
    return clean_name(text)


_INDIC_WRITER_PLACE = re.compile(INDIC_WRITER_PLACE)


def _indic_desk_or_place(name: str) -> bool:
    """Whether an Indic byline's name is no writer's: a desk's word in it (INDIC_DESK_WORDS)
    or a place the Indic indexes know (geo.indic_place)."""
    return any(w in INDIC_DESK_WORDS for w in name.split()) or geo.indic_place(name) is not None


def indic_writer_place(line: str) -> tuple[str, geo.City] | None:
    """An Indic byline "<writer> | <city>" ("अनुराग शर्मा | भोपाल"): the writer's name and
    the city, which the Indic indexes must know (geo.indic_place); None for a desk's words
    in the name's place (INDIC_DESK_WORDS) or a name that is itself a place."""
    match = _INDIC_WRITER_PLACE.match(line.strip())
    if not match:
        return None
    name, city = match.group("name"), geo.indic_place(match.group("place"))
    if city is None or _indic_desk_or_place(name):
        return None
    return name, city  # no capitals to check (clean_name): the bar and the city mark it


_INDIC_WRITER_DASH_PLACE = re.compile(INDIC_WRITER_DASH_PLACE)


def indic_writer_dash_place(line: str, story: str) -> tuple[str, geo.City | None] | None:
    """Round 98. An Indic byline "<writer> - <town>" ("නිමල් ජයසිංහ - ගල්නෑව"): the writer's
    name and the town when the Indic indexes know it (else None in its place). The town must
    be known or named in `story` (the headline and the text, without this line), as a
    correspondent's town is; None for a desk's words or a place in the name's place."""
    match = _INDIC_WRITER_DASH_PLACE.match(line.strip()) if len(line) <= 80 else None
    if not match:
        return None
    name, place = match.group("name"), match.group("place")
    if _indic_desk_or_place(name):
        return None
    city = geo.indic_place(place)
    if city is None and (len(place) < INDIC_DASH_PLACE_MIN_CHARS or place not in story):
        return None
    return name, city


_INDIC_CORRESPONDENT_BYLINE = re.compile(INDIC_CORRESPONDENT_BYLINE)


def indic_correspondent_byline(line: str) -> str | None:
    """The writer of a district correspondent's byline, "রহিম উদ্দিন, মানিকগঞ্জ প্রতিনিধি"
    (INDIC_CORRESPONDENT_BYLINE), or "संदीप पाटील, प्रतिनिधी, कोल्हापूर" (round 92); None for
    a desk's words or a place in the name's place."""
    match = _INDIC_CORRESPONDENT_BYLINE.match(line.strip()) if len(line) <= 80 else None
    if not match:
        match = indic_writer_correspondent_town(line)
    if not match:
        return None
    name = match.group("name")
    if _indic_desk_or_place(name):
        return None
    return name


_INDIC_WRITER_CORRESPONDENT_TOWN = re.compile(INDIC_WRITER_CORRESPONDENT_TOWN)


def indic_writer_correspondent_town(line: str) -> re.Match[str] | None:
    """The match of "<writer>, <correspondent>, <town>" ("संदीप पाटील, प्रतिनिधी, नाशिक";
    INDIC_WRITER_CORRESPONDENT_TOWN, round 92): its "name" and "place"; else None."""
    return _INDIC_WRITER_CORRESPONDENT_TOWN.match(line.strip()) if len(line) <= 80 else None


_INDIC_INITIALLED_BYLINE = re.compile(INDIC_INITIALLED_BYLINE)


def indic_initialled_byline(line: str) -> str | None:
    """The writer a bracketed South Indian name with initials names ("(எஸ். தயாளன்)" ->
    "எஸ். தயாளன்"; INDIC_INITIALLED_BYLINE), else None; the caller takes it in the head only."""
    match = _INDIC_INITIALLED_BYLINE.match(line.strip()) if len(line) <= 60 else None
    if not match or geo.indic_place(match.group("name")):
        return None
    return match.group("name")


_INDIC_INITIALLED_WRITER_TOWN = re.compile(INDIC_INITIALLED_WRITER_TOWN)
_INDIC_INITIALLED_NAME = re.compile(INDIC_INITIALLED_NAME)


def indic_initialled_writer_town(para: str) -> tuple[str, str] | None:
    """The writer and town of an unbracketed initialled name over its town line ("കെ. എം.
    ഷമീർ\nതൃശൂർ"; INDIC_INITIALLED_WRITER_TOWN), else None; the caller takes it in the head only."""
    match = _INDIC_INITIALLED_WRITER_TOWN.match(para.strip()) if len(para) <= 80 else None
    if not match or geo.indic_place(match.group("name")):
        return None
    return match.group("name"), match.group("place")


_INDIC_DATELINE_REPORTER = re.compile(INDIC_DATELINE_REPORTER)


def indic_dateline_reporter(para: str) -> str | None:
    """Round 96. The reporter an Indian paper's dateline brackets where a wire would stand
    ("ਲੁਧਿਆਣਾ, 20 ਸਤੰਬਰ (ਕੁਲਦੀਪ ਸਿੰਘ ਮਾਨ)-ਗੁਰੂ ..." -> "ਕੁਲਦੀਪ ਸਿੰਘ ਮਾਨ"; INDIC_DATELINE_REPORTER):
    the city a known one; None for a wire ("(ਏਜੰਸੀ)", "(PTI)"), a desk ("(ਅਜੀਤ ਬਿਊਰੋ)")
    or a place in the bracket."""
    match = _INDIC_DATELINE_REPORTER.match(para.strip())
    if not match or not geo.indic_dateline_place(match.group("place"))[0]:
        return None
    name = match.group("name")
    if (_is_wire(name) or all(len(w) <= INDIC_SPELLED_LETTER_MAX_CHARS for w in name.split())
            or _indic_desk_or_place(name)):
        return None
    return name


_INDIC_NAME_WORD = re.compile(INDIC_WORD)


def indic_bare_name(line: str) -> str | None:
    """A line that may be a writer's name in an Indic script, alone ("আবদুল করিম"): 2-4
    words of letters, no desk's word (INDIC_DESK_WORDS), no place; else None. No capitals
    tell it from a label, so the caller only keeps such a line, never credits it."""
    words = line.split()
    if not 2 <= len(words) <= 4 or not all(_INDIC_NAME_WORD.fullmatch(w) for w in words):
        return None
    if any(w in INDIC_DESK_WORDS for w in words) or geo.indic_place(line):
        return None
    return " ".join(words)


def _arabic_section_word(word: str) -> bool:
    """Whether an Arabic word is a section label's (ARABIC_SECTION_WORDS), with or without
    the article and a glued "و" ("وأعمال", "الأخبار")."""
    for stem in (word, word.removeprefix("و")):
        if stem in ARABIC_SECTION_WORDS or (
                stem.startswith("ال") and stem[2:] in ARABIC_SECTION_WORDS):
            return True
    return False


def bare_byline_names(line: str) -> list[str] | None:
    """Two or three such names in one line, split as a credit's ("Jess Hartley, Tom
    Reid"; NAME_SPLIT), each a bare byline name (see bare_byline_name), else None."""
    if len(line) > 120:
        return None
    parts = [p for p in compiled()["name_split"].split(line.strip()) if p]
    if not 2 <= len(parts) <= 3:
        return None
    names = [bare_byline_name(p) for p in parts]
    return names if all(names) else None  # type: ignore[return-value]


def merge_names(*groups: list[str]) -> list[str]:
    """Concatenate name lists, dropping repeats (case- and accent-insensitive: "Stevan
    Vukovic" in the byline is "Stevan Vuković" in the credits), keeping order and the
    spelling with the accents."""
    seen: dict[str, int] = {}
    out: list[str] = []
    for group in groups:
        for name in group:
            key = geo.fold(name)
            if key not in seen:
                seen[key] = len(out)
                out.append(name)
            elif _accents(name) > _accents(out[seen[key]]):
                out[seen[key]] = name
    return out


def _accents(name: str) -> int:
    return sum(1 for c in name if not c.isascii())


def bio_writer(paragraph: str, story: list[str]) -> str | None:
    """The writer a bio below an unsigned story names ("Jane Doe is a reporter with the
    Valley News."): a name the story itself never writes (a source of the story is no
    writer, nor is "Mayor John Roe is a former reporter ...")."""
    if len(paragraph.split()) > MAX_BIO_WRITER_WORDS or '"' in paragraph or "“" in paragraph:
        return None
    match = compiled()["bio_writer"].match(paragraph)
    if match is None:
        return None
    name = clean_name(match.group("name"))
    if name is None or _story_names(story, name):
        return None
    return name


def _story_names(story: list[str], name: str) -> bool:
    """Whether the story itself writes the name's last word, as a word ("Lee" is not in
    "Leeds"): then the name is one of its sources, no writer."""
    surname = re.compile(rf"(?<!\w){re.escape(name.split()[-1])}(?!\w)")
    return any(surname.search(line) for line in story)


MAX_BIO_WRITER_WORDS = 45
MAX_BIO_CARD_WORDS = 25  # an author card's job line


def bio_card_writer(name_line: str, role_line: str, story: list[str]) -> str | None:
    """The writer an author card under the story names: a bare name on its line, then
    the outlet and the writer's job ("Jane Doe" / "Valley News reporter covering the
    north."; BIO_ROLE_LINE). Not a name the story itself writes (a source is no writer)."""
    if (len(role_line.split()) > MAX_BIO_CARD_WORDS
            or not compiled()["bio_role_line"].match(role_line)):
        return None
    name = bare_byline_name(name_line)
    if name is None or len(name.split()) < 2:
        return None
    if _story_names(story, name):
        return None
    return name
