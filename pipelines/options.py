"""Pipeline options: the job's flags live beside every Beam flag."""

from __future__ import annotations

import contextlib
import ctypes
import os

from apache_beam.options.pipeline_options import PipelineOptions

from transforms.decode import DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_RECORD_CHARS
from transforms.dedup import DEFAULT_MAX_COMPARE, DEFAULT_THRESHOLD
from transforms.geo import REGION_SCHEMES

# A laptop run: Beam's Python runner in-process on both cores, named so Beam
# does not first try to download Prism (which these machines cannot reach).
LOCAL_DEFAULTS = {
    "runner": "FnApiRunner",
    "direct_num_workers": 2,
    "direct_running_mode": "multi_processing",
    "default_sdk_harness_log_level": "WARNING",
}


# glibc gives each thread that allocates its own malloc arena (up to 8 per core); the
# local runner and its workers move data on many gRPC threads, and freed memory
# stays scattered over those arenas. Two arenas: measured -8% peak RSS at 6k
# articles (more at 100k), no measurable cost in time.
MALLOC_ARENAS = 2
_M_ARENA_MAX = -8  # mallopt parameter


def limit_malloc_arenas(arenas: int = MALLOC_ARENAS) -> None:
    """For a job run on this machine only (worker processes inherit the variable;
    this process is told through mallopt). A no-op without glibc, or when
    MALLOC_ARENA_MAX is already set; remote runners' workers are not touched."""
    if os.environ.get("MALLOC_ARENA_MAX"):
        return
    os.environ["MALLOC_ARENA_MAX"] = str(arenas)
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").mallopt(_M_ARENA_MAX, arenas)


def add_processing_args(parser) -> None:
    """Flags shared by every newsbeam job (batch and stream).

    Beam builds one parser from every options class, so a flag both jobs define
    is added once there; each class's own view still lists it.
    """
    if "--output" in parser._option_string_actions:
        return
    parser.add_argument(
        "--output", required=False, help="Output dataset folder (any Beam filesystem).")
    parser.add_argument(
        "--region_scheme", "--region-scheme", dest="region_scheme", default="m49-region",
        choices=REGION_SCHEMES,
        help="Region partition values: UN M49 regions (default), M49 sub-regions, "
             "or the ISO country code.")
    parser.add_argument(
        "--near_dup_threshold", "--near-dup-threshold", dest="near_dup_threshold",
        type=float, default=DEFAULT_THRESHOLD,
        help="Similarity (Jaccard, or containment for extended versions) at or above "
             "which two articles are one story. Default chosen from measurements.")
    parser.add_argument(
        "--dedup_max_compare", "--dedup-max-compare", dest="dedup_max_compare",
        type=int, default=DEFAULT_MAX_COMPARE,
        help="Comparisons per record within one LSH bucket (bounds the work).")
    parser.add_argument(
        "--max_record_chars", "--max-record-chars", dest="max_record_chars", type=int,
        default=DEFAULT_MAX_RECORD_CHARS, help="Records larger than this are dead letters.")


