"""What a site glues after the story's last sentence, on the same line.

A capture that joins the story's last paragraph with the page's next element leaves the site's lines
on the story's last line: a copyright notice (``… batteries. — NAME, (c) 2023 Brand LP``), the story's
hashtags (``… response. #Tag #OtherTag``), a capitals tag that signs the story (``… 밝혔다. EP``). They
are known by their form and their place — after a sentence's end, at the line's end, no sentence of
their own — not by the site: the sentence before them stays, the trailer is furniture.
"""

from __future__ import annotations

import re
from itertools import repeat
from typing import NamedTuple

from .dates import MONTH_NAME
from .firstchars import first_set

# Where a copyright notice opens: its mark, after a word or a bracket that may open it ("Copyright ©",
# "<저작권자 ⓒ …>", "〈ⓒ 매체 …〉"); the words alone are a sentence's words as often
COPYRIGHT_MARKS = ("ⓒ", "©", "(c)", "(C)")
_NOTICE_OPENERS = ("Copyright", "COPYRIGHT", "저작권자")
TRAILER_MAX = 100  # characters of a notice glued after the story (a site's notice is one short clause)
TRAILER_TEXT_MIN = 40  # characters of story before it (shorter: a caption's credit, which captions.py reads)
_SENTENCE_END_RE = re.compile(r"(?:[.!?…]|[가-힣]다\.?)[\"'”’)\]]*$")
_OPEN_BRACKETS = "<[(〈【"
# "— NAME," between the story and the notice: a syndicated story's writer signing it off
_SIGNER_RE = re.compile(r"\s[–—-]\s*(?P<name>[A-Z][a-z'-]+(?:\s[A-Z][a-z'-]+){1,2}),?$")
_NOTICE_TERMS_RE = re.compile(r"\b(?:19|20)\d\d\b|무단|재배포|[Aa]ll [Rr]ights|[Rr]eserved")
_HASHTAG_TAIL_RE = re.compile(r"\s+#[^\s#]+(?:\s+#[^\s#]+)*$")
_CAPS_TAG_TAIL_RE = re.compile(r"\s+[A-Z]{2,4}$")
# a sentence inside the notice ("… LP. The company said …"): no notice, the story goes on
_SENTENCE_IN_RE = re.compile(r"[a-z가-힣][.!?]\s+\S")


class Trailer(NamedTuple):
    text: str  # the story's line without the trailer
    signer: str | None  # the writer named before a copyright notice


def _story_before(head: str) -> bool:
    return len(head) >= TRAILER_TEXT_MIN and _SENTENCE_END_RE.search(head) is not None


def _has_copyright_mark(tail: str) -> bool:
    """Whether one of ``COPYRIGHT_MARKS`` is in ``tail``: "(" first (one character, a fast scan), where the
    four ``rfind``s of a mark of another string width than the line's each converted it (≈ 0.9 µs a line)."""
    return "ⓒ" in tail or "©" in tail or ("(" in tail and ("(c)" in tail or "(C)" in tail))


def glued_notice(line: str) -> Trailer | None:
    """The story's line and its writer when ``line`` ends on a copyright notice or on hashtags glued after a
    sentence's end; None otherwise (a notice alone on its line is the footer, read elsewhere)."""
    if "#" in line[-TRAILER_MAX:]:
        m = _HASHTAG_TAIL_RE.search(line)
        if m is not None and _story_before(line[: m.start()]):
            return Trailer(line[: m.start()].rstrip(), None)
    if not _has_copyright_mark(line[-TRAILER_MAX:]):
        return None  # (no mark in the last TRAILER_MAX characters: the rfinds below give -1)
    at = max(map(line.rfind, COPYRIGHT_MARKS, repeat(max(0, len(line) - TRAILER_MAX), len(COPYRIGHT_MARKS))))
    if at <= 0 or _SENTENCE_IN_RE.search(line, at):
        return None
    notice = line[at:]
    if _SENTENCE_END_RE.search(notice) and "reserved" not in notice.lower():
        return None  # "(c)항에 따라 …했다.": a clause of the story ends on a sentence, a notice does not
    head = line[:at].rstrip().rstrip(_OPEN_BRACKETS).rstrip()
    opened = False
    for opener in _NOTICE_OPENERS:
        if head.endswith(opener):
            head, opened = head.removesuffix(opener).rstrip().rstrip(_OPEN_BRACKETS).rstrip(), True
    signer = _SIGNER_RE.search(head)
    if signer is not None:
        head = head[: signer.start()].rstrip()
    # a photo's credit reads "… on Thursday. © Agency": a notice names its year, its terms, or opens on its word
    if not (opened or signer is not None or _NOTICE_TERMS_RE.search(notice)) or not _story_before(head):
        return None
    return Trailer(head, signer["name"] if signer is not None else None)


def without_caps_tag(line: str) -> str:
    """The story's last line without a capitals tag signing it after its last sentence (``… 밝혔다. EP``)."""
    if not line[-1:].isupper():
        return line
    m = _CAPS_TAG_TAIL_RE.search(line)
    if m is None or not _story_before(line[: m.start()]):
        return line
    return line[: m.start()].rstrip()


