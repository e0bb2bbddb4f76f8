"""Reading article files: match globs on any Beam filesystem, read each file
with a size bound, decode it into raw records (or dead letters).
"""

from __future__ import annotations

import logging
import time

import apache_beam as beam
import orjson
from apache_beam.io import fileio
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics

from schemas.models import RawRecord
from transforms import faults
from transforms.deadletters import (
    DEAD_LETTER_TAG,
    dead_letter_from_exception,
    make_dead_letter,
)
from transforms.decode import (
    DEFAULT_MAX_FILE_BYTES,
    DEFAULT_MAX_RECORD_CHARS,
    content_hash_of,
    decode_payload,
)

LOG = logging.getLogger(__name__)
PROGRESS_INTERVAL_SECONDS = 10.0
# Files whose names say they are not articles (checksums, markers, our own output).
SKIPPED_BASENAMES = ("_SUCCESS", "_manifest.json", ".DS_Store")


def read_bounded(path: str, max_bytes: int) -> bytes:
    """The file's bytes, at most max_bytes + 1 of them (so 'too large' can be told)."""
    with FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED) as handle:
        return handle.read(max_bytes + 1)


FILES_TAG = "files"  # one entry per input file taken: the incremental state
OVERSIZED_HEAD_BYTES = 4095


def oversized_identity(head: bytes, size: int) -> str:
    """Identity of a file too large to take: its size and first bytes (hashing
    gigabytes only to refuse them would be waste)."""
    return content_hash_of(head + str(size).encode())


def file_identity(path: str, size: int, max_file_bytes: int) -> str:
    """The content identity the reader gives a file (what `--dry-run` lists by)."""
    if size > max_file_bytes:
        return oversized_identity(read_bounded(path, OVERSIZED_HEAD_BYTES), size)
    return content_hash_of(read_bounded(path, max_file_bytes))


def is_input_name(path: str) -> bool:
    """Markers, hidden files and our own output are not articles."""
    name = path.rstrip("/").rsplit("/", 1)[-1]
    return name not in SKIPPED_BASENAMES and not name.startswith(".")


class DecodeFileDoFn(beam.DoFn):
    """One matched file, (path, size in bytes) -> raw records (main), dead letters and
    taken files (tagged).

    A file whose content hash is in `processed` (taken by an earlier run) is
    skipped: renamed or touched files are not new, files changed in place are.
    """

    def __init__(self, max_file_bytes: int, max_record_chars: int, run_id: str = "",
                 id_salt: str = "") -> None:
        self.max_file_bytes = max_file_bytes
        self.max_record_chars = max_record_chars
        self.run_id = run_id
        # A file taken again on purpose (--reprocess) gets new record ids, so its
        # records are linked to the existing ones as copies, never confused with them.
        self.id_salt = id_salt
        self.skipped = Metrics.counter("newsbeam.read", "files_already_processed")
        self.files = Metrics.counter("newsbeam.read", "files")
        self.records = Metrics.counter("newsbeam.read", "records")
        self.dead = Metrics.counter("newsbeam.read", "dead_letters")
        self.bytes = Metrics.counter("newsbeam.read", "bytes")

    def setup(self) -> None:
        self._files_done = 0
        self._records_done = 0
        self._last_report = time.monotonic()

    def process(self, file: tuple[str, int], processed=None):
        path, size = file
        source = {"uri": path, "format": None, "record": 0, "compression": None,
                  "offset": None, "key": None, "partition": None, "topic": None}
        self.files.inc()
        if size > self.max_file_bytes:
            # Do not even read it: a multi-gigabyte file must not sink the worker.
            head = read_bounded(path, OVERSIZED_HEAD_BYTES)
            digest = oversized_identity(head, size)
            if processed and digest in processed:
                self.skipped.inc()
                return
            self.dead.inc()
            yield beam.pvalue.TaggedOutput(DEAD_LETTER_TAG, make_dead_letter(
                "read", "too_large",
                f"file has {size} bytes, limit {self.max_file_bytes}",
                source, head, full_size=size))
            yield beam.pvalue.TaggedOutput(FILES_TAG, self._taken(path, digest,
                                                                  size, 1))
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
        digest = content_hash_of(data)
        if processed and digest in processed:
            self.skipped.inc()
            return
        self.bytes.inc(len(data))
        try:
            results = decode_payload(
                path, data, max_bytes=self.max_file_bytes,
                max_record_chars=self.max_record_chars,
                file_hash=f"{digest}:{self.id_salt}" if self.id_salt else digest)
            for item in results:
                if "stage" not in item:
                    RawRecord.model_validate(item)  # the boundary: a raw record is well-formed
        except Exception as exc:  # a bug or a case nobody foresaw: the file, not the job
            results = [dead_letter_from_exception("decode", exc, source, data)]
        yield beam.pvalue.TaggedOutput(FILES_TAG, self._taken(path, digest, len(data),
                                                              len(results)))
        faults.pause_point("read")
        for item in results:
            if "stage" in item:
                self.dead.inc()
                yield beam.pvalue.TaggedOutput(DEAD_LETTER_TAG, item)
            else:
                self.records.inc()
                yield item
        self._progress(len(results))

    def _taken(self, path: str, digest: str, size: int, records: int) -> dict:
        return {"content_hash": digest, "uri": path, "size": size, "records": records,
                "run_id": self.run_id}

    def _progress(self, records: int) -> None:
        self._files_done += 1
        self._records_done += records
        now = time.monotonic()
        if now - self._last_report >= PROGRESS_INTERVAL_SECONDS:
            self._last_report = now
            LOG.warning("progress: %d files, %d records read by this worker",
                        self._files_done, self._records_done)


