"""Kafka messages -> raw records: the stream's counterpart of reading a file.

A message's value is decoded exactly like a file's bytes (`decode.decode_payload`):
a JSON record of any shape the batch job accepts, a JSON Lines batch, or a raw
text/HTML page. Headers can name the page's URL and content type. The message's
topic, partition, offset and key are kept in `source`, and record ids come from
them, so a message read twice (after a restart) gets the same ids.
"""

from __future__ import annotations

from typing import Any

import apache_beam as beam
from apache_beam.metrics import Metrics

from schemas.models import RawRecord
from transforms.deadletters import DEAD_LETTER_TAG, dead_letter_from_exception
from transforms.decode import DEFAULT_MAX_RECORD_CHARS, decode_payload

DEFAULT_MAX_MESSAGE_BYTES = 8 * 1024 * 1024
URL_HEADERS = ("url", "x-url", "source-url")
CONTENT_TYPE_HEADERS = ("content-type", "content_type")


def message_uri(topic: str, partition: int, offset: int) -> str:
    return f"kafka://{topic}/{partition}/{offset}"


def _header(headers: dict[str, str], names: tuple[str, ...]) -> str | None:
    lowered = {k.lower(): v for k, v in (headers or {}).items()}
    for name in names:
        value = lowered.get(name)
        if value:
            return value.strip()
    return None


def message_to_records(message: dict[str, Any],
                       max_bytes: int = DEFAULT_MAX_MESSAGE_BYTES,
                       max_record_chars: int = DEFAULT_MAX_RECORD_CHARS) -> list[dict[str, Any]]:
    """Raw records and dead letters (dicts with `stage`) of one message."""
    uri = message_uri(message["topic"], message["partition"], message["offset"])
    source_extra = {"topic": message["topic"], "partition": message["partition"],
                    "offset": message["offset"], "key": message.get("key")}
    headers = message.get("headers") or {}
    value = message.get("value") or b""
    try:
        results = decode_payload(uri, value, max_bytes=max_bytes,
                                 max_record_chars=max_record_chars, source_extra=source_extra,
                                 content_type=_header(headers, CONTENT_TYPE_HEADERS))
        url = _header(headers, URL_HEADERS)
        for item in results:
            if "stage" in item:
                continue
            if item["format"] != "json" and url and not item["fields"].get("url"):
                item["fields"]["url"] = url  # a raw page's address travels in a header
            RawRecord.model_validate(item)
        return results
    except Exception as exc:  # a bug or a case nobody foresaw: the message, not the job
        source = {"uri": uri, "format": None, "record": 0, "compression": None,
                  **source_extra}
        return [dead_letter_from_exception("decode", exc, source, value)]


class DecodeMessagesDoFn(beam.DoFn):
    """Message dicts -> raw records (main) and dead letters (tagged)."""

    def __init__(self, max_bytes: int = DEFAULT_MAX_MESSAGE_BYTES,
                 max_record_chars: int = DEFAULT_MAX_RECORD_CHARS) -> None:
        self.max_bytes = max_bytes
        self.max_record_chars = max_record_chars
        self.records = Metrics.counter("newsbeam.messages", "records")
        self.dead = Metrics.counter("newsbeam.messages", "dead_letters")

    def process(self, message: dict[str, Any]):
        for item in message_to_records(message, self.max_bytes, self.max_record_chars):
            if "stage" in item:
                self.dead.inc()
                yield beam.pvalue.TaggedOutput(DEAD_LETTER_TAG, item)
            else:
                self.records.inc()
                yield item


class DecodeMessages(beam.PTransform):
    def __init__(self, max_bytes: int = DEFAULT_MAX_MESSAGE_BYTES,
                 max_record_chars: int = DEFAULT_MAX_RECORD_CHARS) -> None:
        super().__init__()
        self.max_bytes = max_bytes
        self.max_record_chars = max_record_chars

    def expand(self, messages):
        return messages | "Decode" >> beam.ParDo(
            DecodeMessagesDoFn(self.max_bytes, self.max_record_chars)
        ).with_outputs(DEAD_LETTER_TAG, main="records")
