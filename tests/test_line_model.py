"""The head-line classifier's dataset and training (bench/realpages/train_line_model.py), on generated pages only."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench" / "realpages"))

import train_line_model as tlm  # noqa: E402

from pure_parser import needs_pure_parser, only_with_the_compiled_parser, run_with_the_pure_parser  # noqa: E402

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def synth():
    return tlm.synth_pages()


@needs_pure_parser
def test_every_generated_head_has_its_title_and_deck_among_the_candidates(synth):
    heads = [p for p in synth if p["head"] and p["title_sha"]]
    assert len(heads) >= len(synth) // 2
    for p in heads:
        labels = p["head"]["labels"]
        assert labels.count(1) >= 1, p["group"]
        # every truth deck line is a candidate line labelled deck (the rules read generated layouts right)
        assert labels.count(2) >= len(p["deck_shas"]), p["group"]


@needs_pure_parser
def test_features_have_one_width_and_the_rules_columns_only_when_asked(synth):
    p = next(p for p in synth if p["head"] and len(p["head"]["lines"]) > 2)
    h = p["head"]
    alone = tlm.lm.features(h["lines"], h["first_marker"], h["barriers"], False)
    stacked = tlm.lm.features(h["lines"], h["first_marker"], h["barriers"], True)
    assert len(alone) == len(h["lines"]) and len({len(r) for r in alone}) == 1
    assert len(stacked[0]) == len(alone[0]) + 4
    assert len(alone[0]) == 1 + 3 * tlm.lm.OWN_FEATURES + 2


@needs_pure_parser
def test_training_is_deterministic_and_learns_generated_titles(synth):
    x, y = tlm.matrix(synth, False)
    w1, w2 = tlm.fit(x, y), tlm.fit(x, y)
    assert (w1 == w2).all()
    heads = [p for p in synth if p["head"] and p["head"]["lines"] and p["title_sha"]]
    right = 0
    for p in heads:
        title, _ = tlm.decode(p, tlm.predict(w1, p, False))
        right += tlm.score(p, title, [])[0] or 0
    # trained on these very pages: the headline is the likeliest title line on nearly all of them
    assert right >= 0.9 * len(heads)


@needs_pure_parser
def test_probabilities_are_a_distribution():
    w = [[0.0, 1.0], [0.5, -1.0], [2.0, 0.0]]
    p = tlm.lm.probabilities(w, [1.0, 0.5])
    assert abs(sum(p) - 1.0) < 1e-9 and max(p) == p[2]


@only_with_the_compiled_parser
def test_the_line_model_tests_pass_with_the_pure_parser():
    """The tests above hook the parser's internals (the training scripts' recorders): with the compiled parser in
    this process they skip and run here in a child process with the pure one."""
    run_with_the_pure_parser(__file__)
