"""Dead letters: the record of every input that did not become an article.

Stages raise `RecordError` with a short machine-readable reason; the DoFn that
called them turns it into a `DeadLetter` on a tagged output. Nothing is dropped
and no exception escapes to kill the job.
"""

from __future__ import annotations

import base64
from typing import Any

from schemas.models import DeadLetter

DEAD_LETTER_TAG = "dead_letter"
# Dead letters keep the raw input for replay, bounded so one huge file cannot
# make the dead-letter output huge too; `raw_size` and `raw_truncated` say so.
MAX_RAW_BYTES = 256 * 1024


class RecordError(Exception):
    """A record cannot go further: `reason` is a stable code, the message says why."""

    def __init__(self, reason: str, detail: str):
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


def make_dead_letter(
    stage: str,
    reason: str,
    error: str,
    source: dict[str, Any],
    raw: bytes | str | None,
    record_id: str | None = None,
    full_size: int | None = None,
) -> dict[str, Any]:
    """Build a validated dead-letter dict; raw bytes that are not UTF-8 go in base64.

    `full_size` is the size of the whole input when only its start is passed as `raw`.
    """
    encoding = "text"
    size = 0
    truncated = False
    text: str | None = None
    if isinstance(raw, str):
        size = len(raw.encode("utf-8", "surrogatepass"))
        truncated = size > MAX_RAW_BYTES
        text = raw[: MAX_RAW_BYTES // 4] if truncated else raw
        # Lone surrogates cannot be written as JSON: escape them.
        text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    elif isinstance(raw, (bytes, bytearray)):
        size = len(raw)
        truncated = size > MAX_RAW_BYTES
        chunk = bytes(raw[:MAX_RAW_BYTES])
        try:
            text = chunk.decode("utf-8")
        except UnicodeDecodeError:
            text = base64.b64encode(chunk).decode("ascii")
            encoding = "base64"
    if full_size is not None and full_size > size:
        size, truncated = full_size, True
    letter = DeadLetter(
        stage=stage,
        reason=reason,
        error=error[:2000],
        source=source,
        raw=text,
        raw_encoding=encoding,
        raw_truncated=truncated,
        raw_size=size,
        id=record_id,
    )
    return letter.model_dump(mode="json")


def dead_letter_from_exception(
    stage: str, exc: BaseException, source: dict[str, Any], raw: bytes | str | None,
    record_id: str | None = None,
) -> dict[str, Any]:
    """A dead letter for an error raised while processing one record."""
    if isinstance(exc, RecordError):
        return make_dead_letter(stage, exc.reason, exc.detail, source, raw, record_id)
    return make_dead_letter(
        stage, f"unexpected_{type(exc).__name__}", repr(exc), source, raw, record_id
    )
