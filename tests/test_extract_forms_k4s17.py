"""Forms of bylines, stamps, datelines and titles on invented English pages (issue #12, session 17, k4).

Every line here is made up for the test: a wire's credits glued to the story's last sentence (one or two task words,
a full stop after the parenthesis), which name the writers and are no picture's credit.
"""

from __future__ import annotations

from datetime import date

import pytest

from chainwire.extract import parse_text_page

pytestmark = pytest.mark.unit  # make test-fast

HEAD_EN = "Harbor Courier\nInvented grid operator plans storage along the coast\nMarch 4, 2025 11:15 AM\n"
STORY_EN = ["SEOUL — An invented grid operator said on Tuesday it would build battery storage at four coastal sites.",
            "The sites would hold enough power for about 300,000 homes for four hours, it said.",
            "\"Storage lets the coast take more wind power,\" a spokesperson said."]


def parse(text: str):
    return parse_text_page(text, "x.txt", landing_date=date(2025, 3, 6))


def page(head: str, story: list[str], tail: str = "") -> str:
    return head + "\n".join(story) + "\n" + tail + ("\n" if tail else "")


@pytest.mark.parametrize(("credits", "writers"), [
    ("(Reporting by Ann Lee and Bo Kim; Editing by Cy Park)", ["Ann Lee", "Bo Kim"]),
    ("(Reporting and writing by Ann Lee, Bo Kim; editing by Cy Park).", ["Ann Lee", "Bo Kim"]),
    ("(Writing and reporting by Dee Moss; Editing by Cy Park)", ["Dee Moss"]),
])
def test_a_wires_credits_glued_to_the_last_sentence_name_the_writers(credits, writers):
    story = STORY_EN[:-1] + [STORY_EN[-1] + " " + credits]
    art = parse(page(HEAD_EN, story))
    assert sorted(art.reporters) == sorted(writers)
    assert art.paragraphs[-1] == STORY_EN[-1]
    assert not art.photo_captions


def test_a_credit_on_its_own_line_with_two_task_words():
    art = parse(page(HEAD_EN, STORY_EN, "Reporting and writing by Ann Lee; Editing by Cy Park"))
    assert art.reporters == ["Ann Lee"]
    assert art.paragraphs == [STORY_EN[0].removeprefix("SEOUL — ")] + STORY_EN[1:]


def test_a_photo_caption_with_its_agency_in_parentheses_stays_a_caption():
    art = parse(page(HEAD_EN, STORY_EN[:1] + ["Storage units stand at the coast on Jan. 2. (Invented Wire)"] + STORY_EN[1:]))
    assert [c.credit for c in art.photo_captions] == ["Invented Wire"]


HEADLINE = "Invented grid operator plans storage along the coast"


@pytest.mark.parametrize(("meta", "writers"), [
    ("by Ann Lee | Mar 4, 2025 | Energy, Coast", ["Ann Lee"]),
    ("by Ann Lee | Mar 4, 2025 | Energy | 3 comments", ["Ann Lee"]),
    ("by | 2025-03-04 | Energy", []),
    ("by admin | March 4, 2025 | News", []),
])
def test_a_blog_themes_post_meta_gives_the_writer_and_the_date(meta, writers):
    art = parse(page(f"Harbor Courier\n{HEADLINE}\n{meta}\n", STORY_EN))
    assert art.reporters == writers
    assert art.published_at_source == "page_field" and art.published_at.date() == date(2025, 3, 4)
    assert art.subtitle_lines == []


def test_a_line_opening_on_by_without_a_bar_is_left_alone():
    from chainwire.extract.bylines import post_meta_line
    line = "by 2030 the coast will hold four storage sites, the operator said"
    assert post_meta_line(line) == line


STORY_BARE = [p.removeprefix("SEOUL — ") for p in STORY_EN]


@pytest.mark.parametrize("place", ["HANOI", "KUALA LUMPUR", "ST. PAUL"])
def test_a_place_in_capitals_in_square_brackets_opens_an_english_story(place):
    art = parse(page(HEAD_EN, [f"[{place}] {STORY_BARE[0]}"] + STORY_BARE[1:]))
    assert art.dateline == place
    assert art.paragraphs[0] == STORY_BARE[0]


@pytest.mark.parametrize("tag", ["EXCLUSIVE", "UPDATED", "NEWS ANALYSIS", "HB"])
def test_a_tag_in_square_brackets_is_no_dateline(tag):
    art = parse(page(HEAD_EN, [f"[{tag}] {STORY_BARE[0]}"] + STORY_BARE[1:]))
    assert art.dateline is None


@pytest.mark.parametrize(("stamp", "iso"), [
    ("Mar 4, 2025 - 11:15 AM EST", "2025-03-04T11:15:00-05:00"),
    ("March 4, 2025 — 11:15 AM ET", "2025-03-04T11:15:00-05:00"),
])
def test_a_date_and_its_clock_after_a_dash_is_the_stamp_not_a_lead(stamp, iso):
    art = parse(page(f"Harbor Courier\n{HEADLINE}\nBy Ann Lee\n{stamp}\n", STORY_EN))
    assert art.published_at is not None and art.published_at.isoformat() == iso
    assert art.dateline == "SEOUL"
    assert art.paragraphs == STORY_BARE


