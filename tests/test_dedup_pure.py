"""Unit tests of the pure dedup pieces: fingerprints, similarity, bucket edges,
best edge, root resolution, and output partition names. No Beam pipelines.
Every story below is invented.
"""

from __future__ import annotations

import random
import re

import pytest

from transforms import dedup
from transforms.dedup import (
    best_edge,
    bucket_edges,
    bucket_entries,
    rank_key,
    resolve_roots,
)
from transforms.fingerprint import (
    FIGURE_SKETCH_SIZE,
    content_hash,
    figure_overlap,
    figures_disagree,
    figures_sketch,
    fingerprint,
    jaccard,
    normalise_tokens,
    similarity,
)
from transforms.write import partition_of

STORY = [
    "Dock workers at the country's busiest Gulf coast port agreed on Thursday to end a "
    "four-day strike after the port operator offered a pay rise, union leaders said.",
    "The walkout had left dozens of container ships waiting offshore and delayed shipments of "
    "auto parts bound for factories in the north of the country.",
    '"We got most of what we asked for," said a union spokesman, adding that crews would '
    "return to work on the night shift and that loading would resume by morning.",
    "The operator said it would raise base wages by 9 percent this year and review overtime "
    "rules with the union before the end of July.",
    "Shipping agents said it could take a week or more to clear the backlog of vessels anchored "
    "off the coast, and that some carriers had already diverted cargo to other ports.",
    "Business groups had urged the federal government to step in, warning that the stoppage "
    "was costing manufacturers millions of dollars a day in lost production.",
    "The labour ministry, which brokered the talks, said both sides had agreed to meet again in "
    "three months to review working conditions at the terminal.",
    "The port handles roughly a third of the country's container traffic on the Gulf coast and "
    "is a key gateway for trade with Europe and the eastern United States.",
]

UPDATE_EXTRA = [
    "Late on Thursday, the first cranes were seen moving again at the main container terminal, "
    "and port officials said two ships had already been cleared to berth overnight.",
    "A spokeswoman for the largest carrier using the port said it expected schedules to return "
    "to normal within ten days, though some customers would still face delays.",
]

OTHER_STORY_SAME_EVENT = [
    "Container ships began docking again at the Gulf coast port on Friday, a day after workers "
    "called off a strike that had paralysed operations for most of the week.",
    "Terminal managers said they were running extra shifts to unload the vessels that had "
    "queued offshore, with priority given to perishable goods and car parts.",
    "Truck drivers waiting outside the gates said they had been told to expect long lines "
    "through the weekend as the backlog was cleared.",
    "Economists estimated that the four-day stoppage would shave a small fraction off quarterly "
    "exports but said the damage would be limited if operations normalised quickly.",
    "The strike was the longest at the port in more than a decade and came amid wider tensions "
    "over wages as inflation has eroded workers' purchasing power.",
    "Union officials said they would watch closely to make sure the operator kept its promises, "
    "and did not rule out further action if the agreement was not honoured.",
]

GOLD_TEMPLATE = (
    "Gold prices {d1} on {day} as the dollar {d2} and traders looked ahead to U.S. inflation "
    "figures due later in the week.\n\n"
    "Spot gold was {d3} {p1}% at ${a1} per ounce by 1400 GMT, while U.S. gold futures {d4} "
    "{p2}% to ${a2}.\n\n"
    '"The market is waiting for a clear signal from the Federal Reserve before committing in '
    'either direction," said a senior analyst at a London brokerage.\n\n'
    "The dollar index, which measures the greenback against a basket of six major currencies, "
    "was {d5} {p3}%, making bullion {cheap} for holders of other currencies.\n\n"
    "Holdings of the largest gold-backed exchange-traded fund {d6} {p4}% to {t1} tonnes on the "
    "previous session.\n\n"
    "Among other precious metals, spot silver {d7} {p5}% to ${a3} an ounce, platinum {d8} {p6}% "
    "to ${a4} and palladium {d9} {p7}% to ${a5}.\n\n"
    "Physical demand in Asia remained subdued, dealers said, with discounts in India widening "
    "to ${disc} an ounce over official domestic prices."
)
GOLD_MONDAY = GOLD_TEMPLATE.format(
    d1="edged higher", day="Monday", d2="weakened", d3="up", p1="0.4", a1="1,834.20",
    d4="rose", p2="0.3", a2="1,836.90", d5="down", p3="0.2", cheap="cheaper", d6="rose",
    p4="0.5", t1="1,027.45", d7="gained", p5="0.8", a3="27.41", d8="added", p6="1.1",
    a4="1,248.00", d9="fell", p7="0.6", a5="2,903.11", disc="6")
