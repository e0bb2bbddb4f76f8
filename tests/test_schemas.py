"""The exported JSON Schema files match the pydantic models."""

from __future__ import annotations

import orjson
import pytest
from pydantic import ValidationError

from schemas import Article, DeadLetter
from schemas.export import rendered


def test_exported_schema_files_are_in_sync():
    for path, data in rendered().items():
        assert path.exists(), f"missing {path.name}: run python -m schemas.export"
        assert path.read_bytes() == data, f"{path.name} is stale: run python -m schemas.export"


def test_article_schema_lists_the_contract_fields():
    files = rendered()
    schema = orjson.loads(
        next(data for p, data in files.items() if p.name == "article.schema.json"))
    for field in ("id", "title", "body", "published", "date", "date_source", "dateline", "country",
                  "region", "agency", "authors", "editors", "captions", "language", "url",
                  "source", "word_count", "content_hash", "schema_version"):
        assert field in schema["properties"], field


@pytest.mark.parametrize("bad", [
    {"date": "2021-5-6"}, {"region": "../etc"}, {"country": "mex"}, {"language": "english"},
    {"body": ""},
])
def test_article_model_rejects_bad_values(bad):
    good = {"id": "x", "title": "t", "body": "b", "region": "unknown", "source": {"uri": "u"},
            "word_count": 1, "content_hash": "0" * 32}
    Article.model_validate(good)
    with pytest.raises(ValidationError):
        Article.model_validate({**good, **bad})


def test_dead_letter_requires_stage_and_reason():
    with pytest.raises(ValidationError):
        DeadLetter.model_validate({"reason": "x", "error": "y", "source": {"uri": "u"}})
