"""The batch job: article files -> clean -> extract -> dedup -> partitioned JSON Lines.

    python -m pipelines.batch --input 'corpus/**' --output out/
    newsbeam batch --input 'corpus/**' --output out/ [Beam flags]
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
import time
import uuid
from dataclasses import dataclass
from typing import Any

import apache_beam as beam
import orjson
from apache_beam.io.filesystems import FileSystems
from apache_beam.options.pipeline_options import (
    DirectOptions,
    PipelineOptions,
    StandardOptions,
    WorkerOptions,
)

from pipelines import dataset, summary
from pipelines.options import LOCAL_DEFAULTS, BatchOptions, limit_malloc_arenas
from pipelines.versions import versions
from transforms import write
from transforms.deadletters import DEAD_LETTER_TAG
from transforms.dedup import DUPLICATE_TAG
from transforms.process import CleanAndExtract
from transforms.read import (
    FILES_TAG,
    ReadArticleFiles,
    ReadJsonLines,
    file_identity,
    is_input_name,
)
from transforms.spill import SpillDeduplicateAndStage

LOG = logging.getLogger("newsbeam.batch")

EXIT_OK = 0
EXIT_BAD_ARGS = 2
EXIT_RUN_FAILED = 3
EXIT_DEAD_LETTER_RATIO = 4
EXIT_LOCKED = 5


@dataclass
class BatchOutputs:
    articles: beam.PCollection
    duplicates: beam.PCollection
    dead_letters: beam.PCollection
    records_read: beam.PCollection
    manifest: beam.PCollection


def new_run_id() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ") + "-" + uuid.uuid4().hex[:6]


def _reason_key(letter: dict[str, Any]) -> str:
    return f"{letter['stage']}:{letter['reason']}"


def _one(_) -> int:
    return 1


def _content_hash(entry: dict[str, Any]) -> str:
    return entry["content_hash"]


def _run_date(run_id: str) -> str:
    """The day a run id starts with (YYYYMMDD...), or today."""
    try:
        return dt.date.fromisoformat(f"{run_id[:4]}-{run_id[4:6]}-{run_id[6:8]}").isoformat()
    except ValueError:
        return dt.datetime.now(dt.UTC).date().isoformat()


def build_batch_pipeline(pipeline: beam.Pipeline, options: PipelineOptions,
                         run_info: dict[str, Any] | None = None,
                         earlier_index: list[str] | None = None) -> BatchOutputs:
    """Attach the whole batch job to `pipeline` (a TestPipeline in tests).

    `earlier_index`: globs of fingerprint files of earlier runs (cross-run dedup).
    """
    opts = options.view_as(BatchOptions)
    run_id = opts.run_id or (run_info or {}).get("run_id") or new_run_id()
    run_info = dict(run_info or {}, run_id=run_id)
    output = opts.output
    run_date = _run_date(run_id)

    processed = None
    if not opts.reprocess:
        processed = (
            pipeline
            | "FilesTakenEarlier" >> ReadJsonLines(
                [FileSystems.join(output, write.FILES_STATE, "*.jsonl")])
            | "TakenHashes" >> beam.Map(_content_hash)
        )
    read = pipeline | "Read" >> ReadArticleFiles(
        opts.input or [], opts.max_file_bytes, opts.max_record_chars, processed, run_id,
        id_salt=run_id if opts.reprocess and not opts.overwrite else "")
    processed_records = read.records | "CleanAndExtract" >> CleanAndExtract(opts.region_scheme)
    existing = None
    if earlier_index:
        existing = pipeline | "EarlierFingerprints" >> ReadJsonLines(earlier_index)
    # Articles wait in spill files, not in the runner, while dedup works on small
    # records; kept articles, duplicates and fingerprints are staged from the spill.
    deduped = processed_records["articles"] | "Deduplicate" >> SpillDeduplicateAndStage(
        output, run_id, run_date, opts.near_dup_threshold, opts.dedup_max_compare,
        existing=existing)
    # Only small things cross a stage barrier here: records are counted (not
    # gathered) and dead letters are staged where they arise.
    unreadable, failed = read[DEAD_LETTER_TAG], processed_records[DEAD_LETTER_TAG]
    dead_letters = (unreadable, failed) | "AllDeadLetters" >> beam.Flatten()
    records_read = (
        (read.records | "OnePerRecord" >> beam.Map(_one),
         unreadable | "OnePerUnreadable" >> beam.Map(_one))
        | "AllRecordsRead" >> beam.Flatten()
        | "CountRecordsRead" >> beam.CombineGlobally(sum)
    )
    reasons = (
        (unreadable | "ReasonOfUnreadable" >> beam.Map(_reason_key),
         failed | "ReasonOfDeadLetter" >> beam.Map(_reason_key))
        | "AllReasons" >> beam.Flatten()
        | "CountPerReason" >> beam.combiners.Count.PerElement()
        | "ReasonsAsDict" >> beam.combiners.ToDict()
    )
    staged = (
        (
            deduped["staged"],
            unreadable
            | "WriteUnreadable" >> write.StageJsonl(output, run_id, write.DEAD_LETTER,
                                                    partitioned=False),
            failed
            | "WriteDeadLetters" >> write.StageJsonl(output, run_id, write.DEAD_LETTER,
                                                     partitioned=False),
            read[FILES_TAG]
            | "WriteFilesTaken" >> write.StageJsonl(output, run_id, write.FILES_STATE,
                                                    partitioned=False),
        )
        | "AllStagedFiles" >> beam.Flatten()
    )
    manifest = staged | "Commit" >> write.CommitRun(output, run_id, run_info, records_read,
                                                    reasons, read[FILES_TAG])
    return BatchOutputs(deduped["articles"], deduped[DUPLICATE_TAG], dead_letters,
                        records_read, manifest)


def parse_options(argv: list[str]) -> PipelineOptions:
    options = PipelineOptions(argv)
    std = options.view_as(StandardOptions)
    all_opts = options.get_all_options(drop_default=True)
    if std.runner is None:
        std.runner = LOCAL_DEFAULTS["runner"]
        direct = options.view_as(DirectOptions)
        if "direct_num_workers" not in all_opts:
            direct.direct_num_workers = LOCAL_DEFAULTS["direct_num_workers"]
        if "direct_running_mode" not in all_opts:
            direct.direct_running_mode = LOCAL_DEFAULTS["direct_running_mode"]
        harness = options.view_as(WorkerOptions)
        if "default_sdk_harness_log_level" not in all_opts:
            harness.default_sdk_harness_log_level = LOCAL_DEFAULTS[
                "default_sdk_harness_log_level"]
    if std.runner in (LOCAL_DEFAULTS["runner"], "DirectRunner", "BundleBasedDirectRunner"):
        limit_malloc_arenas()
    return options


def run(argv: list[str] | None = None) -> int:
    """Run the batch job; returns a process exit code (see README)."""
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    argv = list(sys.argv[1:] if argv is None else argv)
    if "-h" in argv or "--help" in argv:
        print(__doc__, file=sys.stderr)
        print(_flags_help(), file=sys.stderr)
        return EXIT_OK
    if any(arg == "--dry_run" or arg.startswith("--dry_run=") for arg in argv):
        return _fail(EXIT_BAD_ARGS, "bad_args", "use --dry-run (Beam's --dry_run is a "
                     "Dataflow flag that would run the job)")
    try:
        options = parse_options(argv)
    except SystemExit as exc:  # argparse already said why
        return _fail(EXIT_BAD_ARGS, "bad_args", "see the message above") if exc.code else EXIT_OK
    opts = options.view_as(BatchOptions)
    problem = _check_flags(opts)
    if problem:
        return _fail(EXIT_BAD_ARGS, "bad_args", problem)
    output = opts.output.rstrip("/") or "/"
    opts.output = output
    run_id = opts.run_id or new_run_id()
    opts.run_id = run_id
    if FileSystems.exists(write.runs_path(output, run_id)):
        return _fail(EXIT_BAD_ARGS, "bad_args", f"run id {run_id} was already used in {output}")
    try:
        dataset.acquire_lock(output, run_id, opts.lock_stale_seconds)
    except dataset.LockHeld as exc:
        return _fail(EXIT_LOCKED, "locked", str(exc))
    try:
        return _run_locked(options, opts, output, run_id)
    except Exception as exc:  # recovery, pruning, listing: report, never a bare traceback
        LOG.exception("the batch run failed")
        return _fail(EXIT_RUN_FAILED, "failed", f"{type(exc).__name__}: {exc}")
    finally:
        dataset.release_lock(output, run_id)


def _check_flags(opts: BatchOptions) -> str | None:
    """What is wrong with the flags, in one sentence, or None."""
    if not opts.input or not opts.output:
        return "--input PATTERN (repeatable) and --output DIR are required"
    if opts.run_id and not dataset.valid_run_id(opts.run_id):
        return "--run_id may hold only letters, digits, '.', '_' and '-'"
    if opts.dedup_horizon < 0:
        return "--dedup_horizon must be 0 or more days"
    if not 0.0 < opts.near_dup_threshold <= 1.0:
        return "--near_dup_threshold must be in (0, 1]"
    if opts.dedup_max_compare < 1:
        return "--dedup_max_compare must be at least 1"
    if opts.max_dead_letter_ratio is not None and not 0.0 <= opts.max_dead_letter_ratio <= 1.0:
        return "--max_dead_letter_ratio must be between 0 and 1"
    if opts.lock_stale_seconds <= 0:
        return "--lock_stale_seconds must be positive"
    if opts.max_file_bytes < 1 or opts.max_record_chars < 1:
        return "--max_file_bytes and --max_record_chars must be positive"
    return None


def _fail(code: int, status: str, message: str) -> int:
    """A failure both ways: a sentence on stderr, a JSON line on stdout for schedulers."""
    print(f"newsbeam batch: {message}", file=sys.stderr)
    print(orjson.dumps({"status": status, "exit_code": code, "error": message}).decode())
    return code


def _run_locked(options: PipelineOptions, opts: BatchOptions, output: str, run_id: str) -> int:
    rolled = dataset.recover(output)
    if rolled:
        print(f"newsbeam batch: finished the commit of crashed run(s) {', '.join(rolled)}",
              file=sys.stderr)
    if opts.overwrite:
        opts.reprocess = True  # a fresh dataset takes every file
    if opts.list_only:
        return _dry_run(opts, output)
    today = dt.datetime.now(dt.UTC).date()
    # --overwrite compares with nothing earlier; the old dataset is removed only
    # inside the commit, once this run is fully staged.
    earlier_index = ([] if opts.overwrite
                     else dataset.index_globs(output, today, opts.dedup_horizon))
    run_info = {
        "run_id": run_id,
        "started_at": dt.datetime.now(dt.UTC).isoformat(),
        "inputs": list(opts.input),
        "output": output,
        "options": job_flags(opts),
        "beam_options": {k: v for k, v in options.get_all_options(drop_default=True).items()
                         if v is not None and k not in job_flags(opts)},
        "replaces_dataset": bool(opts.overwrite),
        "versions": versions(),
        "dedup_horizon_days": opts.dedup_horizon,
        "earlier_fingerprint_partitions": len(earlier_index),
    }
    started = time.monotonic()
    pipeline = beam.Pipeline(options=options)
    build_batch_pipeline(pipeline, options, run_info, earlier_index)
    try:
        result = pipeline.run()
        result.wait_until_finish()
    except Exception as exc:
        LOG.exception("the batch run failed")
        if _committed(output, run_id):
            dataset.recover(output)  # the commit had begun: finish it rather than leave half
            return _fail(EXIT_RUN_FAILED, "failed", f"the run failed after its commit began "
                         f"and was completed by recovery: {type(exc).__name__}: {exc}")
        write.remove_staging(output, run_id)
        return _fail(EXIT_RUN_FAILED, "failed",
                     f"nothing was committed: {type(exc).__name__}: {exc}")
    elapsed = time.monotonic() - started
    manifest = orjson.loads(_read(write.runs_path(output, run_id)))
    pruned = dataset.prune_index(output, today, opts.dedup_horizon)
    if pruned:
        LOG.warning("dropped fingerprints of %d day(s) older than the %d-day dedup horizon",
                    pruned, opts.dedup_horizon)
    metrics = summary.counters(result)
    print(summary.render(manifest, metrics, elapsed), file=sys.stderr)
    print(orjson.dumps(summary.one_line(manifest, elapsed)).decode())
    if manifest.get("status") != "ok":
        return EXIT_RUN_FAILED
    counts = manifest["counts"]
    if (opts.max_dead_letter_ratio is not None and counts["records_read"]
            and counts["dead_letters"] / counts["records_read"] > opts.max_dead_letter_ratio):
        print(f"newsbeam batch: dead-letter ratio "
              f"{counts['dead_letters'] / counts['records_read']:.3f} is above "
              f"--max_dead_letter_ratio {opts.max_dead_letter_ratio}", file=sys.stderr)
        return EXIT_DEAD_LETTER_RATIO
    return EXIT_OK


def _flags_help() -> str:
    import argparse

    parser = argparse.ArgumentParser(prog="newsbeam batch", add_help=False,
                                     epilog="Any Beam flag (--runner, --direct_num_workers, "
                                            "...) may be given too. Exit codes: 0 ok, 2 bad "
                                            "arguments, 3 run failed, 4 dead-letter ratio "
                                            "above the limit, 5 dataset locked.")
    BatchOptions._add_argparse_args(parser)
    return parser.format_help()


def job_flags(opts: BatchOptions) -> dict[str, Any]:
    """Every flag of the job, defaults included (for the run manifest)."""
    names = sorted(BatchOptions.job_flag_names())
    return {name: getattr(opts, name) for name in names}


def _committed(output: str, run_id: str) -> bool:
    path = write.runs_path(output, run_id)
    return FileSystems.exists(path)


def _dry_run(opts: BatchOptions, output: str) -> int:
    taken = set() if opts.reprocess else dataset.processed_hashes(output)
    matches = FileSystems.match(list(opts.input))
    would = []
    for match in matches:
        for meta in match.metadata_list:
            if not is_input_name(meta.path):
                continue
            digest = file_identity(meta.path, meta.size_in_bytes, opts.max_file_bytes)
            if digest not in taken:
                would.append({"uri": meta.path, "size": meta.size_in_bytes,
                              "content_hash": digest})
    for item in would:
        print(f"would take {item['uri']} ({item['size']} bytes)", file=sys.stderr)
    print(orjson.dumps({"dry_run": True, "output": output, "files": len(would),
                        "would_take": would}).decode())
    return EXIT_OK


def _read(path: str) -> bytes:
    with FileSystems.open(path) as handle:
        return handle.read()


if __name__ == "__main__":
    sys.exit(run())