GOLD_TUESDAY = GOLD_TEMPLATE.format(
    d1="slipped", day="Tuesday", d2="firmed", d3="down", p1="0.6", a1="1,822.65", d4="fell",
    p2="0.5", a2="1,824.10", d5="up", p3="0.3", cheap="more expensive", d6="fell", p4="0.2",
    t1="1,025.40", d7="lost", p5="1.2", a3="27.08", d8="dropped", p6="0.9", a4="1,236.50",
    d9="rose", p7="0.4", a5="2,915.60", disc="8")

STOCKS_TEMPLATE = (
    "Mexican stocks {dir1} on {day} as investors weighed {factor} ahead of the central bank's "
    "policy decision later this week.\n\n"
    "The benchmark S&P/BMV IPC index {dir2} {pct1}% to {level} points by the close, with {n1} "
    "of its 35 members trading higher.\n\n"
    "The peso {dir3} {pct2}% to {fx} per dollar, while the yield on the 10-year local bond "
    "{dir4} {bp} basis points to {yld}%.\n\n"
    "Shares of mining group {co1} led the gains, climbing {pct3}%, while airport operator {co2} "
    "fell {pct4}% after reporting {metric} passenger traffic for the month.\n\n"
    "Trading volume was {vol} million shares, {cmp} the 30-day average, according to exchange "
    "data.\n\n"
    "Analysts at {bank} said they expected the market to remain range-bound until the rate "
    "decision, with investors focused on inflation data due on {day2}.\n\n"
    "Elsewhere in Latin America, Brazil's Bovespa index {dir5} {pct5}% and Chile's IPSA {dir6} "
    "{pct6}%."
)
STOCKS_A = STOCKS_TEMPLATE.format(
    dir1="rose", day="Tuesday", factor="stronger U.S. retail sales", dir2="gained", pct1="0.82",
    level="48,315.27", n1="24", dir3="firmed", pct2="0.4", fx="19.87", dir4="fell", bp="6",
    yld="6.84", co1="Grupo Minero Norte", co2="Aeropuertos del Pacifico", pct3="3.1",
    pct4="1.7", metric="weaker", vol="182.4", cmp="above", bank="Banco Atlas", day2="Thursday",
    dir5="added", pct5="0.55", dir6="slipped", pct6="0.21")
STOCKS_B = STOCKS_TEMPLATE.format(
    dir1="fell", day="Wednesday", factor="weaker Chinese factory data", dir2="lost",
    pct1="1.14", level="47,764.02", n1="9", dir3="weakened", pct2="0.7", fx="20.01",
    dir4="rose", bp="4", yld="6.88", co1="Cementos Valle", co2="Aeropuertos del Sureste",
    pct3="2.4", pct4="2.2", metric="lower", vol="203.9", cmp="below", bank="Banco Sierra",
    day2="Friday", dir5="dropped", pct5="0.93", dir6="edged up", pct6="0.12")


def body(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)


def sim_of(a: str, b: str) -> float:
    fa, fb = fingerprint(a), fingerprint(b)
    return similarity(jaccard(fa.signature, fb.signature), fa.shingle_count, fb.shingle_count)


def rescrape_noise(text: str) -> str:
    """Curly quotes, doubled spaces, NBSPs, different wrapping and case."""
    text = re.sub(r'"(\w)', "\u201c\\1", text).replace('"', "\u201d").replace("'", "\u2019")
    text = text.replace(". ", ".  ").replace(", ", ",\u00a0")
    words = text.split(" ")
    wrapped = []
    for i, word in enumerate(words):
        wrapped.append(word)
        wrapped.append("\n" if i % 9 == 8 else " ")
    return "".join(wrapped).upper()


# ---------------------------------------------------------------------------
# Fingerprints and similarity


