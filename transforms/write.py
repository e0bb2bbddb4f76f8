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
import os
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

from transforms import faults

LOG = logging.getLogger(__name__)

ARTICLES = "articles"
DUPLICATES = "duplicates"
DEAD_LETTER = "dead_letter"
STAGING = "_staging"
MANIFEST = "_manifest.json"
SUCCESS = "_SUCCESS"
LATEST = "_LATEST"  # id of the latest committed run
RUNS = "_runs"  # one manifest per run: inputs taken, counts, status
FILES_STATE = "_state/files"  # content hashes of input files already taken
INDEX_STATE = "_state/fingerprints"  # dedup fingerprints of kept articles, by run date
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


class StagedFiles:
    """One bundle's staged files of one kind: one file per partition, opened on
    first use; `close` returns the reports (kind, partition, staged path, count)."""

    def __init__(self, output_dir: str, run_id: str, kind: str, partitioned: bool = True,
                 partitioner=partition_of) -> None:
        self.output_dir = output_dir
        self.run_id = run_id
        self.kind = kind
        self.partitioned = partitioned
        self.partitioner = partitioner
        self._open: dict[str, tuple[str, Any, int]] = {}

    def write(self, record: dict[str, Any]) -> None:
        partition = self.partitioner(record) if self.partitioned else ""
        entry = self._open.get(partition)
        if entry is None:
            name = f"part-{self.run_id}-{uuid.uuid4().hex[:12]}.jsonl"
            parts = [staging_dir(self.output_dir, self.run_id), *self.kind.split("/")]
            if partition:
                parts.extend(partition.split("/"))
            path = join(*parts, name)
            entry = (path, FileSystems.create(path, mime_type="application/x-ndjson"), 0)
        path, handle, count = entry
        handle.write(orjson.dumps(record) + b"\n")
        self._open[partition] = (path, handle, count + 1)

    def close(self) -> list[tuple[str, str, str, int]]:
        reports = []
        for partition, (path, handle, count) in self._open.items():
            handle.close()
            reports.append((self.kind, partition, path, count))
        self._open = {}
        return reports


def report_value(report: tuple[str, str, str, int]) -> WindowedValue:
    """A staged-file report as emitted from finish_bundle (global window)."""
    return WindowedValue(report, MIN_TIMESTAMP, [GlobalWindow()])


class StageFilesDoFn(beam.DoFn):
    """Writes each bundle's records into one staged file per partition."""

    def __init__(self, output_dir: str, run_id: str, kind: str, partitioned: bool,
                 partitioner=partition_of) -> None:
        self.output_dir = output_dir
        self.run_id = run_id
        self.kind = kind
        self.partitioned = partitioned
        self.partitioner = partitioner
        self.records = Metrics.counter("newsbeam.write", f"{kind}_records")

    def start_bundle(self) -> None:
        self._files = StagedFiles(self.output_dir, self.run_id, self.kind, self.partitioned,
                                  self.partitioner)

    def process(self, record: dict[str, Any]):
        self._files.write(record)
        self.records.inc()

    def finish_bundle(self):
        reports = self._files.close()
        for report in reports:
            yield report_value(report)
        if reports:
            faults.pause_point("write")


class StageJsonl(beam.PTransform):
    """Records -> staged files, as (kind, partition, staged path, record count)."""

    def __init__(self, output_dir: str, run_id: str, kind: str, partitioned: bool = True,
                 partitioner=partition_of):
        super().__init__()
        self.output_dir = output_dir
        self.run_id = run_id
        self.kind = kind
        self.partitioned = partitioned
        self.partitioner = partitioner

    def expand(self, records):
        return records | "StageFiles" >> beam.ParDo(
            StageFilesDoFn(self.output_dir, self.run_id, self.kind, self.partitioned,
                           self.partitioner))


def index_partition(entry: dict[str, Any], run_date: str) -> str:
    """Fingerprints are filed by the date of the run that kept the article, so a run
    reads only the runs inside its dedup horizon (backfills of old news included)."""
    return f"date={run_date}"


def final_path(output_dir: str, kind: str, partition: str, staged_path: str) -> str:
    name = staged_path.rsplit("/", 1)[-1]
    parts = [output_dir, *kind.split("/"), *([p for p in partition.split("/") if p])]
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
    if "://" not in path:
        os.replace(tmp, path)  # atomic on a local disk: never a moment without the file
        return
    if FileSystems.exists(path):
        FileSystems.delete([path])
    FileSystems.rename([tmp], [path])


