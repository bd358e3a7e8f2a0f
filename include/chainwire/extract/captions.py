"""Photo captions across the press: one line → ``PhotoCaption`` or None.

Shapes (the credit is who took or supplied the photo; never a reporter of the story)::

    설명. [사진=산업통상자원부] 2024.06.27 gaon@newspim.com       Newspim credit bracket
    설명 2024.06.27 leehs@newspim.com                              Newspim photo desk
    [서울=뉴스핌] 이형석 기자 = 설명 2024.06.27 leehs@newspim.com  photo desk with its own byline
    (세종=연합뉴스) 홍길동 기자 = 설명 2026.11.2 [산업부 제공. 재판매 및 DB 금지]
    (서울=연합뉴스) 홍길동 기자 = 설명 2026.11.2 / photo@yna.co.kr
    [세종=뉴시스] 설명 (사진=산업부 제공) 2026.11.02. photo@newsis.com *재판매 및 DB 금지
    설명 (사진=산업부)   설명 /사진=연합뉴스   설명 ⓒ 더퍼블릭 홍길동 기자   설명.<AP/뉴시스>
    ![설명](https://…/photo.jpg)                                   markdown image: alt text
    Workers inspect a line in Pyeongtaek. (Samsung Electronics)   English credit in parentheses

For a byline-led caption the credit is the photographer's name (``홍길동``) unless a
``사진=``/``… 제공`` credit names the source.
"""

from __future__ import annotations

import re

from .article import PhotoCaption
from .bylines import BRANDS, EN_WIRE_CREDIT_RE, parse_byline
from .common import image_alt
from .dates import parse_caption_date
from .newspim import match_caption

_EMAIL = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
_NO_RESALE = r"\*?\s*재판매\s*및\s*DB\s*금지"
MAX_CAPTION = 600

# "… 2026.11.2 / e-mail [credit. 재판매 및 DB 금지]" at the end of a byline-led caption
_DATED_TAIL_RE = re.compile(
    rf"\s(?P<date>\d{{4}}\.\s?\d{{1,2}}\.\s?\d{{1,2}})\.?\s*(?:/\s*)?(?P<email>{_EMAIL})?\s*"
    rf"(?:\[(?P<bcredit>[^\[\]]{{1,60}})\]|{_NO_RESALE})?\s*$"
)
# "(사진=산업부 제공) 2026.11.02. e-mail *재판매 및 DB 금지" / "[사진=X]" / "/사진=X"
_PHOTO_CREDIT_RE = re.compile(
    r"(?:^|\s|/|(?<=[.!?。])|(?<=\S)(?=\())[\[(<]?\s*(?:사진|자료사진|사진제공|그래픽|자료|이미지)\s*[=:]\s*(?P<credit>[^\]\)>=\[(<]{1,40}?)\s*[\])>]?"
    rf"\s*(?:(?P<date>\d{{4}}\.\s?\d{{1,2}}\.\s?\d{{1,2}})\.?)?\s*(?:/\s*)?(?P<email>{_EMAIL}|\[email\s*protected\])?\s*(?:{_NO_RESALE})?\s*$"
)
# What every _PHOTO_CREDIT_RE match holds (each of its credit words holds one): a line without any is not
# searched (the rule's first group, an alternation with look-behinds, is tried at every character)
_PHOTO_CREDIT_WORDS = ("사진", "자료", "그래픽", "이미지")


def may_hold_photo_credit(line: str) -> bool:
    """False only for a line in which ``_PHOTO_CREDIT_RE`` finds nothing (one of ``_PHOTO_CREDIT_WORDS`` in it)."""
    return "사진" in line or "자료" in line or "그래픽" in line or "이미지" in line


