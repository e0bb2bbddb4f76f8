"""The stream job: Kafka -> the batch job's clean/extract -> stream dedup -> windowed,
partitioned JSON Lines in the batch layout.

    newsbeam stream --bootstrap-servers HOST:PORT --topic T --group-id G --output DIR
                    [--window-seconds 60] [--stop-after-idle S] [Beam flags]

Runs until stopped: SIGINT/SIGTERM end every partition at its next poll, then
the open windows flush and commit (a drain). With --stop-after-idle it stops by
itself once every partition has been caught up that long. Without --runner it
runs on Prism (.tools/bin/prism, built by scripts/install_prism.sh).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import signal
import sys
import time
import uuid
from dataclasses import dataclass, replace
from typing import Any

import apache_beam as beam
import orjson
from apache_beam.options.pipeline_options import (
    PipelineOptions,
    PortableOptions,
    StandardOptions,
)
from apache_beam.transforms import window

from pipelines import dataset
from pipelines.options import StreamOptions
from transforms import kafka_source, stream_write
from transforms.deadletters import DEAD_LETTER_TAG
from transforms.kafka_source import PartitionTask, ReadFromKafkaTopics
from transforms.messages import DecodeMessages
from transforms.process import CleanAndExtract
from transforms.read import ReadJsonLines
from transforms.stream_dedup import StreamDeduplicate, stream_window

LOG = logging.getLogger("newsbeam.stream")
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LOCAL_PRISM = os.path.join(REPO, ".tools", "bin", "prism")

EXIT_OK, EXIT_BAD_ARGS, EXIT_RUN_FAILED, EXIT_LOCKED = 0, 2, 3, 5


@dataclass
class StreamOutputs:
    articles: beam.PCollection  # every article, kept or not, with its fingerprint
    links: beam.PCollection  # (article id, link to the record kept) of the duplicates
    dead_letters: beam.PCollection
    offsets: beam.PCollection  # (topic/partition, durable offsets) per committed pane


def build_stream_pipeline(pipeline: beam.Pipeline, options: PipelineOptions, attempt: str,
                          messages: beam.PCollection | None = None,
                          tasks: list[PartitionTask] | None = None,
                          existing_index: list[str] | None = None,
                          commit_offsets: bool = True) -> StreamOutputs:
    """Build the stream job on `pipeline`.

    `messages`: message dicts to read instead of Kafka (TestStream in tests);
    otherwise the Kafka `tasks` (one per partition) are read. `existing_index`:
    fingerprint files of the dataset at job start (copies of them are duplicates).
    """
    opts = options.view_as(StreamOptions)
    output = opts.output
    consumer = consumer_config(opts)
    if messages is None:
        messages = pipeline | "ReadKafka" >> ReadFromKafkaTopics(
            tasks or [], consumer, stop_after_idle=opts.stop_after_idle)
    windowed = messages | "Windows" >> stream_window(opts.window_seconds, opts.allowed_lateness)
    decoded = windowed | "DecodeMessages" >> DecodeMessages(opts.max_message_bytes,
                                                             opts.max_record_chars)
    processed = decoded.records | "CleanAndExtract" >> CleanAndExtract(
        opts.region_scheme, cpu_workers(options))
    existing = None
    if existing_index:
        existing = pipeline | "DatasetFingerprints" >> ReadJsonLines(existing_index)
    deduped = processed["articles"] | "Deduplicate" >> StreamDeduplicate(
        opts.window_seconds, opts.allowed_lateness, opts.stream_dedup_horizon,
        opts.near_dup_threshold, opts.dedup_max_compare, existing=existing,
        seeds_expire_at=time.time() + opts.stream_dedup_horizon, shards=opts.dedup_shards)
    dead = ((decoded[DEAD_LETTER_TAG], processed[DEAD_LETTER_TAG])
            | "AllDeadLetters" >> beam.Flatten())
    offsets = {
        stream_write.ARTICLE_TAG: deduped["articles"], stream_write.LINK_TAG: deduped["links"],
        stream_write.DEAD_LETTER_TAG: dead,
    } | "WritePanes" >> stream_write.WriteWindowPanes(output, opts.window_seconds, attempt)
    if commit_offsets and tasks:
        starts = {f"{t.topic}/{t.partition}": (t.start, t.skip) for t in tasks}
        _ = (
            offsets
            | "OffsetsToGlobalWindow" >> beam.WindowInto(window.GlobalWindows())
            | "CommitOffsets" >> beam.ParDo(stream_write.CommitOffsetsDoFn(consumer, starts))
            .with_input_types(tuple[str, Any])
        )
    return StreamOutputs(deduped["articles"], deduped["links"], dead, offsets)


def cpu_workers(options: PipelineOptions) -> int:
    """--cpu-workers, with -1 resolved: a pool only where the runner gives the job
    a single Python worker (Prism with LOOPBACK)."""
    wanted = options.view_as(StreamOptions).cpu_workers
    if wanted >= 0:
        return wanted
    runner = (options.view_as(StandardOptions).runner or "").lower()
    loopback = (options.view_as(PortableOptions).environment_type or "").upper() == "LOOPBACK"
    return (os.cpu_count() or 1) if "prism" in runner and loopback else 0


def consumer_config(opts: StreamOptions) -> dict[str, str]:
    config = {"bootstrap.servers": opts.kafka_bootstrap_servers or "",
              "group.id": opts.group_id or ""}
    for item in opts.kafka_config or []:
        key, _, value = item.partition("=")
        config[key.strip()] = value.strip()
    return config


def parse_options(argv: list[str]) -> PipelineOptions:
    options = PipelineOptions(argv)
    std = options.view_as(StandardOptions)
    std.streaming = True
    opts = options.view_as(StreamOptions)
    given = options.get_all_options(drop_default=True)
    if not opts.kafka_bootstrap_servers and given.get("bootstrap_servers"):
        opts.kafka_bootstrap_servers = given["bootstrap_servers"]
    if std.runner is None:
        # Prism: Beam's local streaming runner (the FnApiRunner never fires windows
        # of an unbounded source); LOOPBACK runs the Python workers in this process.
        std.runner = "PrismRunner"
        portable = options.view_as(PortableOptions)
        all_opts = options.get_all_options(drop_default=True)
        if "environment_type" not in all_opts:
            portable.environment_type = "LOOPBACK"
        prism = options.view_as(beam.options.pipeline_options.PrismRunnerOptions)
        if not prism.prism_location and os.path.exists(LOCAL_PRISM):
            prism.prism_location = LOCAL_PRISM
    return options


def _check(opts: StreamOptions) -> str | None:
    if not opts.output:
        return "--output is required"
    if not opts.kafka_bootstrap_servers or not opts.topic or not opts.group_id:
        return "--bootstrap-servers, --topic and --group-id are required"
    if opts.window_seconds <= 0 or opts.allowed_lateness < 0 or opts.stream_dedup_horizon < 0:
        return "--window-seconds must be > 0; --allowed-lateness and the horizon >= 0"
    if opts.dedup_shards < 1 or opts.max_message_bytes < 1:
        return "--dedup-shards and --max-message-bytes must be >= 1"
    if opts.stop_after_idle is not None and opts.stop_after_idle < 0:
        return "--stop-after-idle must be >= 0"
    return None


def prepare_start(output: str, bootstrap: str, topics: list[str], group: str,
                  start_from: str) -> list[PartitionTask]:
    """Recover the dataset, then decide where each partition resumes: after the
    group's committed offset and every offset already durable in the dataset
    (committed to the group now if the job died before it could)."""
    durable = stream_write.recover_panes(output)
    by_tp = {tuple((tp.rsplit("/", 1)[0], int(tp.rsplit("/", 1)[1]))): set(v)
             for tp, v in durable.items()}
    tasks = kafka_source.partition_tasks(bootstrap, topics, group, by_tp, start_from)
    resumed = []
    advanced = []
    for task in tasks:
        skip = set(task.skip)
        start = stream_write.next_commit(task.start, skip)
        if start != task.start:
            advanced.append((task.topic, task.partition, start))
        resumed.append(replace(task, start=start, skip=tuple(sorted(skip))))
    if advanced:
        commit_group_offsets(bootstrap, group, advanced)
    stream_write.prune_ledgers(output, {f"{t.topic}/{t.partition}": t.start for t in resumed})
    return resumed


def commit_group_offsets(bootstrap: str, group: str,
                         positions: list[tuple[str, int, int]]) -> None:
    from confluent_kafka import Consumer, TopicPartition

    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": group,
                         "enable.auto.commit": False})
    try:
        kafka_source.with_retries(lambda: consumer.commit(
            offsets=[TopicPartition(t, p, o) for t, p, o in positions], asynchronous=False), 30)
    finally:
        consumer.close()


def _fail(code: int, message: str) -> int:
    print(orjson.dumps({"status": "failed", "exit_code": code, "error": message}).decode())
    LOG.error("%s", message)
    return code


def _die_with_parent() -> None:
    """In a child, before exec: SIGKILL it when the job dies (Linux), so a killed
    job never leaves its runner behind."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except OSError:
        pass