# "홍길동 기자 hong@", "Jane Roe jroe@harbor": a sign-off whose e-mail the capture cut at the page's end or the page
# masked (no domain suffix left). Without the address the line is the sign-off the byline rules read; a story's line
# is longer or ends on a sentence
_CUT_EMAIL_TAIL_RE = re.compile(r"\s+\(?[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]?)?)?$")
CUT_SIGNOFF_MAX = 40  # characters of the sign-off before the cut address


def without_cut_email(line: str) -> str:
    """``line`` without an e-mail cut after a short sign-off (``이름 기자 id@``); any other line as it is."""
    if "@" not in line[-50:]:
        return line
    m = _CUT_EMAIL_TAIL_RE.search(line)
    if m is None or m.start() > CUT_SIGNOFF_MAX or _SENTENCE_END_RE.search(line[: m.start()]):
        return line
    return line[: m.start()]


# ---------------------------------------------------------------- lines a site prints under the story

# What a page's widgets leave on their own lines under the story's last paragraph — a date alone (the
# site's "today" bar), a comment or like counter (a label and a number), the site's bare address, a
# menu's dots — carries no word of a story. Known by the line's whole form, never by a site's words.
_WEEKDAY_EN = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+"
_DATE_ALONE_RE = re.compile(
    r"^(?:" + _WEEKDAY_EN + r")?(?:\d{1,2}\s+" + MONTH_NAME + r",?\s+\d{4}|" + MONTH_NAME + r"\s+\d{1,2},?\s+\d{4}"
    r"|\d{4}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}\.?|\d{4}년\s*\d{1,2}월\s*\d{1,2}일(?:\s*\(?[월화수목금토일](?:요일)?\)?)?)$")
_DATE_ALONE_FIRST = first_set(_DATE_ALONE_RE)  # what a match opens with: other lines skip the rule
# "전체댓글 0", "댓글 3", "Comments (0)", "좋아요 12", "Post Views: 10": one or two words, then a count, nothing
# else; "7 Articles", "12 likes": a count, then one word; "+1": a vote button's count alone
_COUNTER_RE = re.compile(r"^(?:[^\W\d_]{1,10}(?:\s[^\W\d_]{1,10})?\s*[:：]?\s*[(\[]?\d{1,5}[)\]]?"
                         r"|\d{1,5}\s*[^\W\d_]{1,10}|[+-]\d{1,5})$")
COUNTER_MAX = 16  # characters of a counter line
# A reading-time or an age widget: "5 min read", "3분 읽기", "3 months ago", "2시간 전" (no date: nothing to read)
_READ_AGE_RE = re.compile(
    r"^(?:\d{1,3}\s*(?:min(?:ute)?s?\.?\s*read|분\s*(?:읽기|소요))"
    r"|(?:읽는\s*시간|읽기\s*시간)\s*[:：]?\s*(?:약\s*)?\d{1,3}\s*분"
    r"|(?:an?|\d{1,3})\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago"
    r"|\d{1,3}\s*(?:초|분|시간|일|주|개월|달|년)\s*전)$", re.I)
READ_AGE_MAX = 24  # characters of such a line
# a reaction bar on one line: "좋아요 0 훈훈해요 0 슬퍼요 0", "추천 3 · 비추천 0" (two words and counts or more)
_REACTIONS_RE = re.compile(r"^(?:[^\W\d_]{1,8}\s*[\d,]{1,6}\s*[·|/]?\s*){2,8}$")
REACTIONS_MAX = 80
# a gallery's image counter: "사진 1 / 5", "1 of 5", "Image 2 of 6"
_GALLERY_COUNT_RE = re.compile(r"^(?:(?:사진|이미지|Photo|Image|Slide)\s*)?\d{1,3}\s*(?:/|of)\s*\d{1,3}$")
# a list's heading whose list the capture cut ("In Thailand:", "See also:"): a few words and a colon, no speaker's
# verb ("He added:" opens a quote the story goes on with)
_LIST_HEADING_RE = re.compile(r"^[A-Z가-힣][^\s:：]*(?:\s[^\s:：]+){0,3}\s?[:：]$")
_SPEAKER_VERBS_RE = re.compile(r"\b(?:said|says|added|adds|told|tells|wrote|writes|noted|notes|explained|explains|asked|"
                               r"continued|stated|states|declared|according)\b|(?:말했|밝혔|덧붙였|강조했)", re.I)
LIST_HEADING_MAX = 30
_SITE_ADDRESS_RE = re.compile(r"^(?:https?://)?(?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,}/?$", re.I)
MARKS_MAX = 5  # characters of a line of marks alone ("⁞", "···")