# "[산업통상자원부 제공. 재판매 및 DB 금지]" / "[연합뉴스 자료사진]"
_BRACKET_CREDIT_RE = re.compile(r"\s\[(?P<bcredit>[^\[\]]{1,60}(?:제공|자료사진|재판매 및 DB 금지)[^\[\]]{0,30})\]\s*$")
# a caption sentence followed by the slash that opens its credit, the credit cut off by the capture
_CUT_CREDIT_RE = re.compile(r"[다.]\s+/$")
# "… 접근하고 있다.<AP/뉴시스>", "공장 전경 <뉴시스>": an agency credit in angle brackets closing the line
_ANGLE_CREDIT_RE = re.compile(r"^(?P<text>.{4,400}?)\s*<(?P<credit>[^<>\n]{2,30})>\s*$")
# "설명하는 문장이다. /이름 기자", "… 하고 있다. / 연합뉴스": a caption sentence, a slash and the photographer
# or the agency
_SLASH_CREDIT_RE = re.compile(r"^(?P<text>.{8,400}?(?:다|[.!?]))\s*/\s*(?:(?P<who>[가-힣]{2,4})\s*기자|(?P<credit>[^/\s][^/]{1,20}))$")
# "설명. 2025.12.4 (ⓒ뉴스1, 무단 전재-재배포 금지)": a caption closed by its agency's copyright in parentheses
_PAREN_COPYRIGHT_CREDIT_RE = re.compile(
    r"^(?P<text>.{20,400}?)\s*\(\s*(?:ⓒ|©)\s*(?P<credit>[^,()]{1,30}?)\s*,\s*무단\s*전재[^()]{0,30}\)$")
_TRAILING_DATE_RE = re.compile(r"\s(\d{4}\.\s?\d{1,2}\.\s?\d{1,2})\.?$")
# "설명(뉴시스)", "설명 (AP/뉴시스)": a label that is no sentence, closed by an agency in parentheses
_PAREN_AGENCY_RE = re.compile(r"^(?P<text>[^()]{4,80}?)\s*\((?P<credit>[^()\n]{2,30})\)$")
_SENTENCE_TAIL_RE = re.compile(r"(?:다|요|음)[.!?]?[\"'”’]?$|[.!?]$")
_COPYRIGHT_CREDIT_RE = re.compile(r"\s*(?:ⓒ|©|\([cC]\))\s*(?P<credit>[^ⓒ©()]{1,40})$")
_EN_CREDIT_RE = re.compile(r"^(?P<text>.{8,400}?[.!?”\"’'])\s*\((?P<credit>[A-Z][^()]{1,60})\)$")
# "… in Seoul on Thursday. [NEWS1]", "[AP/YONHAP]", "[MINISTRY OF ECONOMY AND FINANCE]": an upper-case credit
_EN_BRACKET_CREDIT_RE = re.compile(r"^(?P<text>[A-Z].{8,400}?[.!?”\"’'])\s*\[(?P<credit>[A-Z0-9][A-Z0-9 ./&'-]{1,60})\]$")
# "… in Seoul. Photo by Ministry", "… higher. / Photo by Internet Community Capture", "… mine. Photo courtesy of
# Ministry.", and an image
# whose alt text is the story's bracketed headline: "[Report] \"Headline\" What the photo shows. Photo by X"
_EN_PHOTO_BY_RE = re.compile(r"^(?P<text>[\[A-Z“\"].{8,400}?[.!?”\"’'])\s*(?:/\s*)?(?:Photo(?:\s+by\s+|\s+courtesy\s+of\s+|\s*[:：]\s*)|Courtesy\s+of\s+"
                             r"|(?:Image|Picture|Photograph|Credit|Photo\s+credit|Image\s+credit)\s*[:：]\s*)"
                             r"(?P<credit>[A-Z][\w .&/-]{0,59}[\w&]|[a-z][\w&]{1,30})\.?$")  # "Photo: cnsphoto": one word
# A wire photo's caption: the text, then the agency in capitals, a slash and the photographer ("… on Jan. 2.
# REUTERS/Jane Roe", "EPA-EFE/NAME"), an archive photo's "FILE PHOTO:" in front
_EN_AGENCY_SLASH_RE = re.compile(r"^(?:FILE PHOTO\s*:\s*)?(?P<text>[\[A-Z“\"].{8,400}?[.!?”\"’'])\s+"
                                 r"(?P<credit>[A-Z][A-Z-]{1,15}/[A-Z][\w .'-]{1,40})$")
# "… on August 10, 2019. [File photo: Agency via Agency]", "Gold mine, file image/ Name.": an archive picture's credit
# closing its caption (a file, archive or stock photo's label, then ":", "/" or "by" and who supplied it), searched in
# the caption's last characters
_EN_FILE_CREDIT_RE = re.compile(r"[\s,.]*[\[(]?(?:[Ff]ile|[Aa]rchive|[Ss]tock|FILE)\s+(?:[Pp]hoto|[Ii]mage|[Pp]icture|PHOTO)s?"
                                r"\s*(?:[:：/]|by\s)\s*(?P<credit>[^\[\]()/:]{1,60}?)[\])]?\.?$")
