"""Which news-site template (CMS) a real page comes from, read off its URL.

Korean news sites run on a handful of CMS products; a page's URL shape names the product (the
article view script and its id parameter), and a text capture keeps that template's stamp line,
byline layout and furniture whatever the outlet. Grouping the corpus by template shows which
template's structure the parser reads badly on several outlets at once (issue #12, session 10).

The families are data (``TEMPLATES``): the first pattern matching the URL's path and query names
the family; a URL no pattern matches is ``other``. The grouping uses the URL alone (never the page
text), so it can be printed for held-out pages without reading them.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# (family, pattern on "path?query") — order matters: the first match wins.
TEMPLATES: tuple[tuple[str, str], ...] = (
    # the most common Korean news CMS: /news/articleView.html?idxno=N (and its AMP and list views)
    ("articleView?idxno", r"/news/articleView(?:Amp)?\.html\?(?:.*&)?idxno=|act=articleView&idxno="),
    # /news/article.html?no=N and its mobile copy /mobile/article.html?no=N
    ("article.html?no", r"/(?:news|mobile)/article\.html\?(?:.*&)?no="),
    # a board CMS (gnuboard) used as a news site: /bbs/board.php?bo_table=…&wr_id=N
    ("board.php", r"/bbs/board\.php\?"),
    # WordPress: ?p=N
    ("wordpress", r"^/?\?(?:.*&)?p=\d+"),
    # PHP view scripts: view.php?idx=/no=/ud=/key=/bIdx=, newsview.php?ncode=, print.php?aid=
    ("view.php", r"(?:view|newsview|print|sub_view)\.(?:php|asp)\?"),
    # ASP.NET news views: /News/NewsView?articleId=, /Home/NewsView, /News/Read?newsId=, View.aspx?No=
    ("aspx NewsView", r"/(?:News|Home)/(?:NewsView|Read)|View\.aspx\?|/NewsView/"),
    # the path's last segment a number under a view word: /news/view/N, /view/N, /page/view/N, /newsView/N
    ("view/N", r"/(?:news|page|news-amp|amp|ampView|ampNews|newsView|view|v)/[A-Z]*\d"),
    # .html views with a numeric id in the query: view.html?no=, summary.html?nid=, view_amp.html?ar_id=
    ("view.html?id", r"/(?:view|summary|view_amp)\.html\?"),
    # articles numbered in the path: /article/N, /articles/N, /NewsArticle/N, /news/…/N.html
    ("article/N", r"/(?:article|articles|Article|NewsArticle|news|arti)/(?:[\w.-]+/)*[A-Za-z]*\d{4,}"),
    # a bare number as the whole path: /N
    ("numeric path", r"^/\d+/?$"),
    # English-language sites: the headline as a hyphenated slug in the path
    ("slug path", r"/[A-Za-z0-9]+(?:-[A-Za-z0-9]+){3,}"),
)
_COMPILED = tuple((name, re.compile(pattern)) for name, pattern in TEMPLATES)
OTHER = "other"


def template_of(url: str | None) -> str:
    """The template family of a page's URL (``other`` when no pattern matches or no URL)."""
    if not url:
        return OTHER
    parts = urlsplit(url)
    where = parts.path + ("?" + parts.query if parts.query else "")
    for name, pattern in _COMPILED:
        if pattern.search(where):
            return name
    return OTHER
