"""Reading the project's own YAML rule files (taxonomy, gazetteers).

``yaml.safe_load`` parses in Python: the three enrichment rule files took ≈ 0.11 CPU-s per process (every
``chainwire run``, every Airflow task that tags). libyaml's ``CSafeLoader`` builds the same documents
(the safe loader's constructors and resolver on a C parser) in ≈ 0.015 s; PyYAML without libyaml falls
back to the Python loader.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """``yaml.safe_load(text)``, with libyaml's parser when PyYAML has it."""
    return yaml.load(text, Loader=SAFE_LOADER)  # noqa: S506 - a safe loader (CSafeLoader or SafeLoader)


def read_yaml(path: str | Path) -> Any:
    """The YAML document of a UTF-8 file (``load_yaml``)."""
    return load_yaml(Path(path).read_text(encoding="utf-8"))