FILE_CREDIT_TAIL = 100  # characters of the line the credit may take
_PROVIDED_BY_RE = re.compile(r"^(?P<text>.{4,200}?[.。])\s*(?P<credit>[^.。\s][^.。]{1,29}?)\s*제공$")
# "▲ 설명": one triangle opening a line that describes a picture ("…하는 모습.", "…공장 전경", "…하고 있다.");
# a "▲항목 ▲항목" list has several triangles, a list item on its own line reads as a sentence of the story
_TRIANGLE_CAPTION_RE = re.compile(r"(?:모습|전경|장면|현장|사진|고\s?있다)\.?$")
# an unmarked line that names what a picture shows ("…의 야간 모습.", "…공장 전경") and nothing else: a story's
# sentences end on a verb, a headline rarely on these nouns
_SCENE_CAPTION_RE = re.compile(r"\s(?:모습|전경|장면)\.?$")
MAX_SCENE_CAPTION = 60
_SCENE_ENDS = ("모습", "모습.", "전경", "전경.", "장면", "장면.")
_NOT_CREDITS = frozenset({"END", "LEAD", "Yonhap Interview", "News Focus", "AM", "PM", "KST"})
# A caption closed by a bar and its credit ("… in March. | Invented City", "공장 전경 | 가상시 제공"): a credit's form
# after the last bar — a credit label ("Photo: X", "Courtesy of X"), an agency and its photographer ("AGENCY/Name"),
# a Korean supplier ("X 제공", "X DB", "X 자료사진", "사진=X"); a bare name only after a caption's full stop (a title
# bar's "Headline | Brand" has none)
BAR = " | "
BAR_CREDIT_MAX = 40
_BAR_CREDIT_LABELLED_RE = re.compile(r"^(?:(?:Photo|Image|Picture|Photograph|Credit|Photo credit|Image credit)\s*[:：]\s*"
                                     r"|(?:Photo\s+)?[Cc]ourtesy(?:\s+of)?\s+|Photo\s+by\s+)\S"
                                     r"|^[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3}\s*/\s*[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}$")
_BAR_CREDIT_NAME_RE = re.compile(r"^[A-Z][\w.&'-]*(?: (?:of |the |and |& )?[A-Z][\w.&'-]*){0,4}$")
_BAR_CREDIT_KO_RE = re.compile(r"^(?:사진|자료사진|그래픽|자료)\s*[=:]\s*\S|\S\s*(?:제공|DB|자료사진)$")
_BAR_CAPTION_END_RE = re.compile(r"[a-z0-9)][.]$")


def bar_credit_caption(line: str) -> PhotoCaption | None:
    """``text | credit`` with a credit's form after the bar (one bar on the line), else None."""
    text, _, credit = line.rpartition(BAR)
    text, credit = text.strip(), credit.strip()
    if len(text) < 8 or not credit or len(credit) > BAR_CREDIT_MAX or "|" in text:
        return None
    if _BAR_CREDIT_KO_RE.search(credit) or _BAR_CREDIT_LABELLED_RE.match(credit) or (
            _BAR_CAPTION_END_RE.search(text) and _BAR_CREDIT_NAME_RE.match(credit)):
        return PhotoCaption(text=text, credit=_clean_credit(re.sub(r"^(?:Photo|Image|Picture|Photograph|Photo credit"
                                                                  r"|Image credit|Credit)\s*[:：]\s*", "", credit)))
    return None


def _paren_c_credit(credit: str) -> bool:
    """The name after "(c)": a short name, no sentence, not a clause ("Section 301 (c) of the act")."""
    return len(credit.split()) <= 3 and not _SENTENCE_TAIL_RE.search(credit) and not credit[:1].islower()


def _clean_credit(c: str | None) -> str | None:
    if not c:
        return None
    c = re.sub(_NO_RESALE, "", c).strip(" .,/*")
    c = re.sub(r"\s*제공$", "", c).strip(" .,/")
    return c or None


