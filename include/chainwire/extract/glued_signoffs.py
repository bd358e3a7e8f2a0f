"""A writer's sign-off in brackets glued after a paragraph's last sentence, split from the story.

A capture may join the sign-off to the sentence above it instead of printing it on its own line:

    … 떠올랐다. <홍길동 취재부 기자>           a sign-off in angle (or square) brackets closing a paragraph

The sign-off is the writer, never story text. (A copyright notice glued after the last sentence, with an
English writer's ``— NAME,`` before it, is ``trailers.glued_notice``'s.)
"""

from __future__ import annotations

import re

from .bylines import Byline, parse_signature

# A paragraph is long; a caption or a list line is short. Below this, a line is left as it is.
MIN_PARAGRAPH_CHARS = 60

# "<이름 기자>", "〈이름 취재부 기자〉", "《매체 이름·이름 특파원》", "[이름 기자 e-mail]" right after a sentence's
# end. Round brackets are left out: "(홍길동 기자)" closing a line is mostly a photo's credit; a task before the
# name ("사진=", "글·사진") is too: the bracket holds names, a desk word or brand, the role and an e-mail only.
_CLOSERS = ">〉》]"
_NAMES = r"[가-힣]{2,4}(?:\s*[·ㆍ,]\s*[가-힣]{2,4})*"
_GLUED_SIGNOFF_RE = re.compile(
    r"^(?P<text>.+?(?:다|요|[.!?])[.!?]?[\"'”’)]*)\s*(?P<credit>[<〈《\[]\s*(?:[가-힣]{2,8}\s+)?" + _NAMES
    + r"(?:\s+[가-힣]{2,6})?\s*(?:기자|특파원)(?:\s+[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+)?\s*[>〉》\]])$", re.S)


def split_glued_signoffs(items: list[str]) -> tuple[list[str], list[Byline]]:
    """The page's lines with every glued sign-off taken off its paragraph, and the sign-offs as bylines."""
    if not any(_may_close_on_signoff(s) for s in items):
        return items, []
    out: list[str] = []
    signoffs: list[Byline] = []
    for s in items:
        m = _GLUED_SIGNOFF_RE.match(s) if _may_close_on_signoff(s) else None
        sig = parse_signature(m["credit"]) if m is not None else None
        if m is None or sig is None or not sig.reporters:
            out.append(s)
            continue
        signoffs.append(sig)
        out.append(m["text"].rstrip())
    return out, signoffs


def _may_close_on_signoff(s: str) -> bool:
    return len(s) >= MIN_PARAGRAPH_CHARS and s[-1] in _CLOSERS and ("기자" in s or "특파원" in s)
