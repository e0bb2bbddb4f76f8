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

What travels (so that no stage holds every article, nor 30-odd copies of every
signature): each article gives one small packed member (rank, signature, count,
figures; ~300 bytes) keyed by its ref (origin, id), and one packed entry (bucket
key, rank; ~50 bytes) per bucket key, many to a bytes blob per key shard.
Grouping the shards finds the shared buckets; their members are looked up in the
members (a side input) and `bucket_edges` runs on them as it is; each bundle
keeps each member's best edge, then `best_edge` over bundles. The result is
exactly that of `bucket_edges` + `best_edge` per member (`links_by_shards` and
`links_by_buckets` compute both ways, for tests).
"""

from __future__ import annotations

import base64
import re
import struct
import uuid
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urlsplit

import apache_beam as beam
import numpy as np
import xxhash
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics
from apache_beam.transforms.window import GlobalWindow
from apache_beam.utils.timestamp import MIN_TIMESTAMP
from apache_beam.utils.windowed_value import WindowedValue

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
MEMBERS_TAG = "members"
# Bucket keys are grouped by shard (a stable hash of the key): enough shards to
# spread the work, few enough that a bundle's entries pack into sizeable blobs.
DEFAULT_KEY_SHARDS = 128
BLOB_FLUSH_BYTES = 8 << 20  # a bundle emits its packed entries at least this often


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
    member, keys = member_of(article, num_perm, bands)
    return [(key, member) for key in keys]


def index_entry(article: dict[str, Any]) -> dict[str, Any]:
    """What later runs need to find copies of a kept article (JSON-safe)."""
    fp = article[FINGERPRINT_FIELD]
    return {"id": article["id"], "date": article.get("date"),
            "signature": base64.b64encode(fp["signature"]).decode("ascii"),
            "count": fp["count"], "keys": fp["keys"],
            "figures": base64.b64encode(fp.get("figures", b"")).decode("ascii")}


def existing_entries(entry: dict[str, Any]) -> list[tuple[str, tuple]]:
    """Bucket entries of an article kept by an earlier run, read back from the index."""
    member, keys = existing_member(entry)
    return [(key, member) for key in keys]


def existing_member(entry: dict[str, Any]) -> tuple[tuple, list[str]]:
    """(member, bucket keys) of an earlier run's kept article, from the index."""
    rank = (EXISTING, -int(entry["count"]), entry.get("date") or "9999-12-31", entry["id"])
    # Indexes written before figures were kept have none: no figure check for them.
    member = (rank, base64.b64decode(entry["signature"]), int(entry["count"]),
              base64.b64decode(entry.get("figures", "")))
    return member, list(entry["keys"])


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
        path: list[str] = []
        seen: set[str] = set()
        while node in parent and node not in roots and parent[node] != node:
            if node in seen:
                # Edges point to better ranks, so a cycle means one id stands for two
                # records (a record re-read after a crash is also an earlier run's
                # index entry): the node met twice is kept, the cycle ends there.
                break
            seen.add(node)
            path.append(node)
            node = parent[node]
        top = roots.get(node, node)
        for item in path:
            roots[item] = top
        return top

    out = {}
    for member, edge in edges.items():
        if root_of(member) == member:
            continue  # the kept end of a broken cycle is no duplicate of itself
        out[member] = {
            "duplicate_of": root_of(member),
            "matched": edge[1],
            "similarity": edge[2],
            "method": edge[3],
        }
    return out


# ---------------------------------------------------------------- small records


def member_of(article: dict[str, Any], num_perm: int = NUM_PERM,
              bands: int = BANDS) -> tuple[tuple, list[str]]:
    """(member, bucket keys) of an article; the member's rank ends with its id."""
    fp = article.get(FINGERPRINT_FIELD) or with_fingerprint(article, num_perm, bands)[
        FINGERPRINT_FIELD]
    member = (rank_key(article, fp["count"]), fp["signature"], fp["count"],
              fp.get("figures", b""))
    return member, list(fp["keys"])


def ref_of(rank: tuple) -> tuple[int, str]:
    """What joins a member's records: origin and id (a record of an earlier run may
    share its id with a record read again after a crash)."""
    return (rank[0], rank[-1])