def test_identical_text_identical_fingerprint():
    a, b = fingerprint(body(STORY)), fingerprint(body(STORY))
    assert a.signature == b.signature
    assert a.band_keys == b.band_keys
    assert a.shingle_count == b.shingle_count > 0
    assert len(a.signature) > 0
    assert len(a.band_keys) > 0
    assert jaccard(a.signature, b.signature) == 1.0


def test_rescrape_noise_gives_same_content_hash():
    original = body(STORY)
    noisy = rescrape_noise(original)
    assert noisy != original
    assert "\u201c" in noisy and "\u00a0" in noisy and "\n" in noisy
    assert content_hash(noisy) == content_hash(original)
    assert fingerprint(noisy).signature == fingerprint(original).signature


def test_content_hash_differs_for_different_wording():
    changed = body(STORY).replace("four-day strike", "five-day strike")
    assert content_hash(changed) != content_hash(body(STORY))
    assert re.fullmatch(r"[0-9a-f]{32}", content_hash(body(STORY)))


def test_normalise_tokens_folds_case_quotes_and_width():
    assert normalise_tokens("“Hello,”  WORLD\u00a0—  ｆｕｌｌ") == ["hello", "world", "full"]


def test_update_with_two_added_paragraphs_is_near_duplicate():
    first, updated = body(STORY), body(STORY + UPDATE_EXTRA)
    assert len(STORY) == 8
    assert sim_of(first, updated) >= 0.75
    assert sim_of(updated, first) == sim_of(first, updated)


def test_different_stories_on_same_event_are_not_duplicates():
    assert sim_of(body(STORY), body(OTHER_STORY_SAME_EVENT)) < 0.5


@pytest.mark.parametrize(("a", "b"), [(GOLD_MONDAY, GOLD_TUESDAY), (STOCKS_A, STOCKS_B)])
def test_templated_market_reports_are_not_duplicates(a, b):
    assert 130 <= len(a.split()) <= 180
    assert sim_of(a, b) < 0.75


def test_similarity_is_plain_jaccard_for_short_or_unbalanced_texts():
    assert similarity(0.3, 20, 25) == 0.3  # too few shingles for containment
    assert similarity(0.3, 100, 400) == 0.3  # lengths too different
    # containment: |A∩B| = J(|A|+|B|)/(1+J) = 0.6*300/1.6 = 112.5 of 100 -> capped at 1.0
    assert similarity(0.6, 100, 200) == 1.0
    assert similarity(0.5, 100, 100) == pytest.approx(2 / 3)


def test_empty_body_fingerprint():
    fp = fingerprint("")
    assert fp.shingle_count == 0
    assert fp.band_keys == ()


def test_minhash_values_equal_datasketch_update_batch():
    import numpy as np
    from datasketch import MinHash

    from transforms import fingerprint as fpmod

    rng = np.random.default_rng(5)
    for size in (0, 1, 7, 700):
        grams = np.unique(rng.integers(0, 1 << 32, size, dtype=np.uint64))
        reference = MinHash(num_perm=fpmod.NUM_PERM, hashfunc=fpmod._identity,
                            permutations=fpmod._permutations(fpmod.NUM_PERM),
                            scheme=fpmod.MINHASH_SCHEME)
        if len(grams):
            reference.update_batch(grams.tolist())
        values = fpmod.minhash_values(grams)
        assert values.dtype == reference.hashvalues.dtype
        assert values.tobytes() == reference.hashvalues.tobytes()


def test_token_hashes_are_xxh3_and_survive_the_cache_limit(monkeypatch):
    import xxhash

    from transforms import fingerprint as fpmod

    tokens = ["the", "minister", "said", "the", "plan", "would", "go", "ahead", "the"]
    expected = [xxhash.xxh3_64_intdigest(t.encode()) for t in tokens]
    assert fpmod.token_hashes(tokens).tolist() == expected
    monkeypatch.setattr(fpmod, "_TOKEN_CACHE_LIMIT", 4)
    monkeypatch.setattr(fpmod, "_token_hashes", {})
    assert fpmod.token_hashes(tokens[:3]).tolist() == expected[:3]
    assert fpmod.token_hashes(tokens).tolist() == expected  # over the limit: cleared first
    assert len(fpmod._token_hashes) <= len(set(tokens))
    assert fpmod.token_hashes([]).tolist() == []


