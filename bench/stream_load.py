"""Stream benchmark: a steady load into a local Kafka broker, the stream job
consuming it, and the latency from produce to the record being in a committed file.

    python -m bench.stream_load --rate 250 --seconds 120 --window-seconds 10

Starts its own broker (scripts/kafka.sh, a free port, a temporary folder) unless
--bootstrap-servers is given. Messages are generated scraped pages (bench/generate.py,
~800 words, a share of copies). Each message's produce time is taken from its
delivery report; each pane ledger says when its records became durable.

Reports: offered rate, the commit rate while loaded, p50/p95/max latency
(produce -> committed file), whether latency grows over the load (a job that
cannot keep up falls further behind: `keeps_up` compares the median latency of
the last quarter of messages with the first), the backlog at the end, accounting.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import orjson

from bench.generate import generate

ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * (len(ordered) - 1) + 0.5))]


def pages(count: int, folder: Path, seed: int) -> list[bytes]:
    generate(count, folder, "text", dup_share=0.15, seed=seed)
    return [p.read_bytes() for p in sorted(folder.iterdir())]


def produce_steadily(bootstrap: str, topic: str, values: list[bytes], rate: float,
                     seconds: float, produced: dict) -> None:
    """Produce at `rate` messages/s for `seconds`; records each offset's produce time."""
    from confluent_kafka import Producer

    producer = Producer({"bootstrap.servers": bootstrap, "linger.ms": 5})

    def delivered(err, msg, sent=None):
        if err is None:
            produced[(msg.partition(), msg.offset())] = sent

    start = time.time()
    count = 0
    while time.time() - start < seconds:
        due = int((time.time() - start) * rate)
        while count < due:
            sent = time.time()
            producer.produce(topic, value=values[count % len(values)],
                             key=str(count).encode(),
                             on_delivery=lambda e, m, s=sent: delivered(e, m, s))
            count += 1
        producer.poll(0)
        time.sleep(0.01)
    producer.flush(60)


def commit_delays(output: Path) -> list[float]:
    """Seconds from each on-time pane's window end to its commit."""
    delays = []
    for path in (output / "_stream" / "commits").glob("*.json"):
        try:
            ledger = orjson.loads(path.read_bytes())
        except orjson.JSONDecodeError:
            continue
        if ledger.get("timing") == "on_time":
            delays.append(ledger["committed_at"] - ledger["window"][1])
    return sorted(delays)


