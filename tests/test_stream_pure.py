"""The stream job's pure functions, without Beam or a broker: message decoding,
watermarks, the reader's restriction, offset commits, pane commits and recovery,
stream dedup against a bucket's history."""

from __future__ import annotations

import base64

import orjson
import pytest

from pipelines.publish import messages_of
from tests.conftest import story
from transforms import stream_write
from transforms.dedup import bucket_entries, with_fingerprint
from transforms.kafka_source import (
    CLOSE,
    PartitionTask,
    PositionsProvider,
    PositionsTracker,
    ReaderTask,
    event_time,
    next_watermark,
    reader_tasks,
)
from transforms.messages import message_to_records, message_uri
from transforms.process import process_record
from transforms.stream_dedup import (
    EXPIRES,
    apply_links,
    by_bucket,
    compare_shard,
    compare_with_history,
    expiry,
    expiry_step,
    seed_entries,
    staged_form,
)


def msg(value: bytes, offset: int = 7, headers: dict | None = None) -> dict:
    return {"topic": "news", "partition": 2, "offset": offset, "key": "k", "value": value,
            "headers": headers or {}, "timestamp_ms": 1_700_000_000_000}


# --- messages -----------------------------------------------------------------

def test_a_text_message_keeps_its_kafka_position_and_header_url():
    records = message_to_records(msg(story("ferry fares").encode(),
                                     headers={"URL": "https://example.org/news/ferry-fares"}))
    assert len(records) == 1
    record = records[0]
    assert record["source"]["uri"] == message_uri("news", 2, 7)
    assert (record["source"]["topic"], record["source"]["partition"],
            record["source"]["offset"], record["source"]["key"]) == ("news", 2, 7, "k")
    assert record["fields"]["url"] == "https://example.org/news/ferry-fares"
    again = message_to_records(msg(story("ferry fares").encode()))[0]
    assert again["id"] == record["id"]  # the same message read twice: the same id


def test_a_news_please_record_message_is_mapped_like_a_file():
    value = orjson.dumps({"title": "Dam opens", "maintext": story("dam opening"),
                          "date_publish": "2021-05-06 10:00:00", "url": "https://x.org/a/dam"})
    [record] = message_to_records(msg(value, headers={"content-type": "application/json"}))
    assert record["format"] == "json" and record["fields"]["title"] == "Dam opens"


@pytest.mark.parametrize(("value", "reason"), [
    (b"", "empty"),
    (b"\x00\x01\x02\xff" * 100, "binary_content"),
    (b'{"title": "half', "malformed_json"),
])
def test_bad_messages_are_dead_letters_with_their_position(value, reason):
    [letter] = message_to_records(msg(value))
    assert letter["reason"] == reason
    assert letter["source"]["offset"] == 7 and letter["source"]["topic"] == "news"


def test_an_oversized_message_is_a_dead_letter_not_a_crash():
    [letter] = message_to_records(msg(b"x" * 5000), max_bytes=1000)
    assert letter["reason"] == "too_large" and letter["raw_truncated"] is False


# --- watermarks and the reader's restriction -------------------------------------

def test_watermark_holds_when_a_bundle_read_nothing_and_is_behind():
    assert next_watermark(None, None, now=100.0, skew=2, idle=False) is None
    assert next_watermark(50.0, None, now=100.0, skew=2, idle=False) == 50.0


def test_watermark_follows_events_never_the_future_and_idle_means_now():
    assert next_watermark(None, 90.0, now=100.0, skew=2, idle=False) == 88.0
    assert next_watermark(None, 500.0, now=100.0, skew=2, idle=False) == 98.0  # clock skew
    assert next_watermark(95.0, 90.0, now=100.0, skew=2, idle=False) == 95.0  # monotone
    assert next_watermark(50.0, None, now=100.0, skew=2, idle=True) == 98.0


def test_event_time_of_a_message_without_timestamp_is_now():
    assert event_time(0, 123.0) == 123.0 and event_time(5000, 123.0) == 5.0


def test_reader_tasks_spread_partitions_round_robin():
    parts = [PartitionTask("t", p, 0) for p in range(5)]
    tasks = reader_tasks(parts, readers=2)
    assert [[p.partition for p in t.partitions] for t in tasks] == [[0, 2, 4], [1, 3]]
    assert len(reader_tasks(parts, readers=1)[0].partitions) == 5


