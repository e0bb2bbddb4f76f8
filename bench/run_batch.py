"""Batch throughput benchmark: articles/s and peak memory of the whole process tree.

    python -m bench.run_batch --count 20000 --runs 3 [--format text] [-- extra Beam flags]

Generates (once, cached under bench/corpora/) a reproducible corpus, runs the
`newsbeam batch` command on it several times in a subprocess, samples the RSS of
the process and all its children every 0.2 s, and prints a report (median of
the runs) plus a JSON copy under bench/results/. Wall time includes pipeline
start-up: it is what a user waits for.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import orjson

from bench.generate import generate
from bench.suite import measure

HERE = Path(__file__).resolve().parent
# Generous: the run is reported, not judged; a hung job must still end.
TIMEOUT_BASE_SECONDS = 300.0
TIMEOUT_SECONDS_PER_ARTICLE = 0.2


def run_once(corpus: Path, count: int, extra: list[str]) -> dict:
    """One `newsbeam batch` run, measured by the suite's process-tree sampler."""
    output = Path(tempfile.mkdtemp(prefix="newsbeam-bench-"))
    command = [sys.executable, "-m", "pipelines.cli", "batch", "--input", f"{corpus}/*",
               "--output", str(output / "out"), *extra]
    measured = measure(command, TIMEOUT_BASE_SECONDS + TIMEOUT_SECONDS_PER_ARTICLE * count)
    shutil.rmtree(output, ignore_errors=True)
    summary = measured["result"]
    if measured["status"] != "ok" or not summary:
        raise SystemExit(f"benchmark run failed ({measured['status']}):\n"
                         f"{measured['stderr_tail']}")
    elapsed = measured["wall_seconds"]
    return {
        "seconds": round(elapsed, 2),
        "records": summary["records_read"],
        "articles_per_second": round(summary["records_read"] / elapsed, 1),
        "peak_rss_mib": measured["peak_rss_mib"],
        "cpu_seconds": measured["cpu_seconds"],
        "articles": summary["articles"],
        "duplicates": summary["duplicates"],
        "dead_letters": summary["dead_letters"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=20000)
    parser.add_argument("--format", choices=("text", "html", "jsonl"), default="text")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dup-share", type=float, default=0.2)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("extra", nargs="*", help="Beam flags passed to the job (after --)")
    args = parser.parse_args()

    corpus = HERE / "corpora" / f"{args.format}-{args.count}-s{args.seed}"
    if not corpus.exists():
        print(f"generating {args.count} {args.format} articles into {corpus}", file=sys.stderr)
        generate(args.count, corpus, args.format, args.dup_share, args.seed)
    truth = [orjson.loads(line) for line in
             (corpus.parent / f"{corpus.name}.truth.jsonl").read_bytes().splitlines() if line]
    copies = sum(1 for t in truth if t["kind"] != "original")

    runs = []
    for index in range(args.runs):
        result = run_once(corpus, args.count, args.extra)
        runs.append(result)
        print(f"run {index + 1}: {result['seconds']:.1f} s, "
              f"{result['articles_per_second']:.0f} articles/s, "
              f"peak {result['peak_rss_mib']:.0f} MiB", file=sys.stderr)
    median = {key: statistics.median(r[key] for r in runs)
              for key in ("seconds", "articles_per_second", "peak_rss_mib")}
    report = {
        "corpus": {"format": args.format, "articles": args.count, "injected_copies": copies,
                   "seed": args.seed},
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "flags": args.extra,
        "runs": runs,
        "median": median,
        "duplicates_found": runs[-1]["duplicates"],
    }
    print()
    print(f"newsbeam batch benchmark: {args.count} {args.format} articles "
          f"({copies} injected copies), {os.cpu_count()} CPUs, {args.runs} runs")
    print(f"  {'run':<8}{'seconds':>10}{'articles/s':>12}{'peak MiB':>10}{'duplicates':>12}")
    for index, r in enumerate(runs, 1):
        print(f"  {index:<8}{r['seconds']:>10.1f}{r['articles_per_second']:>12.0f}"
              f"{r['peak_rss_mib']:>10.0f}{r['duplicates']:>12}")
    print(f"  {'median':<8}{median['seconds']:>10.1f}{median['articles_per_second']:>12.0f}"
          f"{median['peak_rss_mib']:>10.0f}")
    results = HERE / "results"
    results.mkdir(exist_ok=True)
    out = results / f"batch-{args.format}-{args.count}-{time.strftime('%Y%m%dT%H%M%S')}.json"
    out.write_bytes(orjson.dumps(report, option=orjson.OPT_INDENT_2))
    print(f"  report: {out}")


if __name__ == "__main__":
    main()