# ---------------------------------------------------------------------------
# bucket_edges. Members are built through bucket_entries (the public producer of
# bucket members); edges have the documented shape
# (member id, (target rank, target id, similarity, method)).


def make_article(aid: str, text: str, words: int | None = None, date: str | None = "2021-05-06",
                 url: str | None = None) -> dict:
    return {"id": aid, "body": text, "word_count": len(text.split()) if words is None else words,
            "date": date, "content_hash": content_hash(text), "canonical_url": url}


def member_of(article: dict) -> tuple:
    entries = bucket_entries(article)
    members = {m for _, m in entries}
    assert len(members) == 1  # one member, many bucket keys
    return entries[0][1]


def keys_of(article: dict) -> list[str]:
    return [key for key, _ in bucket_entries(article)]


def edge_map(edges: list) -> dict[str, tuple]:
    out = dict(edges)
    assert len(out) == len(edges), "at most one edge per member and bucket"
    return out


A_STORY = body(STORY)
B_STORY = body(OTHER_STORY_SAME_EVENT)


def test_bucket_entries_keys():
    article = make_article("a1", A_STORY, url="https://example.com/port")
    keys = keys_of(article)
    assert keys[0] == f"h:{content_hash(A_STORY)}"
    assert keys[1] == "u:https://example.com/port"
    assert len(keys) == 2 + len(fingerprint(A_STORY).band_keys)
    assert "u:" not in "".join(keys_of(make_article("a2", A_STORY)))


def test_edges_point_to_better_ranked_members():
    articles = [
        make_article("short", A_STORY),
        make_article("long", body(STORY + UPDATE_EXTRA)),
        make_article("other", B_STORY),
    ]
    ranks = {a["id"]: member_of(a)[0] for a in articles}
    buckets: dict[str, list] = {}
    for article in articles:
        for key, mem in bucket_entries(article):
            buckets.setdefault(key, []).append(mem)
    edges = [e for key, members in buckets.items() for e in bucket_edges(key, members, 0.75)]
    assert edges, "the update and its first version share LSH bands"
    for member_id, (target_rank, target_id, sim, method) in edges:
        assert target_rank == ranks[target_id]
        assert target_rank < ranks[member_id]
        assert method == "near_minhash"
        assert sim >= 0.75
    assert {(m, e[1]) for m, e in edges} == {("short", "long")}


def test_exact_bucket_similarity_is_one():
    arts = [make_article("b", A_STORY, 300), make_article("a", A_STORY, 300),
            make_article("c", A_STORY, 250)]
    key = f"h:{content_hash(A_STORY)}"
    edges = edge_map(bucket_edges(key, [member_of(a) for a in arts], 0.75))
    target_rank = member_of(arts[1])[0]
    assert edges == {
        "b": (target_rank, "a", 1.0, "exact_body"),
        "c": (target_rank, "a", 1.0, "exact_body"),
    }


def test_canonical_url_bucket_links_regardless_of_threshold():
    url = "https://example.com/port"
    x = make_article("x", A_STORY, 300, url=url)
    y = make_article("y", B_STORY, 200, url=url)
    edges = bucket_edges(f"u:{url}", [member_of(x), member_of(y)], 0.75)
    assert len(edges) == 1
    member_id, (_, target, sim, method) = edges[0]
    assert (member_id, target, method) == ("y", "x", "canonical_url")
    assert 0.0 <= sim < 0.5


def test_near_bucket_below_threshold_gives_no_edge():
    x = make_article("x", A_STORY, 300)
    y = make_article("y", B_STORY, 200)
    assert bucket_edges("b3:ff", [member_of(x), member_of(y)], 0.75) == []


def test_near_bucket_links_to_best_ranked_member_that_resembles():
    # Same text: the smaller id ranks first; the other story is never a target.
    top = make_article("a-top", B_STORY)
    mid = make_article("b-mid", A_STORY)
    low = make_article("c-low", A_STORY)
    edges = edge_map(bucket_edges("b0:aa", [member_of(a) for a in (low, top, mid)], 0.75))
    assert set(edges) == {"c-low"}
    assert edges["c-low"][1] == "b-mid"
    assert edges["c-low"][3] == "near_minhash"
    assert edges["c-low"][2] >= 0.75


