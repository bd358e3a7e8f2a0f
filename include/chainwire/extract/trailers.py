"""What a site glues after the story's last sentence, on the same line.

A capture that joins the story's last paragraph with the page's next element leaves the site's lines
on the story's last line: a copyright notice (``… batteries. — NAME, (c) 2023 Brand LP``), the story's
hashtags (``… response. #Tag #OtherTag``), a capitals tag that signs the story (``… 밝혔다. EP``). They
are known by their form and their place — after a sentence's end, at the line's end, no sentence of
their own — not by the site: the sentence before them stays, the trailer is furniture.
"""

from __future__ import annotations

import re
from typing import NamedTuple

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
    at = max(line.rfind(mark, max(0, len(line) - TRAILER_MAX)) for mark in COPYRIGHT_MARKS)
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