@contextlib.contextmanager
def runner_out_of_signal_reach():
    """Start Prism in its own session while the pipeline is submitted.

    Ctrl-C in a terminal (or SIGTERM to the process group) would otherwise reach
    the runner too and kill it before the job could drain. Beam starts Prism
    through `subprocess_server.subprocess.Popen`; only that module's view of
    `subprocess` is wrapped, only for the duration of the submission.
    """
    from apache_beam.utils import subprocess_server

    real = subprocess_server.subprocess

    class _OwnSession:
        def __getattr__(self, name):
            return getattr(real, name)

        @staticmethod
        def Popen(*args, **kwargs):  # the name Beam calls
            kwargs.setdefault("start_new_session", True)
            if sys.platform.startswith("linux"):
                kwargs.setdefault("preexec_fn", _die_with_parent)
            return real.Popen(*args, **kwargs)

    subprocess_server.subprocess = _OwnSession()
    try:
        yield
    finally:
        subprocess_server.subprocess = real


def _install_stop_handlers() -> None:
    def request_stop(signum, _frame):
        if kafka_source.STOP_REQUESTED.is_set():
            raise KeyboardInterrupt  # a second signal: stop now, without the drain
        LOG.warning("signal %d: draining (a second signal stops at once)", signum)
        kafka_source.STOP_REQUESTED.set()

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)


