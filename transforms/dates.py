"""Publication dates from every clue a page gives, weighed.

Evidence comes as `DateClue`s (metadata, a "Published" line, the dateline, a
photo caption, the URL); weekday words in the text ("said on Thursday") check
the candidates. The result is the first-publication date on the publisher's
own calendar: a stated local time is never converted to UTC.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from transforms.literals import windowed
from transforms.patterns import (
    ETHIOPIAN_MONTHS,
    MONTHS,
    PERSIAN_LETTERS,
    SOLAR_HIJRI_MONTHS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    compiled,
)

# Lower is stronger. An "Updated" line is never a publication date.
CLUE_RANK = {
    "metadata": 0,
    "published_line": 1,
    "dateline": 2,
    "caption": 3,
    "caption_weekday": 3,
    "url": 4,
}
# Dates outside this window are typos or archive noise, not publication dates.
MIN_YEAR = 1990
MAX_FUTURE_DAYS = 2


# How much each kind of evidence counts when independent clues disagree (see
# `choose_date`): a page's own publication metadata or a labelled "Published" date
# outweighs any one visible date; two visible dates that agree (a <time> element
# and the date line under the headline) tie with it, and with the URL beat it.
VOTE_WEIGHT = {
    "metadata": 3.0,  # JSON-LD datePublished, article:published_time, ...
    "metadata_weak": 1.0,  # a generic "date" / Dublin Core meta tag: often the last change
    "metadata_alt": 1.0,  # a meta tag that contradicts the JSON-LD date
    # htmldate's guess when the page has no publication metadata: a heuristic over the
    # same page, worth a generic date tag; one date the page shows its reader beats it.
    "htmldate": 1.0,
    "published_line": 1.5,  # a date line in the text: labelled ("Published ...") or bare
    "page_published": 3.0,  # a date the page labels as the publication date
    "page_time": 1.5,
    "page_headline": 1.5,
    "url": 1.5,
}
# Sources that say the same thing ("Published ..." in the text and on the page) count once.
_VOTE_GROUP = {"page_published": "published_line", "metadata_weak": "metadata",
               "metadata_alt": "metadata_alt"}
# Evidence read off the visible page: it never votes for a date the page calls an update.
VISIBLE_SOURCES = frozenset({"page_published", "page_time", "page_headline"})


@dataclass(frozen=True)
class DateClue:
    source: str
    date: dt.date
    published: str  # ISO 8601 as precise as the clue was
    weight: float | None = None  # vote weight when not the source's own (VOTE_WEIGHT)


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        value = dt.date(year, month, day)
    except ValueError:
        return None
    today = dt.date.today()
    if value.year < MIN_YEAR or value > today + dt.timedelta(days=MAX_FUTURE_DAYS):
        return None
    return value


def _month(token: str) -> int | None:
    token = token.lower().rstrip(".")
    if token.isdigit():
        return int(token)
    return MONTHS.get(token)


def dates_in_text(text: str, limit: int = 5, month_first: bool = False) -> list[dt.date]:
    """Full dates written in text, in order of appearance (bounded)."""
    return [value for _, _, value in date_spans(text, limit, month_first)]


def dates_at(text: str, limit: int = 5,
             month_first: bool = False) -> list[tuple[int, dt.date]]:
    """(offset, date) of the full dates written in text, in order of appearance (bounded)."""
    return [(start, value) for start, _, value in date_spans(text, limit, month_first)]


def date_spans(text: str, limit: int = 5,
               month_first: bool = False) -> list[tuple[int, int, dt.date]]:
    """(start, end, date) of the full dates written in text, in order (bounded).

    "03/04/2021" is day first unless `month_first` (a page that writes dates the
    American way); a first number above 12 or a second above 12 settles it either way.
    """
    found: list[tuple[int, int, dt.date]] = []
    for pattern in compiled()["dates"]:
        # Only around the "19"/"20" of a year: the month names are slow to try everywhere.
        for match in windowed(pattern).finditer(text):
            month = _month(match.group("month"))
            if month is None:
                continue
            day = int(match.group("day"))
            slashed = "sep" in pattern.groupindex and match.group("sep") in "/-"
            if slashed and (month > 12 or (month_first and day <= 12)):
                day, month = month, day
            value = _valid(int(match.group("year")), month, day)
            if value and slashed and day != month <= 12 and day <= 12:
                value = _weekday_reading(text, match.start(), value)
            if value:
                found.append((match.start(), match.end(), value))
            if len(found) >= 4 * limit:
                break
    found.sort(key=lambda triple: triple[0])
    return found[:limit]


def _weekday_reading(text: str, start: int, value: dt.date) -> dt.date:
    """The reading of an ambiguous slashed date that agrees with the weekday written
    right before it ("Tue, 03/04/2025" is 4 March 2025, a Tuesday, not 3 April)."""
    found = compiled()["weekday_before_date"].search(text[max(0, start - 16):start])
    if not found:
        return value
    word = found.group("weekday").lower()
    weekday = WEEKDAYS.get(word, WEEKDAY_ABBREVIATIONS.get(word))
    if weekday is None or value.weekday() == weekday:
        return value
    other = _valid(value.year, value.day, value.month)
    return other if other and other.weekday() == weekday else value


def slashes_month_first(text: str, language: str | None) -> bool:
    """Whether a page writes "mm/dd/yyyy": the slashed dates it shows settle it when
    one part is above 12; otherwise pages in American English do, others do not."""
    votes = 0
    for match in windowed(compiled()["slashed_date"]).finditer(text[:200_000]):
        first, second = int(match.group(1)), int(match.group(2))
        if first > 12 >= second:
            votes -= 1
        elif second > 12 >= first:
            votes += 1
    if votes:
        return votes > 0
    return (language or "").lower().replace("_", "-") == "en-us"


def drop_year_only_guess(guess: DateClue, clues: list[DateClue]) -> list[DateClue]:
    """Without the guess when it is only a year: htmldate falls back to 1 January of a
    copyright or lone year when it finds no day. Unless another clue names that same
    day, such a guess is no publication date."""
    if (guess.date.month, guess.date.day) != (1, 1):
        return clues
    if any(clue is not guess and clue.date == guess.date for clue in clues):
        return clues
    return [clue for clue in clues if clue is not guess]


# Two words a scraper joined ("UTCLast Updated"): split before the capital. A word of one
# capital and one small letter ahead of capitals is a zone's name ("ChST"), not two words.
_GLUED_WORDS = re.compile(r"(?<=[a-z]{2})(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


# Round 60. Digits of other scripts a date line may print (Bengali "১০ জানুয়ারি ২০২৫",
# Arabic-Indic, Persian, Devanagari; round 88: Gujarati "૨૦૨૪"): folded to ASCII for the
# date shapes.
_DIGITS = str.maketrans({chr(base + k): str(k)
                         for base in (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0AE6) for k in range(10)})


def ascii_digits(text: str) -> str:
    """A short line's digits in ASCII ("২০২৫" -> "2025"); lengths and offsets kept."""
    return text if text.isascii() else text.translate(_DIGITS)


