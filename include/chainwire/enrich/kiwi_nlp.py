"""The process-wide Kiwi tokenizer (kiwipiepy, model ``cong``), loaded lazily once.

Loading takes ~2-3 s and ~100 MB, so the instance is a module-level singleton guarded
by a lock; word analyses are memoised. Foreign names from the actor gazetteer are
added to the user dictionary as NNP so they stay whole (``지나 러몬도`` is one proper
noun, not the verb 지나다 + 러몬도).

Kiwi runs single-threaded (``num_workers=0``): the taggers only ever analyse a few
short words per article (name candidates in front of a title), never whole texts, so
a thread pool would only add hand-off cost - and one-core throughput figures stay
honest. ``CHAINWIRE_KIWI_WORKERS`` overrides it (``-1`` = all cores).
"""

from __future__ import annotations

import os
import threading
import warnings
from functools import lru_cache

from .gazetteers import load_actor_gazetteer

_KIWI = None
_LOCK = threading.Lock()
KIWI_WORKERS: int | None = None  # num_workers the instance was created with (0 = single thread)
MODEL_TYPE = "cong"

NOMINAL_TAGS = frozenset({"NNG", "NNP", "NNB", "NR", "SL", "SH", "SN", "XPN", "XSN"})


def _user_words() -> list[str]:
    words: list[str] = []
    for person in load_actor_gazetteer().people.values():
        for name in [person["name"], *person.get("aliases", [])]:
            if any("\uac00" <= ch <= "\ud7a3" for ch in name):
                words.append(name)
    return words


def get_kiwi():
    """The shared ``Kiwi(model_type="cong")`` with the gazetteer names in its user dictionary."""
    global _KIWI, KIWI_WORKERS
    if _KIWI is None:
        with _LOCK:
            if _KIWI is None:
                from kiwipiepy import Kiwi

                workers = int(os.environ.get("CHAINWIRE_KIWI_WORKERS", "0"))
                with warnings.catch_warnings():
                    # kiwipiepy warns that num_workers=0 means "single thread" since v0.21 - which is the point.
                    warnings.simplefilter("ignore", DeprecationWarning)
                    kiwi = Kiwi(model_type=MODEL_TYPE, num_workers=workers)
                KIWI_WORKERS = workers
                for word in _user_words():
                    kiwi.add_user_word(word, "NNP", 0.0)
                _KIWI = kiwi
    return _KIWI


@lru_cache(maxsize=65536)
def word_tags(word: str) -> tuple[tuple[str, str], ...]:
    """(form, tag) pairs of one space-free word or short phrase."""
    return tuple((t.form, t.tag) for t in get_kiwi().tokenize(word))


def is_nominal(word: str) -> bool:
    """Every morpheme is a noun, number, foreign letters or a noun affix (no particle, verb or ending)."""
    tags = word_tags(word)
    return bool(tags) and all(tag in NOMINAL_TAGS for _, tag in tags)


def has_proper_noun(word: str) -> bool:
    return any(tag == "NNP" for _, tag in word_tags(word))
