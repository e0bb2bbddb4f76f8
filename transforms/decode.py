"""Bytes to raw records: decompression, format sniffing, decoding, JSON mapping.

Shared by the file reader and the message-stream reader. Everything here is a
pure function of (source, bytes); problems raise `RecordError` with a reason.
"""

from __future__ import annotations

import codecs
import re
import zlib
from typing import Any

import orjson
import xxhash

from transforms.deadletters import RecordError, make_dead_letter

# Bounds (overridable through options): a news page is kilobytes, a JSONL dump
# may be many megabytes; anything past these is rejected with a dead letter.
DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024
DEFAULT_MAX_RECORD_CHARS = 2 * 1024 * 1024
MAX_REPR_CHARS = 64 * 1024
# How far into an HTML page to look for its tags and declared charset (some pages put
# large inline styles and scripts first).
HTML_HEAD_SCAN_BYTES = 64 * 1024
# Invalid bytes tolerated in a page that declares UTF-8 (or one per 1000 bytes).
MAX_STRAY_BYTES = 8

GZIP_MAGIC = b"\x1f\x8b"
BINARY_MAGICS: dict[bytes, str] = {
    b"\x89PNG": "png",
    b"\xff\xd8\xff": "jpeg",
    b"GIF8": "gif",
    b"%PDF": "pdf",
    b"PK\x03\x04": "zip",
    b"BZh": "bzip2",
    b"\xfd7zXZ": "xz",
    b"\x28\xb5\x2f\xfd": "zstd",
    b"\x7fELF": "elf",
    b"RIFF": "riff",
    b"OggS": "ogg",
    b"ID3": "mp3",
    b"\x00\x00\x00": "binary",
}
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
_HTML_SNIFF = re.compile(
    rb"<(?:!doctype\s+html|html|head|body|article|meta|title|div|p)[\s>/]", re.IGNORECASE
)
_META_CHARSET = re.compile(
    rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([a-zA-Z0-9_\-:.]{2,40})", re.IGNORECASE
)

# Crawler field names mapped onto newsbeam's own record shape. First present wins.
JSON_FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "text": ("maintext", "text", "body", "content", "article", "articleBody", "raw_text"),
    "html": ("html", "raw_html", "content_html"),
    "published": (
        "published", "date_publish", "date", "datePublished", "publish_date",
        "published_at", "pubdate",
    ),
    "updated": ("updated", "date_modify", "date_modified", "dateModified", "modified"),
    "authors": ("authors", "author", "byline"),
    # trafilatura's JSON puts the page address in `source`; only http(s) values count.
    "url": ("url", "link", "canonical_url", "source_url", "source"),
    # trafilatura's site name ("sitename", or "source-hostname" in its JSON output)
    # before its bare host name: "Trend News Agency" says more than a domain.
    "outlet": ("outlet", "source_domain", "sitename", "source-hostname", "hostname", "source",
               "publisher"),
    "language": ("language", "lang"),
    "description": ("description", "summary", "excerpt"),
    "section": ("section", "categories", "category"),
}


def record_id(uri: str, index: int, content: str | None = None) -> str:
    """Stable id of a record: its source location (and the file's content hash, so a
    file changed in place gives new ids), hashed to 128 bits, hex."""
    key = f"{uri}#{index}" if content is None else f"{uri}#{index}@{content}"
    return xxhash.xxh3_128_hexdigest(key.encode())


def content_hash_of(data: bytes) -> str:
    """Identity of an input file: its bytes, not its name or modification time."""
    return xxhash.xxh3_128_hexdigest(data)


def gunzip(data: bytes, max_bytes: int) -> bytes:
    """Decompress gzip (also concatenated members), bounded, with specific errors."""
    out = bytearray()
    remaining = data
    while remaining:
        decomp = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            chunk = decomp.decompress(remaining, max_bytes + 1 - len(out))
        except zlib.error as exc:
            raise RecordError("corrupt_gzip", f"gzip data is corrupt: {exc}") from None
        out += chunk
        if len(out) > max_bytes:
            raise RecordError(
                "too_large", f"decompressed size exceeds the limit of {max_bytes} bytes"
            )
        if not decomp.eof:
            raise RecordError(
                "truncated_gzip",
                f"gzip stream ends before its end-of-stream marker after {len(data)} bytes",
            )
        remaining = decomp.unused_data.lstrip(b"\x00")
        if remaining and not remaining.startswith(GZIP_MAGIC):
            break  # trailing garbage after a complete member: ignore it, as gzip(1) does
    return bytes(out)


def sniff_binary(data: bytes) -> str | None:
    """Name of the binary type if `data` is not text, else None."""
    head = data[:8192]
    for magic, kind in BINARY_MAGICS.items():
        if head.startswith(magic):
            return kind
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    if b"\x00" in head:
        return "binary"
    # Mostly control characters (not tab/newline/CR/form feed) means not text.
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if head and controls / len(head) > 0.10:
        return "binary"
    return None