def closing_widget(line: str) -> bool:
    """``line`` is a widget's line under the story (a date alone, a counter, the site's address, a run of
    marks), not the story's: what a capture cut mid-sentence leaves (``… 국가첨단``) has a sentence's words."""
    s = line.strip()
    if not s:
        return False
    if len(s) <= MARKS_MAX and not any(c.isalnum() for c in s):
        return True
    if len(s) <= COUNTER_MAX and _COUNTER_RE.match(s):
        return True
    if len(s) <= READ_AGE_MAX and _READ_AGE_RE.match(s):
        return True
    if len(s) <= REACTIONS_MAX and s[-1].isdigit() and (_REACTIONS_RE.match(s) or _GALLERY_COUNT_RE.match(s)):
        return True
    # (every _CONTACT_ADDRESS_RE match holds an "@" or a "-": searched only then)
    if len(s) <= CONTACT_LINE_MAX and "기자" not in s and "특파원" not in s and ("@" in s or "-" in s) \
            and _CONTACT_ADDRESS_RE.search(s) \
            and _CONTACT_LABEL_RE.search(s) and not _PLAIN_SENTENCE_END_RE.search(s):
        return True  # "▷ 전화 02-… ▷ 이메일 …": a tip-off box's contact line, the last thing under the story
    if len(s) <= LIST_HEADING_MAX and s[-1] in ":：" and _LIST_HEADING_RE.match(s) and not _SPEAKER_VERBS_RE.search(s):
        return True  # "In Thailand:": a related list's heading, its list cut off under the story
    return bool(_SITE_ADDRESS_RE.match(s) or (s[:1] in _DATE_ALONE_FIRST and _DATE_ALONE_RE.match(s)))


# ---------------------------------------------------------------- lines that open the furniture under the story

# What heads a block a site prints under every story — its comment box (a comment word and a count, or the
# box's own prompt), the story's tags (the tag label alone, or with a colon and the list), the publisher's
# legal footer (two of the fields a Korean outlet must print) — is never a line of the story: the story ends
# there. Known by the kind's form; the kinds are a closed vocabulary every site prints in its own words.
_COMMENT_HEAD_RE = re.compile(
    r"^(?:(?:전체\s*)?댓글\s*[(\[]?\s*\d{1,5}\s*[)\]]?\s*(?:개|건)?|\d{1,5}\s*(?:개|건)의?\s*댓글"
    r"|(?:Comments?|COMMENTS?)\s*[(\[:]?\s*\d{1,5}\s*[)\]]?|\d{1,5}\s+(?:[Cc]omments?|COMMENTS?|[Rr]esponses?)"
    r"|Leave a (?:[Rr]eply|[Cc]omment)|Post a [Cc]omment|댓글\s*(?:남기기|작성하기))$")
_COMMENT_HEAD_FIRST = first_set(_COMMENT_HEAD_RE)  # what a match opens with: other lines skip the rule
# the story's taxonomy: its tags, keywords or categories, alone or with a colon and the list; a blog's "Filed under",
# "Posted in", "Tagged" and the list after them
_TAGS_HEAD_RE = re.compile(
    r"^(?:#\s*)?(?:(?:태그|키워드|관련\s?키워드|Tags?|TAGS?|Topics|TOPICS|Keywords?|KEYWORDS?|Categories|Category|CATEGORIES)"
    r"(?:\s*[:：]\s*(?P<list>\S.*)|\s*[:：])?|(?:Filed [Uu]nder|FILED UNDER|Posted in|Tagged(?: with)?)\s*[:：]?\s+(?P<after>\S.*))$")
# where the story ran first or who paid for it, said to the reader: "This story was originally published by Brand.",
# "<이 기사는 가상재단의 지원을 받아 작성됐습니다>" (a Korean notice in brackets, or under a ※)
# how the story was made, said to the reader: "This article was produced with the help of AI tools …", "이 기사는 AI
# 번역을 거쳐 작성됐습니다." (bare: a story's sentence about "this article" is none; it ends on …니다, not on …했다.)
_FIRST_RAN_RE = re.compile(r"^This (?:story|article|piece|post) (?:was |is )?(?:originally |first )?(?:published|appeared|ran)\b"
                           r"|^This (?:story|article|piece|post|report) (?:was|has been|is) (?:partly |partially |automatically )?"
                           r"(?:produced|generated|written|translated|created|drafted|prepared|compiled)"
                           r" (?:with|by|using|from|in partnership)\b"
                           # a machine-written block's notice under the story ("AI-generated analysis …", "This summary
                           # was generated by AI")
                           r"|^This (?:summary|content|analysis|text) (?:is|was) AI[- ]generated\b"
                           r"|^AI[- ]generated (?:summary|summaries|analysis|analytical|content|insights?|takeaways?|overview"
                           r"|highlights|lenses|perspectives|key points)\b(?!.*\b(?:said|says|told|according to)\b)")
_KO_NOTICE_RE = re.compile(r"^(?:[<\[〈(【]\s*(?:이|본|해당)\s?(?:기사|글|콘텐츠|보도)[는은]\s.{4,150}[>\]〉)】]"
                           r"|※\s*(?:이|본|해당)\s?(?:기사|글|콘텐츠|보도)[는은]\s.{4,150}"
                           r"|(?:이|본|해당)\s?(?:기사|글|콘텐츠|보도)[는은]\s.{4,150}니다\.?)$")
