"""Text fingerprints for deduplication: normalised-body hash, word shingles,
MinHash signatures (datasketch), LSH band keys and a sketch of the figures a
text states.

Normalisation makes re-scrapes with typographic noise (curly vs straight
quotes, dashes, spacing, case, line wrapping) hash alike.

Figures tell templated reports apart: two daily market closes or quake briefs
share most of their words, yet state other numbers; copies, re-scrapes and
updates of one story keep nearly all of theirs.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

import numpy as np
import xxhash
from datasketch import MinHash
from datasketch.minhash import _fmix

_WORD = re.compile(r"\w+")
# A figure: digits with their group and decimal separators ("1,250.5", "3,5", "10").
_FIGURE = re.compile(r"\d(?:[\d.,]*\d)?")
_SEPARATORS = str.maketrans("", "", ".,")
SHINGLE_WORDS = 5
NUM_PERM = 128
BANDS = 32  # 32 bands x 4 rows: pairs above ~0.5 Jaccard almost always share a band
MINHASH_SEED = 20210506
MINHASH_SCHEME = "affine32"  # datasketch's default: 32-bit hashes, fast numpy arithmetic


def normalise_tokens(text: str) -> list[str]:
    """Lowercased word tokens, accents and punctuation kept out of the comparison."""
    return list(_tokens(text))


# The zero-width joiners that Persian and the Indic scripts spell with (kept in the body since
# round 63) are no word break: a copy written without them is the same text, and hashes alike.
_NO_JOINERS = str.maketrans("", "", "\u200c\u200d")


@lru_cache(maxsize=8)
def _tokens(text: str) -> tuple[str, ...]:
    # The body hash (extraction) and the fingerprint (dedup) tokenise the same body
    # one after the other: the second call is a cache hit.
    if "\u200c" in text or "\u200d" in text:
        text = text.translate(_NO_JOINERS)
    return tuple(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def content_hash(body: str) -> str:
    """128-bit hex hash of the normalised body: equal for exact copies."""
    return xxhash.xxh3_128_hexdigest(" ".join(_tokens(body)).encode())


# Odd multipliers that mix the token hashes of one shingle into one hash.
_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9,
                 0xD6E8FEB86659FD93, 0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53,
                 0x94D049BB133111EB, 0xBF58476D1CE4E5B9], dtype=np.uint64)
_token_hashes: dict[str, int] = {}
_TOKEN_CACHE_LIMIT = 1 << 20


def _token_hash(token: str) -> int:
    return xxhash.xxh3_64_intdigest(token.encode())


def token_hashes(tokens: Sequence[str]) -> np.ndarray:
    """The 64-bit hashes of tokens (uint64), from a bounded per-process cache: a
    news text repeats its words, and the words of one language recur across texts.
    Only the tokens not yet cached are hashed in Python; the lookups run in C."""
    missing = set(tokens).difference(_token_hashes)
    if missing:
        if len(_token_hashes) + len(missing) > _TOKEN_CACHE_LIMIT:
            _token_hashes.clear()  # bounded memory on long runs
            missing = set(tokens)
        _token_hashes.update({token: _token_hash(token) for token in missing})
    return np.fromiter(map(_token_hashes.__getitem__, tokens), dtype=np.uint64,
                       count=len(tokens))


def shingle_hashes(tokens: Sequence[str], size: int = SHINGLE_WORDS) -> np.ndarray:
    """Distinct 32-bit hashes of the word `size`-grams of a token list.

    Token hashes are mixed position by position with numpy instead of hashing
    joined strings: the same sets, a fraction of the cost.
    """
    if not tokens:
        return np.empty(0, dtype=np.uint64)
    hashes = token_hashes(tokens)
    width = min(size, len(hashes))
    count = len(hashes) - width + 1
    mixed = np.zeros(count, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for offset in range(width):
            mixed = (mixed ^ (hashes[offset : offset + count] * _MIX[offset])) * _MIX[-1]
        mixed ^= mixed >> np.uint64(29)
    return np.unique(mixed & np.uint64(0xFFFFFFFF))


def _identity(value: int) -> int:
    return value


@cache
def _permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    # Built once per process: datasketch would otherwise redraw them per document.
    return MinHash(num_perm=num_perm, seed=MINHASH_SEED, hashfunc=_identity,
                   scheme=MINHASH_SCHEME).permutations


def minhash_values(grams: np.ndarray, num_perm: int = NUM_PERM) -> np.ndarray:
    """The hash values (uint32) of a datasketch `MinHash(hashfunc=_identity,
    scheme="affine32")` updated with `grams` (32-bit values): the same arithmetic as
    its `update_batch` (the input pre-mixed with its finaliser, then each affine
    permutation, then the minima), without the Python call per value and the list
    it makes; tests/test_dedup_pure.py checks the two agree."""
    a, b = _permutations(num_perm)
    values = np.full(num_perm, np.iinfo(np.uint32).max, dtype=np.uint32)
    if not len(grams):
        return values
    mixed = _fmix(grams.astype(np.uint32).reshape(-1, 1), 32)
    return np.minimum(values, (mixed * a + b).min(axis=0))


# Figures kept per text: the smallest hashes (a bottom-k sketch), so two
# sketches compare on the same sample of hash space however long the texts.
FIGURE_SKETCH_SIZE = 16
# Measured (bench/eval_dedup.py, 10k generated articles with templated briefs, and
# the labelled sets): pairs of one story share >= 0.71 of the smaller text's figures,
# distinct templated reports <= 0.6 (all but one pair in 20,779). Fewer than
# MIN_FIGURES figures on either side are no evidence either way, and one changed
# figure is a correction ("600 jobs" -> "650 jobs"), not another report.
MIN_FIGURE_OVERLAP = 0.7
MIN_FIGURES = 3
MIN_FIGURES_CHANGED = 2


@dataclass(frozen=True)
class Fingerprint:
    signature: bytes  # NUM_PERM minhash values, low 8 bits each (for verification)
    band_keys: tuple[str, ...]
    shingle_count: int
    figures: bytes = b""  # figures_sketch of the body


def figures_sketch(body: str) -> bytes:
    """The distinct figures of a text, hashed, smallest FIGURE_SKETCH_SIZE kept
    (sorted uint32). "1,000" and "1.000" are the same figure."""
    found = {token.translate(_SEPARATORS) for token in _FIGURE.findall(body)}
    if not found:
        return b""
    hashes = np.fromiter((xxhash.xxh32_intdigest(f.encode()) for f in found), dtype=np.uint32,
                         count=len(found))
    return np.sort(hashes)[:FIGURE_SKETCH_SIZE].tobytes()


def figure_overlap(sketch_a: bytes, sketch_b: bytes) -> tuple[float, int] | None:
    """Share of the smaller text's figures the other states too, and how many of
    them it does not state; None when either states too few to tell.

    A full sketch holds a text's smallest hashes only: both are cut at the lower
    of their largest kept hashes, below which each holds all of its figures.
    """
    a = np.frombuffer(sketch_a, dtype=np.uint32)
    b = np.frombuffer(sketch_b, dtype=np.uint32)
    if len(a) < MIN_FIGURES or len(b) < MIN_FIGURES:
        return None
    cut = min(a[-1] if len(a) == FIGURE_SKETCH_SIZE else np.uint32(0xFFFFFFFF),
              b[-1] if len(b) == FIGURE_SKETCH_SIZE else np.uint32(0xFFFFFFFF))
    a, b = a[a <= cut], b[b <= cut]
    smaller = min(len(a), len(b))
    if smaller < MIN_FIGURES:
        return None
    shared = len(np.intersect1d(a, b, assume_unique=True))
    return shared / smaller, smaller - shared


def figures_disagree(sketch_a: bytes, sketch_b: bytes) -> bool:
    """Two texts alike in words that state different figures: distinct reports."""
    overlap = figure_overlap(sketch_a, sketch_b)
    return (overlap is not None and overlap[0] < MIN_FIGURE_OVERLAP
            and overlap[1] >= MIN_FIGURES_CHANGED)


def fingerprint(body: str, num_perm: int = NUM_PERM, bands: int = BANDS) -> Fingerprint:
    """MinHash signature and LSH band keys of a body."""
    if num_perm % bands:
        raise ValueError(f"num_perm {num_perm} is not a multiple of bands {bands}")
    grams = shingle_hashes(_tokens(body))
    # Shingles arrive already hashed to 32 bits: datasketch's hash function would
    # be the identity; only its permutations and minima are applied.
    values = minhash_values(grams, num_perm)
    rows = num_perm // bands
    raw, step = values.tobytes(), rows * values.itemsize  # one band: `rows` values
    keys = tuple(
        f"b{i}:{xxhash.xxh3_64_hexdigest(raw[i * step : (i + 1) * step])}"
        for i in range(bands)
    ) if len(grams) else ()
    # 8 bits per value keep bucket entries small; `jaccard` corrects for the
    # 1-in-256 chance that two different minima share their low byte.
    signature = (values & 0xFF).astype(np.uint8).tobytes()
    return Fingerprint(signature, keys, len(grams), figures_sketch(body))


def jaccard(sig_a: bytes, sig_b: bytes) -> float:
    """Estimated Jaccard similarity of two bodies from their signatures."""
    a = np.frombuffer(sig_a, dtype=np.uint8)
    b = np.frombuffer(sig_b, dtype=np.uint8)
    return corrected_jaccard(float(np.count_nonzero(a == b)) / len(a))


_CHANCE = 1.0 / 256


def corrected_jaccard(matching_share: float) -> float:
    """Jaccard from the share of equal 8-bit signature values (chance matches removed)."""
    return max(0.0, (matching_share - _CHANCE) / (1.0 - _CHANCE))


def similarity(j: float, count_a: int, count_b: int, min_shingles_for_containment: int = 50,
               min_length_ratio: float = 0.5) -> float:
    """Jaccard, or the containment it implies when one text extends the other.

    An updated story with paragraphs added has a modest Jaccard with its first
    version but contains nearly all of it; |A∩B| = J(|A|+|B|)/(1+J).
    """
    small, large = sorted((count_a, count_b))
    if small < min_shingles_for_containment or small < min_length_ratio * large:
        return j
    intersection = j * (count_a + count_b) / (1.0 + j)
    return max(j, min(1.0, intersection / small))


def similarities(matching_shares: np.ndarray, count: int, other_counts: np.ndarray,
                 min_shingles_for_containment: int = 50,
                 min_length_ratio: float = 0.5) -> np.ndarray:
    """`similarity` of one text against many, from their shares of equal signature
    values: the same arithmetic, element by element, as arrays."""
    j = np.maximum(0.0, (matching_shares - _CHANCE) / (1.0 - _CHANCE))
    small = np.minimum(count, other_counts)
    large = np.maximum(count, other_counts)
    plain = (small < min_shingles_for_containment) | (small < min_length_ratio * large)
    with np.errstate(divide="ignore", invalid="ignore"):
        intersection = j * (count + other_counts) / (1.0 + j)
        contained = np.maximum(j, np.minimum(1.0, intersection / small))
    return np.where(plain, j, contained)
