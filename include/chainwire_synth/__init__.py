"""Test and benchmark code of Chainwire, outside the product package ``chainwire``.

It imports ``chainwire``; ``chainwire`` never imports it (``chainwire synth`` reaches it through
the ``chainwire.commands`` entry point, :mod:`chainwire_synth.command`).

* the deterministic sample corpus of news page dumps with ground truth:
  :mod:`chainwire_synth.generator` writes it (``generate_corpus(..., outlets="all")``; the
  default stays Newspim-only), :mod:`chainwire_synth.story` is the layout-neutral core (cast,
  content, date rules), :mod:`chainwire_synth.layouts` the outlet layouts, :mod:`.vocab` and
  :mod:`.vocab_en` the invented text material; ``python -m chainwire_synth --outlets all``
  generates a mixed corpus from the command line;
* :mod:`chainwire_synth.copies`: a corpus with planted copy relations and its scoring, for
  ``bench/bench_dedup.py`` and the dedup tests;
* :mod:`chainwire_synth.enrich_evaluate`: scoring the enrichment against the gold set.
"""

from chainwire_synth.generator import generate_corpus, iter_pages
from chainwire_synth.story import Cast, PageSpec, Reporter, build_cast, infer_blank_date, make_spec

__all__ = [
    "Cast",
    "PageSpec",
    "Reporter",
    "build_cast",
    "generate_corpus",
    "infer_blank_date",
    "iter_pages",
    "make_spec",
]
