"""Korean timestamp parsing, caption dates and relative days."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from chainwire.extract.dates import (
    SEOUL,
    find_relative_day,
    midnight,
    parse_caption_date,
    parse_timestamp,
    resolve_relative_day,
)

pytestmark = pytest.mark.unit  # make test-fast


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2024년06월27일 09:15", datetime(2024, 6, 27, 9, 15)),
        ("기사입력 : 2024년06월27일 09:15", datetime(2024, 6, 27, 9, 15)),
        ("2024년 6월 27일 오후 3시 20분", datetime(2024, 6, 27, 15, 20)),
        ("2024.06.27 09:30", datetime(2024, 6, 27, 9, 30)),
        ("2024.06.27(목) 09:30", datetime(2024, 6, 27, 9, 30)),
        ("2024-06-27 09:30:00", datetime(2024, 6, 27, 9, 30, 0)),
        ("2024-06-27T09:30:05", datetime(2024, 6, 27, 9, 30, 5)),
        ("입력 2024.03.05 오후 3:20", datetime(2024, 3, 5, 15, 20)),
        ("입력 2024.03.05 오전 11:05", datetime(2024, 3, 5, 11, 5)),
        ("2019.05.20. 오후 5:44", datetime(2019, 5, 20, 17, 44)),
        ("2019.05.20. 오후 12:10", datetime(2019, 5, 20, 12, 10)),
        ("2019.05.20. 오전 12:10", datetime(2019, 5, 20, 0, 10)),
        ("2025/09/08 17:26", datetime(2025, 9, 8, 17, 26)),
        ("2024.06.27", datetime(2024, 6, 27)),
        ("2024-06-27 11:36 PM", datetime(2024, 6, 27, 23, 36)),
    ],
)
def test_parse_timestamp_seoul(text, expected):
    got = parse_timestamp(text)
    assert got == expected.replace(tzinfo=SEOUL)
    assert got.tzinfo is not None and got.utcoffset() == timedelta(hours=9)


@pytest.mark.parametrize(
    "text, offset",
    [
        ("2024-06-27T09:30:00+00:00", timedelta(0)),
        ("2024-06-27T09:30:00Z", timedelta(0)),
        ("2024-06-27 09:30 (UTC)", timedelta(0)),
        ("2024-06-27 09:30 GMT-5", timedelta(hours=-5)),
        ("2024-06-27 09:30 KST", timedelta(hours=9)),
        ("2024-06-27T09:30:00-04:00", timedelta(hours=-4)),
    ],
)
def test_parse_timestamp_stated_offset(text, offset):
    got = parse_timestamp(text)
    assert (got.hour, got.minute) == (9, 30)
    assert got.utcoffset() == offset


@pytest.mark.parametrize("text", ["", None, "기사입력 :", "no date here", "2024.13.40 09:00", "12:30", "2024년"])
def test_parse_timestamp_none(text):
    assert parse_timestamp(text) is None


def test_parse_timestamp_custom_default_tz():
    tz = timezone(timedelta(hours=-5))
    assert parse_timestamp("2024-06-27 09:30", tz=tz).utcoffset() == timedelta(hours=-5)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("[사진=산업통상자원부] 2024.06.27 someone@example.com", date(2024, 6, 27)),
        ("2024.6.7", date(2024, 6, 7)),
        ("2024.06.27.", date(2024, 6, 27)),
        ("2024.02.30", None),
        ("no date", None),
        ("", None),
    ],
)
def test_parse_caption_date(text, expected):
    assert parse_caption_date(text) == expected


@pytest.mark.parametrize(
    "text, day, month",
    [
        ("정부는 26일(현지시간) 발표했다", 26, None),
        ("지난 3일 열린 회의에서", 3, None),
        ("오는 15일부터 시행한다", 15, None),
        ("6월 26일 서울에서", 26, 6),
        ("3일간 이어진 협상 끝에 지난 12일 합의했다", 12, None),
        ("10일째 파업 중이던 노조가 7일 복귀했다", 7, None),
        ("5일 동안", None, None),
        ("한미일 3국", None, None),
        ("", None, None),
    ],
)
def test_find_relative_day(text, day, month):
    got = find_relative_day(text)
    if day is None:
        assert got is None
    else:
        assert (got.day, got.month) == (day, month)


@pytest.mark.parametrize(
    "day, landing, month, expected",
    [
        (26, date(2024, 6, 28), None, date(2024, 6, 26)),
        (28, date(2024, 6, 28), None, date(2024, 6, 28)),  # same day counts
        (3, date(2024, 7, 2), None, date(2024, 6, 3)),  # previous month
        (31, date(2024, 3, 15), None, date(2024, 1, 31)),  # February has no 31st
        (30, date(2024, 3, 1), None, date(2024, 1, 30)),
        (29, date(2023, 3, 1), None, date(2023, 1, 29)),
        (15, date(2024, 1, 10), None, date(2023, 12, 15)),  # across the year
        (26, date(2024, 7, 2), 6, date(2024, 6, 26)),
        (25, date(2024, 3, 1), 12, date(2023, 12, 25)),
    ],
)
def test_resolve_relative_day(day, landing, month, expected):
    assert resolve_relative_day(day, landing, month) == expected


def test_resolve_relative_day_with_year():
    assert resolve_relative_day(31, date(2024, 3, 1), 12, 2023) == date(2023, 12, 31)
    assert resolve_relative_day(31, date(2024, 3, 1), 2, 2023) is None


def test_midnight_is_seoul():
    m = midnight(date(2024, 6, 27))
    assert m.isoformat() == "2024-06-27T00:00:00+09:00"
    assert m.tzinfo is SEOUL


def test_year_first_english_date_and_foreign_zones():
    from zoneinfo import ZoneInfo

    from chainwire.extract.dates import SEOUL, find_timestamp_en, in_zone, parse_timestamp

    got = find_timestamp_en("2026 November 2 15:14")
    assert got is not None and got[2] == datetime(2026, 11, 2, 15, 14, tzinfo=SEOUL)
    manila = "Asia/Manila"
    plain = datetime(2026, 11, 2, 15, 28, tzinfo=SEOUL)  # a wall clock that named no zone
    assert in_zone(plain, manila) == datetime(2026, 11, 2, 15, 28, tzinfo=ZoneInfo(manila))
    assert in_zone(plain, None) is plain and in_zone(plain, "Asia/Seoul") is plain
    for named in ("2026-11-02 15:28 KST", "2026-11-02 15:28 +09:00", "2026-11-02 15:28 GMT"):
        ts = parse_timestamp(named)
        assert in_zone(ts, manila) == ts  # a stamp that names its zone keeps it


def test_a_brand_stamp_line_with_its_comment_counter():
    from chainwire.extract.stamps import trailing_stamp

    got = trailing_stamp("이데일리 2026.11.02 15:23 댓글0")
    assert got is not None and got[0] == "" and (got[1].hour, got[1].minute) == (15, 23)
    got = trailing_stamp("한가온 기자 2026.11.02 15:23")
    assert got is not None and got[0] == "한가온 기자"


def test_an_english_author_card_under_the_story():
    from chainwire.extract.stamps import author_card

    got = author_card(["Hong Gil-dong", "November 2, 2026", "06:28 GMT", "Singapore"])
    assert got is not None and got[:2] == (4, "Hong Gil-dong") and got[2] == datetime(2026, 11, 2, 6, 28, tzinfo=UTC)
    # a name and a date without the time line, or a sentence for a name: no card
    assert author_card(["Hong Gil-dong", "November 2, 2026", "The ministry said so."]) is None
    assert author_card(["The ministry said so", "November 2, 2026", "06:28 GMT"]) is None


def test_stamp_labels_after_their_times_and_more_label_words():
    from chainwire.extract.stamps import scan_stamps

    def kinds(line: str):
        return [(s.kind, f"{s.at:%H:%M}") for s in scan_stamps(line)[0]]

    assert kinds("2026.11.02 10:50 입력 2026.11.02 11:20 수정") == [("published", "10:50"), ("updated", "11:20")]
    assert kinds("2026년 11월 2일 오후 3시 20분 입력") == [("published", "15:20")]
    assert kinds("기사전송 2026-11-02 10:50") == [("published", "10:50")]
    assert kinds("Last update : 2026-11-02 10:50") == [("updated", "10:50")]
    # a data stamp or a sentence is not a label after a time
    assert kinds("2026.11.02 10:50 입력 기준") == [] and kinds("2026.11.02 10:50 입력하세요") == []


@pytest.mark.parametrize(
    "text, iso",
    [
        ("Tue, March 3, 2026, 10:00 AM", "2026-03-03T10:00:00+09:00"),
        ("March 3, 2026 10:00 am ET", "2026-03-03T10:00:00-05:00"),
        ("July 3, 2026 10:00 EDT", "2026-07-03T10:00:00-04:00"),
        ("March 3, 2026 / 10:00 PM SGT", "2026-03-03T22:00:00+08:00"),
        ("2026-03-03 10:00 JST", "2026-03-03T10:00:00+09:00"),
        ("2026-03-03 10:00 IST", "2026-03-03T10:00:00+05:30"),
    ],
)
def test_english_timestamps_with_weekdays_separators_and_zone_names(text, iso):
    from chainwire.extract.stamps import bare_stamp

    got = bare_stamp(text, english=True)
    assert got is not None and got.isoformat() == iso


def test_a_dash_after_a_stamp_label():
    from chainwire.extract.stamps import scan_stamps

    found, rest = scan_stamps("Updated - March 3, 2026 10:00 am", english=True)
    assert [s.kind for s in found] == ["updated"] and rest == ""
    assert scan_stamps("March 3, 2026 10:00 ETF", english=True)[0] == []


def test_more_korean_stamp_shapes():
    from chainwire.extract.stamps import scan_stamps

    def at(line: str):
        return [(s.kind, s.at.isoformat()) for s in scan_stamps(line)[0]]

    assert at("입력 26.11.02 10:50") == [("published", "2026-11-02T10:50:00+09:00")]  # a two-digit year after a label
    assert at("입력 26.13.02 10:50") == [] and at("26.11.02 10:50") == []
    assert at("입력 2026.11.02(월요일) 10:50") == [("published", "2026-11-02T10:50:00+09:00")]
    assert at("게시 2026.11.02 10:50") == [("published", "2026-11-02T10:50:00+09:00")]
    assert at("2026.11.02 10:50 기사입력") == [("published", "2026-11-02T10:50:00+09:00")]


def test_stamps_under_the_story_but_not_the_publishers_data():
    from chainwire.extract.stamps import footer_stamps

    got = footer_stamps(["관련기사", "입력 2026.11.02 10:50 | 수정 2026.11.02 11:20"])
    assert [(s.kind, s.at.hour) for s in got] == [("published", 10), ("updated", 11)]
    assert footer_stamps(["등록일 2012.01.01", "등록일 2012.01.01 | 발행인 홍길동 | 편집인 서하린"]) == []


def test_date_fields_and_blog_info_lines():
    from chainwire.extract.stamps import scan_stamps

    def at(line: str, en: bool = True):
        return [(s.kind, s.at.date().isoformat()) for s in scan_stamps(line, english=en)[0]]

    assert at("Date: March 5, 2026") == [("published", "2026-03-05")]
    assert at("Publication date: 05 March 2026") == [("published", "2026-03-05")]
    assert at("Release date: 2026-03-05") == [("published", "2026-03-05")]
    assert at("보도일시 2026.03.05 10:00", en=False) == [("published", "2026-03-05")]
    # a word label is a word of its own: "Update" holds no "date", "Rerelease" no "release"
    assert at("Update 2026-03-05 10:00") == [] and at("Rerelease 2026-03-05") == []
    found, rest = scan_stamps("Posted by Dana Wrenfield on March 5, 2026", english=True)
    assert [(s.kind, s.at.day) for s in found] == [("published", 5)] and rest == "By Dana Wrenfield"
    assert scan_stamps("Posted by Dana Wrenfield on the desk", english=True)[0] == []
    # a blog's category line: the section between the label and the date (session 13)
    found, rest = scan_stamps("Filed under Harbour Affairs on June 9, 2026 4:40 PM", english=True)
    assert [(s.kind, s.at.hour) for s in found] == [("published", 16)] and rest == ""
    assert at("Posted in Tidal Power on 9 June 2026") == [("published", "2026-06-09")]
    assert scan_stamps("Posted in Tidal Power on the coast", english=True)[0] == []
    # a European date, day first and dotted, right after a label on an English page (session 13)
    assert at("Published: 09.06.2026") == [("published", "2026-06-09")]
    found, _ = scan_stamps("Posted 09.06.2026 16:40", english=True)
    assert [(s.at.month, s.at.day, s.at.hour) for s in found] == [(6, 9, 16)]
    assert at("Published: 31.13.2026") == [] and at("입력 09.06.2026", en=False) == []


@pytest.mark.parametrize(
    "text, iso",
    [
        # the time and its zone printed before the date
        ("9:05 PM EDT Jul 3, 2026", "2026-07-03T21:05:00-04:00"),
        # a British dotted clock, read only where a zone follows it
        ("Thu 3 Jul 2026 21.05 BST", "2026-07-03T21:05:00+01:00"),
        # US Central and Mountain zones ("CST" stays the Asian one)
        ("Mar 3, 2026 9:05 AM CT", "2026-03-03T09:05:00-06:00"),
        ("July 3, 2026 9:05 a.m. MDT", "2026-07-03T09:05:00-06:00"),
        # a reading-time widget behind the stamp, glued to the zone or not
        ("Thursday, July 3, 2026 9:05 pm ET2min read", "2026-07-03T21:05:00-04:00"),
        ("Mar 3, 2026 9:05 AM PT 12 min read", "2026-03-03T09:05:00-08:00"),
    ],
)
def test_english_stamp_forms_of_unseen_outlets(text, iso):
    from chainwire.extract.stamps import bare_stamp

    got = bare_stamp(text, english=True)
    assert got is not None and got.isoformat() == iso


def test_a_dotted_figure_after_a_date_is_no_clock():
    from chainwire.extract.dates import find_timestamp_en

    found = find_timestamp_en("On July 3, 2026 10.50 tonnes were shipped")
    assert found is not None and (found[2].hour, found[2].minute) == (0, 0)


@pytest.mark.parametrize(
    "text, iso",
    [
        ("July 3, 2026 / 9:05 PM / CT", "2026-07-03T21:05:00-05:00"),
        ("Mar 3, 2026 | 9:05 AM | EST", "2026-03-03T09:05:00-05:00"),
    ],
)
def test_a_bar_or_slash_between_the_time_and_its_zone(text, iso):
    from chainwire.extract.dates import find_timestamp_en

    found = find_timestamp_en(text)
    assert found is not None and found[2].isoformat() == iso
    # a word after the bar is no zone
    assert find_timestamp_en("Mar 3, 2026 | 9:05 AM | ETF flows")[2].isoformat() == "2026-03-03T09:05:00+09:00"


def test_a_weekday_written_out_between_the_date_and_the_time():
    from chainwire.extract.stamps import bare_stamp, scan_stamps

    # labelled, the weekday spelled out does not cut the time off the date
    found, rest = scan_stamps("등록 2031년 5월 9일 금요일 오후 4:12")
    assert [s.at.isoformat() for s in found] == ["2031-05-09T16:12:00+09:00"] and rest == ""
    assert parse_timestamp("2031년 5월 9일 금요일 16:12") == datetime(2031, 5, 9, 16, 12, tzinfo=SEOUL)
    # unlabelled, the same shape is how a site bar prints today's clock: no stamp of the story
    assert bare_stamp("2031년 5월 9일 금요일 16:12") is None
    # a weekday in parentheses stays a stamp's
    assert bare_stamp("2031.05.09 (금) 16:12") == datetime(2031, 5, 9, 16, 12, tzinfo=SEOUL)


@pytest.mark.parametrize("stamp", ["입력 : 2031/05/09 [16:12]", "기사입력 2031.05.09 [16:12]", "등록 2031-05-09 (16:12)"])
def test_the_time_of_day_in_square_brackets_or_parentheses_after_the_date(stamp):
    from chainwire.extract.stamps import scan_stamps

    found, rest = scan_stamps(stamp)
    assert [s.at.isoformat() for s in found] == ["2031-05-09T16:12:00+09:00"] and rest == ""


@pytest.mark.parametrize("line", ["[등록] 2031-05-09 16:12", "홍가상 기자 | [입력] 2031.05.09 16:12", "【입력】 2031.05.09 16:12"])
def test_a_label_in_brackets_before_the_stamp(line):
    from chainwire.extract.stamps import scan_stamps

    found, _ = scan_stamps(line)
    assert [(s.kind, s.at.isoformat()) for s in found] == [("published", "2031-05-09T16:12:00+09:00")]


def test_a_stamp_line_closed_by_a_run_of_counters_is_still_the_stamp():
    from chainwire.extract.stamps import trailing_stamp

    # a view counter and a comment counter after the stamp: widgets of the stamp's own line
    assert trailing_stamp("입력 2031.05.09 16:12 조회수 2,048 댓글 5") is not None
    assert trailing_stamp("한빛일보 2031.05.09 16:12 | 조회 31 | 댓글 0") == ("", datetime(2031, 5, 9, 16, 12, tzinfo=SEOUL))
    # words after the stamp are no counters: no stamp line
    assert trailing_stamp("입력 2031.05.09 16:12 조회수가 크게 늘었다") is None


@pytest.mark.parametrize("line, label", [("홍가상 기자 | 2031-05-09 16:12 | 송고", "송고"),
                                         ("홍가상 기자 · 2031.05.09 16:12 등록", "등록")])
def test_a_byline_then_a_stamp_whose_label_follows_its_time(line, label):
    from chainwire.extract.stamps import scan_stamps

    found, rest = scan_stamps(line)
    assert [(s.label, s.at.isoformat()) for s in found] == [(label, "2031-05-09T16:12:00+09:00")]
    assert rest == "홍가상 기자"


# --- a date bar opening on the story's age and printing its day several ways (k3, session 14)
_BAR_STORY_EN = ("Invented Ledger\nInvented grid firm plans four storage sites\n{bar}\nBy Jane Roe\n"
                 "An invented grid firm said it would build battery storage at four coastal sites, its largest plan yet.\n"
                 "The sites would hold enough power for about 300,000 homes at peak demand, it said.\n")
_BAR_STORY_KO = ("한빛일보\n가상전력, 해안 4곳에 저장장치 짓는다\n{bar}\n박가상 기자\n"
                 "가상전력이 해안 4곳에 대규모 에너지저장장치를 짓는다고 밝혔다.\n"
                 "저장장치가 모두 들어서면 30만 가구가 네 시간 동안 쓸 수 있는 전력을 담을 수 있다.\n")


@pytest.mark.parametrize("page, want", [
    (_BAR_STORY_EN.format(bar="4 hours 2 minutes ago Monday, March 03 2025 Mar 3, 2025 March 03, 2025 9:40 AM in Energy"),
     datetime(2025, 3, 3, 9, 40)),
    (_BAR_STORY_EN.format(bar="2 days ago Monday, March 03 2025 Mar 3, 2025"), datetime(2025, 3, 3, 0, 0)),
    (_BAR_STORY_KO.format(bar="3시간 전 2025년 3월 3일 월요일 2025.03.03 09:40"), datetime(2025, 3, 3, 9, 40)),
])
def test_a_date_bar_opening_on_the_storys_age_dates_the_page(page, want):
    from chainwire.extract.dispatch import extract_raw
    art = extract_raw(page.encode(), "x.txt", date(2025, 3, 5), None)[0].article
    assert art.published_at is not None and art.published_at.replace(tzinfo=None) == want
    assert art.published_at_source == "page_field" and art.subtitle_lines == []


@pytest.mark.parametrize("bar", [
    "3 years ago, on March 3, 2022, the firm opened its first site",  # a sentence, not a bar
    "2 days ago Monday, March 03 2025 and Friday, February 28 2025",  # two days
])
def test_an_age_line_holding_anything_else_is_no_date_bar(bar):
    from chainwire.extract.stamps import age_date_bar
    assert age_date_bar(bar, True) is None


@pytest.mark.parametrize("text, english, iso", [
    ("March 4, 2025 11:15 AM (3 hours ago)", True, "2025-03-04T11:15:00+09:00"),
    ("Mar 4, 2025 11:15 | 2 hours 5 minutes ago", True, "2025-03-04T11:15:00+09:00"),
    ("2025.08.01 15:48 (5시간 전)", False, "2025-08-01T15:48:00+09:00"),
    ("2025-08-01 15:48 · 어제", False, "2025-08-01T15:48:00+09:00"),
])
def test_an_unlabelled_stamp_with_the_storys_age_beside_it(text, english, iso):
    # session 15, k3 (stamp_place_probe round 8): the age a site prints beside its stamp leaves the stamp a stamp
    from chainwire.extract.stamps import bare_stamp
    got = bare_stamp(text, english=english)
    assert got is not None and got.isoformat() == iso


@pytest.mark.parametrize("text", ["2025.08.01 15:48 (5시간 전 예정)", "March 4, 2025 11:15 AM (3 hours ago, in Markets today)"])
def test_a_stamp_with_more_than_an_age_beside_it_is_no_bare_stamp(text):
    from chainwire.extract.stamps import bare_stamp
    assert bare_stamp(text, english=not text[0].isdigit()) is None


@pytest.mark.parametrize("text, iso", [
    ("2025年03月04日 11:15", "2025-03-04T11:15:00+09:00"), ("2025年8月1日 15:48", "2025-08-01T15:48:00+09:00"),
    ("发布时间：2025年8月1日", "2025-08-01T00:00:00+09:00"),
])
def test_dates_with_their_units_in_chinese_characters(text, iso):
    # session 15, k3 (stamp_place_probe round 9)
    got = parse_timestamp(text)
    assert got is not None and got.isoformat() == iso


@pytest.mark.parametrize("text, iso", [
    ("2025-03-04 | 11:15", "2025-03-04T11:15:00+09:00"), ("2025.08.01 / 15:48", "2025-08-01T15:48:00+09:00"),
    ("입력 2025.08.01 · 오후 3:48", "2025-08-01T15:48:00+09:00"),
])
def test_a_bar_a_slash_or_a_dot_between_a_date_and_its_clock(text, iso):
    # session 15, k3 (stamp_place_probe round 10)
    got = parse_timestamp(text)
    assert got is not None and got.isoformat() == iso


def test_a_bar_before_a_counter_is_no_clock():
    got = parse_timestamp("2025.08.01 | 조회 1,234")
    assert got is not None and got.isoformat() == "2025-08-01T00:00:00+09:00"