NOTICE_LINE_MAX = 200
# The characters a match of each rule above can open with (tests/test_extract_fastpaths.py reads them off the rule):
# furniture_head asks them of every line under ≈ 150 characters, and a line opening otherwise is not tried
_TAGS_HEAD_FIRST = "#태키관TKCFP"
_FIRST_RAN_FIRST = "TA"
_KO_NOTICE_FIRST = "<[〈(【※이본해"
# An opinion page's disclaimer under the piece: "The views expressed in this article are the author's own and do not
# necessarily reflect …", "Opinions expressed here are the writer's and not necessarily …"
_VIEWS_NOTICE_RE = re.compile(r"^(?:The )?(?:views|opinions)(?: and (?:views|opinions))? expressed (?:in this \w+|here\w*|above)"
                              r"\b.{0,160}\b(?:own|not necessarily)\b", re.I)
# a share widget's or a source list's heading with its colon ("Share post:", "Share article:", "References:",
# "Source(s):"): the share links or the sources under it are no story's lines
_LIST_HEAD_RE = re.compile(r"^(?:Share(?: this)?(?: post| article| story| page)?|References?|Reference\(s\)|Sources"
                           r"|Source\(s\))\s*:$")
LIST_HEAD_MAX = 20
# a feedback widget's question ("Was this article helpful?", "이 기사가 도움이 되었나요?"), its buttons under it
_FEEDBACK_RE = re.compile(r"^(?:(?:Was|Is) this (?:article|story|page|information) (?:helpful|useful)"
                          r"|이 기사가? (?:도움이 되었나요|도움이 됐나요|유익했나요))\s?\?$")
_FEEDBACK_FIRST = "WI이"  # what a match opens with (as _TAGS_HEAD_FIRST)
# a tip-off or contact line: a channel's label and its address or number, no sentence ("▷ 전화 02-… ▷ 이메일 …")
_CONTACT_LABEL_RE = re.compile(r"제보|전화|이메일|카카오톡|카톡|문의|보도자료|팩스|E-?mail|e-?mail|Tel\b|TEL\b|Fax\b|Contact")
_CONTACT_ADDRESS_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\b\d{2,4}-\d{3,4}-\d{4}\b")
CONTACT_LINE_MAX = 150
TAGS_LINE_MAX = 150  # characters of a tag line
_TAG_LIST_SENTENCE_RE = re.compile(r"[.!?]$|[가-힣]다$")
_FOOTER_FIELD_RE = re.compile(r"청소년\s?보호\s?책임자|사업자\s?등록\s?번호|등록\s?번호|등록\s?일자?|대표\s?전화|발행\s?인|편집\s?인"
                              r"|발행\s?[·ㆍ]\s?편집인|주\s?소\s*[:：]|팩스|FAX|Fax|통신판매업")
FOOTER_FIELDS_MIN = 2  # distinct fields on one line: a footer (one alone may be a story's word)
FOOTER_LINE_MAX = 300
# a paywall's call under a story cut for non-subscribers (k1, session 15): "Keep reading with a 7-day free trial",
# "Subscribe to Brand to keep reading this post …", "Log in to continue reading", "This post is for paid subscribers":
# the reader is asked to pay or sign in to read on; a story's sentence reports such offers, it does not open on them
_PAYWALL_RE = re.compile(
    r"^(?:(?:Keep|Continue) reading with (?:a|an|your) (?:\d{1,3}[- ]day )?(?:free trial|subscription|membership)\b"
    r"|(?:Subscribe|Sign up|Sign in|Log in|Upgrade|Register)(?: (?:to|for|with) [^.?!]{1,60}?)?"
    r" to (?:keep|continue) reading\b"
    r"|Subscribe to [^.?!]{1,60}? to (?:unlock|read) (?:the rest|the full|this)\b"
    r"|This (?:post|article|story) is (?:only )?for (?:paid )?(?:subscribers|members)\b)")
# a note under the story naming where its facts come from, under its own label (k1, session 15): "The Source:
# Information from reporting by NAME and …", "The Sources: Details in this story come from …" ("Source: X" alone, a
# chart's or a picture's credit, is read elsewhere and may sit inside the story: only the labelled note ends it)
_SOURCES_NOTE_RE = re.compile(r"^The [Ss]ources?\s*:\s+\S.{10,300}$")
# a feed's footer naming where the item first ran, the item's headline inside it (k1, session 15): "The post HEADLINE
# appeared first on Brand.", "The article HEADLINE was first published on Brand." (a story's sentence names no "post"
# and no "article" before a headline and its first publisher)
_FEED_FOOTER_RE = re.compile(r"^The (?:post|article|story) \S.{3,300}? (?:appeared first|first appeared|was first published"
                             r"|was originally published) (?:on|in|at) [A-Z0-9][^.!?]{1,80}\.?$")
# a blog platform's subscription block under the post (k3, session 16): its head naming the site ("Discover more from
# Brand") or its call ("Subscribe to get the latest posts sent to your email.")
_BLOG_SUBSCRIBE_RE = re.compile(r"^(?:Discover more from [A-Z0-9][^.!?]{0,60}|Subscribe to get the latest posts\b.{0,60})$")
_PAYWALL_FIRST = "KCSLURT"  # the first characters of its branches: other lines skip the rule
PAYWALL_LINE_MAX = 200


