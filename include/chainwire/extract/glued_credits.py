"""A writer's credit glued after a paragraph's last sentence, split from the story.

Two capture shapes join the sign-off to the sentence above it instead of printing it on its own line:

    … 떠올랐다. <홍길동 취재부 기자>                   a sign-off in angle brackets closing a paragraph
    … to EV batteries. — Jane Roe, (c) 2023 Brand LP   a dashed credit run into the site's notice

The credit is the writer (never story text); the notice, when there is one, is the page's footer and is
given back as its own line so the footer and outlet rules read it as they read any copyright line.
"""

from __future__ import annotations

import re

from .bylines import Byline, parse_signature

# A paragraph is long; a caption or a list line is short. Below this, a line is left as it is.
MIN_PARAGRAPH_CHARS = 60

# "<이름 기자>", "〈이름 취재부 기자〉", "《이름 특파원》" right after a sentence's end. Round and square
# brackets are left out: "(홍길동 기자)" closing a line is mostly a photo's credit, "[이름 기자]" a lead.
_KO_GLUED_RE = re.compile(
    r"^(?P<text>.+?(?:다|요|[.!?])[.!?]?[\"'”’)]*)\s*(?P<credit>[<〈《]\s*[가-힣]{2,4}(?:\s+[가-힣]{2,6})?\s*"
    r"(?:기자|특파원)\s*[>〉》])$", re.S)

# "… batteries. — Jane Roe, (c) 2023 Brand LP": a dash, a name of two to four capitalised words, a comma,
# then a copyright notice with its year.
_EN_NAME = r"[A-Z][a-zA-Z'’.]*(?:[ -][A-Za-z][a-zA-Z'’.]*){1,3}"
_EN_GLUED_RE = re.compile(
    rf"^(?P<text>.+?[.!?][\"'”’)]*)\s+[—–-]{{1,2}}\s*(?P<name>{_EN_NAME})\s*,\s*"
    r"(?P<notice>(?:\([cC]\)|©|ⓒ|Copyright)\s*\d{4}\b.{2,60})$", re.S)


def split_glued_credits(items: list[str], english: bool) -> tuple[list[str], list[Byline]]:
    """The page's lines with every glued credit taken off its paragraph, and the credits as bylines."""
    marks = ("(c)", "(C)", "©", "ⓒ", "Copyright") if english else ("<", "〈", "《")
    if not any(m in s for s in items for m in marks):
        return items, []
    out: list[str] = []
    credits: list[Byline] = []
    for s in items:
        if len(s) >= MIN_PARAGRAPH_CHARS and (english or s[-1] in ">〉》"):
            m = (_EN_GLUED_RE if english else _KO_GLUED_RE).match(s)
            if m is not None:
                credit = _credit(m, english)
                if credit is not None:
                    credits.append(credit)
                    out.append(m["text"].rstrip())
                    if english:
                        out.append(m["notice"].strip())
                    continue
        out.append(s)
    return out, credits


def _credit(m: re.Match, english: bool) -> Byline | None:
    if english:
        return Byline(None, [m["name"]], [""], "", None)
    sig = parse_signature(m["credit"])
    return sig if sig is not None and sig.reporters else None
