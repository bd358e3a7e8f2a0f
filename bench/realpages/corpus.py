"""The real-page development corpus: where its pages live, how labels become facts, the split.

Page text is third-party material and never enters git: pages live in a gitignored folder
(default ``data/realpages/``, override with ``--dir`` or ``CHAINWIRE_REALPAGES_DIR``)::

    <dir>/pages/<id>.txt          the page as captured (id = sha1(url)[:12])
    <dir>/labels/<collector>.jsonl the labeller's plain-text labels (local only)

What is committed is ``bench/realpages/index.jsonl``: per page the url, outlet, page hash and
every field label as a fact. Sentence-like labels (title, deck lines, body start/end,
furniture lines) are stored as ``{"sha1", "len"}`` of the NFC, whitespace-collapsed text, so
the index holds no article text. Short facts (times, dateline, reporter names, outlet) stay
as they are.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
INDEX = HERE / "index.jsonl"
ENRICH_LABELS = HERE / "enrich_labels.jsonl"
DEFAULT_DIR = ROOT / "data" / "realpages"

# Outlets set aside before any rule was written against them: an outlet is held out when a salted
# hash of its domain falls in the lowest HELDOUT_FRACTION of the hash space. The choice depends on
# the domain alone, so adding pages or outlets never moves an outlet between the parts, and nobody
# picks which outlets are hard. Newspim stays in the development part (the project started from it).
HELDOUT_SALT = "chainwire-leave-outlet-out-v1"
HELDOUT_FRACTION = 0.35
HELDOUT_MIN_OUTLETS = 15
HELDOUT_MIN_PAGES = 50
ALWAYS_DEV = frozenset({"newspim.com"})

_WS = re.compile(r"\s+")


def norm(text: str | None) -> str:
    """NFC, whitespace collapsed to one space, stripped: the form every hash is taken of."""
    return _WS.sub(" ", unicodedata.normalize("NFC", text or "")).strip()


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


# Broadcast scripts open with a speaker marker ([앵커], 【 앵커멘트 】, ◀ 앵커 ▶); labellers differ on
# whether it belongs to the body, so body starts are compared without it, on both sides.
_SPEAKER_MARK = re.compile(r"^(?:\[\s*앵커(?:\s*멘트)?\s*\]|【\s*앵커(?:\s*멘트)?\s*】|◀\s*앵커\s*▶|<\s*앵커\s*>)\s*")


def body_head(text: str | None) -> str:
    """A body's opening in normal form, without a leading speaker marker."""
    return _SPEAKER_MARK.sub("", norm(text))


# A deck printed as a list ("- 요점", "• point"): labellers differ on keeping the list marker, so deck
# lines are compared without it, on both sides.
_LIST_MARK = re.compile(r"^[-–—·•▲△■□◆◇]\s+")


def deck_line(text: str | None) -> str:
    """A deck line in normal form, without a leading list marker."""
    return _LIST_MARK.sub("", norm(text))


def fact(text: str | None) -> dict | None:
    """A sentence-like label as a fact: hash and length of its normal form."""
    t = norm(text)
    return {"sha1": sha1(t), "len": len(t)} if t else None


DIR_HELP = "corpus folder (default data/realpages or $CHAINWIRE_REALPAGES_DIR)"  # what corpus_dir resolves


def corpus_dir(arg: str | os.PathLike | None = None) -> Path:
    return Path(arg or os.environ.get("CHAINWIRE_REALPAGES_DIR") or DEFAULT_DIR)


def page_path(folder: Path, page_id: str) -> Path:
    return folder / "pages" / f"{page_id}.txt"


def page_sha1(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()


def load_index(path: Path = INDEX) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def dev_pages(folder: Path) -> list[dict]:
    """Index records of the development pages present in ``folder``, in index order (held-out pages are
    never handed to a tool that tunes or probes rules)."""
    return [r for r in load_index() if r["split"] == "dev" and page_path(folder, r["id"]).exists()]


def is_heldout(domain: str) -> bool:
    """Whether an outlet's pages belong to the leave-outlet-out part (fixed by its domain)."""
    if domain in ALWAYS_DEV:
        return False
    return int(sha1(f"{HELDOUT_SALT}:{domain}"), 16) < HELDOUT_FRACTION * 16**40


def enrich_split(page_id: str) -> str:
    """Enrichment labels: a fixed third of the articles is held out from tuning."""
    return "heldout" if int(sha1(f"enrich-heldout-v1:{page_id}"), 16) % 3 == 0 else "tune"
