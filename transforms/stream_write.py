"""Stream output: one commit per window pane and shard, then Kafka offsets.

Each pane of a window (the on-time one, and one per late element) is written
per shard as one file per kind and partition, in the batch layout
(`articles/date=.../region=.../part-<pane>.jsonl`, `duplicates/...`,
`dead_letter/...`, `_state/fingerprints/date=<day>/...`). A pane is committed
like a batch run, in miniature:

1. records are staged under `_staging/stream/<pane>/`;
2. a ledger `_stream/commits/<pane>.json` (status committing, the renames, the
   Kafka offsets covered) is written: from here on the pane is durable, and a
   crash is rolled forward by the next start;
3. the staged files are renamed into place and the ledger says committed;
4. the offsets go to `CommitOffsetsDoFn`, which commits to Kafka each
   partition's longest run of durable offsets.

A pane's name holds the window, shard, pane index and the job attempt, so no
pane, shard or restart can overwrite another's files; a retried bundle of the
same attempt rewrites the same names (idempotent).
"""

from __future__ import annotations

import datetime as dt
import logging
import time
import uuid
from collections import defaultdict
from typing import Any

import apache_beam as beam
import orjson
from apache_beam.coders import PickleCoder, VarIntCoder
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics
from apache_beam.transforms.userstate import BagStateSpec, ReadModifyWriteStateSpec
from apache_beam.utils.windowed_value import WindowedValue

from transforms import faults
from transforms.stream_dedup import apply_links, staged_form
from transforms.write import (
    ARTICLES,
    DEAD_LETTER,
    DUPLICATES,
    INDEX_STATE,
    apply_plan,
    final_path,
    join,
    partition_of,
    read_all,
    write_bytes,
)

LOG = logging.getLogger(__name__)

ARTICLE_TAG, LINK_TAG, DEAD_LETTER_TAG = "article", "link", "dead_letter"
STAGED_TAG = "staged"
BUNDLES = "_staging/stream/bundles"  # records staged as they arrive, before their window closes

STREAM_STAGING = "_staging/stream"
COMMITS = "_stream/commits"
INDEX = INDEX_STATE  # kind of the fingerprint entries of kept articles


def record_partition(kind: str, record: dict[str, Any], day: str) -> str:
    if kind == INDEX:
        return f"date={day}"
    if kind == DEAD_LETTER:
        return ""
    return partition_of(record)


def pane_name(window_start: float, window_seconds: float, pane_index: int,
              attempt: str) -> str:
    start = dt.datetime.fromtimestamp(window_start, dt.UTC).strftime("%Y%m%dT%H%M%S")
    return f"{start}-{int(window_seconds)}s-p{pane_index}-{attempt}"


def offsets_of(items: list[tuple[str, dict[str, Any]]]) -> dict[str, list[int]]:
    """Kafka offsets covered by a pane, per `topic/partition`."""
    covered: dict[str, set[int]] = defaultdict(set)
    for kind, record in items:
        if kind == INDEX:
            continue
        source = record.get("source") or {}
        if source.get("topic") is not None and source.get("offset") is not None:
            covered[f"{source['topic']}/{source['partition']}"].add(int(source["offset"]))
    return {tp: sorted(offsets) for tp, offsets in sorted(covered.items())}


def ledger_path(output_dir: str, name: str) -> str:
    return join(output_dir, COMMITS, f"{name}.json")


def read_ledger(path: str) -> dict[str, Any] | None:
    try:
        return orjson.loads(read_all(path)) if FileSystems.exists(path) else None
    except (OSError, orjson.JSONDecodeError):
        return None


def commit_pane(output_dir: str, name: str, items: list[tuple[str, dict[str, Any]]],
                window_bounds: tuple[float, float], pane_index: int, day: str,
                timing: str = "") -> dict[str, Any]:
    """Stage, record the intent, rename, mark committed. Returns the ledger."""
    path = ledger_path(output_dir, name)
    if FileSystems.exists(path):
        done = read_ledger(path)
        if done and done.get("status") == "committed":
            return done  # a retried bundle of a pane already published
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for kind, record in items:
        groups[(kind, record_partition(kind, record, day))].append(record)
    staging = join(output_dir, STREAM_STAGING, name)
    plan: list[list[str]] = []
    counts: dict[str, int] = defaultdict(int)
    final_name = f"part-{name}.jsonl"
    # Staged flat (one folder per pane): creating a folder tree per partition
    # cost more than writing the records.
    for index, ((kind, partition), records) in enumerate(sorted(groups.items())):
        staged = join(staging, f"{index:05d}.jsonl")
        with FileSystems.create(staged, mime_type="application/x-ndjson") as handle:
            handle.write(b"".join(orjson.dumps(r) + b"\n" for r in records))
        plan.append([staged, final_path(output_dir, kind, partition, final_name)])
        counts[kind] += len(records)
    faults.pause_point("write")
    ledger = {
        "pane": name, "window": list(window_bounds), "pane_index": pane_index,
        "timing": timing, "committed_at": round(time.time(), 3),
        "counts": {k: counts.get(k, 0) for k in (ARTICLES, DUPLICATES, DEAD_LETTER, INDEX)},
        "offsets": offsets_of(items), "plan": plan, "status": "committing",
    }
    write_bytes(path, orjson.dumps(ledger, option=orjson.OPT_SORT_KEYS))
    finish_pane(output_dir, ledger)
    return ledger