def durable_times(output: Path) -> dict[tuple[int, int], float]:
    done: dict[tuple[int, int], float] = {}
    for path in (output / "_stream" / "commits").glob("*.json"):
        try:
            ledger = orjson.loads(path.read_bytes())
        except orjson.JSONDecodeError:
            continue
        for tp, offsets in ledger.get("offsets", {}).items():
            partition = int(tp.rsplit("/", 1)[1])
            for offset in offsets:
                done[(partition, offset)] = ledger["committed_at"]
    return done


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rate", type=float, default=250.0, help="messages per second offered")
    ap.add_argument("--seconds", type=float, default=120.0, help="length of the load")
    ap.add_argument("--window-seconds", type=float, default=10.0)
    ap.add_argument("--partitions", type=int, default=3)
    ap.add_argument("--bootstrap-servers", default=None)
    ap.add_argument("--drain-seconds", type=float, default=120.0,
                    help="how long to wait after the load for the last records")
    ap.add_argument("--json", type=Path, default=None, help="write the report here too")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="newsbeam-stream-bench-"))
    broker_dir = work / "kafka"
    bootstrap = args.bootstrap_servers
    if bootstrap is None:
        port = _free_port()
        subprocess.run(["bash", str(ROOT / "scripts" / "kafka.sh"), "start", "--port",
                        str(port), "--dir", str(broker_dir)], check=True)
        bootstrap = f"127.0.0.1:{port}"
    job = None
    try:
        from confluent_kafka.admin import AdminClient, NewTopic

        topic = f"bench-{int(time.time())}"
        admin = AdminClient({"bootstrap.servers": bootstrap})
        admin.create_topics([NewTopic(topic, args.partitions, 1)])[topic].result(timeout=60)
        values = pages(2000, work / "pages", seed=5)
        output = work / "dataset"
        job_log = (work / "job.log").open("wb")
        job = subprocess.Popen(
            [sys.executable, "-m", "pipelines.cli", "stream", "--bootstrap-servers", bootstrap,
             "--topic", topic, "--group-id", f"{topic}-g", "--output", str(output),
             "--window-seconds", str(args.window_seconds)],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=job_log,
            start_new_session=True)
        time.sleep(8)  # job start-up (Prism, workers) is not part of the load
        produced: dict[tuple[int, int], float] = {}
        load = threading.Thread(target=produce_steadily, args=(
            bootstrap, topic, values, args.rate, args.seconds, produced))
        started = time.time()
        load.start()
        load.join()
        load_end = time.time()
        backlog_at_end = len(produced) - len(durable_times(output))
        deadline = time.time() + args.drain_seconds
        while time.time() < deadline:
            if len(durable_times(output)) >= len(produced):
                break
            time.sleep(1)
        done = durable_times(output)
        latencies = [done[k] - t for k, t in produced.items() if k in done]
        # Commit throughput between the first and the last commit inside the load
        # (after the first windows): commits come once per window, so the records
        # of commits (c1, ck] over ck - c1; the offered rate when the job keeps up.
        warm = started + 2 * args.window_seconds
        instants = sorted({done[k] for k in produced if k in done and warm <= done[k] <= load_end})
        commit_rate = None
        if len(instants) >= 2:
            between = sum(1 for k in produced
                          if k in done and instants[0] < done[k] <= instants[-1])
            commit_rate = round(between / (instants[-1] - instants[0]), 1)
        by_send = sorted((t, done[k] - t) for k, t in produced.items() if k in done)
        quarter = max(1, len(by_send) // 4)
        first = statistics.median(lat for _, lat in by_send[:quarter]) if by_send else None
        last = statistics.median(lat for _, lat in by_send[-quarter:]) if by_send else None
        report = {
            "offered_rate": args.rate,
            "load_seconds": round(load_end - started, 1),
            "produced": len(produced),
            "durable": len(latencies),
            "missing_after_drain": len(produced) - len(latencies),
            "backlog_at_end_of_load": backlog_at_end,
            "commit_rate_during_load": commit_rate,
            "latency_p50_s": round(statistics.median(latencies), 2) if latencies else None,
            "latency_p95_s": round(_percentile(latencies, 0.95), 2) if latencies else None,
            "latency_max_s": round(max(latencies), 2) if latencies else None,
            "latency_median_first_quarter_s": round(first, 2) if first is not None else None,
            "latency_median_last_quarter_s": round(last, 2) if last is not None else None,
            "keeps_up": bool(latencies) and last is not None and first is not None
            and last - first < args.window_seconds,
            "window_seconds": args.window_seconds,
            "commit_delay_after_window_end_s": [round(d, 1) for d in commit_delays(output)],
            "target": f">= 200 msg/s sustained, p95 < window + 15 s "
                      f"= {args.window_seconds + 15:.0f} s",
        }
        print(orjson.dumps(report, option=orjson.OPT_INDENT_2).decode())
        if args.json:
            args.json.write_bytes(orjson.dumps(report, option=orjson.OPT_INDENT_2))
        return 0
    finally:
        if job is not None and job.poll() is None:
            os.killpg(job.pid, signal.SIGINT)  # drain, as a user would stop it
            try:
                job.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(job.pid, signal.SIGKILL)
        if args.bootstrap_servers is None:
            subprocess.run(["bash", str(ROOT / "scripts" / "kafka.sh"), "stop", "--port",
                            bootstrap.rsplit(":", 1)[1], "--dir", str(broker_dir)],
                           capture_output=True)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
