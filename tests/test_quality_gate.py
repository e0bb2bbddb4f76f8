"""Quality gate: extraction on the labelled sample corpus must not fall below the
figures measured when this floor was pinned (raise the floor when quality rises)."""

from __future__ import annotations

from pipelines.evaluate import evaluate_labels
from tests.conftest import SAMPLE_CORPUS

# Pinned from `newsbeam eval --labels sample_corpus/labels.json --articles sample_corpus/articles`.
FLOOR_FIELDS_EXACT = 0.98
FLOOR_PER_FIELD = {"title": 1.0, "language": 1.0, "date": 0.94, "region": 0.96, "agency": 0.98,
                   "authors": 1.0, "editors": 1.0, "caption": 0.98}
MAX_CHROME_LEAKED = 2


def test_extraction_quality_does_not_regress():
    report = evaluate_labels(SAMPLE_CORPUS / "labels.json", SAMPLE_CORPUS / "articles")
    assert not report["failures"], report["failures"]
    assert report["fields_exact"] >= FLOOR_FIELDS_EXACT, report["fields_exact"]
    for field, floor in FLOOR_PER_FIELD.items():
        accuracy = report["per_field"][field]["accuracy"]
        assert accuracy >= floor, (field, accuracy, report["per_field"][field]["misses"])
    body = report["body"]
    assert body["must_have_kept"] == body["must_have"], body["lost"]
    assert body["chrome_leaked"] <= MAX_CHROME_LEAKED, body["leaks"]
