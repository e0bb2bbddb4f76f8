"""Deduplication: exact (normalised body, canonical URL) and near (MinHash LSH),
with a deterministic choice of the record kept and nothing dropped.

How it scales: every article is put in a few buckets (its body hash, its
canonical URL, one per LSH band). Each bucket is sorted by rank and every
member is compared with at most `max_compare` better-ranked members, so the
work per bucket is bounded and the total grows linearly with the input. Each
member keeps its single best verified edge, always pointing to a better-ranked
record, so edges form a forest whose roots are the records kept.

Rank (the record kept): the longest body (most complete version), then the
earliest date, then the smallest id: independent of input order and bundling.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

import apache_beam as beam
import numpy as np
from apache_beam.metrics import Metrics

from schemas.models import Duplicate
from transforms.fingerprint import BANDS, NUM_PERM, figures_disagree, fingerprint, similarities

DUPLICATE_TAG = "duplicates"
INDEX_TAG = "index"
# Measured (bench/dedup_threshold.py on the labelled sample): copies and updates score
# >= 0.88 (one brief doubled in length: 0.50), different stories <= 0.25 (templated
# market reports); 0.6 sits in the gap with room on both sides.
DEFAULT_THRESHOLD = 0.6
DEFAULT_MAX_COMPARE = 64
METHOD_PRIORITY = {"exact_body": 0, "canonical_url": 1, "near_minhash": 2}


# Records already in the dataset (from earlier runs) rank before every new one:
# they are kept whatever arrives later, and are never rewritten.
EXISTING, NEW = 0, 1
FINGERPRINT_FIELD = "_fingerprint"  # travels with an article through dedup only


def rank_key(article: dict[str, Any], distinct_shingles: int,
             origin: int = NEW) -> tuple[int, int, str, str]:
    """Kept first: earlier runs' records, then the most distinct text (padding and
    repeated lines do not count), then the earliest date, then the smallest id."""
    return (origin, -int(distinct_shingles), article.get("date") or "9999-12-31", article["id"])


def with_fingerprint(article: dict[str, Any], num_perm: int = NUM_PERM,
                     bands: int = BANDS) -> dict[str, Any]:
    """The article plus its bucket keys and signature (computed once, used twice)."""
    if FINGERPRINT_FIELD in article:
        return article  # computed upstream (e.g. in a process pool)
    fp = fingerprint(article["body"], num_perm, bands)
    keys = [f"h:{article['content_hash']}"]
    if _identifies_a_page(article.get("canonical_url")):
        keys.append(f"u:{article['canonical_url']}")
    keys.extend(fp.band_keys)
    return {**article, FINGERPRINT_FIELD: {"keys": keys, "signature": fp.signature,
                                           "count": fp.shingle_count, "figures": fp.figures}}


def _identifies_a_page(url: str | None) -> bool:
    """A site's home page or section root is shared by unrelated records: not an identity."""
    return bool(url) and bool(urlsplit(url).path.strip("/"))


def bucket_entries(article: dict[str, Any], num_perm: int = NUM_PERM,
                   bands: int = BANDS) -> list[tuple[str, tuple]]:
    """(bucket key, member) pairs for one article: body hash, canonical URL, LSH bands."""
    fp = article.get(FINGERPRINT_FIELD) or with_fingerprint(article, num_perm, bands)[
        FINGERPRINT_FIELD]
    member = (rank_key(article, fp["count"]), fp["signature"], fp["count"],
              fp.get("figures", b""))  # rank ends with id
    return [(key, member) for key in fp["keys"]]


def index_entry(article: dict[str, Any]) -> dict[str, Any]:
    """What later runs need to find copies of a kept article (JSON-safe)."""
    fp = article[FINGERPRINT_FIELD]
    return {"id": article["id"], "date": article.get("date"),
            "signature": base64.b64encode(fp["signature"]).decode("ascii"),
            "count": fp["count"], "keys": fp["keys"],
            "figures": base64.b64encode(fp.get("figures", b"")).decode("ascii")}


