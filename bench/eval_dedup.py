"""Dedup quality on labelled clusters: the pipeline's own decision path beside a
datasketch MinHashLSH baseline, scored on record pairs.

    python -m bench.eval_dedup --labels sample_corpus/labels.json \
        --articles sample_corpus/articles --labels bench/dedup_set/labels.json \
        --articles bench/dedup_set/articles --generated-count 10000 --json report.json

Ours: the batch pipeline's steps without Beam. Raw records from `decode_payload`,
`process_record` (clean -> extract -> validate, as `CleanAndExtract`), then
`transforms.dedup`: `with_fingerprint`, `bucket_entries`, members grouped by bucket
key, `bucket_edges` per bucket, `best_edge` per member, `resolve_roots`, with
DEFAULT_THRESHOLD and DEFAULT_MAX_COMPARE: the same functions `Deduplicate` chains.
A predicted cluster is a kept record (root) and every record linked to it.
`--beam` also runs the real `Deduplicate` transform on the labelled sets and
checks that it links the same records.

Baseline (datasketch, as commonly used out of the box): `MinHashLSH(threshold=0.5,
num_perm=128)` with datasketch's default MinHash (seed 1, sha1 32-bit hashing,
the `affine32` scheme) over
the set of word 5-grams of the same extracted bodies (NFKC, casefolded `\\w+`
tokens joined by single spaces; a body shorter than 5 words is one shingle).
Every LSH candidate pair (a query hit) is a duplicate link; clusters are the
connected components (union-find). No verification step: that is the library's
default use.

Scoring: a predicted pair is two records in one predicted cluster, a gold pair two
records with the same gold cluster; precision, recall and F1 over those pairs, and
the false-positive / false-negative pairs with the similarity dedup computes for
them. Gold clusters: the labels' `cluster` field; for the generated set, the
story each article came from (`<out>.truth.jsonl`, written by bench/generate.py,
with its templated hard negatives switched on).
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path
from typing import Any

import orjson

from transforms.decode import decode_payload
from transforms.dedup import (
    DEFAULT_MAX_COMPARE,
    DEFAULT_THRESHOLD,
    FINGERPRINT_FIELD,
    best_edge,
    bucket_edges,
    bucket_entries,
    resolve_roots,
    with_fingerprint,
)
from transforms.fingerprint import jaccard, similarity
from transforms.process import ARTICLE, process_record

REGION_SCHEME = "m49-region"  # the pipeline's default
BASELINE_THRESHOLD = 0.5
BASELINE_NUM_PERM = 128
BASELINE_SHINGLE_WORDS = 5
MAX_LISTED_PAIRS = 200  # false positives / negatives written per dataset and system
_WORD = re.compile(r"\w+")


# ---------------------------------------------------------------- scoring


class UnionFind:
    """Disjoint sets over hashable items (path halving, union by size)."""

    def __init__(self, items: Iterable[str] = ()) -> None:
        self.parent: dict[str, str] = {}
        self.size: dict[str, int] = {}
        for item in items:
            self.add(item)

    def add(self, item: str) -> None:
        if item not in self.parent:
            self.parent[item] = item
            self.size[item] = 1

    def find(self, item: str) -> str:
        self.add(item)
        parent = self.parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]

    def groups(self) -> list[list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for item in self.parent:
            out[self.find(item)].append(item)
        return [sorted(members) for members in out.values()]


def pairs_of(clusters: Iterable[Iterable[str]]) -> set[tuple[str, str]]:
    """Unordered record pairs (as sorted tuples) inside each cluster."""
    pairs: set[tuple[str, str]] = set()
    for members in clusters:
        pairs.update(combinations(sorted(set(members)), 2))
    return pairs


def clusters_from_labels(cluster_of: dict[str, str]) -> list[list[str]]:
    """{record: cluster label} -> clusters (lists of records)."""
    groups: dict[str, list[str]] = defaultdict(list)
    for record, label in cluster_of.items():
        groups[label].append(record)
    return [sorted(g) for g in groups.values()]


def pairwise_scores(predicted: set[tuple[str, str]], gold: set[tuple[str, str]]) -> dict:
    """Pairwise precision, recall and F1; an empty side scores 1.0 (nothing wrong)."""
    hits = len(predicted & gold)
    precision = hits / len(predicted) if predicted else 1.0
    recall = hits / len(gold) if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "predicted_pairs": len(predicted),
            "gold_pairs": len(gold), "true_pairs": hits}


# ---------------------------------------------------------------- loading


def extracted(uri: str, data: bytes) -> list[dict[str, Any]]:
    """One file's articles (None where the pipeline would dead-letter the record)."""
    out: list[dict[str, Any]] = []
    for raw in decode_payload(uri, data):
        if "stage" in raw:
            out.append(None)
            continue
        kind, article = process_record(raw, REGION_SCHEME)
        out.append(article if kind == ARTICLE else None)
    return out


