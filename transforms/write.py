"""Writing: Hive-partitioned JSON Lines, staged then committed.

Beam's `WriteToFiles` silently loses data with nested destinations such as
`date=2021-05-06/region=americas` (see the README), so this module writes its
own files through Beam's `FileSystems` (any filesystem Beam supports):

1. each bundle writes one staged file per partition under
   `DIR/_staging/<run_id>/` and reports (kind, partition, path, count);
2. only files reported by bundles that succeeded are committed, after all
   writes finished: renamed to `DIR/<kind>/<partition>/`, the staging folder
   (with any files of retried bundles) deleted, `_manifest.json` written, and
   `_SUCCESS` written last.
"""

from __future__ import annotations

import logging
import re
import uuid
from typing import Any

import apache_beam as beam
import orjson
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics
from apache_beam.transforms.window import GlobalWindow
from apache_beam.utils.timestamp import MIN_TIMESTAMP
from apache_beam.utils.windowed_value import WindowedValue

LOG = logging.getLogger(__name__)

ARTICLES = "articles"
DUPLICATES = "duplicates"
DEAD_LETTER = "dead_letter"
STAGING = "_staging"
MANIFEST = "_manifest.json"
SUCCESS = "_SUCCESS"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")


def partition_of(record: dict[str, Any]) -> str:
    """`date=YYYY-MM-DD/region=<slug>`; anything else becomes `unknown`.

    Values are whitelisted, not escaped: nothing in an article can make a path
    that leaves the output folder.
    """
    date = record.get("date")
    region = record.get("region")
    date_value = date if isinstance(date, str) and _DATE.fullmatch(date) else "unknown"
    region_value = region if isinstance(region, str) and _SLUG.fullmatch(region) else "unknown"
    return f"date={date_value}/region={region_value}"


def join(*parts: str) -> str:
    return FileSystems.join(*parts) if len(parts) > 1 else parts[0]


def staging_dir(output_dir: str, run_id: str) -> str:
    return join(output_dir, STAGING, run_id)


def remove_staging(output_dir: str, run_id: str) -> None:
    """Delete a run's staging folder, and the staging root once it is empty."""
    staging = staging_dir(output_dir, run_id)
    if FileSystems.exists(staging):
        FileSystems.delete([staging])
    root = join(output_dir, STAGING)
    if FileSystems.exists(root) and not FileSystems.match([join(root, "*")])[0].metadata_list:
        FileSystems.delete([root])


class StageFilesDoFn(beam.DoFn):
    """Writes each bundle's records into one staged file per partition."""

    def __init__(self, output_dir: str, run_id: str, kind: str, partitioned: bool) -> None:
        self.output_dir = output_dir
        self.run_id = run_id
        self.kind = kind
        self.partitioned = partitioned
        self.records = Metrics.counter("newsbeam.write", f"{kind}_records")

    def start_bundle(self) -> None:
        self._open: dict[str, tuple[str, Any, int]] = {}

    def process(self, record: dict[str, Any]):
        partition = partition_of(record) if self.partitioned else ""
        entry = self._open.get(partition)
        if entry is None:
            name = f"part-{self.run_id}-{uuid.uuid4().hex[:12]}.jsonl"
            parts = [staging_dir(self.output_dir, self.run_id), self.kind]
            if partition:
                parts.extend(partition.split("/"))
            path = join(*parts, name)
            entry = (path, FileSystems.create(path, mime_type="application/x-ndjson"), 0)
        path, handle, count = entry
        handle.write(orjson.dumps(record) + b"\n")
        self._open[partition] = (path, handle, count + 1)
        self.records.inc()

    def finish_bundle(self):
        for partition, (path, handle, count) in self._open.items():
            handle.close()
            yield WindowedValue((self.kind, partition, path, count), MIN_TIMESTAMP,
                                [GlobalWindow()])
        self._open = {}


class StageJsonl(beam.PTransform):
    """Records -> staged files, as (kind, partition, staged path, record count)."""

    def __init__(self, output_dir: str, run_id: str, kind: str, partitioned: bool = True):
        super().__init__()
        self.output_dir = output_dir
        self.run_id = run_id
        self.kind = kind
        self.partitioned = partitioned

    def expand(self, records):
        return records | f"Stage{self.kind.title()}" >> beam.ParDo(
            StageFilesDoFn(self.output_dir, self.run_id, self.kind, self.partitioned)
        )


