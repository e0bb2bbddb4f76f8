"""bench/generate.py: the text format is unchanged, html/jsonl are reproducible, every
format carries the same stories, and template briefs are distinct stories."""

from __future__ import annotations

import hashlib
from pathlib import Path

import orjson

from bench.generate import generate
from transforms.decode import content_hash_of, decode_payload
from transforms.process import process_record


def _digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.iterdir()):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    digest.update((folder.parent / f"{folder.name}.truth.jsonl").read_bytes())
    return digest.hexdigest()


def _truth(folder: Path) -> list[dict]:
    lines = (folder.parent / f"{folder.name}.truth.jsonl").read_bytes().splitlines()
    return [orjson.loads(line) for line in lines if line]


def test_text_output_is_byte_identical_to_earlier_versions(tmp_path):
    # Pinned from the generator before html/jsonl pages and briefs were added.
    generate(40, tmp_path / "t", "text", 0.2, 11, hard_negative_share=0.1)
    assert _digest(tmp_path / "t") == (
        "aa4650d039b743417bd7e837913ef3fab5ab95dac345683243703d6423644696")


def test_html_and_jsonl_are_reproducible_and_share_the_stories(tmp_path):
    for fmt in ("html", "jsonl"):
        generate(60, tmp_path / f"{fmt}-a", fmt, 0.3, 5, records_per_file=25)
        generate(60, tmp_path / f"{fmt}-b", fmt, 0.3, 5, records_per_file=25)
        assert _digest(tmp_path / f"{fmt}-a") == _digest(tmp_path / f"{fmt}-b")
    generate(60, tmp_path / "text", "text", 0.3, 5)
    stories = [(t["story"], t["kind"]) for t in _truth(tmp_path / "text")]
    assert [(t["story"], t["kind"]) for t in _truth(tmp_path / "html-a")] == stories
    assert [(t["story"], t["kind"]) for t in _truth(tmp_path / "jsonl-a")] == stories
    assert {t["kind"] for t in _truth(tmp_path / "text")} > {"original", "syndicated"}
    assert len(list((tmp_path / "jsonl-a").iterdir())) == 3  # 25 records a file
    page = (tmp_path / "html-a" / "a0000000.html").read_text()
    for needle in ('property="og:title"', 'property="article:published_time"',
                   '"@type":"NewsArticle"', "<nav", "<footer", "Related stories"):
        assert needle in page


def test_every_format_extracts_to_the_same_body(tmp_path):
    hashes = {}
    for fmt in ("text", "html", "jsonl"):
        folder = tmp_path / fmt
        generate(3, folder, fmt, 0.0, 9)
        path = sorted(folder.iterdir())[0]
        data = path.read_bytes()
        raw = decode_payload(str(path), data, file_hash=content_hash_of(data))[0]
        kind, article = process_record(raw, "m49-region")
        assert kind == "article", article
        assert 500 <= article["word_count"] <= 1100
        hashes[fmt] = article["content_hash"]
    assert len(set(hashes.values())) == 1, hashes


def test_template_briefs_are_distinct_stories(tmp_path):
    info = generate(200, tmp_path / "b", "text", 0.2, 3, template_briefs=60)
    assert info["template_briefs"] == 60
    briefs = [t for t in _truth(tmp_path / "b") if t["kind"] == "template_brief"]
    assert len(briefs) == 60 and len({t["story"] for t in briefs}) == 60
    texts = [(tmp_path / "b" / f"{t['name']}.txt").read_text() for t in briefs[:2]]
    assert all("This is your daily briefing" in text for text in texts)
    assert texts[0] != texts[1]
