"""MinHash signatures computed ahead of the dedup stage, as a table a parse batch carries.

A parse worker signs the bodies it has just parsed (``signature_table``); the dedup stage reads the
run's tables into one ``SignatureIndex`` and signs only the bodies it does not find there (the window's
earlier days, a batch without the table). A signature is a function of the normalized body alone, so the
index is keyed by ``content_sha256``: a stale or extra batch can add entries, never a wrong one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

import numpy as np
import pyarrow as pa

from chainwire.dedup.features import SignatureIndex, compute_signatures
from chainwire.dedup.params import DEFAULT_PARAMS, DedupParams

SIGNATURES = "dedup_signatures"  # the table's name in a parse batch
_FEATURE_KEY = b"chainwire.dedup.feature_key"  # schema metadata: the parameters the signatures depend on


def signature_table(bodies: Iterable[str | None], params: DedupParams = DEFAULT_PARAMS) -> pa.Table:
    """One row per distinct normalized body: ``content_sha256`` and its ``signature`` (``num_perm`` uint32,
    little-endian; null for a body too short to sign)."""
    width = 4 * params.num_perm
    signed = dict(compute_signatures(sorted({b or "" for b in bodies}), params))  # (equal normalized texts: one row)
    shas = sorted(signed)
    schema = pa.schema([("content_sha256", pa.string()), ("signature", pa.binary(width))],
                       metadata={_FEATURE_KEY: json.dumps(params.feature_key)})
    sigs = [None if (sig := signed[s]) is None else sig.astype("<u4").tobytes() for s in shas]
    return pa.table([pa.array(shas, pa.string()), pa.array(sigs, pa.binary(width))], schema=schema)


def signature_index(tables: Iterable[pa.Table], params: DedupParams = DEFAULT_PARAMS) -> SignatureIndex | None:
    """The signatures of ``tables`` made with ``params``' feature parameters (others are skipped), or None."""
    key = params.feature_key
    usable = [t for t in tables if json.loads((t.schema.metadata or {}).get(_FEATURE_KEY, b"null")) == list(key)]
    if not usable:
        return None
    chunks = [c for t in usable for c in t.column("signature").chunks if len(c)]
    column = pa.concat_arrays(chunks) if chunks else pa.array([], pa.binary(4 * params.num_perm))
    data = column.buffers()[1]
    if data is None or not len(column):  # (no rows, or none signed: no data buffer to read)
        values = np.zeros((len(column), params.num_perm), np.uint32)
    else:
        start, stop = column.offset * params.num_perm, (column.offset + len(column)) * params.num_perm
        values = np.frombuffer(data, dtype="<u4", count=stop)[start:].reshape(-1, params.num_perm).astype(np.uint32)
    valid = column.is_valid().to_numpy(zero_copy_only=False)
    rows: dict[str, int] = {}
    shas = [s for t in usable for s in t.column("content_sha256").to_pylist()]
    for i, (sha, ok) in enumerate(zip(shas, valid.tolist(), strict=True)):
        rows.setdefault(sha, i if ok else -1)
    return SignatureIndex(key, rows, values)
