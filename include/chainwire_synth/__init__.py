"""Deterministic sample corpus of news page dumps with ground truth.

See :mod:`chainwire_synth.generator` for the Newspim layout and the ground-truth rules,
:mod:`chainwire_synth.layouts` for the other outlet layouts (``generate_corpus(...,
outlets="all")``; the default stays Newspim-only), :mod:`chainwire_synth.vocab` and
:mod:`chainwire_synth.vocab_en` for the invented text material. ``python -m
chainwire_synth --outlets all`` generates a mixed corpus from the command line.
"""

from chainwire_synth.generator import (
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
