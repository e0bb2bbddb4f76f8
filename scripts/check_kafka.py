"""End-to-end check of the local Kafka broker (scripts/kafka.sh) with confluent-kafka.

Creates a 3-partition topic, produces 100 keyed messages, reads them back in a
consumer group with manual commits, and checks the committed offsets.
Usage: python scripts/check_kafka.py [--bootstrap 127.0.0.1:9092]
"""
import argparse
import sys
import time
import uuid

from confluent_kafka import Consumer, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic

N = 100


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bootstrap", default="127.0.0.1:9092")
    bs = ap.parse_args().bootstrap
    # Fresh names each run, so reruns against a kept data dir can't see old data.
    topic, group = f"check-{uuid.uuid4().hex[:8]}", f"check-group-{uuid.uuid4().hex[:8]}"
    t = time.monotonic()

    admin = AdminClient({"bootstrap.servers": bs})
    admin.create_topics([NewTopic(topic, num_partitions=3, replication_factor=1)])[topic].result(timeout=30)
    parts = admin.list_topics(topic, timeout=10).topics[topic].partitions
    assert len(parts) == 3, parts
    print(f"created {topic} with 3 partitions ({time.monotonic() - t:.2f}s)")

    t = time.monotonic()
    p = Producer({"bootstrap.servers": bs, "enable.idempotence": True})
    delivered = []
    for i in range(N):
        p.produce(topic, key=f"k{i % 10}", value=f"msg-{i}",
                  on_delivery=lambda err, m: delivered.append(err or m.partition()))
    assert p.flush(30) == 0, "undelivered messages"
    errors = [d for d in delivered if not isinstance(d, int)]
    assert not errors and len(delivered) == N, errors[:3]
    print(f"produced {N} messages to partitions {sorted(set(delivered))} ({time.monotonic() - t:.2f}s)")

    t = time.monotonic()
    c = Consumer({"bootstrap.servers": bs, "group.id": group, "auto.offset.reset": "earliest",
                  "enable.auto.commit": False})
    c.subscribe([topic])
    seen = set()
    deadline = time.monotonic() + 60
    while len(seen) < N and time.monotonic() < deadline:
        for m in c.consume(num_messages=50, timeout=1.0):
            if m.error():
                raise RuntimeError(m.error())
            seen.add(m.value().decode())
    c.commit(asynchronous=False)
    committed = c.committed([TopicPartition(topic, i) for i in range(3)], timeout=10)
    c.close()
    assert seen == {f"msg-{i}" for i in range(N)}, f"got {len(seen)} of {N}"
    total = sum(tp.offset for tp in committed)
    assert total == N, f"committed offsets sum to {total}, want {N}"
    print(f"consumed {len(seen)} messages in group {group}, committed offsets "
          f"{[tp.offset for tp in committed]} ({time.monotonic() - t:.2f}s)")

    admin.delete_topics([topic])[topic].result(timeout=30)
    print("kafka check OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
