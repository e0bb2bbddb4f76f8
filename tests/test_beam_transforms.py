"""Each composite transform on TestPipeline with assert_that."""

from __future__ import annotations

import random

import apache_beam as beam
import orjson
import pytest
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to, is_not_empty

from pipelines.batch import build_batch_pipeline
from tests.conftest import read_jsonl_tree, story
from transforms import write
from transforms.clean import clean_record
from transforms.deadletters import DEAD_LETTER_TAG
from transforms.decode import decode_payload
from transforms.dedup import DUPLICATE_TAG, Deduplicate
from transforms.extract import extract_article, validate_article
from transforms.process import CleanAndExtract
from transforms.read import FILES_TAG, ReadArticleFiles, match_distinct_files


def local_pipeline(*flags: str) -> TestPipeline:
    # Name the runner: the default DirectRunner would first try to download Prism.
    return TestPipeline(runner="FnApiRunner", options=PipelineOptions(list(flags)))


def article_from(name: str, text: str) -> dict:
    raw = decode_payload(name, text.encode())[0]
    return validate_article(extract_article(clean_record(raw)))


def test_read_article_files_splits_records_and_dead_letters(make_corpus):
    folder = make_corpus({
        "good.txt": story("water tariffs"),
        "good.txt.gz": story("bus lanes"),
        "empty.txt": "",
        "batch.jsonl": b'{"title": "a", "text": "Some text here."}\n{broken\n'
                       b'{"title": "b", "maintext": "More text."}\n',
        "_SUCCESS": "",
    })
    with local_pipeline() as p:
        read = p | ReadArticleFiles([str(folder / "*")])
        assert_that(read.records | "RecordNames" >> beam.Map(
            lambda r: (r["source"]["uri"].rsplit("/", 1)[-1], r["source"]["record"], r["format"])),
            equal_to([("good.txt", 0, "text"), ("good.txt.gz", 0, "text"),
                      ("batch.jsonl", 0, "json"), ("batch.jsonl", 2, "json")]),
            label="records")
        assert_that(read[DEAD_LETTER_TAG] | "Reasons" >> beam.Map(
            lambda d: (d["source"]["uri"].rsplit("/", 1)[-1], d["stage"], d["reason"])),
            equal_to([("empty.txt", "decode", "empty"),
                      ("batch.jsonl", "parse", "malformed_json")]),
            label="dead letters")


def test_overlapping_patterns_read_each_file_once(make_corpus):
    folder = make_corpus({"a.txt": story("water tariffs"), "b.txt": story("bus lanes"),
                          "_SUCCESS": "", ".hidden.txt": story("ferries")})
    patterns = [str(folder / "*"), str(folder / "a.*"), str(folder / "none-*"),
                str(folder / "*")]
    assert sorted((p.rsplit("/", 1)[-1], size) for p, size in match_distinct_files(patterns)) \
        == sorted((name, (folder / name).stat().st_size) for name in ("a.txt", "b.txt"))
    assert list(match_distinct_files([str(folder / "none-*")])) == []
    with local_pipeline() as p:
        read = p | ReadArticleFiles(patterns)
        assert_that(read.records | beam.Map(lambda r: r["source"]["uri"].rsplit("/", 1)[-1]),
                    equal_to(["a.txt", "b.txt"]), label="records")
        assert_that(read[FILES_TAG] | beam.Map(lambda f: f["uri"].rsplit("/", 1)[-1]),
                    equal_to(["a.txt", "b.txt"]), label="taken")


def test_read_refuses_files_over_the_size_limit_without_reading_them(make_corpus):
    folder = make_corpus({"big.txt": "word " * 50_000, "small.txt": story("ferries")})
    with local_pipeline() as p:
        read = p | ReadArticleFiles([str(folder / "*")], max_file_bytes=10_000)
        assert_that(read.records | beam.Map(lambda r: r["source"]["uri"].rsplit("/", 1)[-1]),
                    equal_to(["small.txt"]), label="records")
        assert_that(read[DEAD_LETTER_TAG] | beam.Map(lambda d: (d["reason"], d["raw_size"])),
                    equal_to([("too_large", 250_000)]), label="dead letters")


def test_clean_and_extract_produces_valid_articles_and_dead_letters(seed_like_text):
    raws = [
        decode_payload("seed.txt", seed_like_text.encode())[0],
        decode_payload("chrome.txt", b"Share\n\nAdvertisement\n\nSign up now\n\nFacebook\n")[0],
    ]
    with local_pipeline() as p:
        out = p | beam.Create(raws) | CleanAndExtract()
        assert_that(out["articles"] | beam.Map(
            lambda a: (a["title"], a["date"], a["region"], a["agency"], a["section"])),
            equal_to([("Port workers in Veracruz end strike after wage deal on Thursday",
                       "2021-05-06", "americas", "Reuters", "World")]), label="articles")
        assert_that(out[DEAD_LETTER_TAG] | beam.Map(lambda d: (d["stage"], d["reason"])),
                    equal_to([("clean", "no_body")]), label="dead letters")


