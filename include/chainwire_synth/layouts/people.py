"""Newsroom staff of every generated outlet, and the photographers who are never bylined.

Each outlet's staff is drawn from its own seeded stream, in a fixed outlet order, so an
outlet's people do not change when other layouts are added to a corpus. Newspim's
reporters are exactly :func:`chainwire_synth.story.build_cast` (the desktop layout
is unchanged); officials and foreign actors are shared by every outlet's stories.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from chainwire_synth import vocab as V
from chainwire_synth.story import DESKS, SEED_PREFIX, Cast, Reporter, build_cast, draw_korean_name, email_id

# outlet -> (e-mail domain, English-language staff)
STAFF = {
    "newspim": ("newspim.com", False),
    "yonhap": ("yna.co.kr", False),
    "newsis": ("newsis.com", False),
    "thepublic": ("thepublic.kr", False),
    "koreaherald": ("heraldcorp.com", True),
    "yonhap_en": ("yna.co.kr", True),
    # layout families met on real pages (chainwire_synth.layouts.families)
    "ytn": ("ytn.co.kr", False),
    "news1": ("news1.kr", False),
    "asiae": ("asiae.co.kr", False),
    "ajupress": ("ajunews.com", True),
    "edaily": ("edaily.co.kr", False),
}
PHOTOGRAPHERS = 3


@dataclass
class Env:
    seed: int
    casts: dict[str, Cast]
    photographers: dict[str, list[Reporter]]


def romanized(sur_rom: str, given: list[str]) -> str:
    """``kim``, [``min``, ``jun``] → ``Kim Min-jun``."""
    return f"{sur_rom.capitalize()} {given[0].capitalize()}-{given[1]}"


def korean_name(rng: random.Random, used: set[str]) -> tuple[str, str, str, list[str]]:
    """A fresh invented name whose given name does not repeat the surname's syllable (윤윤희)."""
    while True:
        got = draw_korean_name(rng, used)
        if got[2] != got[3][0]:
            return got


def _person(rng: random.Random, used_names: set[str], used_ids: set[str], domain: str, english: bool,
            role: str, desk: str) -> Reporter:
    name, sur, sur_rom, given = korean_name(rng, used_names)
    email = email_id(rng, sur_rom, given, used_ids) + "@" + domain
    if english:
        return Reporter(name=romanized(sur_rom, given), surname=sur_rom.capitalize(), role="", email=email, desk=desk)
    return Reporter(name=name, surname=sur, role=role, email=email, desk=desk)


def build_env(seed: int) -> Env:
    base = build_cast(seed)
    used_names = set(V.FORBIDDEN_NAMES) | {r.name for r in base.reporters} | {n for n, _ in base.officials.values()}
    ids_by_domain: dict[str, set[str]] = {"newspim.com": {r.email.split("@")[0] for r in base.reporters}}
    casts: dict[str, Cast] = {"newspim": base}
    photographers: dict[str, list[Reporter]] = {}
    for outlet, (domain, english) in STAFF.items():
        rng = random.Random(f"{SEED_PREFIX}:{seed}:cast:{outlet}")
        used_ids = ids_by_domain.setdefault(domain, set())
        if outlet != "newspim":
            staff = [_person(rng, used_names, used_ids, domain, english, role, desk)
                     for desk, role, count in DESKS for _ in range(count)]
            casts[outlet] = Cast(reporters=staff, officials=base.officials, foreign=base.foreign)
        photographers[outlet] = [_person(rng, used_names, used_ids, domain, english, "기자", "사진")
                                 for _ in range(PHOTOGRAPHERS)]
    return Env(seed=seed, casts=casts, photographers=photographers)