_HEX = re.compile(r"(?:[0-9a-f]{2})+")


def pack_text(text: str) -> bytes:
    """Exact and compact: a lowercase hex tail (ids, hashes, band keys) as raw bytes."""
    head, sep, tail = text.rpartition(":")
    prefix = (head + sep).encode()
    if _HEX.fullmatch(tail) and len(prefix) < 256:
        return b"\x01" + bytes((len(prefix),)) + prefix + bytes.fromhex(tail)
    return b"\x00" + text.encode()


def unpack_text(data: bytes) -> str:
    if data[:1] == b"\x01":
        size = data[1]
        return data[2:2 + size].decode() + data[2 + size:].hex()
    return data[1:].decode()


_RANK_HEAD = struct.Struct(">BiH")  # origin, -count, date length
_ENTRY_HEAD = struct.Struct(">HH")  # key length, rank length
_LONG = 0xFFFF


def pack_rank(rank: tuple) -> bytes:
    origin, neg_count, date, record_id = rank
    date_bytes = date.encode()
    return _RANK_HEAD.pack(origin, neg_count, len(date_bytes)) + date_bytes + pack_text(
        record_id)


def unpack_rank(data: bytes) -> tuple[int, int, str, str]:
    origin, neg_count, size = _RANK_HEAD.unpack_from(data)
    start = _RANK_HEAD.size
    return (origin, neg_count, data[start:start + size].decode(),
            unpack_text(data[start + size:]))


_MEMBER_HEAD = struct.Struct(">HiH")  # rank length, shingle count, signature length


def pack_member(member: tuple) -> bytes:
    """A member (rank, signature, count, figures) as one bytes value: what the joins
    carry (a fraction of the memory of the tuple, once decoded by a runner)."""
    rank, signature, count, figures = member
    rank_bytes = pack_rank(rank)
    return (_MEMBER_HEAD.pack(len(rank_bytes), count, len(signature)) + rank_bytes
            + signature + figures)


def unpack_member(data: bytes) -> tuple[tuple, bytes, int, bytes]:
    rank_size, count, sig_size = _MEMBER_HEAD.unpack_from(data)
    start = _MEMBER_HEAD.size
    sig_start = start + rank_size
    return (unpack_rank(data[start:sig_start]), data[sig_start:sig_start + sig_size], count,
            data[sig_start + sig_size:])


def pack_entry(key: str, rank: tuple) -> bytes:
    """One (bucket key, rank) pair, length-prefixed: blobs are runs of these."""
    return _entry_bytes(pack_text(key), pack_rank(rank))


def _entry_bytes(key_bytes: bytes, rank_bytes: bytes) -> bytes:
    if len(key_bytes) >= _LONG or len(rank_bytes) >= _LONG:
        return (_ENTRY_HEAD.pack(_LONG, _LONG) + struct.pack(">II", len(key_bytes),
                                                               len(rank_bytes))
                + key_bytes + rank_bytes)
    return _ENTRY_HEAD.pack(len(key_bytes), len(rank_bytes)) + key_bytes + rank_bytes


def unpack_entries(blob: bytes) -> Iterator[tuple[bytes, bytes]]:
    """(packed key, packed rank) pairs of a blob."""
    pos, end, head = 0, len(blob), _ENTRY_HEAD.size
    while pos < end:
        key_size, rank_size = _ENTRY_HEAD.unpack_from(blob, pos)
        pos += head
        if key_size == _LONG and rank_size == _LONG:
            key_size, rank_size = struct.unpack_from(">II", blob, pos)
            pos += 8
        key_end = pos + key_size
        yield blob[pos:key_end], blob[key_end:key_end + rank_size]
        pos = key_end + rank_size


def key_shard(key: str, shards: int) -> int:
    """Stable across processes and machines (unlike `hash`)."""
    return xxhash.xxh32_intdigest(key.encode()) % shards


