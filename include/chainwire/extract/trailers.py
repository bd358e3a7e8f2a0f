"""What a site glues after the story's last sentence, on the same line.

A capture that joins the story's last paragraph with the page's next element leaves the site's lines
on the story's last line: a copyright notice (``… batteries. — NAME, (c) 2023 Brand LP``), the story's
hashtags (``… response. #Tag #OtherTag``), a capitals tag that signs the story (``… 밝혔다. EP``). They
are known by their form and their place — after a sentence's end, at the line's end, no sentence of
their own — not by the site: the sentence before them stays, the trailer is furniture.
"""

from __future__ import annotations

import re
from itertools import repeat
from typing import NamedTuple

from .dates import MONTH_NAME

# Where a copyright notice opens: its mark, after a word or a bracket that may open it ("Copyright ©",
# "<저작권자 ⓒ …>", "〈ⓒ 매체 …〉"); the words alone are a sentence's words as often
COPYRIGHT_MARKS = ("ⓒ", "©", "(c)", "(C)")
_NOTICE_OPENERS = ("Copyright", "COPYRIGHT", "저작권자")
TRAILER_MAX = 100  # characters of a notice glued after the story (a site's notice is one short clause)
TRAILER_TEXT_MIN = 40  # characters of story before it (shorter: a caption's credit, which captions.py reads)
_SENTENCE_END_RE = re.compile(r"(?:[.!?…]|[가-힣]다\.?)[\"'”’)\]]*$")
_OPEN_BRACKETS = "<[(〈【"
# "— NAME," between the story and the notice: a syndicated story's writer signing it off
_SIGNER_RE = re.compile(r"\s[–—-]\s*(?P<name>[A-Z][a-z'-]+(?:\s[A-Z][a-z'-]+){1,2}),?$")
_NOTICE_TERMS_RE = re.compile(r"\b(?:19|20)\d\d\b|무단|재배포|[Aa]ll [Rr]ights|[Rr]eserved")
_HASHTAG_TAIL_RE = re.compile(r"\s+#[^\s#]+(?:\s+#[^\s#]+)*$")
_CAPS_TAG_TAIL_RE = re.compile(r"\s+[A-Z]{2,4}$")
# a sentence inside the notice ("… LP. The company said …"): no notice, the story goes on
_SENTENCE_IN_RE = re.compile(r"[a-z가-힣][.!?]\s+\S")


class Trailer(NamedTuple):
    text: str  # the story's line without the trailer
    signer: str | None  # the writer named before a copyright notice


def _story_before(head: str) -> bool:
    return len(head) >= TRAILER_TEXT_MIN and _SENTENCE_END_RE.search(head) is not None


def glued_notice(line: str) -> Trailer | None:
    """The story's line and its writer when ``line`` ends on a copyright notice or on hashtags glued after a
    sentence's end; None otherwise (a notice alone on its line is the footer, read elsewhere)."""
    if "#" in line[-TRAILER_MAX:]:
        m = _HASHTAG_TAIL_RE.search(line)
        if m is not None and _story_before(line[: m.start()]):
            return Trailer(line[: m.start()].rstrip(), None)
    at = max(map(line.rfind, COPYRIGHT_MARKS, repeat(max(0, len(line) - TRAILER_MAX), len(COPYRIGHT_MARKS))))
    if at <= 0 or _SENTENCE_IN_RE.search(line, at):
        return None
    notice = line[at:]
    if _SENTENCE_END_RE.search(notice) and "reserved" not in notice.lower():
        return None  # "(c)항에 따라 …했다.": a clause of the story ends on a sentence, a notice does not
    head = line[:at].rstrip().rstrip(_OPEN_BRACKETS).rstrip()
    opened = False
    for opener in _NOTICE_OPENERS:
        if head.endswith(opener):
            head, opened = head.removesuffix(opener).rstrip().rstrip(_OPEN_BRACKETS).rstrip(), True
    signer = _SIGNER_RE.search(head)
    if signer is not None:
        head = head[: signer.start()].rstrip()
    # a photo's credit reads "… on Thursday. © Agency": a notice names its year, its terms, or opens on its word
    if not (opened or signer is not None or _NOTICE_TERMS_RE.search(notice)) or not _story_before(head):
        return None
    return Trailer(head, signer["name"] if signer is not None else None)


def without_caps_tag(line: str) -> str:
    """The story's last line without a capitals tag signing it after its last sentence (``… 밝혔다. EP``)."""
    if not line[-1:].isupper():
        return line
    m = _CAPS_TAG_TAIL_RE.search(line)
    if m is None or not _story_before(line[: m.start()]):
        return line
    return line[: m.start()].rstrip()


# ---------------------------------------------------------------- lines a site prints under the story

# What a page's widgets leave on their own lines under the story's last paragraph — a date alone (the
# site's "today" bar), a comment or like counter (a label and a number), the site's bare address, a
# menu's dots — carries no word of a story. Known by the line's whole form, never by a site's words.
_WEEKDAY_EN = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+"
_DATE_ALONE_RE = re.compile(
    r"^(?:" + _WEEKDAY_EN + r")?(?:\d{1,2}\s+" + MONTH_NAME + r",?\s+\d{4}|" + MONTH_NAME + r"\s+\d{1,2},?\s+\d{4}"
    r"|\d{4}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}\.?|\d{4}년\s*\d{1,2}월\s*\d{1,2}일(?:\s*\(?[월화수목금토일](?:요일)?\)?)?)$")
# "전체댓글 0", "댓글 3", "Comments (0)", "좋아요 12": one or two words, then a count, nothing else
_COUNTER_RE = re.compile(r"^[^\W\d_]{1,10}(?:\s[^\W\d_]{1,10})?\s*[(\[]?\d{1,5}[)\]]?$")
COUNTER_MAX = 16  # characters of a counter line
_SITE_ADDRESS_RE = re.compile(r"^(?:https?://)?(?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,}/?$", re.I)
MARKS_MAX = 5  # characters of a line of marks alone ("⁞", "···")


def closing_widget(line: str) -> bool:
    """``line`` is a widget's line under the story (a date alone, a counter, the site's address, a run of
    marks), not the story's: what a capture cut mid-sentence leaves (``… 국가첨단``) has a sentence's words."""
    s = line.strip()
    if not s:
        return False
    if len(s) <= MARKS_MAX and not any(c.isalnum() for c in s):
        return True
    if len(s) <= COUNTER_MAX and _COUNTER_RE.match(s):
        return True
    return bool(_SITE_ADDRESS_RE.match(s) or _DATE_ALONE_RE.match(s))
