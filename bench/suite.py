"""The benchmark suite: the batch job against its baselines, one command.

    python -m bench.suite --sizes 1000,10000,100000 --formats text,jsonl,html --runs 3 \
        --json out.json
    python -m bench.suite --quick                # 1k articles, every format, 1 run

For each format and size, on one reproducible corpus (bench/generate.py, fixed
seed, 20% copies: syndicated, re-scraped, updated), each run measures:

- `newsbeam batch`: the real CLI in a subprocess with the 2-core settings
  (FnApiRunner, `--direct_num_workers=2 --direct_running_mode=multi_processing`);
- `loop`: the same work in one plain Python process (bench/baselines.py);
- `datatrove` (text, jsonl): datatrove's 4-stage MinHash dedup, 2 tasks, from
  its own virtualenv (bench/setup_datatrove.sh), on the same text;
- `trafilatura` (html): trafilatura alone on the same pages, one process per core;

and, on a text corpus where N articles share one daily-briefing template, the job
against the normal corpus of the same size. Every command runs with a timeout.

Reported per command: wall seconds, articles/s, CPU seconds of the whole process
tree (user+sys of every descendant, reaped through a child subreaper), CPU use
(share of all cores), peak RSS of the process tree (sampled every 0.2 s). Ratios
are taken between commands of the same run, then the median over runs. Also: the
per-article cost at the largest size over the next one (100k vs 10k), seconds per
stage of the loop, a cProfile of the loop on a sample, and a dedup check of each
job run against the corpus truth (copies missed, wrong merges).
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import os
import platform
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import orjson

from bench.baselines import input_files
from bench.generate import generate

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPORA = HERE / "corpora"
DATATROVE_PYTHON = HERE / ".venv-datatrove" / "bin" / "python"
PAGE = os.sysconf("SC_PAGE_SIZE")
# The job's settings for a 2-core machine (documented in the README): Beam's Python
# runner with one worker process per core.
JOB_FLAGS = ["--runner=FnApiRunner", "--direct_num_workers=2",
             "--direct_running_mode=multi_processing"]
# Timeout of one command: a fixed part plus seconds per article (HTML costs more).
TIMEOUT_BASE = 300.0
TIMEOUT_PER_ARTICLE = {"text": 0.05, "jsonl": 0.05, "html": 0.15, "datatrove": 0.1}
CORPUS_TAG = "g4"  # bump when bench/generate.py output changes: corpora are cached
NOT_INSTALLED = "not installed (run bench/setup_datatrove.sh)"


# --- measuring a command ---------------------------------------------------------

def _become_subreaper() -> bool:
    """Orphaned descendants of a measured command (workers whose parent exited) are
    re-parented to this process, which reaps them: their CPU time is counted."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(36, 1, 0, 0, 0) == 0  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        return False


def _process_table() -> dict[int, tuple[int, int, str]]:
    """pid -> (parent pid, resident bytes, state) for every process."""
    table = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[1].split()
            table[int(entry)] = (int(fields[1]), int(fields[21]) * PAGE, fields[0].decode())
        except (OSError, IndexError, ValueError):
            continue
    return table


def _descendants(root: int, table: dict[int, tuple[int, int, str]]) -> list[int]:
    children: dict[int, list[int]] = {}
    for pid, (ppid, _, _) in table.items():
        children.setdefault(ppid, []).append(pid)
    found, stack = [], list(children.get(root, []))
    while stack:
        pid = stack.pop()
        found.append(pid)
        stack.extend(children.get(pid, []))
    return found


def _reap_leftovers(grace: float = 5.0) -> None:
    """Wait for (then kill) whatever the command left running below this process."""
    me = os.getpid()
    deadline = time.monotonic() + grace
    while True:
        table = _process_table()
        left = _descendants(me, table)
        if not left:
            return
        for pid in left:
            if table[pid][0] == me:
                with contextlib.suppress(ChildProcessError, OSError):
                    os.waitpid(pid, os.WNOHANG)
        if time.monotonic() > deadline:
            for pid in left:
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGKILL)
            deadline = time.monotonic() + grace
        time.sleep(0.1)


