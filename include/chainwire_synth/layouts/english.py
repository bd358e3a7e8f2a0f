"""English-language Korean outlet layouts: a Korea Herald-style page and a Yonhap English wire page.

The text comes from :mod:`chainwire_synth.vocab_en` (invented templates about supply-chain
policy); reporters are the outlets' own (romanised) staff. These pages always print a
publish time, so ``published_at_source`` is ``page_field``.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from chainwire.extract.article import PUBLISHED_AT_CONFIDENCE, Article, PhotoCaption
from chainwire_synth import vocab as V
from chainwire_synth import vocab_en as E
from chainwire_synth.josa import JosaFormatter
from chainwire_synth.story import KST, Pool

from .people import Env, korean_name, romanized


def _mg() -> dict[str, bool]:
    return {"ai_summary": False, "ai_translation": False, "ai_stock_analysis": False}


def english_story(landing: date, mode: str, rng: random.Random, avoid: frozenset[str], wire_credit: str) -> dict:
    topic = rng.choice(sorted(E.TOPICS_EN))
    t = E.TOPICS_EN[topic]
    agency, agency_short, mtitle = rng.choice(E.OFFICES_EN)
    taken = set(V.FORBIDDEN_NAMES)
    _, _, msur, mgiven = korean_name(rng, taken)
    _, _, asur, agiven = korean_name(rng, taken)
    pub = landing - timedelta(days=rng.choices([0, 1, 2], weights=[45, 35, 20])[0])
    country = rng.choice(t["countries"])
    ctx = dict(
        field=t["field"], field_cap=t["field"][0].upper() + t["field"][1:], item=rng.choice(t["items"]),
        company=rng.choice(t["companies"]), measure=rng.choice(t["measures"]), country=country,
        country_short=E.COUNTRY_SHORT.get(country, country),
        amount=f"{rng.randint(1, 9)}.{rng.randint(1, 9)} trillion won", year=rng.choice([2028, 2029, 2030]),
        n=rng.randint(3, 12), pct=lambda: str(rng.randint(8, 85)), pct2=lambda: str(rng.randint(40, 90)),
        agency=agency, agency_cap=agency[0].upper() + agency[1:], agency_short=agency_short,
        minister_title=mtitle, weekday=pub.strftime("%A"), firm=rng.choice(E.ANALYST_FIRMS),
    )
    minister = (f"{mtitle} {romanized(msur, mgiven)}", msur.capitalize())
    persons = {"minister": minister, "analyst": (romanized(asur, agiven), asur.capitalize())}
    head = JosaFormatter(ctx)
    for _attempt in range(30):
        title = head.fill(rng.choice(E.TITLES))
        if title not in avoid:
            break
    subtitle = head.fill(rng.choice(E.SUBTITLES)) if rng.random() < 0.7 else None
    for _attempt in range(30):
        fmt = JosaFormatter(ctx, persons)
        paras = [fmt.fill(rng.choice(E.LEADS))]
        if paras[0] not in avoid:
            break
    details = Pool(rng, E.DETAILS)
    quotes = Pool(rng, E.QUOTES)
    n_details = rng.randint(2, 5)
    kinds = ["detail"] * n_details + ["quote"] * rng.randint(1, 2) + (["analyst"] if rng.random() < 0.5 else [])
    rng.shuffle(kinds)
    for kind in kinds:
        if kind == "detail":
            paras.append(fmt.fill(details.take()))
        else:
            q1, q2 = quotes.take(), quotes.take()
            tpl = rng.choice(E.QUOTE_PARAS if kind == "quote" else E.ANALYST_PARAS)
            paras.append(fmt.fill(tpl, q1=q1, q2=q2))
    captions = []
    n_caps = rng.choices([0, 1, 2], weights=[40, 40, 20])[0]
    templates = rng.sample(E.CAPTIONS, n_caps)  # never the same photo twice
    for pos, (tpl, kind) in zip(sorted(rng.randint(1, len(paras)) for _ in range(n_caps)), templates, strict=True):
        text = JosaFormatter(ctx, persons).fill(tpl)
        credit = {"gov": agency.removeprefix("the "), "company": ctx["company"],
                  "wire": wire_credit}[kind]
        credit = credit[0].upper() + credit[1:]
        captions.append((pos, PhotoCaption(text=text, credit=credit)))
    published = datetime.combine(pub, time(rng.randint(6, 21), rng.randint(0, 59)), tzinfo=KST)
    updated = None
    if mode == "filled":
        room = 24 * 60 - 1 - (published.hour * 60 + published.minute)
        if room >= 7:
            updated = published + timedelta(minutes=rng.randint(7, min(240, room)))
    return dict(title=title, subtitle=subtitle, paragraphs=paras, captions=captions, published=published,
                updated=updated, section=rng.choice(t["sections"]), pub=pub)


def _body_lines(paragraphs: list[str], captions: list[tuple[int, PhotoCaption]], lead_prefix: str = "") -> list[str]:
    lines: list[str] = []
    for i, p in enumerate(paragraphs):
        lines += [lead_prefix + p if i == 0 else p, ""]
        lines += [x for pos, c in captions if pos == i + 1 for x in (f"{c.text} ({c.credit})", "")]
    return lines


def english_truth(source_path: str, s: dict, outlet: str | None, **fields) -> Article:
    base = dict(
        source_path=source_path, title=s["title"], title_source="page" if s["title"] else None, outlet=outlet, url=None, outlet_article_id=None,
        section=s["section"][0], subsection=None, subtitle_lines=[s["subtitle"]] if s["subtitle"] else [],
        published_at=s["published"], updated_at=s["updated"], published_at_source="page_field",
        published_at_confidence=PUBLISHED_AT_CONFIDENCE["page_field"], dateline=None, reporters=[], reporter_roles=[], reporter_emails=[],
        paragraphs=list(s["paragraphs"]), photo_captions=[c for _, c in s["captions"]], related_teasers=[],
        stock_impacts=[], machine_generated=_mg(), language="en", warnings=[], parser=None,
    )
    base.update(fields)
    return Article(**base)


def _en_time(dt: datetime) -> str:
    return f"{E.MONTHS_ABBR[dt.month - 1]} {dt.day}, {dt.year} - {dt:%H:%M}"


def render_koreaherald(env: Env, landing: date, index: int, mode: str, rng: random.Random,
                       avoid: frozenset[str]) -> tuple[str, Article]:
    name = f"kh-{landing:%Y%m%d}-{index:03d}"
    source_path = f"raw/{landing.isoformat()}/{name}.txt"
    s = english_story(landing, mode, rng, avoid, "Yonhap")
    staff = env.casts["koreaherald"].reporters
    reporters = rng.sample(staff, 2) if rng.random() < 0.25 else [rng.choice(staff)]
    names = [r.name for r in reporters]
    by = "By " + (f"{names[0]} and {names[1]}" if len(names) == 2 and rng.random() < 0.5 else ", ".join(names))
    stamp = _en_time if rng.random() < 0.4 else (lambda dt: f"{dt:%Y-%m-%d %H:%M}")
    sec, sub = s["section"]
    lines = ["The Korea Herald", "Home", "Search", "Menu", "", f"{sec} > {sub}", "", s["title"], ""]
    if s["subtitle"]:
        lines += [s["subtitle"], ""]
    lines += [by, f"Published : {stamp(s['published'])}"]
    if s["updated"] is not None:
        lines += [f"Updated : {stamp(s['updated'])}"]
    lines += ["", "Share", "Print", "A+", "A-", ""]
    lines += _body_lines(s["paragraphs"], s["captions"])
    emails = [r.email for r in reporters] if rng.random() < 0.85 else []
    lines += emails + ([""] if emails else [])
    lines += [rng.choice(("[ⓒ The Korea Herald]", "ⓒ The Korea Herald (www.koreaherald.com), All Rights Reserved")),
              "", "Most Popular"] + rng.sample(E.DECOY_HEADLINES, 3)
    text = "\n".join(lines) + "\n"
    return text, english_truth(source_path, s, "koreaherald", subsection=sub, reporters=names,
                        reporter_roles=[""] * len(names), reporter_emails=emails)


def render_yonhap_en(env: Env, landing: date, index: int, mode: str, rng: random.Random,
                     avoid: frozenset[str]) -> tuple[str, Article]:
    name = f"yen-{landing:%Y%m%d}-{index:03d}"
    source_path = f"raw/{landing.isoformat()}/{name}.txt"
    s = english_story(landing, mode, rng, avoid, "Yonhap")
    s["subtitle"] = None  # wire pages print no deck
    reporter = rng.choice(env.casts["yonhap_en"].reporters)
    dateline = E.WIRE_DATELINES[reporter.desk]
    pub = s["pub"]
    if rng.random() < 0.3:
        s["title"] = "(LEAD) " + s["title"]
    with_by = rng.random() < 0.5
    lines = ["Yonhap News Agency", "Search", "", s["section"][0], "", s["title"], "", f"{s['published']:%Y-%m-%d %H:%M}", ""]
    if with_by:
        lines += [f"By {reporter.name}", ""]
    lines += _body_lines(s["paragraphs"], s["captions"], f"{dateline}, {E.MONTHS_AP[pub.month - 1]} {pub.day} (Yonhap) -- ")
    emails = [reporter.email] if rng.random() < 0.7 else []
    lines += emails + ["(END)", "", "Most Viewed"] + rng.sample(E.DECOY_HEADLINES, 2)
    text = "\n".join(lines) + "\n"
    return text, english_truth(source_path, s, "yonhap_en", dateline=dateline,
                        reporters=[reporter.name] if with_by else [], reporter_roles=[""] if with_by else [],
                        reporter_emails=emails)


def render_english_deck_photo(env: Env, landing: date, index: int, mode: str, rng: random.Random,
                              avoid: frozenset[str]) -> tuple[str, Article]:
    """A Korea Herald-style page whose deck sits under the stamps, right above the top photo: the
    deck (a sentence without a full stop), the photo's caption (printed twice when the capture keeps
    the image's alt text too), then the story. Truth: that line is the deck, the caption a caption."""
    name = f"khd-{landing:%Y%m%d}-{index:03d}"
    source_path = f"raw/{landing.isoformat()}/{name}.txt"
    s = english_story(landing, mode, rng, avoid, "Yonhap")
    # a summary-length deck (a headline-length one is never taken for the story anyway)
    s["subtitle"] = (f"{s['subtitle'] or 'Officials to review progress every quarter'}, while the government weighs "
                     f"{rng.choice(('further', 'new', 'extra'))} steps to keep supplies of key materials stable")
    reporter = rng.choice(env.casts["koreaherald"].reporters)
    top = PhotoCaption(text=f"An invented plant of {s['title'].split()[0]} stands ready for inspection on {s['pub']:%A}.",
                       credit="Yonhap")
    sec, sub = s["section"]
    lines = ["The Korea Herald", "Menu", "", f"{sec} > {sub}", "", s["title"], "", f"By {reporter.name}",
             f"Published : {s['published']:%Y-%m-%d %H:%M}", "", "Share", "A+", "", s["subtitle"], ""]
    lines += [f"{top.text} ({top.credit})", ""] * (2 if rng.random() < 0.5 else 1)
    lines += _body_lines(s["paragraphs"], [(pos, c) for pos, c in s["captions"] if pos > 1])
    lines += [reporter.email, "", "[ⓒ The Korea Herald]", "", "Most Popular"] + rng.sample(E.DECOY_HEADLINES, 2)
    text = "\n".join(lines) + "\n"
    caps = [top] + [c for pos, c in s["captions"] if pos > 1]
    return text, english_truth(source_path, s, "koreaherald", subsection=sub, reporters=[reporter.name],
                               reporter_roles=[""], reporter_emails=[reporter.email], updated_at=None,
                               photo_captions=caps)


