"""Deduplication across an unbounded stream, with event-time-bounded state.

The batch dedup (`transforms/dedup.py`) sees every record at once. The stream
sees a window at a time, so copies must also be caught against earlier windows
(and against what the dataset held when the job started). Steps, per window:

1. Bucket entries (body hash, canonical URL, LSH bands) are grouped per window
   and history shard (a hash of the bucket key).
2. `ShardHistoryDoFn`, keyed by shard in the global window, keeps the members
   of earlier windows in state. Each bucket's members in the window are compared
   with that bucket's history (ranked first: what was published is never
   rewritten) and with each other (batch rank: most distinct text, earliest
   date, smallest id), so two copies arriving at the same moment resolve the same
   way whatever their order, and one of them is always kept. Entries expire by an
   event-time timer once older than the horizon; a bucket keeps at most
   `max_compare` of them.
3. The window's edges are resolved to roots (as in batch); the pane commit
   applies them to the window's articles: kept, or duplicate with `duplicate_of`.

A member that matched inside a bucket is not added to that bucket's history
(its target already stands for the story there), which keeps pointers on the
record kept; a copy of a copy that shares no band with the original can still
point at a record that is itself a duplicate (see the README).
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

import apache_beam as beam
import xxhash
from apache_beam.coders import PickleCoder, VarIntCoder
from apache_beam.metrics import Metrics
from apache_beam.transforms import trigger, window
from apache_beam.transforms.timeutil import TimeDomain
from apache_beam.transforms.userstate import (
    BagStateSpec,
    ReadModifyWriteStateSpec,
    TimerSpec,
    on_timer,
)
from apache_beam.utils.timestamp import Timestamp

from schemas.models import Duplicate
from transforms.dedup import (
    DEFAULT_MAX_COMPARE,
    DEFAULT_THRESHOLD,
    EXISTING,
    best_edge,
    bucket_edges,
    bucket_entries,
    existing_entries,
    index_entry,
    mark_duplicate,
    resolve_roots,
    with_fingerprint,
    without_fingerprint,
)
from transforms.write import ARTICLES, DUPLICATES, INDEX_STATE

DEFAULT_HORIZON_SECONDS = 7 * 24 * 3600
# Shards of the dedup history (the stateful keys): a few on one machine, more on
# a cluster (each shard's history is read once per window).
DEFAULT_HISTORY_SHARDS = 4


def stream_window(window_seconds: float, allowed_lateness: float) -> beam.WindowInto:
    """Fixed event-time windows that fire at the watermark and once more for every
    late element (up to `allowed_lateness`): late data is written, never dropped."""
    return beam.WindowInto(
        window.FixedWindows(window_seconds),
        trigger=trigger.AfterWatermark(late=trigger.AfterCount(1)),
        accumulation_mode=trigger.AccumulationMode.DISCARDING,
        allowed_lateness=allowed_lateness,
    )


def expiry(seconds: float) -> int:
    """Expiry times are whole seconds: portable runners carry timers in
    milliseconds, and a timer that fires a fraction before the entry's expiry
    would otherwise find it still live and set itself again, forever."""
    return math.ceil(seconds)


# A history entry is a bucket member (rank, signature, count, figures) + its expiry.
EXPIRES = 4


def history_entry(member: tuple, stored_at_ms: int, expires_s: float) -> tuple:
    """A member kept in a bucket's history: ranked as published, oldest first."""
    rank, signature, count, figures = member
    return ((EXISTING, stored_at_ms, rank[2], rank[-1]), signature, count, figures,
            expiry(expires_s))


def shard_of_bucket(bucket_key: str, shards: int) -> int:
    return xxhash.xxh64_intdigest(bucket_key.encode()) % max(1, shards)


