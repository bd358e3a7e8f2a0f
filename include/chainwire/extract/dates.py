"""Korean news timestamps → timezone-aware datetimes.

Shapes handled (anywhere in the given string, first match wins)::

    2024년06월27일 09:15          2024년 6월 27일 오후 3시 20분
    2024.06.27 09:30              2019.05.20. 오후 5:44
    입력 2024.03.05 오후 3:20      2024.06.27(목) 09:15
    2024-06-27 09:30:00           2024-06-27T09:30:00+09:00
    2025/09/08 17:26              2024.06.27          (date only → 00:00)

Times are Asia/Seoul unless the string states an offset (``+09:00``, ``Z``,
``UTC``/``GMT``/``KST``) or a zone abbreviation (``SGT``, ``ET``, … in ``ZONE_ABBREVIATIONS``). Relative days (``26일(현지시간)``, ``지난 3일``) are
resolved against a landing date: the latest date on or before it with that
day of the month.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import NamedTuple
from zoneinfo import ZoneInfo

from chainwire.settings import TIMEZONE

from .outlets import CASE_UNSAFE_CHARS

SEOUL = ZoneInfo(TIMEZONE)
# A stamp that names Korean time ("KST") says so: a fixed +09:00 that is not the SEOUL default, so
# ``in_zone`` never moves it to an outlet's home zone.
KST = timezone(timedelta(hours=9), "KST")

# Zone abbreviations printed after a time by the foreign press (a zone that observes daylight time is
# its IANA zone, so "ET" is EST or EDT by the date). Ambiguous ones (CST: China or US Central; IST:
# India, Ireland or Israel) are read as the Asian zone, the one a page about Korea's region means.
ZONE_ABBREVIATIONS: dict[str, object] = {
    "JST": timezone(timedelta(hours=9), "JST"), "HKT": timezone(timedelta(hours=8), "HKT"),
    "SGT": timezone(timedelta(hours=8), "SGT"), "PHT": timezone(timedelta(hours=8), "PHT"),
    "MYT": timezone(timedelta(hours=8), "MYT"), "CST": timezone(timedelta(hours=8), "CST"),
    "WIB": timezone(timedelta(hours=7), "WIB"), "ICT": timezone(timedelta(hours=7), "ICT"),
    "IST": timezone(timedelta(hours=5, minutes=30), "IST"), "MSK": timezone(timedelta(hours=3), "MSK"),
    "CET": ZoneInfo("Europe/Paris"), "CEST": ZoneInfo("Europe/Paris"), "BST": ZoneInfo("Europe/London"),
    "ET": ZoneInfo("America/New_York"), "EST": ZoneInfo("America/New_York"), "EDT": ZoneInfo("America/New_York"),
    "PT": ZoneInfo("America/Los_Angeles"), "PST": ZoneInfo("America/Los_Angeles"),
    "PDT": ZoneInfo("America/Los_Angeles"),
    # US Central and Mountain ("CST" stays China's, above): "3:48 PM CT", "9:30 a.m. MDT"
    "CT": ZoneInfo("America/Chicago"), "CDT": ZoneInfo("America/Chicago"), "MT": ZoneInfo("America/Denver"),
    "MST": ZoneInfo("America/Denver"), "MDT": ZoneInfo("America/Denver"), "AEST": ZoneInfo("Australia/Sydney"), "AEDT": ZoneInfo("Australia/Sydney"),
}
_ZONE_NAMES = "|".join(sorted(ZONE_ABBREVIATIONS, key=len, reverse=True))
# A zone after a time: an offset, Z, KST/UTC/GMT (with an offset of their own), or an abbreviation above.
_TZ_TEXT = (r"(?P<tz>Z|[+-]\d{2}:?\d{2}|\(?(?:(?:KST|UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?|(?:" + _ZONE_NAMES
            + r"))(?![A-Za-z])\)?)")

# Year, month, day: 2024년06월27일 / 2024.06.27. / 2024-06-27 / 2025/09/08 / 2024年6月27日 (the units in Chinese
# characters, as Chinese and Japanese pages and some Korean ones print them),
# then an optional weekday "(목)" and an optional time (12- or 24-hour clock).
_TIMESTAMP_RE = re.compile(
    r"(?<!\d)(?P<y>\d{4})\s*(?:[년年]\s*|[-./]\s*)"
    r"(?P<m>\d{1,2})\s*(?:[월月]\s*|[-./]\s*)"
    r"(?P<d>\d{1,2})(?!\d)\s*(?:[일日]|\.)?"
    r"(?:\s*\([월화수목금토일](?:요일)?\)|\s*[월화수목금토일]요일)?"  # "(금)", or written out: "금요일"
    # "2024/03/05 [15:20]": a CMS prints the time in brackets too; "2024-03-05 | 15:20", "2024.03.05 / 15:20": a bar, a
    # slash or a middle dot between the date and its clock
    r"(?:(?:\s*T|\s*,?\s*|\s*[|/·]\s*)[(\[]?"
    r"(?:(?P<ampm>오전|오후|AM|PM|am|pm|a\.m\.|p\.m\.)\s*)?"
    r"(?P<H>\d{1,2})\s*(?::|시\s*)(?:(?P<M>\d{1,2})(?!\d)\s*분?)?(?::(?P<S>\d{1,2})(?:\.\d+)?)?"
    r"(?:\s*(?P<ampm2>AM|PM|am|pm|a\.m\.|p\.m\.))?"
    r"(?:\s*" + _TZ_TEXT + r")?[)\]]?"
    r")?"
)

# Caption dates: "2024.06.27" (also with a trailing dot).
_CAPTION_DATE_RE = re.compile(r"(?<!\d)(\d{4})\.(\d{1,2})\.(\d{1,2})(?!\d)")

# Relative day in running text: "26일(현지시간)", "지난 3일", "6월 26일".
# Excludes durations ("3일간", "10일째", "5일 동안", "7일 만에").
_RELATIVE_DAY_RE = re.compile(
    r"(?<![\d.,:/-])(?:(?P<y>\d{4})년\s*)?(?:(?P<m>\d{1,2})월\s*)?(?P<d>\d{1,2})일"
    r"(?!\s*(?:간|째|치|동안|만에|만의|여|이내|정도|분량|짜리))"
)

_PM = {"오후", "PM", "pm", "p.m."}
_AM = {"오전", "AM", "am", "a.m."}


def _tzinfo(tz_text: str | None, default):
    if not tz_text:
        return default
    t = tz_text.strip("()").upper()
    if t == "Z":
        return UTC
    if t in ZONE_ABBREVIATIONS:
        return ZONE_ABBREVIATIONS[t]
    if t.startswith("KST") and not t[3:]:
        return KST
    if t.startswith("KST"):
        t = t[3:]  # "KST+9" is read as the offset it states
    if t.startswith(("UTC", "GMT")):
        rest = t[3:]
        if not rest:
            return UTC
        t = rest
    sign = -1 if t[0] == "-" else 1
    digits = t[1:].replace(":", "")
    hours = int(digits[:2] if len(digits) >= 3 else digits)
    minutes = int(digits[2:4]) if len(digits) >= 4 else 0
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _clock(hh: str | None, mm: str | None, ss: str | None, ampm: str | None) -> tuple[int, int, int]:
    if hh is None:
        return 0, 0, 0
    h, m, s = int(hh), int(mm) if mm else 0, int(ss) if ss else 0
    if ampm in _PM and h < 12:
        h += 12
    elif ampm in _AM and h == 12:
        h = 0
    if h > 23 or m > 59 or s > 59:
        return 0, 0, 0
    return h, m, s


def find_timestamp(text: str | None, tz=SEOUL) -> tuple[int, int, datetime] | None:
    """``(start, end, datetime)`` of the first numeric timestamp in ``text``, or None."""
    if not text:
        return None
    for m in _TIMESTAMP_RE.finditer(text):
        try:
            day = date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            continue
        hh, mm, ss = _clock(m["H"], m["M"], m["S"], m["ampm"] or m["ampm2"])
        return m.start(), m.end(), datetime.combine(day, time(hh, mm, ss), tzinfo=_tzinfo(m["tz"], tz))
    return None


def parse_timestamp(text: str | None, tz=SEOUL) -> datetime | None:
    """First timestamp in ``text`` as an aware datetime, or None.

    A date without a time gives 00:00. ``tz`` (default Asia/Seoul) applies
    unless the string carries its own offset.
    """
    found = find_timestamp(text, tz)
    return found[2] if found else None


# English month names: "Jun. 27, 2024 - 15:31", "June 27, 2024, 9:30 AM", "09:30 Nov. 2, 2026",
# "27 June 2024 09:30", "2024 February 20 15:14" (year first).
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_MON = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
MONTH_NAME = _MON  # an English month name, abbreviated or not: the one pattern (also bylines' dated leads)
# a British dotted clock ("03.48 BST") only where a zone follows it: "2025 10.30" alone is a figure
_DOTTED = r"\.(?=\d{{2}}\s*(?:" + _ZONE_NAMES + r"|UTC|GMT|KST)(?![A-Za-z]))"
_CLOCK = r"(?P<H{n}>\d{{1,2}})(?::|" + _DOTTED + r")(?P<M{n}>\d{{2}})(?::(?P<S{n}>\d{{2}}))?(?:\s*(?P<ap{n}>AM|PM|am|pm|a\.m\.|p\.m\.))?"
# (a bar or a slash may stand between the time and its zone: "3:48 PM / CT", "9:30 PM | PDT")
_TZ = r"(?:\s*(?:[|/]\s*)?" + _TZ_TEXT + r")?"
_EN_TIMESTAMP_RE = re.compile(
    r"(?<![A-Za-z])(?:" + _CLOCK.format(n=1) + r"(?:\s*" + _TZ_TEXT.replace("?P<tz>", "?P<tz1>") + r")?\s*,?\s*)?"
    r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\.?,?\s+)?"
    r"(?:(?P<mon>" + _MON + r")\s*(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s*(?P<y>\d{4})"
    r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon2>" + _MON + r"),?\s*(?P<y2>\d{4})"  # "1st August 2025" too
    r"|(?<!\d)(?P<y3>\d{4})\s+(?P<mon3>" + _MON + r")\s+(?P<d3>\d{1,2})(?:st|nd|rd|th)?)(?!\d)"
    r"(?:\s*(?:[-,–—|@/]|at)?\s*" + _CLOCK.format(n=2) + r")?" + _TZ,
    re.I,
)


# A numeric date with slashes on an English page, its clock and zone after it: "08/01/2025 3:48 PM EDT", "3/4/2025".
# Month first (as the US prints it) where the zone is American or the day cannot be a month (> 12); day first
# where the first number cannot be a month; with neither (both 12 or less, no American zone) the order is unknown
_EN_SLASHED_RE = re.compile(
    r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d{2})(?![\d/])"
    r"(?:\s*(?:,|at|-|\|)?\s*" + _CLOCK.format(n=2) + r")?" + _TZ)


def find_slashed_date_en(text: str, tz=SEOUL) -> tuple[int, int, datetime] | None:
    """``(start, end, datetime)`` of the first slashed numeric date whose order is known (see ``_EN_SLASHED_RE``)."""
    for m in _EN_SLASHED_RE.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        zone = _tzinfo(m["tz"], tz)
        american = isinstance(zone, ZoneInfo) and zone.key.startswith("America/")
        if american or (b > 12 >= a):
            mon, day = a, b
        elif a > 12 >= b:
            mon, day = b, a
        else:
            continue
        try:
            d = date(int(m["y"]), mon, day)
        except ValueError:
            continue
        hh, mm, ss = _clock(m["H2"], m["M2"], m["S2"], m["ap2"])
        return m.start(), m.end(), datetime.combine(d, time(hh, mm, ss), tzinfo=zone)
    return None


# Every _EN_TIMESTAMP_RE match holds a month's name (_MON), each opening on one of these (re.I: any case); a text
# holding none, lower-cased, and no CASE_UNSAFE_CHARS character (where re.I and str.lower() disagree) is not searched
MONTH_HEADS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_HEAD_RE = re.compile("|".join(MONTH_HEADS))
_CASE_UNSAFE_RE = re.compile(f"[{CASE_UNSAFE_CHARS}]")


def find_timestamp_en(text: str | None, tz=SEOUL) -> tuple[int, int, datetime] | None:
    """``(start, end, datetime)`` of the first English month-name timestamp, or None."""
    if not text:
        return None
    if _MONTH_HEAD_RE.search(text.lower()) is None and _CASE_UNSAFE_RE.search(text) is None:
        return None
    for m in _EN_TIMESTAMP_RE.finditer(text):
        mon = (m["mon"] or m["mon2"] or m["mon3"])[:3].lower()
        try:
            day = date(int(m["y"] or m["y2"] or m["y3"]), _MONTHS[mon], int(m["d"] or m["d2"] or m["d3"]))
        except (ValueError, KeyError):
            continue
        n = "2" if m["H2"] is not None else "1"
        hh, mm, ss = _clock(m["H" + n], m["M" + n], m["S" + n], m["ap" + n])
        return m.start(), m.end(), datetime.combine(day, time(hh, mm, ss), tzinfo=_tzinfo(m["tz"] or m["tz1"], tz))
    return None




def parse_caption_date(text: str | None) -> date | None:
    """``2024.06.27`` → date(2024, 6, 27); None if absent or invalid."""
    if not text:
        return None
    m = _CAPTION_DATE_RE.search(text)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


class RelativeDay(NamedTuple):
    day: int
    month: int | None = None
    year: int | None = None


def find_relative_day(text: str | None) -> RelativeDay | None:
    """First plausible day-of-month mention (``N일``) in ``text``."""
    if not text or "일" not in text:
        return None
    for m in _RELATIVE_DAY_RE.finditer(text):
        d = int(m["d"])
        mo = int(m["m"]) if m["m"] else None
        y = int(m["y"]) if m["y"] else None
        if not 1 <= d <= 31 or (mo is not None and not 1 <= mo <= 12):
            continue
        return RelativeDay(d, mo, y)
    return None


def resolve_relative_day(day: int, landing: date, month: int | None = None, year: int | None = None) -> date | None:
    """Latest date ≤ ``landing`` with that day of month (and month/year if given)."""
    if year is not None and month is not None:
        try:
            return date(year, month, day)
        except ValueError:
            return None
    y, mo = landing.year, landing.month
    for _ in range(48):  # a month/day pair recurs within 4 years (Feb 29)
        if month is None or mo == month:
            try:
                cand = date(y, mo, day)
            except ValueError:
                cand = None
            if cand is not None and cand <= landing:
                return cand
        mo -= 1
        if mo == 0:
            y, mo = y - 1, 12
    return None


def in_zone(ts: datetime | None, zone: str | None) -> datetime | None:
    """A stamp read in the Seoul default, re-read in the zone the page prints its times in.

    Only a wall-clock time that stated no zone moves (its tzinfo is the SEOUL default); one that
    named an offset (``+08:00``, ``GMT``, ``KST``) keeps it. ``zone`` None or Seoul: unchanged.
    """
    if ts is None or not zone or zone == TIMEZONE or ts.tzinfo is not SEOUL:
        return ts
    return ts.replace(tzinfo=ZoneInfo(zone))


def midnight(d: date, tz=SEOUL) -> datetime:
    """``d`` at 00:00 in ``tz`` (Asia/Seoul by default)."""
    return datetime.combine(d, time(0, 0), tzinfo=tz)
