"""`newsbeam <command> [flags]`: the product's command line."""

from __future__ import annotations

import sys

COMMANDS = {
    "batch": ("pipelines.batch", "run the batch job over article files"),
    "stream": ("pipelines.stream", "run the stream job over Kafka topics"),
    "publish": ("pipelines.publish", "publish article files to a Kafka topic"),
    "eval": ("pipelines.evaluate", "score extraction field by field against a labelled corpus"),
}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help") or argv[0] not in COMMANDS:
        print("usage: newsbeam <command> [flags]\n\ncommands:", file=sys.stderr)
        for name, (_, text) in COMMANDS.items():
            print(f"  {name:<10} {text}", file=sys.stderr)
        return 0 if argv and argv[0] in ("-h", "--help") else 2
    module_name, _ = COMMANDS[argv[0]]
    module = __import__(module_name, fromlist=["run"])
    return module.run(argv[1:])


if __name__ == "__main__":
    sys.exit(main())