def measure(command: list[str], timeout: float, env: dict[str, str] | None = None) -> dict:
    """Run `command`; wall time, CPU time and peak RSS of its whole process tree."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    me = os.getpid()
    peak = 0
    done = threading.Event()
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               cwd=ROOT, env=env, start_new_session=True)

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            table = _process_table()
            peak = max(peak, sum(table[p][1] for p in _descendants(me, table)))
            done.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    status = "ok"
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        status = "timeout"
        with contextlib.suppress(OSError):
            os.killpg(process.pid, signal.SIGKILL)
        for pid in _descendants(me, _process_table()):
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        stdout, stderr = process.communicate()
    wall = time.monotonic() - started
    done.set()
    sampler.join()
    _reap_leftovers()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if status == "ok" and process.returncode != 0:
        status = f"failed (exit {process.returncode})"
    user = after.ru_utime - before.ru_utime
    system = after.ru_stime - before.ru_stime
    lines = stdout.decode(errors="replace").strip().splitlines()
    result = None
    if lines:
        with contextlib.suppress(orjson.JSONDecodeError):
            result = orjson.loads(lines[-1])
    return {
        "status": status,
        "wall_seconds": round(wall, 3),
        "cpu_seconds": round(user + system, 3),
        "cpu_user_seconds": round(user, 3),
        "cpu_system_seconds": round(system, 3),
        "cpu_use": round((user + system) / (wall * (os.cpu_count() or 1)), 3) if wall else None,
        "peak_rss_mib": round(peak / 2**20, 1),
        "result": result,
        "stderr_tail": stderr.decode(errors="replace")[-2000:] if status != "ok" else "",
    }


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"]
                                     if env.get("PYTHONPATH") else "")
    return env


# --- corpora ---------------------------------------------------------------------

def corpus(fmt: str, size: int, seed: int, dup_share: float, briefs: int = 0) -> Path:
    """The cached corpus folder, generated on first use (complete once its marker exists)."""
    name = f"suite-{CORPUS_TAG}-{fmt}-{size}-s{seed}-d{dup_share:g}" + (
        f"-briefs{briefs}" if briefs else "")
    folder = CORPORA / name
    marker = CORPORA / f"{name}.done"
    if not marker.exists():
        shutil.rmtree(folder, ignore_errors=True)
        started = time.monotonic()
        print(f"generating {folder.name} ...", file=sys.stderr, flush=True)
        info = generate(size, folder, fmt, dup_share, seed, template_briefs=briefs)
        info["generate_seconds"] = round(time.monotonic() - started, 2)
        marker.write_bytes(orjson.dumps(info))
        print(f"  {info}", file=sys.stderr, flush=True)
    return folder


def truth_of(folder: Path) -> dict:
    """Truth entries by record key: file stem, or (file, line) for JSONL."""
    truth = {}
    for line in (folder.parent / f"{folder.name}.truth.jsonl").read_bytes().splitlines():
        if line.strip():
            entry = orjson.loads(line)
            key = (entry["file"], entry["line"]) if "file" in entry else entry["name"]
            truth[key] = entry
    return truth


def _record_key(source: dict):
    name = source["uri"].rsplit("/", 1)[-1]
    return (name, source["record"]) if source.get("format") == "json" else name.split(".")[0]


def dedup_check(output: Path, truth: dict) -> dict:
    """Kept and duplicate records of a dataset against the truth: copies left among
    the kept records (missed) and duplicates whose kept record is another story."""
    story_of_id: dict[str, int] = {}
    kept_stories: dict[int, int] = {}
    duplicates = []
    kinds: dict[str, int] = {}
    for kind in ("articles", "duplicates"):
        for path in (output / kind).rglob("*.jsonl"):
            for line in path.read_bytes().splitlines():
                record = orjson.loads(line)
                entry = truth.get(_record_key(record["source"]))
                if entry is None:
                    continue
                story_of_id[record["id"]] = entry["story"]
                if kind == "articles":
                    kept_stories[entry["story"]] = kept_stories.get(entry["story"], 0) + 1
                else:
                    duplicates.append((entry, record["duplicate_of"]))
    wrong = 0
    for entry, root in duplicates:
        if story_of_id.get(root) != entry["story"]:
            wrong += 1
            kinds[entry["kind"]] = kinds.get(entry["kind"], 0) + 1
    injected = sum(1 for e in truth.values()
                   if e["kind"] in ("syndicated", "rescrape", "update"))
    return {"injected_copies": injected, "duplicates": len(duplicates),
            "copies_missed": sum(n - 1 for n in kept_stories.values() if n > 1),
            "wrong_merges": wrong, "wrong_merges_by_kind": kinds}


def datatrove_input(folder: Path, fmt: str) -> Path:
    """The corpus as datatrove reads it: JSONL {"id", "text"} in two files (one per
    task); the text is the page for text files, `maintext` for crawler records."""
    target = CORPORA / f"{folder.name}.datatrove"
    marker = CORPORA / f"{folder.name}.datatrove.done"
    if marker.exists():
        return target
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    outs = [(target / f"part-{i}.jsonl").open("wb") for i in range(2)]
    count = 0
    for path in input_files(folder):
        data = path.read_bytes()
        if fmt == "jsonl":
            docs = [(f"{path.name}:{i}", orjson.loads(line)["maintext"])
                    for i, line in enumerate(data.splitlines()) if line.strip()]
        else:
            docs = [(path.name.split(".")[0], data.decode("utf-8", "replace"))]
        for doc_id, text in docs:
            outs[count % 2].write(orjson.dumps({"id": doc_id, "text": text}) + b"\n")
            count += 1
    for handle in outs:
        handle.close()
    marker.write_text(str(count))
    return target


# --- the runs --------------------------------------------------------------------

def timeout_for(kind: str, size: int, scale: float) -> float:
    return (TIMEOUT_BASE + size * TIMEOUT_PER_ARTICLE[kind]) * scale


def run_job(folder: Path, fmt: str, size: int, truth: dict, scale: float) -> dict:
    with tempfile.TemporaryDirectory(prefix="newsbeam-suite-") as tmp:
        output = Path(tmp) / "dataset"
        command = [sys.executable, "-m", "pipelines.cli", "batch", "--input", f"{folder}/*",
                   "--output", str(output), *JOB_FLAGS]
        result = measure(command, timeout_for(fmt, size, scale), _env())
        summary = result.get("result") or {}
        if result["status"] == "ok" and summary.get("status") == "ok":
            result["dedup_check"] = dedup_check(output, truth)
        elif result["status"] == "ok":
            result["status"] = f"failed ({summary.get('status')})"
    return _rates(result, summary.get("records_read"))


def run_loop(folder: Path, fmt: str, size: int, truth: dict, scale: float) -> dict:
    with tempfile.TemporaryDirectory(prefix="newsbeam-loop-") as tmp:
        output = Path(tmp) / "out"
        command = [sys.executable, "-m", "bench.baselines", "loop", "--input", str(folder),
                   "--output", str(output)]
        result = measure(command, timeout_for(fmt, size, scale), _env())
    records = (result.get("result") or {}).get("records_read")
    return _rates(result, records)


def run_datatrove(folder: Path, fmt: str, size: int, scale: float) -> dict:
    if not DATATROVE_PYTHON.exists():
        return {"status": NOT_INSTALLED}
    source = datatrove_input(folder, fmt)
    with tempfile.TemporaryDirectory(prefix="newsbeam-datatrove-") as tmp:
        command = [str(DATATROVE_PYTHON), str(HERE / "datatrove_minhash.py"), "--input",
                   str(source), "--work", tmp, "--tasks", "2"]
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
        result = measure(command, timeout_for("datatrove", size, scale), env)
    return _rates(result, size if result["status"] == "ok" else None)


def run_trafilatura(folder: Path, size: int, scale: float) -> dict:
    command = [sys.executable, "-m", "bench.baselines", "trafilatura", "--input", str(folder),
               "--processes", str(os.cpu_count() or 1)]
    result = measure(command, timeout_for("html", size, scale), _env())
    return _rates(result, (result.get("result") or {}).get("pages"))


def _rates(result: dict, records: int | None) -> dict:
    result["articles"] = records
    if result["status"] == "ok" and records:
        result["articles_per_second"] = round(records / result["wall_seconds"], 1)
        result["cpu_ms_per_article"] = round(1000 * result["cpu_seconds"] / records, 2)
        result["wall_ms_per_article"] = round(1000 * result["wall_seconds"] / records, 3)
    return result


def run_profile(folder: Path, records: int, scale: float) -> dict:
    command = [sys.executable, "-m", "bench.baselines", "profile", "--input", str(folder),
               "--limit", str(records)]
    result = measure(command, timeout_for("html", records, scale), _env())
    return result.get("result") or {"status": result["status"],
                                    "stderr_tail": result["stderr_tail"]}


# --- summary ---------------------------------------------------------------------

METRICS = ("wall_seconds", "articles_per_second", "cpu_seconds", "cpu_use", "peak_rss_mib",
           "cpu_ms_per_article", "wall_ms_per_article")


def median_of(runs: list[dict]) -> dict:
    ok = [r for r in runs if r.get("status") == "ok"]
    if not ok:
        return {"status": runs[0].get("status") if runs else "not run"}
    out = {"status": "ok", "runs_ok": len(ok)}
    for key in METRICS:
        values = [r[key] for r in ok if r.get(key) is not None]
        if values:
            out[key] = round(statistics.median(values), 3)
    return out


def ratio(a: dict, b: dict, key: str = "articles_per_second") -> float | None:
    if a.get("status") == "ok" and b.get("status") == "ok" and a.get(key) and b.get(key):
        return a[key] / b[key]
    return None


def median_ratio(values: list[float | None]) -> float | None:
    values = [v for v in values if v is not None]
    return round(statistics.median(values), 3) if values else None


def summarise(report: dict) -> None:
    """Medians of every command and of the same-run ratios, cost ratio, targets."""
    for cell in report["cells"]:
        runs = cell["runs"]
        cell["median"] = {name: median_of([r[name] for r in runs])
                          for name in runs[0] if name != "run"}
        cell["ratios"] = {}
        for name, label in (("loop", "job_vs_loop"), ("datatrove", "job_vs_datatrove"),
                            ("trafilatura", "job_vs_trafilatura")):
            if name in runs[0]:
                cell["ratios"][label] = median_ratio([ratio(r["job"], r[name]) for r in runs])
    by_format: dict[str, list[dict]] = {}
    for cell in report["cells"]:
        by_format.setdefault(cell["format"], []).append(cell)
    report["cost_ratio"] = {}
    for fmt, cells in by_format.items():
        cells = sorted(cells, key=lambda c: c["size"])
        if len(cells) < 2:
            continue
        big, small = cells[-1], cells[-2]
        big_cost = big["median"]["job"].get("wall_ms_per_article")
        small_cost = small["median"]["job"].get("wall_ms_per_article")
        big_cpu = big["median"]["job"].get("cpu_ms_per_article")
        small_cpu = small["median"]["job"].get("cpu_ms_per_article")
        report["cost_ratio"][fmt] = {
            "sizes": f"{big['size']}/{small['size']}",
            "wall_per_article": round(big_cost / small_cost, 3) if big_cost and small_cost
            else None,
            "cpu_per_article": round(big_cpu / small_cpu, 3) if big_cpu and small_cpu else None,
        }
    adversarial = report.get("adversarial")
    if adversarial:
        adversarial["median"] = {name: median_of([r[name] for r in adversarial["runs"]])
                                 for name in ("normal", "briefs")}
        adversarial["time_ratio"] = median_ratio(
            [ratio(r["briefs"], r["normal"], "wall_seconds") for r in adversarial["runs"]])
    report["targets"] = targets(report)


def targets(report: dict) -> list[dict]:
    """The issue's targets, checked on what this run measured."""
    out = []
    cells = {(c["format"], c["size"]): c for c in report["cells"]}
    largest = max((c["size"] for c in report["cells"]), default=0)
    for fmt in ("text", "jsonl"):
        cell = cells.get((fmt, largest))
        if cell:
            rate = cell["median"]["job"].get("articles_per_second")
            out.append({"target": f"{fmt} full pipeline >= 1,500 articles/s at 100k",
                        "measured_at": largest, "value": rate,
                        "met": rate is not None and rate >= 1500})
    cell = cells.get(("html", largest))
    if cell:
        value = cell["ratios"].get("job_vs_trafilatura")
        out.append({"target": "html full pipeline >= 0.9x trafilatura alone (1 process/core)",
                    "measured_at": largest, "value": value,
                    "met": value is not None and value >= 0.9})
    for fmt, cost in report.get("cost_ratio", {}).items():
        value = cost["wall_per_article"]
        out.append({"target": f"{fmt} per-article cost at 100k within 1.2x of 10k",
                    "measured_at": cost["sizes"], "value": value,
                    "met": value is not None and value <= 1.2})
    peak = max((c["median"]["job"].get("peak_rss_mib") or 0 for c in report["cells"]
                if c["size"] == largest), default=None)
    if peak:
        out.append({"target": "peak memory at 100k under 2 GiB", "measured_at": largest,
                    "value": peak, "met": peak < 2048})
    adversarial = report.get("adversarial")
    if adversarial and adversarial.get("time_ratio") is not None:
        value = adversarial["time_ratio"]
        out.append({"target": "template-brief corpus within 2x of a normal one",
                    "measured_at": adversarial["size"], "value": value, "met": value <= 2.0})
    for item in out:
        target_size = "100000/10000" if "within 1.2x" in item["target"] else (
            10000 if "template" in item["target"] else 100000)
        item["at_target_size"] = str(item["measured_at"]) == str(target_size)
    return out


