"""Third-party modules that are imported by a library but never used by this project's runs, left unexecuted.

``defer("scipy.stats")`` puts a lazily executed ``scipy.stats`` in ``sys.modules`` (and as ``scipy.stats``), so a
library's ``from scipy import stats`` binds it without running it; its code runs the first time anything reads an
attribute of it (``stats.entropy``), as a plain import would have, with the same module as the result. Great
Expectations imports ``scipy.stats`` at module level for three expectations and metrics the project never runs
(KL divergence, two KS tests): ≈ 0.55 of the ≈ 2.1 CPU-s of its import, paid by every ``chainwire run`` in the
parent's warm-up (docs/performance.md, *The 20k day's waiting cores and fixed costs*).
"""

from __future__ import annotations

import importlib.util
import sys


def defer(name: str) -> bool:
    """Make ``name`` (a submodule, ``package.module``) execute on first use instead of at its import. A no-op
    (False) when it is already imported or not installed, or its package is not; True when deferred."""
    if name in sys.modules:
        return False
    parent_name, _, child = name.rpartition(".")
    if not parent_name:
        return False
    try:
        parent = importlib.import_module(parent_name)
        spec = importlib.util.find_spec(name)
    except ImportError:
        return False
    if spec is None or spec.loader is None:
        return False
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)  # (only arms it: the code runs at the first attribute access)
    # As the parent's attribute too: ``from scipy import stats`` then finds it there. Else ``scipy.__getattr__``
    # imports it by name, and the import system reads the module's ``__spec__``, which runs it.
    setattr(parent, child, module)
    return True