# Templated briefs: the same words, other figures (an invented quake bulletin).
QUAKE_BRIEF = (
    "An earthquake of magnitude {mag} struck off the coast on {day}, the geophysics agency "
    "said, with no immediate reports of damage or casualties. The quake hit at a depth of "
    "{depth} kilometres, about {dist} kilometres south-west of the port town, at {time} local "
    "time. The agency said there was no threat of a tsunami. Residents said they felt strong "
    "shaking for several seconds. The country sits on the Pacific Ring of Fire, an arc of "
    "volcanoes and fault lines around the Pacific Basin where most of the world's earthquakes "
    "happen, and the agency records hundreds of tremors every month across the archipelago."
)


def quake(mag: str, depth: int, dist: int, time_: str, day: str = "Friday") -> str:
    return QUAKE_BRIEF.format(mag=mag, depth=depth, dist=dist, time=time_, day=day)


def test_figures_sketch_normalises_separators_and_keeps_the_smallest_hashes():
    assert figures_sketch("It cost 1,000 dollars.") == figures_sketch("It cost 1.000 dollars.")
    assert figures_sketch("No figures here.") == b""
    many = " ".join(str(n) for n in range(100, 200))
    sketch = figures_sketch(many)
    assert len(sketch) == 4 * FIGURE_SKETCH_SIZE
    assert figures_sketch(many[::-1]) != sketch  # other figures, other sketch
    assert figure_overlap(sketch, figures_sketch(many + " 7 8 9"))[0] >= 0.8


def test_figure_overlap_needs_enough_figures_on_both_sides():
    assert figure_overlap(figures_sketch("1 2"), figures_sketch("1 2 3 4")) is None
    assert not figures_disagree(figures_sketch("1 2"), figures_sketch("5 6 7 8"))
    assert figures_disagree(figures_sketch("1 2 3 4 5"), figures_sketch("1 2 6 7 8"))
    # An update states more figures than the first version: judged on the smaller.
    assert not figures_disagree(figures_sketch("4 120 35"), figures_sketch("4 120 35 88 90 12"))
    # A correction of one figure among three is the same report (overlap 0.67).
    assert figure_overlap(figures_sketch("by 2025, 600 jobs, 900 million"),
                          figures_sketch("by 2025, 650 jobs, 900 million")) == (2 / 3, 1)
    assert not figures_disagree(figures_sketch("by 2025, 600 jobs, 900 million"),
                                figures_sketch("by 2025, 650 jobs, 900 million"))


def test_templated_briefs_with_other_figures_get_no_edge():
    first = make_article("a", quake("4.8", 39, 86, "10:17"))
    other = make_article("b", quake("5.1", 156, 53, "22:40"))
    assert sim_of(first["body"], other["body"]) >= 0.6  # the words alone would link them
    assert bucket_edges("b0:aa", [member_of(first), member_of(other)], 0.6) == []


def test_copy_of_a_templated_brief_still_links_to_its_own_original():
    # Three briefs of one template; a re-scrape of the second finds the second,
    # not the best-ranked brief of the bucket.
    briefs = [make_article("a", quake("4.8", 39, 86, "10:17")),
              make_article("b", quake("5.1", 156, 53, "22:40")),
              make_article("c", quake("6.0", 12, 140, "03:05"))]
    rescrape = make_article("d", quake("5.1", 156, 53, "22:40").replace("'", "\u2019"))
    edges = edge_map(bucket_edges("b1:bb", [member_of(a) for a in [*briefs, rescrape]], 0.6))
    assert set(edges) == {"d"}
    assert edges["d"][1] == "b"


def test_single_member_bucket_has_no_edges():
    assert bucket_edges("h:x", [member_of(make_article("a", A_STORY))], 0.75) == []


def test_large_exact_bucket_links_every_copy_to_the_best_ranked():
    # Work is bounded by max_compare (see the next tests); speed is measured in
    # bench/suite.py, not here: a wall-clock limit fails on a busy machine.
    arts = [make_article(f"id{i:04d}", A_STORY, 1000 - i) for i in range(500)]
    members = [member_of(a) for a in arts]
    random.Random(7).shuffle(members)
    edges = bucket_edges(f"h:{content_hash(A_STORY)}", members, 0.75, max_compare=64)
    assert len(edges) == 499
    assert len({m for m, _ in edges}) == 499
    assert all(target == "id0000" for _, (_, target, _, _) in edges)


