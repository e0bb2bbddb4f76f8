"""Smoke test of the locally built Prism runner (scripts/install_prism.sh).

1. batch: Create + Map + fixed windows + GroupByKey, and a stateful DoFn that
   buffers per key and flushes on an event-time timer at the window's end.
2. streaming: PeriodicImpulse (an unbounded splittable DoFn with a watermark,
   no TestStream) into 2 s windows; checks that windows fire *while* the source
   is still producing, which the FnApiRunner never does.
Usage: python scripts/check_prism.py [--prism_location PATH]
"""
import argparse
import json
import logging
import os
import sys
import tempfile
import time

import apache_beam as beam
from apache_beam.coders import VarIntCoder
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.testing.util import assert_that, equal_to
from apache_beam.transforms import window
from apache_beam.transforms.periodicsequence import PeriodicImpulse
from apache_beam.transforms.timeutil import TimeDomain
from apache_beam.transforms.userstate import BagStateSpec, TimerSpec, on_timer

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class FlushAtWindowEnd(beam.DoFn):
    """Buffers values per key and window; an event-time timer emits them."""
    BUF = BagStateSpec("buf", VarIntCoder())
    FLUSH = TimerSpec("flush", TimeDomain.WATERMARK)

    def process(self, kv, w=beam.DoFn.WindowParam,
                buf=beam.DoFn.StateParam(BUF), flush=beam.DoFn.TimerParam(FLUSH)):
        buf.add(kv[1])
        flush.set(w.max_timestamp())

    @on_timer(FLUSH)
    def on_flush(self, key=beam.DoFn.KeyParam, w=beam.DoFn.WindowParam,
                 ts=beam.DoFn.TimestampParam, buf=beam.DoFn.StateParam(BUF)):
        yield key, int(w.start), sorted(buf.read()), ts.micros
        buf.clear()


def batch(opts):
    events = [("a", 1, 1), ("b", 2, 2), ("a", 3, 5), ("b", 4, 12), ("a", 5, 15)]
    with beam.Pipeline(options=PipelineOptions(opts)) as p:
        kvs = (p | beam.Create(events)
                 | beam.Map(lambda e: window.TimestampedValue((e[0], e[1] * 10), e[2]))
                   # typed, so the stateful DoFn gets a deterministic key coder
                   .with_output_types(tuple[str, int])
                 | beam.WindowInto(window.FixedWindows(10)))
        grouped = (kvs | beam.GroupByKey()
                       | beam.MapTuple(lambda k, vs, w=beam.DoFn.WindowParam:
                                       (k, int(w.start), sorted(vs))))
        assert_that(grouped, equal_to([("a", 0, [10, 30]), ("b", 0, [20]),
                                       ("a", 10, [50]), ("b", 10, [40])]), label="gbk")
        flushed = kvs | beam.ParDo(FlushAtWindowEnd())
        # The timer fires at the window's max timestamp (end - 1 µs) truncated to
        # ms: portable runners (Prism, FnApiRunner alike) carry timers in millis.
        assert_that(flushed, equal_to([("a", 0, [10, 30], 9_999_000), ("b", 0, [20], 9_999_000),
                                       ("a", 10, [50], 19_999_000), ("b", 10, [40], 19_999_000)]),
                    label="timer")


class Record(beam.DoFn):
    """Appends (window start, count, wall clock) to a file: LOOPBACK workers
    share this machine, so a file is a simple side channel to the checker."""
    def __init__(self, path):
        self.path = path

    def process(self, kv, w=beam.DoFn.WindowParam):
        with open(self.path, "a") as f:
            f.write(json.dumps([float(w.start), kv[1], time.time()]) + "\n")
        yield kv[1]


def streaming(opts, seconds=8):
    out = tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False).name
    # Start on an even second so the 1 s ticks fill 2 s windows exactly (2 each).
    start = time.time() // 2 * 2
    with beam.Pipeline(options=PipelineOptions([*opts, "--streaming"])) as p:
        counts = (p | PeriodicImpulse(start_timestamp=start, stop_timestamp=start + seconds,
                                      fire_interval=1)
                    | beam.WindowInto(window.FixedWindows(2))
                    | beam.Map(lambda _: ("tick", 1))
                    | beam.CombinePerKey(sum)
                    | beam.ParDo(Record(out)))
        assert_that(counts, equal_to([2] * (seconds // 2)))
    end = time.time()
    rows = [json.loads(line) for line in open(out)]
    os.unlink(out)
    assert sum(r[1] for r in rows) == seconds, rows
    fires = sorted(round(r[2] - start, 1) for r in rows)
    # A real streaming runner emits each window soon after its end, long before
    # the source finishes; a batch-style runner emits all at the very end.
    assert fires[0] < seconds - 3, fires
    return fires, end - start


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--prism_location", default=os.path.join(REPO, ".tools", "bin", "prism"))
    args = ap.parse_args()
    logging.basicConfig(level=logging.WARNING)
    opts = ["--runner=PrismRunner", f"--prism_location={args.prism_location}",
            "--environment_type=LOOPBACK"]
    t = time.time()
    batch(opts)
    print(f"batch (Create/Map/GroupByKey/stateful DoFn + event-time timer) OK in {time.time() - t:.1f}s")
    fires, total = streaming(opts)
    print(f"streaming (PeriodicImpulse, 2 s windows) OK: {len(fires)} windows fired at "
          f"+{fires} s, source ran to +{total:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