def match_distinct_files(patterns: list[str]):
    """(path, size) of every input file the patterns match, each file once although
    patterns may overlap; a pattern that matches nothing is allowed.

    The patterns are few (the job's --input flags): matched one after the other in
    one call, the overlap is removed here rather than by grouping every file path
    across the pipeline (at 100k files that grouping cost the runner ~150 MiB)."""
    seen: set[str] = set()
    for pattern in patterns:
        for metadata in FileSystems.match([pattern])[0].metadata_list:
            path = metadata.path
            if path not in seen and is_input_name(path):
                seen.add(path)
                yield path, metadata.size_in_bytes


class ReadArticleFiles(beam.PTransform):
    """Glob patterns -> raw records (main output `records`) and dead letters.

    Patterns that match nothing are allowed (a landing folder may be empty);
    the summary reports how many files each run took.
    """

    def __init__(self, patterns: list[str], max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
                 max_record_chars: int = DEFAULT_MAX_RECORD_CHARS, processed=None,
                 run_id: str = "", id_salt: str = "") -> None:
        """`processed`: optional PCollection of content hashes taken by earlier runs."""
        super().__init__()
        self.patterns = list(patterns)
        self.max_file_bytes = max_file_bytes
        self.max_record_chars = max_record_chars
        self.processed = processed
        self.run_id = run_id
        self.id_salt = id_salt

    def expand(self, pbegin):
        side = {}
        if self.processed is not None:
            side["processed"] = beam.pvalue.AsDict(
                self.processed | "AsLookup" >> beam.Map(lambda digest: (digest, True)))
        return (
            pbegin
            | "Patterns" >> beam.Create([self.patterns])
            | "MatchDistinctFiles" >> beam.FlatMap(match_distinct_files)
            | "SpreadFiles" >> beam.Reshuffle()
            | "DecodeFiles" >> beam.ParDo(
                DecodeFileDoFn(self.max_file_bytes, self.max_record_chars, self.run_id,
                               self.id_salt), **side
            ).with_outputs(DEAD_LETTER_TAG, FILES_TAG, main="records")
        )


def _json_lines(readable) -> list[dict]:
    return [orjson.loads(line) for line in readable.read().splitlines() if line.strip()]


class ReadJsonLines(beam.PTransform):
    """JSON Lines files (the dataset's own state) -> one dict per line; empty globs allowed."""

    def __init__(self, patterns: list[str]) -> None:
        super().__init__()
        self.patterns = list(patterns)

    def expand(self, pbegin):
        return (
            pbegin
            | "Patterns" >> beam.Create(self.patterns)
            | "MatchFiles" >> fileio.MatchAll(fileio.EmptyMatchTreatment.ALLOW)
            | "ReadMatches" >> fileio.ReadMatches()
            | "ParseLines" >> beam.FlatMap(_json_lines)
        )