@pytest.mark.parametrize(("stamp", "iso"), [
    ("Posted: 03/04/2025 11:15 AM EST", "2025-03-04T11:15:00-05:00"),  # an American zone: month first
    ("Published 3/14/2025", "2025-03-14T00:00:00+09:00"),  # the day cannot be a month
    ("Posted 14/03/2025 11:15", "2025-03-14T11:15:00+09:00"),  # the first number cannot be a month: day first
])
def test_a_slashed_numeric_date_on_an_english_page(stamp, iso):
    art = parse(page(f"Harbor Courier\n{HEADLINE}\nBy Ann Lee\n{stamp}\n", STORY_EN))
    got = art.published_at if art.published_at_source == "page_field" else art.updated_at
    assert got is not None and got.isoformat() == iso


def test_a_slashed_date_whose_order_is_unknown_is_not_read():
    from chainwire.extract.dates import find_slashed_date_en
    assert find_slashed_date_en("Posted 03/04/2025 11:15") is None
    assert find_slashed_date_en("a 1/2/3 split") is None


@pytest.mark.parametrize(("byline", "writers"), [
    ("By Ann Lee, Bo Kim, and Cy Park", ["Ann Lee", "Bo Kim", "Cy Park"]),  # a serial comma
    ("By Ann Lee, Bo Kim, & Cy Park", ["Ann Lee", "Bo Kim", "Cy Park"]),
    ("Ann Lee - Staff Writer", ["Ann Lee"]),  # a dash before the role
    ("Bo Kim — Energy Reporter", ["Bo Kim"]),
    ("By Ann Lee on March 4, 2025", ["Ann Lee"]),  # "on" and the date after the name
    ("By Bo Kim on Mar 4, 2025 at 11:15 AM", ["Bo Kim"]),
])
def test_english_byline_forms(byline, writers):
    art = parse(page(f"Harbor Courier\n{HEADLINE}\n{byline}\nMarch 4, 2025\n", STORY_EN))
    assert art.reporters == writers
    assert art.paragraphs == STORY_BARE


@pytest.mark.parametrize("bar", [" | harborcourier.com", " - HarborCourier.com", " — harborcourier.co.kr"])
def test_a_title_bar_closed_by_the_sites_domain_gives_the_headline(bar):
    art = parse(page(f"{HEADLINE}{bar}\nBy Ann Lee\nMarch 4, 2025\n", STORY_EN))
    assert art.title == HEADLINE


def test_a_line_naming_a_domain_inside_is_no_headline():
    from chainwire.extract.generic import _DOMAIN_TOKEN_RE, _TITLE_BAR_DOMAIN_RE
    line = "Visit harborcourier.com for more coverage of the coast"
    dom = _DOMAIN_TOKEN_RE.search(line)
    assert dom is not None and dom.end() != len(line)
    assert _TITLE_BAR_DOMAIN_RE.search("Read more at harborcourier.com") is None


@pytest.mark.parametrize(("stamp", "iso"), [
    ("4th March 2025, 11:15 GMT", "2025-03-04T11:15:00+00:00"),
    ("Published 21st March 2025 11:15 BST", "2025-03-21T11:15:00+00:00"),
])
def test_an_ordinal_day_before_the_month(stamp, iso):
    art = parse(page(f"Harbor Courier\n{HEADLINE}\nBy Ann Lee\n{stamp}\n", STORY_EN))
    assert art.published_at is not None and art.published_at.isoformat() == iso


@pytest.mark.parametrize("bar", [" • Harbor Times", " · The Harbor Post", " / Harbor Herald", " | Business", " - Opinion"])
def test_a_title_bar_with_a_bullet_a_dot_or_a_slash_or_the_section_alone(bar):
    art = parse(page(f"{HEADLINE}{bar}\nBy Ann Lee\nMarch 4, 2025\n", STORY_EN))
    assert art.title == HEADLINE


def test_a_headline_with_a_slash_between_words_stays_whole():
    line = "Harbor / coast grid plans storage at four sites"
    art = parse(page(f"{line}\nBy Ann Lee\nMarch 4, 2025\n", STORY_EN))
    assert art.title == line


@pytest.mark.parametrize("info", ["Ann Lee | Staff Writer | Mar 4, 2025", "Ann Lee · Senior Energy Reporter · March 4, 2025"])
def test_an_info_line_of_the_name_its_role_and_the_date(info):
    art = parse(page(f"Harbor Courier\n{HEADLINE}\n{info}\n", STORY_EN))
    assert art.reporters == ["Ann Lee"]
    assert art.published_at is not None and art.published_at.date() == date(2025, 3, 4)
    assert art.published_at_source == "page_field"


@pytest.mark.parametrize("credit", ["The Invented Press contributed to this report.",
                                    "Staff writer Bo Kim contributed reporting."])
def test_a_contribution_credit_under_the_story_is_no_paragraph(credit):
    art = parse(page(f"Harbor Courier\n{HEADLINE}\nBy Ann Lee\nMarch 4, 2025\n", STORY_EN, credit))
    assert art.paragraphs == STORY_BARE
    assert art.reporters == ["Ann Lee"]


def test_a_sentence_about_a_contribution_stays():
    story = STORY_EN[:-1] + ["The operator said the coast had contributed to the grid's growth for a decade."]
    art = parse(page(f"Harbor Courier\n{HEADLINE}\nBy Ann Lee\nMarch 4, 2025\n", story))
    assert art.paragraphs[-1] == story[-1]