def existing_entries(entry: dict[str, Any]) -> list[tuple[str, tuple]]:
    """Bucket entries of an article kept by an earlier run, read back from the index."""
    rank = (EXISTING, -int(entry["count"]), entry.get("date") or "9999-12-31", entry["id"])
    # Indexes written before figures were kept have none: no figure check for them.
    member = (rank, base64.b64decode(entry["signature"]), int(entry["count"]),
              base64.b64decode(entry.get("figures", "")))
    return [(key, member) for key in entry["keys"]]


def without_fingerprint(article: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in article.items() if k != FINGERPRINT_FIELD}


def bucket_edges(key: str, members: Iterable[tuple], threshold: float,
                 max_compare: int = DEFAULT_MAX_COMPARE) -> list[tuple[str, tuple]]:
    """Edges (member id, (target rank, target id, similarity, method)) within one bucket.

    Each member is linked to the best-ranked earlier member it truly resembles
    (near copies must also state the same figures); comparisons per member are
    capped at `max_compare`, bounding the bucket's work.
    """
    ordered = sorted(members, key=lambda m: m[0])
    if len(ordered) < 2 or ordered[-1][0][0] == EXISTING:
        return []  # nothing new in this bucket: earlier runs' records stay as they are
    method = {"h": "exact_body", "u": "canonical_url"}.get(key[0], "near_minhash")
    leaders = ordered[:max_compare]
    sigs = np.stack([np.frombuffer(m[1], dtype=np.uint8) for m in leaders])
    leader_counts = np.array([m[2] for m in leaders], dtype=np.int64)
    leader_ids = [m[0][-1] for m in leaders]
    edges: list[tuple[str, tuple]] = []
    for j in range(1, len(ordered)):
        rank, sig, count, figures = ordered[j]
        if rank[0] == EXISTING:
            continue  # records of earlier runs stay as they are
        member_id = rank[-1]
        limit = min(j, len(leaders))
        # Every leader at once (numpy); the first acceptable one in rank order wins.
        equal = np.count_nonzero(sigs[:limit] == np.frombuffer(sig, dtype=np.uint8), axis=1)
        shares = equal / sigs.shape[1]
        if method == "exact_body":
            sims = np.ones(limit)
            ok = np.ones(limit, dtype=bool)
        else:
            sims = similarities(shares, count, leader_counts[:limit])
            ok = sims >= threshold if method == "near_minhash" else np.ones(limit, dtype=bool)
        for i in np.flatnonzero(ok):
            leader_rank = leaders[i][0]
            if leader_rank == rank or leader_ids[i] == member_id:
                continue  # itself (also: a record read again after a crash, whose
                # fingerprint a committed part of the dataset already holds)
            if method == "near_minhash" and figures_disagree(figures, leaders[i][3]):
                continue  # a templated report with other figures: another story
            edges.append((member_id, (leader_rank, leader_rank[-1], round(float(sims[i]), 4),
                                      method)))
            break
    return edges


def best_edge(edges: Iterable[tuple]) -> tuple:
    """The edge to the best-ranked target; ties go to the stronger method."""
    return min(edges, key=lambda e: (e[0], METHOD_PRIORITY[e[3]], -e[2]))


def resolve_roots(edges: dict[str, tuple]) -> dict[str, dict[str, Any]]:
    """member -> {duplicate_of (root kept), matched, similarity, method}."""
    parent = {member: edge[1] for member, edge in edges.items()}
    roots: dict[str, str] = {}

    def root_of(node: str) -> str:
        path = []
        while node in parent and node not in roots and parent[node] != node:
            path.append(node)
            node = parent[node]
            if len(path) > len(parent):  # cannot happen: edges point to better ranks
                raise ValueError("cycle in duplicate edges")
        top = roots.get(node, node)
        for item in path:
            roots[item] = top
        return top

    out = {}
    for member, edge in edges.items():
        out[member] = {
            "duplicate_of": root_of(member),
            "matched": edge[1],
            "similarity": edge[2],
            "method": edge[3],
        }
    return out