def furniture_head(line: str) -> bool:
    """``line`` opens a block of furniture under the story (a comment box, the tags, the legal footer)."""
    s = line.strip()
    if not s or len(s) > FOOTER_LINE_MAX:
        return False
    if len(s) <= 40 and s[:1] in _COMMENT_HEAD_FIRST and _COMMENT_HEAD_RE.match(s):
        return True
    if len(s) <= LIST_HEAD_MAX and s[-1] in ":：" and _LIST_HEAD_RE.match(s):
        return True
    if len(s) <= TAGS_LINE_MAX:
        m = _TAGS_HEAD_RE.match(s) if s[0] in _TAGS_HEAD_FIRST else None
        listed = m["list"] or m["after"] if m is not None else None
        if m is not None and not (listed and _TAG_LIST_SENTENCE_RE.search(listed)):
            return True
        if s[0] in _FEEDBACK_FIRST and _FEEDBACK_RE.match(s):
            return True
    if len(s) <= NOTICE_LINE_MAX and ((s[0] in _FIRST_RAN_FIRST and _FIRST_RAN_RE.match(s))
                                       or (s[0] in _KO_NOTICE_FIRST and _KO_NOTICE_RE.match(s))
                                       or (s[0] in "TtOoVv" and _VIEWS_NOTICE_RE.match(s))):
        return True
    if s[0] in _PAYWALL_FIRST and len(s) <= PAYWALL_LINE_MAX and _PAYWALL_RE.match(s):
        return True
    if s[:4] in ("Disc", "Subs") and _BLOG_SUBSCRIBE_RE.match(s):
        return True  # "Discover more from Brand", "Subscribe to get the latest posts …": a blog's subscription block
    if s[:4] == "The " and _FEED_FOOTER_RE.match(s):
        return True  # "The post HEADLINE appeared first on Brand.": a feed's footer under the story
    if s[:4] == "The " and _SOURCES_NOTE_RE.match(s):
        return True  # "The Source: Information from reporting by …": the note of where the story's facts come from
    if "책임자" in s or "번호" in s or "발행" in s or "편집" in s or "전화" in s or "주소" in s:
        return len({f.group(0).replace(" ", "") for f in _FOOTER_FIELD_RE.finditer(s)}) >= FOOTER_FIELDS_MIN
    return False


# "저작권법은 무단 전재와 재배포를 금지하고 있어 …했다.": a copyright notice's words inside a story's sentence. A notice
# carries its mark or its opener word, or speaks to the reader (…합니다, …금지); the story's sentence ends on a plain
# predicate (…했다.) and is longer than a notice's clause
_PLAIN_SENTENCE_END_RE = re.compile(r"[가-힣](?<!니)다\.[\"'”’)\]]*$")
NOTICE_SENTENCE_MIN = 30


def notice_words_in_sentence(line: str) -> bool:
    """``line`` is a story's sentence that names a copyright notice's terms, not a notice."""
    if len(line) < NOTICE_SENTENCE_MIN or not _PLAIN_SENTENCE_END_RE.search(line):
        return False
    return not any(mark in line for mark in COPYRIGHT_MARKS) and not line.lstrip(_OPEN_BRACKETS + " ").startswith(
        _NOTICE_OPENERS)


# "Residents who sign up for the district newsletter will get alerts …", "회사는 뉴스레터 구독자가 …를 넘겼다.": a story's
# sentence about a newsletter, not its promotion. A promotion speaks to the reader (you, our, please, an imperative
# first word; Korean …하세요, …니다); the story's sentence reports (said, according to) or states in the third person
_READER_ADDRESS_RE = re.compile(r"(?i)\b(?:you|your|yours|our|ours|us|we|please)\b|^(?:sign|subscribe|get|join|stay|never"
                                r"|don't|do not|receive|register|click|enter|download|follow|want|start|keep|read|check|try)\b")
_REPORTING_RE = re.compile(r"\b(?:said|says|told|according to|reported)\b")
_EN_SENTENCE_END_RE = re.compile(r"[a-z0-9%)][.][\"'”’)\]]*$")
PROMO_SENTENCE_MIN = 30


def promo_words_in_sentence(line: str) -> bool:
    """``line`` is a story's sentence that names a newsletter or a subscription, not a promotion of one."""
    if len(line) < PROMO_SENTENCE_MIN:
        return False
    if _PLAIN_SENTENCE_END_RE.search(line):
        return True
    if not _EN_SENTENCE_END_RE.search(line):
        return False
    return _REPORTING_RE.search(line) is not None or _READER_ADDRESS_RE.search(line) is None


# A button's label that asks the reader to subscribe, install, follow, support or add the site ("한빛일보 앱 설치하기",
# "네이버에서 한빛일보를 구독하세요", "Follow Brand on X and Facebook"): an imperative to the reader, no story's line
_KO_PROMPT_RE = re.compile(r"(?:구독|설치|다운로드|다운|팔로우|친구\s?추가|채널\s?추가|후원|응원)\s?(?:하기|하세요|해\s?주세요)$")
_KO_PROMPT_ENDS = ("하기", "하세요", "주세요")  # how every match ends, at the end or before a last "\n": searched only then
# a prompt to follow the site on a portal (k3, session 16): "네이버 메인에서 매체를 받아보세요", "구글 뉴스에서 매체를 구독하세요"
_KO_PORTAL_PROMPT_RE = re.compile(r"^[▶▷☞※*\-\s]*(?:네이버|다음|카카오톡?|구글|Google|Daum|NAVER|Naver)\s?(?:메인|뉴스|뉴스스탠드|채널|앱)?"
                                  r"\s?(?:에서|으로|로)\s.{1,40}?(?:받아\s?보세요|받아\s?보기|구독하세요|구독하기|만나\s?보세요|만나\s?보기"
                                  r"|추가하세요|추가하기)[.!]?$")
