"""Deterministic sample corpus of Newspim-style page dumps with ground truth.

See :mod:`chainwire.synth.generator` for the layout variants and the ground-truth
rules; :mod:`chainwire.synth.vocab` holds the invented text material.
"""

from chainwire.synth.generator import (
    Cast,
    PageSpec,
    Reporter,
    build_cast,
    generate_corpus,
    infer_blank_date,
    iter_pages,
    make_spec,
    render_page,
)

__all__ = [
    "Cast",
    "PageSpec",
    "Reporter",
    "build_cast",
    "generate_corpus",
    "infer_blank_date",
    "iter_pages",
    "make_spec",
    "render_page",
]
