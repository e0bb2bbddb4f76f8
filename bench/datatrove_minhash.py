"""datatrove's 4-stage MinHash dedup over a folder of JSONL documents ({"id", "text"}).

Run by `bench/suite.py` with the interpreter of `bench/.venv-datatrove` (made by
`bench/setup_datatrove.sh`); it imports nothing from newsbeam.

    bench/.venv-datatrove/bin/python bench/datatrove_minhash.py --input DIR --work DIR \
        --tasks 2 [--num-buckets 14 --hashes-per-bucket 8 --ngrams 5]

Stages as in datatrove's own example: 1 signatures (`tasks` tasks), 2 buckets (one
task per bucket, `tasks` at once), 3 clusters (one task), 4 filter and write
(`tasks` tasks). The MinHash settings default to datatrove's own (5-grams, 14 buckets
of 8 hashes). Prints one JSON line: seconds per stage, documents kept and removed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from pathlib import Path


def count_lines(folder: Path) -> int:
    total = 0
    for path in folder.rglob("*.jsonl*"):
        if path.suffix == ".gz":
            with gzip.open(path, "rb") as handle:
                total += sum(1 for _ in handle)
        else:
            with path.open("rb") as handle:
                total += sum(1 for _ in handle)
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--input", type=Path, required=True)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--tasks", type=int, default=2)
    parser.add_argument("--num-buckets", type=int, default=14)
    parser.add_argument("--hashes-per-bucket", type=int, default=8)
    parser.add_argument("--ngrams", type=int, default=5)
    args = parser.parse_args()

    started = time.perf_counter()
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.dedup import (
        MinhashDedupBuckets,
        MinhashDedupCluster,
        MinhashDedupFilter,
        MinhashDedupSignature,
    )
    from datatrove.pipeline.dedup.minhash import MinhashConfig
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    import_seconds = time.perf_counter() - started
    config = MinhashConfig(n_grams=args.ngrams, num_buckets=args.num_buckets,
                           hashes_per_bucket=args.hashes_per_bucket)
    work = args.work
    source = str(args.input)

    def reader() -> JsonlReader:
        return JsonlReader(source, glob_pattern="*.jsonl", text_key="text", id_key="id")

    stages = {
        "1_signatures": LocalPipelineExecutor(
            pipeline=[reader(), MinhashDedupSignature(output_folder=str(work / "signatures"),
                                                      config=config)],
            tasks=args.tasks, workers=args.tasks, logging_dir=str(work / "logs" / "1")),
        "2_buckets": LocalPipelineExecutor(
            pipeline=[MinhashDedupBuckets(input_folder=str(work / "signatures"),
                                          output_folder=str(work / "buckets"), config=config)],
            tasks=config.num_buckets, workers=args.tasks, logging_dir=str(work / "logs" / "2")),
        "3_clusters": LocalPipelineExecutor(
            pipeline=[MinhashDedupCluster(input_folder=str(work / "buckets"),
                                          output_folder=str(work / "remove_ids"), config=config)],
            tasks=1, workers=1, logging_dir=str(work / "logs" / "3")),
        "4_filter": LocalPipelineExecutor(
            pipeline=[reader(),
                      MinhashDedupFilter(input_folder=str(work / "remove_ids"),
                                         exclusion_writer=JsonlWriter(str(work / "removed"))),
                      JsonlWriter(str(work / "kept"))],
            tasks=args.tasks, workers=args.tasks, logging_dir=str(work / "logs" / "4")),
    }
    seconds = {}
    for name, executor in stages.items():
        began = time.perf_counter()
        executor.run()
        seconds[name] = round(time.perf_counter() - began, 3)
    print(json.dumps({
        "import_seconds": round(import_seconds, 3),
        "stage_seconds": seconds,
        "seconds": round(time.perf_counter() - started, 3),
        "kept": count_lines(work / "kept"),
        "removed": count_lines(work / "removed"),
        "config": {"n_grams": config.n_grams, "num_buckets": config.num_buckets,
                   "hashes_per_bucket": config.hashes_per_bucket, "tasks": args.tasks},
    }))


if __name__ == "__main__":
    main()
