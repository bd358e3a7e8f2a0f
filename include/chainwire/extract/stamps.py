"""Publish/update stamps printed on a page: ``입력 2024.03.05 오후 3:20 | 수정 …``.

A stamp is a label followed directly by a timestamp. Labels say what the time is::

    published   기사입력 입력 등록 기사등록 최초입력 송고시간 송고 기사승인 승인 기사전송 전송 출고 게재 발행 작성
                방송(일자)
                Published Posted First published Created Date (also "Publication date", "Release date")
                보도(일시) 배포(일시); "Posted by NAME on <date>" leaves "By NAME" for the byline
    updated     최종수정 수정 최종편집 업데이트 Updated Last updated Last update Modified

or, on a line of stamps only, after the time (``2024.06.27 09:30 입력 2024.06.27 11:02 수정``).

Several stamps may share a line, glued or in any order (``등록 2024.06.27 09:30:00수정 …``,
``수정 … 입력 …``), and a stamp may be glued to a section name (``경제송고시간2025-03-29 18:00``).
A timestamp followed by ``기준`` is a data stamp, never a publish time. When several
publish labels are printed, 송고시간/승인 (the moment the story went out) beat 입력/등록.

``bare_stamp`` accepts an unlabelled timestamp line (``2026-11-02 09:30``) only when it
states a time and no decoy word (기준, 현재, 오늘, today, as of …).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from .bylines import is_press_name
from .dates import SEOUL, find_slashed_date_en, find_timestamp, find_timestamp_en
from .firstchars import first_set
from .outlets import CASE_UNSAFE_CHARS

_PUBLISHED = {
    "기사입력": 1, "입력": 1, "등록": 1, "기사등록": 1, "최초입력": 1, "최초등록": 1, "게재": 1, "발행": 1, "작성": 1,
    "송고시간": 0, "송고": 0, "기사승인": 0, "승인": 0, "기사전송": 0, "전송": 0, "출고": 0, "게시": 1,
    "published": 1, "posted": 1, "first published": 1, "created": 1, "written": 1, "기사작성": 1,
    "input": 1,  # English editions of Korean sites translate 입력/수정 as "Input"/"Modified"
    "방송": 1,  # a broadcaster's web page: "방송일자 2023-12-06", "방송일 2024.11.29"
    # a page's date field and a release's: "Date: May 3, 2024" (also the "date" of "Publication date",
    # "Release date"), "보도일시 2024.05.03 10:00", "배포일시". Longer Latin labels cost every line scanned
    # more than they were measured to find: "date" alone reads those fields.
    "date": 1, "보도": 1, "배포": 1,
}
_UPDATED = {"최종수정": 0, "수정": 0, "기사수정": 0, "업데이트": 0, "updated": 0, "last updated": 0, "last update": 0,
            "modified": 0, "last modified": 0, "최종편집": 0}
_LABELS = sorted({*_PUBLISHED, *_UPDATED}, key=len, reverse=True)
# Labels that are common words or end other words ("Update" holds "date"): read only as words of their own
# (the older labels may be glued to what stands before them, "NewsPublished …", and stay so)
_WORD_LABELS = frozenset({"date"})
_LABEL_RE = re.compile(
    r"(?P<label>" + "|".join(r"\s*".join(map(re.escape, lab.split())) if " " in lab else
                             (r"\s*".join(re.escape(ch) for ch in lab) if lab[0] >= "가" else
                              (r"(?<![A-Za-z])" if lab in _WORD_LABELS else "") + re.escape(lab))
                             for lab in _LABELS) + r")"
    r"(?:\s*(?:일시|시간|일자|시각|일|날짜|time|date|on))?\s*[\]】>)]?\s*(?:[:：|ㅣ]|[-–—](?=\s))?\s*",  # "[입력] …"
    re.I,
)
# What every match of _LABEL_RE holds: a label's letters, the whitespace between them taken out, lower-cased
# ("기사 입력" → "기사입력", "Last Updated" → "lastupdated"). Searched in the line with its whitespace taken out
# (str.split() cuts at the characters \s matches) and lower-cased: ≈ 1 µs where the rule's ≈ 40 case-blind
# alternatives cost ≈ 9 µs a line, and 3 lines of 4 scanned hold no label. A line with a CASE_UNSAFE_CHARS
# character (where re.I and str.lower() disagree) goes to the rule unchecked.
_LABEL_HINT_RE = re.compile("|".join(sorted({re.escape("".join(lab.lower().split())) for lab in _LABELS})))
_CASE_UNSAFE_RE = re.compile(f"[{CASE_UNSAFE_CHARS}]")


def may_hold_label(line: str) -> bool:
    """False only for a line in which ``_LABEL_RE`` finds nothing."""
    return _LABEL_HINT_RE.search("".join(line.split()).lower()) is not None or _CASE_UNSAFE_RE.search(line) is not None


_DECOY_RE = re.compile(r"기준|현재|오늘|날씨|today|as of", re.I)
_SEPARATORS = " \t|·,/ㅣ│:-–—[]()"
_DIGIT_RE = re.compile(r"\d")
DIGIT_MEMO_CHARS = 200  # lines up to this long are remembered


def has_digit(line: str) -> bool:
    """``_DIGIT_RE.search(line)``: every stamp and date has a digit. The generic walk asks it of a line in up to five
    functions (``scan_stamps``, ``bare_stamp``, ``is_date_widget``, ``age_date_bar``, ``holds_date``: 14 searches a
    generated page, 5 of them again on a line already asked): a short line is answered once (session 16, t1)."""
    return _has_digit(line) if len(line) <= DIGIT_MEMO_CHARS else _DIGIT_RE.search(line) is not None


@lru_cache(maxsize=8192)
def _has_digit(line: str) -> bool:
    return _DIGIT_RE.search(line) is not None
MAX_STAMP_LINE = 140


@dataclass(frozen=True)
class Stamp:
    kind: str  # "published" | "updated"
    label: str
    at: datetime
    rank: int  # lower wins among published labels


# A two-digit year, read only right after a stamp label and only with a time: "입력 24.03.05 10:00"
_SHORT_YEAR_RE = re.compile(r"^(?P<y>\d{2})[.-](?P<m>\d{1,2})[.-](?P<d>\d{1,2})\.?\s+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?(?!\d)")


def _short_year_at(text: str):
    m = _SHORT_YEAR_RE.match(text)
    if not m:
        return None
    try:
        at = datetime(2000 + int(m["y"]), int(m["m"]), int(m["d"]), int(m["H"]), int(m["M"]), int(m["S"] or 0),
                      tzinfo=SEOUL)
    except ValueError:
        return None
    return 0, m.end(), at


# A European date, day first and dotted, read only right after a stamp label on an English page ("Published:
# 04.03.2025 15:48" is 4 March; a Korean date is year first and never has this shape)
_DAY_FIRST_DOTTED_RE = re.compile(r"^(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?:,?\s+(?P<H>\d{1,2}):(?P<M>\d{2}))?(?![\d.:])")


def _day_first_dotted_at(text: str):
    m = _DAY_FIRST_DOTTED_RE.match(text)
    if not m:
        return None
    try:
        at = datetime(int(m["y"]), int(m["m"]), int(m["d"]), int(m["H"] or 0), int(m["M"] or 0), tzinfo=SEOUL)
    except ValueError:
        return None
    return 0, m.end(), at


def _timestamp_at(text: str, english: bool):
    found = find_timestamp(text)
    if english:
        en = find_timestamp_en(text)
        if en and (not found or en[0] < found[0]):
            found = en
        if found is None and "/" in text:  # "08/01/2025 3:48 PM EDT": a US page's numeric date (no other date read)
            found = find_slashed_date_en(text)
    return found


def holds_date(line: str, english: bool = False) -> bool:
    """A date (with or without its time) somewhere in ``line``."""
    return has_digit(line) and _timestamp_at(line, english) is not None


def scan_stamps(line: str, english: bool = False) -> tuple[list[Stamp], str]:
    """Labelled stamps in one line and what is left of the line without them.

    Returns ``([], line)`` for lines that carry no stamp.
    """
    if not line or len(line) > MAX_STAMP_LINE or not _has_digit(line):  # (a short line: remembered)
        return [], line
    if line[0].isdigit():
        labelled = _labels_after(line, english)  # "2024.01.01 10:00 입력 2024.01.01 11:00 수정"
        if labelled[0]:
            return labelled
    by = _LABEL_BY_ON_RE.match(line) if english and " on " in line else None
    if by is not None:  # "Posted by NAME on May 3, 2024": the stamp, and "By NAME" left for the byline
        by_found, rest = scan_stamps(f"{by['label']} {by['rest']}", english)
        if by_found and not rest:
            return by_found, f"By {by['who']}"
    filed = _LABEL_IN_ON_RE.match(line) if english and " on " in line else None
    if filed is not None:  # "Posted in Energy on May 3, 2024": the stamp (the section is the page's furniture)
        filed_found, rest = scan_stamps(f"Posted {filed['rest']}", english)
        if filed_found and not rest:
            return filed_found, ""
    stamps: list[Stamp] = []
    keep: list[str] = []
    pos = 0
    for m in _LABEL_RE.finditer(line) if may_hold_label(line) else ():
        if m.start() < pos:
            continue
        after = line[m.end():]
        found = _timestamp_at(after[:60], english)
        if (not found or found[0] != 0) and after[:1].isdigit():
            found = _short_year_at(after[:40])
            if found is None and english:
                found = _day_first_dotted_at(after[:40])
        if not found or found[0] != 0:
            continue
        end = m.end() + found[1]
        if _DECOY_RE.match(line[end:].lstrip()[:4]):
            continue
        label = re.sub(r"\s+", "", m["label"]).lower() if m["label"][0] >= "가" else " ".join(m["label"].lower().split())
        if label in _PUBLISHED:
            stamps.append(Stamp("published", label, found[2], _PUBLISHED[label]))
        else:
            stamps.append(Stamp("updated", label, found[2], _UPDATED.get(label, 0)))
        keep.append(line[pos:m.start()])
        pos = end
    if not stamps:
        return _labels_after_bar(line, english) if pos == 0 and not line[0].isdigit() else ([], line)
    keep.append(line[pos:])
    rest = " ".join(k.strip(_SEPARATORS) for k in keep if k.strip(_SEPARATORS))
    return stamps, rest


# A blog's info line: "Posted by NAME on May 3, 2024" (the writer between the label and the date)
_LABEL_BY_ON_RE = re.compile(r"^(?P<label>Posted|Published|Written)\s+by\s+(?P<who>[A-Z][^\d|]{1,40}?)\s+on\s+(?P<rest>\d.*|[A-Z].*)$")
# A blog's category line: "Posted in Energy on May 3, 2024", "Filed under Markets on May 3, 2024 10:15 AM" (the
# section between the label and the date)
_LABEL_IN_ON_RE = re.compile(r"^(?:Posted|Published|Filed)\s+(?:in|under)\s*:?\s+(?P<section>[A-Z][^\d|]{1,40}?)\s+on\s+"
                             r"(?P<rest>\d.*|[A-Z].*)$")


# The label printed after its time: "2024.01.01 10:00 입력 2024.01.01 11:00 수정"
_AFTER_LABELS = {"기사입력": "published", "입력": "published", "등록": "published", "작성": "published", "송고": "published",
                 "게재": "published", "승인": "published", "기사승인": "published",
                 "최종수정": "updated", "기사수정": "updated", "수정": "updated", "업데이트": "updated", "최종편집": "updated"}
_AFTER_LABEL_RE = re.compile(r"\s*(?:[|ㅣ│·]\s*)?(?P<label>" + "|".join(sorted(_AFTER_LABELS, key=len, reverse=True)) + r")(?=$|[\s|ㅣ│·,/])")


def _labels_after(line: str, english: bool) -> tuple[list[Stamp], str]:
    """Stamps whose label follows the time; each time must be followed by its label, the line must
    start with a time, and nothing but separators may stand between them."""
    stamps: list[Stamp] = []
    pos = 0
    while pos < len(line):
        found = _timestamp_at(line[pos:pos + 60], english)
        if not found or line[pos:pos + found[0]].strip(_SEPARATORS):
            break
        lab = _AFTER_LABEL_RE.match(line, pos + found[1])
        if not lab:
            break
        kind = _AFTER_LABELS[lab["label"]]
        stamps.append(Stamp(kind, lab["label"], found[2], _PUBLISHED.get(lab["label"], 0)))
        pos = lab.end()
    if not stamps or line[pos:].strip(_SEPARATORS):
        return [], line
    return stamps, ""


def _labels_after_bar(line: str, english: bool) -> tuple[list[Stamp], str]:
    """``홍길동 기자 | 2024.01.01 10:00 | 송고``: a byline, a bar, then stamps whose labels follow their times."""
    for bar in ("| ", "· ", "ㅣ "):
        k = line.find(bar)
        if k > 0 and line[k + 2:k + 3].isdigit():
            found, rest = _labels_after(line[k + 2:], english)
            if found:
                return found, line[:k].strip(_SEPARATORS)
    return [], line


def bare_stamp(line: str, english: bool = False) -> datetime | None:
    """An unlabelled timestamp filling the line (with a time of day), else None."""
    # every timestamp has digits (scan_stamps' rule too): a line without one is answered here
    if not line or len(line) > 48 or not _has_digit(line):  # (a short line: remembered)
        return None
    return _bare_stamp(line, english)


# "2025년 8월 1일 금요일 15:04" with no label: a site bar's clock (the weekday written out, as a "today" bar
# prints it); a story's stamp of that shape carries its label ("입력 …") and is read by scan_stamps
_SPELLED_WEEKDAY_RE = re.compile(r"(?<!\()[월화수목금토일]요일")


@lru_cache(maxsize=4096)  # a function of its arguments, asked again for the same lines on page after page
def _bare_stamp(line: str, english: bool) -> datetime | None:
    if _DECOY_RE.search(line):
        return None
    found = _timestamp_at(line, english)
    if not found or line[: found[0]].strip(_SEPARATORS) or _SPELLED_WEEKDAY_RE.search(line, found[0], found[1]):
        return None
    tail = line[found[1]:].strip(_SEPARATORS)
    if tail and tail.upper() not in ("KST", "UTC", "GMT", "JST") and not _STAMP_TAIL_RE.match(tail) \
            and not _READ_TIME_RE.match(tail) and not _age_only(tail):
        return None
    ts = found[2]
    if ts.tzinfo is SEOUL and (ts.hour, ts.minute, ts.second) == (0, 0, 0) and ":" not in line:
        return None  # a bare date: a "today" widget, not a publish time
    return ts


# A date bar that opens on the story's age and prints its day in several forms ("3 hours 34 minutes ago Wednesday,
# January 08 2025 Jan 8, 2025 January 08, 2025 2:31 PM in News", "1시간 전 2025년 3월 4일 화요일 2025.03.04 11:15"):
# the age, then nothing but renderings of one day, weekday names and separators (an English section after "in")
_EN_AGE_RE = re.compile(r"^\d{1,3}\s+(?:second|minute|min|hour|hr|day|week|month|year)s?\b"
                        r"(?:,?\s+\d{1,3}\s+(?:second|minute|min|hour|hr|day|week|month|year)s?\b){0,3}\s+ago\b", re.I)
_KO_AGE_RE = re.compile(r"^(?:\d{1,3}\s*(?:초|분|시간|일|주|개월|달|년)\s*전|어제|그제|방금)")
_BAR_SECTION_TAIL_RE = re.compile(r"\s+in\s+[A-Z][\w&-]*(?:\s+[A-Z&][\w&-]*){0,2}$")
_BAR_FILLER_RE = re.compile(r"^[\s,.|·()/-]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[월화수목금토일](?:요일)?)?[\s,.|·()/-]*$")
MAX_DATE_BAR = 200


def _age_only(tail: str) -> bool:
    """The story's age and nothing else (``3 hours ago``, ``2 hours 5 minutes ago``, ``5시간 전``, ``어제``): what a site
    prints beside its stamp, in parentheses or after a bar (``March 4, 2025 11:15 AM (3 hours ago)``)."""
    m = _EN_AGE_RE.match(tail) or _KO_AGE_RE.match(tail)
    return m is not None and m.end() == len(tail)


def age_date_bar(line: str, english: bool = False) -> datetime | None:
    """The day of a date bar opening on the story's age (``_EN_AGE_RE``, ``_KO_AGE_RE``) and printing that day in
    several forms: the rendering with its clock, else the first; None when anything else is on the line or the
    renderings name different days."""
    if not line or len(line) > MAX_DATE_BAR or not _has_digit(line):  # (a short line: remembered)
        return None
    m = (_EN_AGE_RE if english else _KO_AGE_RE).match(line)
    if m is None:
        return None
    rest = line[m.end():]
    if english:
        rest = _BAR_SECTION_TAIL_RE.sub("", rest)
    first = clocked = None
    while rest:
        found = _timestamp_at(rest, english)
        if found is None:
            break
        if not _BAR_FILLER_RE.match(rest[:found[0]]):
            return None
        ts = found[2]
        if first is None:
            first = ts
        elif ts.date() != first.date():
            return None
        if clocked is None and ":" in rest[found[0]:found[1]]:
            clocked = ts
        rest = rest[found[1]:]
    if first is None or not _BAR_FILLER_RE.match(rest):
        return None
    return clocked or first


def byline_stamp(text: str, english: bool = False) -> datetime | None:
    """The time printed with a byline or sign-off: a bare stamp, or a date alone (``2019-08-28``).

    A date standing alone on a page is a "today" widget (``bare_stamp`` refuses it); printed with
    the reporter's name it is the article's date.
    """
    ts = bare_stamp(text, english)
    if ts is not None or not text or len(text) > 48 or _DECOY_RE.search(text):
        return ts
    found = _timestamp_at(text, english)
    if not found or text[: found[0]].strip(_SEPARATORS) or text[found[1]:].strip(_SEPARATORS):
        return None
    return found[2]


_LONE_LABEL_RE = re.compile(
    r"^(?:" + "|".join(re.escape(lab) for lab in _LABELS) + r")\s*(?:일시|시간|일자|시각)?\s*[:：|ㅣ]?$", re.I)


def is_stamp_label(line: str) -> bool:
    """A stamp label alone on its line ("수정", "Updated :"): its timestamp is on the next line."""
    return bool(line) and len(line) <= 24 and bool(_LONE_LABEL_RE.match(line.strip()))


_WEEKDAY_TAIL_RE = re.compile(
    r"^[\s,(]*(?:[월화수목금토일](?:요일)?|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\)?\s*(?:기준|현재)?$|^[\s(]*(?:기준|현재)[)\s]*$")
_YEARLESS_WIDGET_RE = re.compile(r"^\d{1,2}\s*[./월]\s*\d{1,2}\s*[.일]?\s*\(?\s*[월화수목금토일](?:요일)?\s*\)?$")
_WEEKDAY_HEAD_RE = re.compile(r"^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*")


def is_date_widget(line: str, english: bool = False) -> bool:
    """A line that is only a date (and a weekday, or "기준"/"현재"): a portal "today" widget or
    a data stamp, never a publish time and never a title."""
    if not line or len(line) > 40 or not _has_digit(line):  # (a short line: remembered)
        return False
    if _YEARLESS_WIDGET_RE.match(line):
        return True  # "11.13 (수)": month, day and weekday, no year
    s = _WEEKDAY_HEAD_RE.sub("", line) if english else line
    found = _timestamp_at(s, english)
    if not found or s[: found[0]].strip(_SEPARATORS + "오늘"):
        return False
    tail = s[found[1]:]
    if not tail.strip():
        ts = found[2]
        return (ts.hour, ts.minute, ts.second) == (0, 0, 0) and ":" not in s
    return bool(_WEEKDAY_TAIL_RE.match(tail))


def pick(stamps: list[Stamp]) -> tuple[datetime | None, datetime | None]:
    """(published, updated) from the stamps of a page, in reading order."""
    pub = [s for s in stamps if s.kind == "published"]
    upd = [s for s in stamps if s.kind == "updated"]
    published = min(pub, key=lambda s: s.rank).at if pub else None
    updated = upd[0].at if upd else None
    return published, updated


# A capture tool's own header: " date 2025-04-15 <first line of the page>" (reader-mode dumps).
_CAPTURE_DATE_RE = re.compile(r"^\s*date\s+(?P<d>\d{4}-\d{2}-\d{2})\s+")
_CAPTURE_DATE_FIRST = first_set(_CAPTURE_DATE_RE)  # what a match opens with: other lines skip the rule


def capture_date(text: str) -> tuple[datetime | None, str]:
    """The date a capture header states, and the text without that header."""
    m = _CAPTURE_DATE_RE.match(text) if text[:1] in _CAPTURE_DATE_FIRST else None
    if not m:
        return None, text
    try:
        day = datetime.fromisoformat(m["d"]).replace(tzinfo=SEOUL)
    except ValueError:
        return None, text
    return day, text[m.end():]


def trailing_stamp(line: str, english: bool = False) -> tuple[str, datetime] | None:
    """``진민지 2024. 3. 7. 16:45`` → ("진민지", ts): a timestamp with a time of day closing a short line.

    The line may end in a comment counter (``… 16:45 댓글0``); a press name in front of the
    stamp (``매체 2024.03.21 15:23 댓글0``) is the outlet's stamp line: ("", ts).
    """
    if not line or len(line) > 90:
        return None
    found = _timestamp_at(line, english)
    if not found or found[0] == 0 or not _STAMP_TAIL_RE.match(line[found[1]:].strip(_SEPARATORS)):
        return None
    ts = found[2]
    who = _BAR_I_RE.sub("", line[: found[0]].strip(_SEPARATORS))
    if ":" not in line[found[0]:found[1]] and "시" not in line[found[0]:found[1]] \
            and not (_ROLE_END_RE.search(who) and not line[found[1]:].strip(_SEPARATORS)):
        return None  # a date without its time closes a line only after a byline ("이름 기자 2024-05-03")
    if is_press_name(who):
        who = ""  # "매체 2024.03.21 15:23 댓글0": the outlet's own stamp line, no byline in it
    return who, ts


# A time of day alone on its line, under the date it belongs to ("2024-05-03" / "14:22", "May 3, 2024" / "2:22 PM")
_LONE_CLOCK_RE = re.compile(
    r"^(?:오전|오후)?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:AM|PM|am|pm|a\.m\.|p\.m\.))?(?:\s*(?:KST|UTC|GMT))?$")
SPLIT_STAMP_LINES = 40  # how far down the page a date and its time printed on two lines are joined


def join_split_stamps(items: list[str], english: bool = False) -> list[str]:
    """A date and its time of day printed on two lines (a CMS's two spans) read as one stamp line:
    ``입력 2024.05.03`` / ``14:22`` → ``입력 2024.05.03 14:22``. Only near the top of the page."""
    out: list[str] | None = None
    k = 0
    while k < min(len(items) - 1, SPLIT_STAMP_LINES):
        nxt = items[k + 1]
        if nxt[:1] in "오0123456789" and len(nxt) <= 16 and _LONE_CLOCK_RE.match(nxt):
            s = items[k]
            found = _timestamp_at(s, english) if s[-1:].isdigit() or s[-1:] == "." else None
            if found and ":" not in s and not s[found[1]:].strip(_SEPARATORS) and len(s) <= 48:
                out = out if out is not None else list(items)
                j = len(out) - (len(items) - k)
                out[j:j + 2] = [f"{s} {nxt}"]
                k += 2
                continue
        k += 1
    return out if out is not None else items


# A byline's role closing the words before a stamp: the date printed with it is the article's
_ROLE_END_RE = re.compile(r"(?:기자|특파원|통신원)$")
# A reading-time widget printed behind the stamp, glued or not: "… 3:48 am ET1min read", "· 5 min read"
_READ_TIME_RE = re.compile(r"^\d{1,2}\s*min(?:ute)?s?\.?\s+read$", re.I)
# What may follow a stamp on its line: nothing, a comment or view counter, a section name.
_COUNTER = r"(?:댓글\s*\d*|조회수?\s*[:：]?\s*[\d,]+)"
# what may close a stamp's line: nothing, a name, or a run of counters ("조회수 1,234 댓글 0")
_STAMP_TAIL_RE = re.compile(r"^(?:|" + _COUNTER + r"(?:[\s|·ㅣ]+" + _COUNTER + r")*|[가-힣]{2,4}|[A-Z][a-z]{2,12})$")
# "홍길동 기자I": a capital I standing for the bar between byline and stamp
_BAR_I_RE = re.compile(r"(?<=기자)I$")


# ---------------------------------------------------------------- an English author card

_CARD_NAME_RE = re.compile(r"^[A-Z][a-zA-Z'’.-]+(?: [A-Z][a-zA-Z'’.-]+){1,3}$")
_CARD_TIME_RE = re.compile(
    r"^(?P<H>\d{1,2}):(?P<M>\d{2})(?:\s*(?P<ap>AM|PM|am|pm))?(?:\s*(?P<tz>GMT|UTC|KST|JST|[+-]\d{2}:?\d{2}))?$")
_CARD_PLACE_RE = re.compile(r"^[A-Z][a-zA-Z.-]+(?: [A-Z][a-zA-Z.-]+){0,2}$")


def author_card(lines: list[str]) -> tuple[int, str, datetime, bool] | None:
    """An English author card: ``Name`` / ``March 28, 2018`` / ``21:58 GMT`` [/ ``New York``].

    The writer's name alone on a line, the date alone on the next, the time (and zone) alone on the
    line after, sometimes the writer's city below. Returns (lines taken, name, time, city line taken)
    or None. The name and the date alone are not enough: without its time line a "name, date" pair
    may be a caption or a list of events.
    """
    if len(lines) < 2 or not _CARD_NAME_RE.match(lines[0]) or len(lines[0]) > 40:
        return None
    joined = find_timestamp_en(lines[1])  # "March 28, 2018 21:58 GMT": the date and its time joined on one line
    if joined and joined[0] == 0 and joined[1] == len(lines[1]) and ":" in lines[1]:
        city = len(lines) > 2 and bool(_CARD_PLACE_RE.match(lines[2])) and len(lines[2]) <= 24
        return (3 if city else 2), lines[0], joined[2], city
    if len(lines) < 3:
        return None
    found = find_timestamp_en(lines[1])
    if not found or found[0] != 0 or lines[1][found[1]:].strip() or ":" in lines[1]:
        return None
    if not _CARD_TIME_RE.match(lines[2]):
        return None
    whole = f"{lines[1]} {lines[2]}"  # read as one stamp: "March 28, 2018 21:58 GMT"
    stamp = find_timestamp_en(whole)
    if not stamp or stamp[1] != len(whole):
        return None
    ts = stamp[2]
    city = len(lines) > 3 and bool(_CARD_PLACE_RE.match(lines[3])) and len(lines[3]) <= 24
    return (4 if city else 3), lines[0], ts, city


# How far below the story's end a stamp may stand: a footer prints the article's stamps before the
# site's own furniture (related links, the publisher's registration data).
FOOTER_STAMP_LINES = 12


def footer_stamps(lines: list[str], english: bool = False) -> list[Stamp]:
    """Labelled stamps printed under the story (``입력 2024.03.05 10:00 | 수정 …``), for a page that
    printed none above it. A stamp there must state a time of day and fill its line (a line of the
    publisher's data, ``등록일 2012.01.01 | 발행인 …``, is no article stamp)."""
    for s in lines:
        found, rest = scan_stamps(s, english)
        if found and not rest.strip(_SEPARATORS) and all((x.at.hour, x.at.minute, x.at.second) != (0, 0, 0) for x in found):
            return found
    return []
