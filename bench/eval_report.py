"""Every quality figure of issue 5 in one report: ours, the targets and the peers.

    python -m bench.eval_report --public DIR [--generated-count 10000] [--json OUT]

Runs, with the pipeline's own functions:
* field-by-field extraction on the labelled sets (`pipelines.evaluate`):
  `sample_corpus/` and `bench/dev_set*/` are tuned on;
  `bench/holdout/` is not and is reported on its own line;
* dedup pairwise precision/recall (`bench.eval_dedup`) on the labelled cluster
  set, the sample corpus and a generated set with injected copies and templated
  hard negatives, datasketch's MinHashLSH beside ours;
* with `--public DIR` (a folder holding `article-extraction-benchmark/` and
  `htmldate/`), the public benchmarks (`bench.eval_public`) with trafilatura and
  htmldate run on the same pages.

Prints a summary table and the detailed reports; `--json` writes them all.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parent.parent


def _set_number(folder: Path) -> int:
    """dev_set -> 1, dev_set12 -> 12: the sets in the order they were written."""
    return int(folder.name.removeprefix("dev_set") or 1)


# name -> (folder, held out from tuning): every development set under bench/, in the
# order written, then the held-out set (a retired set needs no entry here).
LABELLED_SETS = {
    "sample_corpus": (ROOT / "sample_corpus", False),
    **{d.name: (d, False) for d in sorted((ROOT / "bench").glob("dev_set*"), key=_set_number)
       if (d / "labels.json").exists()},
    "holdout": (ROOT / "bench" / "holdout", True),
}
DEDUP_SETS = {"dedup_set": ROOT / "bench" / "dedup_set", "sample_corpus": ROOT / "sample_corpus"}
TARGETS = {
    "body_f1": 0.965,
    "date_accuracy": 0.93,
    "fields_exact": 0.97,
    "dedup_precision": 0.99,
    "dedup_recall": 0.95,
}


def labelled_reports() -> dict[str, dict[str, Any]]:
    from pipelines.evaluate import evaluate_labels

    reports = {}
    for name, (folder, held_out) in LABELLED_SETS.items():
        if not (folder / "labels.json").exists():
            continue
        report = evaluate_labels(folder / "labels.json", folder / "articles")
        report["held_out"] = held_out
        reports[name] = report
    return reports


def dedup_reports(generated_count: int, hard_share: float, seed: int) -> list[dict[str, Any]]:
    from bench.eval_dedup import evaluate, generated_set, load_labelled

    systems = ("ours", "datasketch")
    results = []
    for name, folder in DEDUP_SETS.items():
        articles, gold = load_labelled(folder / "labels.json", folder / "articles")
        results.append(evaluate(articles, gold, name, systems))
    if generated_count:
        with tempfile.TemporaryDirectory() as tmp:
            articles, gold = generated_set(generated_count, seed, Path(tmp) / "generated",
                                           hard_share, 0.2)
            results.append(evaluate(articles, gold,
                                    f"generated-{generated_count}-hard{hard_share:g}", systems))
    return results


def public_report(folder: Path) -> dict[str, Any]:
    from bench.eval_public import evaluate_dates, evaluate_extraction, warm_up

    warm_up()
    report: dict[str, Any] = {}
    if (folder / "article-extraction-benchmark").is_dir():
        report["extraction"] = evaluate_extraction(folder / "article-extraction-benchmark",
                                                   None, True, 20)
    if (folder / "htmldate").is_dir():
        report["dates"] = evaluate_dates(folder / "htmldate", None, True, 20)
    return report


def _mark(value: float, target: float) -> str:
    return "met" if value >= target else "NOT met"


def summary(report: dict[str, Any]) -> list[str]:
    rows = [f"{'figure':<46} {'target':>7} {'ours':>7}  peers (measured here; published)"]
    public = report.get("public", {})
    if "extraction" in public:
        ext = public["extraction"]["readme_metric"]
        ours = ext["ours"]["f1"]
        peers = ", ".join(f"{k} {v['f1']:.3f}" for k, v in ext.items() if k != "ours")
        published = ", ".join(f"{k} {v:.3f}"
                              for k, v in public["extraction"]["published_f1"].items())
        rows.append(f"{'body F1, article-extraction-benchmark (181)':<46} "
                    f"{TARGETS['body_f1']:>7.3f} {ours:>7.3f}  {peers}; {published}  "
                    f"[{_mark(ours, TARGETS['body_f1'])}]")
    if "dates" in public:
        dates = public["dates"]
        acc = dates["accuracy"]
        ours = acc["ours"]["accuracy"]
        peers = ", ".join(f"{k} {v['accuracy']:.3f}" for k, v in acc.items() if k != "ours")
        published = ", ".join(f"{k} {v:.3f}" for k, v in dates["published"].items())
        rows.append(f"{'date accuracy, htmldate corpus (1000)':<46} "
                    f"{TARGETS['date_accuracy']:>7.3f} {ours:>7.3f}  {peers}; {published}  "
                    f"[{_mark(ours, TARGETS['date_accuracy'])}]")
    for name, lab in report["labelled"].items():
        body = lab["body"]
        tag = "held out" if lab["held_out"] else "tuned on"
        ok = (lab["fields_exact"] >= TARGETS["fields_exact"]
              and body["must_have_kept"] == body["must_have"] and body["chrome_leaked"] == 0)
        label = f"fields exact, {name} ({lab['records']}, {tag})"
        rows.append(f"{label:<46} "
                    f"{TARGETS['fields_exact']:>7.3f} {lab['fields_exact']:>7.3f}  "
                    f"must-have {body['must_have_kept']}/{body['must_have']}, chrome leaked "
                    f"{body['chrome_leaked']}/{body['chrome']}  [{'met' if ok else 'NOT met'}]")
    for res in report["dedup"]:
        ours, base = res["systems"]["ours"], res["systems"].get("datasketch")
        met = (ours["precision"] >= TARGETS["dedup_precision"]
               and ours["recall"] >= TARGETS["dedup_recall"])
        peer = (f"datasketch MinHashLSH P {base['precision']:.3f} R {base['recall']:.3f}"
                if base else "")
        label = f"dedup P / R, {res['dataset']} ({res['articles']})"
        rows.append(f"{label:<46} "
                    f"{'.99/.95':>7} {ours['precision']:.3f}/{ours['recall']:.3f}  {peer}  "
                    f"[{'met' if met else 'NOT met'}]")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.eval_report", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--public", type=Path, metavar="DIR",
                        help="folder with article-extraction-benchmark/ and htmldate/")
    parser.add_argument("--generated-count", type=int, default=10_000)
    parser.add_argument("--hard-negative-share", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, metavar="OUT")
    args = parser.parse_args(argv)
    if args.public and not args.public.is_dir():
        parser.error(f"not a directory: {args.public}")
    started = time.perf_counter()
    report: dict[str, Any] = {"targets": TARGETS, "labelled": labelled_reports(),
                              "dedup": dedup_reports(args.generated_count,
                                                     args.hard_negative_share, args.seed)}
    if args.public:
        report["public"] = public_report(args.public)
    report["wall_seconds"] = round(time.perf_counter() - started, 1)
    print("\n".join(summary(report)))
    print(f"\nwall time {report['wall_seconds']} s")
    if args.json:
        args.json.write_bytes(orjson.dumps(report, option=orjson.OPT_INDENT_2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