def load_labelled(labels_path: Path, articles_dir: Path) -> tuple[list[dict], dict[str, str]]:
    """Articles of a labels file and {article key: gold cluster}; key = file#record."""
    labels = orjson.loads(labels_path.read_bytes())["records"]
    by_file: dict[str, list[dict]] = defaultdict(list)
    for label in labels:
        by_file[label["file"]].append(label)
    articles, gold = [], {}
    for name, file_labels in sorted(by_file.items()):
        path = articles_dir / name
        records = extracted(str(path), path.read_bytes())
        for label in file_labels:
            article = records[label["record"]]
            if article is None:
                raise ValueError(f"{name}#{label['record']} does not reach dedup")
            key = f"{name}#{label['record']}"
            articles.append({**article, "_key": key})
            gold[key] = label["cluster"]
    return articles, gold


def load_generated(out: Path) -> tuple[list[dict], dict[str, str]]:
    """Articles of a bench/generate.py folder and their gold clusters (story index)."""
    truth = [orjson.loads(line) for line in (out.parent / f"{out.name}.truth.jsonl")
             .read_bytes().splitlines() if line.strip()]
    story_of = {t["name"]: f"story-{t['story']}" for t in truth}
    articles, gold = [], {}
    written = 0  # records are numbered in file order (batch files as well)
    for path in sorted(out.iterdir()):
        for article in extracted(str(path), path.read_bytes()):
            name = f"a{written:07d}"
            written += 1
            if article is None:
                raise ValueError(f"{path} ({name}) does not reach dedup")
            articles.append({**article, "_key": name})
            gold[name] = story_of[name]
    return articles, gold


# ---------------------------------------------------------------- systems


def ours(articles: list[dict], threshold: float = DEFAULT_THRESHOLD,
         max_compare: int = DEFAULT_MAX_COMPARE) -> dict[str, Any]:
    """The pipeline's dedup decision path (Deduplicate without Beam).

    Returns clusters of article ids, {member: link} for the records not kept,
    and the fingerprinted articles by id.
    """
    fingerprinted = [with_fingerprint(a) for a in articles]
    buckets: dict[str, list[tuple]] = defaultdict(list)
    for article in fingerprinted:
        for key, member in bucket_entries(article):
            buckets[key].append(member)
    per_member: dict[str, list[tuple]] = defaultdict(list)
    for key, members in buckets.items():
        if len(members) < 2:
            continue  # as BucketEdgesDoFn
        for member_id, edge in bucket_edges(key, members, threshold, max_compare):
            per_member[member_id].append(edge)
    links = resolve_roots({m: best_edge(edges) for m, edges in per_member.items()})
    clusters: dict[str, list[str]] = {a["id"]: [a["id"]] for a in fingerprinted
                                      if a["id"] not in links}
    for member, link in links.items():
        clusters[link["duplicate_of"]].append(member)
    return {"clusters": list(clusters.values()), "links": links,
            "by_id": {a["id"]: a for a in fingerprinted}}


def baseline_shingles(body: str, size: int = BASELINE_SHINGLE_WORDS) -> set[bytes]:
    tokens = _WORD.findall(unicodedata.normalize("NFKC", body).casefold())
    if len(tokens) < size:
        return {" ".join(tokens).encode()}
    return {" ".join(tokens[i:i + size]).encode() for i in range(len(tokens) - size + 1)}


def datasketch_baseline(articles: list[dict], threshold: float = BASELINE_THRESHOLD,
                        num_perm: int = BASELINE_NUM_PERM) -> dict[str, Any]:
    """MinHashLSH candidates of the same bodies, joined by union-find."""
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    first = MinHash(num_perm=num_perm)  # default seed: the same permutations for all
    sketches = {}
    for article in articles:
        m = MinHash(num_perm=num_perm, permutations=first.permutations, scheme=first.scheme)
        m.update_batch(sorted(baseline_shingles(article["body"])))
        sketches[article["id"]] = m
        lsh.insert(article["id"], m)
    uf = UnionFind(sketches)
    candidates: set[tuple[str, str]] = set()
    for key, m in sketches.items():
        for other in lsh.query(m):
            if other != key:
                uf.union(key, other)
                candidates.add(tuple(sorted((key, other))))
    return {"clusters": uf.groups(), "sketches": sketches, "candidates": candidates,
            "lsh": {"b": lsh.b, "r": lsh.r}}


