"""Scheduled runs into one long-lived dataset, in real subprocesses: incremental
input, cross-run dedup, idempotent reruns, crash safety, the lock, exit codes."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest

from tests.conftest import read_jsonl_tree, story

pytestmark = pytest.mark.e2e
ONE_PROCESS = ["--direct_num_workers=1", "--direct_running_mode=in_memory"]


def batch_args(landing: Path, output: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "pipelines.cli", "batch", "--input", f"{landing}/*",
            "--output", str(output), *extra]


def run_batch(landing: Path, output: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(batch_args(landing, output, *extra), capture_output=True, text=True,
                          timeout=300, check=False)


def summary_of(result: subprocess.CompletedProcess) -> dict:
    assert result.returncode == 0, result.stderr[-3000:]
    return orjson.loads(result.stdout.strip().splitlines()[-1])


def snapshot(output: Path) -> dict[str, str]:
    """Every committed file and its content (what a reader of the dataset can see)."""
    files = {}
    for path in sorted(output.rglob("*")):
        relative = path.relative_to(output).as_posix()
        if path.is_file() and not relative.startswith(("_staging", "_lock")):
            files[relative] = hashlib.sha256(path.read_bytes()).hexdigest()
    return files


def records(output: Path) -> dict[str, list[dict]]:
    return {kind: read_jsonl_tree(output / kind)
            for kind in ("articles", "duplicates", "dead_letter")}


def rescrape(text: str) -> str:
    return text.replace(" the ", "  the ").replace("—", "-") + "\nShare this article\n"


def assert_consistent(output: Path) -> dict[str, list[dict]]:
    data = records(output)
    ids = [a["id"] for a in data["articles"]]
    assert len(ids) == len(set(ids)), "an article was written twice"
    kept = set(ids)
    for dup in data["duplicates"]:
        assert dup["duplicate_of"] in kept
    runs = [orjson.loads(p.read_bytes()) for p in (output / "_runs").glob("*.json")]
    assert all(r["status"] == "ok" for r in runs)
    read = sum(r["counts"]["records_read"] for r in runs)
    assert read == len(data["articles"]) + len(data["duplicates"]) + len(data["dead_letter"])
    return data


def test_three_scheduled_runs_over_a_growing_landing_folder(tmp_path):
    landing, output = tmp_path / "landing", tmp_path / "dataset"
    landing.mkdir()
    stories = {name: story(name) for name in ("harbour dredging", "school meals",
                                              "wind farm permits", "bus fares", "water tariffs")}
    (landing / "a.txt").write_text(stories["harbour dredging"])
    (landing / "b.txt").write_text(stories["school meals"])
    (landing / "c.txt").write_text(stories["wind farm permits"])
    first = summary_of(run_batch(landing, output))
    assert (first["records_read"], first["articles"], first["duplicates"]) == (3, 3, 0)

    # Tomorrow: a re-scrape of a, a new story, b renamed, c updated in place.
    (landing / "a-rescrape.txt").write_text(rescrape(stories["harbour dredging"]))
    (landing / "d.txt").write_text(stories["bus fares"])
    (landing / "b.txt").rename(landing / "b-renamed.txt")
    (landing / "c.txt").write_text(stories["wind farm permits"] + "\nA later paragraph adds "
                                   "that the permits were approved by the regional board.\n")
    before = {a["id"] for a in records(output)["articles"]}
    second = summary_of(run_batch(landing, output))
    assert second["files_taken"] == 3  # a-rescrape, d, c (changed); b-renamed is not new
    assert (second["articles"], second["duplicates"]) == (1, 2)
    data = records(output)
    by_uri = {Path(d["source"]["uri"]).name: d for d in data["duplicates"]}
    assert by_uri["a-rescrape.txt"]["duplicate_of"] in before
    assert by_uri["c.txt"]["duplicate_of"] in before  # the update points at the first version
    assert before <= {a["id"] for a in data["articles"]}  # earlier records never rewritten

    # The day after: a syndicated copy of d under another headline, and a new story.
    (landing / "d-syndicated.txt").write_text(
        stories["bus fares"].replace("Bus Fares plan advances", "City moves on bus fares"))
    (landing / "e.txt").write_text(stories["water tariffs"])
    third = summary_of(run_batch(landing, output))
    assert (third["files_taken"], third["articles"], third["duplicates"]) == (2, 1, 1)
    data = assert_consistent(output)
    assert len(data["articles"]) == 5 and len(data["duplicates"]) == 3

    # A rerun takes nothing and writes nothing, and says so.
    files_before = snapshot(output)
    rerun = run_batch(landing, output)
    assert summary_of(rerun)["records_read"] == 0
    assert "no new input" in rerun.stderr
    after = snapshot(output)
    data_files = lambda snap: {k: v for k, v in snap.items()  # noqa: E731
                               if k.startswith(("articles/", "duplicates/", "dead_letter/"))}
    assert data_files(after) == data_files(files_before)
    assert len(list((output / "_runs").glob("*.json"))) == 4
    assert (output / "_LATEST").read_text().strip() == summary_of(rerun)["run_id"]


def start_paused(landing: Path, output: Path, point: str, signal_file: Path) -> subprocess.Popen:
    env = dict(os.environ, NEWSBEAM_FAULT_PAUSE_AT=point,
               NEWSBEAM_FAULT_SIGNAL_FILE=str(signal_file))
    return subprocess.Popen(batch_args(landing, output, *ONE_PROCESS), env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)


def wait_for(path: Path, process: subprocess.Popen, seconds: float = 180) -> None:
    deadline = time.monotonic() + seconds
    while not path.exists():
        assert process.poll() is None, "the job ended before reaching its fault point"
        assert time.monotonic() < deadline, "the job never reached its fault point"
        time.sleep(0.2)


@pytest.mark.parametrize("point", ["read", "write", "commit"])
def test_sigkill_leaves_the_dataset_before_or_after_and_the_next_run_completes(tmp_path, point):
    landing, output = tmp_path / "landing", tmp_path / "dataset"
    landing.mkdir()
    (landing / "a.txt").write_text(story("harbour dredging"))
    (landing / "b.txt").write_text(story("school meals"))
    summary_of(run_batch(landing, output, *ONE_PROCESS))
    before = snapshot(output)
    (landing / "c.txt").write_text(story("wind farm permits"))
    (landing / "a-copy.txt").write_text(rescrape(story("harbour dredging")))

    signal_file = tmp_path / "reached"
    job = start_paused(landing, output, point, signal_file)
    wait_for(signal_file, job)
    os.killpg(job.pid, signal.SIGKILL)
    job.wait(timeout=30)

    # What a reader sees once the dataset is opened again (any run recovers first).
    listing = run_batch(landing, output, "--dry-run")
    assert listing.returncode == 0, listing.stderr[-2000:]
    now = snapshot(output)
    if point == "commit":
        # The plan was durable: the crashed run is rolled forward, fully visible.
        assert "finished the commit of crashed run" in listing.stderr
        assert orjson.loads(listing.stdout.strip().splitlines()[-1])["files"] == 0
        assert len(records(output)["articles"]) == 3
    else:
        assert now == before, "a crash before the commit must leave the dataset untouched"
        assert orjson.loads(listing.stdout.strip().splitlines()[-1])["files"] == 2
    assert not (output / "_staging").exists()

    # The next scheduled run completes the work: nothing lost, nothing doubled.
    summary_of(run_batch(landing, output, *ONE_PROCESS))
    data = assert_consistent(output)
    assert len(data["articles"]) == 3 and len(data["duplicates"]) == 1
    names = sorted(Path(a["source"]["uri"]).name for a in data["articles"])
    assert names == ["a.txt", "b.txt", "c.txt"]


def test_a_second_run_on_a_locked_dataset_is_refused(tmp_path):
    landing, output = tmp_path / "landing", tmp_path / "dataset"
    landing.mkdir()
    (landing / "a.txt").write_text(story("harbour dredging"))
    signal_file = tmp_path / "reached"
    job = start_paused(landing, output, "read", signal_file)
    try:
        wait_for(signal_file, job)
        second = run_batch(landing, output)
        assert second.returncode == 5
        assert "locked by run" in second.stderr
    finally:
        os.killpg(job.pid, signal.SIGKILL)
        job.wait(timeout=30)
    # The holder is gone: its lock is stale and the next run proceeds.
    assert summary_of(run_batch(landing, output))["articles"] == 1


def test_dry_run_lists_new_files_and_changes_nothing(tmp_path):
    landing, output = tmp_path / "landing", tmp_path / "dataset"
    landing.mkdir()
    (landing / "a.txt").write_text(story("harbour dredging"))
    summary_of(run_batch(landing, output))
    (landing / "b.txt").write_text(story("school meals"))
    before = snapshot(output)
    listing = run_batch(landing, output, "--dry-run")
    report = orjson.loads(listing.stdout.strip().splitlines()[-1])
    assert listing.returncode == 0 and report["files"] == 1
    assert report["would_take"][0]["uri"].endswith("b.txt")
    assert snapshot(output) == before


def test_dead_letter_ratio_above_the_limit_exits_4(tmp_path):
    landing, output = tmp_path / "landing", tmp_path / "dataset"
    landing.mkdir()
    (landing / "a.txt").write_text(story("harbour dredging"))
    (landing / "bad.json").write_text('{"title": ')
    result = run_batch(landing, output, "--max_dead_letter_ratio=0.2")
    assert result.returncode == 4
    assert "dead-letter ratio" in result.stderr
    assert (output / "_SUCCESS").exists()  # the data is committed; the code flags it


def test_dedup_horizon_bounds_the_index_and_what_it_catches(tmp_path):
    landing, output = tmp_path / "landing", tmp_path / "dataset"
    landing.mkdir()
    (landing / "a.txt").write_text(story("harbour dredging"))
    # A run from long ago (its run id carries its date): its fingerprints are filed
    # under that date, already outside the horizon, so they are dropped at once.
    old = run_batch(landing, output, "--run_id", "20200101T000000Z-old")
    summary_of(old)
    assert "older than the 30-day dedup horizon" in old.stderr
    assert not (output / "_state" / "fingerprints" / "date=2020-01-01").exists()
    (landing / "a-rescrape.txt").write_text(rescrape(story("harbour dredging")))
    later = summary_of(run_batch(landing, output, "--dedup_horizon", "30"))
    # Beyond the horizon the old copy is not seen: the re-scrape is a new article.
    assert (later["articles"], later["duplicates"]) == (1, 0)
    assert (output / "_state" / "fingerprints").exists()
    (landing / "a-third.txt").write_text(rescrape(rescrape(story("harbour dredging"))))
    inside = summary_of(run_batch(landing, output, "--dedup_horizon", "30"))
    assert (inside["articles"], inside["duplicates"]) == (0, 1)


def test_overwrite_killed_halfway_through_clearing_ends_as_the_new_dataset(tmp_path):
    old_landing, new_landing = tmp_path / "old", tmp_path / "new"
    output = tmp_path / "dataset"
    old_landing.mkdir()
    new_landing.mkdir()
    (old_landing / "a.txt").write_text(story("harbour dredging"))
    (old_landing / "b.txt").write_text(story("school meals"))
    summary_of(run_batch(old_landing, output, *ONE_PROCESS))
    (new_landing / "c.txt").write_text(story("wind farm permits"))
    signal_file = tmp_path / "reached"
    env = dict(os.environ, NEWSBEAM_FAULT_PAUSE_AT="clear",
               NEWSBEAM_FAULT_SIGNAL_FILE=str(signal_file))
    job = subprocess.Popen(batch_args(new_landing, output, "--overwrite", *ONE_PROCESS),
                           env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           start_new_session=True)
    wait_for(signal_file, job)
    os.killpg(job.pid, signal.SIGKILL)
    job.wait(timeout=30)
    assert not (output / "_SUCCESS").exists()  # half-replaced: not marked done
    listing = run_batch(new_landing, output, "--dry-run")
    assert listing.returncode == 0, listing.stderr[-2000:]
    data = assert_consistent(output)
    assert [Path(a["source"]["uri"]).name for a in data["articles"]] == ["c.txt"]
    assert len(list((output / "_runs").glob("*.json"))) == 1
    assert (output / "_SUCCESS").exists()


def test_reprocess_links_records_to_the_existing_ones_and_doubles_nothing(tmp_path):
    landing, output = tmp_path / "landing", tmp_path / "dataset"
    landing.mkdir()
    (landing / "a.txt").write_text(story("harbour dredging"))
    (landing / "b.txt").write_text(story("school meals"))
    summary_of(run_batch(landing, output))
    again = summary_of(run_batch(landing, output, "--reprocess"))
    assert (again["files_taken"], again["articles"], again["duplicates"]) == (2, 0, 2)
    data = assert_consistent(output)
    for dup in data["duplicates"]:
        assert dup["id"] != dup["duplicate_of"] and dup["method"] == "exact_body"


def test_refusals_say_why_on_stderr_and_in_one_json_line(tmp_path):
    landing, output = tmp_path / "landing", tmp_path / "dataset"
    landing.mkdir()
    (landing / "a.txt").write_text(story("harbour dredging"))
    for extra, phrase in ((["--dedup_horizon", "-1"], "--dedup_horizon"),
                          (["--max_dead_letter_ratio", "2"], "--max_dead_letter_ratio"),
                          (["--dry_run"], "--dry-run")):
        result = run_batch(landing, output, *extra)
        assert result.returncode == 2 and phrase in result.stderr
        line = orjson.loads(result.stdout.strip().splitlines()[-1])
        assert line["status"] == "bad_args" and line["exit_code"] == 2
    summary_of(run_batch(landing, output, "--run_id", "nightly-1"))
    reused = run_batch(landing, output, "--run_id", "nightly-1")
    assert reused.returncode == 2 and "already used" in reused.stderr


def test_an_unreadable_lock_left_by_a_killed_writer_is_broken(tmp_path):
    landing, output = tmp_path / "landing", tmp_path / "dataset"
    landing.mkdir()
    output.mkdir()
    (landing / "a.txt").write_text(story("harbour dredging"))
    lock = output / "_lock"
    lock.write_bytes(b"")  # killed between creating the lock and writing it
    old = time.time() - 60
    os.utime(lock, (old, old))
    assert summary_of(run_batch(landing, output))["articles"] == 1
    assert not lock.exists()