class BatchOptions(PipelineOptions):
    """Flags of the batch job (a direct PipelineOptions subclass, so Beam lists them all)."""

    @classmethod
    def job_flag_names(cls) -> list[str]:
        import argparse

        parser = argparse.ArgumentParser(add_help=False)
        cls._add_argparse_args(parser)
        return [action.dest for action in parser._actions]

    @classmethod
    def _add_argparse_args(cls, parser):
        add_processing_args(parser)
        parser.add_argument(
            "--input", action="append", default=None,
            help="Glob of article files (repeatable); any Beam filesystem.")
        parser.add_argument(
            "--max_file_bytes", "--max-file-bytes", dest="max_file_bytes", type=int,
            default=DEFAULT_MAX_FILE_BYTES, help="Files larger than this are dead letters.")
        parser.add_argument(
            "--overwrite", action="store_true", default=False,
            help="Delete the dataset in --output (data, state, run manifests) and start anew.")
        parser.add_argument(
            "--reprocess", action="store_true", default=False,
            help="Take every matched file again, even those earlier runs took (copies of "
                 "articles already in the dataset still go to duplicates/).")
        parser.add_argument(
            "--dedup_horizon", "--dedup-horizon", dest="dedup_horizon", type=int, default=30,
            help="Days back (by run date) that cross-run dedup looks for earlier copies.")
        parser.add_argument(
            "--max_dead_letter_ratio", "--max-dead-letter-ratio", dest="max_dead_letter_ratio",
            type=float, default=None,
            help="Exit with code 4 when dead letters / records read exceeds this ratio.")
        # Beam itself owns --dry_run (a Dataflow flag), hence only the dashed form here.
        parser.add_argument(
            "--dry-run", dest="list_only", action="store_true", default=False,
            help="List the files a run would take, then stop.")
        parser.add_argument(
            "--lock_stale_seconds", "--lock-stale-seconds", dest="lock_stale_seconds",
            type=float, default=6 * 3600,
            help="Age after which another run's lock is considered stale.")
        parser.add_argument(
            "--run_id", "--run-id", dest="run_id", default=None,
            help="Run identifier (default: UTC time plus a random suffix).")


class StreamOptions(PipelineOptions):
    """Flags of the stream job (Kafka in, the batch job's dataset layout out)."""

    @classmethod
    def _add_argparse_args(cls, parser):
        add_processing_args(parser)
        # Beam's own KafkaStreamsRunnerOptions owns `--bootstrap_servers` (with a
        # localhost default); the stream job reads that too when it is given.
        parser.add_argument(
            "--bootstrap-servers", dest="kafka_bootstrap_servers",
            default=None, help="Kafka bootstrap servers, HOST:PORT[,HOST:PORT].")
        parser.add_argument(
            "--topic", action="append", default=None, help="Topic to read (repeatable).")
        parser.add_argument(
            "--group_id", "--group-id", dest="group_id", default=None,
            help="Consumer group: where the job resumes, and whose offsets it commits.")
        parser.add_argument(
            "--start_from", "--start-from", dest="start_from", default="earliest",
            choices=("earliest", "latest"),
            help="Where to start a partition the group has no committed offset for.")
        parser.add_argument(
            "--window_seconds", "--window-seconds", dest="window_seconds", type=float,
            default=60.0, help="Event-time window: files are committed once per window.")
        parser.add_argument(
            "--allowed_lateness", "--allowed-lateness", dest="allowed_lateness", type=float,
            default=24 * 3600.0,
            help="Seconds after a window closes during which late records are still "
                 "written (in late panes of their window).")
        parser.add_argument(
            "--stream_dedup_horizon", "--stream-dedup-horizon", dest="stream_dedup_horizon",
            type=float, default=7 * 24 * 3600.0,
            help="Event-time seconds a kept article is remembered for dedup (default 7 days).")
        parser.add_argument(
            "--stop_after_idle", "--stop-after-idle", dest="stop_after_idle", type=float,
            default=None,
            help="Stop once every partition has been caught up for this many seconds.")
        parser.add_argument(
            "--cpu_workers", "--cpu-workers", dest="cpu_workers", type=int, default=-1,
            help="Local processes for cleaning and extraction: 0 = in the runner's "
                 "worker; -1 (default) = one per core when running on Prism in "
                 "LOOPBACK mode (one Python worker for the whole job), else 0.")
        parser.add_argument(
            "--dedup_shards", "--dedup-shards", dest="dedup_shards", type=int, default=4,
            help="Shards (stateful keys) of the stream's dedup history: a few on one "
                 "machine, hundreds on a cluster.")
        parser.add_argument(
            "--max_message_bytes", "--max-message-bytes", dest="max_message_bytes", type=int,
            default=8 * 1024 * 1024, help="Messages larger than this are dead letters.")
        parser.add_argument(
            "--kafka_config", "--kafka-config", dest="kafka_config", action="append",
            default=None,
            help="Extra librdkafka setting KEY=VALUE for the consumer (repeatable), "
                 "e.g. security.protocol=SASL_SSL.")
