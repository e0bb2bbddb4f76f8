"""Extraction and date quality on two public evaluation sets, next to the reference tools.

    python -m bench.eval_public --extraction-benchmark DIR --htmldate DIR [--json OUT]
                                [--limit N] [--top N] [--no-reference]

Runs the pipeline's own functions (decode -> clean -> extract -> validate, as
`pipelines/evaluate.py` and the Beam job do) on every page of

* the article-extraction benchmark (`html/<id>.html.gz` + `ground-truth.json`):
  body text scored with 4-token shingles, and
* the htmldate corpus (`eval_default.json`, `eval_mediacloud_2020.json`, `pages/`):
  the publication date (our `date` field, the day of `published`) scored as accuracy,

and runs trafilatura (`extract`, default / favor_precision / favor_recall) and htmldate
(`find_date`, extensive and fast) on the same pages, so the figures sit side by side
with the published ones. The data is read from the directories given; nothing is
copied. A page the pipeline dead-letters scores 0 (no body, no date) and is listed.

Scoring rules (also in `--json` under "rules"):

* Shingle metric ("readme", the primary figure, as the benchmark's README states it):
  whitespace tokens, the *set* of 4-token shingles of each text (a text of 1-3 tokens
  is one shingle); per page precision = |pred & truth| / |pred|, recall =
  |pred & truth| / |truth|; a page with nothing predicted scores P = R = 0; P and R
  are averaged over pages and F1 is the harmonic mean of the two averages.
* The benchmark's own script differs in three details (word tokens `\\w+`, shingle
  *counts* instead of sets, and a page with nothing predicted is left out of the
  precision average); that variant is reported too ("upstream"), since the
  published figures were computed with it.
* Dates: a page is right when the predicted day equals the gold day. A page whose
  gold date is NaN (no publication date) is right only when no date is predicted.
  Pages with NaN gold count in the denominator, as in the htmldate evaluation.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import orjson

PUBLISHED_EXTRACTION = {"trafilatura 2.0.0": 0.958, "newspaper4k": 0.949,
                        "news-please 1.6.16": 0.948}
PUBLISHED_DATES = {"htmldate extensive": 0.903}
TARGET_F1 = 0.965
TARGET_DATE_ACCURACY = 0.93
SHINGLE = 4
DATE_SETS = ("eval_default.json", "eval_mediacloud_2020.json")

# ---------------------------------------------------------------------------
# Metrics (pure; unit-tested in tests/test_eval_public.py)


def shingles(text: str | None, n: int = SHINGLE) -> set[tuple[str, ...]]:
    """The set of n-token shingles of a text (whitespace tokens)."""
    tokens = (text or "").split()
    if not tokens:
        return set()
    if len(tokens) <= n:
        return {tuple(tokens)}
    return {tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


def page_scores(predicted: str | None, truth: str | None) -> tuple[float, float]:
    """(precision, recall) of one page; nothing predicted scores (0, 0)."""
    pred = shingles(predicted)
    gold = shingles(truth)
    if not pred:
        return 0.0, 0.0
    common = len(pred & gold)
    precision = common / len(pred)
    recall = common / len(gold) if gold else 1.0
    return precision, recall


_WORD = re.compile(r"\w+")


def _shingle_counts(text: str | None, n: int = SHINGLE) -> Counter:
    words = _WORD.findall(text or "")
    if not words:
        return Counter()
    return Counter(tuple(words[i:i + n]) for i in range(max(1, len(words) - n + 1)))


def page_scores_upstream(predicted: str | None, truth: str | None
                         ) -> tuple[float | None, float | None]:
    """(precision, recall) as the benchmark's script counts them; None = not averaged.

    Word tokens, shingle multisets; precision is undefined (None) when nothing
    was predicted, recall undefined when the truth is empty.
    """
    pred = _shingle_counts(predicted)
    gold = _shingle_counts(truth)
    if not pred and not gold:
        return 1.0, 1.0
    hits = sum((pred & gold).values())
    precision = hits / sum(pred.values()) if pred else None
    recall = hits / sum(gold.values()) if gold else None
    return precision, recall


def aggregate(pairs: Iterable[tuple[float | None, float | None]]) -> dict[str, float]:
    """Average precision and recall over pages (None values skipped), F1 of the averages."""
    pairs = list(pairs)
    precisions = [p for p, _ in pairs if p is not None]
    recalls = [r for _, r in pairs if r is not None]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "pages": len(pairs)}


def gold_date(value: Any) -> str | None:
    """A gold date from the htmldate files: 'YYYY-MM-DD', or None for NaN / missing."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    text = str(value).strip()
    return text[:10] if text and text.lower() != "nan" else None


