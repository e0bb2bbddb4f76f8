"""pydantic models for the records that cross the pipeline's boundaries."""

from schemas.models import (
    SCHEMA_VERSION,
    Article,
    Caption,
    Dateline,
    DeadLetter,
    Duplicate,
    RawRecord,
    Source,
)

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Caption",
    "Dateline",
    "DeadLetter",
    "Duplicate",
    "RawRecord",
    "Source",
]
