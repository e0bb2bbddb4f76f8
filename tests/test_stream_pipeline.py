"""Streaming semantics of the stream job, on Prism with TestStream: windows fire
at the watermark, late records are written in late panes (never dropped), dedup
state expires by event time, and simultaneous copies resolve the same way in
whatever order they arrive."""

from __future__ import annotations

import os
from pathlib import Path

import apache_beam as beam
import orjson
import pytest
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.testing import test_stream
from apache_beam.transforms.window import TimestampedValue

from pipelines.options import StreamOptions
from pipelines.stream import build_stream_pipeline
from tests.conftest import ROOT, read_jsonl_tree, story

PRISM = ROOT / ".tools" / "bin" / "prism"
pytestmark = pytest.mark.skipif(
    not PRISM.exists() and not os.environ.get("CI"),
    reason="Prism not built: run scripts/install_prism.sh")


def message(offset: int, text: str, partition: int = 0, topic: str = "news") -> dict:
    return {"topic": topic, "partition": partition, "offset": offset, "key": f"k{offset}",
            "value": text.encode("utf-8"), "headers": {"content-type": "text/plain"},
            "timestamp_ms": 0}


def run_stream(output: Path, events: list, window: float = 10, lateness: float = 3600,
               horizon: float = 7 * 86400) -> None:
    """Run the stream job's pipeline on Prism over a TestStream of messages.

    `events`: ("add", [(message, event time s)]) or ("watermark", seconds).
    """
    stream = test_stream.TestStream()
    for kind, value in events:
        if kind == "add":
            stream = stream.add_elements([TimestampedValue(m, t) for m, t in value])
        else:
            stream = stream.advance_watermark_to(value)
    stream = stream.advance_watermark_to_infinity()
    options = PipelineOptions([
        "--runner=PrismRunner", f"--prism_location={PRISM}", "--environment_type=LOOPBACK",
        "--streaming", f"--output={output}", f"--window_seconds={window}",
        f"--allowed_lateness={lateness}", f"--stream_dedup_horizon={horizon}",
    ])
    with beam.Pipeline(options=options) as pipeline:
        messages = pipeline | "Messages" >> stream
        build_stream_pipeline(pipeline, options, "test", messages=messages)
    assert options.view_as(StreamOptions).output == str(output)


def ledgers(output: Path) -> list[dict]:
    return [orjson.loads(p.read_bytes())
            for p in sorted((output / "_stream" / "commits").glob("*.json"))]


def outputs(output: Path) -> dict[str, list[dict]]:
    return {kind: read_jsonl_tree(output / kind) if (output / kind).exists() else []
            for kind in ("articles", "duplicates", "dead_letter")}


def test_windows_fire_at_the_watermark_one_commit_per_window(tmp_path):
    out = tmp_path / "out"
    run_stream(out, [
        ("add", [(message(0, story("bridge repairs")), 1),
                 (message(1, story("water tariffs")), 2)]),
        ("watermark", 10),
        ("add", [(message(2, story("school meals")), 15)]),
        ("watermark", 20),
    ])
    panes = ledgers(out)
    assert [(p["window"][0], p["timing"], p["counts"]["articles"]) for p in panes] == [
        (0.0, "on_time", 2), (10.0, "on_time", 1)]
    assert all(p["status"] == "committed" for p in panes)
    got = outputs(out)
    assert len(got["articles"]) == 3 and not got["duplicates"] and not got["dead_letter"]
    assert not (out / "_staging").exists() or not any((out / "_staging").rglob("*.jsonl"))
    assert sorted(o for p in panes for o in p["offsets"]["news/0"]) == [0, 1, 2]


def test_a_late_record_is_written_in_a_late_pane_not_dropped(tmp_path):
    out = tmp_path / "out"
    run_stream(out, [
        ("add", [(message(0, story("harbour dredging")), 1)]),
        ("watermark", 30),
        ("add", [(message(1, story("tram extension")), 5)]),  # 25 s behind the watermark
        ("watermark", 40),
    ])
    panes = ledgers(out)
    assert [(p["timing"], p["counts"]["articles"]) for p in panes if p["pane_index"] == 0] == [
        ("on_time", 1)]
    late = [p for p in panes if p["timing"] == "late"]
    assert sum(p["counts"]["articles"] for p in late) == 1  # the late record, in its window
    assert all(p["window"][0] == 0.0 for p in panes)
    names = sorted(p.name for p in (out / "articles").rglob("*.jsonl"))
    assert len(names) == 2 and len(set(names)) == 2  # the late pane has its own file
    assert len(outputs(out)["articles"]) == 2


def test_copies_are_caught_across_windows_until_the_horizon_expires(tmp_path):
    out = tmp_path / "out"
    original = story("flood barriers")
    run_stream(out, [
        ("add", [(message(0, original), 1)]),
        ("watermark", 10),
        ("add", [(message(1, original.replace("Tuesday", "Wednesday")), 15)]),  # within
        ("watermark", 20),
        ("add", [(message(2, original), 95)]),  # after the 60 s horizon: a new article
        ("watermark", 100),
    ], horizon=60)
    got = outputs(out)
    kept = {a["source"]["offset"]: a["id"] for a in got["articles"]}
    assert sorted(kept) == [0, 2]
    assert [(d["source"]["offset"], d["duplicate_of"]) for d in got["duplicates"]] == [
        (1, kept[0])]


@pytest.mark.parametrize("order", ["short_first", "long_first"])
def test_simultaneous_copies_keep_one_whatever_their_order(tmp_path, order):
    out = tmp_path / "out"
    short = story("wind farm", paragraphs=6)
    long = story("wind farm", paragraphs=8)  # the same story, two paragraphs longer
    pair = [(message(0, short), 3), (message(1, long), 3)]
    if order == "long_first":
        pair.reverse()
    run_stream(out, [("add", pair), ("watermark", 10)])
    got = outputs(out)
    assert len(got["articles"]) == 1 and len(got["duplicates"]) == 1
    kept, dup = got["articles"][0], got["duplicates"][0]
    assert kept["source"]["offset"] == 1  # the longer version, in both orders
    assert dup["duplicate_of"] == kept["id"]


def test_bad_messages_become_dead_letters_and_everything_is_accounted(tmp_path):
    out = tmp_path / "out"
    bad = [
        {**message(1, ""), "value": b""},
        {**message(2, ""), "value": b"\x00\x01\x02\xff" * 100},
        {**message(3, ""), "value": b'{"title": "broken'},
        {**message(4, ""), "value": b"\xff\xfe not utf-8 \xc3\x28"},
    ]
    run_stream(out, [("add", [(message(0, story("port strike")), 1)]
                      + [(m, 2) for m in bad]), ("watermark", 10)])
    got = outputs(out)
    assert len(got["articles"]) == 1
    reasons = sorted(d["reason"] for d in got["dead_letter"])
    assert len(reasons) == 4, reasons
    offsets = sorted([a["source"]["offset"] for a in got["articles"]]
                     + [d["source"]["offset"] for d in got["dead_letter"]])
    assert offsets == [0, 1, 2, 3, 4]