_KO_PORTAL_ENDS = ("보세요", "보기", "하세요", "하기")
# "홍길동 기자 구독하기": the reporter's byline with its follow button, the writer's line (the byline rules read it)
_BYLINE_BUTTON_RE = re.compile(r"^[가-힣]{2,4}\s?(?:기자|특파원)\s*\+?\s*(?:구독|팔로우)")
_FOLLOW_ON_RE = re.compile(r"^Follow (?:us|[A-Z][\w&'.-]*(?:\s[A-Z][\w&'.-]*){0,4}) on (?:X|Twitter|Facebook|Instagram"
                           r"|LinkedIn|YouTube|Threads|TikTok|WhatsApp|Telegram|Google News)\b")
PROMPT_MAX = 60
# a question to the reader and a call to write in: "Spotted an error? Let us know.", "Got a story idea? Contact our
# newsroom.", "기사에 잘못된 내용이 있나요? 알려주세요" (a correction or tip-off box)
_ASK_RE = re.compile(r"^[^?]{3,50}\?\s+(?:(?:Contact|Email|E-mail|Tell|Write to|Message|Call|Text|Let) (?:us|our)\b[^.?!]{0,30}[.!]?"
                     # a paywall's question and its call to log in ("Already a subscriber? Log in to keep reading.")
                     r"|(?:Log|Sign) (?:in|on|up)\b[^.?!]{0,40}[.!]?|(?:Subscribe|Register)\b[^.?!]{0,40}[.!]?"
                     r"|[가-힣 ]{0,16}(?:주세요|하세요|바랍니다)[.!]?)$")
ASK_MAX = 90


# A share widget's label or its toast: "이메일 보내기", "프린트하기", "기사 URL이 복사되었습니다.", "Link copied to clipboard".
# (English labels such as "Print this page" are left to the site-label rule: taken out alone, they leave the line
# above them last, where a capture cut mid-story leaves its fragment)
_SHARE_LABEL_RE = re.compile(
    r"^(?:(?:이메일|메일|프린트|인쇄|스크랩|공유)\s?(?:보내기|하기)"
    r"|.{0,12}(?:URL|주소|링크)[이가]?\s?복사(?:되었습니다|됐습니다|완료)\.?|(?:Link|URL) copied(?: to (?:the )?clipboard)?[.!]?"
    r"|Copied!?)$")


def reader_prompt(line: str) -> bool:
    """``line`` is a button asking the reader to subscribe, install, follow, support or add the site, or a share
    widget's label or toast."""
    if len(line) > PROMPT_MAX:
        return len(line) <= ASK_MAX and "?" in line and _ASK_RE.match(line) is not None
    return (((line.endswith(_KO_PROMPT_ENDS) or line[-1:] == "\n") and _KO_PROMPT_RE.search(line) is not None
             and _BYLINE_BUTTON_RE.match(line) is None)
            or (line.rstrip(".!").endswith(_KO_PORTAL_ENDS) and _KO_PORTAL_PROMPT_RE.match(line) is not None)
            or (line[:1] == "F" and _FOLLOW_ON_RE.match(line) is not None)
            or _SHARE_LABEL_RE.match(line) is not None or ("?" in line and _ASK_RE.match(line) is not None))


# The site's own lines under (or inside) a story that no rule above names (k2, session 17), each a closed vocabulary of
# form, the same on every site: a content-protection plugin's message ("error: Content is protected !!"); the site's
# coverage promoted with a link ("Check out more of Example's energy coverage by following this link."); a carrier's feed
# note ("(This story has not been edited by Example staff and is published from a syndicated feed.)", "No Example
# journalist was involved …"); an investment site's disclosure ("Not a recommendation to buy or sell.", "The author has
# no position in …"); an app prompt ("가상일보 앱에서 보기", "Get the app", "Read this story in the Example app"); a link
# to the comment thread ("View 12 comments", "댓글 5개 보기"); a reaction box's question ("이 기사 어떠셨나요?", "How did this
# story make you feel?"); a series' or topic's follow buttons ("연재 목록 보기", "Follow this topic", "+ Follow"); a
# consent box's first line and buttons ("We use cookies to …", "Accept all", "Manage preferences"); a picture's source
# line ("이미지 출처=…"); a related-tags label ("관련 태그 : …"). A story's sentence of those words reports (said,
# according to; Korean "…다.") and stays
_PROTECTED_RE = re.compile(r"(?i)^(?:(?:error|alert|warning|notice)[ \t]*:[ \t]*)?(?:content is protected[ \t]*!*"
                           r"|you cannot copy (?:the )?content of this page[.!]*)$")