def _stranger_bodies(n: int) -> list[str]:
    rng = random.Random(11)
    vocab = [f"w{i}" for i in range(5000)]
    return [" ".join(rng.choice(vocab) for _ in range(80)) for _ in range(n)]


def test_large_near_bucket_of_strangers_compares_at_most_max_compare_each(monkeypatch):
    members = [member_of(make_article(f"id{i:04d}", text, 1000 - i))
               for i, text in enumerate(_stranger_bodies(500))]
    compared: list[int] = []
    real = dedup.similarities

    def counting(shares, count, leader_counts):
        compared.append(len(shares))
        return real(shares, count, leader_counts)

    monkeypatch.setattr(dedup, "similarities", counting)
    edges = bucket_edges("b1:00", members, 0.75, max_compare=64)
    assert edges == []
    assert len(compared) == 499 and max(compared) == 64  # one batch per member, 64 at most


def test_comparisons_capped_at_max_compare_leaders():
    members = [member_of(make_article(f"id{i:02d}", A_STORY, 100 - i)) for i in range(20)]
    edges = bucket_edges("b2:11", members, 0.75, max_compare=4)
    assert len(edges) == 19
    leaders = {"id00", "id01", "id02", "id03"}
    assert {target for _, (_, target, _, _) in edges} <= leaders


def test_bucket_edges_deterministic_under_shuffle():
    rng = random.Random(3)
    members = [member_of(make_article(f"m{i:02d}", A_STORY if i % 3 else B_STORY,
                                      300 - (i % 7), date=f"2021-05-{1 + i % 9:02d}"))
               for i in range(40)]
    expected = sorted(bucket_edges("b5:cd", members, 0.75))
    assert expected
    for _ in range(5):
        shuffled = members[:]
        rng.shuffle(shuffled)
        assert sorted(bucket_edges("b5:cd", shuffled, 0.75)) == expected


def test_rank_prefers_most_distinct_text_then_earliest_then_smallest_id():
    a = make_article("b", "x " * 10, date="2021-05-06")
    b = make_article("a", "x " * 10, date="2021-05-07")
    c = make_article("c", "x " * 10, date="2021-05-09")
    d = make_article("a2", "x " * 10, date=None)
    e = make_article("a1", "x " * 10, date="2021-05-06")
    sizes = {"b": 300, "a": 300, "c": 400, "a2": 300, "a1": 300}
    ranked = sorted([a, b, c, d, e], key=lambda art: rank_key(art, sizes[art["id"]]))
    assert ranked == [c, e, a, b, d]


def test_padding_does_not_make_a_record_the_one_kept():
    clean = make_article("clean", A_STORY)
    padded = make_article("padded", A_STORY + "\n\n" + "By A. A. " * 2000)
    assert padded["word_count"] > clean["word_count"]
    shingles_clean, shingles_padded = member_of(clean)[2], member_of(padded)[2]
    assert shingles_padded - shingles_clean < 10  # repetition adds almost no distinct text


# ---------------------------------------------------------------------------
# best_edge and resolve_roots


def test_best_edge_prefers_best_ranked_target():
    edges = [
        ((-300, "2021-05-06", "b"), "b", 0.9, "near_minhash"),
        ((-500, "2021-05-06", "a"), "a", 0.8, "near_minhash"),
        ((-400, "2021-05-06", "c"), "c", 1.0, "exact_body"),
    ]
    assert best_edge(edges)[1] == "a"


def test_best_edge_ties_go_to_stronger_method():
    rank = (-500, "2021-05-06", "a")
    edges = [
        (rank, "a", 0.95, "near_minhash"),
        (rank, "a", 0.40, "canonical_url"),
        (rank, "a", 1.0, "exact_body"),
    ]
    assert best_edge(edges)[3] == "exact_body"
    assert best_edge(edges[:2])[3] == "canonical_url"


def test_best_edge_same_method_prefers_higher_similarity():
    rank = (-500, "2021-05-06", "a")
    assert best_edge([(rank, "a", 0.8, "near_minhash"), (rank, "a", 0.9, "near_minhash")])[2] \
        == 0.9


