"""Field-by-field evaluation of extraction against a labelled corpus.

    newsbeam eval --labels sample_corpus/labels.json --articles sample_corpus/articles

Runs the pipeline's own functions (decode -> clean -> extract) on every file
the labels name and compares each labelled field; prints a table and, with
--json, writes the report as JSON.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

import orjson

from transforms.clean import clean_record
from transforms.decode import decode_payload
from transforms.extract import extract_article

FIELDS = ("title", "date", "dateline_city", "country", "region", "agency", "authors", "editors",
          "language", "caption", "caption_credit", "section")
# A chrome line this long counts as leaked wherever its text is in the body (chrome glued
# onto a story line), not only as a whole line.
GLUED_CHROME_MIN_CHARS = 30


def _norm(text: str | None) -> str:
    if text is None:
        return ""
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'")
    text = text.replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip().rstrip(".").casefold()


def predicted_fields(article: dict[str, Any]) -> dict[str, Any]:
    caption = article["captions"][0] if article["captions"] else None
    return {
        "title": article["title"],
        "date": article["date"],
        "dateline_city": (article["dateline"] or {}).get("city"),
        "country": article["country"],
        "region": article["region"],
        "agency": article["agency"],
        "authors": article["authors"],
        "editors": article["editors"],
        "language": article["language"],
        "caption": caption["text"] if caption else None,
        "caption_credit": caption["credit"] if caption else None,
        "section": article["section"],
    }


def _equal(expected: Any, got: Any) -> bool:
    if isinstance(expected, list):
        return sorted(_norm(x) for x in expected) == sorted(_norm(x) for x in (got or []))
    return _norm(expected) == _norm(got)


def evaluate_labels(labels_path: Path, articles_dir: Path) -> dict[str, Any]:
    labels = orjson.loads(labels_path.read_bytes())["records"]
    by_file: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for label in labels:
        by_file[label["file"]].append(label)
    per_field = {f: {"right": 0, "total": 0, "misses": []} for f in FIELDS}
    body = {"must_have": 0, "must_have_kept": 0, "chrome": 0, "chrome_leaked": 0,
            "leaks": [], "lost": []}
    failures = []
    for name, file_labels in sorted(by_file.items()):
        path = articles_dir / name
        records = decode_payload(str(path), path.read_bytes())
        for label in file_labels:
            record = records[label["record"]] if label["record"] < len(records) else None
            try:
                if record is None or "stage" in record:
                    raise ValueError(f"not decoded: {record and record.get('reason')}")
                article = extract_article(clean_record(record))
            except Exception as exc:
                failures.append({"file": name, "record": label["record"], "error": str(exc)})
                for field in FIELDS:
                    per_field[field]["total"] += 1
                continue
            got = predicted_fields(article)
            for field in FIELDS:
                stats = per_field[field]
                stats["total"] += 1
                if _equal(label.get(field), got[field]):
                    stats["right"] += 1
                else:
                    stats["misses"].append(
                        {"file": name, "record": label["record"], "expected": label.get(field),
                         "got": got[field]})
            text = _norm(article["body"])
            lines = {_norm(p) for p in article["body"].split("\n")}
            for sentence in label.get("must_have", []):
                body["must_have"] += 1
                if _norm(sentence) in text:
                    body["must_have_kept"] += 1
                else:
                    body["lost"].append({"file": name, "sentence": sentence})
            for chrome in label.get("chrome", []):
                body["chrome"] += 1
                normed = _norm(chrome)
                glued = len(chrome) > GLUED_CHROME_MIN_CHARS and normed in text
                if normed in lines or glued:
                    body["chrome_leaked"] += 1
                    body["leaks"].append({"file": name, "line": chrome})
    right = sum(s["right"] for s in per_field.values())
    total = sum(s["total"] for s in per_field.values())
    return {
        "records": len(labels),
        "fields_exact": right / total if total else 0.0,
        "per_field": {f: {"accuracy": s["right"] / s["total"] if s["total"] else 0.0,
                          "right": s["right"], "total": s["total"], "misses": s["misses"]}
                      for f, s in per_field.items()},
        "body": body,
        "failures": failures,
    }


def render(report: dict[str, Any], verbose: bool) -> str:
    lines = [f"records {report['records']}, fields exact {report['fields_exact']:.3f}", ""]
    for field, stats in report["per_field"].items():
        lines.append(f"  {field:<16} {stats['accuracy']:.3f}  ({stats['right']}/{stats['total']})")
        if verbose:
            for miss in stats["misses"]:
                lines.append(f"      {miss['file']}#{miss['record']}: expected "
                             f"{miss['expected']!r} got {miss['got']!r}")
    body = report["body"]
    lines += ["", f"  must-have sentences kept {body['must_have_kept']}/{body['must_have']}",
              f"  chrome lines leaked      {body['chrome_leaked']}/{body['chrome']}"]
    if verbose:
        lines += [f"      lost: {x['file']}: {x['sentence'][:90]}" for x in body["lost"]]
        lines += [f"      leak: {x['file']}: {x['line'][:90]}" for x in body["leaks"]]
        lines += [f"      failed: {x}" for x in report["failures"]]
    return "\n".join(lines)


def run(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="newsbeam eval", description=__doc__)
    parser.add_argument("--labels", type=Path, required=True)
    parser.add_argument("--articles", type=Path, required=True)
    parser.add_argument("--json", type=Path, help="also write the report here")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    report = evaluate_labels(args.labels, args.articles)
    print(render(report, args.verbose))
    if args.json:
        args.json.write_bytes(orjson.dumps(report, option=orjson.OPT_INDENT_2))
    return 0


if __name__ == "__main__":
    sys.exit(run())