_COVERAGE_PROMO_RE = re.compile(r"^(?:Check out|Read|See|Find|Get|For|Explore)[ \t]+(?:more|all)[ \t]+of[ \t]+(?:the[ \t]+)?"
                                r"(?:[A-Z][\w&.'’-]*(?:[ \t]+[A-Z][\w&.'’-]*){0,4}(?:'s|’s)|our)[ \t]+(?:[\w-]+[ \t]+){0,5}?"
                                r"(?:coverage|reporting|journalism|stories)\b[^.!?]{0,60}[.!]?$")
_FEED_NOTE_RE = re.compile(r"(?i)\b(?:syndicated|wire(?:[ \t]+agency)?|news[ \t]+agency)[ \t]+feeds?\b"
                           r"|\bnot[ \t]+been[ \t]+edited[ \t]+by\b"
                           r"|\bno[ \t]+(?-i:[A-Z][\w&.'-]*(?:[ \t]+[A-Z][\w&.'-]*){0,3})[ \t]+(?:journalists?|reporters?|staff)[ \t]+"
                           r"(?:(?:was|were|has[ \t]+been|have[ \t]+been)[ \t]+involved|edited|wrote)\b")
_DISCLOSURE_RE = re.compile(r"(?i)\bnot[ \t]+(?:a[ \t]+)?recommendation[ \t]+to[ \t]+buy[ \t]+or[ \t]+sell\b"
                            r"|\bnot[ \t]+(?:intended[ \t]+as[ \t]+)?(?:financial|investment)[ \t]+advice\b"
                            r"|\bfor[ \t]+informational[ \t]+purposes[ \t]+only\b"
                            r"|\b(?:the[ \t]+)?(?:author|writer)[ \t]+(?:has|holds|owns)[ \t]+no[ \t]+(?:securities|positions?|shares|holdings)\b"
                            r"|^disclosure[ \t]*:")
_APP_PROMPT_RE = re.compile(r"^(?:[가-힣A-Za-z0-9 ]{1,20}[ \t])?앱(?:에서|으로)[ \t]?(?:보기|열기|읽기)(?:[ \t]*[|·][ \t]*앱[ \t]?(?:설치|다운로드)(?:하기)?)?$"
                            r"|^앱[ \t]?(?:설치|다운로드)(?:하기)?$"
                            r"|^(?:Get|Download|Install)[ \t]+(?:the|our)[ \t]+(?:free[ \t]+)?app[.!]?$"
                            r"|^(?:Read|Open|View|Continue reading)[ \t]+(?:this|the)[ \t]+(?:story|article)[ \t]+(?:in|on)[ \t]+(?:the|our)[ \t]+"
                            r"(?:[A-Z][\w&.'-]*[ \t]+){0,4}app[.!]?$")
_COMMENT_LINK_RE = re.compile(r"^(?:View|Show|See|Read|Load|Open)[ \t]+(?:all[ \t]+)?(?:\d[\d,]*[ \t]+)?[Cc]omments?(?:[ \t]*\(\d[\d,]*\))?[.!]?$"
                              r"|^댓글[ \t]?(?:\d[\d,]*[ \t]?개?[ \t]?)?(?:보기|더보기|열기|모두[ \t]?보기)$")
_REACTION_ASK_RE = re.compile(r"^(?:이[ \t]?기사(?:가|를|는)?[ \t]?(?:어떠셨나요|어떻게 생각하시나요|마음에 드셨나요)\??"
                              r"|How did (?:this|the) (?:story|article) make you feel\?|What did you think of this (?:story|article)\?)$")
_FOLLOW_SERIES_RE = re.compile(r"^(?:연재|시리즈|기획)[ \t]?(?:목록|전체)[ \t]?보기$"
                               r"|^(?:이[ \t])?(?:연재|시리즈|기자)(?:의)?[ \t]?(?:새[ \t]?글|새[ \t]?기사|기사)?[ \t]?알림[ \t]?(?:받기|신청)$"
                               r"|^(?:Follow|Subscribe to)[ \t]+(?:this|the)[ \t]+(?:topic|series|author|column)$|^\+[ \t]?(?:Follow|구독|팔로우)$")
_CONSENT_RE = re.compile(r"(?i)^(?:we|this (?:web)?site|our (?:web)?site)[ \t]+uses?[ \t]+cookies\b"
                         r"|쿠키를?[ \t]?(?:사용|이용)합니다|쿠키[ \t]?(?:사용|이용)에[ \t]?동의")
_CONSENT_BUTTONS = frozenset({"Accept all", "Accept All", "Accept all cookies", "Accept cookies", "Reject all", "Reject All",
                              "Manage preferences", "Manage cookies", "Cookie settings", "Cookie Settings", "Got it"})
_FOLLOW_SERIES_FIRST = "연시기이FS+"  # what a _FOLLOW_SERIES_RE match opens with
_IMAGE_SOURCE_RE = re.compile(r"^[\[(]?(?:사진|이미지|그래픽|자료)[ \t]?출처[ \t]?[=:：][ \t]?\S[^\n]{0,30}[\])]?$")
_TAG_LABEL_RE = re.compile(r"^관련[ \t]?(?:태그|키워드)[ \t]*[:：][ \t]*\S")
SITE_LINE_MAX = 400  # a disclosure runs to several sentences
SITE_LINE_SHORT = 80  # the short lines' forms (buttons, labels, a plugin's message)


