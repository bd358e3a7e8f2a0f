"""bench/realpages/templates.py names the CMS template of a page by its URL alone (made-up URLs only)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench" / "realpages"))

from templates import OTHER, template_of  # noqa: E402

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("url", "family"), [
    ("https://www.harbour-daily.example/news/articleView.html?idxno=12345", "articleView?idxno"),
    ("https://m.harbour-daily.example/news/articleViewAmp.html?idxno=12345", "articleView?idxno"),
    ("http://old-gazette.example/?mod=news&act=articleView&idxno=77", "articleView?idxno"),
    ("https://river-times.example/news/article.html?no=998", "article.html?no"),
    ("https://river-times.example/mobile/article.html?no=998", "article.html?no"),
    ("https://board-news.example/bbs/board.php?bo_table=news&wr_id=3", "board.php"),
    ("https://blog-wire.example/?p=27066", "wordpress"),
    ("https://valley-post.example/news/view.php?idx=55", "view.php"),
    ("https://east-econ.example/News/NewsView?articleId=2024", "aspx NewsView"),
    ("https://north-daily.example/news/view/1065583939", "view/N"),
    ("https://north-daily.example/view/AKR2023", "view/N"),
    ("https://south-post.example/article/565964", "article/N"),
    ("https://tiny-news.example/204812", "numeric path"),
    ("https://world-wire.example/business/ports-reopen-after-the-storm", "slug path"),
    ("https://world-wire.example/tags/", OTHER),
    (None, OTHER),
])
def test_template_family_of_url(url, family):
    assert template_of(url) == family