SUMMARY_SITES = (("Harbor Trade", "Pacific Supply", "Inland Freight", "Corridor Metals"), ("Network", "Review", "Journal"))
SUMMARY_ITEMS = ("battery materials", "rare earth magnets", "chip equipment", "urea solution", "graphite anodes")
SUMMARY_FIRMS = ("Hanbit Materials", "Daeyang Chemical", "Seorin Metals", "Mirae Anode")
DATED_SHAPES = ("day_alone", "weekday_day", "date_field", "posted_by_on", "release_lead", "release_split", "journal_lead")
RELEASE_WIRES = ("Harborwire", "Corridor Release Service")  # made-up release wires


def render_english_summary(env: Env, landing: date, index: int, mode: str, rng: random.Random,
                           avoid: frozenset[str]) -> tuple[str, Article]:
    """A reposting or summary site's page: the site's name alone on the first line, the headline
    (sometimes decorated with a pictograph), a bulleted summary ("- point"), sometimes the empty
    "Input" / "Modified" labels of a translated Korean CMS, the top photo's caption, then either a
    stamp and the story, or the story straight away (no stamp, no byline). The stamp is one of three
    info lines (own stream): ``Published: YYYY-MM-DD HH:MM``, the writer closed by the day (``By NAME
    March 5, 2026``) or the day and the writer bulleted (``March 5, 2026 • NAME``); one story in three
    opens on a city and the day (``Seoul, Nov. 2: …``), and one in three without a byline closes on a
    wire's credits (``(Reporting by NAME; Editing by NAME)``); one page in four closes on the repost's
    source (``Source: Yonhap News Agency``). Half the stamped pages print a dated shape instead (own
    stream): a date alone under the head (with its weekday or not), ``Date: March 5, 2026``, ``Posted by
    NAME on March 5, 2026``, or the date opening the story — a release wire's ``SEOUL, South Korea, March
    5, 2026 /Wire/ -- …`` (the wire on the next line at times) or a journal's ``March 5, 2026: …`` (a
    story under a head date opens on ``BUSAN, South Korea — `` at times); truth:
    the day, the city as the dateline, the poster as the writer. Truth: the headline without its pictograph, the
    points as the deck without their bullets, the site's name nowhere, no outlet unless the source line
    names it; the writer and the day alone from a dated byline; the city as the dateline; the reporter,
    not the editor, of the credits."""
    name = f"ens-{landing:%Y%m%d}-{index:03d}"
    source_path = f"raw/{landing.isoformat()}/{name}.txt"
    s = english_story(landing, "filled_no_update", rng, avoid, "Yonhap")
    item = rng.choice(SUMMARY_ITEMS)
    fill = JosaFormatter(dict(item=item, amount=f"{rng.randint(2, 9)} trillion won", year=rng.choice((2028, 2029, 2030)),
                              company=rng.choice(SUMMARY_FIRMS), n=rng.randint(3, 12)))
    points = [fill.fill(t) for t in rng.sample(E.SUBTITLES, rng.choice((2, 2, 3)))]
    site = f"{rng.choice(SUMMARY_SITES[0])} {rng.choice(SUMMARY_SITES[1])}"
    top = PhotoCaption(text=f"An invented depot for {item} is seen on {s['pub']:%A}.", credit="Yonhap")
    headline = (rng.choice(("⚠️ ", "🔍 ", "📌 ")) if rng.random() < 0.3 else "") + s["title"]
    lines = [site, "", headline, ""]
    if rng.random() < 0.3:
        lines += ["Input", "Modified"]
    lines += [f"- {p}" for p in points] + ["", f"{top.text} ({top.credit})", ""]
    stamped = rng.random() < 0.5
    # own stream: the other pages keep their bytes
    own = random.Random(f"{env.seed}:ens-info:{landing}:{index}")
    info = own.choice(("published", "by_day", "day_bullet")) if stamped else None
    writer = own.choice(env.casts["ajupress"].reporters).name
    # more dated shapes, from their own stream (the pages above keep their bytes): a date alone under the
    # head (a weekday in front or not), a "Date:" field, a blog's "Posted by NAME on …", the date opening
    # the story as a release wire prints it ("SEOUL, South Korea, March 5, 2026 /Wire/ -- …", also with
    # its wire on the next line) or as a trade journal does ("March 5, 2026: …")
    dated = random.Random(f"{env.seed}:ens-dated:{landing}:{index}")
    shape = dated.choice(DATED_SHAPES) if stamped and dated.random() < 0.5 else None
    if shape is not None:
        info = shape
    people: dict = {}
    if info == "published":
        lines += [f"Published: {s['published']:%Y-%m-%d %H:%M}", ""]
    elif info in DATED_SHAPES:
        day = s["published"]
        spelled = f"{day:%B} {day.day}, {day.year}"
        head = {"day_alone": [spelled], "weekday_day": [f"{day:%A}, {spelled}"], "date_field": [f"Date: {spelled}"],
                "posted_by_on": [f"Posted by {writer} on {spelled}"]}.get(info, [])
        lines += head + ([""] if head else [])
        s = dict(s, published=datetime.combine(day.date(), time(0, 0), tzinfo=KST))
        if info == "posted_by_on":
            people = dict(reporters=[writer], reporter_roles=[""])
    elif info is not None:
        day = s["published"]
        spelled = f"{day:%B} {day.day}, {day.year}"
        lines += [f"By {writer} {spelled}" if info == "by_day" else f"{spelled} • {writer}", ""]
        s = dict(s, published=datetime.combine(day.date(), time(0, 0), tzinfo=KST))
        people = dict(reporters=[writer], reporter_roles=[""])
    paragraphs = list(s["paragraphs"])
    if own.randrange(3) == 0 and info not in ("release_lead", "release_split", "journal_lead"):
        md = f"{E.MONTHS_AP[s['pub'].month - 1]} {s['pub'].day}"
        paragraphs[0] = f"Seoul, {md}: {paragraphs[0]}"
        people["dateline"] = "Seoul"
    if info in ("day_alone", "weekday_day", "date_field", "posted_by_on") and "dateline" not in people \
            and dated.random() < 0.5:
        paragraphs[0] = f"BUSAN, South Korea — {paragraphs[0]}"  # a city and its country, no date, no agency
        people["dateline"] = "BUSAN"
    if info in ("release_lead", "release_split", "journal_lead"):
        day = s["pub"]
        ap = f"{E.MONTHS_AP[day.month - 1]} {day.day}, {day.year}"
        if info == "journal_lead":
            paragraphs[0] = f"{day:%B} {day.day}, {day.year}: {paragraphs[0]}"
        else:
            wire = dated.choice(RELEASE_WIRES)
            glue = "\n" if info == "release_split" else " "
            paragraphs[0] = f"SEOUL, South Korea, {ap}{glue}/{wire}/ -- {paragraphs[0]}"
            people["dateline"] = "SEOUL"
    lines += _body_lines(paragraphs, [(pos, c) for pos, c in s["captions"] if pos > 1])
    credited = own.randrange(4) == 0  # "Source: Yonhap News Agency" closing the page: the story's outlet
    if "reporters" not in people and own.randrange(3) == 0:
        # a wire story's closing credits: the reporter wrote it, the editor did not
        editor = own.choice([r for r in env.casts["ajupress"].reporters if r.name != writer]).name
        lines += [f"(Reporting by {writer}; Editing by {editor})", ""]
        people.update(reporters=[writer], reporter_roles=[""])
    if credited:
        lines += ["Source: Yonhap News Agency"]
    text = "\n".join(lines) + "\n"
    caps = [top] + [c for pos, c in s["captions"] if pos > 1]
    dates = {} if stamped else dict(published_at=datetime.combine(landing, time(0, 0), tzinfo=KST),
                                    published_at_source="landing_date",
                                    published_at_confidence=PUBLISHED_AT_CONFIDENCE["landing_date"])
    return text, english_truth(source_path, s, "yonhap_en" if credited else None, section=None, subtitle_lines=points,
                               updated_at=None, photo_captions=caps, **dates, **people)


