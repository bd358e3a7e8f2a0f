"""The site's own lines under a story, as a closed vocabulary of form (issue #12, session 17, k2).

Every line here is made up for the test: a content-protection plugin's message, the site's coverage promoted with a
link, a carrier's feed note, an investment disclosure, app, comment, reaction, follow and consent boxes' lines, a
picture's source and a tags label under an invented story — and story sentences of those words that stay.
"""

from __future__ import annotations

import pytest

from chainwire.extract.trailers import site_line
from made_up_page import HEAD_EN, HEAD_KO, STORY_EN, STORY_KO, parse

pytestmark = pytest.mark.unit  # make test-fast



@pytest.mark.parametrize("lang, tail", [
    ("en", "error: Content is protected !!"),
    ("en", "Check out more of Harbor Courier's grid coverage by following this link."),
    ("en", "(This story has not been edited by Harbor Courier staff and is published from a syndicated feed.)"),
    ("en", "Disclaimer: No Harbor Courier journalist was involved in writing this story."),
    ("en", "Information for this story came from the companies named. Not a recommendation to buy or sell."),
    ("en", "Disclosure: The writer holds no position in the companies mentioned."),
    ("en", "View 8 comments"),
    ("en", "How did this story make you feel?"),
    ("en", "We use cookies to measure traffic.\nAccept all\nManage preferences"),
    ("en", "Get the app\nRead this story in the Harbor Courier app"),
    ("ko", "누리일보 앱에서 보기"),
    ("ko", "댓글 3개 보기"),
    ("ko", "이 기사 어떠셨나요?"),
    ("ko", "연재 목록 보기"),
    ("ko", "이미지 출처=가상이미지뱅크"),
    ("ko", "관련 태그 : 저장장치 해안"),
])
def test_the_sites_own_lines_under_the_story_are_no_part_of_it(lang, tail):
    head, story = (HEAD_EN, STORY_EN) if lang == "en" else (HEAD_KO, STORY_KO)
    art = parse(head + "\n".join(story) + "\n" + tail + "\n")
    assert art.paragraphs == story


@pytest.mark.parametrize("line", [
    "The content of the deal is protected by a confidentiality clause, the company said.",
    "No journalist was allowed into the plant, which stayed closed to visitors.",
    "Analysts said the note was not a recommendation to buy the shares, according to the bank.",
    "Twelve comments were sent to the council before the vote, officials said.",
    "회사는 앱 설치 이용자에게 공장 견학 신청을 받을 예정이다.",
])
def test_story_sentences_of_those_words_stay(line):
    assert not site_line(line)
    art = parse(HEAD_EN + "\n".join(STORY_EN) + "\n" + line + "\n")
    assert art.paragraphs[-1] == line


@pytest.mark.parametrize("head", ["YOU MIGHT ALSO LIKE", "Recommended for you", "Don't Miss"])
def test_a_recommendation_box_between_the_paragraphs_is_no_part_of_the_story(head):
    box = [head, "Invented port town bets on recycling"]
    art = parse(HEAD_EN + "\n".join(STORY_EN[:1] + box + STORY_EN[1:]) + "\n")
    assert art.paragraphs == STORY_EN


def test_the_storys_own_subheading_stays():
    lines = STORY_EN[:2] + ["Where the storage goes"] + STORY_EN[2:]
    art = parse(HEAD_EN + "\n".join(lines) + "\n")
    assert art.paragraphs == lines
