"""bench/realpages/build_index.py merges new labels into the committed index (made-up pages only)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench" / "realpages"))

import build_index as bi  # noqa: E402

pytestmark = pytest.mark.unit

# Invented records: an old page whose label file is gone, and one whose label is still here.
LOST = {"id": "aaaaaaaaaaaa", "outlet_domain": "old-gazette.example", "title": {"len": 3, "sha1": "0" * 40},
        "note": "a field the current builder would not write"}
RELABELLED_OLD = {"id": "cccccccccccc", "outlet_domain": "harbour-times.example", "title": None}
LOST_ENRICH = {"id": "aaaaaaaaaaaa", "split": "tune", "topics": ["batteries"], "countries": ["KR"],
               "actors": [], "actions": [], "language": "ko"}
OLD_ENRICH = {"id": "cccccccccccc", "split": "tune", "topics": [], "countries": [], "actors": [], "actions": [],
              "language": "ko"}


def _write(path: Path, rows: list[dict]) -> None:
    bi.write_jsonl(path, rows)


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "realpages"
    (folder / "pages").mkdir(parents=True)
    (folder / "labels").mkdir()
    page = "Harbour cranes idle as battery exports wait\nPORT CITY — A made-up story about customs checks.\n© Harbour Times\n"
    (folder / "pages" / "cccccccccccc.txt").write_bytes(page.encode("utf-8"))
    (folder / "pages" / "bbbbbbbbbbbb.txt").write_bytes(b"Another invented page about a tariff notice.\n")
    labels = [
        {"id": "cccccccccccc", "url": "https://harbour-times.example/1", "outlet_domain": "harbour-times.example",
         "outlet_name": "Harbour Times", "language": "en", "page_kind": "article", "format": "text",
         "title": "Harbour cranes idle as battery exports wait", "topics": ["batteries"], "countries": ["kr"]},
        {"id": "bbbbbbbbbbbb", "url": "https://tariff-daily.example/2", "outlet_domain": "www.Tariff-Daily.example",
         "language": "en", "title": "Another invented page", "topics": ["tariffs_trade_remedies", "not_a_topic"]},
        {"id": "dddddddddddd", "url": "https://nowhere.example/3", "outlet_domain": "nowhere.example"},  # no page
    ]
    (folder / "labels" / "someone.jsonl").write_text("".join(json.dumps(r) + "\n" for r in labels), encoding="utf-8")
    index, enrich = tmp_path / "index.jsonl", tmp_path / "enrich.jsonl"
    _write(index, [LOST, RELABELLED_OLD])
    _write(enrich, [LOST_ENRICH, OLD_ENRICH])
    return folder, index, enrich


def test_a_record_no_label_names_is_kept_as_it_was_and_a_labelled_one_is_rebuilt(corpus):
    folder, index_path, enrich_path = corpus
    index, enrich = bi.build(folder, index_path, enrich_path)
    assert [r["id"] for r in index] == ["aaaaaaaaaaaa", "bbbbbbbbbbbb", "cccccccccccc"]  # no page, no record
    assert index[0] == LOST
    assert index[1]["outlet_domain"] == "tariff-daily.example"
    assert index[2]["title"] == bi.fact("Harbour cranes idle as battery exports wait")
    assert index[2]["outlet_on_page"] is True
    assert enrich[0] == LOST_ENRICH
    assert enrich[1]["topics"] == ["tariffs_trade_remedies"]
    assert enrich[2]["countries"] == ["KR"] and enrich[2]["topics"] == ["batteries"]


def test_rebuilding_without_label_files_leaves_both_files_byte_identical(corpus, tmp_path):
    folder, index_path, enrich_path = corpus
    for f in (folder / "labels").iterdir():
        f.unlink()
    before = index_path.read_bytes(), enrich_path.read_bytes()
    index, enrich = bi.build(folder, index_path, enrich_path)
    bi.write_jsonl(index_path, index)
    bi.write_jsonl(enrich_path, enrich)
    assert (index_path.read_bytes(), enrich_path.read_bytes()) == before


def test_the_committed_index_survives_a_rebuild_with_no_labels(tmp_path):
    (tmp_path / "labels").mkdir()
    index, enrich = bi.build(tmp_path)
    out_index, out_enrich = tmp_path / "i.jsonl", tmp_path / "e.jsonl"
    bi.write_jsonl(out_index, index)
    bi.write_jsonl(out_enrich, enrich)
    assert out_index.read_bytes() == bi.INDEX.read_bytes()
    assert out_enrich.read_bytes() == bi.ENRICH_LABELS.read_bytes()
