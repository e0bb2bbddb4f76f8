"""The scoring functions of bench/eval_public.py on tiny hand-made inputs (no data files)."""

from __future__ import annotations

import json
import math

import pytest

from bench.eval_public import (
    aggregate,
    date_correct,
    gold_date,
    page_scores,
    page_scores_upstream,
    shingles,
)


def test_shingles_are_sets_of_four_whitespace_tokens():
    assert shingles("a b c d e") == {("a", "b", "c", "d"), ("b", "c", "d", "e")}
    assert shingles("a b c d a b c d") == {("a", "b", "c", "d"), ("b", "c", "d", "a"),
                                          ("c", "d", "a", "b"), ("d", "a", "b", "c")}
    assert shingles("one,  two\nthree") == {("one,", "two", "three")}  # short text: one shingle
    assert shingles("") == set()
    assert shingles(None) == set()


def test_page_precision_and_recall():
    truth = "the cat sat on the mat today"  # 4 shingles
    pred = "the cat sat on the mat"  # 3 shingles, all in truth
    assert page_scores(pred, truth) == (1.0, 0.75)
    # Extra text lowers precision only.
    p, r = page_scores(truth + " share this story now", truth)
    assert r == 1.0
    assert p == pytest.approx(4 / 8)


def test_empty_prediction_scores_zero():
    assert page_scores("", "the cat sat on the mat") == (0.0, 0.0)
    assert page_scores(None, "the cat sat on the mat") == (0.0, 0.0)
    assert page_scores("   \n ", "the cat sat on the mat") == (0.0, 0.0)


def test_f1_is_the_harmonic_mean_of_averaged_precision_and_recall():
    result = aggregate([(1.0, 0.5), (0.0, 0.0), (0.5, 1.0)])
    assert result["precision"] == pytest.approx(0.5)
    assert result["recall"] == pytest.approx(0.5)
    assert result["f1"] == pytest.approx(0.5)
    # Not the mean of per-page F1s.
    result = aggregate([(1.0, 1.0), (1.0, 0.2)])
    assert result["precision"] == 1.0 and result["recall"] == pytest.approx(0.6)
    assert result["f1"] == pytest.approx(2 * 0.6 / 1.6)
    assert aggregate([])["f1"] == 0.0


def test_upstream_variant_counts_words_and_skips_empty_precision():
    # Word tokens: punctuation does not split or spoil a shingle.
    p, r = page_scores_upstream("The cat, sat on the mat.", "The cat sat on the mat")
    assert (p, r) == (1.0, 1.0)
    # Nothing predicted: precision undefined (left out of the average), recall 0.
    assert page_scores_upstream("", "the cat sat on the mat") == (None, 0.0)
    result = aggregate([(None, 0.0), (1.0, 1.0)])
    assert result["precision"] == 1.0 and result["recall"] == 0.5


def test_gold_date_nan_means_no_date():
    entries = json.loads('{"u1": {"date": NaN}, "u2": {"date": "2020-01-05"}}')
    assert math.isnan(entries["u1"]["date"])
    assert gold_date(entries["u1"]["date"]) is None
    assert gold_date(entries["u2"]["date"]) == "2020-01-05"
    assert gold_date(None) is None
    assert gold_date("nan") is None


def test_date_correct_rules():
    assert date_correct("2020-01-05", "2020-01-05")
    assert date_correct("2020-01-05T23:10:00+01:00", "2020-01-05")  # compared by day
    assert not date_correct("2020-01-06", "2020-01-05")
    assert not date_correct(None, "2020-01-05")
    # No gold date: right only when we state none.
    assert date_correct(None, None)
    assert not date_correct("2020-01-05", None)
