"""Stories: near-duplicate articles (syndicated copies, updates of one report) grouped with MinHash/LSH.

Articles are compared on word shingles, so a copy with a new headline, an added paragraph or a few
edited words still falls in its original's story. A story is named by its earliest document id.
"""
from __future__ import annotations

import re
from typing import Iterable

from datasketch import MinHash, MinHashLSH

SHINGLE_WORDS = 5
NUM_PERM = 128
DEFAULT_SIMILARITY = 0.5  # estimated Jaccard similarity of shingles above which two articles are one story

_WORD = re.compile(r"\w+")


def signature(text: str, num_perm: int = NUM_PERM) -> MinHash:
    words = _WORD.findall(text.lower())
    shingles = {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}
    minhash = MinHash(num_perm=num_perm)
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    return minhash


def story_ids(documents: Iterable[tuple[str, str]], similarity: float = DEFAULT_SIMILARITY) -> dict[str, str]:
    """doc_id -> story id, for (doc_id, text) pairs. Candidates come from LSH, then the estimated
    similarity is checked, and groups are joined transitively (an update of an update is one story)."""
    lsh = MinHashLSH(threshold=similarity, num_perm=NUM_PERM)
    signatures: dict[str, MinHash] = {}
    parent: dict[str, str] = {}

    def root(doc_id: str) -> str:
        while parent[doc_id] != doc_id:
            parent[doc_id] = parent[parent[doc_id]]
            doc_id = parent[doc_id]
        return doc_id

    for doc_id, text in documents:
        if doc_id in signatures:
            continue
        minhash = signature(text)
        parent[doc_id] = doc_id
        for other in lsh.query(minhash):
            if minhash.jaccard(signatures[other]) >= similarity:
                a, b = sorted((root(doc_id), root(other)))
                parent[b] = a
        lsh.insert(doc_id, minhash)
        signatures[doc_id] = minhash
    groups: dict[str, list[str]] = {}
    for doc_id in parent:
        groups.setdefault(root(doc_id), []).append(doc_id)
    return {doc_id: min(members) for members in groups.values() for doc_id in members}