def decode_text(data: bytes, is_html: bool) -> str:
    """UTF-8 (or a BOM-marked UTF-16), or the charset an HTML page declares."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise RecordError("invalid_utf16", str(exc)) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if is_html:
        declared = _META_CHARSET.search(data[:HTML_HEAD_SCAN_BYTES])
        if declared:
            charset = declared.group(1).decode("ascii", "replace").lower()
            try:
                codec = codecs.lookup(charset).name
            except LookupError:
                raise RecordError(
                    "unknown_charset", f"page declares unknown charset {charset!r}"
                ) from None
            if codec == "utf-8":
                # A page that declares UTF-8 with a few stray bytes (a pasted latin-1
                # character): browsers show U+FFFD for them, and so do we.
                text = data.decode("utf-8", errors="replace")
                stray = text.count("\ufffd") - data.count("\ufffd".encode())
                if stray <= max(MAX_STRAY_BYTES, len(data) // 1000):
                    return text
            else:
                # Browsers treat latin-1 as windows-1252; so do we.
                codec = "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec
                try:
                    return data.decode(codec)
                except UnicodeDecodeError as exc:
                    raise RecordError(
                        "invalid_encoding", f"bytes are not valid {codec}: {exc}"
                    ) from None
    bad = data[utf8_error.start : utf8_error.start + 4]
    raise RecordError(
        "invalid_utf8",
        f"not valid UTF-8 at byte {utf8_error.start} ({bad!r}) and no charset declared",
    )


def _first(obj: dict[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        value = obj.get(name)
        if value not in (None, "", [], {}):
            return value
    return None


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return ", ".join(str(v) for v in value if v not in (None, ""))
    if isinstance(value, dict):
        return _as_text(value.get("name") or value.get("@value"))
    return str(value)


def _as_names(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [n.strip() for n in re.split(r"[;|]|\s*,\s*(?=[A-Z])", value) if n.strip()]
    if isinstance(value, list):
        names: list[str] = []
        for item in value:
            names.extend(_as_names(item if not isinstance(item, dict) else item.get("name")))
        return names
    if isinstance(value, dict):
        return _as_names(value.get("name"))
    return [str(value)]


def map_json_record(obj: Any) -> dict[str, Any]:
    """Map a crawler's JSON object (news-please, trafilatura, newsbeam) to our fields."""
    if not isinstance(obj, dict):
        raise RecordError(
            "not_an_object", f"JSON record is a {type(obj).__name__}, expected an object"
        )
    fields: dict[str, Any] = {}
    for name, aliases in JSON_FIELD_ALIASES.items():
        if name in ("url", "outlet"):
            want_url = name == "url"
            candidates = [obj.get(a) for a in aliases if isinstance(obj.get(a), str)]
            value = next((c for c in candidates
                          if c.strip() and c.startswith(("http://", "https://")) == want_url),
                         None)
        else:
            value = _first(obj, aliases)
        if value is None:
            continue
        if name == "authors":
            fields[name] = _as_names(value)
        elif name == "section":
            text = _as_text(value[0] if isinstance(value, list) and value else value) or ""
            fields[name] = re.split(r"\s*[;|,]\s*", text)[0] or None
        else:
            fields[name] = _as_text(value)
    if not fields.get("text") and not fields.get("html"):
        keys = ", ".join(sorted(str(k) for k in obj)[:20])
        raise RecordError(
            "no_text",
            f"JSON record has no article text (no text/maintext/html field); keys: {keys}",
        )
    return fields


def _raw_record(uri: str, index: int, fmt: str, payload: str, compression: str | None,
                offset: int | None = None, fields: dict[str, Any] | None = None,
                source_extra: dict[str, Any] | None = None,
                file_hash: str | None = None) -> dict[str, Any]:
    source = {"uri": uri, "format": fmt, "record": index, "compression": compression,
              "offset": offset, "key": None, "partition": None, "topic": None}
    if source_extra:
        source.update(source_extra)
    return {
        "id": record_id(uri, index, file_hash),
        "source": source,
        "format": fmt,
        "payload": payload,
        "fields": fields or {},
    }


