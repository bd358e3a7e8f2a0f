"""The headline of last resort: where a capture shows none, the best title the evidence allows.

Order: the title on the page (found by the profiles, ``title_source = page``), then a title the
crawler recorded beside the page (sidecar / JSONL ``title``, ``metadata``), then the lead
sentence (``lead_sentence``). Inferred titles are flagged so the quality suite can warn about
them instead of quarantining an otherwise good article.
"""

from __future__ import annotations

import re

from .article import Article

MAX_INFERRED = 120  # characters: a headline-sized cut of a long lead sentence
_SENTENCE_END_RE = re.compile(r"(?<=[다요음함임까죠][.!?])\s|(?<=[a-z0-9\"')][.!?])\s+(?=[A-Z\"“])")
_WS = re.compile(r"\s+")


def lead_sentence(paragraphs: list[str]) -> str | None:
    """First sentence of the first paragraph, cut at a word boundary to MAX_INFERRED characters."""
    for p in paragraphs:
        text = _WS.sub(" ", p).strip()
        if not text:
            continue
        m = _SENTENCE_END_RE.search(text)
        sent = text[: m.start()].strip() if m else text
        if len(sent) > MAX_INFERRED:
            cut = sent[:MAX_INFERRED]
            sent = cut[: cut.rfind(" ")] if " " in cut[MAX_INFERRED // 2:] else cut
        return sent or None
    return None


def settle_title(article: Article, recorded_title: object = None) -> None:
    """Give ``article`` a title and a ``title_source`` (in place)."""
    if article.title:
        article.title_source = article.title_source or "page"
        return
    if isinstance(recorded_title, str) and recorded_title.strip():
        article.title, article.title_source = _WS.sub(" ", recorded_title).strip(), "metadata"
        article.warnings.append("no headline on the page: title from the crawler record")
        return
    inferred = lead_sentence(article.paragraphs)
    if inferred:
        article.title, article.title_source = inferred, "lead_sentence"
        article.warnings.append("no headline on the page: title inferred from the lead sentence")
