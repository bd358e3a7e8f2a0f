"""The process-wide Kiwi tokenizer (kiwipiepy, model ``cong``), loaded lazily once.

Loading takes ~2-3 s and ~100 MB, so the instance is a module-level singleton guarded
by a lock; word analyses are memoised. Foreign names from the actor gazetteer are
added to the user dictionary as NNP so they stay whole (``지나 러몬도`` is one proper
noun, not the verb 지나다 + 러몬도).

Kiwi runs single-threaded (``num_workers=0``): the taggers only ever analyse a few
short words per article (name candidates in front of a title), never whole texts, so
a thread pool would only add hand-off cost - and one-core throughput figures stay
honest. ``CHAINWIRE_KIWI_WORKERS`` overrides it (``-1`` = all cores).

Two instances, the same analyses. Most of Kiwi's fixed cost is its built-in multi-word
dictionary (``multi.dict``: ≈ 250,000 WikiData proper nouns of several words): with it
``Kiwi()`` and the first analysis take ≈ 2.7 CPU-s and ≈ 560 MB, without it ≈ 1.0-1.4 CPU-s
and ≈ 380 MB. A dictionary entry can change an analysis only where it matches some part of
the word, so :func:`word_tags` sends a word to the full instance only when one of the
dictionary's entries could occur in it (:func:`_multi_word_could_match`: spaces, case,
NFKC and a last syllable's final consonant allowed for, a superset of what Kiwi matches)
and every other word to the lean instance (``load_multi_dict=False``), which gives the
same morphemes for it. The full instance is built only when such a word comes (on the
generated 20k day and the real pages: none of the ≈ 440 words the taggers ask about;
docs/performance.md, *The enrich workers and Kiwi without its multi-word dictionary*).
"""

from __future__ import annotations

import os
import re
import threading
import unicodedata
import warnings
from functools import lru_cache
from pathlib import Path

from .gazetteers import load_actor_gazetteer

_KIWI: dict[bool, object] = {}  # load_multi_dict -> the instance
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


def get_kiwi(multi_words: bool = True):
    """The shared ``Kiwi(model_type="cong")`` with the gazetteer names in its user dictionary; ``multi_words=False``:
    the instance without Kiwi's built-in multi-word dictionary (what :func:`word_tags` uses for the words no entry
    of it can match)."""
    global KIWI_WORKERS
    kiwi = _KIWI.get(multi_words)
    if kiwi is None:
        with _LOCK:
            kiwi = _KIWI.get(multi_words)
            if kiwi is None:
                from kiwipiepy import Kiwi

                workers = int(os.environ.get("CHAINWIRE_KIWI_WORKERS", "0"))
                with warnings.catch_warnings():
                    # kiwipiepy warns that num_workers=0 means "single thread" since v0.21 - which is the point.
                    warnings.simplefilter("ignore", DeprecationWarning)
                    kiwi = Kiwi(model_type=MODEL_TYPE, num_workers=workers, load_multi_dict=multi_words)
                KIWI_WORKERS = workers
                for word in _user_words():
                    kiwi.add_user_word(word, "NNP", 0.0)
                _KIWI[multi_words] = kiwi
    return kiwi


def _fold(text: str) -> str:
    """``text`` case-folded without whitespace (what Kiwi's multi-word matching may ignore; per character, so a
    substring stays a substring)."""
    return "".join(text.casefold().split())


def _multi_dict_path() -> Path | None:
    try:
        from kiwipiepy_model import get_model_path
    except ImportError:
        return None
    path = Path(get_model_path()) / "multi.dict"
    return path if path.is_file() else None


_SURFACE = re.compile(r"^([^#\t\n][^\t\n]*)\t", re.M)  # a dictionary line's first field (not a comment)
_OTHER_SPACE = re.compile(r"[^\S\n ]")


@lru_cache(maxsize=1)
def _multi_word_entries() -> frozenset[str] | None:
    """Every entry's surface of Kiwi's multi-word dictionary, folded (:func:`_fold`; also in NFKC where that differs,
    and with ``++`` unescaped); None when the model's ``multi.dict`` is not found (then every word goes to the full
    instance). ≈ 0.3 CPU-s and ≈ 25 MB for its ≈ 250,000 lines (C passes over the whole text, not a loop per line)."""
    path = _multi_dict_path()
    if path is None:
        return None
    surfaces = "\n".join(_SURFACE.findall(path.read_text(encoding="utf-8")))
    if _OTHER_SPACE.search(surfaces):
        surfaces = _OTHER_SPACE.sub(" ", surfaces)
    folded = surfaces.casefold().replace(" ", "").split("\n")
    entries = set(folded)
    nfkc = unicodedata.normalize("NFKC", surfaces)
    if nfkc != surfaces:  # (NFKC keeps the lines: no character of it is or becomes a line break)
        entries.update(b for a, b in zip(folded, nfkc.casefold().replace(" ", "").split("\n"), strict=True) if a != b)
    entries |= {e.replace("++", "+") for e in entries if "++" in e}
    entries.discard("")
    return frozenset(entries)


_HANGUL_FIRST, _HANGUL_LAST, _FINALS = 0xAC00, 0xD7A3, 28


def _without_final(syllable: str) -> str:
    """A Hangul syllable without its final consonant (받침): Kiwi keeps a final apart from its syllable (했 = 하 + ᆻ),
    so a dictionary entry ending in 하 can match the 하 of 했."""
    code = ord(syllable)
    if _HANGUL_FIRST <= code <= _HANGUL_LAST:
        return chr(code - (code - _HANGUL_FIRST) % _FINALS)
    return syllable


def _multi_word_could_match(word: str) -> bool:
    """Whether an entry of Kiwi's multi-word dictionary could match some part of ``word`` (True when unsure)."""
    entries = _multi_word_entries()
    if entries is None:
        return True
    for form in {_fold(word), _fold(unicodedata.normalize("NFKC", word))}:
        n = len(form)
        for i in range(n):
            for j in range(i + 1, n + 1):
                if form[i:j] in entries or form[i:j - 1] + _without_final(form[j - 1]) in entries:
                    return True
    return False


@lru_cache(maxsize=65536)
def word_tags(word: str) -> tuple[tuple[str, str], ...]:
    """(form, tag) pairs of one space-free word or short phrase: the full Kiwi's analysis (from the lean instance when
    no multi-word entry can match in the word: the same analysis)."""
    kiwi = get_kiwi(multi_words=_multi_word_could_match(word))
    return tuple((t.form, t.tag) for t in kiwi.tokenize(word))


def warm_up() -> None:
    """Build what :func:`word_tags` needs in every process (the lean instance, its first analysis - Kiwi's lazy
    set-up - and the multi-word entries); the full instance only without the entries (``multi.dict`` not found)."""
    get_kiwi(multi_words=_multi_word_entries() is None).tokenize("산업부 장관")


def is_nominal(word: str) -> bool:
    """Every morpheme is a noun, number, foreign letters or a noun affix (no particle, verb or ending)."""
    tags = word_tags(word)
    return bool(tags) and all(tag in NOMINAL_TAGS for _, tag in tags)


def has_proper_noun(word: str) -> bool:
    return any(tag == "NNP" for _, tag in word_tags(word))