# ---------------------------------------------------------------- evaluation


def _pair_similarity(by_id: dict[str, dict], a: str, b: str) -> float:
    fa, fb = by_id[a][FINGERPRINT_FIELD], by_id[b][FINGERPRINT_FIELD]
    return round(similarity(jaccard(fa["signature"], fb["signature"]), fa["count"],
                            fb["count"]), 4)


def _describe(pairs: Iterable[tuple[str, str]], key_of: dict[str, str], gold: dict[str, str],
              by_id: dict[str, dict], links: dict[str, dict], sketches: dict | None) -> list:
    out = []
    for a, b in sorted(pairs, key=lambda p: (key_of[p[0]], key_of[p[1]]))[:MAX_LISTED_PAIRS]:
        item = {"a": key_of[a], "b": key_of[b], "gold_a": gold[key_of[a]],
                "gold_b": gold[key_of[b]], "similarity": _pair_similarity(by_id, a, b)}
        if sketches is not None:
            item["datasketch_jaccard"] = round(sketches[a].jaccard(sketches[b]), 4)
        for side, rid in (("link_a", a), ("link_b", b)):
            link = links.get(rid)
            if link:
                item[side] = {"matched": key_of[link["matched"]], "method": link["method"],
                              "similarity": link["similarity"]}
        out.append(item)
    return out


def evaluate(articles: list[dict], gold: dict[str, str], name: str,
             systems: tuple[str, ...] = ("ours", "datasketch")) -> dict[str, Any]:
    """Scores of each system on one dataset (articles carry `_key`, gold maps keys)."""
    key_of = {a["id"]: a["_key"] for a in articles}
    if len(key_of) != len(articles):
        raise ValueError(f"{name}: article ids are not unique")
    gold_pairs = pairs_of(clusters_from_labels({a["id"]: gold[a["_key"]] for a in articles}))
    result: dict[str, Any] = {"dataset": name, "articles": len(articles),
                              "gold_clusters": len(set(gold.values())), "systems": {}}
    started = time.perf_counter()
    mine = ours(articles)
    ours_seconds = time.perf_counter() - started
    by_id, links = mine["by_id"], mine["links"]
    runs = {"ours": (mine, ours_seconds)}
    if "datasketch" in systems:
        started = time.perf_counter()
        base = datasketch_baseline(articles)
        runs["datasketch"] = (base, time.perf_counter() - started)
    for system, (run, seconds) in runs.items():
        predicted = pairs_of(run["clusters"])
        sketches = runs["datasketch"][0]["sketches"] if "datasketch" in runs else None
        entry = pairwise_scores(predicted, gold_pairs)
        entry["seconds"] = round(seconds, 3)
        entry["clusters"] = len(run["clusters"])
        entry["false_positives"] = _describe(predicted - gold_pairs, key_of, gold, by_id, links,
                                             sketches)
        entry["false_negatives"] = _describe(gold_pairs - predicted, key_of, gold, by_id, links,
                                             sketches)
        if system == "datasketch":
            entry["settings"] = {"threshold": BASELINE_THRESHOLD, "num_perm": BASELINE_NUM_PERM,
                                 "bands": run["lsh"]["b"], "rows": run["lsh"]["r"],
                                 "shingles": f"word {BASELINE_SHINGLE_WORDS}-grams",
                                 "verification": "none (every LSH candidate pair is a link)"}
        else:
            entry["settings"] = {"threshold": DEFAULT_THRESHOLD,
                                 "max_compare": DEFAULT_MAX_COMPARE,
                                 "methods": _count_methods(links)}
        result["systems"][system] = entry
    return result


