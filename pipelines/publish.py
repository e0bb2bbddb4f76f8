"""Publish article files to Kafka, as a crawler would: `newsbeam publish DIR --topic T`.

    newsbeam publish sample_corpus/articles --topic articles --bootstrap-servers 127.0.0.1:9092

One message per file (raw text, HTML or a JSON record), except JSON Lines files
(`.jsonl`, `.jsonl.gz`): one message per line. The message key is the file's
path relative to DIR (plus `#<line>`); headers carry the content type.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import orjson

from transforms.read import is_input_name

CONTENT_TYPES = {".html": "text/html", ".htm": "text/html", ".json": "application/json",
                 ".jsonl": "application/json", ".txt": "text/plain"}


def messages_of(root: Path) -> Iterator[tuple[str, bytes, list[tuple[str, bytes]]]]:
    """(key, value, headers) for every input file under `root`, in path order."""
    files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
    for path in files:
        if not is_input_name(str(path)):
            continue
        key = path.name if root.is_file() else str(path.relative_to(root))
        name = path.name.lower().removesuffix(".gz")
        suffix = Path(name).suffix
        headers = [("content-type", CONTENT_TYPES.get(suffix, "application/octet-stream")
                    .encode())]
        data = path.read_bytes()
        if suffix == ".jsonl":
            text = gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data
            for number, line in enumerate(text.splitlines()):
                if line.strip():
                    yield f"{key}#{number}", line, headers
        else:
            yield key, data, headers


def run(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="newsbeam publish", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", type=Path, help="a file or a folder of article files")
    parser.add_argument("--topic", required=True)
    parser.add_argument("--bootstrap-servers", "--bootstrap_servers", dest="bootstrap",
                        default="127.0.0.1:9092")
    parser.add_argument("--repeat", type=int, default=1,
                        help="publish everything this many times (load tests)")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    if not args.path.exists():
        print(f"no such file or folder: {args.path}", file=sys.stderr)
        return 2
    from confluent_kafka import Producer

    producer = Producer({"bootstrap.servers": args.bootstrap, "linger.ms": 20,
                         "enable.idempotence": True, "message.max.bytes": 16 * 1024 * 1024})
    failures: list[str] = []

    def delivered(err, msg) -> None:
        if err is not None:
            failures.append(f"{msg.key()!r}: {err}")

    started = time.time()
    count = 0
    for _ in range(args.repeat):
        for key, value, headers in messages_of(args.path):
            while True:
                try:
                    producer.produce(args.topic, key=key.encode(), value=value,
                                     headers=headers, on_delivery=delivered)
                    break
                except BufferError:
                    producer.poll(0.5)  # local queue full: let deliveries drain
            count += 1
            producer.poll(0)
    left = producer.flush(60)
    report = {"topic": args.topic, "messages": count, "failed": len(failures) + left,
              "seconds": round(time.time() - started, 2)}
    print(orjson.dumps(report).decode())
    for failure in failures[:10]:
        print(failure, file=sys.stderr)
    return 0 if not failures and not left else 3


if __name__ == "__main__":
    sys.exit(run())
