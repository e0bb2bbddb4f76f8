"""End-to-end: the `newsbeam batch` command in a subprocess, on the bundled
sample corpus and on a corpus of bad inputs."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import orjson
import pytest

from tests.conftest import FIXTURES, SAMPLE_CORPUS, read_jsonl_tree

pytestmark = pytest.mark.e2e


def run_batch(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipelines.cli", "batch", *args],
        capture_output=True, text=True, timeout=300, check=False,
    )


def dataset(output: Path) -> dict[str, list[dict]]:
    return {kind: read_jsonl_tree(output / kind)
            for kind in ("articles", "duplicates", "dead_letter")}


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory):
    output = tmp_path_factory.mktemp("sample") / "out"
    result = run_batch("--input", str(SAMPLE_CORPUS / "articles" / "*"), "--output", str(output))
    assert result.returncode == 0, result.stderr[-3000:]
    return output, result


def test_sample_corpus_is_fully_accounted_for(sample_run):
    output, result = sample_run
    labels = orjson.loads((SAMPLE_CORPUS / "labels.json").read_bytes())["records"]
    data = dataset(output)
    manifest = orjson.loads((output / "_manifest.json").read_bytes())
    counts = manifest["counts"]
    assert manifest["status"] == "ok"
    assert counts["records_read"] == len(labels)
    assert counts["records_read"] == (
        len(data["articles"]) + len(data["duplicates"]) + len(data["dead_letter"]))
    assert counts["articles"] == len(data["articles"])
    summary = orjson.loads(result.stdout.strip().splitlines()[-1])
    assert summary["records_read"] == len(labels) and summary["status"] == "ok"
    assert "read = articles + duplicates + dead letters" in result.stderr
    assert (output / "_SUCCESS").exists()
    assert not (output / "_staging").exists()
    assert not list(output.rglob(".temp*"))


def test_sample_corpus_duplicates_match_the_labelled_clusters(sample_run):
    output, _ = sample_run
    labels = orjson.loads((SAMPLE_CORPUS / "labels.json").read_bytes())["records"]
    data = dataset(output)
    cluster_of = {}
    for label in labels:
        cluster_of[(label["file"], label["record"])] = label["cluster"]

    def key(record):
        return (Path(record["source"]["uri"]).name, record["source"]["record"])

    kept_ids = {a["id"]: key(a) for a in data["articles"]}
    kept_clusters = [cluster_of[k] for k in kept_ids.values()]
    assert len(kept_clusters) == len(set(kept_clusters)), "a story was kept twice"
    assert set(kept_clusters) == set(cluster_of.values()), "a story was lost"
    for dup in data["duplicates"]:
        assert dup["duplicate_of"] in kept_ids
        assert cluster_of[key(dup)] == cluster_of[kept_ids[dup["duplicate_of"]]]
        assert dup["method"] in {"exact_body", "canonical_url", "near_minhash"}
        assert 0.0 <= dup["similarity"] <= 1.0


def test_partitions_are_safe_and_open_in_duckdb(sample_run):
    output, _ = sample_run
    for path in (output / "articles").rglob("*.jsonl"):
        relative = path.relative_to(output / "articles").parts
        assert relative[0].startswith("date=") and relative[1].startswith("region=")
    con = duckdb.connect()
    rows = con.sql(
        f"select region, count(*) from read_json_auto('{output}/articles/**/*.jsonl', "
        "hive_partitioning=true) group by region order by region").fetchall()
    assert sum(n for _, n in rows) == len(dataset(output)["articles"])
    assert {r for r, _ in rows} <= {"africa", "americas", "asia", "europe", "oceania", "unknown"}
    dated = con.sql(
        f"select count(*) from read_json_auto('{output}/articles/**/*.jsonl', "
        "hive_partitioning=true) where date is not null").fetchall()[0][0]
    assert dated > 0


def test_bad_arguments_exit_2(tmp_path):
    result = run_batch("--output", str(tmp_path / "out"))
    assert result.returncode == 2 and "--input" in result.stderr
    result = run_batch("--input", "x", "--output", str(tmp_path / "out"), "--region_scheme=planet")
    assert result.returncode == 2


def test_bad_inputs_become_specific_dead_letters(tmp_path):
    corpus = tmp_path / "bad"
    corpus.mkdir()
    expected = orjson.loads((FIXTURES / "bad" / "expected.json").read_bytes())["files"]
    for name in expected:
        shutil.copy(FIXTURES / "bad" / name, corpus / name)
    (corpus / "huge.txt").write_bytes(b"A long line of words. " * 40_000)  # ~880 kB
    output = tmp_path / "out"
    result = run_batch("--input", str(corpus / "*"), "--output", str(output),
                       "--max_file_bytes=500000")
    assert result.returncode == 0, result.stderr[-3000:]
    data = dataset(output)
    reasons = {(Path(d["source"]["uri"]).name, d["source"]["record"]): d["reason"]
               for d in data["dead_letter"]}
    assert reasons[("empty.txt", 0)] == "empty"
    assert reasons[("whitespace.txt", 0)] == "empty"
    assert reasons[("binary.png", 0)] == "binary_content"
    assert reasons[("latin1.txt", 0)] == "invalid_utf8"  # undeclared non-UTF-8: strict policy
    assert reasons[("garbage_utf8.txt", 0)] == "invalid_utf8"
    assert reasons[("truncated.txt.gz", 0)] == "truncated_gzip"
    assert reasons[("broken.json", 0)] == "malformed_json"
    assert reasons[("notext.json", 0)] == "no_text"
    assert reasons[("huge.txt", 0)] == "too_large"
    assert reasons[("chrome_only.txt", 0)] == "no_body"
    assert [r for (name, _), r in reasons.items() if name == "mixed.jsonl"] == [
        "malformed_json", "malformed_json"]
    for letter in data["dead_letter"]:
        assert letter["stage"] and letter["error"] and letter["source"]["uri"]
    binary = next(d for d in data["dead_letter"] if d["source"]["uri"].endswith(".png"))
    assert binary["raw_encoding"] == "base64"
    total_records = sum(v["records"] for v in expected.values()) + 1
    assert len(data["articles"]) + len(data["duplicates"]) + len(data["dead_letter"]) == (
        total_records)
    # Hostile values never leave the output folder and never name a folder.
    for path in output.rglob("*"):
        assert output in path.resolve().parents or path.resolve() == output
    for article in data["articles"]:
        assert ".." not in article["region"]


def test_same_output_whatever_the_input_order_and_worker_count(tmp_path):
    corpus = tmp_path / "corpus"
    files = sorted((SAMPLE_CORPUS / "articles").iterdir())
    for index, path in enumerate(files):
        sub = corpus / ("a" if index % 2 else "b")
        sub.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, sub / path.name)
    # The same files, listed in the opposite order, on one worker and on two.
    run1 = run_batch("--input", str(corpus / "a" / "*"), "--input", str(corpus / "b" / "*"),
                     "--output", str(tmp_path / "out1"), "--direct_num_workers=1",
                     "--direct_running_mode=in_memory")
    run2 = run_batch("--input", str(corpus / "b" / "*"), "--input", str(corpus / "a" / "*"),
                     "--output", str(tmp_path / "out2"), "--direct_num_workers=2")
    assert run1.returncode == 0 and run2.returncode == 0, run2.stderr[-2000:]

    def outcome(output: Path) -> tuple:
        data = dataset(output)
        articles = sorted((a["id"], a["content_hash"]) for a in data["articles"])
        links = sorted((d["id"], d["duplicate_of"], d["method"]) for d in data["duplicates"])
        return articles, links

    assert outcome(tmp_path / "out1") == outcome(tmp_path / "out2")