def finish_pane(output_dir: str, ledger: dict[str, Any]) -> None:
    """Renames and the committed mark; recovery repeats this for a pane caught halfway."""
    apply_plan(ledger["plan"])
    ledger["status"] = "committed"
    write_bytes(ledger_path(output_dir, ledger["pane"]),
                orjson.dumps(ledger, option=orjson.OPT_SORT_KEYS))
    staging = join(output_dir, STREAM_STAGING, ledger["pane"])
    if FileSystems.exists(staging):
        FileSystems.delete([staging])


_TIMING = {0: "early", 1: "on_time", 2: "late", 3: "unknown"}


class StageRecordsDoFn(beam.DoFn):
    """Writes each bundle's records, per window, to a staged file as they arrive and
    reports (tag, path, count) in that window.

    The writing is spread over the window instead of piling up when it closes, and
    only the small reports cross the shuffle to the pane commit.
    """

    def __init__(self, output_dir: str, tag: str, to_staged=None) -> None:
        self.output_dir = output_dir
        self.tag = tag
        self.to_staged = to_staged
        self.records = Metrics.counter("newsbeam.stream_write", f"{tag}_staged")

    def start_bundle(self) -> None:
        self._open: dict[Any, tuple[str, Any, int]] = {}

    def process(self, record, window=beam.DoFn.WindowParam):
        entry = self._open.get(window)
        if entry is None:
            path = join(self.output_dir, BUNDLES, f"{uuid.uuid4().hex}.jsonl")
            entry = (path, FileSystems.create(path, mime_type="application/x-ndjson"), 0)
        path, handle, count = entry
        handle.write(orjson.dumps(self.to_staged(record) if self.to_staged else record) + b"\n")
        self._open[window] = (path, handle, count + 1)
        self.records.inc()

    def finish_bundle(self):
        for window, (path, handle, count) in self._open.items():
            handle.close()
            yield WindowedValue((0, (STAGED_TAG, (self.tag, path, count))),
                                window.max_timestamp(), [window])
        self._open = {}


def read_staged(path: str) -> list[dict[str, Any]]:
    return [orjson.loads(line) for line in read_all(path).splitlines() if line.strip()]


class CommitPaneDoFn(beam.DoFn):
    """All of one window pane -> committed files; emits (`topic/partition`, offsets)
    for the offset committer.

    Input: (key, [("staged", (tag, path, count)) | ("link", (id, link))]): the files
    staged for the window and its dedup links, applied here (`apply_links`).
    """

    def __init__(self, output_dir: str, window_seconds: float, attempt: str) -> None:
        self.output_dir = output_dir
        self.window_seconds = window_seconds
        self.attempt = attempt
        self.panes = Metrics.counter("newsbeam.stream_write", "panes_committed")
        self.late_panes = Metrics.counter("newsbeam.stream_write", "late_panes_committed")
        self.counters = {kind: Metrics.counter("newsbeam.stream_write", f"{kind}_records")
                         for kind in (ARTICLES, DUPLICATES, DEAD_LETTER)}

    def process(self, element, w=beam.DoFn.WindowParam, pane=beam.DoFn.PaneInfoParam):
        _, tagged = element
        start, end = float(w.start), float(w.end)
        name = pane_name(start, self.window_seconds, pane.index, self.attempt)
        done = read_ledger(ledger_path(self.output_dir, name))
        if done and done.get("status") == "committed":
            yield from done["offsets"].items()  # a retried bundle of a published pane
            return
        staged, links = [], {}
        for tag, value in tagged:
            if tag == LINK_TAG:
                links[value[0]] = value[1]
            else:
                staged.append(value)
        articles, items = [], []
        for kind, path, _ in staged:
            records = read_staged(path)
            if kind == ARTICLE_TAG:
                articles.extend(records)
            else:
                items.extend((DEAD_LETTER, r) for r in records)
        items = apply_links(articles, links) + items
        day = dt.datetime.now(dt.UTC).date().isoformat()
        ledger = commit_pane(self.output_dir, name, items, (start, end), pane.index, day,
                             _TIMING.get(pane.timing, str(pane.timing)))
        FileSystems.delete([path for _, path, _ in staged])  # now in the committed pane
        self.panes.inc()
        if pane.index > 0:
            self.late_panes.inc()
        for kind, counter in self.counters.items():
            counter.inc(ledger["counts"].get(kind, 0))
        yield from ledger["offsets"].items()