def test_positions_tracker_checkpoints_and_closes():
    task = ReaderTask("r", (PartitionTask("t", 0, 10), PartitionTask("t", 1, 3)))
    provider = PositionsProvider()
    tracker = provider.create_tracker(provider.initial_restriction(task))
    assert not tracker.is_bounded()
    assert tracker.try_claim(("t", 0, 10, 5.0)) and tracker.try_claim(("t", 1, 3, 6.0))
    with pytest.raises(ValueError):
        tracker.try_claim(("t", 0, 10, 5.0))  # twice
    assert tracker.try_split(0.5) is None  # never cut in pieces
    primary, residual = tracker.try_split(0)
    assert residual.offsets() == {("t", 0): 11, ("t", 1): 4}
    assert residual.newest_events() == {("t", 0): 5.0, ("t", 1): 6.0}
    assert primary.closed and not residual.closed
    tracker.check_done()
    resumed = PositionsTracker(residual)
    assert resumed.try_claim(CLOSE) is False
    resumed.check_done()
    assert resumed.is_bounded()
    with pytest.raises(ValueError):
        PositionsTracker(residual).check_done()  # returned without checkpoint or close


# --- offsets ----------------------------------------------------------------------

def test_the_committed_offset_only_moves_over_an_unbroken_run():
    durable = {5, 6, 8}
    assert stream_write.next_commit(5, durable) == 7 and durable == {8}
    assert stream_write.next_commit(7, durable) == 7  # 7 is still in flight
    durable.add(7)
    assert stream_write.next_commit(7, durable) == 9


def test_offsets_of_a_pane_per_partition():
    items = [("articles", {"source": {"topic": "t", "partition": 0, "offset": 4}}),
             ("dead_letter", {"source": {"topic": "t", "partition": 1, "offset": 2}}),
             ("articles", {"source": {"topic": "t", "partition": 0, "offset": 3}}),
             ("_state/fingerprints", {"id": "x"})]
    assert stream_write.offsets_of(items) == {"t/0": [3, 4], "t/1": [2]}


def test_a_pane_splits_kept_articles_and_duplicates_with_their_index_entries():
    [raw] = message_to_records(msg(story("tram depot").encode()))
    kind, kept = process_record(raw, "m49-region", fingerprint=True)
    assert kind == "article"
    link = {"duplicate_of": kept["id"], "matched": kept["id"], "similarity": 1.0,
            "method": "exact_body"}
    copy = {**kept, "id": "c"}
    out = apply_links([staged_form(kept), staged_form(copy)], {"c": link})
    kinds = [(kind, record["id"]) for kind, record in out]
    assert kinds == [("articles", kept["id"]), ("_state/fingerprints", kept["id"]),
                     ("duplicates", "c")]
    assert all("_fingerprint" not in record for _, record in out)


# --- pane commits and recovery ------------------------------------------------------

def _items(n: int) -> list[tuple[str, dict]]:
    return [("articles", {"id": f"a{i}", "date": "2021-05-06", "region": "europe",
                          "source": {"topic": "t", "partition": 0, "offset": i}})
            for i in range(n)]


def test_a_pane_commit_publishes_files_and_a_ledger(tmp_path):
    name = stream_write.pane_name(0, 60, 0, "attempt1")
    ledger = stream_write.commit_pane(str(tmp_path), name, _items(3), (0, 60), 0, "2026-11-28")
    assert ledger["status"] == "committed" and ledger["offsets"] == {"t/0": [0, 1, 2]}
    files = list((tmp_path / "articles" / "date=2021-05-06" / "region=europe").iterdir())
    assert [f.name for f in files] == [f"part-{name}.jsonl"]
    assert not (tmp_path / "_staging" / "stream" / name).exists()
    again = stream_write.commit_pane(str(tmp_path), name, _items(3), (0, 60), 0, "2026-11-28")
    assert again == ledger  # a retried bundle changes nothing


def test_recovery_rolls_a_pane_forward_and_reports_durable_offsets(tmp_path):
    name = stream_write.pane_name(0, 60, 0, "a")
    staged = tmp_path / "_staging" / "stream" / name / "articles" / "part.jsonl"
    staged.parent.mkdir(parents=True)
    staged.write_bytes(b'{"id": "a0"}\n')
    final = tmp_path / "articles" / "date=unknown" / "region=unknown" / "part.jsonl"
    ledger = {"pane": name, "status": "committing", "plan": [[str(staged), str(final)]],
              "offsets": {"t/0": [0, 1]}, "counts": {"articles": 1}}
    path = tmp_path / "_stream" / "commits" / f"{name}.json"
    path.parent.mkdir(parents=True)
    path.write_bytes(orjson.dumps(ledger))
    (tmp_path / "_staging" / "stream" / "orphan").mkdir()  # a pane killed before its ledger
    assert stream_write.recover_panes(str(tmp_path)) == {"t/0": {0, 1}}
    assert final.read_bytes() == b'{"id": "a0"}\n'
    assert orjson.loads(path.read_bytes())["status"] == "committed"
    assert not (tmp_path / "_staging" / "stream").exists()
    assert stream_write.prune_ledgers(str(tmp_path), {"t/0": 1}) == 0
    assert stream_write.prune_ledgers(str(tmp_path), {"t/0": 2}) == 1


