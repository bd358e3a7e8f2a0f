"""Atomic replacement of a whole folder (reports, the shared Data Docs copy), and the permissions of
what is written through a temporary name.

Readers see the old folder or the new one, never a half-written one: Linux ``renameat2``
with ``RENAME_EXCHANGE`` swaps the two in one step; elsewhere two renames leave a short
moment with no folder at all (never a mixed one).
"""

from __future__ import annotations

import ctypes
import os
import shutil
import uuid
from pathlib import Path


def _current_umask() -> int:
    """The process umask, read without changing it (``os.umask`` sets it, racing other threads)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except OSError:
        pass
    mask = os.umask(0o022)  # no /proc: set-and-restore, a moment's race tolerated
    os.umask(mask)
    return mask


def as_created(path: str | os.PathLike) -> None:
    """Give a file or folder made by ``tempfile.mkstemp``/``mkdtemp`` (0600/0700, private by design) the
    mode an ordinary ``open``/``mkdir`` would have given it under the process umask (typically 0644/0755),
    before it is renamed into place: the lake, reports and warehouse snapshot are read by other users
    (analysts, the web server), not only by the process that wrote them."""
    base = 0o777 if os.path.isdir(path) else 0o666
    os.chmod(path, base & ~_current_umask())


_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths with Linux renameat2(RENAME_EXCHANGE); False where unsupported."""
    try:
        fn = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    return fn(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0


def swap_in_folder(new: Path, final: Path) -> None:
    """Make ``new`` appear at ``final``; readers see the old folder or the new one, never a half-written one."""
    for _ in range(3):
        if final.exists():
            if _exchange(new, final):
                shutil.rmtree(new, ignore_errors=True)  # now holds the previous report
                return
            old = final.with_name(f".{final.name}.old-{uuid.uuid4().hex[:8]}")
            os.rename(final, old)  # fallback: two renames, a moment with no folder at all
            try:
                os.rename(new, final)
            except OSError:
                os.rename(old, final)
                raise
            shutil.rmtree(old, ignore_errors=True)
            return
        try:
            os.rename(new, final)
            return
        except OSError:  # another build created it meanwhile: exchange on the next try
            continue
    raise OSError(f"could not replace {final}")
