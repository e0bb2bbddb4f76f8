"""Quality gate: extraction on the labelled sets must not fall below the figures
measured when these floors were pinned (raise a floor when quality rises).

The tuned sets (sample corpus and dev_set to dev_set98) are gated; the held-out set
(bench/holdout/) is measured by `python -m bench.eval_report` and is not gated,
so that nobody tunes against it to get CI green.
"""

from __future__ import annotations

import pytest

from pipelines.evaluate import evaluate_labels
from tests.conftest import ROOT, SAMPLE_CORPUS

# Every extracted field, for the sets whose floors are all 1.0 after their round.
EVERY_FIELD_EXACT = {field: 1.0 for field in (
    "title", "date", "dateline_city", "country", "region", "agency", "authors", "editors",
    "language", "caption", "caption_credit", "section")}

# Pinned from `python -m bench.eval_report` (the targets: fields exact >= 0.97,
# every must-have sentence kept, no chrome line leaked). A dev set's folder is
# bench/<its name>, and it may leak no chrome line unless "max_chrome_leaked" says more.
GATES = {
    "sample_corpus": {
        "folder": SAMPLE_CORPUS,
        "fields_exact": 0.99,
        "per_field": {"title": 1.0, "language": 1.0, "date": 0.98, "region": 1.0,
                      "agency": 1.0, "authors": 1.0, "editors": 1.0, "caption": 1.0},
    },
    "dev_set": {
        "fields_exact": 0.99,
        "per_field": {"title": 1.0, "language": 1.0, "date": 0.96, "agency": 1.0},
    },
    "dev_set2": {
        "fields_exact": 0.99,
        "per_field": {"title": 1.0, "language": 1.0, "caption": 1.0},
    },
    # The third held-out set, a development set since general3.
    "dev_set3": {
        "fields_exact": 0.99,
        "per_field": {"title": 1.0, "date": 1.0, "dateline_city": 1.0, "country": 1.0,
                      "agency": 1.0, "authors": 1.0, "editors": 1.0, "language": 1.0,
                      "caption": 1.0, "caption_credit": 1.0, "section": 1.0},
    },
    # The fourth held-out set, a development set since the wires-and-tails round.
    "dev_set4": {
        "fields_exact": 0.99,
        "per_field": {"date": 1.0, "dateline_city": 1.0, "agency": 1.0, "authors": 1.0,
                      "editors": 1.0, "language": 1.0, "caption": 1.0},
    },
    # The fifth held-out set, a development set since the mastheads-and-places round.
    "dev_set5": {
        "fields_exact": 0.99,
        "per_field": {"title": 1.0, "date": 1.0, "dateline_city": 1.0, "agency": 1.0,
                      "authors": 1.0, "caption": 1.0, "caption_credit": 1.0},
    },
    # The sixth held-out set, a development set since the menus-and-bylines round.
    "dev_set6": {
        "fields_exact": 0.99,
        "per_field": {"title": 1.0, "date": 1.0, "dateline_city": 1.0, "agency": 1.0,
                      "authors": 1.0, "caption_credit": 1.0},
    },
    # The seventh held-out set, a development set since the dev_set7/dev_set8 round.
    "dev_set7": {
        "fields_exact": 0.985,
        "per_field": {"title": 1.0, "date": 1.0, "agency": 1.0, "caption": 1.0,
                      "caption_credit": 1.0},
    },
    # Written unseen, measured once untouched (0.944, 39 leaked), then tuned on.
    "dev_set8": {
        "fields_exact": 0.985,
        "per_field": {"title": 1.0, "dateline_city": 1.0, "agency": 1.0},
    },
    # Written unseen, measured once untouched (0.952 and 0.941), then tuned on.
    "dev_set9": {
        "fields_exact": 0.98,
        "per_field": {"title": 1.0, "agency": 1.0, "authors": 1.0, "editors": 1.0},
    },
    "dev_set10": {
        "fields_exact": 0.98,
        "per_field": {"title": 1.0, "dateline_city": 1.0, "country": 1.0, "region": 1.0},
    },
    # The eighth held-out set (0.939 untouched), a development set since its round.
    "dev_set11": {
        "fields_exact": 0.98,
        "per_field": {"title": 1.0, "dateline_city": 1.0, "region": 1.0, "agency": 1.0,
                      "authors": 1.0, "editors": 1.0, "language": 1.0, "section": 1.0},
    },
    # The ninth held-out set (0.941 untouched), a development set since its round.
    "dev_set12": {
        "fields_exact": 0.99,
        "per_field": {"title": 1.0, "date": 1.0, "dateline_city": 1.0, "agency": 1.0,
                      "authors": 1.0, "editors": 1.0, "language": 1.0, "caption": 1.0,
                      "caption_credit": 1.0, "section": 1.0},
    },
    # The tenth held-out set (0.956 untouched), a development set since its round.
    "dev_set13": {
        # Country and region miss on the Exuma story: it names only an island and a
        # settlement the gazetteer lacks.
        "fields_exact": 0.99,
        "per_field": {"title": 1.0, "date": 1.0, "dateline_city": 1.0, "agency": 1.0,
                      "authors": 1.0, "editors": 1.0, "language": 1.0, "caption": 1.0,
                      "caption_credit": 1.0, "section": 1.0},
    },
    # The eleventh held-out set (0.971 untouched, 9 leaked), a development set since its round.
    "dev_set14": {
        # Country and region miss on the Cayman Compass story: it names only George Town
        # (a bigger George Town is in Malaysia) and "Caymanian".
        "fields_exact": 0.99,
        "per_field": {"title": 1.0, "date": 1.0, "dateline_city": 1.0, "agency": 1.0,
                      "authors": 1.0, "editors": 1.0, "language": 1.0, "caption": 1.0,
                      "caption_credit": 1.0, "section": 1.0},
    },
    # The twelfth held-out set (0.951 untouched), a development set since its round.
    "dev_set15": {
        "fields_exact": 0.99,
        "per_field": {"title": 1.0, "dateline_city": 1.0, "region": 1.0, "agency": 1.0,
                      "editors": 1.0, "language": 1.0, "caption": 1.0, "caption_credit": 1.0,
                      "section": 1.0},
    },
    # The thirteenth held-out set (0.943 untouched, 4 leaked), a development set since its round.
    "dev_set16": {
        "fields_exact": 0.98,
        "per_field": {"title": 1.0, "date": 1.0, "dateline_city": 1.0, "agency": 1.0,
                      "authors": 1.0, "editors": 1.0, "language": 1.0, "caption": 1.0,
                      "caption_credit": 1.0, "section": 1.0},
    },
    # The fourteenth held-out set (0.956 untouched, 4 leaked), a development set since its round.
    "dev_set17": {
        # Left: "Köln" is Cologne in English (an exonym the gazetteer lacks); "Ош" (Osh)
        # is not in the gazetteer in Cyrillic; the Kariba story is set on the Zambian side
        # of a lake named after a Zimbabwean town.
        "fields_exact": 0.99,
        "per_field": {"title": 1.0, "date": 1.0, "agency": 1.0, "authors": 1.0,
                      "editors": 1.0, "language": 1.0, "caption": 1.0, "caption_credit": 1.0,
                      "section": 1.0},
    },
    # The fifteenth held-out set (0.962 untouched, 14 leaked), a development set since its round.
    "dev_set18": {
        # Left: the Yerseke story names Belgium twice (where the mussels are sold) and
        # no place the gazetteer knows in the Netherlands but Zeeland.
        "fields_exact": 0.99,
        "per_field": {"title": 1.0, "date": 1.0, "dateline_city": 1.0, "region": 1.0,
                      "agency": 1.0, "authors": 1.0, "editors": 1.0, "language": 1.0,
                      "caption": 1.0, "caption_credit": 1.0, "section": 1.0},
    },
    # The sixteenth held-out set (0.949 untouched, 29 leaked), a development set since its round.
    "dev_set19": {
        # Left: a bare "RSS" wire line, two bylines and a print-widget caption (see
        # round19); "Oberhof (dpa/th)" is read from the small-town index since round 21 and
        # the colon dateline ("Biratnagar, May 8:") since round 48.
        "fields_exact": 0.99,
        "per_field": {"title": 1.0, "date": 1.0, "dateline_city": 1.0, "country": 1.0,
                      "region": 1.0, "editors": 1.0, "language": 1.0, "section": 1.0},
    },
    # The seventeenth held-out set (0.949 untouched, 8 leaked), a development set since its round.
    "dev_set20": {
        "fields_exact": 0.98,
        "per_field": {"title": 1.0, "date": 1.0, "dateline_city": 1.0, "agency": 1.0,
                      "language": 1.0, "caption": 1.0, "caption_credit": 1.0, "section": 1.0},
    },
    # The eighteenth held-out set (0.985 untouched, 10 leaked, 65/66 must-have), a development
    # set since its round; fields 1.000 after its field round.
    "dev_set21": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The nineteenth held-out set (0.949 untouched, 15 leaked, 67/68 must-have), a
    # development set since its round.
    "dev_set22": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The twentieth held-out set (0.949 untouched, 7 leaked), a development set since its
    # round.
    "dev_set23": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The twenty-first held-out set (0.978 untouched, 13 leaked), a development set since
    # its round (fields 1.0 after it).
    "dev_set24": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The twenty-second held-out set (0.980 untouched, 6 leaked), a development set since
    # its round.
    "dev_set25": {
        "fields_exact": 0.99,
        "per_field": {"title": 1.0, "date": 1.0, "dateline_city": 1.0, "agency": 1.0,
                      "authors": 1.0, "editors": 1.0, "language": 1.0, "caption": 1.0,
                      "caption_credit": 1.0, "section": 1.0},
    },
    # The twenty-third held-out set (0.951 untouched, 8 leaked), a development set since
    # its round.
    "dev_set26": {
        "fields_exact": 0.99,
        "per_field": {"title": 1.0, "date": 1.0, "dateline_city": 1.0, "agency": 1.0,
                      "authors": 1.0, "editors": 1.0, "language": 1.0, "caption": 1.0,
                      "caption_credit": 1.0, "section": 1.0},
    },
    # The twenty-fourth held-out set (0.953 untouched, 6 leaked), a development set since
    # its round; fields 0.997 after its field round.
    "dev_set27": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The twenty-fifth held-out set (0.961 untouched, 6 leaked), a development set since
    # its round; fields 1.000 after its field round.
    "dev_set28": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The twenty-sixth held-out set (0.992 untouched, 6 leaked), a development set since
    # its round.
    "dev_set29": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The twenty-seventh held-out set (0.990 untouched, 5 leaked once its generator bug was
    # fixed), a development set since.
    "dev_set30": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The twenty-eighth held-out set (0.977 untouched, 4 leaked), a development set since
    # its round.
    "dev_set31": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The twenty-ninth held-out set (0.982 untouched, 2 leaked), a development set since
    # its round.
    "dev_set32": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The thirtieth held-out set (0.974 untouched, 7 leaked), a development set since
    # its round.
    "dev_set33": {
        "fields_exact": 0.98,
        "per_field": {"title": 1.0, "date": 1.0, "region": 1.0, "agency": 1.0, "authors": 1.0,
                      "language": 1.0, "caption": 1.0, "caption_credit": 1.0, "section": 1.0},
    },
    # The thirty-first held-out set (0.982 untouched, 5 leaked), a development set since
    # its round.
    "dev_set34": {
        "fields_exact": 0.99,
        "per_field": {"title": 1.0, "dateline_city": 1.0, "country": 1.0, "region": 1.0,
                      "agency": 1.0, "authors": 1.0, "language": 1.0, "caption": 1.0,
                      "caption_credit": 1.0, "section": 1.0},
    },
    # The thirty-second held-out set (0.979 untouched, 3 leaked), a development set since
    # its round.
    "dev_set35": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The thirty-third held-out set (0.977 untouched, 6 leaked), a development set since
    # its round.
    "dev_set36": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The thirty-fourth held-out set (0.982 untouched, 8 leaked), a development set since
    # its round.
    "dev_set37": {
        "fields_exact": 0.99,
        "per_field": {"title": 1.0, "date": 1.0, "dateline_city": 1.0, "agency": 1.0,
                      "authors": 1.0, "editors": 1.0, "language": 1.0, "caption": 1.0,
                      "caption_credit": 1.0, "section": 1.0},
    },
    # The thirty-fifth held-out set (0.930 untouched, 10 leaked), a development set since
    # its round.
    "dev_set38": {
        "fields_exact": 0.98,
        "per_field": {"title": 1.0, "date": 1.0, "dateline_city": 1.0, "agency": 1.0,
                      "editors": 1.0, "language": 1.0, "caption": 1.0, "caption_credit": 1.0,
                      "section": 1.0},
    },
    # The thirty-sixth held-out set (0.969 untouched, 17 leaked), a development set since
    # its round.
    "dev_set39": {
        "fields_exact": 0.995,
        "per_field": {"title": 1.0, "date": 1.0, "dateline_city": 1.0, "region": 1.0, "agency": 1.0,
                      "authors": 1.0, "editors": 1.0, "language": 1.0, "caption": 1.0,
                      "caption_credit": 1.0, "section": 1.0},
    },
    # The thirty-seventh held-out set (0.979 untouched, 12 leaked), a development set since
    # its round.
    "dev_set40": {
        "fields_exact": 0.99,
        "per_field": {"title": 1.0, "date": 1.0, "dateline_city": 1.0, "agency": 1.0,
                      "authors": 1.0, "editors": 1.0, "language": 1.0, "caption": 1.0,
                      "caption_credit": 1.0, "section": 1.0},
    },
    # The thirty-eighth held-out set (0.951 untouched, 13 leaked), a development set since
    # its round.
    "dev_set41": {
        "fields_exact": 0.985,
        "per_field": {"title": 1.0, "date": 1.0, "agency": 1.0, "authors": 1.0, "editors": 1.0,
                      "language": 1.0, "caption": 1.0, "caption_credit": 1.0, "section": 1.0},
    },
    # The thirty-ninth held-out set (0.930 untouched, 4 leaked), a development set since
    # its round.
    "dev_set42": {
        "fields_exact": 0.98,
        "per_field": {"title": 1.0, "date": 1.0, "dateline_city": 1.0, "agency": 1.0,
                      "authors": 1.0, "editors": 1.0, "language": 1.0, "caption": 1.0,
                      "caption_credit": 1.0, "section": 1.0},
    },
    # The fortieth held-out set (0.958 untouched, 11 leaked), a development set since
    # its round.
    "dev_set43": {
        "fields_exact": 0.99,
        "per_field": {"title": 1.0, "date": 1.0, "dateline_city": 1.0, "agency": 1.0,
                      "authors": 1.0, "editors": 1.0, "language": 1.0, "caption": 1.0,
                      "caption_credit": 1.0, "section": 1.0},
    },
    # The forty-first held-out set (0.971 untouched, 9 leaked), a development set since
    # its round (1.000, 0 leaked after it).
    "dev_set44": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The forty-second held-out set (0.992 untouched, 2 leaked), a development set since
    # its round (1.000, 0 leaked after it).
    "dev_set45": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The forty-third held-out set (0.979 untouched, 6 leaked), a development set since
    # its round (1.000, 0 leaked after it).
    "dev_set46": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The forty-fourth held-out set (0.969 untouched, 5 leaked), at its round figures.
    "dev_set47": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The forty-fifth held-out set (0.974 untouched, 7 leaked), at its round figures.
    "dev_set48": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The forty-sixth held-out set (0.964 untouched, 2 leaked), at its round figures.
    "dev_set49": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The forty-seventh held-out set (0.977 untouched, 6 leaked), at its round figures.
    "dev_set50": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The forty-eighth held-out set (0.977 untouched, 7 leaked), at its round figures.
    "dev_set51": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The forty-ninth held-out set (0.984 untouched, 4 leaked), at its round figures (its
    # date and author misses fixed in the round after).
    "dev_set52": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The fiftieth held-out set (0.971 untouched, 10 leaked), at its round figures: the
    # Hangul dateline city (and so its country) and Portsmouth, Dominica, are left.
    "dev_set53": {
        "fields_exact": 0.99,
        "per_field": {"title": 1.0, "date": 1.0, "agency": 1.0, "authors": 1.0,
                      "editors": 1.0, "language": 1.0, "caption": 1.0, "caption_credit": 1.0,
                      "section": 1.0},
    },
    # The fifty-first held-out set (0.977 untouched, 20 leaked), at its round figures: the
    # Odesa (Ukrainian case forms) and Horsham, Victoria (a region the gazetteer lacks)
    # countries are left; round 78 took the ownership line "X er í eigu Y hf." (Sýn hf.).
    "dev_set54": {
        "fields_exact": 0.985,
        "per_field": {"title": 1.0, "date": 1.0, "dateline_city": 1.0, "agency": 1.0,
                      "authors": 1.0, "editors": 1.0, "language": 1.0, "caption": 1.0,
                      "caption_credit": 1.0, "section": 1.0},
    },
    # The fifty-second held-out set (0.964 untouched, 3 leaked, 63/64 must-have), at its
    # round figures: its dateline "PORT-VILA (AFP)" gives GeoNames' own "Port-Vila" where
    # the label says "Port Vila" (twice), and Bahrain's Arabic story has no country yet.
    "dev_set55": {
        "fields_exact": 0.985,
        "per_field": {"title": 1.0, "date": 1.0, "agency": 1.0, "authors": 1.0,
                      "editors": 1.0, "language": 1.0, "caption": 1.0, "caption_credit": 1.0,
                      "section": 1.0},
    },
    # The fifty-third held-out set (0.984 untouched, 9 leaked), at its round figures.
    "dev_set56": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The fifty-fourth held-out set (0.971 untouched, 2 leaked), at its round figures.
    "dev_set57": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The fifty-fifth held-out set (0.961 untouched, 7 leaked), at its round figures: a
    # plain-text Norwegian page that declares nothing is labelled 'nb' where earlier sets
    # label the same case 'no' (its Swedish TT story takes SE since round 59).
    "dev_set58": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The fifty-sixth held-out set (0.966 untouched, 13 leaked), a development set since
    # its round.
    "dev_set59": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The fifty-seventh held-out set (0.958 untouched, 12 leaked), at its round figures: a
    # Bengali staff story that names only the capital's markets has no country, and one
    # dateline is labelled 'Mysore' where GeoNames (and dev_set21's label) say 'Mysuru'.
    "dev_set60": {
        "fields_exact": 0.99,
        "per_field": {"title": 1.0, "date": 1.0, "agency": 1.0, "authors": 1.0, "editors": 1.0,
                      "language": 1.0, "caption": 1.0, "caption_credit": 1.0, "section": 1.0},
    },
    # The fifty-eighth held-out set (0.956 untouched, 11 leaked), at its round figures and
    # the leftovers round's: one story's country is left (a Euractiv story whose only place
    # is in a caption).
    "dev_set61": {
        "fields_exact": 0.99,
        "per_field": {"title": 1.0, "date": 1.0, "dateline_city": 1.0, "agency": 1.0,
                      "authors": 1.0, "editors": 1.0, "language": 1.0, "caption": 1.0,
                      "caption_credit": 1.0, "section": 1.0},
    },
    # The fifty-ninth held-out set (0.961 untouched, 12 leaked), a development set since
    # its round.
    "dev_set62": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The sixtieth held-out set (0.951 untouched, 14 leaked, 62 of 64 must-have sentences
    # kept), a development set since its round.
    "dev_set63": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The sixty-first held-out set (0.945 untouched, 13 leaked), a development set since
    # its round.
    "dev_set64": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The sixty-second held-out set (0.930 untouched, 14 leaked), a development set since
    # its round.
    "dev_set65": {
        "fields_exact": 0.994,
        "per_field": {"title": 1.0, "date": 1.0, "dateline_city": 1.0, "agency": 1.0,
                      "authors": 1.0, "editors": 1.0, "language": 1.0, "caption": 1.0,
                      "caption_credit": 1.0, "section": 1.0},
    },
    # The sixty-third held-out set (0.930 untouched, 17 leaked), a development set since
    # its round.
    "dev_set66": {
        "fields_exact": 0.978,
        "per_field": {"title": 1.0, "date": 1.0, "dateline_city": 1.0, "agency": 1.0,
                      "authors": 1.0, "editors": 1.0, "language": 1.0, "caption": 1.0,
                      "caption_credit": 1.0, "section": 1.0},
    },
    # The sixty-fourth held-out set (0.938 untouched, 9 leaked), a development set since
    # its round.
    "dev_set67": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The sixty-fifth held-out set (0.958 untouched, 13 leaked), a development set since
    # its round.
    "dev_set68": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The sixty-sixth held-out set (0.909 untouched, 13 leaked), a development set since
    # its round; the country of one English story named only by a district board stays open.
    "dev_set69": {
        "fields_exact": 0.994,
        "per_field": {"title": 1.0, "date": 1.0, "dateline_city": 1.0, "country": 0.968,
                      "region": 0.968, "agency": 1.0, "authors": 1.0, "editors": 1.0,
                      "language": 1.0, "caption": 1.0, "caption_credit": 1.0, "section": 1.0},
    },
    # The sixty-seventh held-out set (0.951 untouched, 16 leaked), a development set since
    # its round.
    "dev_set70": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The sixty-eighth held-out set (0.951 untouched, 11 leaked), a development set since
    # its round.
    "dev_set71": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The sixty-ninth held-out set (0.961 untouched, 7 leaked), a development set since
    # its round; one Ontario story told by no Canadian place stays open.
    "dev_set72": {
        "fields_exact": 0.997,
        "per_field": {"title": 1.0, "date": 1.0, "dateline_city": 1.0, "country": 0.968,
                      "region": 1.0, "agency": 1.0, "authors": 1.0, "editors": 1.0,
                      "language": 1.0, "caption": 1.0, "caption_credit": 1.0, "section": 1.0},
    },
    # The seventieth held-out set (0.956 untouched, 15 leaked), a development set since
    # its round.
    "dev_set73": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The seventy-first held-out set (0.961 untouched, 4 leaked), a development set since
    # its round.
    "dev_set74": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The seventy-second held-out set (0.945 untouched, 6 leaked), a development set since
    # its round; a Costa Rican national-park story, told by no place the gazetteers
    # know, stays without a country.
    "dev_set75": {
        "fields_exact": 0.994,
        "per_field": {"title": 1.0, "date": 1.0, "dateline_city": 1.0, "country": 0.968,
                      "region": 0.968, "agency": 1.0, "authors": 1.0, "editors": 1.0,
                      "language": 1.0, "caption": 1.0, "caption_credit": 1.0, "section": 1.0},
    },
    # The seventy-third held-out set (0.922 untouched, 4 leaked), a development set since
    # its round.
    "dev_set76": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The seventy-fourth held-out set (0.958 untouched, 6 leaked), a development set since
    # its round.
    "dev_set77": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The seventy-fifth held-out set (0.935 untouched, 1 leaked), a development set since
    # its round.
    "dev_set78": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The seventy-sixth held-out set (0.958 untouched, 3 leaked), a development set since
    # its round.
    "dev_set79": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The seventy-seventh held-out set (0.953 untouched, 3 leaked), a development set since
    # its round.
    "dev_set80": {
        # Country 31 of 32: Repretel's Pérez Zeledón story (a Costa Rican canton the
        # gazetteer lacks) is still placed in Argentina.
        "fields_exact": 0.997,
        "per_field": {"title": 1.0, "date": 1.0, "dateline_city": 1.0, "region": 1.0,
                      "agency": 1.0, "authors": 1.0, "editors": 1.0, "language": 1.0,
                      "caption": 1.0, "caption_credit": 1.0, "section": 1.0},
    },
    # The seventy-eighth held-out set (0.938 untouched, 4 leaked), a development set since
    # its round.
    "dev_set81": {
        # Country and region 29 of 32: three stories named only by places the gazetteer
        # lacks (Forster-Tuncurry's Great Lakes, Thattekkad, Kutai Kartanegara's villages).
        "fields_exact": 0.984,
        "per_field": {"title": 1.0, "date": 1.0, "dateline_city": 1.0, "agency": 1.0,
                      "authors": 1.0, "editors": 1.0, "language": 1.0, "caption": 1.0,
                      "caption_credit": 1.0, "section": 1.0},
    },
    # The seventy-ninth held-out set (0.961 untouched, 17 leaked), a development set since
    # its round.
    "dev_set82": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The eightieth held-out set (0.948 untouched, 7 leaked), a development set since
    # its round.
    "dev_set83": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The eighty-first held-out set (0.945 untouched, 9 leaked), a development set since
    # its round.
    "dev_set84": {
        "fields_exact": 0.994,
        "per_field": {"title": 1.0, "dateline_city": 1.0, "region": 1.0, "agency": 1.0,
                      "authors": 1.0, "editors": 1.0, "language": 1.0, "caption": 1.0,
                      "caption_credit": 1.0, "section": 1.0},
    },
    # The eighty-second held-out set (0.956 untouched, 10 leaked), a development set since
    # its round.
    "dev_set85": {
        "fields_exact": 0.986,
        "per_field": {"title": 1.0, "date": 1.0, "dateline_city": 1.0, "agency": 1.0,
                      "authors": 1.0, "editors": 1.0, "language": 1.0, "caption": 1.0,
                      "caption_credit": 1.0, "section": 1.0},
    },
    # The eighty-third held-out set (0.958 untouched, 11 leaked), a development set since
    # its round.
    "dev_set86": {
        "fields_exact": 0.989,
        "per_field": {"title": 1.0, "date": 1.0, "dateline_city": 1.0, "agency": 1.0,
                      "authors": 1.0, "editors": 1.0, "language": 1.0, "caption": 1.0,
                      "caption_credit": 1.0, "section": 1.0},
    },
    # The eighty-fourth held-out set (0.966 untouched, 21 leaked), 1.000 and no leak after its
    # round.
    "dev_set87": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The eighty-fifth held-out set (0.966 untouched, 3 leaked), 0.997 and no leak after its
    # round (a Ukrainian border-crossing story read as Poland).
    "dev_set88": {
        "fields_exact": 0.997,
        "per_field": {"title": 1.0, "date": 1.0, "dateline_city": 1.0, "region": 1.0,
                      "agency": 1.0, "authors": 1.0, "editors": 1.0, "language": 1.0,
                      "caption": 1.0, "caption_credit": 1.0, "section": 1.0},
    },
    # The eighty-sixth held-out set (0.971 untouched, 5 leaked; 0.979 on labels corrected to
    # earlier conventions), 1.000 and no leak after its round.
    "dev_set89": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The eighty-seventh held-out set (0.940 untouched, 1 leaked; 0.943 on labels corrected
    # to earlier conventions), 0.984 and no leak after its round (a Newcastle suburb in two
    # copies and a Marathi page still unplaced).
    "dev_set90": {
        "fields_exact": 0.984,
        "per_field": {"title": 1.0, "date": 1.0, "dateline_city": 1.0, "agency": 1.0,
                      "authors": 1.0, "editors": 1.0, "language": 1.0, "caption": 1.0,
                      "caption_credit": 1.0, "section": 1.0},
    },
    # The eighty-eighth held-out set (0.953 untouched, 13 leaked; 0.958 on labels corrected to
    # earlier conventions), 1.000 and no leak after its round.
    "dev_set91": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The eighty-ninth held-out set (0.932 untouched, 13 leaked), 1.000 and no leak after its
    # round.
    "dev_set92": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The ninetieth held-out set (0.940 untouched, 9 leaked), 0.997 and no leak after its
    # round (a Salvadoran village read as its Mexican namesake).
    "dev_set93": {
        "fields_exact": 0.997,
        "per_field": {"title": 1.0, "date": 1.0, "dateline_city": 1.0, "region": 1.0,
                      "agency": 1.0, "authors": 1.0, "editors": 1.0, "language": 1.0,
                      "caption": 1.0, "caption_credit": 1.0, "section": 1.0},
    },
    # The ninety-first held-out set (0.917 untouched, 14 leaked), 1.000 and no leak after
    # its round.
    "dev_set94": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The ninety-second held-out set (0.951 untouched, 8 leaked), 0.995 and no leak after
    # its round (a Tasmanian weekly's story names its one small town once in its body).
    "dev_set95": {
        "fields_exact": 0.994,
        "per_field": {"title": 1.0, "date": 1.0, "dateline_city": 1.0, "agency": 1.0,
                      "authors": 1.0, "editors": 1.0, "language": 1.0, "caption": 1.0,
                      "caption_credit": 1.0, "section": 1.0},
    },
    # The ninety-third held-out set (0.909 untouched, 4 leaked), 1.000 and no leak after
    # its round.
    "dev_set96": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The ninety-fourth held-out set (0.922 untouched, 13 leaked), 1.000 and no leak after
    # its round.
    "dev_set97": {
        "fields_exact": 1.0,
        "per_field": EVERY_FIELD_EXACT,
    },
    # The ninety-fifth held-out set (0.924 untouched, 12 leaked); floors at its untouched
    # figures until its round.
    "dev_set98": {
        "fields_exact": 0.924,
        "per_field": {"title": 1.0, "editors": 1.0, "language": 1.0, "caption": 1.0,
                      "section": 1.0},
        "max_chrome_leaked": 12,
    },
}


@pytest.mark.parametrize("name", sorted(GATES))
def test_extraction_quality_does_not_regress(name):
    gate = GATES[name]
    folder = gate.get("folder", ROOT / "bench" / name)  # a dev set's folder is its name
    report = evaluate_labels(folder / "labels.json", folder / "articles")
    assert not report["failures"], report["failures"]
    assert report["fields_exact"] >= gate["fields_exact"], report["fields_exact"]
    for field, floor in gate["per_field"].items():
        accuracy = report["per_field"][field]["accuracy"]
        assert accuracy >= floor, (field, accuracy, report["per_field"][field]["misses"])
    body = report["body"]
    assert body["must_have_kept"] == body["must_have"], body["lost"]
    assert body["chrome_leaked"] <= gate.get("max_chrome_leaked", 0), body["leaks"]