def _dedup_outcome(articles: list[dict], folder) -> tuple[list, list]:
    """Run Deduplicate and read back (kept ids, duplicate links) from text files."""
    with local_pipeline() as p:
        out = p | beam.Create(articles) | Deduplicate()
        _ = (out.articles | "KeptIds" >> beam.Map(lambda a: a["id"])
             | "WriteKept" >> beam.io.WriteToText(str(folder / "kept")))
        _ = (out[DUPLICATE_TAG]
             | "DupLinks" >> beam.Map(lambda d: f"{d['id']} {d['duplicate_of']} {d['method']}")
             | "WriteDups" >> beam.io.WriteToText(str(folder / "dups")))
    kept = sorted(line for f in folder.glob("kept*") for line in f.read_text().split())
    dups = sorted(tuple(line.split()) for f in folder.glob("dups*")
                  for line in f.read_text().splitlines() if line)
    return kept, dups


def test_deduplicate_links_copies_to_a_kept_record_in_any_input_order(tmp_path):
    original = story("harbour dredging")
    copies = [
        ("a.txt", original),
        ("b.txt", original.replace("Harbour Dredging plan advances", "Dredging plan moves on")),
        ("c.txt", original.replace('"', "“").replace(" the ", "  the ")),  # re-scrape noise
        ("d.txt", original + "\n\nA later paragraph adds reaction from port unions, who said "
                             "the dredging schedule ignored safety concerns raised last year.\n"),
        ("e.txt", story("school meals")),
        ("f.txt", story("wind farm permits")),
    ]
    articles = [article_from(name, text) for name, text in copies]
    (tmp_path / "first").mkdir()
    (tmp_path / "second").mkdir()
    kept, dups = _dedup_outcome(articles, tmp_path / "first")
    shuffled = articles[:]
    random.Random(7).shuffle(shuffled)
    assert _dedup_outcome(shuffled, tmp_path / "second") == (kept, dups)
    by_name = {a["source"]["uri"]: a["id"] for a in articles}
    assert by_name["e.txt"] in kept and by_name["f.txt"] in kept
    assert len(kept) == 3 and len(dups) == 3
    assert {d[1] for d in dups} <= set(kept)
    methods = {d[0]: d[2] for d in dups}
    assert set(methods.values()) <= {"exact_body", "near_minhash"}


def test_write_stages_then_commits_partitioned_files(tmp_path):
    out = str(tmp_path / "dataset")
    records = [
        {"id": "1", "date": "2021-05-06", "region": "americas"},
        {"id": "2", "date": None, "region": "../../etc"},
    ]
    with local_pipeline() as p:
        staged = p | beam.Create(records) | write.StageJsonl(out, "run1", write.ARTICLES)
        read = p | "One" >> beam.Create([2])
        reasons = p | "NoReasons" >> beam.Create([{}])
        taken = p | "Taken" >> beam.Create([{"uri": "in/a.jsonl", "content_hash": "h",
                                             "records": 2}])
        manifest = staged | write.CommitRun(out, "run1", {"run_id": "run1", "output": out},
                                            read, reasons, taken)
        assert_that(manifest | beam.Map(lambda m: (m["status"], m["counts"]["articles"])),
                    equal_to([("ok", 2)]))
    dataset = tmp_path / "dataset"
    assert {p.parent.relative_to(dataset).as_posix() for p in dataset.rglob("*.jsonl")} == {
        "articles/date=2021-05-06/region=americas", "articles/date=unknown/region=unknown"}
    assert (dataset / "_SUCCESS").exists() and not (dataset / "_staging").exists()
    manifest = orjson.loads((dataset / "_manifest.json").read_bytes())
    assert manifest["counts"]["records_read"] == 2 and manifest["status"] == "ok"
    assert manifest == orjson.loads((dataset / "_runs" / "run1.json").read_bytes())
    assert (dataset / "_LATEST").read_text().strip() == "run1"


@pytest.mark.parametrize("workers", ["1", "2"])
def test_whole_batch_pipeline_on_test_pipeline(make_corpus, seed_like_text, tmp_path, workers):
    folder = make_corpus({
        "seed.txt": seed_like_text,
        "seed-copy.txt": seed_like_text,
        "other.txt": story("rail freight"),
        "broken.json": '{"title": "x", ',
    })
    output = str(tmp_path / f"out{workers}")
    options = PipelineOptions([f"--input={folder}/*", f"--output={output}",
                               f"--direct_num_workers={workers}"])
    with local_pipeline(f"--direct_num_workers={workers}") as p:
        outputs = build_batch_pipeline(p, options, {"run_id": "t", "output": output})
        assert_that(outputs.records_read, equal_to([4]), label="read")
        assert_that(outputs.duplicates | beam.Map(lambda d: d["method"]),
                    equal_to(["exact_body"]), label="dups")
        assert_that(outputs.articles, is_not_empty(), label="articles")
    articles = read_jsonl_tree(tmp_path / f"out{workers}" / "articles")
    duplicates = read_jsonl_tree(tmp_path / f"out{workers}" / "duplicates")
    dead = read_jsonl_tree(tmp_path / f"out{workers}" / "dead_letter")
    assert len(articles) + len(duplicates) + len(dead) == 4
    assert duplicates[0]["duplicate_of"] in {a["id"] for a in articles}
    assert dead[0]["reason"] == "malformed_json"