def solar_hijri_date(year: int, month: int, day: int) -> dt.date | None:
    """A Solar Hijri (Iranian, Afghan) date as Gregorian: 5 Esfand 1403 -> 2025-02-23.
    The 33-year arithmetic rule, which agrees with the official calendar for 1343-1473."""
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)):
        return None
    year += 1595
    days = (-355668 + 365 * year + (year // 33) * 8 + ((year % 33) + 3) // 4 + day
            + ((month - 1) * 31 if month < 7 else (month - 7) * 30 + 186))
    # `days` is then read back as a Gregorian date, in 400-, 100-, 4- and 1-year cycles.
    g_year = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        g_year += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    g_year += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        g_year += (days - 1) // 365
        days = (days - 1) % 365
    value = dt.date(g_year, 1, 1) + dt.timedelta(days=days)
    return _valid(value.year, value.month, value.day)


# Round 95. Days from the Gregorian ordinal's day 0 to the eve of 1 Meskerem, year 1 of the
# Ethiopian era (Amete Mihret; Julian day 1724221).
_ETHIOPIAN_EPOCH_ORDINAL = 2795


def ethiopian_date(year: int, month: int, day: int) -> dt.date | None:
    """An Ethiopian-calendar date as Gregorian: 24 Hamle 2016 -> 2024-07-31. Twelve months
    of 30 days and Pagume (13th) of 5, or 6 in a year before a Gregorian leap year (year
    % 4 == 3), so that 1 Meskerem falls on 11 September, or on 12 September before one."""
    if not (1 <= month <= 13 and 1 <= day <= (30 if month < 13 else 6 if year % 4 == 3 else 5)):
        return None
    ordinal = (_ETHIOPIAN_EPOCH_ORDINAL + 365 * (year - 1) + year // 4 + 30 * (month - 1)
               + day)
    value = dt.date.fromordinal(ordinal)
    return _valid(value.year, value.month, value.day)


# Round 68: room for a stamp that prints its published and updated clocks after the date
# ("Martes 3 de diciembre de 2024 | Publicado a las 09:15 · Actualizado a las 11:40"); the
# words beside the date must still all be DATE_LINE_EXTRAS.
DATE_LINE_MAX_CHARS = 90


def _one_month(match: re.Match[str]) -> str:
    """"تموز / يوليو" -> "يوليو": both names of one month, printed side by side, as one
    (two months, "تموز - آب", stay as printed)."""
    second = match.group("second") or match.group("bracketed")
    return second if MONTHS.get(match.group("first")) == MONTHS.get(second) else match.group(0)


def is_date_line(line: str) -> dt.date | None:
    """The date when a short line states only a date (and maybe a time and zone)."""
    if len(line) > DATE_LINE_MAX_CHARS:
        return None
    numeric = None if line.isascii() else compiled()["solar_hijri_numeric_stamp"].match(
        line.strip().translate(PERSIAN_LETTERS))
    if numeric:  # "۱۴۰۳/۰۶/۱۲ - ۱۰:۴۵": no Gregorian shape reads a year 1403
        return solar_hijri_date(*(int(ascii_digits(numeric.group(k)))
                                  for k in ("year", "month", "day")))
    ethiopian = None if line.isascii() else compiled()["ethiopian_stamp"].match(line.strip())
    if ethiopian:  # "ሐምሌ 24 ቀን 2016 ዓ.ም": the Ethiopian calendar's numbers, never Gregorian
        return ethiopian_date(int(ethiopian.group("year")),
                              ETHIOPIAN_MONTHS[ethiopian.group("month")],
                              int(ethiopian.group("day")))
    line = ascii_digits(line)
    line = _GLUED_WORDS.sub(" ", line)
    if not line.isascii():
        line = compiled()["arabic_double_month"].sub(_one_month, line)
    found = dates_in_text(line, limit=2)
    if not found and not line.isascii():
        solar = compiled()["solar_hijri_stamp"].match(line.strip().translate(PERSIAN_LETTERS))
        if solar:
            return solar_hijri_date(int(solar.group("year")),
                                    SOLAR_HIJRI_MONTHS[solar.group("month")],
                                    int(solar.group("day")))
    if not found and len(line) <= 30:
        spaced = compiled()["spaced_dot_stamp"].match(line.strip())
        if spaced:  # day first ("12. 3. 2025") or year first ("2025. 03. 12.")
            year, month, day = (spaced.group("year", "month", "day") if spaced.group("year")
                                else spaced.group("year2", "month2", "day2"))
            return _valid(int(year), int(month), int(day))
        short = compiled()["short_year_stamp"].match(line.strip())
        return _valid(2000 + int(short.group("year")), int(short.group("month")),
                      int(short.group("day"))) if short else None
    if len(found) != 1:
        return None
    rest = line
    for pattern in compiled()["dates"]:
        rest = pattern.sub(" ", rest)
    for name, _ in WEEKDAYS.items():
        # Not \b: a Tamil weekday ends on a vowel sign or virama, no word character.
        rest = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", " ", rest, flags=re.IGNORECASE)
    return found[0] if compiled()["date_line_extras"].match(rest.strip()) else None


def swapped(value: dt.date) -> dt.date | None:
    """The other reading of a numeric date whose day could be its month (3.12 as 12.3)."""
    return _valid(value.year, value.day, value.month) if value.day <= 12 else None


def labelled_short_year_date(rest: str) -> dt.date | None:
    """The day-first date with a two-digit year a "Published" label states ("15.01.25
    12:31" after "Publisert"): read only behind the label (see LABELLED_SHORT_YEAR_DATE)."""
    if len(rest) > 40:
        return None
    match = compiled()["labelled_short_year_date"].match(rest.strip())
    if not match:
        return None
    return _valid(2000 + int(match.group("year")), int(match.group("month")),
                  int(match.group("day")))


def parse_timestamp(value: str | None,
                    local_offset: str | None = None) -> tuple[str, dt.date] | None:
    """A metadata timestamp -> (ISO 8601 string, local calendar date).

    A stamp stated in UTC is moved to `local_offset` (the offset the page states
    for its other timestamps), so that 23:30 local time stays on its own day.
    """
    if not value:
        return None
    text = str(value).strip()[:64]
    iso = text.replace(" ", "T", 1) if re.match(r"^\d{4}-\d{2}-\d{2} \d", text) else text
    iso = compiled()["iso_short_clock"].sub(_pad_clock, iso, count=1)
    if iso.endswith("Z"):
        iso = iso[:-1] + "+00:00"
    try:
        stamp = dt.datetime.fromisoformat(iso)
    except ValueError:
        stamp = None
    if stamp is not None:
        zone = offset_zone(local_offset)
        if zone is not None and stamp.utcoffset() == dt.timedelta(0):
            stamp = stamp.astimezone(zone)
        day = _valid(stamp.year, stamp.month, stamp.day)
        if day is None:
            return None
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return day.isoformat(), day
        return stamp.isoformat(), day
    unix = compiled()["unix_date"].match(text)
    if unix:
        month = _month(unix.group("month"))
        day = _valid(int(unix.group("year")), month, int(unix.group("day"))) if month else None
        return (day.isoformat(), day) if day else None
    days = dates_in_text(text, limit=1)
    if days:
        return days[0].isoformat(), days[0]
    return None


def clock_minutes(text: str) -> int | None:
    """Minutes after midnight of the last clock in a stamp ("... 1:40pm" -> 820)."""
    found = list(compiled()["stamp_clock"].finditer(text))
    if not found:
        return None
    hour, minute = int(found[-1].group("hour")), int(found[-1].group("minute"))
    half = (found[-1].group("half") or "").lower()[:1]
    if half and not 1 <= hour <= 12:
        return None
    if half:
        hour = hour % 12 + (12 if half == "p" else 0)
    return hour * 60 + minute if hour < 24 else None


def _pad_clock(match: re.Match) -> str:
    """"23:15:0" -> "23:15:00" (some sites drop a leading zero)."""
    return ":".join(part.zfill(2) for part in match.groups() if part is not None)


def stated_offset(value: str | None) -> str | None:
    """The UTC offset a timestamp states ("+02:00"), None for UTC or no offset."""
    if not value:
        return None
    match = compiled()["trailing_offset"].search(str(value).strip()[:64])
    if not match or (match.group("hours") == "00" and match.group("minutes") == "00"):
        return None
    return f"{match.group('sign')}{match.group('hours')}:{match.group('minutes')}"


def offset_zone(offset: str | None) -> dt.timezone | None:
    """A fixed zone from "+02:00" / "-0500"; None for UTC, junk or out-of-range offsets."""
    match = re.fullmatch(r"([+-])(\d{2}):?(\d{2})", (offset or "").strip())
    if not match:
        return None
    delta = dt.timedelta(hours=int(match.group(2)), minutes=int(match.group(3)))
    if not delta or delta > dt.timedelta(hours=14):
        return None
    return dt.timezone(-delta if match.group(1) == "-" else delta)


# How far from UTC a publisher may sit for a UTC stamp's neighbouring day to be its
# own local day: west to Hawaii (UTC-10), east to the Pacific's date-line islands
# (Norfolk Island +11, New Zealand and Fiji +12, Tonga and Samoa +13, Kiribati +14).
MAX_WEST_OFFSET_HOURS = 10
MAX_EAST_OFFSET_HOURS = 14


def url_local_day(published: str, url_day: dt.date, zoneless: bool = False) -> dt.date | None:
    """The URL's date when a UTC stamp lands on the day next to it only by time zone.

    Sites mint article URLs on their own calendar; a stamp in UTC late in the
    evening (Asia, Europe) or early in the morning (the Americas) falls on the
    neighbouring UTC day. Returns None when the two do not differ that way. With
    `zoneless` (the hint is the page's own date line), a stamp without a zone counts
    as UTC too: crawlers drop the zone of the UTC stamps they keep.
    """
    try:
        stamp = dt.datetime.fromisoformat(published)
    except ValueError:
        return None
    if stamp.utcoffset() != dt.timedelta(0) and not (zoneless and stamp.tzinfo is None
                                                     and "T" in published):
        return None  # a local stamp is already on the publisher's calendar
    if url_day == stamp.date() - dt.timedelta(days=1) and stamp.hour < MAX_WEST_OFFSET_HOURS:
        return url_day
    if (url_day == stamp.date() + dt.timedelta(days=1)
            and stamp.hour >= 24 - MAX_EAST_OFFSET_HOURS):
        return url_day
    return None


def stated_local_day(published: str, shown_day: dt.date, line: str) -> dt.date | None:
    """The day of the page's own "Published 00:12, Jan 20, 2025" line when a crawler's
    stamp in UTC (or without a zone: "2025-01-19 18:12:00") falls on the day next to it
    only because of the time zone: the two clocks differ by a zone's offset, a whole
    number of quarter hours within MAX_WEST/EAST_OFFSET_HOURS. None otherwise."""
    if "T" not in published:
        return None
    try:
        stamp = dt.datetime.fromisoformat(published)
    except ValueError:
        return None
    if abs((shown_day - stamp.date()).days) != 1:
        return None
    minutes = clock_minutes(line)
    if minutes is None or stamp.utcoffset() not in (None, dt.timedelta(0)):
        return None  # no clock to compare, or a stamp already in local time
    shown = dt.datetime.combine(shown_day, dt.time()) + dt.timedelta(minutes=minutes)
    offset = shown - stamp.replace(tzinfo=None, second=0, microsecond=0)
    minutes_off = offset / dt.timedelta(minutes=1)
    if (offset % dt.timedelta(minutes=15)
            or not -MAX_WEST_OFFSET_HOURS * 60 <= minutes_off <= MAX_EAST_OFFSET_HOURS * 60
            or not _zone_minutes(int(minutes_off))):
        return None
    return shown_day


def _zone_minutes(offset: int) -> bool:
    """Whether a zone keeps an offset of this many minutes: whole hours, half hours
    (India +5:30, Newfoundland -3:30), and +5:45, +8:45, +12:45 east only. No zone is at
    a quarter past ("7:15 later" is an update's clock, no zone's)."""
    return offset % 60 in (0, 30) or offset in (345, 525, 765)


# A URL is minted when a story first runs: metadata this much later than the full
# date in its URL dates a re-publication (or a site move), not the story.
REPUBLISHED_AFTER_DAYS = 30


def first_run_in_url(chosen: DateClue, clues: list[DateClue], url: str | None = None) -> DateClue:
    """The URL's date when the chosen date is a re-publication long after it; not when
    the URL names the chosen day as well ("...-dpa-com-20090101-241027-...": a fixed
    prefix, then the story's own day)."""
    if url and _url_names_day(url, chosen.date):
        return chosen
    for clue in clues:
        if clue.source == "url" and (chosen.date - clue.date).days > REPUBLISHED_AFTER_DAYS:
            return clue
    return chosen


def _url_names_day(url: str, day: dt.date) -> bool:
    forms = (day.strftime("%Y%m%d"), day.strftime("%y%m%d"), day.strftime("%Y-%m-%d"),
             day.strftime("%Y/%m/%d"))
    return any(re.search(rf"(?<!\d){re.escape(form)}(?!\d)", url[:500]) for form in forms)


def month_in_url(url: str | None) -> tuple[int, int] | None:
    """(year, month) of a URL path's /yyyy/mm/ folder, if any."""
    match = compiled()["url_month"].search((url or "")[:500])
    if not match or not 1 <= int(match.group("month")) <= 12:
        return None
    return int(match.group("year")), int(match.group("month"))


def date_in_url(url: str | None) -> dt.date | None:
    if not url:
        return None
    for pattern in compiled()["url_dates"]:
        match = pattern.search(url[:500])
        if match:
            value = _valid(int(match.group("year")), int(match.group("month")),
                           int(match.group("day")))
            if value:
                return value
    return None


def datepart_date(datepart: str, near: list[dt.date]) -> dt.date | None:
    """'May 7' (a dateline's date without a year) placed in the year of the nearest clue;
    a dateline that states its year ("Jun 3 2024") is read as it is."""
    stated = dates_in_text(datepart, limit=1)
    if stated:
        return stated[0]
    month_day = datepart_month_day(datepart)
    if month_day is None:
        return None
    month, day = month_day
    best = None
    for anchor in near:
        for year in (anchor.year - 1, anchor.year, anchor.year + 1):
            value = _valid(year, month, day)
            if value and (best is None or abs(value - anchor) < abs(best - anchor)):
                best = value
    return best


def datepart_month_day(datepart: str) -> tuple[int, int] | None:
    """(month, day) of a dateline's date without a year ("Nov 14", "14 nov."), or None."""
    for pattern in compiled()["dateparts"]:
        match = pattern.match(datepart.strip())
        if match:
            month = _month(match.group("month"))
            return (month, int(match.group("day"))) if month else None
    return None


def yearless_stamp(line: str) -> tuple[int, int] | None:
    """(month, day) of a page's stamp that leaves out its year ("Apr. 17 06:41 pm JST")."""
    if len(line) > 50:
        return None
    match = compiled()["yearless_stamp"].match(line.strip())
    if not match:
        return None
    month = _month(match.group("month") or match.group("month2"))
    day = int(match.group("day") or match.group("day2"))
    return (month, day) if month else None


def yearless_stamp_date(month: int, day: int, years: list[int], lead: str) -> dt.date | None:
    """The date of a yearless stamp in the year of the page's copyright notice (or the
    year before, for a notice printed after New Year), only when the lead names the
    weekday the date falls on then ("... the city said Thursday"): the year alone may be
    the year the page was rendered, not the story's."""
    named = {WEEKDAYS[w.lower()] for w in re.findall(r"[^\W\d_]{5,13}", lead[:1000])
             if w.lower() in WEEKDAYS}
    for year in sorted({y for base in years for y in (base, base - 1)}, reverse=True):
        value = _valid(year, month, day)
        if value and value.weekday() in named:
            return value
    return None


def weekday_mentions(text: str, limit_chars: int = 2500) -> set[int]:
    """Weekdays the story's lead paragraphs anchor events to ("on Thursday")."""
    days: set[int] = set()
    for match in compiled()["weekday_mention"].finditer(text[:limit_chars]):
        weekday = WEEKDAYS.get(match.group("weekday").lower())
        if weekday is not None:
            days.add(weekday)
    return days


def choose_date(clues: list[DateClue], weekdays: set[int],
                updated: set[dt.date] | None = None) -> DateClue | None:
    """The strongest clue, unless independent clues agree on another day.

    First by rank, with weekday agreement breaking ties between weak clues: a story
    published on day D says events happened "on <weekday of D>" or the day before;
    a caption or URL date that agrees with that beats one that does not. Then the
    clues vote (`VOTE_WEIGHT`, each kind of evidence once) when the page gave more
    than its publication metadata: a day with more weight than the ranked choice's
    wins. Visible dates equal to an update day (`updated`) do not vote.
    """
    if not clues:
        return None

    clues = [_shift_caption(c, weekdays) if c.source == "caption" else c for c in clues]

    def score(clue: DateClue) -> tuple[int, int]:
        agrees = 0
        if weekdays:
            wd = clue.date.weekday()
            agrees = 0 if (wd in weekdays or (wd - 1) % 7 in weekdays) else 1
        rank = CLUE_RANK.get(clue.source, 9)
        # Weekday agreement can lift a weak clue over another weak one, never
        # over metadata or an explicit "Published" line.
        return (rank if rank <= 1 else 2 + agrees * 10 + rank, rank)

    ranked = min(clues, key=score)
    if not any(_page_evidence(c) for c in clues):
        return ranked  # text-only evidence: the ranking above settles it
    votes = _votes(clues, updated or set())
    if not votes:
        return ranked
    best_day = max(votes, key=lambda day: (votes[day], day == ranked.date))
    if votes[best_day] <= votes.get(ranked.date, 0.0):
        return ranked
    return max((c for c in clues if c.date == best_day), key=_weight)


def _page_evidence(clue: DateClue) -> bool:
    """Evidence read off an HTML page beyond its publication metadata."""
    return (clue.source in VISIBLE_SOURCES or clue.source == "htmldate"
            or (clue.source == "metadata" and clue.weight is not None))


def _weight(clue: DateClue) -> float:
    return clue.weight if clue.weight is not None else VOTE_WEIGHT.get(clue.source, 0.0)


def _votes(clues: list[DateClue], updated: set[dt.date]) -> dict[dt.date, float]:
    """Weight per day, each kind of evidence counted once per day."""
    best: dict[tuple[dt.date, str], float] = {}
    for clue in clues:
        if clue.source in VISIBLE_SOURCES and clue.date in updated:
            continue
        weight = _weight(clue)
        if not weight:
            continue
        key = (clue.date, _VOTE_GROUP.get(clue.source, clue.source))
        best[key] = max(best.get(key, 0.0), weight)
    votes: dict[dt.date, float] = {}
    for (day, _), weight in best.items():
        votes[day] = votes.get(day, 0.0) + weight
    return votes


def _shift_caption(clue: DateClue, weekdays: set[int]) -> DateClue:
    """A photo taken the day before the story ran: move to the weekday the text names.

    Only when the caption's own weekday is not named; the nearest named weekday
    in the three days after it wins (later ones are usually announced events).
    """
    if not weekdays or clue.date.weekday() in weekdays:
        return clue
    ahead = [clue.date + dt.timedelta(days=n) for n in (1, 2, 3)]
    named = [day for day in ahead if day.weekday() in weekdays]
    if not named:
        return clue
    return DateClue("caption_weekday", named[0], named[0].isoformat())
