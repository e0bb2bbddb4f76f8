"""Dedup of the batch job without any stage holding every article.

1. `SpillArticlesDoFn`, in the stage that cleans and extracts: each bundle writes
   its articles (and their index entries) to one spill file under the run's
   staging folder, `_staging/<run_id>/_spill/`, through Beam's FileSystems, and
   emits only small things: the spill file's path (once, when the bundle ends) and
   one member record per article. Its bucket entries, packed per key shard, go to
   an entry file beside the spill file (`EntryFile`): only (shard, segment of the
   file) pairs travel, and the grouping by shard moves those, not the entries.
2. `DuplicateLinks` (transforms/dedup.py) turns those into {duplicate id: link}:
   the duplicates only, a fifth or so of the articles.
3. `SplitSpilledDoFn` streams each spill file with the links as a side input and
   stages kept articles, duplicates and the kept articles' index entries exactly
   as `StageJsonl` does, reporting (kind, partition, path, count) for `CommitRun`.

Spill files live under the staging folder, so the commit (and the recovery of a
crashed run, and the clean-up of a failed one) deletes them with it.
"""

from __future__ import annotations

import functools
import uuid
from typing import Any

import apache_beam as beam
import orjson
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics
from apache_beam.transforms.window import GlobalWindow
from apache_beam.utils.timestamp import MIN_TIMESTAMP
from apache_beam.utils.windowed_value import WindowedValue

from schemas.models import Duplicate
from transforms import faults, write
from transforms.dedup import (
    BANDS,
    DEFAULT_KEY_SHARDS,
    DEFAULT_MAX_COMPARE,
    DEFAULT_THRESHOLD,
    DUPLICATE_TAG,
    MEMBERS_TAG,
    NUM_PERM,
    DuplicateLinks,
    EntryFile,
    EntryPacker,
    index_entry,
    mark_duplicate,
    member_of,
    pack_member,
    ref_of,
    with_fingerprint,
    without_fingerprint,
)

SPILL = "_spill"
SPILL_TAG = "spill"
STAGED_TAG = "staged"


def spill_dir(output_dir: str, run_id: str) -> str:
    return write.join(write.staging_dir(output_dir, run_id), SPILL)


def spill_line(article: dict[str, Any]) -> bytes:
    """One spilled article: [article without fingerprint, its index entry]."""
    return orjson.dumps([without_fingerprint(article), index_entry(article)]) + b"\n"


def read_spill(path: str):
    """(article, index entry) pairs of a spill file, streamed."""
    with FileSystems.open(path, mime_type="application/x-ndjson") as handle:
        for line in handle:
            if line.strip():
                article, entry = orjson.loads(line)
                yield article, entry


class SpillArticlesDoFn(beam.DoFn):
    """Articles -> the bundle's spill file and entry file; emits the entry file's
    segments per key shard (main: (shard, (path, offset, length))), member records
    (`members`) and, once per bundle, the path of the spill file (`spill`)."""

    def __init__(self, output_dir: str, run_id: str, shards: int = DEFAULT_KEY_SHARDS,
                 num_perm: int = NUM_PERM, bands: int = BANDS) -> None:
        self.output_dir = output_dir
        self.run_id = run_id
        self.shards = shards
        self.num_perm = num_perm
        self.bands = bands
        self.spilled = Metrics.counter("newsbeam.dedup", "articles_spilled")

    def start_bundle(self) -> None:
        self._packer = EntryPacker(self.shards)
        self._path: str | None = None
        self._handle = None
        self._entries: EntryFile | None = None

    def process(self, article: dict[str, Any]):
        article = with_fingerprint(article, self.num_perm, self.bands)
        member, keys = member_of(article)
        if self._handle is None:
            name = uuid.uuid4().hex
            folder = spill_dir(self.output_dir, self.run_id)
            self._path = write.join(folder, f"spill-{name}.jsonl")
            self._handle = FileSystems.create(self._path, mime_type="application/x-ndjson")
            self._entries = EntryFile(write.join(folder, f"entries-{name}.bin"))
        self._handle.write(spill_line(article))
        self.spilled.inc()
        yield beam.pvalue.TaggedOutput(MEMBERS_TAG, (ref_of(member[0]), pack_member(member)))
        if self._packer.add(keys, member[0]):
            yield from self._entries.write(self._packer.flush())

    def finish_bundle(self):
        if self._handle is None:
            return
        for item in self._entries.write(self._packer.flush()):
            yield WindowedValue(item, MIN_TIMESTAMP, [GlobalWindow()])
        self._entries.close()
        self._handle.close()
        yield beam.pvalue.TaggedOutput(
            SPILL_TAG, WindowedValue(self._path, MIN_TIMESTAMP, [GlobalWindow()]))
        self._handle = self._path = self._entries = None