def date_correct(predicted: str | None, gold: str | None) -> bool:
    """Right when the days agree; with no gold date, right only when none is predicted."""
    predicted = predicted[:10] if predicted else None
    return predicted == gold


# ---------------------------------------------------------------------------
# Runners


def run_pipeline(uri: str, data: bytes) -> dict[str, Any]:
    """Our pipeline on one file's bytes: the article, or the dead letter's stage/reason."""
    from transforms.clean import clean_record
    from transforms.decode import decode_payload
    from transforms.extract import extract_article, validate_article

    stage = "decode"
    try:
        records = decode_payload(uri, data)
        record = records[0]
        if "stage" in record:
            return {"dead_letter": f"{record['stage']}:{record['reason']}"}
        stage = "clean"
        doc = clean_record(record)
        stage = "extract"
        article = validate_article(extract_article(doc))
    except Exception as exc:
        reason = getattr(exc, "reason", type(exc).__name__)
        return {"dead_letter": f"{stage}:{reason}"}
    return {"article": article}


def warm_up() -> None:
    """Imports and compiled patterns are paid once per worker, not per page: pay them
    before timing starts."""
    page = ("<html><head><title>Warm up</title></head><body><article><p>"
            + "Officials said on Tuesday the plan would go ahead next year. " * 5
            + "</p></article></body></html>").encode()
    run_pipeline("warm-up.html", page)


def _timed(func: Callable[[], Any]) -> tuple[Any, float]:
    start = time.perf_counter()
    value = func()
    return value, time.perf_counter() - start


def _reference_extractors() -> dict[str, Callable[[str], str | None]]:
    import trafilatura

    return {
        "trafilatura": lambda page: trafilatura.extract(page),
        "trafilatura_precision": lambda page: trafilatura.extract(page, favor_precision=True),
        "trafilatura_recall": lambda page: trafilatura.extract(page, favor_recall=True),
    }


def _reference_daters() -> dict[str, Callable[[bytes], str | None]]:
    from htmldate import find_date

    return {
        "htmldate_extensive": lambda page: find_date(page, extensive_search=True,
                                                     original_date=True),
        "htmldate_fast": lambda page: find_date(page, extensive_search=False,
                                                original_date=True),
    }


def _reason_extraction(precision: float, recall: float, dead: str | None) -> str:
    if dead:
        return f"dead-lettered ({dead})"
    if precision < 0.8 and recall < 0.8:
        return "wrong block or mixed: low precision and recall"
    if precision < recall:
        return "extra text (boilerplate or other content kept)"
    return "article text missed"


