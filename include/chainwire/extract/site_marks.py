"""What a site prints about itself around the story, as printed: the masthead title of its legal footer, the
browser title's suffix, and a reader capture's own addresses.

Three forms of one closed vocabulary, the same on every site (knowledge of how news sites are built, no page's
shape): a Korean periodical's legal footer names its masthead title after a label (``제호 : 가상일보 | 등록번호 : …
| 발행인 : …``); a captured ``<title>`` is the headline, a separator and the site's name (``헤드라인 - 가상일보``,
``Title: Headline | Example Times``); a reader-mode capture keeps the page's address (``URL Source: https://…``)
and the site's links to its own home page (``[![logo](…)](https://www.example.co.kr/)``). These functions only
find what is printed; :mod:`chainwire.extract.outlets` decides whether it names an outlet.
"""

from __future__ import annotations

import re

# The labels of the masthead title in a Korean legal footer ("상호"/"법인명" name the company, often not the title)
MASTHEAD_LABELS = ("제호", "신문사명", "매체명", "언론사명", "사이트명")
# The other labels of the same footer: one of them on the page makes a masthead label a footer's, not prose's
REGISTRATION_LABELS = ("등록번호", "등록일", "발행인", "편집인", "발행일")
_FIELD_SEPARATORS = "|/·•"
_MASTHEAD_RE = re.compile(r"(?:^|[" + _FIELD_SEPARATORS + r"])[ \t]*(?:" + "|".join(MASTHEAD_LABELS)
                          + r")(?:[ \t]*[:：][ \t]*|[ \t]+)(?P<name>[^" + _FIELD_SEPARATORS + r":：\n]{2,30}?)"
                          r"(?=[ \t]*(?:$|[" + _FIELD_SEPARATORS + r"]))", re.M)


def masthead_names(text: str) -> list[tuple[str, int]]:
    """(title, position) of each masthead label of a legal footer (``제호: 가상일보``), when the page also prints a
    registration label (``REGISTRATION_LABELS``); else none."""
    if not any(label in text for label in MASTHEAD_LABELS) or not any(label in text for label in REGISTRATION_LABELS):
        return []
    return [(m.group("name").strip(), m.start("name")) for m in _MASTHEAD_RE.finditer(text)]


# "[Title: ]headline <sep> name": the separator a browser title puts between the headline and the site's name;
# the head is greedy, so the name is what follows the last separator ("A - B - 매체" → "매체")
_TITLE_SEPARATOR = r"[ \t]+(?:[-|–—»«]|::)[ \t]+"  # "-", "|", dashes, "»", "«", "::" (k2, session 14: the last three)
_TITLE_SUFFIX_RE = re.compile(r"^[ \t]*(?:Title:[ \t]*)?(?P<head>[^\n]{8,200})" + _TITLE_SEPARATOR
                              + r"(?P<name>[^\n|–—»«]{2,30}?)[ \t]*$")
# the site's name first ("가상일보 | 헤드라인", "Example Times - Headline"): the name is the shortest text before a separator
_TITLE_PREFIX_RE = re.compile(r"^[ \t]*(?:Title:[ \t]*)?(?P<name>[^\s|–—»«:][^\n|–—»«:]{1,29}?)" + _TITLE_SEPARATOR
                              + r"(?P<head>[^\n]{8,200}?)[ \t]*$")
# a CMS's section path between the headline and the site's name ("헤드라인 < 산업 < 기사본문 - 가상일보")
_CRUMB_TAIL_RE = re.compile(r"(?:[ \t]*<[ \t]*[^<>|\n]{1,20})+$")
TITLE_LINES = 1  # a capture prints the document's title first: its first non-blank line


def title_suffix_names(text: str) -> list[tuple[str, int]]:
    """(name, position) of the page's first non-blank line (``TITLE_LINES``) when it is another line of the page
    (the headline, perhaps with a CMS's section path after it) and a separator and a name, or the name, a separator
    and the headline: the site's name around its headline."""
    found: list[tuple[str, int]] = []
    lines: set[str] | None = None
    pos, seen = 0, 0
    while seen < TITLE_LINES and pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if line.strip():
            seen += 1
            for rule in (_TITLE_SUFFIX_RE, _TITLE_PREFIX_RE):
                m = rule.match(line)
                if m is None:
                    continue
                head = m.group("head").strip()
                if "<" in head:
                    head = _CRUMB_TAIL_RE.sub("", head).strip()
                if head == line.strip() or text.find(head, end) < 0:
                    continue  # the head is not printed again below the title line
                if lines is None:
                    lines = {ln.strip() for ln in text.splitlines()}
                if head in lines:
                    found.append((m.group("name").strip(), pos + m.start("name")))
                    break
        pos = end + 1
    return found


# Hosts a capture links to that are never the page's own site: share buttons, portals, app stores, search
SHARE_HOSTS = frozenset({
    "facebook.com", "twitter.com", "x.com", "instagram.com", "youtube.com", "youtu.be", "linkedin.com",
    "pinterest.com", "t.me", "telegram.me", "kakao.com", "band.us", "naver.com", "naver.me", "daum.net", "nate.com",
    "zum.com", "google.com", "apple.com", "tiktok.com", "threads.net", "line.me", "whatsapp.com", "reddit.com",
    "msn.com", "yahoo.com", "bing.com", "flipboard.com", "addtoany.com", "wordpress.com", "wp.com",
})
_URL_SOURCE_RE = re.compile(r"^[ \t]*URL Source:[ \t]*https?://([A-Za-z0-9.-]+\.[A-Za-z]{2,})", re.M)
# a markdown link (or a linked logo image) to a site's home page: the address ends on its host
_HOME_LINK_RE = re.compile(r"\]\(https?://([A-Za-z0-9.-]+\.[A-Za-z]{2,})/?\)")


# The story's own address after a label naming it so (k2, session 16): "기사주소 https://…", "단축 URL : https://…",
# "Permalink: https://…", "Article link: https://…" (a source's or a report's address has other labels: "출처", "Read …")
_OWN_URL_LABELS = ("기사주소", "기사 주소", "기사URL", "기사 URL", "단축URL", "단축 URL", "Permalink", "permalink",
                   "Article link", "Article URL", "Story link", "Short link", "Short URL")
_LABELLED_URL_RE = re.compile(r"^[ \t]*(?:" + "|".join(re.escape(label) for label in _OWN_URL_LABELS) + r")[ \t]*[:：]?[ \t]*"
                              r"https?://([A-Za-z0-9.-]+\.[A-Za-z]{2,})(?:[/?#][^\s]*)?[ \t]*$", re.M)


def own_site_hosts(text: str, head_end: int) -> list[str]:
    """Hosts a capture names as its own site, strongest first: the ``URL Source:`` line, a label naming the story's
    own address (``기사주소``, ``Permalink``), then the hosts of links to a site's home page printed above ``head_end``
    (the story's first line), share and portal hosts left out."""
    hosts = [m.group(1) for m in _URL_SOURCE_RE.finditer(text)] if "URL Source:" in text else []
    if "://" in text and ("URL" in text or "주소" in text or "link" in text):  # in every label of _OWN_URL_LABELS
        hosts += [m.group(1) for m in _LABELLED_URL_RE.finditer(text)]
    if "](http" in text[:head_end]:
        hosts += [m.group(1) for m in _HOME_LINK_RE.finditer(text, 0, head_end)]
    out = []
    for h in hosts:
        h = h.lower().removeprefix("www.")
        if not any(h == s or h.endswith("." + s) for s in SHARE_HOSTS) and h not in out:
            out.append(h)
    return out