def commit_plan(output_dir: str,
                staged: list[tuple[str, str, str, int]]) -> tuple[list[list[str]], dict]:
    """The renames that publish a run, and its record counts per kind and partition."""
    plan: list[list[str]] = []
    counts: dict[str, dict[str, int]] = {}
    for kind, partition, path, count in sorted(staged):
        plan.append([path, final_path(output_dir, kind, partition, path)])
        per_kind = counts.setdefault(kind, {})
        key = partition or "all"
        per_kind[key] = per_kind.get(key, 0) + count
    return plan, counts


def apply_plan(plan: list[list[str]]) -> int:
    """Do the renames of a plan; safe to repeat after a crash (done ones are skipped)."""
    done = 0
    for parent in sorted({dst.rsplit("/", 1)[0] for _, dst in plan}):
        _ensure_dir(parent)
    for index, (src, dst) in enumerate(plan):
        if FileSystems.exists(src):
            if FileSystems.exists(dst):
                FileSystems.delete([dst])  # a half-finished earlier attempt
            FileSystems.rename([src], [dst])
            done += 1
        elif not FileSystems.exists(dst):
            raise FileNotFoundError(f"staged file {src} is missing and {dst} was never written")
        if index == 0:
            faults.pause_point("commit")
    return done


def runs_path(output_dir: str, run_id: str) -> str:
    return join(output_dir, RUNS, f"{run_id}.json")


def finish_commit(output_dir: str, manifest: dict[str, Any]) -> None:
    """After the renames: the run's manifest says committed, then the dataset-level
    manifest, latest-run pointer and `_SUCCESS` (last)."""
    run_id = manifest["run_id"]
    final = {k: v for k, v in manifest.items() if k != "plan"}
    final["status"] = manifest.get("outcome", "ok")
    data = orjson.dumps(final, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS)
    write_bytes(runs_path(output_dir, run_id), data)
    write_bytes(join(output_dir, MANIFEST), data)
    write_bytes(join(output_dir, LATEST), run_id.encode() + b"\n")
    for kind in (ARTICLES, DUPLICATES, DEAD_LETTER):
        _ensure_dir(join(output_dir, kind))  # readers may glob them even when empty
    if final["status"] == "ok":
        write_bytes(join(output_dir, SUCCESS), b"")
    remove_staging(output_dir, run_id)


def commit_run(output_dir: str, manifest: dict[str, Any]) -> None:
    """Publish a staged run: plan first (durable), then renames, then pointers.

    A crash before the plan is written leaves the dataset as it was (the staging
    folder is dropped by the next run's recovery); a crash after it is rolled
    forward by recovery from the plan, so the run ends fully visible.
    """
    run_path = runs_path(output_dir, manifest["run_id"])
    if FileSystems.exists(run_path):
        done = orjson.loads(read_all(run_path))
        if done.get("status") != "committing":
            return  # a retried commit of a run already published: nothing to do
    intent = dict(manifest, status="committing")
    write_bytes(run_path, orjson.dumps(intent, option=orjson.OPT_SORT_KEYS))
    continue_commit(output_dir, intent)


def continue_commit(output_dir: str, intent: dict[str, Any]) -> None:
    """Everything after the durable plan; recovery calls this too, so each step is
    safe to repeat."""
    success = join(output_dir, SUCCESS)
    if FileSystems.exists(success):
        FileSystems.delete([success])  # no reader may take a half-published dataset as done
    if intent.get("replaces_dataset"):
        clear_dataset(output_dir, keep_run=intent["run_id"],
                      keep_paths={dst for _, dst in intent["plan"]})
    apply_plan(intent["plan"])
    finish_commit(output_dir, intent)


def read_all(path: str) -> bytes:
    with FileSystems.open(path) as handle:
        return handle.read()