def mark_duplicate(article: dict[str, Any], link: dict[str, Any]) -> dict[str, Any]:
    return {**article, **link}


class BucketEdgesDoFn(beam.DoFn):
    def __init__(self, threshold: float, max_compare: int) -> None:
        self.threshold = threshold
        self.max_compare = max_compare
        self.buckets = Metrics.counter("newsbeam.dedup", "shared_buckets")
        self.truncated = Metrics.counter("newsbeam.dedup", "buckets_over_compare_cap")
        self.bucket_size = Metrics.distribution("newsbeam.dedup", "shared_bucket_size")

    def process(self, element):
        key, members = element
        members = list(members)
        if len(members) < 2:
            return
        self.buckets.inc()
        self.bucket_size.update(len(members))
        if len(members) > self.max_compare:
            self.truncated.inc()
        yield from bucket_edges(key, members, self.threshold, self.max_compare)


class SplitDuplicatesDoFn(beam.DoFn):
    def __init__(self) -> None:
        self.kept = Metrics.counter("newsbeam.dedup", "articles_kept")
        self.dups = Metrics.counter("newsbeam.dedup", "duplicates")

    def process(self, article: dict[str, Any], links: dict[str, dict[str, Any]]):
        link = links.get(article["id"])
        if link is None:
            self.kept.inc()
            yield beam.pvalue.TaggedOutput(INDEX_TAG, index_entry(article))
            yield without_fingerprint(article)
        else:
            self.dups.inc()
            duplicate = mark_duplicate(without_fingerprint(article), link)
            Duplicate.model_validate(duplicate)  # the boundary of the duplicates output
            yield beam.pvalue.TaggedOutput(DUPLICATE_TAG, duplicate)


class Deduplicate(beam.PTransform):
    """Articles -> kept articles (main output), duplicates (tagged `duplicates`) and
    index entries of the kept ones (tagged `index`, for later runs).

    `existing`: index entries of articles kept by earlier runs; new copies of
    them become duplicates pointing at them.
    """

    def __init__(self, threshold: float = DEFAULT_THRESHOLD,
                 max_compare: int = DEFAULT_MAX_COMPARE,
                 num_perm: int = NUM_PERM, bands: int = BANDS, existing=None) -> None:
        super().__init__()
        self.threshold = threshold
        self.max_compare = max_compare
        self.num_perm = num_perm
        self.bands = bands
        self.existing = existing

    def expand(self, articles):
        num_perm, bands = self.num_perm, self.bands
        articles = articles | "Fingerprint" >> beam.Map(with_fingerprint, num_perm, bands)
        entries = articles | "BucketKeys" >> beam.FlatMap(bucket_entries, num_perm, bands)
        if self.existing is not None:
            earlier = self.existing | "EarlierRunsBuckets" >> beam.FlatMap(existing_entries)
            entries = (entries, earlier) | "WithEarlierRuns" >> beam.Flatten()
        links = (
            entries
            | "GroupBuckets" >> beam.GroupByKey()
            | "CompareInBucket" >> beam.ParDo(BucketEdgesDoFn(self.threshold, self.max_compare))
            | "BestEdgePerMember" >> beam.CombinePerKey(best_edge)
            | "CollectEdges" >> beam.combiners.ToDict()
            | "ResolveKeptRecords" >> beam.Map(resolve_roots)
        )
        return articles | "SplitDuplicates" >> beam.ParDo(
            SplitDuplicatesDoFn(), links=beam.pvalue.AsSingleton(links)
        ).with_outputs(DUPLICATE_TAG, INDEX_TAG, main="articles")
