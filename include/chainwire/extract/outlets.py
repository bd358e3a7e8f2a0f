"""Outlet registry: which outlet a URL or page belongs to, and the outlet's own article id.

Rules as data: adding an outlet is one entry here (plus a profile module when its
page layout needs one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Outlet:
    name: str  # our outlet key, e.g. newspim
    domains: tuple[str, ...]  # registrable domains (host aliases www./m./member./… fold onto these)
    article_id: re.Pattern | None = None  # group 1 = the outlet's article id, searched in path+query
    brands: tuple[str, ...] = ()  # how the outlet names itself on the page (dateline brand, copyright)
    language: str = "ko"


OUTLETS: tuple[Outlet, ...] = (
    Outlet("newspim", ("newspim.com",), re.compile(r"(?:newsId=|/view/|/news/)(\d{14})"), ("뉴스핌", "Newspim")),
    Outlet("yonhap", ("yna.co.kr",), re.compile(r"/view/(AKR\d{14,})"), ("연합뉴스",)),
    Outlet("newsis", ("newsis.com",), re.compile(r"(NISX\d{8}_\d{10})"), ("뉴시스",)),
    Outlet("yonhap_en", ("en.yna.co.kr",), re.compile(r"/view/(AEN\d{14,})"), ("Yonhap",), "en"),
    Outlet("koreaherald", ("koreaherald.com",), re.compile(r"(?:ud=|/article/)(\d{7,})"), ("The Korea Herald",), "en"),
    Outlet("koreatimes", ("koreatimes.co.kr",), re.compile(r"/(\d{8,})\.html|/(\d{8,})$"), ("The Korea Times",), "en"),
    Outlet("thepublic", ("thepublic.kr",), re.compile(r"idxno=(\d+)"), ("더퍼블릭",)),
)

_HOST_PREFIX = re.compile(r"^(?:www|m|member|ir|search|mobile|amp)\.")


def host_of(url: str | None) -> str | None:
    if not url:
        return None
    host = (urlsplit(url.strip()).hostname or "").lower()
    return _HOST_PREFIX.sub("", host) or None


def outlet_for_url(url: str | None) -> Outlet | None:
    host = host_of(url)
    if not host:
        return None
    # Longest domain first so en.yna.co.kr wins over yna.co.kr.
    for o in sorted(OUTLETS, key=lambda o: -max(len(d) for d in o.domains)):
        if any(host == d or host.endswith("." + d) for d in o.domains):
            return o
    return None


def outlet_article_id(outlet: Outlet | None, url: str | None) -> str | None:
    if outlet is None or outlet.article_id is None or not url:
        return None
    parts = urlsplit(url)
    m = outlet.article_id.search(f"{parts.path}?{parts.query}")
    if not m:
        return None
    return next(g for g in m.groups() if g)


def outlet_name_for_url(url: str | None) -> str | None:
    """Known outlet key, else the host's registrable name (koreajoongangdaily.joins.com → joins)."""
    o = outlet_for_url(url)
    if o:
        return o.name
    host = host_of(url)
    if not host:
        return None
    labels = host.split(".")
    if len(labels) >= 3 and labels[-2] in {"co", "or", "go", "ac", "ne", "com"}:
        return labels[-3]
    return labels[-2] if len(labels) >= 2 else labels[0]
