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

from transforms.patterns import MONTHS, WEEKDAYS, compiled

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


@dataclass(frozen=True)
class DateClue:
    source: str
    date: dt.date
    published: str  # ISO 8601 as precise as the clue was


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


def dates_in_text(text: str, limit: int = 5) -> list[dt.date]:
    """Full dates written in text, in order of appearance (bounded)."""
    found: list[tuple[int, dt.date]] = []
    for pattern in compiled()["dates"]:
        for match in pattern.finditer(text):
            month = _month(match.group("month"))
            if month is None:
                continue
            value = _valid(int(match.group("year")), month, int(match.group("day")))
            if value:
                found.append((match.start(), value))
            if len(found) >= 4 * limit:
                break
    found.sort(key=lambda pair: pair[0])
    return [value for _, value in found[:limit]]


# Two words a scraper joined ("UTCLast Updated"): split before the capital.
_GLUED_WORDS = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def is_date_line(line: str) -> dt.date | None:
    """The date when a short line states only a date (and maybe a time and zone)."""
    if len(line) > 70:
        return None
    line = _GLUED_WORDS.sub(" ", line)
    found = dates_in_text(line, limit=2)
    if len(found) != 1:
        return None
    rest = line
    for pattern in compiled()["dates"]:
        rest = pattern.sub(" ", rest)
    for name, _ in WEEKDAYS.items():
        rest = re.sub(rf"\b{re.escape(name)}\b", " ", rest, flags=re.IGNORECASE)
    return found[0] if compiled()["date_line_extras"].match(rest.strip()) else None


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
# own local day (covers the Americas and Asia-Pacific, not noon-crossing offsets).
MAX_LOCAL_OFFSET_HOURS = 10


def url_local_day(published: str, url_day: dt.date) -> dt.date | None:
    """The URL's date when a UTC stamp lands on the day next to it only by time zone.

    Sites mint article URLs on their own calendar; a stamp in UTC late in the
    evening (Asia, Europe) or early in the morning (the Americas) falls on the
    neighbouring UTC day. Returns None when the two do not differ that way.
    """
    try:
        stamp = dt.datetime.fromisoformat(published)
    except ValueError:
        return None
    if stamp.utcoffset() != dt.timedelta(0):
        return None  # a local (or naive) stamp is already on the publisher's calendar
    if url_day == stamp.date() - dt.timedelta(days=1) and stamp.hour < MAX_LOCAL_OFFSET_HOURS:
        return url_day
    if (url_day == stamp.date() + dt.timedelta(days=1)
            and stamp.hour >= 24 - MAX_LOCAL_OFFSET_HOURS):
        return url_day
    return None


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
    """'May 7' (a dateline's date without a year) placed in the year of the nearest clue."""
    for pattern in compiled()["dateparts"]:
        match = pattern.match(datepart.strip())
        if not match:
            continue
        month = _month(match.group("month"))
        if month is None:
            return None
        day = int(match.group("day"))
        best = None
        for anchor in near:
            for year in (anchor.year - 1, anchor.year, anchor.year + 1):
                value = _valid(year, month, day)
                if value and (best is None or abs(value - anchor) < abs(best - anchor)):
                    best = value
        return best
    return None


def weekday_mentions(text: str, limit_chars: int = 2500) -> set[int]:
    """Weekdays the story's lead paragraphs anchor events to ("on Thursday")."""
    days: set[int] = set()
    for match in compiled()["weekday_mention"].finditer(text[:limit_chars]):
        weekday = WEEKDAYS.get(match.group("weekday").lower())
        if weekday is not None:
            days.add(weekday)
    return days


def choose_date(clues: list[DateClue], weekdays: set[int]) -> DateClue | None:
    """The strongest clue, with weekday agreement breaking ties between weak clues.

    A story published on day D says events happened "on <weekday of D>" or the
    day before; a caption or URL date that agrees with that beats one that does not.
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

    return min(clues, key=score)


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
