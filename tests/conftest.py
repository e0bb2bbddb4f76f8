"""Shared fixtures: small article files written in our own words."""

from __future__ import annotations

import gzip
from pathlib import Path

import orjson
import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLE_CORPUS = ROOT / "sample_corpus"


@pytest.fixture
def seed_like_text() -> str:
    return (FIXTURES / "seed_like.txt").read_text(encoding="utf-8")


def story(topic: str, city: str = "NAIROBI, Kenya", agency: str = "AP",
          paragraphs: int = 8) -> str:
    """A plain-text page with a distinct body per topic (for dedup tests)."""
    sentences = [
        f"Officials in the region discussed {topic} at length during a meeting on Tuesday, "
        f"and residents said the plan for {topic} had been delayed for years.",
        f"Critics of the {topic} proposal said the cost estimate of {len(topic) * 7} million "
        f"dollars did not include maintenance, a point the ministry disputed.",
        f"A spokesperson said work on {topic} would begin after the rainy season, "
        f"with a first phase covering {len(topic) + 3} districts.",
        f"Business groups welcomed the {topic} decision but asked for clearer rules on "
        f"contracts, saying investors needed certainty before committing funds.",
    ]
    body = [f"{city} ({agency}) — " + sentences[0]]
    for i in range(1, paragraphs):
        body.append(sentences[i % 4] + f" Paragraph {i} about {topic} adds detail number {i}.")
    return f"{topic.title()} plan advances\n\n" + "\n\n".join(body) + "\n"


@pytest.fixture
def make_corpus(tmp_path):
    """Write {name: str | bytes | dict | list} into a folder; returns its path."""

    def _make(files: dict[str, object], folder: str = "in") -> Path:
        root = tmp_path / folder
        root.mkdir(parents=True, exist_ok=True)
        for name, content in files.items():
            path = root / name
            if isinstance(content, (dict, list)):
                data = orjson.dumps(content)
            elif isinstance(content, str):
                data = content.encode("utf-8")
            else:
                data = content
            if name.endswith(".gz") and not data.startswith(b"\x1f\x8b"):
                data = gzip.compress(data, mtime=0)
            path.write_bytes(data)
        return root

    return _make


def read_jsonl_tree(folder: Path) -> list[dict]:
    records = []
    for path in sorted(folder.rglob("*.jsonl")):
        for line in path.read_bytes().splitlines():
            if line.strip():
                records.append(orjson.loads(line))
    return records