def by_shard(pairs, shards: int) -> list[tuple[int, list]]:
    """(bucket key, value) pairs -> [(shard, [(bucket key, value), ...])], by shard."""
    per_shard: dict[int, list] = defaultdict(list)
    for key, value in pairs:
        per_shard[shard_of_bucket(key, shards)].append((key, value))
    return sorted(per_shard.items())


def shard_entries(article: dict[str, Any], shards: int) -> list[tuple[int, list]]:
    """One element per history shard the article's buckets fall in:
    (shard, [(bucket key, member), ...])."""
    return by_shard(bucket_entries(article), shards)


def seed_entries(entry: dict[str, Any], expires_s: float, shards: int) -> list[tuple[int, tuple]]:
    """History entries of an article the dataset already held when the job started
    (stored before everything: the oldest rank)."""
    pairs = ((key, history_entry(member, 0, expires_s)) for key, member in existing_entries(entry))
    return [(shard, ("seed", items)) for shard, items in by_shard(pairs, shards)]


def compare_with_history(key: str, history: list[tuple], members: list[tuple],
                         now_s: float, threshold: float, max_compare: int,
                         stored_at_ms: int, horizon_s: float) -> tuple[list, list[tuple]]:
    """Edges of this window's members in one bucket, and the entries to add to the
    bucket's history (members that matched nothing here, within the cap).

    Pure: the stateful DoFn only reads and writes state around it.
    """
    live = [h for h in history if h[EXPIRES] > now_s]
    if not live and len(members) == 1:  # most buckets: nothing to compare
        return [], [history_entry(members[0], stored_at_ms, now_s + horizon_s)][:max_compare]
    live.sort(key=lambda h: h[0])
    edges = bucket_edges(key, [h[:EXPIRES] for h in live] + list(members), threshold,
                         max_compare)
    linked = {member_id for member_id, _ in edges}
    room = max(0, max_compare - len(live))
    added = [history_entry(m, stored_at_ms, now_s + horizon_s)
             for m in sorted(members, key=lambda m: m[0]) if m[0][-1] not in linked][:room]
    return edges, added


def by_bucket(history) -> dict[str, list[tuple]]:
    """(bucket key, entry) pairs -> entries per bucket."""
    grouped: dict[str, list[tuple]] = defaultdict(list)
    for key, entry in history:
        grouped[key].append(entry)
    return grouped


def compare_shard(history: dict[str, list[tuple]], groups: list[list[tuple[str, tuple]]],
                  now_s: float, threshold: float, max_compare: int, stored_at_ms: int,
                  horizon_s: float) -> tuple[list, list[tuple[str, tuple]]]:
    """One shard, one window: edges of every bucket (against `history`, entries per
    bucket), and the history entries to add. Work is proportional to the window's
    members, not to the history."""
    members: dict[str, list[tuple]] = defaultdict(list)
    for group in groups:
        for key, member in group:
            members[key].append(member)
    edges: list = []
    added: list[tuple[str, tuple]] = []
    for key in sorted(members):
        bucket_edges_, bucket_added = compare_with_history(
            key, history.get(key, []), members[key], now_s, threshold, max_compare,
            stored_at_ms, horizon_s)
        edges.extend(bucket_edges_)
        added.extend((key, entry) for entry in bucket_added)
    return edges, added


