"""Expectation suites, defined in code and versioned with it.

Each expectation carries a severity in ``meta``:
- ``row``: failing rows go to core.quarantine and stay out of the clean tables;
- ``critical``: the whole partition is wrong; the run fails naming the rule;
- ``warning``: recorded and shown, never fatal.
"""

from __future__ import annotations

import great_expectations as gx

from chainwire.extract.article import PUBLISHED_AT_SOURCES
from chainwire.schemas import ARTICLES

E = gx.expectations

# Page-chrome markers that must never survive into an article body.
CHROME_MARKERS = r"기사입력 ?:|최종수정 ?:|무단전재|Top으로 이동|본문 글자 크기|번역할 언어 선택|결과물 출력을 준비"


def _m(severity: str, why: str) -> dict:
    return {"severity": severity, "why": why}


def articles_expectations() -> list:
    return [
        E.ExpectTableColumnsToMatchOrderedList(
            column_list=ARTICLES.columns, meta=_m("critical", "partition schema matches the pyarrow definition")),
        E.ExpectColumnValuesToBeUnique(column="article_id", meta=_m("critical", "one row per article per day")),
        E.ExpectColumnValuesToNotBeNull(column="article_id", meta=_m("critical", "every row is identified")),
        E.ExpectColumnValuesToNotBeNull(column="title", meta=_m("row", "a story without a headline is a parse failure")),
        E.ExpectColumnValueLengthsToBeBetween(
            column="title", min_value=4, max_value=300, meta=_m("row", "headline length plausible")),
        E.ExpectColumnValuesToNotBeNull(column="body_text", meta=_m("row", "a story needs a body")),
        E.ExpectColumnValueLengthsToBeBetween(
            column="body_text", min_value=40, max_value=200_000, meta=_m("row", "body length plausible")),
        E.ExpectColumnValuesToNotMatchRegex(
            column="body_text", regex=CHROME_MARKERS, meta=_m("row", "body free of page chrome")),
        E.ExpectColumnValuesToNotBeNull(column="published_at", meta=_m("row", "every story is dated")),
        E.ExpectColumnValuesToBeInSet(
            column="published_at_source", value_set=list(PUBLISHED_AT_SOURCES),
            meta=_m("row", "date evidence is one of the known sources")),
        E.ExpectColumnValuesToBeInSet(column="language", value_set=["ko", "en"], meta=_m("warning", "known language")),
    ]