def evaluate_extraction(root: Path, limit: int | None, reference: bool,
                        top: int) -> dict[str, Any]:
    truth = orjson.loads((root / "ground-truth.json").read_bytes())
    ids = sorted(truth)[:limit] if limit else sorted(truth)
    systems = ["ours", *(_reference_extractors() if reference else {})]
    readme: dict[str, list] = {s: [] for s in systems}
    upstream: dict[str, list] = {s: [] for s in systems}
    seconds: dict[str, float] = dict.fromkeys(systems, 0.0)
    pages: list[dict[str, Any]] = []
    dead_letters: list[dict[str, Any]] = []
    extractors = _reference_extractors() if reference else {}
    for page_id in ids:
        path = root / "html" / f"{page_id}.html.gz"
        data = path.read_bytes()
        gold = truth[page_id]["articleBody"]
        result, spent = _timed(lambda path=path, data=data: run_pipeline(str(path), data))
        seconds["ours"] += spent
        body = result["article"]["body"] if "article" in result else ""
        entry: dict[str, Any] = {"id": page_id, "url": truth[page_id].get("url")}
        predictions = {"ours": body}
        if extractors:
            html = gzip.decompress(data).decode("utf-8", errors="replace")
            for name, extract in extractors.items():
                text, spent = _timed(lambda extract=extract, html=html: extract(html))
                seconds[name] += spent
                predictions[name] = text or ""
        for name, text in predictions.items():
            p, r = page_scores(text, gold)
            readme[name].append((p, r))
            upstream[name].append(page_scores_upstream(text, gold))
            entry[name] = {"precision": round(p, 4), "recall": round(r, 4)}
        p, r = readme["ours"][-1]
        entry["f1"] = round(2 * p * r / (p + r), 4) if p + r else 0.0
        entry["reason"] = _reason_extraction(p, r, result.get("dead_letter"))
        if "dead_letter" in result:
            dead_letters.append({"id": page_id, "url": entry["url"],
                                 "reason": result["dead_letter"]})
        pages.append(entry)
    worst = sorted(pages, key=lambda e: e["f1"])[:top]
    return {
        "pages": len(ids),
        "readme_metric": {s: aggregate(v) for s, v in readme.items()},
        "upstream_metric": {s: aggregate(v) for s, v in upstream.items()},
        "published_f1": PUBLISHED_EXTRACTION,
        "target_f1": TARGET_F1,
        "seconds": {s: round(t, 3) for s, t in seconds.items()},
        "ms_per_page": {s: round(1000 * t / max(1, len(ids)), 1) for s, t in seconds.items()},
        "dead_letters": dead_letters,
        "failures": [{"id": e["id"], "url": e["url"], "f1": e["f1"],
                      "precision": e["ours"]["precision"], "recall": e["ours"]["recall"],
                      "reason": e["reason"]} for e in worst if e["f1"] < 1.0],
        "per_page": pages,
    }


def _reason_date(predicted: str | None, gold: str | None, source: str | None,
                 dead: str | None) -> str:
    if dead:
        return f"dead-lettered ({dead})"
    if predicted is None:
        return "no date found"
    if gold is None:
        return f"date given ({source}) but the page has none"
    return f"wrong date from {source}"


