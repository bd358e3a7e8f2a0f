"""The made-up Korean and English page the extraction-form tests (``test_extract_forms_*``) build on: a head
(outlet, headline, stamp, byline) and a three-sentence story, every word invented for the tests."""

from __future__ import annotations

from datetime import date

from chainwire.extract import parse_text_page

HEAD_KO = "누리일보\n누리시, 해안에 저장장치 4곳 짓는다\n입력 2025.03.04 11:15\n박누리 기자\n"
STORY_KO = ["누리시가 해안 네 곳에 대규모 에너지저장장치를 짓는다고 4일 밝혔다.",
            "저장장치가 모두 들어서면 30만 가구가 네 시간 동안 쓸 수 있는 전력을 담을 수 있다.",
            "시 관계자는 \"출력 제한을 줄일 수 있다\"고 말했다."]
HEAD_EN = "Harbor Courier\nInvented grid operator plans storage along the coast\nBy Ann Lee\nMarch 4, 2025 11:15 AM\n"
STORY_EN = ["An invented grid operator said on Tuesday it would build battery storage at four coastal sites.",
            "The sites would hold enough power for about 300,000 homes for four hours, it said.",
            "\"Storage lets the coast take more wind power,\" a spokesperson said."]


def parse(text: str):
    """The page as a text dump landing on 2025-03-06."""
    return parse_text_page(text, "x.txt", landing_date=date(2025, 3, 6))