def decode_payload(
    uri: str,
    data: bytes,
    *,
    max_bytes: int = DEFAULT_MAX_FILE_BYTES,
    max_record_chars: int = DEFAULT_MAX_RECORD_CHARS,
    source_extra: dict[str, Any] | None = None,
    content_type: str | None = None,
    file_hash: str | None = None,
) -> list[dict[str, Any]]:
    """Turn one file's (or message's) bytes into raw records and dead letters.

    Returns a list of dicts; dead letters carry the key `stage`. A file that
    fails as a whole yields exactly one dead letter, so the file counts as one
    record read; a JSON Lines file yields one entry per non-blank line.
    """
    base_source = {"uri": uri, "format": None, "record": 0, "compression": None,
                   "offset": None, "key": None, "partition": None, "topic": None}
    if source_extra:
        base_source.update(source_extra)

    def whole_file_error(stage: str, exc: RecordError, raw: bytes | str) -> list[dict[str, Any]]:
        return [make_dead_letter(stage, exc.reason, exc.detail, base_source, raw,
                                 record_id(uri, 0, file_hash))]

    if len(data) > max_bytes:
        return whole_file_error(
            "read", RecordError("too_large", f"{len(data)} bytes exceeds the limit of "
                                f"{max_bytes} bytes"), data)
    compression = None
    raw = data
    if data.startswith(GZIP_MAGIC):
        compression = "gzip"
        base_source["compression"] = "gzip"
        try:
            data = gunzip(data, max_bytes)
        except RecordError as exc:
            return whole_file_error("decode", exc, raw)
    if not data.strip():
        kind = "empty file" if not data else "file holds only whitespace"
        return whole_file_error("decode", RecordError("empty", kind), raw)
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeError as exc:
            return whole_file_error("decode", RecordError("invalid_utf16", str(exc)), raw)
    binary = sniff_binary(data)
    if binary:
        return whole_file_error(
            "decode", RecordError("binary_content", f"content is {binary}, not text"), raw)
    head = data[:2048].lstrip()
    looks_json = head[:1] in (b"{", b"[") or (content_type or "").endswith("json")
    looks_html = not looks_json and (
        bool(_HTML_SNIFF.search(data[:4096])) or "html" in (content_type or "")
        # A page may open with kilobytes of inline <style>/<script> before any tag we know.
        or (head[:1] == b"<" and bool(_HTML_SNIFF.search(data[:HTML_HEAD_SCAN_BYTES])))
    )
    try:
        text = decode_text(data, looks_html)
    except RecordError as exc:
        return whole_file_error("decode", exc, raw)
    if not text.strip():
        return whole_file_error("decode", RecordError("empty", "file holds only whitespace"), raw)
    if looks_json:
        return _decode_json(uri, text, compression, max_record_chars, base_source, source_extra,
                            file_hash)
    if len(text) > max_record_chars:
        return whole_file_error("decode", RecordError(
            "too_large", f"record has {len(text)} characters, limit {max_record_chars}"), raw)
    fmt = "html" if looks_html else "text"
    return [_raw_record(uri, 0, fmt, text, compression, source_extra=source_extra,
                        file_hash=file_hash)]


def _decode_json(uri: str, text: str, compression: str | None, max_record_chars: int,
                 base_source: dict[str, Any], source_extra: dict[str, Any] | None,
                 file_hash: str | None = None) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    try:
        whole = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        whole = None
        whole_error = exc
    else:
        objects = whole if isinstance(whole, list) else [whole]
        for index, obj in enumerate(objects):
            out.append(_json_object_record(uri, index, obj, None, compression,
                                           max_record_chars, base_source, source_extra,
                                           file_hash=file_hash))
        if not objects:
            out.append(make_dead_letter("parse", "empty", "JSON array holds no records",
                                        base_source, text, record_id(uri, 0, file_hash)))
        return out
    lines = text.split("\n")
    non_blank = [ln for ln in lines if ln.strip()]
    if len(non_blank) < 2 or not any(_parses(line) for line in non_blank[:20]):
        # One (maybe pretty-printed) document that is broken: one dead letter.
        detail = f"malformed JSON: {whole_error}"
        return [make_dead_letter("parse", "malformed_json", detail, base_source, text,
                                 record_id(uri, 0, file_hash))]
    # JSON Lines: each non-blank line is a record on its own.
    offset = 0
    index = 0
    for line in lines:
        line_offset = offset
        offset += len(line.encode("utf-8")) + 1
        if not line.strip():
            continue
        try:
            obj = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            src = dict(base_source, format="json", record=index, offset=line_offset)
            out.append(make_dead_letter("parse", "malformed_json",
                                        f"line {index + 1}: {exc}", src, line,
                                        record_id(uri, index, file_hash)))
        else:
            out.append(_json_object_record(uri, index, obj, line_offset, compression,
                                           max_record_chars, base_source, source_extra,
                                           raw_line=line, file_hash=file_hash))
        index += 1
    return out


def _parses(line: str) -> bool:
    try:
        orjson.loads(line)
    except orjson.JSONDecodeError:
        return False
    return True


def _json_object_record(uri: str, index: int, obj: Any, offset: int | None,
                        compression: str | None, max_record_chars: int,
                        base_source: dict[str, Any], source_extra: dict[str, Any] | None,
                        raw_line: str | None = None,
                        file_hash: str | None = None) -> dict[str, Any]:
    src = dict(base_source, format="json", record=index, offset=offset)
    try:
        raw = raw_line if raw_line is not None else orjson.dumps(obj).decode()
    except (TypeError, orjson.JSONEncodeError):
        raw = raw_line or repr(obj)[:MAX_REPR_CHARS]  # e.g. nested deeper than orjson writes
    try:
        fields = map_json_record(obj)
        size = len(fields.get("text") or "") + len(fields.get("html") or "")
        if size > max_record_chars:
            raise RecordError("too_large",
                              f"record has {size} characters, limit {max_record_chars}")
    except RecordError as exc:
        return make_dead_letter("parse", exc.reason, exc.detail, src, raw,
                                record_id(uri, index, file_hash))
    except RecursionError:
        return make_dead_letter("parse", "too_deep", "JSON record is nested too deeply", src,
                                raw, record_id(uri, index, file_hash))
    return _raw_record(uri, index, "json", raw, compression, offset, fields, source_extra,
                       file_hash)