def evaluate_dates(root: Path, limit: int | None, reference: bool, top: int) -> dict[str, Any]:
    daters = _reference_daters() if reference else {}
    systems = ["ours", *daters]
    per_set: dict[str, dict[str, dict[str, int]]] = {}
    seconds: dict[str, float] = dict.fromkeys(systems, 0.0)
    failures: list[dict[str, Any]] = []
    dead_letters: list[dict[str, Any]] = []
    sources: Counter = Counter()
    source_right: Counter = Counter()
    total = 0
    for set_name in DATE_SETS:
        listing = root / set_name
        if not listing.exists():
            continue
        # The files hold bare NaN for "no date": the standard json module reads it.
        entries = json.loads(listing.read_text(encoding="utf-8"))
        items = list(entries.items())[:limit] if limit else list(entries.items())
        counts = {s: {"right": 0, "total": 0, "no_gold": 0, "no_gold_right": 0}
                  for s in systems}
        for url, info in items:
            path = root / info["file"]
            if not path.exists():
                continue
            gold = gold_date(info.get("date"))
            data = path.read_bytes()
            result, spent = _timed(lambda path=path, data=data: run_pipeline(str(path), data))
            seconds["ours"] += spent
            article = result.get("article") or {}
            predictions = {"ours": article.get("date")}
            if daters:
                page = gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data
                for name, find in daters.items():
                    try:
                        found, spent = _timed(lambda find=find, page=page: find(page))
                    except Exception:  # a reference tool's crash counts as no date
                        found, spent = None, 0.0
                    seconds[name] += spent
                    predictions[name] = found
            for name, value in predictions.items():
                stats = counts[name]
                stats["total"] += 1
                ok = date_correct(value, gold)
                stats["right"] += ok
                if gold is None:
                    stats["no_gold"] += 1
                    stats["no_gold_right"] += ok
            source = article.get("date_source") or "none"
            sources[source] += 1
            source_right[source] += date_correct(predictions["ours"], gold)
            total += 1
            if not date_correct(predictions["ours"], gold):
                failure = {"set": set_name, "url": url, "file": info["file"], "gold": gold,
                           "ours": predictions["ours"], "source": article.get("date_source"),
                           "published": article.get("published"),
                           "reason": _reason_date(predictions["ours"], gold,
                                                  article.get("date_source"),
                                                  result.get("dead_letter"))}
                for name in daters:
                    failure[name] = predictions[name]
                failures.append(failure)
            if "dead_letter" in result:
                dead_letters.append({"set": set_name, "url": url,
                                     "reason": result["dead_letter"]})
        per_set[set_name] = counts
    overall = {s: {"right": sum(c[s]["right"] for c in per_set.values()),
                   "total": sum(c[s]["total"] for c in per_set.values())} for s in systems}
    for stats in overall.values():
        stats["accuracy"] = stats["right"] / stats["total"] if stats["total"] else 0.0
    for counts in per_set.values():
        for stats in counts.values():
            stats["accuracy"] = stats["right"] / stats["total"] if stats["total"] else 0.0

    def badness(f: dict[str, Any]) -> tuple[int, int]:
        # Reference tools right and we wrong first: those are the likeliest fixes.
        others_right = sum(date_correct(f.get(n), f["gold"]) for n in daters)
        return (-others_right, 0 if f["ours"] else 1)

    return {
        "pages": total,
        "accuracy": overall,
        "per_set": per_set,
        "by_source": {s: {"pages": n, "right": source_right[s],
                          "accuracy": round(source_right[s] / n, 3)}
                      for s, n in sources.most_common()},
        "published": PUBLISHED_DATES,
        "target_accuracy": TARGET_DATE_ACCURACY,
        "seconds": {s: round(t, 3) for s, t in seconds.items()},
        "ms_per_page": {s: round(1000 * t / max(1, total), 1) for s, t in seconds.items()},
        "dead_letters": dead_letters,
        "failures": sorted(failures, key=badness)[:top],
        "failures_total": len(failures),
    }


# ---------------------------------------------------------------------------
# Report