def final_path(output_dir: str, kind: str, partition: str, staged_path: str) -> str:
    name = staged_path.rsplit("/", 1)[-1]
    parts = [output_dir, kind, *([p for p in partition.split("/") if p])]
    return join(*parts, name)


def _ensure_dir(path: str) -> None:
    if not FileSystems.exists(path):
        try:
            FileSystems.mkdirs(path)
        except OSError:
            if not FileSystems.exists(path):
                raise


def write_bytes(path: str, data: bytes) -> None:
    """Write a small file so readers never see it half-written (temp + rename)."""
    tmp = f"{path}.tmp-{uuid.uuid4().hex[:8]}"
    with FileSystems.create(tmp) as handle:
        handle.write(data)
    if FileSystems.exists(path):
        FileSystems.delete([path])
    FileSystems.rename([tmp], [path])


def commit_files(output_dir: str, run_id: str,
                 staged: list[tuple[str, str, str, int]]) -> dict[str, Any]:
    """Move staged files to their final place; returns counts per kind and partition."""
    sources, destinations = [], []
    counts: dict[str, dict[str, int]] = {ARTICLES: {}, DUPLICATES: {}, DEAD_LETTER: {}}
    for kind, partition, path, count in sorted(staged):
        dest = final_path(output_dir, kind, partition, path)
        sources.append(path)
        destinations.append(dest)
        key = partition or "all"
        counts[kind][key] = counts[kind].get(key, 0) + count
    for parent in sorted({d.rsplit("/", 1)[0] for d in destinations}):
        _ensure_dir(parent)
    if sources:
        FileSystems.rename(sources, destinations)
    remove_staging(output_dir, run_id)
    return {
        "files": len(destinations),
        "partitions": counts,
        "totals": {kind: sum(v.values()) for kind, v in counts.items()},
    }


class CommitRunDoFn(beam.DoFn):
    """Runs once, after every staged file exists: commit, manifest, then _SUCCESS."""

    def __init__(self, output_dir: str, run_id: str, run_info: dict[str, Any]) -> None:
        self.output_dir = output_dir
        self.run_id = run_id
        self.run_info = run_info

    def process(self, staged, records_read: int, dead_letter_reasons: dict[str, int]):
        committed = commit_files(self.output_dir, self.run_id, list(staged))
        totals = committed["totals"]
        accounted = totals[ARTICLES] + totals[DUPLICATES] + totals[DEAD_LETTER]
        by_stage: dict[str, int] = {}
        for key, n in dead_letter_reasons.items():
            stage = key.split(":", 1)[0]
            by_stage[stage] = by_stage.get(stage, 0) + n
        manifest = {
            **self.run_info,
            "status": "ok" if accounted == records_read else "inconsistent",
            "counts": {
                "records_read": records_read,
                "articles": totals[ARTICLES],
                "duplicates": totals[DUPLICATES],
                "dead_letters": totals[DEAD_LETTER],
                "accounted": accounted,
                "dead_letters_by_stage": dict(sorted(by_stage.items())),
                "dead_letters_by_reason": dict(sorted(dead_letter_reasons.items())),
                "articles_by_partition": dict(sorted(committed["partitions"][ARTICLES].items())),
                "duplicates_by_partition": dict(
                    sorted(committed["partitions"][DUPLICATES].items())),
            },
            "files": committed["files"],
        }
        if manifest["status"] != "ok":
            LOG.error("accounting mismatch: %d records read, %d written", records_read, accounted)
        write_bytes(join(self.output_dir, MANIFEST),
                    orjson.dumps(manifest, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS))
        write_bytes(join(self.output_dir, SUCCESS), b"")
        yield manifest


class CommitRun(beam.PTransform):
    """Staged-file reports -> committed dataset; emits the run manifest."""

    def __init__(self, output_dir: str, run_id: str, run_info: dict[str, Any],
                 records_read, dead_letter_reasons) -> None:
        super().__init__()
        self.output_dir = output_dir
        self.run_id = run_id
        self.run_info = run_info
        self.records_read = records_read
        self.dead_letter_reasons = dead_letter_reasons

    def expand(self, staged_reports):
        return (
            staged_reports
            | "AllStagedFiles" >> beam.combiners.ToList()
            | "CommitAndManifest" >> beam.ParDo(
                CommitRunDoFn(self.output_dir, self.run_id, self.run_info),
                records_read=beam.pvalue.AsSingleton(self.records_read),
                dead_letter_reasons=beam.pvalue.AsSingleton(self.dead_letter_reasons),
            )
        )