class SplitSpilledDoFn(beam.DoFn):
    """Spill file paths -> staged kept articles, duplicates and index entries; emits
    the staged-file reports (`staged`), the kept articles (main) and the duplicates
    (`duplicates`)."""

    def __init__(self, output_dir: str, run_id: str, run_date: str) -> None:
        self.output_dir = output_dir
        self.run_id = run_id
        self.run_date = run_date
        self.kept = Metrics.counter("newsbeam.dedup", "articles_kept")
        self.dups = Metrics.counter("newsbeam.dedup", "duplicates")
        self.records = {kind: Metrics.counter("newsbeam.write", f"{kind}_records")
                        for kind in (write.ARTICLES, write.DUPLICATES, write.INDEX_STATE)}

    def start_bundle(self) -> None:
        out, run = self.output_dir, self.run_id
        self._files = {
            write.ARTICLES: write.StagedFiles(out, run, write.ARTICLES),
            write.DUPLICATES: write.StagedFiles(out, run, write.DUPLICATES),
            write.INDEX_STATE: write.StagedFiles(
                out, run, write.INDEX_STATE,
                partitioner=functools.partial(write.index_partition, run_date=self.run_date)),
        }

    def process(self, path: str, links: dict[str, dict[str, Any]]):
        for article, entry in read_spill(path):
            link = links.get(article["id"])
            if link is None:
                self.kept.inc()
                self._stage(write.INDEX_STATE, entry)
                self._stage(write.ARTICLES, article)
                yield article
            else:
                self.dups.inc()
                duplicate = mark_duplicate(article, link)
                Duplicate.model_validate(duplicate)  # the boundary of the duplicates output
                self._stage(write.DUPLICATES, duplicate)
                yield beam.pvalue.TaggedOutput(DUPLICATE_TAG, duplicate)

    def _stage(self, kind: str, record: dict[str, Any]) -> None:
        self._files[kind].write(record)
        self.records[kind].inc()

    def finish_bundle(self):
        reports = [report for files in self._files.values() for report in files.close()]
        for report in reports:
            yield beam.pvalue.TaggedOutput(STAGED_TAG, write.report_value(report))
        if reports:
            faults.pause_point("write")


class SpillDeduplicateAndStage(beam.PTransform):
    """Articles -> staged kept articles, duplicates and index entries.

    Returns a dict: `staged` (reports for `CommitRun`), `articles` (kept) and
    `duplicates` (as records; nothing downstream needs to consume them).
    `existing`: index entries of articles kept by earlier runs.
    """

    def __init__(self, output_dir: str, run_id: str, run_date: str,
                 threshold: float = DEFAULT_THRESHOLD,
                 max_compare: int = DEFAULT_MAX_COMPARE, existing=None,
                 shards: int = DEFAULT_KEY_SHARDS) -> None:
        super().__init__()
        self.output_dir = output_dir
        self.run_id = run_id
        self.run_date = run_date
        self.threshold = threshold
        self.max_compare = max_compare
        self.existing = existing
        self.shards = shards

    def expand(self, articles):
        spilled = articles | "SpillArticles" >> beam.ParDo(
            SpillArticlesDoFn(self.output_dir, self.run_id, self.shards)
        ).with_outputs(MEMBERS_TAG, SPILL_TAG, main="blobs")
        links = (spilled[MEMBERS_TAG], spilled.blobs) | "DuplicateLinks" >> DuplicateLinks(
            self.threshold, self.max_compare, self.existing, self.shards,
            entries_dir=spill_dir(self.output_dir, self.run_id))
        split = (
            spilled[SPILL_TAG]
            | "SpreadSpillFiles" >> beam.Reshuffle()
            | "SplitSpilled" >> beam.ParDo(
            SplitSpilledDoFn(self.output_dir, self.run_id, self.run_date),
                links=beam.pvalue.AsSingleton(links),
            ).with_outputs(DUPLICATE_TAG, STAGED_TAG, main="articles")
        )
        return {"staged": split[STAGED_TAG], "articles": split.articles,
                DUPLICATE_TAG: split[DUPLICATE_TAG]}
