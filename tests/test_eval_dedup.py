"""The dedup evaluation (bench/eval_dedup.py): pairwise metric, clustering, and a
quality gate on the small labelled sets."""

from __future__ import annotations

from bench.eval_dedup import (
    UnionFind,
    clusters_from_labels,
    evaluate,
    generated_set,
    load_labelled,
    ours,
    pairs_of,
    pairwise_scores,
)
from tests.conftest import ROOT, SAMPLE_CORPUS

DEDUP_SET = ROOT / "bench" / "dedup_set"


def test_pairs_of_clusters():
    assert pairs_of([["a", "b", "c"], ["d"], ["f", "e"]]) == {
        ("a", "b"), ("a", "c"), ("b", "c"), ("e", "f")}
    assert pairs_of([["a", "a"]]) == set()


def test_clusters_from_labels():
    got = clusters_from_labels({"x": "1", "y": "2", "z": "1"})
    assert sorted(got) == [["x", "z"], ["y"]]


def test_pairwise_scores():
    gold = pairs_of([["a", "b", "c"], ["d", "e"]])  # 4 pairs
    predicted = pairs_of([["a", "b"], ["c", "d", "e"]])  # ab, cd, ce, de
    s = pairwise_scores(predicted, gold)
    assert (s["true_pairs"], s["predicted_pairs"], s["gold_pairs"]) == (2, 4, 4)
    assert s["precision"] == 0.5 and s["recall"] == 0.5 and s["f1"] == 0.5


def test_pairwise_scores_empty_sides():
    assert pairwise_scores(set(), set())["precision"] == 1.0
    s = pairwise_scores(set(), {("a", "b")})
    assert s["precision"] == 1.0 and s["recall"] == 0.0 and s["f1"] == 0.0


def test_union_find_chains_and_singletons():
    uf = UnionFind(["e"])
    uf.union("a", "b")
    uf.union("c", "d")
    uf.union("b", "d")
    assert sorted(uf.groups()) == [["a", "b", "c", "d"], ["e"]]
    assert uf.find("a") == uf.find("c") != uf.find("e")


def _article(ident: str, body: str) -> dict:
    from transforms.fingerprint import content_hash

    return {"id": ident, "body": body, "content_hash": content_hash(body), "date": None,
            "canonical_url": None, "_key": ident}


def test_ours_clusters_copies_and_keeps_distinct_stories_apart():
    base = " ".join(f"Sentence {i} about the harbour wall repairs and the cost of {i} "
                    f"million for the town council." for i in range(30))
    other = " ".join(f"Line {i} on the election count in the northern district with turnout "
                     f"at {i} percent." for i in range(30))
    articles = [_article("a", base), _article("b", base.replace(" the ", "  The ")),
                _article("c", base + " A new paragraph was added later with more detail."),
                _article("d", other)]
    run = ours(articles)
    assert sorted(sorted(c) for c in run["clusters"]) == [["a", "b", "c"], ["d"]]
    assert {link["duplicate_of"] for link in run["links"].values()} == {"c"}  # longest kept
    gold = {"a": "s1", "b": "s1", "c": "s1", "d": "s2"}
    s = evaluate(articles, gold, "tiny", systems=("ours", "datasketch"))["systems"]
    assert s["ours"]["precision"] == s["ours"]["recall"] == 1.0
    assert s["datasketch"]["recall"] == 1.0


def test_gate_sample_corpus():
    articles, gold = load_labelled(SAMPLE_CORPUS / "labels.json", SAMPLE_CORPUS / "articles")
    s = evaluate(articles, gold, "sample", systems=("ours",))["systems"]["ours"]
    assert s["precision"] >= 0.99 and s["recall"] >= 0.95, s


def _dedup_set_scores() -> dict:
    articles, gold = load_labelled(DEDUP_SET / "labels.json", DEDUP_SET / "articles")
    return evaluate(articles, gold, "dedup_set", systems=("ours",))["systems"]["ours"]


def test_gate_dedup_set():
    # Two daily yuan-fixing notes (one template, ~60 words, other figures) score
    # 0.64 > threshold 0.6 on words alone; their figures keep them apart.
    s = _dedup_set_scores()
    assert s["precision"] >= 0.99 and s["recall"] >= 0.95, s


def test_gate_generated_set_with_templated_briefs(tmp_path):
    """Injected copies (syndicated, re-scraped, updated) among templated daily briefs
    and second stories on the same events: the figures measured on 10,000 articles
    by bench/eval_dedup.py (P 0.998, R 0.980) hold on a smaller draw."""
    articles, gold = generated_set(1500, seed=11, folder=tmp_path / "gen", hard_share=0.1,
                                   dup_share=0.2)
    s = evaluate(articles, gold, "generated", systems=("ours",))["systems"]["ours"]
    assert s["gold_pairs"] >= 300
    assert s["precision"] >= 0.99 and s["recall"] >= 0.95, s