def edge(target: str, sim: float = 0.9, method: str = "near_minhash") -> tuple:
    return ((0, "", target), target, sim, method)


def test_resolve_roots_chain():
    links = resolve_roots({"A": edge("B", 0.81), "B": edge("C", 1.0, "exact_body")})
    assert links == {
        "A": {"duplicate_of": "C", "matched": "B", "similarity": 0.81, "method": "near_minhash"},
        "B": {"duplicate_of": "C", "matched": "C", "similarity": 1.0, "method": "exact_body"},
    }


def test_resolve_roots_long_chain_any_order():
    edges = {"E": edge("D"), "B": edge("A"), "D": edge("C"), "C": edge("B")}
    links = resolve_roots(edges)
    assert {m: link["duplicate_of"] for m, link in links.items()} == {
        "B": "A", "C": "A", "D": "A", "E": "A"}
    assert links["E"]["matched"] == "D"
    assert "A" not in links


def test_resolve_roots_forest():
    links = resolve_roots({"x1": edge("x0"), "y1": edge("y0"), "y2": edge("y1")})
    assert {m: link["duplicate_of"] for m, link in links.items()} == {
        "x1": "x0", "y1": "y0", "y2": "y0"}


def test_resolve_roots_breaks_a_cycle_and_keeps_one_record():
    # One id standing for two records (re-read after a crash, and an earlier run's index
    # entry) can close a cycle: one end is kept, nothing hangs or raises.
    links = resolve_roots({"A": edge("B"), "B": edge("A")})
    assert {m: link["duplicate_of"] for m, link in links.items()} == {"B": "A"}
    links = resolve_roots({"A": edge("B"), "B": edge("C"), "C": edge("A"), "D": edge("C")})
    kept = {"A", "B", "C", "D"} - set(links)
    assert len(kept) == 1
    assert all(link["duplicate_of"] in kept for link in links.values())


# ---------------------------------------------------------------------------
# write.partition_of


@pytest.mark.parametrize(
    ("date", "region", "expected"),
    [
        ("2021-05-06", "americas", "date=2021-05-06/region=americas"),
        ("2021-05-06", "latin-america-and-the-caribbean",
         "date=2021-05-06/region=latin-america-and-the-caribbean"),
        ("2021-05-06", "mx", "date=2021-05-06/region=mx"),
        (None, "europe", "date=unknown/region=europe"),
        ("2021-05-06", None, "date=2021-05-06/region=unknown"),
        ("../..", "americas", "date=unknown/region=americas"),
        ("2021-05-06/../../x", "americas", "date=unknown/region=americas"),
        ("2021-05-06", "../..", "date=2021-05-06/region=unknown"),
        ("2021-05-06", "Americas", "date=2021-05-06/region=unknown"),
        ("2021-05-06", "a/b", "date=2021-05-06/region=unknown"),
        ("2021-05-06", "", "date=2021-05-06/region=unknown"),
        ("2021-05-06", "-americas", "date=2021-05-06/region=unknown"),
        ("2021-05-06", "a" * 41, "date=2021-05-06/region=unknown"),
        ("2021-05-06", "americas\n", "date=2021-05-06/region=unknown"),
        ("2021-05-06\n", "americas", "date=unknown/region=americas"),
        ("2021-05-06T10:00:00", "americas", "date=unknown/region=americas"),
        (20210506, ["americas"], "date=unknown/region=unknown"),
    ],
)
def test_partition_of(date, region, expected):
    assert partition_of({"date": date, "region": region}) == expected


def test_partition_of_missing_keys():
    assert partition_of({}) == "date=unknown/region=unknown"


def test_vectorised_similarities_equal_the_scalar_similarity():
    import numpy as np

    from transforms.fingerprint import corrected_jaccard, similarities, similarity

    shares = np.array([0.0, 0.1, 0.35, 0.5, 0.62, 0.9, 1.0, 0.004])
    for count in (10, 49, 50, 120, 400):
        others = np.array([5, 50, 60, 100, 240, 400, 800, 0], dtype=np.int64)
        got = similarities(shares, count, others)
        want = [similarity(corrected_jaccard(float(s)), count, int(o))
                for s, o in zip(shares, others, strict=True)]
        assert got.tolist() == want
