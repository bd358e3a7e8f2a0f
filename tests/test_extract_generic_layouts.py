"""Layout conventions of the wider press in the generic profiles, on invented pages.

Every line here is made up for the test: a share widget above the story, captions printed twice
(alt text, then caption), a related-article box inside the story, an agency credit closing it.
"""

from __future__ import annotations

from datetime import date

import pytest

from chainwire.extract import parse_text_page

pytestmark = pytest.mark.unit  # make test-fast

LEAD_KO = "정부는 25일 가상의 공급망 안정 대책을 발표하고 핵심 품목의 비축 물량을 늘리겠다고 밝혔다. 대책에는 여러 지원 방안이 담겼다."
SECOND_KO = "가상의 업계는 이번 대책이 현장의 어려움을 덜어 줄 것으로 기대한다고 말했다. 세부 지원 기준은 다음 달에 나온다."
THIRD_KO = "정부는 분기마다 점검 회의를 열어 대책의 효과를 살펴볼 계획이라고 덧붙였다."


def parse(text: str):
    return parse_text_page(text, "x.txt", landing_date=date(2024, 6, 28))


def test_share_widget_above_the_story_does_not_end_it_and_doubled_captions_stay_out():
    text = "\n".join([
        "가상의 공급망 대책 발표",
        "상태바",
        "가상의 공급망 대책 발표",
        "  • 홍길동 기자",
        "  • 승인 2024.01.25 09:20",
        "이 기사를 공유합니다",
        "",
        "가상 창고에 쌓인 물품",
        "가상 창고에 쌓인 물품",
        "",
        LEAD_KO,
        "",
        SECOND_KO,
        "",
        "점검 중인 가상 물품",
        "점검 중인 가상 물품",
        "",
        THIRD_KO,
    ]) + "\n"
    a = parse(text)
    assert a.title == "가상의 공급망 대책 발표"
    assert a.paragraphs == [LEAD_KO, SECOND_KO, THIRD_KO]
    assert a.subtitle_lines == []  # the doubled caption above the story is no deck line


LEAD_EN = ("The made-up ministry said on Thursday it would widen its stockpile of imaginary minerals, "
           "adding two more warehouses to the network it runs across the country.")
SECOND_EN = ("Officials said the plan would be reviewed every quarter and that companies could apply for "
             "support under the same rules as last year, with a new window opening in the spring.")
THIRD_EN = ("Analysts at an invented research house said the move would ease worries among factories "
            "that rely on a single supplier, though prices may stay high for some months.")


def test_related_article_box_inside_an_english_story_is_skipped():
    text = "\n".join([
        "Made-up ministry widens its mineral stockpile",
        "Published: 22 Jun. 2025, 19:26",
        LEAD_EN,
        "Related Article",
        SECOND_EN,
        THIRD_EN,
        "– AFP",
    ]) + "\n"
    a = parse(text)
    assert a.paragraphs == [LEAD_EN, SECOND_EN, THIRD_EN]  # neither the box head nor the agency credit


def test_related_articles_list_still_ends_the_story():
    text = "\n".join([
        "Made-up ministry widens its mineral stockpile",
        "Published: 22 Jun. 2025, 19:26",
        LEAD_EN,
        SECOND_EN,
        "Related Article",
        "Another invented headline about ports",
        "A third invented headline about chips",
    ]) + "\n"
    a = parse(text)
    assert a.paragraphs == [LEAD_EN, SECOND_EN]