def test_pane_names_differ_by_window_pane_and_attempt():
    names = {stream_write.pane_name(w, 60, p, a)
             for w in (0, 60) for p in (0, 1) for a in ("x", "y")}
    assert len(names) == 8


# --- stream dedup against a bucket's history ------------------------------------------

def _member(text: str, ident: str) -> tuple[str, tuple]:
    article = with_fingerprint({"id": ident, "body": text, "date": "2021-05-06",
                                "content_hash": ident.ljust(32, "0"), "canonical_url": None})
    return bucket_entries(article)[-1]  # one LSH band's (key, member)


def test_history_ranks_first_and_expires():
    key, first = _member(story("grain silos"), "a")
    _, copy = _member(story("grain silos"), "b")
    edges, history = compare_with_history(key, [], [first], now_s=100, threshold=0.6,
                                          max_compare=64, stored_at_ms=100_000, horizon_s=50)
    assert edges == [] and [h[0][-1] for h in history] == ["a"]
    assert history[0][EXPIRES] == expiry(150)
    edges, added = compare_with_history(key, history, [copy], now_s=120, threshold=0.6,
                                        max_compare=64, stored_at_ms=120_000, horizon_s=50)
    assert [(m, e[1]) for m, e in edges] == [("b", "a")] and added == []
    edges, added = compare_with_history(key, history, [copy], now_s=151, threshold=0.6,
                                        max_compare=64, stored_at_ms=151_000, horizon_s=50)
    assert edges == [] and [h[0][-1] for h in added] == ["b"]  # "a" expired


def test_a_member_matched_in_a_bucket_does_not_join_its_history():
    key, first = _member(story("grain silos"), "a")
    _, copy = _member(story("grain silos"), "b")
    edges, added = compare_with_history(key, [], [first, copy], now_s=1, threshold=0.6,
                                        max_compare=64, stored_at_ms=1000, horizon_s=50)
    assert len(edges) == 1 and [h[0][-1] for h in added] == [edges[0][1][1]]


def test_a_shard_compares_each_bucket_with_its_own_history():
    key, first = _member(story("grain silos"), "a")
    _, copy = _member(story("grain silos"), "b")
    _, added = compare_shard({}, [[(key, first)]], 1, 0.6, 64, 1000, 50)
    edges, more = compare_shard(by_bucket([*added, ("other-bucket", added[0][1])]),
                                [[(key, copy)]], 2, 0.6, 64, 2000, 50)
    assert [(m, e[1]) for m, e in edges] == [("b", "a")] and more == []


def test_a_record_is_never_linked_to_its_own_seeded_fingerprint():
    key, member = _member(story("grain silos"), "a")
    seed = {"id": "a", "date": "2021-05-06", "count": member[2], "keys": [key],
            "signature": base64.b64encode(member[1]).decode()}
    [(_, (_, [(seed_key, entry)]))] = seed_entries(seed, expires_s=1e9, shards=4)
    edges, _ = compare_with_history(seed_key, [entry], [member], now_s=1, threshold=0.6,
                                    max_compare=64, stored_at_ms=1000, horizon_s=50)
    assert edges == []


def test_expiry_is_scheduled_coarsely():
    assert expiry_step(7 * 86400) == 12600 and expiry_step(600) == 60


# --- publish ----------------------------------------------------------------------

def test_publish_sends_one_message_per_file_and_per_jsonl_line(tmp_path):
    (tmp_path / "a.txt").write_text("page")
    (tmp_path / "b.jsonl").write_text('{"title": 1}\n\n{"title": 2}\n')
    (tmp_path / "_SUCCESS").write_text("")
    sent = list(messages_of(tmp_path))
    assert [(k, v) for k, v, _ in sent] == [("a.txt", b"page"), ("b.jsonl#0", b'{"title": 1}'),
                                            ("b.jsonl#2", b'{"title": 2}')]
    assert dict(sent[0][2])["content-type"] == b"text/plain"
