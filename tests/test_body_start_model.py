"""The body-start model's dataset, training and shipped weights (bench/realpages/train_body_start_model.py),
on generated pages only."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench" / "realpages"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import train_body_start_model as tbm  # noqa: E402

from chainwire.extract import generic  # noqa: E402
from pure_parser import needs_pure_parser, only_with_the_compiled_parser, run_with_the_pure_parser  # noqa: E402

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def synth():
    return tbm.synth_pages(per_layout=4)


@needs_pure_parser
def test_the_hook_is_off_and_left_off(synth):
    assert generic._Page.start_hook is None  # the parser runs without it; recording put it back
    assert len(synth) == 96 and len({p["group"] for p in synth}) == 24


@needs_pure_parser
def test_the_rules_start_is_a_candidate_and_right_on_generated_pages(synth):
    walked = [p for p in synth if p["cands"]]
    assert len(walked) >= len(synth) // 2
    for p in walked:
        c = p["cands"]
        assert len(c["rows"]) == len(c["ks"]) == len(c["rule_rows"])
        assert {len(r) for r in c["rows"]} == {tbm.bf.WIDTH}
        assert any(c["pos"]), p["group"]
    # the rules' start is right on the generated pages (the script's first 40 characters of the truth differ
    # from the parser's on a summary page or two of 2,400, where the truth's first paragraph is the summary's)
    assert sum(p["cands"]["pos"][p["cands"]["rule"]] for p in walked) >= 0.97 * len(walked)


@needs_pure_parser
def test_training_is_deterministic(synth):
    for stacked in (False, True):
        w1, w2 = tbm.fit(synth, stacked), tbm.fit(synth, stacked)
        assert (w1 == w2).all()


@needs_pure_parser
def test_the_shipped_weights_load_and_keep_the_generated_starts(synth):
    import json

    model = json.loads(tbm.MODEL_PATH.read_text(encoding="utf-8"))
    fits = {False: np.asarray(model["weights"]["alone"]), True: np.asarray(model["weights"]["stacked"])}
    assert fits[False].shape == (tbm.bf.WIDTH,) and fits[True].shape == (tbm.bf.WIDTH + 6,)
    assert model["training"]["cv_leave_outlets_out_10_folds"]["rules only"]
    walked = [p for p in synth if p["cands"]]
    for method in tbm.METHODS:
        right = sum(p["cands"]["pos"][tbm.choose(p, method, fits)] for p in walked)
        floor = (0.97 if "rules" in method or method == "stacked" else 0.9) * len(walked)
        assert right >= floor, method


@needs_pure_parser
def test_probabilities_are_a_distribution():
    p = tbm.bf.softmax_scores([0.5, -1.0], [[1.0, 0.0], [1.0, 2.0], [0.0, 1.0]])
    assert abs(sum(p) - 1.0) < 1e-9 and p.index(max(p)) == 0


@only_with_the_compiled_parser
def test_the_body_start_model_tests_pass_with_the_pure_parser():
    """The tests above hook the parser's internals (the training scripts' recorders): with the compiled parser in
    this process they skip and run here in a child process with the pure one."""
    run_with_the_pure_parser(__file__)
