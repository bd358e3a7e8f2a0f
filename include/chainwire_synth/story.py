"""The generator's core: who writes, what a story says and when it was published.

Layout-neutral: a newsroom cast (:func:`build_cast`), a page's layout decisions
(:func:`make_spec`), the words of one story with its dates, captions, teasers and stock
widget (:func:`compose` -> :class:`Content`) and the ground-truth date rule
(:func:`infer_blank_date`). Each page layout (:mod:`chainwire_synth.layouts`, Newspim's
among them) prints a ``Content`` its own way; :mod:`chainwire_synth.generator` writes the
corpus. Randomness comes only from the ``random.Random`` passed in: no global state, no clock.

Ground-truth rules for ``published_at`` (the parser is built to these; the confidences are
the product's own table, ``chainwire.extract.article.PUBLISHED_AT_CONFIDENCE``):

* the page prints its publication time -> that time (+09:00), source ``page_field``;
  ``updated_at`` when the page prints one.
* no time printed and body photo captions -> most common caption date (ties -> latest)
  at 00:00+09:00, ``caption_date``.
* else a day ``N일`` in the first three paragraphs (``LEAD_PARAGRAPHS``) -> latest date
  <= landing date with day-of-month N, 00:00+09:00, ``body_relative_date``.
* else the landing date at 00:00+09:00, ``landing_date``.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Set
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from chainwire.extract.article import LEAD_PARAGRAPHS, PUBLISHED_AT_CONFIDENCE, PhotoCaption, RelatedTeaser, StockImpact
from chainwire.settings import TIMEZONE
from chainwire_synth import vocab as V
from chainwire_synth.josa import JosaFormatter

KST = ZoneInfo(TIMEZONE)
SEED_PREFIX = "chainwire-synth"

DATE_MODES = ("filled", "filled_no_update", "blank_caption", "blank_relative", "blank_landing")
# One day's pages cycle through this list (shuffled per day): half the pages have a
# blank 기사입력, and every blank-date inference branch occurs each day once per_day >= 10.
MODE_CYCLE = (
    "filled", "blank_caption", "filled_no_update", "blank_relative", "filled",
    "blank_landing", "blank_caption", "filled", "blank_relative", "filled_no_update",
)
DAY_RE = re.compile(r"(?<!\d)(\d{1,2})일")
TOPICS_WITH_GENERIC_TITLES = {"semiconductor", "battery", "minerals", "rare_earth", "hydrogen",
                              "export_control", "tariff"}

# Desk -> (role, headcount) of the corpus's staff roster.
DESKS = (
    ("서울", "기자", 5), ("서울", "선임기자", 1), ("세종", "기자", 5), ("세종", "선임기자", 1),
    ("부산", "기자", 1), ("부산", "선임기자", 1), ("워싱턴", "특파원", 2), ("베이징", "특파원", 2),
    ("도쿄", "특파원", 1), ("브뤼셀", "특파원", 1),
)


# ----------------------------------------------------------------------- records

@dataclass(frozen=True)
class Reporter:
    name: str
    surname: str
    role: str
    email: str
    desk: str


@dataclass
class Cast:
    """The corpus-wide people: newsroom staff and the officials articles quote."""

    reporters: list[Reporter]
    officials: dict[str, tuple[str, str]]  # office key -> (full name, surname)
    foreign: dict[str, tuple[str, str]]  # actor key -> (full name as printed, short name)

    def desk(self, dateline: str, role: str | None = None) -> list[Reporter]:
        return [r for r in self.reporters if r.desk == dateline and (role is None or r.role == role)]


@dataclass
class PageSpec:
    """The layout decisions for one page; :func:`compose` fills in the words."""

    name: str
    source_path: str
    landing: date
    pub_date: date
    date_mode: str
    topic: str
    dateline: str
    reporters: tuple[Reporter, ...]
    section: str
    subsection: str
    n_paragraphs: int
    n_captions: int
    n_deck: int
    ai_summary: bool
    n_teasers: int
    widget: bool
    trailing_newline: bool
    cast: Cast = field(repr=False)
    avoid: Set[str] = frozenset()  # headlines and lead paragraphs already used in the corpus


# ------------------------------------------------------------------------- cast

def draw_korean_name(rng: random.Random, used: set[str]) -> tuple[str, str, str, list[str]]:
    while True:
        sur, sur_rom = rng.choice(V.SURNAMES)
        g1, g2 = rng.choice(V.GIVEN_FIRST), rng.choice(V.GIVEN_SECOND)
        if g1[0] == g2[0]:
            continue
        name = sur + g1[0] + g2[0]
        if name not in used:
            used.add(name)
            return name, sur, sur_rom, [g1[1], g2[1]]


def email_id(rng: random.Random, sur_rom: str, given_rom: list[str], used: set[str]) -> str:
    initials = "".join(g[0] for g in given_rom)
    candidates = [
        sur_rom + initials,
        given_rom[0] + given_rom[1],
        initials + sur_rom,
        sur_rom + given_rom[0],
        given_rom[1] + str(rng.randint(10, 99)),
    ]
    rng.shuffle(candidates)
    for cand in candidates + [f"{sur_rom}{initials}{rng.randint(100, 999)}"]:
        if cand not in used:
            used.add(cand)
            return cand
    raise RuntimeError("could not find a free e-mail id")  # pragma: no cover


def build_cast(seed: int) -> Cast:
    rng = random.Random(f"{SEED_PREFIX}:{seed}:cast")
    used_names = set(V.FORBIDDEN_NAMES)
    used_ids: set[str] = set()
    reporters = []
    for desk, role, count in DESKS:
        for _ in range(count):
            name, sur, sur_rom, given = draw_korean_name(rng, used_names)
            email = email_id(rng, sur_rom, given, used_ids) + "@newspim.com"
            reporters.append(Reporter(name=name, surname=sur, role=role, email=email, desk=desk))
    officials = {}
    for key in sorted(V.OFFICES):
        name, sur, _, _ = draw_korean_name(rng, used_names)
        officials[key] = (name, sur)
    foreign = {}
    chinese = list(V.CHINESE_NAMES)
    rng.shuffle(chinese)
    for key in sorted(V.FOREIGN_ACTORS):
        kind = V.FOREIGN_ACTORS[key][1]
        if kind == "western":
            (kf, ef), (kl, el) = rng.choice(V.WESTERN_FIRST), rng.choice(V.WESTERN_LAST)
            foreign[key] = (f"{kf} {kl}({ef} {el})", kl)
        elif kind == "japanese":
            (kf, ef), (kg, eg) = rng.choice(V.JAPANESE_FAMILY), rng.choice(V.JAPANESE_GIVEN)
            foreign[key] = (f"{kf} {kg}({ef} {eg})", kf)
        else:
            name = chinese.pop()
            foreign[key] = (name, name)
    return Cast(reporters=reporters, officials=officials, foreign=foreign)


# ------------------------------------------------------------------------- spec

def _weighted(rng: random.Random, weights: dict) -> str:
    keys = sorted(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def make_spec(cast: Cast, landing: date, index: int, date_mode: str, rng: random.Random, *, prefix: str) -> PageSpec:
    """The layout decisions for page ``index`` of a landing day; ``prefix`` starts its file name (the layout's)."""
    if date_mode not in DATE_MODES:
        raise ValueError(f"unknown date mode {date_mode!r}")
    name = f"{prefix}-{landing:%Y%m%d}-{index:03d}"
    topic = rng.choice(sorted(V.TOPICS))
    t = V.TOPICS[topic]
    dateline = _weighted(rng, t["datelines"])
    reporters: tuple[Reporter, ...]
    if dateline in V.FOREIGN_DATELINES:
        reporters = (rng.choice(cast.desk(dateline)),)
    else:
        plain = cast.desk(dateline, "기자")
        if len(plain) >= 2 and rng.random() < 0.18:
            reporters = tuple(rng.sample(plain, 2))
        else:
            reporters = (rng.choice(cast.desk(dateline)),)
    if dateline in V.FOREIGN_DATELINES and rng.random() < 0.5:
        section, subsection = "글로벌", V.DATELINE_SECTION[dateline]
    else:
        section, subsection = rng.choice(t["sections"])

    if date_mode == "blank_landing":
        pub_date = landing
    else:
        pub_date = landing - timedelta(days=rng.choices([0, 1, 2], weights=[45, 35, 20])[0])

    if date_mode == "blank_caption":
        n_captions = rng.choices([1, 2, 3], weights=[40, 35, 25])[0]
    elif date_mode in ("blank_relative", "blank_landing"):
        n_captions = 0
    else:
        n_captions = rng.choices([0, 1, 2, 3], weights=[35, 30, 20, 15])[0]
    return PageSpec(
        name=name,
        source_path=f"raw/{landing.isoformat()}/{name}.txt",
        landing=landing,
        pub_date=pub_date,
        date_mode=date_mode,
        topic=topic,
        dateline=dateline,
        reporters=reporters,
        section=section,
        subsection=subsection,
        n_paragraphs=rng.randint(3, 8),
        n_captions=n_captions,
        n_deck=rng.choices([0, 1, 2, 3], weights=[15, 25, 30, 30])[0],
        ai_summary=rng.random() < 0.1,
        n_teasers=rng.choices([0, 1, 2], weights=[45, 30, 25])[0],
        widget=rng.random() < 0.6,
        trailing_newline=rng.random() < 0.5,
        cast=cast,
    )


# -------------------------------------------------------------------- context

def _money(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"{rng.randint(1, 9)}조{rng.randint(1, 9)}000억원"
    return f"{rng.randint(2, 98) * 100}억원"


def story_context(topic: str, dateline: str, day: date, rng: random.Random, cast: Cast) -> tuple[dict, dict]:
    """Slot values for one article (or teaser) and its persons (full, short)."""
    t = V.TOPICS[topic]
    item, item2 = rng.sample(t["items"], 2)
    company, company2 = rng.sample(t["companies"], 2)
    office = rng.choice(t["offices"])
    agency, agency_short, title, short_title = V.OFFICES[office]
    oname, osur = cast.officials[office]
    actor_key = rng.choice(V.DATELINE_ACTORS.get(dateline) or sorted(V.FOREIGN_ACTORS))
    actor, _, ftitle, fshort_title, fkind = V.FOREIGN_ACTORS[actor_key]
    fname, fshort = cast.foreign[actor_key]
    ename, esur, _, _ = draw_korean_name(rng, set(V.FORBIDDEN_NAMES) | {r.name for r in cast.reporters})
    eaff, eaff_short = rng.choice(V.EXPERT_AFFILIATIONS)
    country = {"워싱턴": "미국", "도쿄": "일본", "브뤼셀": "EU"}.get(dateline) or rng.choice(t["countries"])
    speaker_full = f"{oname} {title}"
    ctx = {
        "topic": topic,
        "field": t["field"],
        "industry": t["industry"],
        "insider": t["insider"],
        "item": item,
        "item2": item2,
        "measure": rng.choice(t["measures"]),
        "policy": rng.choice(t["policies"]),
        "company": company,
        "company2": company2,
        "fcompany": rng.choice(t["fcompanies"]),
        "country": country,
        "country_abbr": V.COUNTRY_ABBR.get(country, country),
        "rival": t.get("rival", "중국"),
        "gov": agency,
        "gov_short": agency_short,
        "foreign_actor": actor,
        "foreign_kind": fkind,
        "event": rng.choice(t["events"]),
        "place": rng.choice(V.PLACES[dateline]),
        "fplace": {"워싱턴": "워싱턴 D.C.", "베이징": "베이징", "도쿄": "도쿄", "브뤼셀": "브뤼셀"}.get(dateline, "현지"),
        "city2": rng.choice(V.CITY2),
        "partner_bloc": rng.choice(V.PARTNER_BLOCS),
        "amount": _money(rng),
        "usd": f"{rng.randint(3, 95)}억 달러",
        "year": rng.choice([2027, 2028, 2029, 2030]),
        "n": rng.randint(3, 12),
        "tons": f"{rng.randint(1, 9)}만",
        "pct": lambda: f"{rng.randint(8, 85)}.{rng.randint(0, 9)}%",
        "pp": lambda: str(rng.randint(2, 10)),
        "deck_day": day.day,
        "future_day": (day + timedelta(days=rng.randint(3, 20))).day,
        "past_day": (day - timedelta(days=rng.randint(2, 9))).day,
        "speaker_full": speaker_full,
        "speaker_headline": f"{oname} {short_title}",
        "speaker_left": speaker_full + "(왼쪽)",
        "fofficial_full": f"{fname} {ftitle}",
        "office_credit": agency,
    }
    ctx["event_q"] = f"'{ctx['event']}'"
    persons = {
        "speaker": (speaker_full, f"{osur} {short_title}"),
        "fofficial": (f"{fname} {ftitle}", f"{fshort} {fshort_title}"),
        "expert": (f"{ename} {eaff}", f"{esur} {eaff_short}"),
    }
    return ctx, persons


def when_phrase(mode: str, day: date, landing: date, foreign: bool, rng: random.Random) -> str:
    """The date phrase of the lead sentence (with its trailing space, or empty)."""
    local = "(현지시간)" if foreign else ""
    if mode == "blank_landing":
        return rng.choice(["", "", "최근 ", "이번 주 "])
    if mode == "blank_relative":
        if day < landing and rng.random() < 0.2:
            return f"지난 {day.day}일 "
        return f"{day.day}일{local} "
    roll = rng.random()
    if roll < 0.5:
        return f"{day.day}일{local} "
    if roll < 0.7:
        return f"지난 {(day - timedelta(days=rng.randint(1, 5))).day}일{local} "
    return rng.choice(["", "최근 "])


# ----------------------------------------------------------------------- body

class Pool:
    """Draw templates without repetition inside one article (refills when exhausted)."""

    def __init__(self, rng: random.Random, *lists: list[str]):
        self.rng = rng
        self.items = [x for lst in lists for x in lst]
        self.left: list[str] = []

    def take(self) -> str:
        if not self.left:
            self.left = list(self.items)
            self.rng.shuffle(self.left)
        return self.left.pop()


def lead_templates(topic: str, foreign: bool) -> list[str]:
    leads = list(V.TOPICS[topic]["leads"])
    if foreign:
        leads = leads + V.FOREIGN_LEADS * 2
    return leads


_COPULA_QUOTE = re.compile(r'(이다|아니다)"(고|며) ')


def _quote_pools(topic: str, ctx: dict, rng: random.Random) -> dict[str, Pool]:
    """One pool per quote kind, shared by the whole article so no quote repeats."""
    return {
        "quote": Pool(rng, V.TOPICS[topic]["quotes"], V.GENERIC_QUOTES),
        "expert": Pool(rng, V.EXPERT_QUOTES),
        "insider": Pool(rng, V.INSIDER_QUOTES),
        "foreign_quote": Pool(rng, V.CHINA_QUOTES if ctx["foreign_kind"] == "china" else V.ALLY_QUOTES),
    }


_QUOTE_PARA_TEMPLATES = {
    "quote": V.QUOTE_PARAS,
    "expert": V.EXPERT_QUOTE_PARAS,
    "insider": V.INSIDER_QUOTE_PARAS,
    "foreign_quote": V.FOREIGN_QUOTE_PARAS,
}


def _quote_paragraph(kind: str, fmt: JosaFormatter, pools: dict[str, Pool], rng: random.Random) -> str:
    tpl = rng.choice(_QUOTE_PARA_TEMPLATES[kind])
    pool = pools[kind]
    q1 = fmt.fill(pool.take())
    q2 = fmt.fill(pool.take())
    while q2 == q1:
        q2 = fmt.fill(pool.take())
    text = fmt.fill(tpl, q1=q1, q2=q2)
    # "...것이다"고 -> "...것이다"라고: a copula ending takes 라고/라며.
    return _COPULA_QUOTE.sub(lambda m: f'{m.group(1)}"라{m.group(2)} ', text)


def body_paragraphs(spec: PageSpec, ctx: dict, persons: dict, when: str, rng: random.Random) -> list[str]:
    t = V.TOPICS[spec.topic]
    foreign = spec.dateline in V.FOREIGN_DATELINES
    fmt = JosaFormatter(ctx, persons)
    details = Pool(rng, t["details"], V.GENERIC_DETAILS)
    analysis = Pool(rng, V.GENERIC_ANALYSIS)
    outlook = Pool(rng, V.GENERIC_OUTLOOK)
    schedule = Pool(rng, V.SCHEDULE)
    pools = _quote_pools(spec.topic, ctx, rng)

    lead = fmt.fill(rng.choice(lead_templates(spec.topic, foreign)), when=when)
    if rng.random() < 0.35:
        lead += " " + fmt.fill(rng.choice(V.GENERIC_LEAD_FOLLOW))
    paras = [lead]

    n = spec.n_paragraphs
    middle_kinds = ["detail", "detail", "detail", "list", "analysis", "expert", "insider"]
    if foreign or rng.random() < 0.3:
        middle_kinds.append("foreign_quote")
    k = n - 1  # paragraphs after the lead
    roles = ["detail"] + [rng.choice(middle_kinds) for _ in range(k - 1)]
    if n > 3:
        roles[-1] = rng.choice(["outlook", "outlook", "quote", "detail"])
    if "quote" not in roles:  # every article quotes its official at least once
        roles[rng.randint(1, max(1, k - 2))] = "quote"

    for idx, role in enumerate(roles, start=1):
        if role == "detail":
            sents = [fmt.fill(details.take()) for _ in range(rng.choice([1, 2, 2, 3]))]
            if len(sents) > 1 and sents[0].startswith("다만"):  # a "but" needs something before it
                sents.append(sents.pop(0))
        elif role == "analysis":
            sents = [fmt.fill(analysis.take())]
            if rng.random() < 0.5:
                sents.append(fmt.fill(details.take()))
        elif role == "list":
            agenda = rng.sample(t["agenda"] + V.GENERIC_AGENDA, 3)
            a1, a2, a3 = (fmt.fill(a) for a in agenda)
            sents = [fmt.fill(rng.choice(V.LIST_PARAS), a1=a1, a2=a2, a3=a3)]
        elif role == "outlook":
            sents = [fmt.fill(outlook.take())]
            if rng.random() < 0.4:
                sents.insert(0, fmt.fill(details.take()))
        else:  # quote / expert / insider / foreign_quote
            sents = [_quote_paragraph(role, fmt, pools, rng)]
            if role == "quote" and rng.random() < 0.3:
                sents.append(fmt.fill(details.take()))
        # Dated follow-ups only outside the lead window (the date rules look there).
        if idx >= LEAD_PARAGRAPHS and role in ("detail", "outlook") and rng.random() < 0.35:
            sents.append(fmt.fill(schedule.take()))
        paras.append(" ".join(sents))
    return paras


def _lead_days(paragraphs: list[str]) -> list[int]:
    return [int(m) for p in paragraphs[:LEAD_PARAGRAPHS] for m in DAY_RE.findall(p)]


def infer_blank_date(paragraphs: list[str], caption_dates: list[date], landing: date) -> tuple[date, str, float]:
    """The ground-truth rule for pages whose 기사입력 is blank (see module doc)."""
    if caption_dates:
        counts = Counter(caption_dates)
        best = max(counts.values())
        return max(d for d, c in counts.items() if c == best), "caption_date", PUBLISHED_AT_CONFIDENCE["caption_date"]
    days = _lead_days(paragraphs)
    if days:
        n = days[0]
        d = landing
        while d.day != n:
            d -= timedelta(days=1)
        return d, "body_relative_date", PUBLISHED_AT_CONFIDENCE["body_relative_date"]
    return landing, "landing_date", PUBLISHED_AT_CONFIDENCE["landing_date"]


# ------------------------------------------------------------------ captions

def _captions(spec: PageSpec, ctx: dict, rng: random.Random) -> list[tuple[int, PhotoCaption]]:
    """(insert after paragraph count, caption) pairs."""
    if not spec.n_captions:
        return []
    t = V.TOPICS[spec.topic]
    fmt = JosaFormatter(ctx)
    templates = V.CAPTIONS + t["captions"] * 2
    used: set[str] = set()
    P = spec.pub_date
    # At most one reused (older) photo; a lone caption on a blank-date page must carry
    # the publication date, since it alone decides the truth there.
    old_allowed = 0 if (spec.date_mode == "blank_caption" and spec.n_captions == 1) else 1
    local = "(현지시간)" if spec.dateline in V.FOREIGN_DATELINES else ""
    out = []
    positions = sorted(rng.randint(1, spec.n_paragraphs) for _ in range(spec.n_captions))
    for pos in positions:
        tpl, credit_kind = rng.choice([x for x in templates if x[0] not in used])
        used.add(tpl)
        old = old_allowed > 0 and rng.random() < 0.2
        if old:
            old_allowed -= 1
            cap_date = P - timedelta(days=rng.randint(20, 700))
            cap_when = ""
        else:
            cap_date = P
            cap_when = rng.choice([f"{P.day}일{local} ", f"{P.day}일{local} ", ""])
        text = fmt.fill(tpl, cap_when=cap_when)
        credit = {
            "gov": ctx["office_credit"],
            "company": ctx["company"] if rng.random() < 0.7 else V.DB_CREDIT,
            "db": V.DB_CREDIT,
            "wire": rng.choice(V.WIRE_CREDITS),
        }[credit_kind]
        if rng.random() < 0.85:
            email = spec.reporters[0].email
        else:
            email = rng.choice(spec.cast.reporters).email
        out.append((pos, PhotoCaption(text=text, credit=credit, date=cap_date.isoformat(), email=email)))
    return out


def caption_day(c: PhotoCaption) -> date:
    """The date a generated caption prints (every caption the generator makes has one)."""
    if c.date is None:
        raise ValueError(f"generated caption without a date: {c.text!r}")
    return date.fromisoformat(c.date)


# ------------------------------------------------------------------- teasers

@dataclass(frozen=True)
class Teaser:
    """A related-article teaser and the staff reporter who wrote it (a layout prints both)."""

    reporter: Reporter
    related: RelatedTeaser


def _teaser(spec: PageSpec, rng: random.Random) -> Teaser:
    cast = spec.cast
    P = spec.pub_date
    choices = [P - timedelta(days=k) for k in range(1, 21)]
    choices += [P + timedelta(days=k) for k in range(1, (spec.landing - P).days + 1)]
    tdate = rng.choice(choices)
    tdt = datetime.combine(tdate, time(rng.randint(6, 22), rng.randint(0, 59)), tzinfo=KST)
    topics = [k for k in sorted(V.TOPICS) if k != spec.topic]
    topic = rng.choice(topics)
    reporter = rng.choice(cast.reporters)
    dateline = reporter.desk
    foreign = dateline in V.FOREIGN_DATELINES
    ctx, persons = story_context(topic, dateline, tdate, rng, cast)
    fmt = JosaFormatter(ctx, persons)
    tt = V.TOPICS[topic]
    title = fmt.fill(rng.choice(tt["titles"]))
    fmt = JosaFormatter(ctx, persons)
    when = rng.choice([f"{tdate.day}일{'(현지시간)' if foreign else ''} ", ""])
    sents = [fmt.fill(rng.choice(lead_templates(topic, foreign)), when=when)]
    pool = Pool(rng, tt["details"], V.GENERIC_DETAILS)
    pools = _quote_pools(topic, ctx, rng)
    quote_at = rng.randint(1, 5) if rng.random() < 0.6 else -1
    for i in range(rng.randint(3, 8)):
        if i == quote_at:
            sents.append(_quote_paragraph("quote", fmt, pools, rng))
        else:
            sents.append(fmt.fill(pool.take()))
    if rng.random() < 0.3:
        sents.insert(rng.randint(2, len(sents) - 1), rng.choice(V.TEASER_SUBHEADS))
    if rng.random() < 0.25:
        cap_tpl, _ = rng.choice(V.CAPTIONS)
        cap_text = JosaFormatter(ctx).fill(cap_tpl, cap_when="")
        credit = rng.choice([ctx["gov"], V.DB_CREDIT])
        sents.insert(rng.randint(2, len(sents) - 1),
                     f"{cap_text} [사진={credit}] {tdate:%Y.%m.%d} {reporter.email}")
    text = " ".join(sents)
    return Teaser(reporter, RelatedTeaser(title=title, text=text, dateline=dateline, reporters=[reporter.name],
                                          published_at=tdt))


# -------------------------------------------------------------------- widget

def _widget(spec: PageSpec, ctx: dict, rng: random.Random) -> list[StockImpact]:
    t = V.TOPICS[spec.topic]
    fmt = JosaFormatter(ctx)
    if rng.random() < 0.1:
        n_pos, n_neg = 0, rng.randint(1, 2)
    else:
        n_pos, n_neg = rng.choice([1, 1, 2]), rng.choice([0, 1, 1, 2])
    pos = rng.sample(t["stocks_pos"], min(n_pos, len(t["stocks_pos"])))
    neg_pool = [c for c in t["stocks_neg"] if c not in pos]
    neg = rng.sample(neg_pool, min(n_neg, len(neg_pool)))
    driver = fmt.fill(rng.choice(t["drivers"]))
    out = []
    for direction, companies, reasons in (("positive", pos, V.REASONS_POSITIVE), ("negative", neg, V.REASONS_NEGATIVE)):
        for company in companies:
            sector, demand = V.STOCKS[company]
            reason = fmt.fill(rng.choice(reasons), driver=driver, demand=demand)
            out.append(StockImpact(company=company, sector=sector, direction=direction, reason=reason))
    return out


# ---------------------------------------------------------------------- page

def _page_time(day: date, rng: random.Random) -> datetime:
    return datetime.combine(day, time(rng.randint(6, 21), rng.randint(0, 59)), tzinfo=KST)


@dataclass
class Content:
    """What one story says, before any page layout: the layouts of :mod:`chainwire_synth.layouts`
    print it their own way."""

    title: str
    decks: list[str]
    summary: list[str]
    paragraphs: list[str]
    placed: list[tuple[int, PhotoCaption]]
    published_at: datetime
    updated_at: datetime | None
    source: str
    confidence: float
    filled: bool
    teasers: list[Teaser]
    impacts: list[StockImpact]
    ctx: dict = field(repr=False, default_factory=dict)

    @property
    def captions(self) -> list[PhotoCaption]:
        return [c for _, c in self.placed]


def compose(spec: PageSpec, rng: random.Random) -> Content:
    """The words of one page (title, deck, body, captions, dates, teasers, widget)."""
    P, landing = spec.pub_date, spec.landing
    foreign = spec.dateline in V.FOREIGN_DATELINES
    ctx, persons = story_context(spec.topic, spec.dateline, P, rng, spec.cast)
    t = V.TOPICS[spec.topic]
    head = JosaFormatter(ctx)

    titles = list(t["titles"]) + V.UNIVERSAL_TITLES
    titles += V.GENERIC_TITLES if spec.topic in TOPICS_WITH_GENERIC_TITLES else []
    for _attempt in range(30):
        title = head.fill(rng.choice(titles))
        if title not in spec.avoid:
            break
    deck_pool = list(t["decks"]) + V.GENERIC_DECKS
    decks = [head.fill(d) for d in rng.sample(deck_pool, spec.n_deck)]
    summary = [head.fill(s) for s in rng.sample(V.SUMMARY_LINES, rng.randint(2, 3))] if spec.ai_summary else []

    # Body, redrawn while its lead paragraph repeats an earlier page's, or until the lead
    # window agrees with the date mode (it does by construction: only {when} writes a
    # day there; the check guards future template edits).
    for _attempt in range(50):
        when = when_phrase(spec.date_mode, P, landing, foreign, rng)
        paragraphs = body_paragraphs(spec, ctx, persons, when, rng)
        days = _lead_days(paragraphs)
        if paragraphs[0] in spec.avoid and _attempt < 40:
            continue
        if spec.date_mode == "blank_landing" and days:
            continue
        if spec.date_mode == "blank_relative" and (not days or set(days) != {P.day}):
            continue
        break
    else:  # pragma: no cover
        raise RuntimeError(f"{spec.name}: could not write a lead for date mode {spec.date_mode}")

    placed = _captions(spec, ctx, rng)
    captions = [c for _, c in placed]

    published_at = updated_at = None
    filled = spec.date_mode in ("filled", "filled_no_update")
    if filled:
        published_at = _page_time(P, rng)
        if spec.date_mode == "filled":
            room = 24 * 60 - 1 - (published_at.hour * 60 + published_at.minute)
            if room >= 7:
                updated_at = published_at + timedelta(minutes=rng.randint(7, min(240, room)))
        source, confidence = "page_field", PUBLISHED_AT_CONFIDENCE["page_field"]
    else:
        cap_dates = [caption_day(c) for c in captions]
        day, source, confidence = infer_blank_date(paragraphs, cap_dates, landing)
        expected = {"blank_caption": "caption_date", "blank_relative": "body_relative_date",
                    "blank_landing": "landing_date"}[spec.date_mode]
        if source != expected or day != P:  # pragma: no cover - generator self-check
            raise RuntimeError(f"{spec.name}: truth rule gives {source} {day}, meant {expected} {P}")
        published_at = datetime.combine(day, time(0, 0), tzinfo=KST)

    teasers: list[Teaser] = []
    for _ in range(spec.n_teasers):
        teasers.append(_teaser(spec, rng))
    impacts = _widget(spec, ctx, rng) if spec.widget else []
    return Content(title=title, decks=decks, summary=summary, paragraphs=paragraphs, placed=placed,
                   published_at=published_at, updated_at=updated_at, source=source, confidence=confidence,
                   filled=filled, teasers=teasers, impacts=impacts, ctx=ctx)
