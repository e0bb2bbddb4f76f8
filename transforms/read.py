"""Reading article files: match globs on any Beam filesystem, read each file
with a size bound, decode it into raw records (or dead letters).
"""

from __future__ import annotations

import logging
import time

import apache_beam as beam
from apache_beam.io import fileio
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics

from schemas.models import RawRecord
from transforms.deadletters import DEAD_LETTER_TAG, make_dead_letter
from transforms.decode import DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_RECORD_CHARS, decode_payload

LOG = logging.getLogger(__name__)
PROGRESS_INTERVAL_SECONDS = 10.0
# Files whose names say they are not articles (checksums, markers, our own output).
SKIPPED_BASENAMES = ("_SUCCESS", "_manifest.json", ".DS_Store")


def read_bounded(path: str, max_bytes: int) -> bytes:
    """The file's bytes, at most max_bytes + 1 of them (so 'too large' can be told)."""
    with FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED) as handle:
        return handle.read(max_bytes + 1)


class DecodeFileDoFn(beam.DoFn):
    """One matched file -> raw records (main) and dead letters (tagged)."""

    def __init__(self, max_file_bytes: int, max_record_chars: int) -> None:
        self.max_file_bytes = max_file_bytes
        self.max_record_chars = max_record_chars
        self.files = Metrics.counter("newsbeam.read", "files")
        self.records = Metrics.counter("newsbeam.read", "records")
        self.dead = Metrics.counter("newsbeam.read", "dead_letters")
        self.bytes = Metrics.counter("newsbeam.read", "bytes")

    def setup(self) -> None:
        self._files_done = 0
        self._records_done = 0
        self._last_report = time.monotonic()

    def process(self, metadata):
        path = metadata.path
        source = {"uri": path, "format": None, "record": 0, "compression": None,
                  "offset": None, "key": None, "partition": None, "topic": None}
        self.files.inc()
        if metadata.size_in_bytes > self.max_file_bytes:
            # Do not even read it: a multi-gigabyte file must not sink the worker.
            self.dead.inc()
            yield beam.pvalue.TaggedOutput(DEAD_LETTER_TAG, make_dead_letter(
                "read", "too_large",
                f"file has {metadata.size_in_bytes} bytes, limit {self.max_file_bytes}",
                source, read_bounded(path, 4095), full_size=metadata.size_in_bytes))
            self._progress(1)
            return
        try:
            data = read_bounded(path, self.max_file_bytes)
        except Exception as exc:  # I/O errors are the file's fault, not the job's
            self.dead.inc()
            yield beam.pvalue.TaggedOutput(DEAD_LETTER_TAG, make_dead_letter(
                "read", "unreadable", f"{type(exc).__name__}: {exc}", source, None))
            self._progress(1)
            return
        self.bytes.inc(len(data))
        results = decode_payload(path, data, max_bytes=self.max_file_bytes,
                                 max_record_chars=self.max_record_chars)
        for item in results:
            if "stage" in item:
                self.dead.inc()
                yield beam.pvalue.TaggedOutput(DEAD_LETTER_TAG, item)
            else:
                self.records.inc()
                # Validate at the boundary; the (already plain) dict travels on.
                RawRecord.model_validate(item)
                yield item
        self._progress(len(results))

    def _progress(self, records: int) -> None:
        self._files_done += 1
        self._records_done += records
        now = time.monotonic()
        if now - self._last_report >= PROGRESS_INTERVAL_SECONDS:
            self._last_report = now
            LOG.warning("progress: %d files, %d records read by this worker",
                        self._files_done, self._records_done)


def _is_input_file(metadata) -> bool:
    name = metadata.path.rstrip("/").rsplit("/", 1)[-1]
    return name not in SKIPPED_BASENAMES and not name.startswith(".")


class ReadArticleFiles(beam.PTransform):
    """Glob patterns -> raw records (main output `records`) and dead letters.

    Patterns that match nothing are allowed (a landing folder may be empty);
    the summary reports how many files each run took.
    """

    def __init__(self, patterns: list[str], max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
                 max_record_chars: int = DEFAULT_MAX_RECORD_CHARS) -> None:
        super().__init__()
        self.patterns = list(patterns)
        self.max_file_bytes = max_file_bytes
        self.max_record_chars = max_record_chars

    def expand(self, pbegin):
        return (
            pbegin
            | "Patterns" >> beam.Create(self.patterns)
            | "MatchFiles" >> fileio.MatchAll(fileio.EmptyMatchTreatment.ALLOW)
            | "SkipMarkers" >> beam.Filter(_is_input_file)
            | "DistinctFiles" >> beam.Map(lambda m: (m.path, m))
            | "GroupByPath" >> beam.CombinePerKey(lambda ms: next(iter(ms)))
            | "DropPath" >> beam.Values()
            | "SpreadFiles" >> beam.Reshuffle()
            | "DecodeFiles" >> beam.ParDo(
                DecodeFileDoFn(self.max_file_bytes, self.max_record_chars)
            ).with_outputs(DEAD_LETTER_TAG, main="records")
        )