class WriteWindowPanes(beam.PTransform):
    """Windowed {"article", "link", "dead_letter"} -> one committed pane per window
    firing (all of the window's records in one commit); emits covered offsets."""

    def __init__(self, output_dir: str, window_seconds: float, attempt: str) -> None:
        super().__init__()
        self.output_dir = output_dir
        self.window_seconds = window_seconds
        self.attempt = attempt

    def expand(self, outputs: dict[str, Any]):
        output_dir = self.output_dir
        parts = [
            outputs[ARTICLE_TAG] | "StageArticles" >> beam.ParDo(
                StageRecordsDoFn(output_dir, ARTICLE_TAG, staged_form)),
            outputs[DEAD_LETTER_TAG] | "StageDeadLetters" >> beam.ParDo(
                StageRecordsDoFn(output_dir, DEAD_LETTER_TAG)),
            outputs[LINK_TAG] | "TagLinks" >> beam.Map(lambda link: (0, (LINK_TAG, link))),
        ]
        return (
            parts
            | "AllOutputs" >> beam.Flatten()
            | "GroupPane" >> beam.GroupByKey()
            | "CommitPane" >> beam.ParDo(CommitPaneDoFn(
                self.output_dir, self.window_seconds, self.attempt))
        )


def next_commit(committed: int, durable: set[int]) -> int:
    """The offset to commit: the end of the run of durable offsets from `committed`."""
    while committed in durable:
        durable.discard(committed)
        committed += 1
    return committed


class CommitOffsetsDoFn(beam.DoFn):
    """(`topic/partition`, durable offsets) -> the partition's committed offset in Kafka.

    Keyed state holds the durable offsets beyond a gap (a message still in flight);
    the group's offset only moves over an unbroken run, so a restart never skips a
    message that is not in the dataset.
    """

    NEXT = ReadModifyWriteStateSpec("next", VarIntCoder())
    PENDING = BagStateSpec("pending", PickleCoder())

    def __init__(self, consumer_config: dict[str, str],
                 starts: dict[str, tuple[int, tuple[int, ...]]]) -> None:
        self.consumer_config = dict(consumer_config)
        self.starts = starts
        self.commits = Metrics.counter("newsbeam.kafka", "offset_commits")
        self.failures = Metrics.counter("newsbeam.kafka", "offset_commit_failures")

    def setup(self) -> None:
        from confluent_kafka import Consumer

        self._consumer = Consumer({**self.consumer_config, "enable.auto.commit": False})

    def teardown(self) -> None:
        self._consumer.close()

    def process(self, element, next_state=beam.DoFn.StateParam(NEXT),
                pending=beam.DoFn.StateParam(PENDING)):
        from confluent_kafka import TopicPartition

        tp, offsets = element
        start, skip = self.starts.get(tp, (0, ()))
        committed = next_state.read()
        durable = set(pending.read())
        if committed is None:
            committed = start
            durable |= set(skip)
        durable |= set(offsets)
        remaining = set(durable)
        advanced = next_commit(committed, remaining)
        if advanced != committed:
            topic, partition = tp.rsplit("/", 1)
            try:
                self._consumer.commit(offsets=[TopicPartition(topic, int(partition), advanced)],
                                      asynchronous=False)
                self.commits.inc()
            except Exception as exc:
                self.failures.inc()
                LOG.warning("offset commit for %s failed: %s", tp, exc)
                advanced, remaining = committed, durable
        next_state.write(advanced)
        pending.clear()
        for offset in sorted(remaining):
            pending.add(offset)
        if advanced != committed:
            yield tp, advanced


def ledger_paths(output_dir: str) -> list[str]:
    try:
        found = FileSystems.match([join(output_dir, COMMITS, "*.json")])[0].metadata_list
    except Exception:
        return []
    return sorted(m.path for m in found)


def recover_panes(output_dir: str) -> dict[str, set[int]]:
    """At job start: finish panes caught between their ledger and their renames,
    drop staging left by panes that never reached a ledger, and return the Kafka
    offsets the dataset holds, per `topic/partition`."""
    durable: dict[str, set[int]] = defaultdict(set)
    for path in ledger_paths(output_dir):
        ledger = read_ledger(path)
        if ledger is None:
            continue  # a ledger is written whole (temp + rename) or not at all
        if ledger.get("status") == "committing":
            LOG.warning("rolling forward pane %s", ledger["pane"])
            finish_pane(output_dir, ledger)
        for tp, offsets in ledger.get("offsets", {}).items():
            durable[tp].update(offsets)
    staging = join(output_dir, STREAM_STAGING)
    if FileSystems.exists(staging):
        FileSystems.delete([staging])
    try:
        leftovers = FileSystems.match([join(output_dir, COMMITS, "*.tmp-*")])[0].metadata_list
    except Exception:
        leftovers = []
    for meta in leftovers:
        FileSystems.delete([meta.path])
    return dict(durable)


def prune_ledgers(output_dir: str, committed: dict[str, int]) -> int:
    """Delete ledgers whose offsets are all below the group's committed offsets:
    the group already resumes after them, so they no longer matter for restarts."""
    removed = 0
    for path in ledger_paths(output_dir):
        ledger = read_ledger(path)
        if not ledger or ledger.get("status") != "committed":
            continue
        offsets = ledger.get("offsets", {})
        if offsets and all(max(values) < committed.get(tp, -1)
                           for tp, values in offsets.items()):
            FileSystems.delete([path])
            removed += 1
    return removed
