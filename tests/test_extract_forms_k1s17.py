"""Where the story starts under captions of known forms, on invented pages (issue #12, session 17, k1).

Every line here is made up for the test: a photo's caption placing the people in the picture ("(왼쪽)", "(left)"),
printed once or twice over the story, and the pages where such a line must stay the story.
"""

from __future__ import annotations

import pytest

from made_up_page import HEAD_EN, HEAD_KO, STORY_EN, STORY_KO, parse

pytestmark = pytest.mark.unit  # make test-fast

FOOT = "Copyright Harbor Courier. All rights reserved."


@pytest.mark.parametrize("caption", [
    "김누리 누리시 부시장(왼쪽)이 3일 시청에서 업체 대표와 협약서를 교환하고 있다.",
    "박누리 대표(가운데)와 직원들이 3일 준공식에서 테이프를 자르고 있다.",
    "이해안 본부장(앞줄 왼쪽 두 번째)이 참석자들과 기념 촬영을 하고 있다.",
])
@pytest.mark.parametrize("twice", [False, True])
def test_a_korean_caption_placing_people_over_the_story_is_not_its_start(caption, twice):
    page = HEAD_KO + caption + "\n" + (caption + "\n" if twice else "") + "\n".join(STORY_KO) + "\n" + FOOT + "\n"
    art = parse(page)
    assert art.paragraphs == STORY_KO
    assert [c.text for c in art.photo_captions] == [caption]
    assert art.subtitle_lines == []


@pytest.mark.parametrize("caption", [
    "The operator's chief executive (left) and the mayor tour a coastal site on Monday.",
    "Engineers (from left) check a storage unit at the site.",
    "The mayor (second from right) speaks at the site on Monday.",
    "The minister (center) visits the plant",
])
def test_an_english_caption_placing_people_over_the_story_is_not_its_start(caption):
    art = parse(HEAD_EN + caption + "\n" + "\n".join(STORY_EN) + "\n" + FOOT + "\n")
    assert art.paragraphs == STORY_EN
    assert [c.text for c in art.photo_captions] == [caption]
    assert art.subtitle_lines == []


def test_a_placing_caption_with_no_story_under_it_stays_the_story():
    # a photo page: the caption is all the page says
    caption = "김누리 누리시 부시장(왼쪽)이 3일 시청에서 업체 대표와 협약서를 교환하고 있다."
    art = parse(HEAD_KO + caption + "\n" + FOOT + "\n")
    assert art.paragraphs == [caption]


def test_placing_words_inside_the_story_stay():
    # a story's own paragraph may say where someone sat; only the line over the story is asked
    story = [STORY_KO[0], "회의에는 시장(가운데)과 업체 대표 두 명이 나란히 앉았다.", *STORY_KO[1:]]
    art = parse(HEAD_KO + "\n".join(story) + "\n" + FOOT + "\n")
    assert art.paragraphs == story


@pytest.mark.parametrize("mark", ["•", "·", "-"])
def test_a_deck_sentence_over_a_bulleted_info_bar_is_the_deck(mark):
    # "• 이름" / "• 입력 …": a CMS's info bar as a list, the writer's bare name first, closes the head like a byline
    deck = "다만 내륙 발전소는 이번 계획에서 빠졌다."
    page = (f"누리일보\n누리시, 해안에 저장장치 4곳 짓는다\n{deck}\n  {mark} 박누리\n  {mark} 입력 2025.03.04 11:15\n"
            + "\n".join(STORY_KO) + "\n" + FOOT + "\n")
    art = parse(page)
    assert art.subtitle_lines == [deck]
    assert art.paragraphs == STORY_KO
    if mark != "-":  # (the info bar's reader of reporters knows the dot bullets only)
        assert art.reporters == ["박누리"]


def test_a_bulleted_name_with_no_stamp_under_it_is_no_head_marker():
    # a list of names with no stamp item under them is not an info bar: the deck sentence stays out
    page = ("누리일보\n누리시, 해안에 저장장치 4곳 짓는다\n다만 내륙 발전소는 이번 계획에서 빠졌다.\n• 박누리\n• 김해안\n"
            + "\n".join(STORY_KO) + "\n" + FOOT + "\n")
    assert parse(page).subtitle_lines == []


@pytest.mark.parametrize("alt, caption", [
    ("Engineers at a coastal storage site", "Engineers at a coastal storage site on Monday / Harbor Grid Co"),
    ("A storage unit under construction", "A storage unit under construction near the port. (Harbor Courier)"),
])
def test_an_alt_text_over_the_caption_it_opens_is_no_deck(alt, caption):
    deck = "The sites would cut curtailment of wind power along the coast"
    page = (f"Harbor Courier\nInvented grid operator plans storage along the coast\n{deck}\nBy Ann Lee\nMarch 4, 2025\n"
            f"{alt}\n{caption}\n" + "\n".join(STORY_EN) + "\n" + FOOT + "\n")
    art = parse(page)
    assert art.subtitle_lines == [deck]
    assert art.paragraphs == STORY_EN


def test_a_deck_line_that_a_longer_deck_line_opens_with_stays_above_the_byline():
    # the rule is asked past the head's markers only: two deck lines over the byline are left as they are
    page = ("Harbor Courier\nInvented grid operator plans storage along the coast\nStorage along the coast\n"
            "Storage along the coast would cut curtailment\nBy Ann Lee\nMarch 4, 2025\n" + "\n".join(STORY_EN) + "\n"
            + FOOT + "\n")
    assert parse(page).subtitle_lines == ["Storage along the coast", "Storage along the coast would cut curtailment"]


@pytest.mark.parametrize("caption", [
    "Engineers pose for a photo at a coastal storage site on Monday.",
    "The operator's chief executive speaks during a briefing in Harbor City.",
    "A technician looks on as a storage unit is lifted into place.",
    "Storage units are seen at the coastal site on Monday.",
])
def test_an_english_caption_in_the_captions_present_tense_over_the_story_is_not_its_start(caption):
    art = parse(HEAD_EN + caption + "\n" + "\n".join(STORY_EN) + "\n" + FOOT + "\n")
    assert art.paragraphs == STORY_EN
    assert [c.text for c in art.photo_captions] == [caption]


@pytest.mark.parametrize("lead", [
    "The plan is seen as a test of how fast the coast can take more wind power, and it starts this year.",
    "The new storage rule poses a risk to smaller operators that cannot afford the batteries it asks for.",
    "Inflation is seen at 2.1 percent next year as power prices ease along the coast and in the capital.",
    "The operator's chief executive speaks during a briefing, saying \"storage lets the coast take more wind.\"",
])
def test_a_present_tense_lead_stays_the_story(lead):
    story = [lead, *STORY_EN[1:]]
    art = parse(HEAD_EN + "\n".join(story) + "\n" + FOOT + "\n")
    assert art.paragraphs == story