class EntryPacker:
    """A bundle's bucket entries, packed per key shard; `flush` empties it."""

    def __init__(self, shards: int, flush_bytes: int = BLOB_FLUSH_BYTES) -> None:
        self.shards = shards
        self.flush_bytes = flush_bytes
        self._blobs: dict[int, bytearray] = {}
        self._size = 0

    def add(self, keys: Iterable[str], rank: tuple) -> bool:
        """Packs the entries; True once enough are held to flush."""
        rank_bytes = pack_rank(rank)  # once for all of the article's keys
        for key in keys:
            entry = _entry_bytes(pack_text(key), rank_bytes)
            shard = key_shard(key, self.shards)
            blob = self._blobs.get(shard)
            if blob is None:
                blob = self._blobs[shard] = bytearray()
            blob += entry
            self._size += len(entry)
        return self._size >= self.flush_bytes

    def flush(self) -> list[tuple[int, bytes]]:
        out = [(shard, bytes(blob)) for shard, blob in sorted(self._blobs.items())]
        self._blobs, self._size = {}, 0
        return out


ENTRIES_MIME = "application/octet-stream"


class EntryFile:
    """A bundle's packed entries kept in one file (any Beam filesystem) instead of
    travelling: `write` appends each shard's blob and returns what stands for it,
    (shard, (path, offset, length)); `blobs_of` reads them back."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._handle = None
        self._offset = 0

    def write(self, blobs: Iterable[tuple[int, bytes]]) -> list[tuple[int, tuple[str, int, int]]]:
        refs = []
        for shard, blob in blobs:
            if self._handle is None:
                self._handle = FileSystems.create(
                    self.path, mime_type=ENTRIES_MIME,
                    compression_type=CompressionTypes.UNCOMPRESSED)
            self._handle.write(blob)
            refs.append((shard, (self.path, self._offset, len(blob))))
            self._offset += len(blob)
        return refs

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None


def blobs_of(values: Iterable[bytes | tuple[str, int, int]]) -> Iterator[bytes]:
    """The packed blobs of one key shard: as they came (bytes), or read from the
    `EntryFile` segments (path, offset, length) standing for them, each file opened
    once and read in offset order."""
    segments: dict[str, list[tuple[int, int]]] = {}
    for value in values:
        if isinstance(value, bytes):
            yield value
        else:
            path, offset, length = value
            segments.setdefault(path, []).append((offset, length))
    for path in sorted(segments):
        with FileSystems.open(path, mime_type=ENTRIES_MIME,
                              compression_type=CompressionTypes.UNCOMPRESSED) as handle:
            for offset, length in sorted(segments[path]):
                handle.seek(offset)
                blob = handle.read(length)
                if len(blob) != length:
                    raise OSError(f"{path}: {length} bytes expected at {offset}, "
                                  f"{len(blob)} read")
                yield blob


def shared_buckets(blobs: Iterable[bytes]) -> Iterator[tuple[str, list[tuple]]]:
    """(bucket key, ranks) of every bucket with two members or more, from the
    packed entries of one key shard."""
    buckets: dict[bytes, list[bytes]] = {}
    for blob in blobs:
        for key, rank in unpack_entries(blob):
            members = buckets.get(key)
            if members is None:
                buckets[key] = [rank]
            else:
                members.append(rank)
    for key, ranks in buckets.items():
        if len(ranks) >= 2:
            yield unpack_text(key), [unpack_rank(r) for r in ranks]


def links_by_buckets(members: Iterable[tuple[tuple, list[str]]], threshold: float,
                     max_compare: int = DEFAULT_MAX_COMPARE) -> dict[str, dict[str, Any]]:
    """Duplicate links of (member, keys) records, bucket by bucket (`bucket_edges`)."""
    buckets: dict[str, list[tuple]] = {}
    for member, keys in members:
        for key in keys:
            buckets.setdefault(key, []).append(member)
    per_member: dict[str, list[tuple]] = {}
    for key, bucket in buckets.items():
        if len(bucket) < 2:
            continue
        for member_id, edge in bucket_edges(key, bucket, threshold, max_compare):
            per_member.setdefault(member_id, []).append(edge)
    return resolve_roots({m: best_edge(edges) for m, edges in per_member.items()})


def links_by_shards(members: Iterable[tuple[tuple, list[str]]], threshold: float,
                    max_compare: int = DEFAULT_MAX_COMPARE,
                    shards: int = 7, entries_dir: str | None = None,
                    flush_bytes: int = BLOB_FLUSH_BYTES) -> dict[str, dict[str, Any]]:
    """The same links the way the pipeline finds them (packed entries grouped by key
    shard, members looked up by ref, best edge per bundle then overall), without Beam.
    With `entries_dir`, entries go through `EntryFile`s there (two "bundles", a file
    each), as in the batch job."""
    members = list(members)
    by_ref: dict[tuple, bytes] = {}
    by_shard: dict[int, list[Any]] = {}
    halves = [members] if entries_dir is None else [members[::2], members[1::2]]
    for index, half in enumerate(halves):
        packer = EntryPacker(shards, flush_bytes)
        file = None if entries_dir is None else EntryFile(
            FileSystems.join(entries_dir, f"entries-{index}.bin"))
        values: list[tuple[int, Any]] = []
        for member, keys in half:
            by_ref[ref_of(member[0])] = pack_member(member)
            if packer.add(keys, member[0]):
                values.extend(packer.flush() if file is None else file.write(packer.flush()))
        values.extend(packer.flush() if file is None else file.write(packer.flush()))
        if file is not None:
            file.close()
        for shard, value in values:
            by_shard.setdefault(shard, []).append(value)
    best: dict[str, tuple] = {}
    for shard in sorted(by_shard):
        for member_id, edge in shard_edges(blobs_of(by_shard[shard]), by_ref, threshold,
                                           max_compare):
            keep_best(best, member_id, edge)
    return resolve_roots(best)


def shard_edges(blobs: Iterable[bytes], members: dict[tuple, bytes], threshold: float,
                max_compare: int = DEFAULT_MAX_COMPARE, stats=None):
    """`bucket_edges` of every shared bucket of one key shard; `members`: packed
    member by ref. `stats(size)` is told each shared bucket's size."""
    for key, ranks in shared_buckets(blobs):
        if stats is not None:
            stats(len(ranks))
        bucket = [unpack_member(members[ref_of(rank)]) for rank in ranks]
        yield from bucket_edges(key, bucket, threshold, max_compare)