def expiry_step(horizon_s: float) -> int:
    """How finely expiry is scheduled: rewriting a shard's history is O(history),
    so it happens about 48 times per horizon, not once per window."""
    return max(60, int(horizon_s // 48))


class ShardHistoryDoFn(beam.DoFn):
    """(shard, the window's bucket entries) -> edges; the shard's history of earlier
    windows' members lives in an append-only bag, rewritten only on expiry.

    Keyed by a few shards rather than by bucket: runners pay per key for state
    and timers (Prism: about 1 ms per key and window), and one article has ~34
    buckets.
    """

    HISTORY = BagStateSpec("history", PickleCoder())
    VERSION = ReadModifyWriteStateSpec("version", VarIntCoder())
    NEXT_EXPIRY = ReadModifyWriteStateSpec("next_expiry", VarIntCoder())
    EXPIRE = TimerSpec("expire", TimeDomain.WATERMARK)

    def __init__(self, threshold: float, max_compare: int, horizon_s: float) -> None:
        self.threshold = threshold
        self.max_compare = max_compare
        self.horizon_s = horizon_s
        self.compared = Metrics.counter("newsbeam.stream_dedup", "shard_windows")
        self.reloads = Metrics.counter("newsbeam.stream_dedup", "history_reloads")
        self.expired = Metrics.counter("newsbeam.stream_dedup", "history_entries_expired")

    def setup(self) -> None:
        # shard -> (state version, entries per bucket): reading a shard's whole
        # history every window would make each window cost O(history). The
        # version in state says whether this copy is current (another worker may
        # have owned the shard meanwhile); if not, it is reloaded from state.
        self._cache: dict[Any, tuple[int, dict[str, list[tuple]]]] = {}

    def _history(self, shard, history, version) -> tuple[int, dict[str, list[tuple]]]:
        current = version.read() or 0
        cached = self._cache.get(shard)
        if cached is None or cached[0] != current:
            self.reloads.inc()
            cached = (current, by_bucket(history.read()))
            self._cache[shard] = cached
        return cached

    def _append(self, shard, items, history, version) -> None:
        current, entries = self._history(shard, history, version)
        for key, entry in items:
            history.add((key, entry))
            entries[key].append(entry)
        version.write(current + 1)
        self._cache[shard] = (current + 1, entries)

    def _schedule(self, expires: int, next_expiry, expire) -> None:
        step = expiry_step(self.horizon_s)
        when = -(-expires // step) * step  # rounded up to the step
        current = next_expiry.read()
        if current is None or when < current:
            next_expiry.write(when)
            expire.set(Timestamp.of(when))

    def process(self, element, timestamp=beam.DoFn.TimestampParam,
                history=beam.DoFn.StateParam(HISTORY),
                version=beam.DoFn.StateParam(VERSION),
                next_expiry=beam.DoFn.StateParam(NEXT_EXPIRY),
                expire=beam.DoFn.TimerParam(EXPIRE)):
        shard, value = element
        if isinstance(value, tuple) and value and value[0] == "seed":
            self._append(shard, value[1], history, version)
            self._schedule(min(e[EXPIRES] for _, e in value[1]), next_expiry, expire)
            return
        now_s = float(timestamp.micros) / 1e6 if timestamp.micros > 0 else 0.0
        self.compared.inc()
        _, entries = self._history(shard, history, version)
        edges, added = compare_shard(entries, list(value), now_s, self.threshold,
                                     self.max_compare, int(now_s * 1000), self.horizon_s)
        if added:
            self._append(shard, added, history, version)
            self._schedule(min(e[EXPIRES] for _, e in added), next_expiry, expire)
        yield from edges

    @on_timer(EXPIRE)
    def on_expire(self, key=beam.DoFn.KeyParam, fire_ts=beam.DoFn.TimestampParam,
                  history=beam.DoFn.StateParam(HISTORY),
                  version=beam.DoFn.StateParam(VERSION),
                  next_expiry=beam.DoFn.StateParam(NEXT_EXPIRY),
                  expire=beam.DoFn.TimerParam(EXPIRE)):
        now_s = float(fire_ts.micros) / 1e6
        entries = list(history.read())
        live = [item for item in entries if item[1][EXPIRES] > now_s + 0.5]  # each timer moves on
        self.expired.inc(len(entries) - len(live))
        history.clear()
        for item in live:
            history.add(item)
        current = (version.read() or 0) + 1
        version.write(current)
        self._cache[key] = (current, by_bucket(live))
        next_expiry.clear()
        if live:
            self._schedule(min(e[EXPIRES] for _, e in live), next_expiry, expire)


def window_links(element) -> list[tuple[str, dict[str, Any]]]:
    """All best edges of one window -> (member id, link to the record kept)."""
    _, edges = element
    return sorted(resolve_roots(dict(edges)).items())


INDEX_FIELD = "_index"  # a staged article's fingerprint entry, JSON-safe


def staged_form(article: dict[str, Any]) -> dict[str, Any]:
    """An article as staged before its window's dedup links are known."""
    return {**without_fingerprint(article), INDEX_FIELD: index_entry(article)}


def apply_links(articles: list[dict[str, Any]],
                links: dict[str, dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    """A window pane's staged articles and dedup links -> (kind, record) to write:
    kept articles with their index entries, and duplicates pointing at the record kept.

    Done where the pane is committed, so an article, its fingerprint entry and its
    message's offset become durable together.
    """
    out: list[tuple[str, dict[str, Any]]] = []
    for staged in articles:
        article = {k: v for k, v in staged.items() if k != INDEX_FIELD}
        link = links.get(article["id"])
        if link is None:
            out.append((ARTICLES, article))
            out.append((INDEX_STATE, staged[INDEX_FIELD]))
        else:
            duplicate = mark_duplicate(article, link)
            Duplicate.model_validate(duplicate)  # the boundary of the duplicates output
            out.append((DUPLICATES, duplicate))
    return out


class StreamDeduplicate(beam.PTransform):
    """Windowed articles -> {"articles": the articles with their fingerprints,
    "links": (id, link to the record kept) for the duplicates}; `apply_links` makes
    the split where each window pane is committed.

    `existing`: index entries (the batch job's `_state/fingerprints`) of articles
    the dataset held at job start; new copies of them become duplicates.
    """

    def __init__(self, window_seconds: float, allowed_lateness: float,
                 horizon_seconds: float = DEFAULT_HORIZON_SECONDS,
                 threshold: float = DEFAULT_THRESHOLD,
                 max_compare: int = DEFAULT_MAX_COMPARE, existing=None,
                 seeds_expire_at: float = 0.0, shards: int = DEFAULT_HISTORY_SHARDS) -> None:
        super().__init__()
        self.shards = shards
        self.window_seconds = window_seconds
        self.allowed_lateness = allowed_lateness
        self.horizon_seconds = horizon_seconds
        self.threshold = threshold
        self.max_compare = max_compare
        self.existing = existing
        self.seeds_expire_at = seeds_expire_at

    def _rewindow(self, label: str):
        return label >> stream_window(self.window_seconds, self.allowed_lateness)

    def expand(self, articles):
        fingerprinted = articles | "Fingerprint" >> beam.Map(with_fingerprint)
        grouped = (
            fingerprinted
            | "BucketKeysPerShard" >> beam.FlatMap(shard_entries, self.shards)
            | "GroupShardsPerWindow" >> beam.GroupByKey()
            | "ToGlobalWindow" >> beam.WindowInto(window.GlobalWindows())
        )
        if self.existing is not None:
            expires = self.seeds_expire_at
            seeds = self.existing | "SeedBuckets" >> beam.FlatMap(seed_entries, expires,
                                                                  self.shards)
            grouped = (grouped, seeds) | "WithDatasetAtStart" >> beam.Flatten()
        edges = (
            grouped
            | "CompareWithHistory" >> beam.ParDo(ShardHistoryDoFn(
                self.threshold, self.max_compare, self.horizon_seconds)
            ).with_input_types(tuple[int, Any])
            | self._rewindow("EdgesToWindows")
            | "BestEdgePerMember" >> beam.CombinePerKey(best_edge)
        )
        links = (
            edges
            | "OneKeyPerWindow" >> beam.Map(lambda edge: ("window", edge))
            | "GroupWindowEdges" >> beam.GroupByKey()
            | "ResolveKeptRecords" >> beam.FlatMap(window_links)
        )
        return {"articles": fingerprinted, "links": links}