def run(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    argv = list(sys.argv[1:] if argv is None else argv)
    if "-h" in argv or "--help" in argv:
        print(__doc__, file=sys.stderr)
        import argparse

        parser = argparse.ArgumentParser(prog="newsbeam stream", add_help=False)
        StreamOptions._add_argparse_args(parser)
        parser.print_help(sys.stderr)
        return EXIT_OK
    options = parse_options(argv)
    opts = options.view_as(StreamOptions)
    problem = _check(opts)
    if problem:
        return _fail(EXIT_BAD_ARGS, problem)
    output = opts.output
    attempt = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
    try:
        dataset.acquire_lock(output, f"stream-{attempt}")
    except dataset.LockHeld as exc:
        return _fail(EXIT_LOCKED, str(exc))
    started = time.time()
    try:
        try:
            tasks = prepare_start(output, opts.kafka_bootstrap_servers, opts.topic, opts.group_id,
                                  opts.start_from)
        except Exception as exc:
            return _fail(EXIT_RUN_FAILED, f"cannot start: {exc}")
        today = dt.datetime.now(dt.UTC).date()
        horizon_days = int(opts.stream_dedup_horizon // 86400) + 1
        existing = dataset.index_globs(output, today, horizon_days)
        LOG.warning("stream %s: %d partitions, resuming at %s", attempt, len(tasks),
                    {f"{t.topic}/{t.partition}": t.start for t in tasks})
        _install_stop_handlers()
        pipeline = beam.Pipeline(options=options)
        build_stream_pipeline(pipeline, options, attempt, tasks=tasks, existing_index=existing)
        try:
            with runner_out_of_signal_reach():
                result = pipeline.run()
            result.wait_until_finish()
        except KeyboardInterrupt:
            return _fail(EXIT_RUN_FAILED, "stopped without draining (second signal)")
        except Exception as exc:
            return _fail(EXIT_RUN_FAILED, f"pipeline failed: {exc}")
        print(orjson.dumps({"status": "ok", "attempt": attempt, "output": output,
                            "seconds": round(time.time() - started, 1),
                            "stopped": "signal" if kafka_source.STOP_REQUESTED.is_set()
                            else "idle", "committed": attempt_counts(output, attempt)}).decode())
        return EXIT_OK
    finally:
        dataset.release_lock(output, f"stream-{attempt}")


def attempt_counts(output: str, attempt: str) -> dict[str, int]:
    """What this run committed (its panes' ledgers): records per kind, panes, late panes."""
    totals = {"panes": 0, "late_panes": 0, "articles": 0, "duplicates": 0, "dead_letters": 0}
    for path in stream_write.ledger_paths(output):
        if not path.endswith(f"-{attempt}.json"):
            continue
        ledger = stream_write.read_ledger(path) or {}
        counts = ledger.get("counts", {})
        totals["panes"] += 1
        totals["late_panes"] += ledger.get("timing") == "late"
        totals["articles"] += counts.get("articles", 0)
        totals["duplicates"] += counts.get("duplicates", 0)
        totals["dead_letters"] += counts.get("dead_letter", 0)
    return totals


if __name__ == "__main__":
    sys.exit(run())