def keep_best(best: dict[str, tuple], member_id: str, edge: tuple) -> None:
    held = best.get(member_id)
    best[member_id] = edge if held is None else best_edge((held, edge))


class MembersAndEntriesDoFn(beam.DoFn):
    """Articles (or earlier runs' index entries) -> packed bucket entries per key
    shard (main) and one member record per article (tagged `members`)."""

    def __init__(self, shards: int = DEFAULT_KEY_SHARDS, existing: bool = False,
                 num_perm: int = NUM_PERM, bands: int = BANDS,
                 entries_dir: str | None = None) -> None:
        """`entries_dir`: a folder for `EntryFile`s (then only their segments travel)."""
        self.shards = shards
        self.existing = existing
        self.num_perm = num_perm
        self.bands = bands
        self.entries_dir = entries_dir

    def start_bundle(self) -> None:
        self._packer = EntryPacker(self.shards)
        self._file = None if self.entries_dir is None else EntryFile(
            FileSystems.join(self.entries_dir, f"entries-{uuid.uuid4().hex}.bin"))

    def _flush(self) -> list[tuple[int, Any]]:
        blobs = self._packer.flush()
        return blobs if self._file is None else self._file.write(blobs)

    def process(self, element):
        if self.existing:
            member, keys = existing_member(element)
        else:
            member, keys = member_of(element, self.num_perm, self.bands)
        yield beam.pvalue.TaggedOutput(MEMBERS_TAG, (ref_of(member[0]), pack_member(member)))
        if self._packer.add(keys, member[0]):
            yield from self._flush()

    def finish_bundle(self):
        for item in self._flush():
            yield WindowedValue(item, MIN_TIMESTAMP, [GlobalWindow()])
        if self._file is not None:
            self._file.close()


