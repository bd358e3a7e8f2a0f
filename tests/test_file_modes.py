"""What the pipeline publishes is readable by other users: files written through a temporary name
(``tempfile.mkstemp``/``mkdtemp`` make them 0600/0700) get the mode the process umask gives an
ordinary file or folder before they are renamed into place."""

from __future__ import annotations

import os
import stat
from datetime import date

import pytest

pytestmark = pytest.mark.unit


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_atomic_file_write_has_the_umask_mode(tmp_path, umask_022):
    from chainwire import storage

    target = tmp_path / "state" / "marker.json"
    storage.write_bytes(target, b"{}")
    assert target.read_bytes() == b"{}" and _mode(target) == 0o644
    assert not [p for p in target.parent.iterdir() if p.name.endswith(".partial")]


def test_lake_partition_has_the_umask_mode(tmp_path, umask_022):
    from chainwire import lake
    from chainwire.schemas import TABLES

    table = next(iter(TABLES.values()))
    lake.write_partition(tmp_path / "lake", table, date(2026, 11, 2), [])
    (written,) = list((tmp_path / "lake").rglob("*.parquet"))
    assert _mode(written) == 0o644


def test_swapped_in_folder_has_the_umask_mode(tmp_path, umask_022):
    import tempfile

    from chainwire.folders import as_created, swap_in_folder

    os.umask(0o027)  # a stricter site umask is honoured too
    tmp = tempfile.mkdtemp(dir=tmp_path)
    as_created(tmp)
    swap_in_folder(tmp, tmp_path / "latest")
    assert _mode(tmp_path / "latest") == 0o750
