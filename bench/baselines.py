"""What `bench/suite.py` compares the Beam job with, each run as a subprocess of its own.

    python -m bench.baselines loop --input DIR --output DIR      # plain single-process loop
    python -m bench.baselines trafilatura --input DIR --processes 2
    python -m bench.baselines profile --input DIR --limit 500     # cProfile of the loop

`loop`: the batch job's work without Beam, in one process: read each file, decode
(`transforms.decode`, raw-record validation), clean, extract and validate, MinHash
fingerprint, then in-memory LSH dedup with the job's own functions (`bucket_entries`,
`bucket_edges`, `best_edge`, `resolve_roots`) and JSON Lines written per partition.
Articles wait for the dedup decision in a spill file on disk (as JSON), not in
memory; the buckets are in memory. Seconds per stage are measured around each call.

`trafilatura`: `trafilatura.bare_extraction(page, with_metadata=True)` on every
HTML page, a multiprocessing pool of `--processes` processes.

Each prints one JSON line on stdout.
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import os
import pstats
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import orjson

STAGES = ("read", "decode", "clean", "extract", "fingerprint", "dedup", "write")


def input_files(folder: Path) -> list[Path]:
    """The files the job would take: every regular file, hidden ones left out."""
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))


def run_loop(files: list[Path], output: Path, region_scheme: str = "m49-region") -> dict:
    from schemas.models import Duplicate, RawRecord
    from transforms import html as html_module
    from transforms.clean import clean_record
    from transforms.deadletters import dead_letter_from_exception
    from transforms.decode import (
        DEFAULT_MAX_FILE_BYTES,
        DEFAULT_MAX_RECORD_CHARS,
        content_hash_of,
        decode_payload,
    )
    from transforms.dedup import (
        DEFAULT_MAX_COMPARE,
        DEFAULT_THRESHOLD,
        best_edge,
        bucket_edges,
        bucket_entries,
        index_entry,
        mark_duplicate,
        resolve_roots,
        with_fingerprint,
        without_fingerprint,
    )
    from transforms.extract import extract_article, validate_article
    from transforms.write import partition_of

    seconds = dict.fromkeys(STAGES, 0.0)
    clock = time.perf_counter
    last = clock()
    # Of the clean stage, the part that is trafilatura's own extraction (HTML pages):
    # timed around each call, so the report can set it beside trafilatura alone.
    within = {"clean_trafilatura": 0.0}
    trafilatura = html_module.trafilatura
    extraction = trafilatura.bare_extraction

    def timed_extraction(*args, **kwargs):
        start = clock()
        try:
            return extraction(*args, **kwargs)
        finally:
            within["clean_trafilatura"] += clock() - start

    trafilatura.bare_extraction = timed_extraction

    def lap(stage: str) -> None:
        nonlocal last
        now = clock()
        seconds[stage] += now - last
        last = now

    output.mkdir(parents=True, exist_ok=True)
    handles: dict[str, object] = {}

    def write(kind: str, partition: str, record: dict) -> None:
        key = f"{kind}/{partition}" if partition else kind
        handle = handles.get(key)
        if handle is None:
            folder = output / key
            folder.mkdir(parents=True, exist_ok=True)
            handle = handles[key] = (folder / "part-0.jsonl").open("wb")
        handle.write(orjson.dumps(record) + b"\n")

    buckets: dict[str, list[tuple]] = defaultdict(list)
    counts = {"files": 0, "records_read": 0, "articles": 0, "duplicates": 0, "dead_letters": 0}
    spill_path = Path(tempfile.mkstemp(prefix="newsbeam-loop-", suffix=".jsonl")[1])
    started = clock()
    with spill_path.open("wb") as spill:
        last = clock()
        for path in files:
            data = path.read_bytes()
            counts["files"] += 1
            lap("read")
            results = decode_payload(str(path), data, max_bytes=DEFAULT_MAX_FILE_BYTES,
                                     max_record_chars=DEFAULT_MAX_RECORD_CHARS,
                                     file_hash=content_hash_of(data))
            for item in results:
                if "stage" not in item:
                    RawRecord.model_validate(item)
            lap("decode")
            for raw in results:
                counts["records_read"] += 1
                if "stage" in raw:
                    write("dead_letter", "", raw)
                    counts["dead_letters"] += 1
                    lap("write")
                    continue
                stage = "clean"
                try:
                    doc = clean_record(raw)
                    lap("clean")
                    stage = "extract"
                    article = validate_article(extract_article(doc, region_scheme))
                    lap("extract")
                except Exception as exc:  # the record's fault, as in the job
                    lap(stage)
                    write("dead_letter", "", dead_letter_from_exception(
                        stage, exc, raw["source"], raw.get("payload"), raw.get("id")))
                    counts["dead_letters"] += 1
                    lap("write")
                    continue
                article = with_fingerprint(article)
                lap("fingerprint")
                for key, member in bucket_entries(article):
                    buckets[key].append(member)
                lap("dedup")
                kept_form = without_fingerprint(article)
                kept_form["_index"] = index_entry(article)
                spill.write(orjson.dumps(kept_form) + b"\n")
                lap("write")
    edges: dict[str, list[tuple]] = defaultdict(list)
    shared = 0
    for key, members in buckets.items():
        if len(members) < 2:
            continue
        shared += 1
        for member_id, edge in bucket_edges(key, members, DEFAULT_THRESHOLD,
                                            DEFAULT_MAX_COMPARE):
            edges[member_id].append(edge)
    links = resolve_roots({member: best_edge(found) for member, found in edges.items()})
    bucket_count = len(buckets)
    largest = max((len(m) for m in buckets.values()), default=0)
    buckets.clear()
    lap("dedup")
    with spill_path.open("rb") as spill:
        for line in spill:
            article = orjson.loads(line)
            entry = article.pop("_index")
            link = links.get(article["id"])
            if link is None:
                write("articles", partition_of(article), article)
                write("index", "", entry)
                counts["articles"] += 1
            else:
                duplicate = mark_duplicate(article, link)
                Duplicate.model_validate(duplicate)
                write("duplicates", partition_of(duplicate), duplicate)
                counts["duplicates"] += 1
    for handle in handles.values():
        handle.close()
    spill_path.unlink()
    lap("write")
    elapsed = clock() - started
    trafilatura.bare_extraction = extraction
    return {**counts, "seconds": round(elapsed, 3),
            "stage_seconds": {k: round(v, 3) for k, v in seconds.items()},
            "within_stage_seconds": {k: round(v, 3) for k, v in within.items()},
            "buckets": bucket_count, "shared_buckets": shared, "largest_bucket": largest}


def _extract_page(path: str) -> tuple[int, int, int]:
    import trafilatura

    data = Path(path).read_bytes()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    doc = trafilatura.bare_extraction(data.decode("utf-8", "replace"), with_metadata=True)
    if doc is None:
        return 0, 0, 0
    return int(bool(doc.text)), int(bool(doc.title)), int(bool(doc.date))


def run_trafilatura(files: list[Path], processes: int) -> dict:
    import multiprocessing

    started = time.perf_counter()
    totals = [0, 0, 0]
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        for result in pool.imap_unordered(_extract_page, [str(f) for f in files], chunksize=16):
            for i, value in enumerate(result):
                totals[i] += value
    return {"pages": len(files), "with_text": totals[0], "with_title": totals[1],
            "with_date": totals[2], "processes": processes,
            "seconds": round(time.perf_counter() - started, 3)}


def _area(filename: str, name: str) -> str:
    """Which library or project module a profiled function belongs to."""
    if filename == "~":  # a builtin: name it by its type or module
        for marker, label in (("re.Pattern", "re (regex)"), ("lxml", "lxml"),
                              ("numpy", "numpy"), ("orjson", "orjson"), ("xxhash", "xxhash"),
                              ("unicodedata", "unicodedata"), ("pydantic", "pydantic")):
            if marker in name:
                return label
        return "builtins"
    if "site-packages/" in filename:
        return filename.split("site-packages/", 1)[1].split("/", 1)[0]
    for part in ("transforms", "schemas", "bench"):
        if f"/{part}/" in filename:
            return f"{part}/{filename.rsplit('/', 1)[1]}"
    if "/lib/python3" in filename:
        return "stdlib:" + filename.rsplit("/", 1)[1]
    return filename.rsplit("/", 1)[-1]


def _first_records(files: list[Path], limit: int) -> list[Path]:
    """The first files that hold at least `limit` records (a JSONL file holds many)."""
    taken, records = [], 0
    for path in files:
        if records >= limit:
            break
        taken.append(path)
        records += path.read_bytes().count(b"\n") if ".jsonl" in path.name else 1
    return taken


def run_profile(files: list[Path], limit: int, top: int = 15) -> dict:
    """The loop under cProfile on its first `limit` records: time per area and function."""
    files = _first_records(files, limit)
    profiler = cProfile.Profile()
    with tempfile.TemporaryDirectory(prefix="newsbeam-profile-") as tmp:
        # Warm up imports and caches outside the profile, as a long run would be.
        run_loop(files[:5], Path(tmp) / "warm")
        profiler.enable()
        result = run_loop(files, Path(tmp) / "out")
        profiler.disable()
    stats = pstats.Stats(profiler)
    total = sum(row[2] for row in stats.stats.values())
    areas: dict[str, float] = defaultdict(float)
    functions = []
    for (filename, line, name), (_, calls, tottime, cumtime, _) in stats.stats.items():
        areas[_area(filename, name)] += tottime
        functions.append((tottime, cumtime, calls, f"{_area(filename, name)}:{name}:{line}"))
    functions.sort(reverse=True)
    return {
        "records": result["records_read"],
        "profiled_seconds": round(total, 3),
        "stage_seconds": result["stage_seconds"],
        "areas": [{"area": a, "seconds": round(s, 3), "share": round(s / total, 3)}
                  for a, s in sorted(areas.items(), key=lambda kv: -kv[1])[:top]],
        "functions": [{"function": f, "self_seconds": round(t, 3), "cum_seconds": round(c, 3),
                       "calls": n} for t, c, n, f in functions[:top]],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.baselines", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    loop = sub.add_parser("loop")
    loop.add_argument("--input", type=Path, required=True)
    loop.add_argument("--output", type=Path, required=True)
    traf = sub.add_parser("trafilatura")
    traf.add_argument("--input", type=Path, required=True)
    traf.add_argument("--processes", type=int, default=os.cpu_count() or 1)
    prof = sub.add_parser("profile")
    prof.add_argument("--input", type=Path, required=True)
    prof.add_argument("--limit", type=int, default=500)
    args = parser.parse_args(argv)
    files = input_files(args.input)
    if args.command == "loop":
        result = run_loop(files, args.output)
    elif args.command == "trafilatura":
        result = run_trafilatura(files, args.processes)
    else:
        result = run_profile(files, args.limit)
    sys.stdout.write(orjson.dumps(result).decode() + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