def _is_agency_credit(credit: str) -> bool:
    """``AP/뉴시스``, ``뉴시스``, ``산업부 제공``: who supplied a photo (not ``<종합>``, ``<1보>`` in a headline)."""
    parts = [p.strip() for p in credit.split("/")]
    return credit.strip().endswith("제공") or any(p.lower() in BRANDS for p in parts) or (
        len(parts) > 1 and all(p.isupper() or p.lower() in BRANDS for p in parts[:-1]))


def _date(d: str | None) -> str | None:
    day = parse_caption_date(d.replace(" ", "")) if d else None
    return day.isoformat() if day else None


def markdown_image(line: str) -> PhotoCaption | None | bool:
    """``![alt](url)`` → caption from the alt text; True for an image without alt; None otherwise."""
    if not line.startswith("!["):
        return None
    text = image_alt(line)
    if text is None:
        return None
    if not text:
        return True
    inner = match_caption_ko(text) or match_caption_en(text)
    return inner if inner is not None else PhotoCaption(text=text)


def _byline_led(line: str) -> PhotoCaption | None:
    b = parse_byline(line)
    if b is None:
        return None
    rest = b.rest
    m = _DATED_TAIL_RE.search(rest)
    if not m:
        return None
    body = rest[: m.start()].rstrip()
    credit = _clean_credit(m["bcredit"])
    inner = _PHOTO_CREDIT_RE.search(body)
    if inner and inner.start() > 0:
        credit = _clean_credit(inner["credit"]) or credit
        body = body[: inner.start()].rstrip()
    if not credit and b.reporters:
        credit = "·".join(b.reporters)
    if not body:
        return None
    return PhotoCaption(text=body.strip(), credit=credit, date=_date(m["date"]), email=m["email"])


def match_caption_ko(line: str) -> PhotoCaption | None:
    """A Korean-press photo caption line → PhotoCaption, else None. Linear time."""
    if not line or len(line) > MAX_CAPTION:
        return None
    c = line[0]
    if c in "[(（【":
        cap = _byline_led(line)
        if cap is not None:
            return cap
    cap = match_caption(line)  # Newspim's own shapes (credit bracket, photo-desk tail)
    if cap is not None:
        if cap.text[:1] in "[(（【":
            b = parse_byline(cap.text)
            if b is not None and b.rest:
                cap.text = b.rest
                cap.credit = cap.credit or ("·".join(b.reporters) if b.reporters else None)
        return cap if cap.text else None
    if ("=" in line or ":" in line) and may_hold_photo_credit(line):
        m = _PHOTO_CREDIT_RE.search(line)
        if m and m.start() > 0:
            text = line[: m.start()].rstrip(" /")
            b = parse_byline(text) if text[:1] in "[(（【" else None
            if b is not None and b.rest:
                text = b.rest
            if text:
                email = m["email"] if m["email"] and "@" in m["email"] else None  # "[email protected]": masked
                return PhotoCaption(text=text, credit=_clean_credit(m["credit"]), date=_date(m["date"]), email=email)
    if line.endswith("]"):
        m = _BRACKET_CREDIT_RE.search(line)
        if m and m.start() > 0:
            return PhotoCaption(text=line[: m.start()].strip(), credit=_clean_credit(m["bcredit"]))
    if line.endswith("/") and len(line) <= 200 and _CUT_CREDIT_RE.search(line):
        return PhotoCaption(text=line.rstrip(" /"))  # "… 줄을 섰다. /": the "/사진=…" credit was cut off
    if "/" in line[-24:]:
        m = _SLASH_CREDIT_RE.match(line)  # "… 게시돼 있다. /이름 기자", "… 하고 있다. / 연합뉴스": the credit after a slash
        if m and (m["who"] or _is_agency_credit(m["credit"])):
            return PhotoCaption(text=m["text"].strip(), credit=m["who"] or m["credit"].strip())
    if line.endswith(")") and ("ⓒ" in line or "©" in line):
        m = _PAREN_COPYRIGHT_CREDIT_RE.match(line)  # "… 살펴보고 있다. 2025.12.4 (ⓒ뉴스1, 무단 전재-재배포 금지)"
        if m:
            text, day = m["text"].strip(), None
            dated = _TRAILING_DATE_RE.search(text)
            if dated:
                text, day = text[: dated.start()].rstrip(), _date(dated.group(1))
            return PhotoCaption(text=text, credit=m["credit"].strip(), date=day)
    if line.endswith(")") and len(line) <= 100:
        m = _PAREN_AGENCY_RE.match(line)  # "인도-태평양 경제 프레임워크(뉴시스)": a short label, an agency in parentheses
        if m and _is_agency_credit(m["credit"]) and not _SENTENCE_TAIL_RE.search(m["text"]):
            return PhotoCaption(text=m["text"].strip(), credit=_clean_credit(m["credit"]))
    if line.endswith(">"):
        m = _ANGLE_CREDIT_RE.match(line)
        if m and _is_agency_credit(m["credit"]):
            return PhotoCaption(text=m["text"].strip(), credit=_clean_credit(m["credit"]))
    if line.endswith("제공"):
        m = _PROVIDED_BY_RE.match(line)  # "공장 전경. 가상개발청 제공"
        if m:
            return PhotoCaption(text=m["text"].strip(), credit=m["credit"].strip())
    if "ⓒ" in line or "©" in line or "(c)" in line or "(C)" in line:
        m = _COPYRIGHT_CREDIT_RE.search(line)  # "공장 전경. (c)기관 이름" like "공장 전경 ⓒ 기관 이름"
        if (m and m.start() > 0 and "저작권" not in line and "무단" not in line and "Copyright" not in line
                and (line[m.start():].lstrip()[:1] != "(" or _paren_c_credit(m["credit"]))):
            return PhotoCaption(text=line[: m.start()].strip(), credit=m["credit"].strip())
    if BAR in line and len(line) <= 300:
        cap = bar_credit_caption(line)  # "공장 전경 | 가상시 제공"
        if cap is not None:
            return cap
    if c in "▲△" and len(line) <= 200 and line.count(c) == 1 and _TRIANGLE_CAPTION_RE.search(line):
        return PhotoCaption(text=line[1:].strip())  # "▲ 로봇이 차량을 충전하는 모습.": a marked caption, no credit
    if len(line) <= MAX_SCENE_CAPTION and line.endswith(_SCENE_ENDS) and _SCENE_CAPTION_RE.search(line):
        return PhotoCaption(text=line)  # "공단 야간 모습.", "공장 전경": a picture named by its scene, unmarked
    return None


