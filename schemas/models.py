"""The record contract.

`RawRecord` is what a reader hands to cleaning: one article-sized unit of input.
`Article` is what the pipeline writes; `Duplicate` is an article plus a pointer
to the record kept; `DeadLetter` is everything that could not become either.
Field names are fixed by the product contract; extra fields are additive.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

SCHEMA_VERSION = "1.0"

InputFormat = Literal["text", "html", "json"]


class Source(BaseModel):
    """Where a record came from: the file (or message) and its position in it."""

    model_config = ConfigDict(extra="forbid")

    uri: str
    format: InputFormat | None = None
    record: int = Field(0, ge=0, description="0-based record index inside the file")
    compression: Literal["gzip"] | None = None
    offset: int | None = Field(None, description="byte offset (JSONL) or message offset")
    key: str | None = Field(None, description="message key, for stream input")
    partition: int | None = None
    topic: str | None = None


class RawRecord(BaseModel):
    """One input record after decoding, before cleaning.

    For `text` and `html` records `payload` is the page; for `json` records the
    crawler's fields have been mapped onto `fields` and `payload` keeps the
    original JSON text for dead letters.
    """

    model_config = ConfigDict(extra="forbid")

    id: str
    source: Source
    format: InputFormat
    payload: str
    fields: dict[str, object] = Field(default_factory=dict)


class Dateline(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str
    city: str | None = None
    country: str | None = Field(None, pattern=r"^[A-Z]{2}$")


class Caption(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str
    credit: str | None = None


class Article(BaseModel):
    """A clean, extracted article: the unit of the `articles/` output."""

    model_config = ConfigDict(extra="forbid")

    id: str
    title: str | None
    body: str = Field(min_length=1)
    published: str | None = Field(
        None, pattern=r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$",
        description="ISO 8601 date or datetime, as stated")
    date: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    date_source: str | None = None
    updated: str | None = Field(None, description="ISO 8601 date of the latest update, if stated")
    dateline: Dateline | None = None
    country: str | None = Field(None, pattern=r"^[A-Z]{2}$")
    region: str = Field(pattern=r"^[a-z0-9-]+$")
    agency: str | None = None
    authors: list[str] = Field(default_factory=list)
    editors: list[str] = Field(default_factory=list)
    captions: list[Caption] = Field(default_factory=list)
    language: str | None = Field(None, pattern=r"^[a-z]{2}$")
    url: str | None = None
    canonical_url: str | None = None
    section: str | None = None
    related_headlines: list[str] = Field(default_factory=list)
    places: list[str] = Field(default_factory=list, description="countries named in the text")
    outlet: str | None = None
    description: str | None = None
    source: Source
    word_count: int = Field(ge=0)
    content_hash: str = Field(pattern=r"^[0-9a-f]{32}$")
    schema_version: str = SCHEMA_VERSION

    @field_validator("authors", "editors")
    @classmethod
    def _no_blank_names(cls, names: list[str]) -> list[str]:
        return [n for n in names if n.strip()]


DuplicateMethod = Literal["exact_body", "canonical_url", "near_minhash"]


class Duplicate(Article):
    """An article that is a copy of another one, kept for audit."""

    duplicate_of: str = Field(description="id of the record kept in articles/")
    matched: str = Field(description="id of the record this one was compared with")
    similarity: float = Field(ge=0.0, le=1.0)
    method: DuplicateMethod


class DeadLetter(BaseModel):
    """An input record that could not be turned into an article, with the reason."""

    model_config = ConfigDict(extra="forbid")

    stage: Literal["read", "decode", "parse", "clean", "extract", "validate", "dedup", "write"]
    reason: str = Field(description="short machine-readable reason, e.g. invalid_utf8")
    error: str = Field(description="human-readable detail")
    source: Source
    raw: str | None = Field(None, description="the raw input, truncated to a bound")
    raw_encoding: Literal["text", "base64"] = "text"
    raw_truncated: bool = False
    raw_size: int = Field(0, ge=0)
    id: str | None = None
    schema_version: str = SCHEMA_VERSION
