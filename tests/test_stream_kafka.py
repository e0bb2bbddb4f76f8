"""The stream job against a real Kafka broker (KRaft, started on a free port):
exactly-once accounting through SIGKILL and restart, offsets committed only for
durable records, copies of the dataset's earlier articles caught."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import orjson
import pytest

from bench.generate import generate
from tests.conftest import ROOT, read_jsonl_tree, story

pytestmark = pytest.mark.e2e
KAFKA_LIBS = ROOT / ".tools" / "kafka" / "libs"
PRISM = ROOT / ".tools" / "bin" / "prism"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def kafka(tmp_path_factory):
    """A real single-node broker for this module, stopped afterwards."""
    if not KAFKA_LIBS.exists() or not PRISM.exists():
        if os.environ.get("CI"):
            pytest.fail("Kafka jars or Prism missing: scripts/test.sh installs them")
        pytest.skip("run scripts/install_kafka.sh and scripts/install_prism.sh")
    port = _free_port()
    folder = tmp_path_factory.mktemp("kafka")
    script = ROOT / "scripts" / "kafka.sh"
    started = subprocess.run(["bash", str(script), "start", "--port", str(port), "--dir",
                              str(folder)], capture_output=True, text=True, timeout=180)
    assert started.returncode == 0, started.stdout + started.stderr
    try:
        yield f"127.0.0.1:{port}"
    finally:
        subprocess.run(["bash", str(script), "stop", "--port", str(port), "--dir", str(folder)],
                       capture_output=True, timeout=120)


def create_topic(bootstrap: str, topic: str, partitions: int = 3) -> None:
    from confluent_kafka.admin import AdminClient, NewTopic

    admin = AdminClient({"bootstrap.servers": bootstrap})
    admin.create_topics([NewTopic(topic, partitions, 1)])[topic].result(timeout=60)


def produce(bootstrap: str, topic: str, values: list[tuple[str, bytes]]) -> None:
    from confluent_kafka import Producer

    producer = Producer({"bootstrap.servers": bootstrap, "linger.ms": 5})
    for key, value in values:
        producer.produce(topic, key=key.encode(), value=value)
    assert producer.flush(60) == 0


def committed(bootstrap: str, group: str, topic: str, partitions: int = 3) -> list[int]:
    from confluent_kafka import Consumer, TopicPartition

    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": group})
    try:
        found = consumer.committed([TopicPartition(topic, p) for p in range(partitions)],
                                   timeout=30)
        return [tp.offset for tp in found]
    finally:
        consumer.close()


def stream_cmd(bootstrap: str, topic: str, group: str, output: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "pipelines.cli", "stream", "--bootstrap-servers", bootstrap,
            "--topic", topic, "--group-id", group, "--output", str(output),
            "--window-seconds", "2", *extra]


def run_stream(bootstrap, topic, group, output, *extra, timeout=300):
    done = subprocess.run(stream_cmd(bootstrap, topic, group, output, "--stop-after-idle", "4",
                                     *extra),
                          cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
    return orjson.loads(done.stdout.strip().splitlines()[-1])


def corpus_messages(folder: Path, count: int, seed: int) -> tuple[list[tuple[str, bytes]], int]:
    """Generated pages (with a known number of copies) plus bad messages."""
    info = generate(count, folder, "text", dup_share=0.25, seed=seed)
    truth = [orjson.loads(line) for line in
             (folder.parent / f"{folder.name}.truth.jsonl").read_bytes().splitlines()]
    copies = sum(1 for t in truth if t["copy_of"] is not None)
    assert info["articles"] == count
    pages = [(p.name, p.read_bytes()) for p in sorted(folder.iterdir())]
    return pages, copies


BAD = [("empty", b""), ("binary", b"\x00\x01\x02\xff" * 200),
       ("broken-json", b'{"title": "half a rec'), ("latin1", b"caf\xe9 cr\xe8me " * 20)]


def wait_until(condition, process: subprocess.Popen, seconds: float = 180) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert process.poll() is None, "the job ended early"
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.2)


def assert_exactly_once(output: Path, produced: int) -> dict[str, list[dict]]:
    data = {kind: read_jsonl_tree(output / kind)
            for kind in ("articles", "duplicates", "dead_letter")}
    positions = [(r["source"]["topic"], r["source"]["partition"], r["source"]["offset"])
                 for kind in data.values() for r in kind]
    doubled = [p for p, n in Counter(positions).items() if n > 1]
    assert not doubled, f"messages written twice: {doubled[:5]}"
    assert len(positions) == produced, {k: len(v) for k, v in data.items()}
    ids = [a["id"] for a in data["articles"]]
    assert len(ids) == len(set(ids))
    kept = set(ids)
    assert all(d["duplicate_of"] in kept for d in data["duplicates"])
    assert not list((output / "_staging").rglob("*.jsonl")) if (output / "_staging").exists() \
        else True
    assert not list(output.rglob("*.tmp-*"))
    return data


@pytest.mark.parametrize("crash", ["mid_stream", "during_commit"])
def test_sigkill_and_restart_account_for_every_message_exactly_once(kafka, tmp_path, crash):
    topic, group, output = f"news-{crash}", f"g-{crash}", tmp_path / "dataset"
    create_topic(kafka, topic)
    pages, copies = corpus_messages(tmp_path / "pages", 120, seed=11)
    first, second = pages[:60] + BAD[:2], pages[60:] + BAD[2:]
    produced = len(first) + len(second)
    produce(kafka, topic, first)

    env = dict(os.environ)
    signal_file = tmp_path / "reached"
    if crash == "during_commit":
        env.update(NEWSBEAM_FAULT_PAUSE_AT="commit", NEWSBEAM_FAULT_SIGNAL_FILE=str(signal_file))
    job = subprocess.Popen(stream_cmd(kafka, topic, group, output), cwd=ROOT, env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           start_new_session=True)
    try:
        if crash == "during_commit":
            wait_until(signal_file.exists, job)  # a pane's ledger is durable, renames begun
        else:
            commits = output / "_stream" / "commits"
            wait_until(lambda: commits.exists() and any(commits.glob("*.json")), job)
            produce(kafka, topic, second)
            time.sleep(1.0)  # some of the second half is in flight
    finally:
        os.killpg(job.pid, signal.SIGKILL)
        job.wait(timeout=30)
    if crash == "during_commit":
        produce(kafka, topic, second)
    before = committed(kafka, group, topic)

    summary = run_stream(kafka, topic, group, output)
    assert summary["status"] == "ok"
    data = assert_exactly_once(output, produced)
    assert len(data["dead_letter"]) == len(BAD)
    # Every injected copy is caught, across the crash too (the restart reloads
    # the fingerprints of what was already written).
    assert len(data["duplicates"]) == copies, (len(data["duplicates"]), copies)
    after = committed(kafka, group, topic)
    assert sum(after) == produced and all(a >= b for a, b in zip(after, before, strict=True))


def test_copies_of_articles_the_batch_job_wrote_are_duplicates(kafka, tmp_path):
    landing, output = tmp_path / "landing", tmp_path / "dataset"
    landing.mkdir()
    original = story("desalination plant")
    (landing / "plant.txt").write_text(original)
    batch = subprocess.run([sys.executable, "-m", "pipelines.cli", "batch", "--input",
                            str(landing / "*"), "--output", str(output),
                            "--direct_num_workers=1", "--direct_running_mode=in_memory"],
                           cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert batch.returncode == 0, batch.stderr[-3000:]
    kept = read_jsonl_tree(output / "articles")[0]["id"]

    topic = "news-after-batch"
    create_topic(kafka, topic)
    produce(kafka, topic, [("copy", original.replace("Tuesday", "Wednesday").encode()),
                           ("new", story("ferry timetable").encode())])
    summary = run_stream(kafka, topic, "g-after-batch", output)
    assert summary["committed"]["articles"] == 1 and summary["committed"]["duplicates"] == 1
    duplicates = read_jsonl_tree(output / "duplicates")
    assert [(d["source"]["key"], d["duplicate_of"]) for d in duplicates] == [("copy", kept)]
    assert len(read_jsonl_tree(output / "articles")) == 2
    assert not (output / "_lock").exists()


def test_sigterm_drains_open_windows_and_exits_cleanly(kafka, tmp_path):
    topic, group, output = "news-drain", "g-drain", tmp_path / "dataset"
    create_topic(kafka, topic)
    pages, _ = corpus_messages(tmp_path / "pages", 30, seed=3)
    produce(kafka, topic, pages)
    # A window far longer than the test: only the drain can commit it.
    log = tmp_path / "job.log"
    with log.open("wb") as errors:
        job = subprocess.Popen([*stream_cmd(kafka, topic, group, output)[:-2],
                                "--window-seconds", "3600"], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=errors, start_new_session=True)
    try:
        wait_until(lambda: (output / "_lock").exists(), job)
        time.sleep(12)  # Prism up, the backlog read; its window is open for an hour
        assert job.poll() is None
        os.killpg(job.pid, signal.SIGTERM)
        out, _ = job.communicate(timeout=180)
    finally:
        if job.poll() is None:
            os.killpg(job.pid, signal.SIGKILL)
    err = log.read_bytes()
    assert job.returncode == 0, err.decode()[-3000:]
    summary = orjson.loads(out.decode().strip().splitlines()[-1])
    assert summary["stopped"] == "signal"
    assert_exactly_once(output, len(pages))
    assert sum(committed(kafka, group, topic)) == len(pages)
    assert not (output / "_lock").exists()
