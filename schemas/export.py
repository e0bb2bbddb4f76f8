"""Export the JSON Schema of every boundary model to `schemas/*.schema.json`.

    python -m schemas.export          # rewrite the files
    python -m schemas.export --check  # exit 1 if they are out of date (CI runs the test)
"""

from __future__ import annotations

import sys
from pathlib import Path

import orjson

from schemas.models import Article, DeadLetter, Duplicate, RawRecord

MODELS = {
    "raw_record": RawRecord,
    "article": Article,
    "duplicate": Duplicate,
    "dead_letter": DeadLetter,
}
SCHEMA_DIR = Path(__file__).parent


def rendered() -> dict[Path, bytes]:
    return {
        SCHEMA_DIR / f"{name}.schema.json": orjson.dumps(
            model.model_json_schema(mode="serialization"),
            option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS,
        ) + b"\n"
        for name, model in MODELS.items()
    }


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    stale = [path for path, data in rendered().items()
             if not path.exists() or path.read_bytes() != data]
    if "--check" in argv:
        for path in stale:
            print(f"out of date: {path}", file=sys.stderr)
        return 1 if stale else 0
    for path, data in rendered().items():
        path.write_bytes(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
