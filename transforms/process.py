"""The per-record processing shared by the batch and stream pipelines.

`CleanAndExtract` runs the cleaning and extraction DoFns in the runner's own
worker. With `cpu_workers > 0` it runs the same pure functions in a local pool
of processes instead: for runners that give a machine one Python worker (Prism
in LOOPBACK mode, a Flink task manager with one SDK harness), the CPU-bound part
then uses every core while the worker itself only moves records.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.utils.windowed_value import WindowedValue

from transforms.clean import CleanArticles, clean_record
from transforms.deadletters import DEAD_LETTER_TAG, dead_letter_from_exception
from transforms.dedup import with_fingerprint
from transforms.extract import ExtractFields, extract_article, validate_article

ARTICLE, DEAD = "article", "dead_letter"
POOL_BATCH = 256  # records handed to the pool at once
POOL_CHUNK = 16  # records per task: small enough to balance the processes


def process_record(raw: dict[str, Any], region_scheme: str,
                   fingerprint: bool = False) -> tuple[str, dict[str, Any]]:
    """One raw record -> ("article", article) or ("dead_letter", dead letter).

    The same steps as the Clean and Extract DoFns, as one pure function.
    """
    stage = "clean"
    try:
        doc = clean_record(raw)
        stage = "extract"
        article = extract_article(doc, region_scheme)
        stage = "validate"
        article = validate_article(article)
    except Exception as exc:  # the record's fault, never the job's
        payload = raw.get("payload")
        return DEAD, dead_letter_from_exception(stage, exc, raw["source"], payload, raw.get("id"))
    return ARTICLE, (with_fingerprint(article) if fingerprint else article)


def process_chunk(chunk: list[dict[str, Any]], region_scheme: str,
                  fingerprint: bool) -> list[tuple[str, dict[str, Any]]]:
    return [process_record(raw, region_scheme, fingerprint) for raw in chunk]


def _ignore_stop_signals() -> None:
    """Pool processes leave SIGINT/SIGTERM to the job (Ctrl-C reaches the whole
    process group): the job drains, then shuts the pool down. Their own session
    keeps group signals away; they exit when the job's pipe closes."""
    if hasattr(os, "setsid"):
        with contextlib.suppress(OSError):
            os.setsid()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)


class PooledProcessDoFn(beam.DoFn):
    """Raw records -> articles (main) and dead letters (tagged), computed in a local
    process pool; each output keeps its input's timestamp and windows."""

    def __init__(self, region_scheme: str, workers: int, fingerprint: bool) -> None:
        self.region_scheme = region_scheme
        self.workers = workers
        self.fingerprint = fingerprint
        self.articles = Metrics.counter("newsbeam.process", "articles")
        self.dead = Metrics.counter("newsbeam.process", "dead_letters")

    def setup(self) -> None:
        # spawn, not fork: the worker holds gRPC threads that must not be forked.
        self._pool = ProcessPoolExecutor(self.workers,
                                         mp_context=multiprocessing.get_context("spawn"),
                                         initializer=_ignore_stop_signals)

    def teardown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

    def start_bundle(self) -> None:
        self._buffer: list[tuple[dict[str, Any], Any, Any, Any]] = []

    def process(self, raw, timestamp=beam.DoFn.TimestampParam,
                window=beam.DoFn.WindowParam, pane=beam.DoFn.PaneInfoParam):
        self._buffer.append((raw, timestamp, window, pane))
        if len(self._buffer) >= POOL_BATCH:
            yield from self._flush()

    def finish_bundle(self):
        yield from self._flush()

    def _flush(self):
        buffered, self._buffer = self._buffer, []
        if not buffered:
            return
        raws = [item[0] for item in buffered]
        chunks = [raws[i:i + POOL_CHUNK] for i in range(0, len(raws), POOL_CHUNK)]
        results: list[tuple[str, dict[str, Any]]] = []
        for part in self._pool.map(process_chunk, chunks, [self.region_scheme] * len(chunks),
                                   [self.fingerprint] * len(chunks)):
            results.extend(part)
        for (_, timestamp, window, pane), (kind, item) in zip(buffered, results, strict=True):
            value = WindowedValue(item, timestamp, [window], pane)
            if kind == ARTICLE:
                self.articles.inc()
                yield value
            else:
                self.dead.inc()
                yield beam.pvalue.TaggedOutput(DEAD_LETTER_TAG, value)


class CleanAndExtract(beam.PTransform):
    """Raw records -> validated articles (`articles`) and dead letters (`dead_letter`).

    `cpu_workers`: 0 runs the DoFns in the runner's worker; N > 0 runs the same
    functions in N local processes (articles then also carry their dedup
    fingerprint, computed there too).
    """

    def __init__(self, region_scheme: str = "m49-region", cpu_workers: int = 0) -> None:
        super().__init__()
        self.region_scheme = region_scheme
        self.cpu_workers = cpu_workers

    def expand(self, raw_records):
        if self.cpu_workers > 0:
            out = raw_records | "CleanExtractInPool" >> beam.ParDo(PooledProcessDoFn(
                self.region_scheme, self.cpu_workers, fingerprint=True)
            ).with_outputs(DEAD_LETTER_TAG, main="articles")
            return {"articles": out.articles, DEAD_LETTER_TAG: out[DEAD_LETTER_TAG]}
        cleaned = raw_records | "Clean" >> CleanArticles()
        extracted = cleaned.cleaned | "Extract" >> ExtractFields(self.region_scheme)
        dead = (
            (cleaned[DEAD_LETTER_TAG], extracted[DEAD_LETTER_TAG])
            | "MergeDeadLetters" >> beam.Flatten()
        )
        return {"articles": extracted.articles, DEAD_LETTER_TAG: dead}