_EN_CREDIT_LABELS = ("Photo", "ourtesy of", "Image", "Picture", "Credit", "credit")


def match_caption_en(line: str) -> PhotoCaption | None:
    """An English caption: ``Text. (Credit)`` or ``Text. [CREDIT]`` → PhotoCaption, else None."""
    if not line:
        return None
    line = line.rstrip(" |")  # reader-mode image tables end a caption cell with " |"
    tail = line[-80:]
    m = _EN_PHOTO_BY_RE.match(line) if any(w in tail for w in _EN_CREDIT_LABELS) else None
    if m:  # "Buses wait at a terminal in Seoul. Photo: Agency" / "… Photo by Agency" / "… Photo courtesy of Agency."
        return PhotoCaption(text=m["text"].strip(), credit=m["credit"].strip())
    if ("hoto" in tail or "mage" in tail or "icture" in tail or "PHOTO" in tail) \
            and ("ile " in tail or "rchive " in tail or "tock " in tail or "FILE " in tail):
        m = _EN_FILE_CREDIT_RE.search(line, max(0, len(line) - FILE_CREDIT_TAIL))
        if m and m.start() >= 4:  # "… in Seoul in 2019. [File photo: Agency]", "Gold mine, file image/ Name."
            return PhotoCaption(text=line[: m.start()].strip(), credit=m["credit"].strip())
    m = _EN_AGENCY_SLASH_RE.match(line) if "/" in tail else None
    if m:  # "Workers at the site on Jan. 2. REUTERS/Jane Roe"
        return PhotoCaption(text=m["text"].strip(), credit=m["credit"].strip())
    if line.endswith("]") and len(line) <= MAX_CAPTION:
        m = _EN_BRACKET_CREDIT_RE.match(line)
        if m:
            return PhotoCaption(text=m["text"].strip(), credit=m["credit"].strip())
    if len(line) > MAX_CAPTION or not line.endswith(")"):
        return None
    m = _EN_CREDIT_RE.match(line)
    if not m or m["credit"] in _NOT_CREDITS or "@" in m["credit"] or EN_WIRE_CREDIT_RE.match(m["credit"]):
        return None  # "… said. (Reporting by A; Editing by B)": a wire's credits, no picture's
    return PhotoCaption(text=m["text"].strip(), credit=m["credit"].strip())
