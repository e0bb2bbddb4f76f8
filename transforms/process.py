"""The per-record processing shared by the batch and stream pipelines."""

from __future__ import annotations

import apache_beam as beam

from transforms.clean import CleanArticles
from transforms.deadletters import DEAD_LETTER_TAG
from transforms.extract import ExtractFields


class CleanAndExtract(beam.PTransform):
    """Raw records -> validated articles (`articles`) and dead letters (`dead_letter`)."""

    def __init__(self, region_scheme: str = "m49-region") -> None:
        super().__init__()
        self.region_scheme = region_scheme

    def expand(self, raw_records):
        cleaned = raw_records | "Clean" >> CleanArticles()
        extracted = cleaned.cleaned | "Extract" >> ExtractFields(self.region_scheme)
        dead = (
            (cleaned[DEAD_LETTER_TAG], extracted[DEAD_LETTER_TAG])
            | "MergeDeadLetters" >> beam.Flatten()
        )
        return {"articles": extracted.articles, DEAD_LETTER_TAG: dead}
