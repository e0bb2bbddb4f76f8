"""The long-lived output dataset: lock, crash recovery, incremental state.

    DIR/_lock                               who is writing (run id, host, pid, time)
    DIR/_runs/<run-id>.json                 each run: inputs taken, counts, status
    DIR/_state/files/*.jsonl                content hashes of input files taken
    DIR/_state/fingerprints/date=D/*.jsonl  dedup fingerprints of articles kept by runs on day D
    DIR/_LATEST, DIR/_manifest.json, DIR/_SUCCESS   the latest committed run

All through Beam's FileSystems, so the dataset may live on any filesystem Beam
supports. The lock is created exclusively on local disks; elsewhere it is
written and read back (best effort: object stores have no exclusive create).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import socket
import time
from typing import Any

import orjson
from apache_beam.io.filesystems import FileSystems

from transforms import write

LOG = logging.getLogger(__name__)
LOCK = "_lock"
DEFAULT_STALE_LOCK_SECONDS = 6 * 3600


UNREADABLE_LOCK_GRACE_SECONDS = 10


def _mtime(path: str) -> float:
    try:
        return FileSystems.match([path])[0].metadata_list[0].last_updated_in_seconds
    except Exception:
        return 0.0


class LockHeld(Exception):
    """Another run holds the dataset."""


def _path(output: str, *parts: str) -> str:
    return FileSystems.join(output, *parts)


def _is_local(path: str) -> bool:
    return "://" not in path


def _read_json(path: str) -> dict[str, Any] | None:
    try:
        with FileSystems.open(path) as handle:
            return orjson.loads(handle.read())
    except Exception:  # missing or half-written: treated as absent
        return None


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def lock_is_stale(holder: dict[str, Any], stale_seconds: float) -> bool:
    """A lock is stale when its process is gone (same host) or it is older than the limit."""
    if holder.get("host") == socket.gethostname():
        # Same machine: the process tells, whatever the age (long runs are not stale).
        return not _pid_alive(int(holder.get("pid", 0)))
    return time.time() - float(holder.get("created", 0)) > stale_seconds


def acquire_lock(output: str, run_id: str,
                 stale_seconds: float = DEFAULT_STALE_LOCK_SECONDS) -> dict[str, Any]:
    path = _path(output, LOCK)
    me = {"run_id": run_id, "host": socket.gethostname(), "pid": os.getpid(),
          "created": time.time()}
    data = orjson.dumps(me)
    for _ in range(2):
        holder = _read_json(path) if FileSystems.exists(path) else None
        if holder is None and FileSystems.exists(path):
            # Unreadable: a writer killed between creating and filling it. A live
            # writer fills it within milliseconds, so a few seconds' age settles it.
            holder = {"run_id": "(unreadable lock)", "host": "", "pid": 0,
                      "created": _mtime(path)}
            stale_seconds = min(stale_seconds, UNREADABLE_LOCK_GRACE_SECONDS)
        if holder is not None:
            if not lock_is_stale(holder, stale_seconds):
                raise LockHeld(
                    f"{output} is locked by run {holder.get('run_id')} (host "
                    f"{holder.get('host')}, pid {holder.get('pid')}, since "
                    f"{dt.datetime.fromtimestamp(holder.get('created', 0), dt.UTC).isoformat()})"
                    f"; a lock is stale once its process is gone or after {stale_seconds:.0f} s")
            LOG.warning("breaking stale lock of run %s", holder.get("run_id"))
            FileSystems.delete([path])
        if _is_local(path):
            os.makedirs(output, exist_ok=True)
            try:
                fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                continue  # someone else won the race: look at their lock
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            return me
        with FileSystems.create(path) as handle:
            handle.write(data)
        if (_read_json(path) or {}).get("run_id") == run_id:
            return me
    raise LockHeld(f"{output} is locked by another run that started at the same moment")


def release_lock(output: str, run_id: str) -> None:
    path = _path(output, LOCK)
    holder = _read_json(path)
    if holder and holder.get("run_id") == run_id:
        FileSystems.delete([path])


def _list(pattern: str) -> list[str]:
    try:
        return [m.path for m in FileSystems.match([pattern])[0].metadata_list]
    except Exception:
        return []


def recover(output: str) -> list[str]:
    """Finish runs that crashed while committing; drop staging of runs that never did.

    Call with the lock held. Returns the ids of the runs rolled forward.
    """
    rolled = []
    for path in sorted(_list(_path(output, write.RUNS, "*.json"))):
        manifest = _read_json(path)
        if manifest is None:
            LOG.warning("run manifest %s cannot be read; left as it is", path)
        elif manifest.get("status") == "committing":
            LOG.warning("run %s crashed while committing: finishing it", manifest["run_id"])
            write.continue_commit(output, manifest)
            rolled.append(manifest["run_id"])
    staging_root = _path(output, write.STAGING)
    if FileSystems.exists(staging_root):
        FileSystems.delete([staging_root])  # runs that died before committing: never visible
    for pattern in ("*.tmp-*", f"{write.RUNS}/*.tmp-*"):
        for leftover in _list(_path(output, pattern)):
            FileSystems.delete([leftover])  # half-written small files of a killed run
    return rolled


def _index_folders(output: str) -> dict[str, dt.date]:
    folders = {}
    for path in _list(_path(output, write.INDEX_STATE, "date=*", "*.jsonl")):
        folder = path.rsplit("/", 1)[0]
        try:
            folders[folder] = dt.date.fromisoformat(folder.rsplit("date=", 1)[-1])
        except ValueError:
            continue
    return folders


def prune_index(output: str, today: dt.date, horizon_days: int) -> int:
    """Delete fingerprints older than the horizon, so the index stops growing."""
    earliest = today - dt.timedelta(days=horizon_days)
    old = [folder for folder, day in _index_folders(output).items() if day < earliest]
    for folder in old:
        FileSystems.delete([folder])
    return len(old)


def index_globs(output: str, today: dt.date, horizon_days: int) -> list[str]:
    """Fingerprint files of the dates inside the dedup horizon (and later dates)."""
    earliest = today - dt.timedelta(days=horizon_days)
    return sorted(_path(folder, "*.jsonl")
                  for folder, day in _index_folders(output).items() if day >= earliest)


def processed_hashes(output: str) -> set[str]:
    """Content hashes of the files earlier runs took (read here only for --dry-run)."""
    hashes: set[str] = set()
    for path in _list(_path(output, write.FILES_STATE, "*.jsonl")):
        with FileSystems.open(path) as handle:
            for line in handle.read().splitlines():
                if line.strip():
                    hashes.add(orjson.loads(line)["content_hash"])
    return hashes


RUN_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


def valid_run_id(run_id: str) -> bool:
    """Run ids name files and folders: letters, digits, dot, dash, underscore only."""
    return bool(RUN_ID.fullmatch(run_id)) and ".." not in run_id
