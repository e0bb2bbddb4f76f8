"""Reading Kafka: a splittable DoFn over confluent-kafka, one restriction per reader.

Why not Beam's `ReadFromKafka`: it is a Java cross-language transform that needs
an expansion service jar and a Java SDK harness (Docker by default); this reader
is plain Python, so it runs the same on Prism (LOOPBACK), Flink and Dataflow.

- Restriction: a group of partitions (`ReaderTask`) with each one's next offset
  (`Positions`), unbounded until closed. A bundle polls for a short while, then
  checkpoints (`defer_remainder`), so the runner can commit progress and fire windows.
- Event time: the message timestamp. The watermark is the minimum over the
  reader's partitions of the newest timestamp seen minus a skew allowance, never
  ahead of the wall clock; a caught-up partition counts as "now - skew".
- Offsets are *not* committed here: the stream job commits them once the records
  are durable in the dataset (see `transforms/stream_write.py`). Offsets that are
  already durable but not yet committed (a crash between the two) are passed in
  as `skip` and are claimed without being emitted again.
- `stop_after_idle`: a reader's restriction ends once all its partitions have been
  caught up with the broker's high-water marks for that long (tests, backfills); a stop
  request (SIGINT/SIGTERM in the launcher) ends it at the next poll.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from dataclasses import dataclass
from typing import Any

import apache_beam as beam
from apache_beam.io.iobase import RestrictionProgress, RestrictionTracker
from apache_beam.io.watermark_estimators import ManualWatermarkEstimator
from apache_beam.metrics import Metrics
from apache_beam.transforms.core import RestrictionProvider
from apache_beam.transforms.window import TimestampedValue
from apache_beam.utils.timestamp import MIN_TIMESTAMP, Duration, Timestamp

LOG = logging.getLogger(__name__)

POLL_SECONDS = 0.5  # longest single poll inside a bundle
MAX_BUNDLE_MESSAGES = 1000
MAX_BUNDLE_SECONDS = 1.0
IDLE_RESUME_SECONDS = 0.2  # how soon an idle partition is polled again
DEFAULT_SKEW_SECONDS = 2.0

# Set by the launcher on SIGINT/SIGTERM: every partition ends at its next poll and
# the pipeline drains (windows flush, files commit) instead of dying mid-window.
STOP_REQUESTED = threading.Event()


@dataclass(frozen=True)
class PartitionTask:
    """One partition to read: where to start and which offsets are already durable."""

    topic: str
    partition: int
    start: int
    skip: tuple[int, ...] = ()


@dataclass(frozen=True)
class ReaderTask:
    """The partitions one reader (one restriction) reads."""

    name: str
    partitions: tuple[PartitionTask, ...]


def reader_tasks(partitions: list[PartitionTask], readers: int = 1) -> list[ReaderTask]:
    """Spread partitions over `readers` readers (round robin, stable order)."""
    readers = max(1, min(readers, len(partitions) or 1))
    groups: list[list[PartitionTask]] = [[] for _ in range(readers)]
    for index, task in enumerate(sorted(partitions, key=lambda t: (t.topic, t.partition))):
        groups[index % readers].append(task)
    return [ReaderTask(f"reader-{i}", tuple(g)) for i, g in enumerate(groups) if g]


def message_record(topic: str, partition: int, offset: int, key: bytes | None,
                   value: bytes | None, headers: list[tuple[str, bytes]] | None,
                   timestamp_ms: int) -> dict[str, Any]:
    """A Kafka message as a plain dict (picklable, runner-independent)."""
    return {
        "topic": topic,
        "partition": partition,
        "offset": offset,
        "key": key.decode("utf-8", "backslashreplace") if key is not None else None,
        "value": value if value is not None else b"",
        "headers": {name: (data or b"").decode("utf-8", "replace")
                    for name, data in (headers or [])},
        "timestamp_ms": timestamp_ms,
    }


def event_time(timestamp_ms: int, now: float) -> float:
    """Seconds since the epoch for a message; a missing timestamp means 'now'."""
    return timestamp_ms / 1000.0 if timestamp_ms and timestamp_ms > 0 else now


def next_watermark(current: float | None, newest_event: float | None, now: float,
                   skew: float, idle: bool) -> float | None:
    """Monotone watermark: newest event time minus skew, never ahead of the clock;
    when the partition is caught up, the clock itself minus skew. A bundle that
    read nothing but is behind the broker (a slow fetch) keeps the watermark."""
    if idle:
        candidate = now - skew
    elif newest_event is not None:
        candidate = min(newest_event, now) - skew
    else:
        return current
    return candidate if current is None else max(current, candidate)


class HeldWatermark(ManualWatermarkEstimator.default_provider().__class__):
    """A manual watermark that starts at the beginning of time: until the first
    messages are read, nothing can be late."""

    def initial_estimator_state(self, element, restriction):
        return MIN_TIMESTAMP


@dataclass(frozen=True)
class Positions:
    """The restriction of one reader: per partition, the next offset to read and the
    newest event time read so far; `closed` once the reader has ended (idle stop)."""

    next_offsets: tuple[tuple[str, int, int], ...]
    newest: tuple[tuple[str, int, float], ...] = ()
    closed: bool = False

    def offsets(self) -> dict[tuple[str, int], int]:
        return {(t, p): o for t, p, o in self.next_offsets}

    def newest_events(self) -> dict[tuple[str, int], float]:
        return {(t, p): ts for t, p, ts in self.newest}


def _positions(offsets: dict[tuple[str, int], int], newest: dict[tuple[str, int], float],
               closed: bool = False) -> Positions:
    return Positions(tuple((t, p, o) for (t, p), o in sorted(offsets.items())),
                     tuple((t, p, ts) for (t, p), ts in sorted(newest.items())), closed)


CLOSE = ("", -1, -1, None)  # claimed to end a reader's restriction


class PositionsTracker(RestrictionTracker):
    """Claims (topic, partition, offset, event time) in order per partition; unbounded until
    closed. The runner may checkpoint it (split at fraction 0), never cut it: every
    partition of a reader is read in order by that reader.

    Why one restriction for several partitions: the watermark must be the minimum
    over partitions, and Prism 2.77 publishes the last watermark any restriction
    reported rather than the minimum over restrictions (seen here: a caught-up
    partition made the backlog of another late). One restriction computes the
    minimum itself, on every runner.
    """

    def __init__(self, restriction: Positions) -> None:
        self._restriction = restriction
        self._offsets = restriction.offsets()
        self._newest = restriction.newest_events()
        self._closed = restriction.closed
        self._split = False

    def current_restriction(self) -> Positions:
        return self._restriction

    def try_claim(self, position) -> bool:
        if self._closed or self._split:
            return False
        if position == CLOSE:
            self._closed = True
            self._restriction = _positions(self._offsets, self._newest, closed=True)
            return False
        topic, partition, offset, event_time_s = position
        key = (topic, partition)
        if offset < self._offsets.get(key, 0):
            raise ValueError(f"offset {offset} of {key} claimed twice")
        self._offsets[key] = offset + 1
        if event_time_s is not None:
            self._newest[key] = max(self._newest.get(key, event_time_s), event_time_s)
        return True

    def try_split(self, fraction_of_remainder):
        if fraction_of_remainder > 0 or self._closed or self._split:
            return None
        self._split = True
        residual = _positions(self._offsets, self._newest)
        primary = _positions(self._offsets, self._newest, closed=True)
        self._restriction = primary
        return primary, residual

    def check_done(self) -> None:
        if not (self._closed or self._split):
            raise ValueError("a Kafka reader returned without checkpointing or closing")

    def current_progress(self) -> RestrictionProgress:
        # Endless work: "no fraction done" as a fraction. A completed/remaining pair
        # is rescaled by the SDK with output bytes, which under backlog gave NaN
        # in the runner's split requests and failed the bundle (seen on Prism).
        return RestrictionProgress(fraction=0.0)

    def is_bounded(self) -> bool:
        return self._closed


class PositionsProvider(RestrictionProvider):
    def initial_restriction(self, task: ReaderTask) -> Positions:
        return _positions({(p.topic, p.partition): p.start for p in task.partitions}, {})

    def create_tracker(self, restriction: Positions) -> PositionsTracker:
        return PositionsTracker(restriction)

    def restriction_size(self, task, restriction: Positions) -> int:
        # Unknown (unbounded); a large constant, as for an open offset range. A size
        # of 1 made the runner's split arithmetic produce NaN under backlog.
        return 1 << 30

    def split(self, task, restriction):
        yield restriction

    def truncate(self, task, restriction):
        return None  # on drain, what is unread stays in Kafka for the next run


class ReadPartitionsDoFn(beam.DoFn):
    """ReaderTask (a group of partitions) -> timestamped message dicts."""

    def __init__(self, consumer_config: dict[str, str], stop_after_idle: float | None,
                 skew_seconds: float = DEFAULT_SKEW_SECONDS) -> None:
        self.consumer_config = dict(consumer_config)
        self.stop_after_idle = stop_after_idle
        self.skew = skew_seconds
        self.messages = Metrics.counter("newsbeam.kafka", "messages_read")
        self.skipped = Metrics.counter("newsbeam.kafka", "already_durable_skipped")
        self.errors = Metrics.counter("newsbeam.kafka", "poll_errors")

    def setup(self) -> None:
        self._consumers: dict[tuple, Any] = {}
        self._positions: dict[tuple, dict[tuple[str, int], int]] = {}
        self._caught_up_since: dict[tuple, float] = {}

    def teardown(self) -> None:
        for consumer in self._consumers.values():
            with contextlib.suppress(Exception):
                consumer.close()

    def _consumer(self, reader: tuple, offsets: dict[tuple[str, int], int]):
        from confluent_kafka import Consumer, TopicPartition

        consumer = self._consumers.get(reader)
        if consumer is None:
            config = {**self.consumer_config, "enable.auto.commit": False,
                      "enable.auto.offset.store": False, "enable.partition.eof": False}
            consumer = self._consumers[reader] = Consumer(config)
            consumer.assign([TopicPartition(t, p, o) for (t, p), o in offsets.items()])
        else:
            known = self._positions.get(reader, {})
            for (t, p), o in offsets.items():
                if known.get((t, p)) != o:
                    consumer.seek(TopicPartition(t, p, o))
        self._positions[reader] = dict(offsets)
        return consumer

    def _caught_up(self, consumer, offsets: dict[tuple[str, int], int]) -> set[tuple[str, int]]:
        from confluent_kafka import TopicPartition

        done = set()
        for (topic, partition), position in offsets.items():
            try:
                _, high = consumer.get_watermark_offsets(TopicPartition(topic, partition),
                                                         timeout=2, cached=False)
            except Exception:
                continue
            if position >= high:
                done.add((topic, partition))
        return done

    @beam.DoFn.unbounded_per_element()
    def process(self, task: ReaderTask,
                tracker=beam.DoFn.RestrictionParam(PositionsProvider()),
                watermark=beam.DoFn.WatermarkEstimatorParam(HeldWatermark())):
        reader = task.name
        restriction = tracker.current_restriction()
        offsets = restriction.offsets()
        consumer = self._consumer(reader, offsets)
        skip = {(p.topic, p.partition): set(p.skip) for p in task.partitions}
        newest = restriction.newest_events()
        current = watermark.current_watermark()
        current_s = None if current is None or current <= MIN_TIMESTAMP else current.micros / 1e6
        started = time.time()
        emitted = 0
        while emitted < MAX_BUNDLE_MESSAGES and time.time() - started < MAX_BUNDLE_SECONDS:
            if STOP_REQUESTED.is_set():
                break
            batch = consumer.consume(num_messages=min(500, MAX_BUNDLE_MESSAGES - emitted),
                                     timeout=POLL_SECONDS)
            if not batch:
                break
            for msg in batch:
                if msg.error():
                    self.errors.inc()
                    LOG.warning("kafka poll error: %s", msg.error())
                    continue
                key = (msg.topic(), msg.partition())
                offset = msg.offset()
                if offset < offsets.get(key, 0):
                    continue  # a re-delivery before the seek took effect
                _, ts_ms = msg.timestamp()
                # Never behind the watermark already published: a message stamped
                # earlier (clock skew between producers) lands in the current window
                # instead of arriving late; its own time stays in `timestamp_ms`.
                when = event_time(ts_ms, time.time())
                if current_s is not None:
                    when = max(when, current_s)
                if not tracker.try_claim((key[0], key[1], offset, when)):
                    self._positions.pop(reader, None)  # the next bundle must seek
                    return
                offsets[key] = offset + 1
                self._positions[reader] = dict(offsets)
                newest[key] = max(newest.get(key, when), when)
                if offset in skip.get(key, ()):
                    self.skipped.inc()
                    continue
                self.messages.inc()
                emitted += 1
                yield TimestampedValue(
                    message_record(key[0], key[1], offset, msg.key(), msg.value(),
                                   msg.headers(), ts_ms), when)
        now = time.time()
        caught_up = self._caught_up(consumer, offsets) if emitted < MAX_BUNDLE_MESSAGES else set()
        marks = [next_watermark(None, newest.get(key), now, self.skew, key in caught_up)
                 for key in offsets]
        if marks and all(m is not None for m in marks):
            new_mark = min(marks)
            if current_s is None or new_mark > current_s:
                watermark.set_watermark(Timestamp.of(new_mark))
        all_idle = emitted == 0 and len(caught_up) == len(offsets)
        if all_idle:
            since = self._caught_up_since.setdefault(reader, now)
            if self.stop_after_idle is not None and now - since >= self.stop_after_idle:
                LOG.info("reader %s idle for %.0fs: done", reader, now - since)
                tracker.try_claim(CLOSE)
                return
        else:
            self._caught_up_since.pop(reader, None)
        if STOP_REQUESTED.is_set():
            tracker.try_claim(CLOSE)
            return
        tracker.defer_remainder(Duration.of(0 if emitted else IDLE_RESUME_SECONDS))


def with_retries(call, timeout: float):
    """Retry a broker call until `timeout`: a fresh broker answers "not coordinator"
    or "coordinator loading" for a few seconds (not flagged retriable by the client)."""
    from confluent_kafka import KafkaException

    deadline = time.time() + timeout
    while True:
        try:
            return call()
        except KafkaException:
            if time.time() > deadline:
                raise
            time.sleep(0.5)


def partition_tasks(bootstrap_servers: str, topics: list[str], group_id: str,
                    durable: dict[tuple[str, int], list[int]] | None = None,
                    start_from: str = "earliest", timeout: float = 15.0) -> list[PartitionTask]:
    """One task per partition of the topics, starting at the group's committed offset
    (or the earliest/latest offset when the group has none)."""
    from confluent_kafka import OFFSET_INVALID, Consumer, TopicPartition

    durable = durable or {}
    consumer = Consumer({"bootstrap.servers": bootstrap_servers, "group.id": group_id,
                         "enable.auto.commit": False})
    try:
        metadata = consumer.list_topics(timeout=timeout)
        wanted: list[TopicPartition] = []
        for topic in topics:
            info = metadata.topics.get(topic)
            if info is None or info.error is not None or not info.partitions:
                raise ValueError(f"topic {topic!r} does not exist on {bootstrap_servers}")
            wanted.extend(TopicPartition(topic, p) for p in sorted(info.partitions))
        committed = with_retries(lambda: consumer.committed(wanted, timeout=timeout), timeout)
        tasks = []
        for tp in committed:
            low, high = with_retries(
                lambda tp=tp: consumer.get_watermark_offsets(tp, timeout=timeout), timeout)
            if tp.offset is None or tp.offset == OFFSET_INVALID or tp.offset < 0:
                start = low if start_from == "earliest" else high
            else:
                start = max(tp.offset, low)
            skip = tuple(sorted(o for o in durable.get((tp.topic, tp.partition), ())
                                if o >= start))
            tasks.append(PartitionTask(tp.topic, tp.partition, start, skip))
        return tasks
    finally:
        consumer.close()


class ReadFromKafkaTopics(beam.PTransform):
    """Partition tasks -> timestamped message dicts (unbounded unless idle-stopped).

    `readers`: restrictions the partitions are spread over (1 on Prism: see
    `PositionsTracker`; up to the partition count on Flink or Dataflow).
    """

    def __init__(self, tasks: list[PartitionTask], consumer_config: dict[str, str],
                 stop_after_idle: float | None = None,
                 skew_seconds: float = DEFAULT_SKEW_SECONDS, readers: int = 1) -> None:
        super().__init__()
        self.tasks = reader_tasks(tasks, readers)
        self.consumer_config = consumer_config
        self.stop_after_idle = stop_after_idle
        self.skew_seconds = skew_seconds

    def expand(self, pbegin):
        return (
            pbegin
            | "Readers" >> beam.Create(self.tasks)
            | "ReadPartitions" >> beam.ParDo(ReadPartitionsDoFn(
                self.consumer_config, self.stop_after_idle, self.skew_seconds))
        )
