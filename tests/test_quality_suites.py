"""The articles suite: a row whose parser raised is quarantined, the others pass."""

from __future__ import annotations

from datetime import UTC, date, datetime

from chainwire import lake
from chainwire.schemas import ARTICLES


def _article(i: int, parser_error: str | None = None) -> dict:
    return {
        "article_id": f"newspim:2026110200000{i}", "landing_date": date(2026, 11, 2), "outlet": "newspim",
        "title": f"반도체 수출 규제 강화 {i}", "title_source": "page",
        "published_at": datetime(2026, 11, 2, 0, 15, tzinfo=UTC), "published_at_source": "page_field",
        "published_at_confidence": 1.0, "reporters": ["김가온"], "reporter_roles": ["기자"],
        "reporter_emails": ["kim@newspim.com"], "language": "ko", "paragraph_count": 1,
        "body_text": "정부가 반도체 소재 수출 규제를 강화한다고 2일 밝혔다. 업계는 공급망 영향을 점검하고 있다.",
        "warnings": [], "parser_error": parser_error, "raw_path": f"2026-11-02/np-{i}.txt", "parser": "test@0",
    }


def test_a_row_whose_parser_raised_is_quarantined_by_a_row_rule(tmp_path):
    from chainwire.quality.validate import gx_context, validate_frame

    frame = lake.to_arrow(ARTICLES, [_article(1), _article(2, "IndexError: list index out of range"),
                                     _article(3)]).to_pandas()
    with gx_context(tmp_path / "gx") as ctx:
        out = validate_frame(ctx, "articles", frame, run_name="2026-11-02")
    assert out.quarantined == {1: ["expect_column_values_to_be_null(parser_error)"]}
    assert out.critical_failures == []
    rule = next(r for r in out.results if r["expectation"] == "expect_column_values_to_be_null(parser_error)")
    assert rule["severity"] == "row" and rule["unexpected_count"] == 1
