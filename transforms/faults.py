"""Fault-injection points for crash tests.

`NEWSBEAM_FAULT_PAUSE_AT=<point>` makes the job stop at that point (writing
the file named by `NEWSBEAM_FAULT_SIGNAL_FILE` so a test knows it got there)
and wait to be killed. Points: `read` (after a file is read), `write` (after a
bundle's files are staged), `commit` (after the first file is committed),
`clear` (after `--overwrite` deleted the first file of the old dataset).
Unset, a point costs one dictionary lookup.
"""

from __future__ import annotations

import os
import time

PAUSE_AT = "NEWSBEAM_FAULT_PAUSE_AT"
SIGNAL_FILE = "NEWSBEAM_FAULT_SIGNAL_FILE"


def pause_point(name: str) -> None:
    if os.environ.get(PAUSE_AT) != name:
        return
    signal = os.environ.get(SIGNAL_FILE)
    if signal:
        with open(signal, "w", encoding="utf-8") as handle:
            handle.write(f"{name} {os.getpid()}\n")
    while True:  # until the test's SIGKILL
        time.sleep(0.5)