def render(report: dict[str, Any]) -> str:
    lines: list[str] = []
    ext = report.get("extraction")
    if ext:
        lines += [f"article-extraction-benchmark: {ext['pages']} pages "
                  f"(target for ours: F1 >= {ext['target_f1']})", "",
                  f"  {'system':<24} {'P':>6} {'R':>6} {'F1':>6}   {'upstream F1':>11}"
                  f" {'ms/page':>8}"]
        for name, m in ext["readme_metric"].items():
            up = ext["upstream_metric"][name]
            lines.append(f"  {name:<24} {m['precision']:6.3f} {m['recall']:6.3f} "
                         f"{m['f1']:6.3f}   {up['f1']:11.3f} {ext['ms_per_page'][name]:8.1f}")
        for name, f1 in ext["published_f1"].items():
            lines.append(f"  {name + ' (published)':<38} {f1:6.3f}")
        lines.append(f"  dead letters: {len(ext['dead_letters'])}")
        lines += [f"      {d['id'][:16]} {d['url']}: {d['reason']}" for d in ext["dead_letters"]]
        lines.append("  worst pages (ours):")
        lines += [f"      F1 {f['f1']:.3f} P {f['precision']:.2f} R {f['recall']:.2f}  "
                  f"{f['url'][:80]}  {f['reason']}" for f in ext["failures"][:10]]
        lines.append("")
    dates = report.get("dates")
    if dates:
        lines += [f"htmldate corpus: {dates['pages']} pages "
                  f"(target for ours: accuracy >= {dates['target_accuracy']})", ""]
        sets = list(dates["per_set"])
        header = "".join(f" {s.removesuffix('.json')[:18]:>18}" for s in sets)
        lines.append(f"  {'system':<24} {'accuracy':>8}{header} {'ms/page':>8}")
        for name, stats in dates["accuracy"].items():
            cells = "".join(f" {dates['per_set'][s][name]['accuracy']:18.3f}" for s in sets)
            lines.append(f"  {name:<24} {stats['accuracy']:8.3f}{cells} "
                         f"{dates['ms_per_page'][name]:8.1f}")
        for name, value in dates["published"].items():
            lines.append(f"  {name + ' (published)':<24} {value:8.3f}")
        no_gold = {s: (c["ours"]["no_gold_right"], c["ours"]["no_gold"])
                   for s, c in dates["per_set"].items()}
        lines.append("  pages without a gold date (ours right / all): "
                     + ", ".join(f"{s} {r}/{n}" for s, (r, n) in no_gold.items()))
        lines.append("  ours by date source: " + ", ".join(
            f"{s} {v['right']}/{v['pages']}" for s, v in dates["by_source"].items()))
        lines.append(f"  dead letters: {len(dates['dead_letters'])}; "
                     f"wrong pages: {dates['failures_total']}")
        lines += [f"      gold {f['gold']} ours {f['ours']} "
                  f"htmldate {f.get('htmldate_extensive')}  {f['url'][:70]}  {f['reason']}"
                  for f in dates["failures"][:10]]
    return "\n".join(lines)


def run(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.eval_public",
                                     description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--extraction-benchmark", type=Path, metavar="DIR",
                        help="article-extraction-benchmark folder (html/, ground-truth.json)")
    parser.add_argument("--htmldate", type=Path, metavar="DIR",
                        help="htmldate corpus folder (eval_*.json, pages/)")
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write the report here")
    parser.add_argument("--limit", type=int, help="only the first N pages of each list")
    parser.add_argument("--top", type=int, default=40, help="failures kept per dataset")
    parser.add_argument("--no-reference", action="store_true",
                        help="skip trafilatura/htmldate (ours only, faster)")
    args = parser.parse_args(argv)
    if not args.extraction_benchmark and not args.htmldate:
        parser.error("give --extraction-benchmark DIR and/or --htmldate DIR")
    for folder in (args.extraction_benchmark, args.htmldate):
        if folder and not folder.is_dir():
            parser.error(f"not a directory: {folder}")
    import trafilatura

    report: dict[str, Any] = {
        "rules": __doc__.split("Scoring rules", 1)[1].strip(),
        "versions": {"trafilatura": trafilatura.__version__},
    }
    try:
        import htmldate

        report["versions"]["htmldate"] = htmldate.__version__
    except ImportError:
        pass
    warm_up()
    start = time.perf_counter()
    if args.extraction_benchmark:
        report["extraction"] = evaluate_extraction(args.extraction_benchmark, args.limit,
                                                   not args.no_reference, args.top)
    if args.htmldate:
        report["dates"] = evaluate_dates(args.htmldate, args.limit, not args.no_reference,
                                         args.top)
    report["wall_seconds"] = round(time.perf_counter() - start, 1)
    print(render(report))
    print(f"\nwall time {report['wall_seconds']} s")
    if args.json:
        args.json.write_bytes(orjson.dumps(report, option=orjson.OPT_INDENT_2))
    return 0


if __name__ == "__main__":
    sys.exit(run())
