"""A corpus with planted copy relations, for measuring ``chainwire.dedup``.

Originals come from the page generator (the same pages ``iter_pages`` yields, made in
linear time so 100,000 documents are affordable); on top of them, with controlled edits:

* ``rescrape`` - same outlet, no outlet id: typos (character swaps/deletions at rate r),
  the first or last paragraph trimmed, chrome lines added, photo captions left in the
  body at other places; also exact duplicates under another file name;
* ``host_alias`` - same outlet_article_id served from member./m. hosts, light chrome;
* ``syndicated`` - another outlet: rewritten lead sentence (another lead template on the
  same facts), its own byline, sometimes the last paragraph dropped or a copyright line;
* ``machine_translation`` - a short English rendering made from templates, the original's
  companies and numbers, flagged ai_translation; 60 % keep the outlet_article_id, the rest
  carry only a notice (half of those with a link to the original);

and hard negatives that are *not* copies:

* every other article on the same topic (the generator reuses sentence templates, so
  unrelated articles share whole sentences);
* ``siblings`` - a follow-up article by the same outlet on the same event: the same
  people, companies, places and amounts, with a new title and a newly drawn body;
* originals attributed to other outlets (cross-outlet, same-topic negatives).

Document keys: the pipeline's article_id is ``outlet:outlet_article_id``, so a host alias
or a same-id translation would share its original's id (the parse stage keeps one row
per id and day; dedup treats an id seen again on a later day as the same article).
Here every planted document gets its own key - those copies are suffixed ``@<host>`` /
``@en`` - so that each planted relation can be scored.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from chainwire.dedup import DedupDoc, numeric_anchors
from chainwire.identity import article_id as make_article_id
from chainwire.settings import TIMEZONE
from chainwire_synth import vocab as V
from chainwire_synth.josa import JosaFormatter
from chainwire_synth.layouts import day_modes, layouts
from chainwire_synth.layouts.newspim import render_newspim_page
from chainwire_synth.story import (
    SEED_PREFIX,
    PageSpec,
    body_paragraphs,
    build_cast,
    lead_templates,
    make_spec,
    story_context,
    when_phrase,
)

KST = ZoneInfo(TIMEZONE)
START = date(2026, 11, 2)

# Other outlets: key, brand, URL maker (None: no URL, so no outlet id).
OTHER_OUTLETS = (
    ("yonhap", "연합뉴스", lambda d, k: f"https://www.yna.co.kr/view/AKR{d:%Y%m%d}{k:08d}"),
    ("newsis", "뉴시스", lambda d, k: f"https://www.newsis.com/view/NISX{d:%Y%m%d}_{k:010d}"),
    ("thepublic", "더퍼블릭", lambda d, k: f"https://www.thepublic.kr/news/articleView.html?idxno={k}"),
    ("edaily", "이데일리", None),
)
CHROME_LINES = V.CHROME_TOP + V.CHROME_BOTTOM + V.TRANSLATE_FOOTER + [V.BEST_HEADER, "더보기", "속보", "사진"]
COPYRIGHT = "<저작권자ⓒ {brand}, 무단 전재-재배포 금지>"
TYPO_RATES = (0.002, 0.005, 0.01, 0.02)
_WHEN = re.compile(r"(?:지난 )?\d{1,2}일(?:\(현지시간\))? |최근 |이번 주 ")

AGENCY_EN = {
    "산업통상자원부": "the Ministry of Trade, Industry and Energy", "기획재정부": "the Ministry of Economy and Finance",
    "해양수산부": "the Ministry of Oceans and Fisheries", "과학기술정보통신부": "the Ministry of Science and ICT",
    "외교부": "the Foreign Ministry", "관세청": "the Korea Customs Service",
    "국가기술표준원": "the Korean Agency for Technology and Standards",
}
TOPIC_EN = {
    "semiconductor": "chip", "battery": "battery", "minerals": "critical mineral", "rare_earth": "rare earth",
    "hydrogen": "clean hydrogen", "export_control": "export control", "sanctions": "sanctions",
    "tariff": "tariff", "ipef": "trade cooperation", "shipping": "shipping", "ai": "AI",
    "standards": "international standards",
}
CITY_EN = {"서울": "SEOUL", "세종": "SEJONG", "부산": "BUSAN", "워싱턴": "WASHINGTON", "베이징": "BEIJING",
           "도쿄": "TOKYO", "브뤼셀": "BRUSSELS"}
EN_TITLES = ("{Agency} moves to shore up {topic} supply chain", "Korea weighs new {topic} measures",
             "{topic_c} supply chain: government steps up support", "Seoul outlines {topic} plan amid rivalry")
EN_LEADS = ("{Agency} said on {weekday} it will expand support for the {topic} industry.",
            "{Agency} unveiled a package of {topic} measures on {weekday}.",
            "South Korea is stepping up its response on {topic} supply chains, {agency} said on {weekday}.")
COMPANY_EN = {
    "CJ제일제당": "CJ CheilJedang", "DB하이텍": "DB HiTek", "HD한국조선해양": "HD Korea Shipbuilding & Offshore Engineering",
    "HD현대건설기계": "HD Hyundai Construction Equipment", "HMM": "HMM", "KT": "KT", "LG에너지솔루션": "LG Energy Solution",
    "LG전자": "LG Electronics", "LG화학": "LG Chem", "LS": "LS Corp.", "LS일렉트릭": "LS Electric",
    "LX인터내셔널": "LX International", "SK온": "SK On", "SK텔레콤": "SK Telecom", "SK하이닉스": "SK hynix",
    "고려아연": "Korea Zinc", "기아": "Kia", "네이버": "Naver", "대한해운": "Korea Line", "두산밥캣": "Doosan Bobcat",
    "두산에너빌리티": "Doosan Enerbility", "삼성SDI": "Samsung SDI", "삼성전자": "Samsung Electronics",
    "성림첨단산업": "Star Group Industrial", "에코프로": "EcoPro", "에코프로비엠": "EcoPro BM", "엘앤에프": "L&F",
    "원익IPS": "Wonik IPS", "팬오션": "Pan Ocean", "포스코": "POSCO", "포스코인터내셔널": "POSCO International",
    "포스코퓨처엠": "POSCO Future M", "포스코홀딩스": "POSCO Holdings", "한국전력": "KEPCO", "한미반도체": "Hanmi Semiconductor",
    "한화솔루션": "Hanwha Solutions", "한화오션": "Hanwha Ocean", "한화큐셀": "Hanwha Qcells", "현대모비스": "Hyundai Mobis",
    "현대제철": "Hyundai Steel", "현대차": "Hyundai Motor", "효성중공업": "Hyosung Heavy Industries",
}
EN_COMPANY = ("{company} is among the companies expected to benefit.", "{company} has already outlined its response.",
              "Executives from {company} attended the meeting.", "{company} said it would review its investment plans.",
              "Analysts said {company} faces the largest exposure.")
EN_DETAILS = ("The measures follow months of consultations with exporters.",
              "Rivalry with China over the supply chain has intensified this year.",
              "The plan includes tax credits and policy loans for facility investment.",
              "Exporters have called for faster permit reviews.",
              "The ministry will run a joint inspection system with related agencies.",
              "Officials said the schedule could be brought forward if conditions change.",
              "Some firms are reviewing their overseas production bases.",
              "The government will also expand cooperation with allied countries.",
              "Smaller suppliers say compliance costs are rising.",
              "The package will be finalized after a public hearing next month.",
              "Demand has grown quickly with the spread of AI data centers.",
              "Experts warned that the uncertainty is likely to persist.")
EN_MORE_DETAILS = ("{Agency} plans to announce follow-up steps by the end of the year.",
                   "The {topic} sector accounts for a growing share of exports.",
                   "Korean {topic} makers have asked for clearer guidelines.",
                   "The move comes as major economies rush to secure {topic} supply chains.",
                   "A task force will monitor the {topic} market every week.",
                   "Local governments will join the {topic} support program.",
                   "{Agency} said it would hold talks with partner countries on {topic} issues.",
                   "Officials declined to give a timeline for the {topic} review.",
                   "Market watchers expect the {topic} measures to take effect next year.",
                   "The budget for {topic} projects will be reviewed by parliament.",
                   "A public-private council on {topic} will meet again next month.",
                   "{Agency} expects the {topic} plan to ease pressure on suppliers.")
EN_QUOTES = ("We will respond swiftly to protect our companies", "Supply chain stability is not a task for one ministry",
             "We will prepare support that companies can feel on the ground",
             "Cooperation with our partners will be a foundation for our firms abroad",
             "We need to lower our dependence on any single country",
             "We will manage our channels with allies closely", "The uncertainty is likely to continue for some time",
             "Companies should check the end use of every deal", "We will not let logistics costs fall on exporters",
             "Securing the technology matters more than owning the mines")
EN_SPEAKERS = ("the minister said", "a ministry official said", "an industry official said", "the vice minister said",
               "an analyst said", "the trade minister said")
EN_CLOSERS = ("Officials said further measures would follow after consultations with the industry.",
              "The government plans to review the measures with companies in the coming weeks.",
              "Industry groups welcomed the plan but called for faster implementation.")
NOTICE = "※ This article was translated by an AI model from the Korean original."


@dataclass(frozen=True)
class CopyRates:
    """Per-original probabilities of each planted document."""

    rescrape: float = 0.10
    exact: float = 0.05
    host_alias: float = 0.08  # of originals that have an outlet id
    syndicated: float = 0.10
    translation: float = 0.04
    sibling: float = 0.06  # hard negative: a follow-up article on the same event
    other_outlet_original: float = 0.15
    with_outlet_id: float = 0.8  # originals whose URL (and so outlet id) is known
    delay_weights: tuple[int, ...] = (40, 30, 20, 10)  # copy lands 0, 1, 2, 3 days after


@dataclass(frozen=True)
class Relation:
    original_id: str  # itself for originals and hard negatives
    copy_kind: str | None  # None for originals
    edits: tuple[str, ...] = ()


@dataclass
class PlantedCorpus:
    docs: list[DedupDoc]
    truth: dict[str, Relation]
    siblings: dict[str, str] = field(default_factory=dict)  # hard negative id -> article it shadows

    def days(self) -> list[date]:
        return sorted({d.landing_date for d in self.docs})

    def counts(self) -> Counter:
        return Counter(r.copy_kind or ("sibling" if a in self.siblings else "original") for a, r in self.truth.items())


# ------------------------------------------------------------------- text edits

def add_typos(text: str, rate: float, rng: random.Random) -> str:
    """Swap a character with the next or delete it, at ``rate`` per non-space character."""
    if rate <= 0:
        return text
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if not c.isspace() and rng.random() < rate:
            if rng.random() < 0.5 and i + 1 < n and not text[i + 1].isspace():
                out += [text[i + 1], c]
                i += 2
                continue
            i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


def _rescraped_caption(c) -> str:
    """A photo caption left in a rescraped body (no e-mail: scrapers keep the visible text)."""
    return f"{c.text} [사진={c.credit}] {c.date.replace('-', '.')}"


def _first_sentence_split(para: str) -> tuple[str, str]:
    m = re.search(r"(?<=[다.])\s+", para)
    return (para[:m.start()], para[m.end():]) if m else (para, "")


# -------------------------------------------------------------- English stand-in

def _won_en(v: int, rng: random.Random) -> str:
    if v >= 10 ** 12:
        num, scale = f"{v / 10 ** 12:g}", "trillion"
    else:
        num, scale = f"{v / 10 ** 9:g}", "billion"
    return rng.choice([f"{num} {scale} won", f"KRW {num} {scale}", f"₩{num} {scale}"])


def _usd_en(v: int, rng: random.Random) -> str:
    if v >= 10 ** 9:
        num, scale = f"{v / 10 ** 9:g}", "billion"
    else:
        num, scale = f"{v / 10 ** 6:g}", "million"
    return rng.choice([f"${num} {scale}", f"US${num} {scale}", f"{num} {scale} dollars"])


def _anchor_sentence(kind: str, value: str, topic: str, rng: random.Random) -> str:
    v = int(float(value)) if kind != "pct" else 0
    if kind == "won":
        return rng.choice([f"The package is worth {_won_en(v, rng)}.",
                           f"Companies plan to invest {_won_en(v, rng)} in the {topic} sector."])
    if kind == "usd":
        return f"The figure cited was {_usd_en(v, rng)}."
    if kind == "ton":
        return f"Annual capacity is set at {v:,} tons."
    return rng.choice([f"The share stands at {value}%.", f"The rate reached {value} percent."])


def english_rendering(article, topic: str, dateline: str, link: str | None, rng: random.Random,
                      max_numbers: int = 3) -> tuple[str, str]:
    """(title, body) of a short English AI-translation stand-in of a Korean article."""
    body_ko = article.body_text
    agency = next((en for ko, en in AGENCY_EN.items() if ko in body_ko), "the government")
    topic_en = TOPIC_EN.get(topic, "supply chain")
    pub = article.published_at or datetime.combine(START, datetime.min.time(), KST)  # never the clock
    slots = {"Agency": agency[0].upper() + agency[1:], "agency": agency, "topic": topic_en,
             "topic_c": topic_en[0].upper() + topic_en[1:], "weekday": f"{pub:%A}"}
    title = rng.choice(EN_TITLES).format(**slots)
    lead = f"{CITY_EN.get(dateline, 'SEOUL')}, {pub:%b}. {pub.day} (Newspim) -- " + rng.choice(EN_LEADS).format(**slots)
    anchors = sorted(numeric_anchors(body_ko))
    picked = rng.sample(anchors, min(max_numbers, len(anchors)))
    companies = [en for ko, en in COMPANY_EN.items() if ko in body_ko][:2]
    middle = [rng.choice(EN_COMPANY).format(company=c) for c in companies]
    details = [d.format(**slots) for d in EN_DETAILS + EN_MORE_DETAILS]
    for para in article.paragraphs[1:]:  # one sentence per Korean paragraph
        if '"' in para:
            middle.append(f'"{rng.choice(EN_QUOTES)}," {rng.choice(EN_SPEAKERS)}.')
        else:
            middle.append(details.pop(rng.randrange(len(details))))
    middle += [_anchor_sentence(k, v, topic_en, rng) for k, v in picked]
    rng.shuffle(middle)
    sents = [lead] + middle + [rng.choice(EN_CLOSERS)]
    notice = NOTICE + (f" Original: {link}" if link else "")
    return title, " ".join(sents) + "\n\n" + notice


# ---------------------------------------------------------------------- corpus

def _delay(rng: random.Random, rates: CopyRates) -> int:
    return rng.choices(range(len(rates.delay_weights)), weights=rates.delay_weights)[0]


def _landing_after(landing: date, end: date, crng: random.Random, rates: CopyRates) -> date | None:
    """The landing day of a copy of a page that landed on ``landing`` (None: after the corpus ends)."""
    day = landing + timedelta(days=_delay(crng, rates))
    return day if day <= end else None


def _facts(spec: PageSpec, ctx_state: tuple) -> tuple[dict, dict]:
    """The slot values and persons of ``spec``'s story again (the page's random state before it was written)."""
    r = random.Random()
    r.setstate(ctx_state)
    return story_context(spec.topic, spec.dateline, spec.pub_date, r, spec.cast)


def _unique(aid: str, used: set[str]) -> str:
    base, k = aid, 1
    while aid in used:
        k += 1
        aid = f"{base}#{k}"
    used.add(aid)
    return aid


def _pub_day(dt: datetime | None) -> str | None:
    return dt.astimezone(KST).date().isoformat() if dt else None


def planted_corpus(days: int, per_day: int, seed: int = 7, start_date: date = START,
                   rates: CopyRates = CopyRates()) -> PlantedCorpus:
    """``per_day`` generated pages per landing day over ``days`` days, plus planted copies.

    Copies land 0-3 days after their original (never past the last day). Deterministic.
    """
    cast = build_cast(seed)
    newspim = layouts()["newspim"]  # the originals: Newspim desktop pages, the streams of a Newspim-only corpus
    seen: set[str] = set()
    end = start_date + timedelta(days=days - 1)
    docs: list[DedupDoc] = []
    truth: dict[str, Relation] = {}
    siblings: dict[str, str] = {}
    used: set[str] = set()
    serial = 0

    def add(doc: DedupDoc, rel: Relation):
        docs.append(doc)
        truth[doc.article_id] = rel if rel.copy_kind else Relation(doc.article_id, None, rel.edits)

    for d in range(days):
        landing = start_date + timedelta(days=d)
        for index, mode in enumerate(day_modes(seed, landing, newspim, per_day, keyed=False), start=1):
            rng = random.Random(f"{SEED_PREFIX}:{seed}:{landing.isoformat()}:{index}")
            spec = make_spec(cast, landing, index, mode, rng, prefix=newspim.prefix)
            spec.avoid = seen  # live set: the same pages as iter_pages, without its copying
            ctx_state = rng.getstate()
            _, art = render_newspim_page(spec, rng)
            seen.update(x for x in (art.title, art.paragraphs[0]) if x)
            headline = art.title or ""  # a desktop page always has one
            crng = random.Random(f"chainwire-copies:{seed}:{landing.isoformat()}:{index}")

            # ---- the original
            serial += 1
            if crng.random() < rates.other_outlet_original:
                outlet, _brand, mk = crng.choice(OTHER_OUTLETS)
                url = mk(landing, serial) if mk else None
            else:
                outlet = "newspim"
                url = (f"https://www.newspim.com/news/view/{landing:%Y%m%d}{index:06d}"
                       if crng.random() < rates.with_outlet_id else None)
            oid = _oid(url)
            paras = list(art.paragraphs)
            pub = art.published_at
            aid = _unique(make_article_id(outlet, oid, art.title, _pub_day(pub), paras[0]), used)
            orig = DedupDoc(aid, outlet, url, oid, art.title, "\n\n".join(paras), pub, landing, "ko", False)
            add(orig, Relation(aid, None))

            # ---- rescrape (same outlet, no id; typos / trim / chrome / captions)
            if crng.random() < rates.rescrape and (day := _landing_after(landing, end, crng, rates)):
                edits = []
                body = list(paras)
                if crng.random() < 0.3 and len(body) >= 4:  # a paragraph of 4+ (75 % stays)
                    if crng.random() < 0.5:
                        body = body[1:]
                        edits.append("trim_first")
                    else:
                        body = body[:-1]
                        edits.append("trim_last")
                if art.photo_captions and crng.random() < 0.5:
                    for c in crng.sample(art.photo_captions, len(art.photo_captions)):
                        body.insert(crng.randint(1, len(body)), _rescraped_caption(c))
                    edits.append("captions")
                if crng.random() < 0.4:
                    for _ in range(crng.randint(1, 3)):
                        line = crng.choice(CHROME_LINES)
                        body.insert(0, line) if crng.random() < 0.5 else body.append(line)
                    edits.append("chrome")
                title = headline
                if crng.random() < 0.7 or not edits:
                    r = crng.choice(TYPO_RATES)
                    body = [add_typos(p, r, crng) for p in body]
                    if crng.random() < 0.3:
                        title = add_typos(title, r, crng)
                    edits.append(f"typos{r}")
                rpub = pub if crng.random() < 0.8 else None
                raid = _unique(make_article_id(outlet, None, title, _pub_day(rpub), body[0]), used)
                add(DedupDoc(raid, outlet, None, None, title, "\n\n".join(body), rpub, day, "ko", False),
                    Relation(aid, "rescrape", tuple(edits)))

            # ---- exact duplicate under another file name
            if crng.random() < rates.exact and (day := _landing_after(landing, end, crng, rates)):
                eaid = _unique(make_article_id(outlet, None, art.title, _pub_day(pub), paras[0]), used)
                add(DedupDoc(eaid, outlet, None, None, art.title, orig.body_text, pub, day, "ko", False),
                    Relation(aid, "rescrape", ("exact",)))

            # ---- host alias (same outlet id, other host)
            if oid and outlet == "newspim" and crng.random() < rates.host_alias and (day := _landing_after(landing, end, crng, rates)):
                host = crng.choice(["member", "m"])
                body = list(paras)
                edits = [host]
                if crng.random() < 0.5:
                    body.append(crng.choice(CHROME_LINES))
                    edits.append("chrome")
                if crng.random() < 0.3:
                    body = [add_typos(p, 0.002, crng) for p in body]
                    edits.append("typos0.002")
                add(DedupDoc(_unique(f"{aid}@{host}", used), outlet, f"https://{host}.newspim.com/news/view/{oid}",
                             oid, art.title, "\n\n".join(body), pub, day, "ko", False),
                    Relation(aid, "host_alias", tuple(edits)))

            # ---- syndicated by another outlet
            if crng.random() < rates.syndicated and (day := _landing_after(landing, end, crng, rates)):
                o2, brand2, mk2 = crng.choice([o for o in OTHER_OUTLETS if o[0] != outlet])
                ctx, persons = _facts(spec, ctx_state)
                fmt = JosaFormatter(ctx, persons)
                first, rest = _first_sentence_split(paras[0])
                foreign = spec.dateline in V.FOREIGN_DATELINES
                m = _WHEN.search(first)  # the rewritten lead keeps the original's date phrase
                when = m.group(0) if m else ""
                for _ in range(10):
                    new_lead = fmt.fill(crng.choice(lead_templates(spec.topic, foreign)), when=when)
                    if new_lead != first:
                        break
                edits = ["lead"]
                body = [(new_lead + " " + rest).strip()] + paras[1:]
                if crng.random() < 0.6:
                    reporter = crng.choice(cast.reporters).name
                    body[0] = f"[{spec.dateline}={brand2}] {reporter} 기자 = " + body[0]
                    edits.append("byline")
                if crng.random() < 0.3 and len(body) >= 5:
                    body = body[:-1]
                    edits.append("trim_last")
                if crng.random() < 0.5:
                    body.append(COPYRIGHT.format(brand=brand2))
                    edits.append("copyright")
                if crng.random() < 0.3:
                    body = [add_typos(p, 0.002, crng) for p in body]
                    edits.append("typos0.002")
                title = headline if crng.random() < 0.5 else f"[종합] {headline}"
                spub = pub + timedelta(minutes=crng.randint(10, 600)) if pub and crng.random() < 0.85 else None
                serial += 1
                url2 = mk2(day, serial) if mk2 else None
                oid2 = _oid(url2)
                saids = _unique(make_article_id(o2, oid2, title, _pub_day(spub), body[0]), used)
                add(DedupDoc(saids, o2, url2, oid2, title, "\n\n".join(body), spub, day, "ko", False),
                    Relation(aid, "syndicated", tuple(edits)))

            # ---- AI translation stand-in
            if crng.random() < rates.translation and (day := _landing_after(landing, end, crng, rates)):
                keep_id = oid is not None and crng.random() < 0.6
                link = url if (not keep_id and url and crng.random() < 0.5) else None
                title, en_body = english_rendering(art, spec.topic, spec.dateline, link, crng)
                tpub = pub + timedelta(hours=crng.randint(1, 12)) if pub else None
                if keep_id:
                    taid, turl, toid, how = _unique(f"{aid}@en", used), f"{url}?lang=en", oid, "outlet_id"
                else:
                    taid = _unique(make_article_id(outlet, None, title, _pub_day(tpub), en_body), used)
                    turl, toid, how = None, None, "link" if link else "numbers"
                add(DedupDoc(taid, outlet, turl, toid, title, en_body, tpub, day, "en", True),
                    Relation(aid, "machine_translation", (how,)))

            # ---- hard negative: a follow-up article on the same event
            if crng.random() < rates.sibling and (day := _landing_after(landing, end, crng, rates)):
                ctx, persons = _facts(spec, ctx_state)
                brng = random.Random(f"chainwire-copies:{seed}:{landing.isoformat()}:{index}:sibling")
                sspec = replace(spec, n_paragraphs=brng.randint(3, 8))
                foreign = spec.dateline in V.FOREIGN_DATELINES
                sparas = body_paragraphs(sspec, ctx, persons, when_phrase(spec.date_mode, spec.pub_date, landing, foreign, brng), brng)
                titles = list(V.TOPICS[spec.topic]["titles"]) + V.UNIVERSAL_TITLES
                stitle = JosaFormatter(ctx).fill(brng.choice(titles))
                serial += 1
                if outlet == "newspim" and url:
                    surl = f"https://www.newspim.com/news/view/{day:%Y%m%d}{900000 + serial % 100000:06d}"
                else:
                    surl = None
                soid = _oid(surl)
                spub = pub + timedelta(hours=brng.randint(1, 30)) if pub else None
                said = _unique(make_article_id(outlet, soid, stitle, _pub_day(spub), sparas[0]), used)
                add(DedupDoc(said, outlet, surl, soid, stitle, "\n\n".join(sparas), spub, day, "ko", False),
                    Relation(said, None, ("sibling",)))
                siblings[said] = aid

    return PlantedCorpus(docs=docs, truth=truth, siblings=siblings)


def _oid(url: str | None) -> str | None:
    from chainwire.extract.outlets import outlet_article_id, outlet_for_url

    if not url:
        return None
    return outlet_article_id(outlet_for_url(url), url)


# ------------------------------------------------------------------- scoring

def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def score_clusters(cluster_of: dict[str, str], truth: dict[str, Relation],
                   siblings: dict[str, str] | None = None) -> dict:
    """Pairwise precision/recall of "same story" (same cluster) against the planted truth,
    plus recall per copy kind / edit and the rate at which hard negatives were merged."""
    ids = [a for a in truth if a in cluster_of]
    true_group = {a: truth[a].original_id for a in ids}
    pred = Counter(cluster_of[a] for a in ids)
    gold = Counter(true_group[a] for a in ids)
    both = Counter((cluster_of[a], true_group[a]) for a in ids)
    tp = sum(_pairs(c) for c in both.values())
    pp = sum(_pairs(c) for c in pred.values())
    gp = sum(_pairs(c) for c in gold.values())
    precision = tp / pp if pp else 1.0
    recall = tp / gp if gp else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    by_kind: dict[str, list[int]] = {}
    by_edit: dict[str, list[int]] = {}
    for a in ids:
        rel = truth[a]
        if rel.copy_kind is None or rel.original_id not in cluster_of:
            continue
        hit = int(cluster_of[a] == cluster_of[rel.original_id])
        by_kind.setdefault(rel.copy_kind, [0, 0])
        by_kind[rel.copy_kind][0] += hit
        by_kind[rel.copy_kind][1] += 1
        for e in rel.edits:
            key = f"{rel.copy_kind}:{re.sub(r'[0-9.]+$', '', e) if not e.startswith('typos') else e}"
            by_edit.setdefault(key, [0, 0])
            by_edit[key][0] += hit
            by_edit[key][1] += 1
    sib = [int(cluster_of.get(s) == cluster_of.get(o)) for s, o in (siblings or {}).items()
           if s in cluster_of and o in cluster_of]
    return {
        "docs": len(ids), "precision": precision, "recall": recall, "f1": f1,
        "tp": tp, "fp": pp - tp, "fn": gp - tp,
        "recall_by_kind": {k: v[0] / v[1] for k, v in sorted(by_kind.items())},
        "n_by_kind": {k: v[1] for k, v in sorted(by_kind.items())},
        "recall_by_edit": {k: v[0] / v[1] for k, v in sorted(by_edit.items())},
        "siblings_merged": (sum(sib) / len(sib)) if sib else 0.0, "n_siblings": len(sib),
    }
