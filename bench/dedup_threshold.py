"""Where the near-duplicate threshold should sit, measured on labelled pairs.

    python -m bench.dedup_threshold --labels sample_corpus/labels.json \
        --articles sample_corpus/articles

Runs the pipeline's decode/clean/extract functions, fingerprints every article
and prints the similarity (the one dedup uses) of every pair in the same
labelled cluster and the highest ones between different clusters. All pairs
are compared here on purpose: this is a small evaluation set, not the pipeline.
"""

from __future__ import annotations

import argparse
from itertools import combinations
from pathlib import Path

import orjson

from transforms.clean import clean_record
from transforms.decode import decode_payload
from transforms.extract import extract_article
from transforms.fingerprint import fingerprint, jaccard, similarity


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--labels", type=Path, required=True)
    parser.add_argument("--articles", type=Path, required=True)
    parser.add_argument("--top", type=int, default=8)
    args = parser.parse_args()
    labels = orjson.loads(args.labels.read_bytes())["records"]
    items = []
    bodies_of: list[str] = []
    for label in labels:
        path = args.articles / label["file"]
        record = decode_payload(str(path), path.read_bytes())[label["record"]]
        article = extract_article(clean_record(record))
        fp = fingerprint(article["body"])
        items.append((label, fp))
        bodies_of.append(article["body"])
    same, different = [], []
    for (la, fa), (lb, fb) in combinations(items, 2):
        sim = similarity(jaccard(fa.signature, fb.signature), fa.shingle_count, fb.shingle_count)
        pair = (round(sim, 3), f"{la['file']}#{la['record']}", f"{lb['file']}#{lb['record']}")
        (same if la["cluster"] == lb["cluster"] else different).append(pair)
    # Updated versions made programmatically: each article plus two paragraphs
    # taken from another article (an update that adds reaction or background).
    bodies = [(label, body) for (label, _), body in zip(items, bodies_of, strict=True)]
    for i, (label, body) in enumerate(bodies):
        donor = bodies[(i + 7) % len(bodies)][1].split("\n\n")
        updated = body + "\n\n" + "\n\n".join(donor[-2:])
        fa, fb = fingerprint(body), fingerprint(updated)
        sim = similarity(jaccard(fa.signature, fb.signature), fa.shingle_count, fb.shingle_count)
        same.append((round(sim, 3), f"{label['file']}#{label['record']}", "+2 paragraphs"))
    same.sort()
    different.sort(reverse=True)
    print(f"same story: {len(same)} pairs (lowest {args.top} first):")
    for sim, a, b in same[: args.top]:
        print(f"  {sim:.3f}  {a}  ~  {b}")
    print(f"different stories (highest {args.top}):")
    for sim, a, b in different[: args.top]:
        print(f"  {sim:.3f}  {a}  ~  {b}")
    low, high = same[0][0], different[0][0]
    print(f"gap: lowest same-story {low:.3f}, highest different-story {high:.3f}")


if __name__ == "__main__":
    main()