def _count_methods(links: dict[str, dict]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for link in links.values():
        counts[link["method"]] += 1
    return dict(sorted(counts.items()))


def beam_links(articles: list[dict]) -> dict[str, str]:
    """{duplicate id: kept id} from the real Deduplicate transform (FnApiRunner)."""
    import apache_beam as beam
    from apache_beam.options.pipeline_options import PipelineOptions

    from transforms.dedup import DUPLICATE_TAG, Deduplicate

    found: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        prefix = str(Path(tmp) / "dups")
        clean = [{k: v for k, v in a.items() if k != "_key"} for a in articles]
        with beam.Pipeline(runner="FnApiRunner", options=PipelineOptions([])) as p:
            out = p | beam.Create(clean) | Deduplicate()
            _ = (out[DUPLICATE_TAG]
                 | beam.Map(lambda d: orjson.dumps([d["id"], d["duplicate_of"]]).decode())
                 | beam.io.WriteToText(prefix))
        for path in Path(tmp).glob("dups*"):
            for line in path.read_text().splitlines():
                member, kept = orjson.loads(line)
                found[member] = kept
    return found


def generated_set(count: int, seed: int, folder: Path, hard_share: float,
                  dup_share: float) -> tuple[list[dict], dict[str, str]]:
    from bench.generate import generate

    generate(count, folder, "text", dup_share, seed, hard_negative_share=hard_share)
    return load_generated(folder)


# ---------------------------------------------------------------- report


def render(results: list[dict[str, Any]]) -> str:
    head = (f"{'dataset':<28} {'system':<11} {'P':>7} {'R':>7} {'F1':>7} "
            f"{'pred':>7} {'gold':>7} {'FP':>5} {'FN':>5} {'seconds':>8}")
    lines = [head, "-" * len(head)]
    for res in results:
        for system, s in res["systems"].items():
            fp = s["predicted_pairs"] - s["true_pairs"]
            fn = s["gold_pairs"] - s["true_pairs"]
            lines.append(f"{res['dataset'][:28]:<28} {system:<11} {s['precision']:>7.4f} "
                         f"{s['recall']:>7.4f} {s['f1']:>7.4f} {s['predicted_pairs']:>7} "
                         f"{s['gold_pairs']:>7} {fp:>5} {fn:>5} {s['seconds']:>8.2f}")
    return "\n".join(lines)


def render_failures(results: list[dict[str, Any]], limit: int = 10) -> str:
    lines = []
    for res in results:
        for system, s in res["systems"].items():
            for kind in ("false_positives", "false_negatives"):
                for item in s[kind][:limit]:
                    ds = item.get("datasketch_jaccard")
                    lines.append(f"  {res['dataset']} {system} {kind[:14]}: {item['a']} ~ "
                                 f"{item['b']}  sim {item['similarity']:.3f}"
                                 + (f"  ds-J {ds:.3f}" if ds is not None else ""))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--labels", type=Path, action="append", default=[],
                        help="a labels file (repeat with --articles for several sets)")
    parser.add_argument("--articles", type=Path, action="append", default=[])
    parser.add_argument("--generated-count", type=int, default=0,
                        help="also score a bench/generate.py set of this many articles")
    parser.add_argument("--generated-dir", type=Path,
                        help="where to write the generated set (default: a temporary folder)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--dup-share", type=float, default=0.2)
    parser.add_argument("--hard-negative-share", type=float, action="append",
                        help="share of generated articles that are hard negatives (default "
                             "0.1; repeat for one generated set per value)")
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--beam", action="store_true",
                        help="also run the Deduplicate transform on the labelled sets")
    parser.add_argument("--json", type=Path, help="write the full report here")
    args = parser.parse_args(argv)
    if len(args.labels) != len(args.articles):
        parser.error("give one --articles folder per --labels file")
    systems = ("ours",) if args.no_baseline else ("ours", "datasketch")
    results = []
    for labels, folder in zip(args.labels, args.articles, strict=True):
        articles, gold = load_labelled(labels, folder)
        res = evaluate(articles, gold, labels.parent.name or str(labels), systems)
        if args.beam:
            expected = {m: link["duplicate_of"] for m, link in ours(articles)["links"].items()}
            res["beam_transform_agrees"] = beam_links(articles) == expected
        results.append(res)
    for share in (args.hard_negative_share or [0.1]) if args.generated_count else []:
        with tempfile.TemporaryDirectory() as tmp:
            folder = args.generated_dir or Path(tmp) / "generated"
            if args.generated_dir and len(args.hard_negative_share or []) > 1:
                folder = folder.parent / f"{folder.name}-hard{share:g}"
            started = time.perf_counter()
            articles, gold = generated_set(args.generated_count, args.seed, folder, share,
                                           args.dup_share)
            load_seconds = time.perf_counter() - started
            res = evaluate(articles, gold, f"generated-{args.generated_count}-hard{share:g}",
                           systems)
            res["generate_and_extract_seconds"] = round(load_seconds, 2)
            res["hard_negative_share"] = share
            results.append(res)
    print(render(results))
    failures = render_failures(results)
    if failures:
        print("\nfailures (first 10 of each kind):\n" + failures)
    for res in results:
        if "beam_transform_agrees" in res:
            print(f"{res['dataset']}: Deduplicate transform links the same records: "
                  f"{res['beam_transform_agrees']}")
    if args.json:
        args.json.write_bytes(orjson.dumps(results, option=orjson.OPT_INDENT_2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
