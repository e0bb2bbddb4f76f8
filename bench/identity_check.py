"""Output identity of the per-record path, for speed work that must change nothing.

    python -m bench.identity_check dump --generated /tmp/corpora --out before.jsonl
    ... change the code ...
    python -m bench.identity_check dump --generated /tmp/corpora --out after.jsonl
    python -m bench.identity_check compare before.jsonl after.jsonl

`dump` reads every file the way the pipeline does (`transforms.decode.decode_payload`)
and runs `transforms.process.process_record(..., fingerprint=True)` on each raw record;
decode dead letters are kept as they are. One line per record, orjson with sorted keys,
lines sorted, so two dumps compare byte for byte (also from two checkouts: files
of the repository are named by their path in it). Inputs:

- `sample_corpus/` and `bench/dev_set*/articles/` (the labelled sets);
- `--generated DIR`: `DIR/text`, `DIR/html`, `DIR/jsonl`, made with `bench.generate`
  (fixed seed: 2,000 text, 1,000 html, 1,000 jsonl records) when missing;
- `--public DIR` (default /work/shared/eval): every page of
  `article-extraction-benchmark/html` and the first `--htmldate` pages (sorted by
  name) of `htmldate/pages`.

`compare` prints the number of records, differing lines, and the first differences.
Dates resolved against "today" (e.g. an upper bound for page dates) make dumps from
different days differ: compare dumps made on the same day.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parent.parent
GENERATED = (("text", 2000), ("html", 1000), ("jsonl", 1000))


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))


def ensure_generated(root: Path) -> None:
    for fmt, count in GENERATED:
        if not (root / fmt).exists():
            subprocess.run([sys.executable, "-m", "bench.generate", "--count", str(count),
                            "--out", str(root / fmt), "--format", fmt],
                           check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def input_sets(generated: Path | None, public: Path | None,
               htmldate: int) -> list[tuple[str, list[Path]]]:
    sets = [("sample_corpus", _files(ROOT / "sample_corpus"))]
    sets += [(d.parent.name, _files(d)) for d in sorted(ROOT.glob("bench/dev_set*/articles"))]
    if generated is not None:
        ensure_generated(generated)
        sets += [(f"generated/{fmt}", _files(generated / fmt)) for fmt, _ in GENERATED]
    if public is not None:
        bench = public / "article-extraction-benchmark" / "html"
        if bench.exists():
            sets.append(("article-extraction-benchmark", _files(bench)))
        pages = public / "htmldate" / "pages"
        if pages.exists():
            sets.append(("htmldate", _files(pages)[:htmldate]))
    return sets


def dump(sets: list[tuple[str, list[Path]]], out: Path) -> dict[str, float]:
    from transforms.decode import decode_payload
    from transforms.process import process_record

    lines: list[bytes] = []
    seconds: dict[str, float] = {}
    for name, files in sets:
        start = time.perf_counter()
        for path in files:
            # Files of the repository by their path in it: ids hash the URI, and two
            # checkouts in different folders must give the same dump.
            uri = str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)
            records = decode_payload(uri, path.read_bytes())
            for i, raw in enumerate(records):
                if "stage" in raw:
                    kind, item = "decode_dead_letter", raw
                else:
                    kind, item = process_record(raw, "m49-region", fingerprint=True)
                lines.append(orjson.dumps({"set": name, "file": path.name, "record": i,
                                           "kind": kind, "out": item},
                                          option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS,
                                          default=repr))
        seconds[name] = round(time.perf_counter() - start, 2)
    lines.sort()
    out.write_bytes(b"\n".join(lines) + b"\n")
    return seconds


def compare(a: Path, b: Path, show: int = 3) -> int:
    left, right = a.read_bytes().splitlines(), b.read_bytes().splitlines()
    if left == right:
        print(f"identical: {len(left)} records")
        return 0
    diff = [(x, y) for x, y in zip(left, right, strict=False) if x != y]
    print(f"DIFFERENT: {len(left)} vs {len(right)} records, {len(diff)} differing lines")
    for x, y in diff[:show]:
        print("-", x[:2000].decode(errors="replace"))
        print("+", y[:2000].decode(errors="replace"))
    return 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("--out", type=Path, required=True)
    d.add_argument("--generated", type=Path, help="folder of generated corpora (made if missing)")
    d.add_argument("--public", type=Path, default=Path("/work/shared/eval"))
    d.add_argument("--no-public", action="store_true")
    d.add_argument("--htmldate", type=int, default=300, help="htmldate pages to include")
    c = sub.add_parser("compare")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "compare":
        return compare(args.before, args.after)
    sets = input_sets(args.generated, None if args.no_public else args.public, args.htmldate)
    seconds = dump(sets, args.out)
    print(orjson.dumps({"records_file": str(args.out), "seconds": seconds}).decode())
    return 0


if __name__ == "__main__":
    sys.exit(main())
