"""The end-of-run summary: a table for people (stderr), one JSON line for schedulers."""

from __future__ import annotations

from typing import Any

from apache_beam.metrics.metric import MetricsFilter

MAX_PARTITION_ROWS = 25  # the biggest partitions; the manifest lists every one


def counters(result) -> dict[str, int]:
    """Committed (or attempted) counter values of a finished run, by 'namespace/name'."""
    try:
        query = result.metrics().query(MetricsFilter())
    except Exception:  # some runners do not report metrics
        return {}
    values: dict[str, int] = {}
    for counter in query.get("counters", []):
        key = f"{counter.key.metric.namespace}/{counter.key.metric.name}"
        value = counter.committed if counter.committed is not None else counter.attempted
        values[key] = values.get(key, 0) + int(value or 0)
    return values


def one_line(manifest: dict[str, Any], elapsed: float) -> dict[str, Any]:
    counts = manifest["counts"]
    return {
        "run_id": manifest["run_id"],
        "status": manifest["status"],
        "output": manifest["output"],
        "files_taken": counts.get("files_taken"),
        "records_read": counts["records_read"],
        "articles": counts["articles"],
        "duplicates": counts["duplicates"],
        "dead_letters": counts["dead_letters"],
        "seconds": round(elapsed, 2),
    }


def render(manifest: dict[str, Any], metrics: dict[str, int], elapsed: float) -> str:
    counts = manifest["counts"]
    read = counts["records_read"]
    rate = read / elapsed if elapsed > 0 else 0.0
    lines = [
        "",
        f"newsbeam run {manifest['run_id']}: {manifest['status']}",
        f"  output      {manifest['output']}",
        "",
        "  stage                     records",
        f"  files matched          {metrics.get('newsbeam.read/files', 0):>10}",
        f"  already taken earlier  {metrics.get('newsbeam.read/files_already_processed', 0):>10}",
        f"  files taken            {counts.get('files_taken', 0):>10}",
        f"  records read           {read:>10}",
        f"  cleaned                {metrics.get('newsbeam.clean/records_cleaned', 0):>10}",
        f"  extracted              {metrics.get('newsbeam.extract/articles_extracted', 0):>10}",
        f"  articles written       {counts['articles']:>10}",
        f"  duplicates written     {counts['duplicates']:>10}",
        f"  dead letters written   {counts['dead_letters']:>10}",
        f"  read = articles + duplicates + dead letters: "
        f"{read} = {counts['articles']} + {counts['duplicates']} + {counts['dead_letters']}"
        f" ({'holds' if counts['accounted'] == read else 'BROKEN'})",
        "",
        "  partition                                   articles  duplicates",
    ]
    partitions = sorted(set(counts["articles_by_partition"]) |
                        set(counts["duplicates_by_partition"]),
                        key=lambda p: -counts["articles_by_partition"].get(p, 0))
    for part in partitions[:MAX_PARTITION_ROWS]:
        lines.append(f"  {part:<42} {counts['articles_by_partition'].get(part, 0):>9}"
                     f" {counts['duplicates_by_partition'].get(part, 0):>11}")
    if len(partitions) > MAX_PARTITION_ROWS:
        lines.append(f"  ... {len(partitions) - MAX_PARTITION_ROWS} more partitions "
                     "(all of them are in _manifest.json)")
    if counts["dead_letters_by_reason"]:
        lines += ["", "  dead letters (stage:reason)"]
        for reason, n in counts["dead_letters_by_reason"].items():
            lines.append(f"  {reason:<42} {n:>9}")
    if read == 0:
        lines += ["", "  no new input: this run wrote no article, duplicate or dead letter"]
    lines += ["", f"  {elapsed:.1f} s, {rate:.1f} records/s", ""]
    return "\n".join(lines)
