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

from pipelines import summary
from pipelines.options import LOCAL_DEFAULTS, BatchOptions
from pipelines.versions import versions
from transforms import write
from transforms.deadletters import DEAD_LETTER_TAG
from transforms.dedup import DUPLICATE_TAG, Deduplicate
from transforms.process import CleanAndExtract
from transforms.read import ReadArticleFiles

LOG = logging.getLogger("newsbeam.batch")

EXIT_OK = 0
EXIT_BAD_ARGS = 2
EXIT_RUN_FAILED = 3


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


def build_batch_pipeline(pipeline: beam.Pipeline, options: PipelineOptions,
                         run_info: dict[str, Any] | None = None) -> BatchOutputs:
    """Attach the whole batch job to `pipeline` (a TestPipeline in tests)."""
    opts = options.view_as(BatchOptions)
    run_id = opts.run_id or (run_info or {}).get("run_id") or new_run_id()
    run_info = dict(run_info or {}, run_id=run_id)

    read = pipeline | "Read" >> ReadArticleFiles(
        opts.input or [], opts.max_file_bytes, opts.max_record_chars)
    processed = read.records | "CleanAndExtract" >> CleanAndExtract(opts.region_scheme)
    deduped = processed["articles"] | "Deduplicate" >> Deduplicate(
        opts.near_dup_threshold, opts.dedup_max_compare)
    dead_letters = (
        (read[DEAD_LETTER_TAG], processed[DEAD_LETTER_TAG])
        | "AllDeadLetters" >> beam.Flatten()
    )
    records_read = (
        (read.records, read[DEAD_LETTER_TAG])
        | "AllRecordsRead" >> beam.Flatten()
        | "CountRecordsRead" >> beam.combiners.Count.Globally()
    )
    reasons = (
        dead_letters
        | "ReasonOfDeadLetter" >> beam.Map(_reason_key)
        | "CountPerReason" >> beam.combiners.Count.PerElement()
        | "ReasonsAsDict" >> beam.combiners.ToDict()
    )
    output = opts.output
    staged = (
        (
            deduped.articles | "WriteArticles" >> write.StageJsonl(output, run_id, write.ARTICLES),
            deduped[DUPLICATE_TAG]
            | "WriteDuplicates" >> write.StageJsonl(output, run_id, write.DUPLICATES),
            dead_letters
            | "WriteDeadLetters" >> write.StageJsonl(output, run_id, write.DEAD_LETTER,
                                                     partitioned=False),
        )
        | "AllStagedFiles" >> beam.Flatten()
    )
    manifest = staged | "Commit" >> write.CommitRun(output, run_id, run_info, records_read,
                                                    reasons)
    return BatchOutputs(deduped.articles, deduped[DUPLICATE_TAG], dead_letters, records_read,
                        manifest)


def _existing_dataset(output: str) -> bool:
    return any(FileSystems.exists(FileSystems.join(output, name))
               for name in (write.SUCCESS, write.ARTICLES, write.MANIFEST))


def _clear_dataset(output: str) -> None:
    for name in (write.ARTICLES, write.DUPLICATES, write.DEAD_LETTER, write.STAGING,
                 write.MANIFEST, write.SUCCESS):
        path = FileSystems.join(output, name)
        if FileSystems.exists(path):
            FileSystems.delete([path])


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
    return options


def run(argv: list[str] | None = None) -> int:
    """Run the batch job; returns a process exit code."""
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    argv = list(sys.argv[1:] if argv is None else argv)
    options = parse_options(argv)
    opts = options.view_as(BatchOptions)
    if not opts.input or not opts.output:
        print("newsbeam batch: --input PATTERN (repeatable) and --output DIR are required",
              file=sys.stderr)
        return EXIT_BAD_ARGS
    output = opts.output.rstrip("/") or "/"
    opts.output = output
    if _existing_dataset(output):
        if not opts.overwrite:
            print(f"newsbeam batch: {output} already holds a dataset; pass --overwrite to "
                  "replace it", file=sys.stderr)
            return EXIT_BAD_ARGS
        _clear_dataset(output)
    run_id = opts.run_id or new_run_id()
    opts.run_id = run_id
    run_info = {
        "run_id": run_id,
        "started_at": dt.datetime.now(dt.UTC).isoformat(),
        "inputs": list(opts.input),
        "output": output,
        "options": {k: v for k, v in options.get_all_options(drop_default=True).items()
                    if v is not None},
        "versions": versions(),
    }
    started = time.monotonic()
    pipeline = beam.Pipeline(options=options)
    build_batch_pipeline(pipeline, options, run_info)
    try:
        result = pipeline.run()
        result.wait_until_finish()
    except Exception:
        LOG.exception("the batch run failed")
        write.remove_staging(output, run_id)
        return EXIT_RUN_FAILED
    elapsed = time.monotonic() - started
    manifest = orjson.loads(_read(FileSystems.join(output, write.MANIFEST)))
    metrics = summary.counters(result)
    print(summary.render(manifest, metrics, elapsed), file=sys.stderr)
    print(orjson.dumps(summary.one_line(manifest, elapsed)).decode())
    return EXIT_OK if manifest.get("status") == "ok" else EXIT_RUN_FAILED


def _read(path: str) -> bytes:
    with FileSystems.open(path) as handle:
        return handle.read()


if __name__ == "__main__":
    sys.exit(run())