def clear_dataset(output_dir: str, keep_run: str | None = None,
                  keep_paths: set[str] | None = None) -> None:
    """Delete a dataset's data, state and run manifests, file by file, except the
    files of `keep_paths` (what the replacing run already moved in) and the
    manifest of `keep_run`.

    `--overwrite` calls this inside the commit, after the new run is fully staged
    and its plan is durable: a failed run never destroys the previous dataset,
    and a crash halfway is finished by recovery.
    """
    keep = set(keep_paths or ())
    if keep_run:
        keep.add(runs_path(output_dir, keep_run))
    for name in (ARTICLES, DUPLICATES, DEAD_LETTER, "_state", RUNS):
        for meta in FileSystems.match([join(output_dir, name, "**")])[0].metadata_list:
            if meta.path not in keep:
                FileSystems.delete([meta.path])
                faults.pause_point("clear")
    for name in (MANIFEST, LATEST, SUCCESS):
        path = join(output_dir, name)
        if FileSystems.exists(path):
            FileSystems.delete([path])


class CommitRunDoFn(beam.DoFn):
    """Runs once, after every staged file exists: commit, manifests, then _SUCCESS."""

    def __init__(self, output_dir: str, run_id: str, run_info: dict[str, Any]) -> None:
        self.output_dir = output_dir
        self.run_id = run_id
        self.run_info = run_info

    def process(self, staged, records_read: int, dead_letter_reasons: dict[str, int],
                files_taken):
        plan, per_kind = commit_plan(self.output_dir, list(staged))
        totals = {kind: sum(per_kind.get(kind, {}).values())
                  for kind in (ARTICLES, DUPLICATES, DEAD_LETTER)}
        accounted = totals[ARTICLES] + totals[DUPLICATES] + totals[DEAD_LETTER]
        by_stage: dict[str, int] = {}
        for key, n in dead_letter_reasons.items():
            stage = key.split(":", 1)[0]
            by_stage[stage] = by_stage.get(stage, 0) + n
        files = sorted(files_taken)  # (uri, content hash, records): by uri, each file once
        manifest = {
            **self.run_info,
            "outcome": "ok" if accounted == records_read else "inconsistent",
            "inputs_taken": [{"uri": uri, "content_hash": digest, "records": records}
                             for uri, digest, records in files],
            "counts": {
                "files_taken": len(files),
                "records_read": records_read,
                "articles": totals[ARTICLES],
                "duplicates": totals[DUPLICATES],
                "dead_letters": totals[DEAD_LETTER],
                "accounted": accounted,
                "dead_letters_by_stage": dict(sorted(by_stage.items())),
                "dead_letters_by_reason": dict(sorted(dead_letter_reasons.items())),
                "articles_by_partition": dict(sorted(per_kind.get(ARTICLES, {}).items())),
                "duplicates_by_partition": dict(sorted(per_kind.get(DUPLICATES, {}).items())),
            },
            "files": len(plan),
            "plan": plan,
        }
        if manifest["outcome"] != "ok":
            LOG.error("accounting mismatch: %d records read, %d written", records_read, accounted)
        commit_run(self.output_dir, manifest)
        yield {**{k: v for k, v in manifest.items() if k != "plan"},
               "status": manifest["outcome"]}


class CommitRun(beam.PTransform):
    """Staged-file reports -> committed dataset; emits the run manifest."""

    def __init__(self, output_dir: str, run_id: str, run_info: dict[str, Any],
                 records_read, dead_letter_reasons, files_taken) -> None:
        super().__init__()
        self.output_dir = output_dir
        self.run_id = run_id
        self.run_info = run_info
        self.records_read = records_read
        self.dead_letter_reasons = dead_letter_reasons
        self.files_taken = files_taken

    def expand(self, staged_reports):
        return (
            staged_reports
            | "AllStagedFiles" >> beam.combiners.ToList()
            | "CommitAndManifest" >> beam.ParDo(
                CommitRunDoFn(self.output_dir, self.run_id, self.run_info),
                records_read=beam.pvalue.AsSingleton(self.records_read),
                dead_letter_reasons=beam.pvalue.AsSingleton(self.dead_letter_reasons),
                files_taken=beam.pvalue.AsList(
                    self.files_taken | "InputsTaken" >> beam.Map(input_taken)),
            )
        )


def input_taken(taken: dict[str, Any]) -> tuple[str, str, int]:
    """What the manifest lists of a taken file, as a tuple: the commit holds one per
    file of the run (a third of the memory of the record)."""
    return (taken["uri"], taken["content_hash"], taken["records"])