def _story_sentence(line: str) -> bool:
    """A story's sentence naming the words of a site's line: it reports (said, according to) or ends on "…다."."""
    return _REPORTING_RE.search(line) is not None or _PLAIN_SENTENCE_END_RE.search(line) is not None


def site_line(line: str) -> bool:
    """``line`` is one of the site's own short lines above (a plugin's message, an app, comment, reaction, follow or
    consent box's line, a picture's source, a tags label), not a story's line; the long ones (a promotion, a feed note, a
    disclosure, a consent notice) are ``site_note_line``'s, asked of the story's last paragraphs only."""
    n = len(line)
    if n > SITE_LINE_SHORT or not line:
        return False
    if n <= 20 and line in _CONSENT_BUTTONS:
        return True
    first = line[0]
    if not line.isascii():  # (an ASCII line holds none of the Korean forms: an O(1) test of the string's kind)
        if line[-2:] == "다.":
            return False  # a story's sentence
        if "앱" in line and _APP_PROMPT_RE.match(line):
            return True
        if n <= 40 and "댓글" in line and _COMMENT_LINK_RE.match(line):
            return True
        if line[-1] == "?" and n <= 60 and _REACTION_ASK_RE.match(line):
            return True
        if n <= 40 and first in _FOLLOW_SERIES_FIRST and _FOLLOW_SERIES_RE.match(line):
            return True
        if n <= 40 and "출처" in line and _IMAGE_SOURCE_RE.match(line):
            return True
        if first == "관" and _TAG_LABEL_RE.match(line) is not None:
            return True
    if ("rotected" in line or "cannot copy" in line) and _PROTECTED_RE.match(line):
        return True
    if " app" in line and _APP_PROMPT_RE.match(line):
        return True
    if n <= 40 and "omment" in line and _COMMENT_LINK_RE.match(line):
        return True
    if line[-1] == "?" and n <= 60 and _REACTION_ASK_RE.match(line):
        return True
    return n <= 40 and first in _FOLLOW_SERIES_FIRST and _FOLLOW_SERIES_RE.match(line) is not None


def site_note_line(line: str) -> bool:
    """``line`` is one of the site's longer notes under the story (its coverage promoted with a link, a carrier's feed
    note, an investment disclosure, a consent notice), not a story's sentence (which reports: said, according to; or
    ends on "…다.")."""
    n = len(line)
    if n > SITE_LINE_MAX or n < 12:
        return False
    first = line[0]
    hit = ((first in "CRSFGE" and (" more of " in line or " all of " in line) and _COVERAGE_PROMO_RE.match(line) is not None)
           or ((" feed" in line or " edited " in line or " involved " in line) and _FEED_NOTE_RE.search(line) is not None)
           or (("ecommendation" in line or " advice" in line or "nformational" in line or "isclosure" in line
                or " no " in line) and _DISCLOSURE_RE.search(line) is not None)
           or (("ookie" in line or "쿠키" in line) and _CONSENT_RE.search(line) is not None))
    return hit and not _story_sentence(line)


# A pointer to another story put between the paragraphs: a related label dressed in brackets or followed by a colon,
# then that story's headline ("Read also: …", "[함께 읽기] …", "**Read more:** [headline](url)"), no sentence of its own
# (a video's, a gallery's or a podcast's pointer too: "WATCH: headline", "Video: headline")
MEDIA_LABELS = ("WATCH", "Watch", "VIDEO", "Video", "LISTEN", "Listen", "PHOTOS", "Photos", "GALLERY", "Gallery",
                "PODCAST", "Podcast")
_RELATED_LABEL = (r"(?:" + "|".join(MEDIA_LABELS) + r"(?=\s*[:：])"
                  # (in title case too: "Also Read: headline", "Read More: headline", k3, session 16)
                  r"|Read (?:[Aa]lso|[Mm]ore|[Nn]ext)|Also [Rr]ead|See [Aa]lso|Related|More|READ (?:ALSO|MORE|NEXT)|ALSO READ|RELATED"
                  r"|Read(?=\s*[:：])|READ(?=\s*[:：])"  # a bare "Read: headline" (k1, session 15)
                  r"|관련\s?기사|관련\s?뉴스|함께\s?(?:읽기|보기|읽을\s?기사|보면 좋은 기사)|같이\s?보기|추천\s?기사|이어서\s?보기)")
_POINTER_RE = re.compile(r"^[*_]{0,2}(?:[\[【<〈]\s*" + _RELATED_LABEL + r"\s*[\]】>〉]\s*[:：]?|" + _RELATED_LABEL
                         + r"\s*[:：])[*_]{0,2}\s*(?P<headline>\S.*)$")
POINTER_MAX = 200
_POINTER_FIRST = "*_[【<〈WVLPGRASM관함같추이"  # what a match opens with (as _TAGS_HEAD_FIRST)


def related_pointer(line: str) -> bool:
    """``line`` points the reader at another story (a related label, then its headline), not a line of this one."""
    if len(line) > POINTER_MAX:
        return False
    m = _POINTER_RE.match(line) if line[:1] in _POINTER_FIRST else None
    return m is not None and not _TAG_LIST_SENTENCE_RE.search(m["headline"].rstrip(")").rstrip())