def _fmt(value, spec: str = ".0f") -> str:
    if value is None:
        return "-"
    return format(value, spec)


def render(report: dict) -> str:
    lines = [
        f"newsbeam benchmark suite: {report['machine']['cpus']} CPUs, "
        f"Python {report['machine']['python']}, {report['runs']} run(s), medians; "
        f"job flags {' '.join(JOB_FLAGS)}",
        "",
        f"{'format':<7}{'size':>8} {'command':<12}{'wall s':>9}{'art/s':>9}{'CPU s':>9}"
        f"{'CPU use':>9}{'peak MiB':>10}{'CPU ms/art':>11}  vs job",
    ]
    for cell in report["cells"]:
        for name, med in cell["median"].items():
            if med.get("status") != "ok":
                lines.append(f"{cell['format']:<7}{cell['size']:>8} {name:<12}"
                             f"{med.get('status')}")
                continue
            versus = ""
            if name != "job":
                value = cell["ratios"].get(f"job_vs_{name}")
                versus = f"  job {_fmt(value, '.2f')}x" if value is not None else ""
            lines.append(
                f"{cell['format']:<7}{cell['size']:>8} {name:<12}"
                f"{_fmt(med.get('wall_seconds'), '.1f'):>9}"
                f"{_fmt(med.get('articles_per_second')):>9}"
                f"{_fmt(med.get('cpu_seconds'), '.1f'):>9}"
                f"{_fmt(100 * med['cpu_use'] if med.get('cpu_use') else None):>8}%"
                f"{_fmt(med.get('peak_rss_mib')):>10}"
                f"{_fmt(med.get('cpu_ms_per_article'), '.1f'):>11}{versus}")
        check = cell["runs"][-1]["job"].get("dedup_check")
        if check:
            lines.append(f"{'':<16}dedup check (last run): {check['duplicates']} duplicates, "
                         f"{check['injected_copies']} copies injected, "
                         f"{check['copies_missed']} missed, {check['wrong_merges']} wrong merges")
    if report.get("cost_ratio"):
        lines += ["", "per-article cost, largest size / next size (job):"]
        for fmt, cost in report["cost_ratio"].items():
            lines.append(f"  {fmt:<6} {cost['sizes']:>14}: "
                         f"wall {_fmt(cost['wall_per_article'], '.2f')}x, "
                         f"CPU {_fmt(cost['cpu_per_article'], '.2f')}x")
    adversarial = report.get("adversarial")
    if adversarial:
        normal, briefs = adversarial["median"]["normal"], adversarial["median"]["briefs"]
        lines += ["", f"template briefs: {adversarial['briefs']} of {adversarial['size']} text "
                      f"articles share one daily-briefing template"]
        for name, med in (("normal", normal), ("briefs", briefs)):
            lines.append(f"  {name:<7} wall {_fmt(med.get('wall_seconds'), '.1f')} s, "
                         f"{_fmt(med.get('articles_per_second'))} articles/s, "
                         f"peak {_fmt(med.get('peak_rss_mib'))} MiB")
        lines.append(f"  time ratio briefs/normal: {_fmt(adversarial.get('time_ratio'), '.2f')}x")
        check = adversarial["runs"][-1]["briefs"].get("dedup_check")
        if check:
            lines.append(f"  dedup check: {check['copies_missed']} copies missed, "
                         f"{check['wrong_merges']} wrong merges {check['wrong_merges_by_kind']}")
    for fmt, prof in report.get("profile", {}).items():
        if "stage_seconds" not in prof:
            lines += ["", f"profile {fmt}: {prof.get('status')}"]
            continue
        stages = prof["stage_seconds"]
        total = sum(stages.values()) or 1.0
        lines += ["", f"where the time goes, {fmt} (loop, {prof['records']} records, cProfile):",
                  "  stages: " + ", ".join(f"{k} {100 * v / total:.0f}%"
                                           for k, v in stages.items())]
        lines.append("  areas:  " + ", ".join(f"{a['area']} {100 * a['share']:.0f}%"
                                              for a in prof["areas"][:8]))
        for fn in prof["functions"][:6]:
            lines.append(f"    {fn['self_seconds']:>7.3f} s self  {fn['function']}")
    for cell in report["cells"]:
        loop = cell["runs"][-1].get("loop", {}).get("result") or {}
        if "stage_seconds" in loop:
            stages = loop["stage_seconds"]
            total = sum(stages.values()) or 1.0
            per = 1000.0 / max(1, loop.get("records_read") or 1)
            inner = loop.get("within_stage_seconds", {}).get("clean_trafilatura") or 0.0
            lines.append(f"loop stages {cell['format']} {cell['size']} (ms/article): " + ", ".join(
                f"{k} {v * per:.2f}" for k, v in stages.items()) + f" (total {total * per:.1f})"
                + (f"; of clean, trafilatura's extraction {inner * per:.2f}" if inner else ""))
    if report.get("targets"):
        lines += ["", "targets (* measured at a smaller size than the target names: "
                      "indicative only):"]
        for t in report["targets"]:
            value = t["value"]
            shown = _fmt(value, ".2f") if isinstance(value, float) else str(value)
            star = "" if t["at_target_size"] else "*"
            lines.append(f"  [{'met' if t['met'] else 'NOT met'}{star}] {t['target']}: "
                         f"{shown} (at {t['measured_at']})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.suite", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--formats", default="text,jsonl,html")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true",
                        help="1k articles only, 1 run (unless --runs is given)")
    parser.add_argument("--json", type=Path, help="write the full report here")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--dup-share", type=float, default=0.2)
    parser.add_argument("--template-briefs", type=int, default=5000,
                        help="articles sharing the briefing template (at most half the "
                             "adversarial corpus); 0 skips that comparison")
    parser.add_argument("--adversarial-size", type=int,
                        help="size of the template-brief corpus (default: 10000 if measured, "
                             "else the smallest size)")
    parser.add_argument("--skip", default="",
                        help="comma-separated commands not to run: loop,datatrove,trafilatura,"
                             "profile")
    parser.add_argument("--profile-records", type=int, default=500)
    parser.add_argument("--timeout-scale", type=float, default=1.0,
                        help="multiply every command's timeout")
    args = parser.parse_args(argv)
    if args.quick:
        args.sizes = "1000"
        if "--runs" not in (argv if argv is not None else sys.argv[1:]):
            args.runs = 1
    sizes = [int(s) for s in args.sizes.split(",") if s]
    formats = [f for f in args.formats.split(",") if f]
    skip = set(args.skip.split(","))
    subreaper = _become_subreaper()

    corpora = {(fmt, size): corpus(fmt, size, args.seed, args.dup_share)
               for fmt in formats for size in sizes}
    truths = {key: truth_of(folder) for key, folder in corpora.items()}
    adversarial = None
    if args.template_briefs:
        size = args.adversarial_size or (10000 if 10000 in sizes else min(sizes))
        briefs = min(args.template_briefs, size // 2)
        normal = corpus("text", size, args.seed, args.dup_share)
        folder = corpus("text", size, args.seed, args.dup_share, briefs)
        made = orjson.loads((CORPORA / f"{folder.name}.done").read_bytes())
        briefs = made.get("template_briefs", briefs)  # placed at random: may be a few short
        adversarial = {"size": size, "briefs": briefs, "normal": normal,
                       "folder": folder}
        adversarial["truth_normal"] = truth_of(normal)
        adversarial["truth_briefs"] = truth_of(adversarial["folder"])

    cells = [{"format": fmt, "size": size, "corpus": str(corpora[(fmt, size)]), "runs": []}
             for size in sizes for fmt in formats]
    adv_runs = []
    for run in range(1, args.runs + 1):
        for cell in cells:
            fmt, size = cell["format"], cell["size"]
            folder, truth = corpora[(fmt, size)], truths[(fmt, size)]
            print(f"run {run}: {fmt} {size}", file=sys.stderr, flush=True)
            entry = {"run": run, "job": run_job(folder, fmt, size, truth, args.timeout_scale)}
            if "loop" not in skip:
                entry["loop"] = run_loop(folder, fmt, size, truth, args.timeout_scale)
            if fmt in ("text", "jsonl") and "datatrove" not in skip:
                entry["datatrove"] = run_datatrove(folder, fmt, size, args.timeout_scale)
            if fmt == "html" and "trafilatura" not in skip:
                entry["trafilatura"] = run_trafilatura(folder, size, args.timeout_scale)
            cell["runs"].append(entry)
            _progress(entry)
        if adversarial:
            size = adversarial["size"]
            print(f"run {run}: template briefs {adversarial['briefs']}/{size}",
                  file=sys.stderr, flush=True)
            same = next((c for c in cells if c["format"] == "text" and c["size"] == size), None)
            normal = (same["runs"][-1]["job"] if same else
                      run_job(adversarial["normal"], "text", size, adversarial["truth_normal"],
                              args.timeout_scale))
            briefs = run_job(adversarial["folder"], "text", size, adversarial["truth_briefs"],
                             args.timeout_scale)
            adv_runs.append({"run": run, "normal": normal, "briefs": briefs})
            _progress({"normal": normal, "briefs": briefs})

    profile = {}
    if "profile" not in skip:
        for fmt in formats:
            print(f"profiling {fmt}", file=sys.stderr, flush=True)
            profile[fmt] = run_profile(corpora[(fmt, min(sizes))], args.profile_records,
                                       args.timeout_scale)
    report = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "platform": platform.platform(), "load_average_at_end": os.getloadavg(),
                    "child_subreaper": subreaper},
        "settings": {"job_flags": JOB_FLAGS, "seed": args.seed, "dup_share": args.dup_share,
                     "jsonl_records_per_file": 200,
                     "datatrove": "4 stages, 2 tasks, datatrove's MinHash defaults "
                                  "(5-grams, 14 buckets x 8 hashes)",
                     "trafilatura": f"bare_extraction(with_metadata=True), "
                                    f"{os.cpu_count()} processes"},
        "runs": args.runs,
        "cells": cells,
        "profile": profile,
    }
    if adversarial:
        report["adversarial"] = {"size": adversarial["size"], "briefs": adversarial["briefs"],
                                 "corpus": str(adversarial["folder"]), "runs": adv_runs}
    summarise(report)
    text = render(report)
    print(text)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_bytes(orjson.dumps(report, option=orjson.OPT_INDENT_2))
        print(f"\nreport: {args.json}")
    return 0


def _progress(entry: dict) -> None:
    parts = []
    for name, result in entry.items():
        if isinstance(result, dict) and "status" in result:
            if result["status"] == "ok":
                parts.append(f"{name} {result['wall_seconds']:.1f} s "
                             f"{result.get('articles_per_second') or 0:.0f}/s "
                             f"{result['peak_rss_mib']:.0f} MiB")
            else:
                parts.append(f"{name} {result['status']}")
    print("  " + "; ".join(parts), file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