# A North American local station's web story (session 13): made-up call signs and cities; the furniture those pages
# put between and under the story, in made-up words
STATION_CALL_SIGNS = ("WQXZ", "KQVX", "WZQJ", "KXQZ")
STATION_CITIES = (("LAKEHAVEN", "Tenn."), ("PINE FALLS", "Ga."), ("REDMOOR", "Ala."), ("CEDAR HOLLOW", "Ky."))
STATION_POINTERS = ("WATCH: {h}", "VIDEO: {h}")
STATION_SECTIONS = ("News", "Local Business")
STATION_CAPTIONS = (("Crews prepare the site of the planned plant in the spring.", "Made-up County Office"),
                    ("An aerial view of the made-up industrial park", "Courtesy of Made-up Development Board"))
STATION_OFFER = ("Try Station Plus for just $1", "- Full access for the first month", "- Cancel anytime during the trial",
                 "Or continue reading this article for free")


def render_english_station(env: Env, landing: date, index: int, mode: str, rng: random.Random,
                           avoid: frozenset[str]) -> tuple[str, Article]:
    """A local TV station's story: the headline, ``Published: YYYY-MM-DD HH:MM`` (one page in three the site's date
    bar instead: the story's age, then its day printed several ways, one of them with the clock, and the section —
    ``2 hours 9 minutes ago Monday, March 03 2025 Mar 3, 2025 March 03, 2025 9:40 AM in News``; session 14), the lead opening on the
    city, its state's abbreviation and the station's call sign (``LAKEHAVEN, Tenn. (WQXZ) – ``); between the
    paragraphs, one page in two a picture's caption closed by a bar and its credit (``… | Courtesy of …``), one in three
    a video pointer's capitals label over another story's headline (``WATCH: …``), one in four a subscription offer's
    box; under the story, one page in two the post navigation (``Previous article`` / headline / ``Next article`` /
    headline). Truth: the call sign is the outlet (the registry does not know it), the city the dateline; the caption
    is a photo caption; the pointer, the box, the navigation and the date bar are neither story nor deck; the date bar's
    clock is the publish time."""
    name = f"stn-{landing:%Y%m%d}-{index:03d}"
    source_path = f"raw/{landing.isoformat()}/{name}.txt"
    s = english_story(landing, "filled_no_update", rng, avoid, "Yonhap")
    s["subtitle"] = None
    call = STATION_CALL_SIGNS[index % len(STATION_CALL_SIGNS)]
    city, state = STATION_CITIES[index // 2 % len(STATION_CITIES)]
    paragraphs = [f"{city}, {state} ({call}) – {s['paragraphs'][0]}", *s["paragraphs"][1:]]
    pub = s["published"]
    if index % 3 == 2:  # the site's date bar: the story's age, then its day printed several ways, one with its clock
        clock = f"{pub.hour % 12 or 12}:{pub:%M} {'PM' if pub.hour >= 12 else 'AM'}"
        stamp = (f"{1 + index % 5} hours {7 + index % 40} minutes ago {pub:%A}, {pub:%B} {pub:%d} {pub.year} "
                 f"{pub:%b} {pub.day}, {pub.year} {pub:%B} {pub:%d}, {pub.year} {clock} in {STATION_SECTIONS[index % 2]}")
    else:
        stamp = f"Published: {pub:%Y-%m-%d %H:%M}"
    lines = [s["title"], "", stamp, ""]
    body = [x for p in paragraphs for x in (p, "")]
    caps: list[PhotoCaption] = []
    between: list[str] = []
    if index % 2 == 0:
        text, credit = STATION_CAPTIONS[index // 2 % len(STATION_CAPTIONS)]
        between.append(f"{text} | {credit}")
        caps.append(PhotoCaption(text=text, credit=credit))
    if index % 3 == 1:
        between.append(STATION_POINTERS[index // 3 % len(STATION_POINTERS)].format(h=rng.choice(E.DECOY_HEADLINES)))
    if index % 4 == 3:
        between.extend(STATION_OFFER)
    if len(paragraphs) > 2:
        body[4:4] = [x for b in between for x in (b, "")]
    if index % 2 == 1:
        a, b = rng.sample(E.DECOY_HEADLINES, 2)
        body += ["Previous article", a, "Next article", b, ""]
    text = "\n".join(lines + body) + "\n"
    return text, english_truth(source_path, s, call, section=None, updated_at=None, photo_captions=caps,
                               dateline=city, paragraphs=s["paragraphs"] if len(paragraphs) > 2 else s["paragraphs"])