class BucketEdgesDoFn(beam.DoFn):
    """(key shard, packed blobs) -> (member id, best edge found in this bundle).

    Members (small packed records, one per article) come as a side input; each
    bundle keeps each member's best edge and emits it once, at its end."""

    def __init__(self, threshold: float, max_compare: int) -> None:
        self.threshold = threshold
        self.max_compare = max_compare
        self.buckets = Metrics.counter("newsbeam.dedup", "shared_buckets")
        self.truncated = Metrics.counter("newsbeam.dedup", "buckets_over_compare_cap")
        self.bucket_size = Metrics.distribution("newsbeam.dedup", "shared_bucket_size")

    def start_bundle(self) -> None:
        self._best: dict[str, tuple] = {}

    def _stats(self, size: int) -> None:
        self.buckets.inc()
        self.bucket_size.update(size)
        if size > self.max_compare:
            self.truncated.inc()

    def process(self, element, members):
        _, values = element
        for member_id, edge in shard_edges(blobs_of(values), members, self.threshold,
                                           self.max_compare, self._stats):
            keep_best(self._best, member_id, edge)

    def finish_bundle(self):
        for item in sorted(self._best.items()):
            yield WindowedValue(item, MIN_TIMESTAMP, [GlobalWindow()])
        self._best = {}


class DuplicateLinks(beam.PTransform):
    """(members, packed entry blobs) -> one {duplicate id: link} dict (singleton).

    `members`: (ref, packed member) of every article (a side input: about 300 bytes
    per article). `existing`: index entries of articles kept by earlier runs, whose
    members and entries join these. Only duplicates are in the dict: an article
    absent from it is kept.
    """

    def __init__(self, threshold: float = DEFAULT_THRESHOLD,
                 max_compare: int = DEFAULT_MAX_COMPARE, existing=None,
                 shards: int = DEFAULT_KEY_SHARDS, entries_dir: str | None = None) -> None:
        super().__init__()
        self.threshold = threshold
        self.max_compare = max_compare
        self.existing = existing
        self.shards = shards
        self.entries_dir = entries_dir

    def expand(self, pcolls):
        members, blobs = pcolls
        if self.existing is not None:
            earlier = self.existing | "EarlierRunsBuckets" >> beam.ParDo(
                MembersAndEntriesDoFn(self.shards, existing=True,
                                      entries_dir=self.entries_dir)).with_outputs(
                    MEMBERS_TAG, main="blobs")
            members = (members, earlier[MEMBERS_TAG]) | "WithEarlierMembers" >> beam.Flatten()
            blobs = (blobs, earlier.blobs) | "WithEarlierRuns" >> beam.Flatten()
        return (
            blobs
            | "GroupKeyShards" >> beam.GroupByKey()
            | "CompareInBuckets" >> beam.ParDo(
                BucketEdgesDoFn(self.threshold, self.max_compare),
                members=beam.pvalue.AsDict(members))
            | "BestEdgePerMember" >> beam.CombinePerKey(best_edge)
            | "CollectEdges" >> beam.combiners.ToDict()
            | "ResolveKeptRecords" >> beam.Map(resolve_roots)
        )


def mark_duplicate(article: dict[str, Any], link: dict[str, Any]) -> dict[str, Any]:
    return {**article, **link}


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

    Every article waits (in the runner) until the links are known: for small
    inputs and tests. The batch job spills articles instead (transforms/spill.py).

    `existing`: index entries of articles kept by earlier runs; new copies of
    them become duplicates pointing at them.
    """

    def __init__(self, threshold: float = DEFAULT_THRESHOLD,
                 max_compare: int = DEFAULT_MAX_COMPARE,
                 num_perm: int = NUM_PERM, bands: int = BANDS, existing=None,
                 shards: int = DEFAULT_KEY_SHARDS) -> None:
        super().__init__()
        self.shards = shards
        self.threshold = threshold
        self.max_compare = max_compare
        self.num_perm = num_perm
        self.bands = bands
        self.existing = existing

    def expand(self, articles):
        num_perm, bands = self.num_perm, self.bands
        articles = articles | "Fingerprint" >> beam.Map(with_fingerprint, num_perm, bands)
        packed = articles | "BucketEntries" >> beam.ParDo(MembersAndEntriesDoFn(
            self.shards, num_perm=num_perm, bands=bands)).with_outputs(MEMBERS_TAG,
                                                                       main="blobs")
        links = (packed[MEMBERS_TAG], packed.blobs) | "DuplicateLinks" >> DuplicateLinks(
            self.threshold, self.max_compare, self.existing, self.shards)
        return articles | "SplitDuplicates" >> beam.ParDo(
            SplitDuplicatesDoFn(), links=beam.pvalue.AsSingleton(links)
        ).with_outputs(DUPLICATE_TAG, INDEX_TAG, main="articles")
