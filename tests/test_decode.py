"""Unit tests of transforms.decode.decode_payload (bytes -> raw records / dead letters).

Pure functions only: no Beam pipeline is built here. Fixtures are invented.
"""

from __future__ import annotations

import base64
import gzip
import json

import pytest

from schemas.models import DeadLetter, RawRecord
from transforms.decode import decode_payload, map_json_record, record_id

ARTICLE_TEXT = (
    "Town council approves new cycle lanes\n\n"
    "The town council voted on Tuesday to build twelve kilometres of protected cycle "
    "lanes along the river, ending a debate that had lasted almost two years.\n\n"
    "Shop owners on the main street had opposed the plan, saying it would remove "
    "parking spaces their customers depend on.\n"
)


def is_dead(entry: dict) -> bool:
    return "stage" in entry


def only(entries: list[dict]) -> dict:
    assert len(entries) == 1, entries
    return entries[0]


def assert_dead_letter(entry: dict, stage: str, reason: str, uri: str) -> DeadLetter:
    """A dead letter validates against the schema and says where and why."""
    assert is_dead(entry), entry
    letter = DeadLetter.model_validate(entry)
    assert letter.stage == stage
    assert letter.reason == reason
    assert letter.source.uri == uri
    assert letter.error  # a human-readable detail is always present
    return letter


def assert_raw_record(entry: dict) -> RawRecord:
    assert not is_dead(entry), entry
    return RawRecord.model_validate(entry)


# ---------------------------------------------------------------------------
# Whole-file failures: exactly one dead letter per file.


def test_empty_file_is_one_dead_letter():
    letter = assert_dead_letter(only(decode_payload("in/empty.txt", b"")), "decode", "empty",
                                "in/empty.txt")
    assert letter.raw == ""
    assert letter.raw_size == 0
    assert letter.id == record_id("in/empty.txt", 0)


def test_whitespace_only_file_is_empty():
    data = b"   \n\t\n  \r\n"
    letter = assert_dead_letter(only(decode_payload("in/blank.txt", data)), "decode", "empty",
                                "in/blank.txt")
    assert letter.raw == data.decode()
    assert letter.raw_size == len(data)
    assert letter.raw_encoding == "text"


def test_png_is_binary_and_raw_is_base64():
    data = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 2
    letter = assert_dead_letter(only(decode_payload("in/photo.txt", data)), "decode",
                                "binary_content", "in/photo.txt")
    assert "png" in letter.error
    assert letter.raw_encoding == "base64"
    assert base64.b64decode(letter.raw) == data
    assert letter.raw_size == len(data)
    assert letter.raw_truncated is False


def test_nul_bytes_mean_binary():
    data = b"Some words\x00\x00 then nul bytes in the middle \x00 of the file"
    letter = assert_dead_letter(only(decode_payload("in/odd.txt", data)), "decode",
                                "binary_content", "in/odd.txt")
    assert letter.raw_size == len(data)


def test_invalid_utf8_without_charset():
    data = "Le caf\xe9 du coin a ferm\xe9 ses portes apr\xe8s trente ans.".encode("latin-1")
    letter = assert_dead_letter(only(decode_payload("in/latin.txt", data)), "decode",
                                "invalid_utf8", "in/latin.txt")
    # raw bytes that are not UTF-8 are kept, losslessly, in base64
    assert letter.raw_encoding == "base64"
    assert base64.b64decode(letter.raw) == data


def test_html_declaring_windows_1252_is_decoded():
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        "<title>Caf\xe9 closes</title></head><body><p>The owner said \x93it was time\x94 "
        "to retire \x96 after thirty years.</p></body></html>"
    ).encode("latin-1")
    record = assert_raw_record(only(decode_payload("in/page.html", page)))
    assert record.format == "html"
    assert "Café closes" in record.payload
    assert "\u201cit was time\u201d" in record.payload
    assert "retire \u2013 after" in record.payload


def test_html_declaring_latin1_is_read_as_windows_1252():
    page = (
        '<html><head><meta charset="iso-8859-1"></head><body><p>Prices rose \x93sharply\x94 '
        "in M\xfcnchen.</p></body></html>"
    ).encode("latin-1")
    record = assert_raw_record(only(decode_payload("in/page2.html", page)))
    assert "\u201csharply\u201d" in record.payload
    assert "München" in record.payload


def test_truncated_gzip():
    blob = gzip.compress(ARTICLE_TEXT.encode() * 20)
    cut = blob[: len(blob) // 2]
    letter = assert_dead_letter(only(decode_payload("in/story.txt.gz", cut)), "decode",
                                "truncated_gzip", "in/story.txt.gz")
    assert letter.source.compression == "gzip"
    assert letter.raw_encoding == "base64"
    assert base64.b64decode(letter.raw) == cut


def test_corrupt_gzip():
    blob = bytearray(gzip.compress(ARTICLE_TEXT.encode()))
    blob[10:30] = b"\xff" * 20  # deflate data destroyed, header intact
    letter = assert_dead_letter(only(decode_payload("in/story.txt.gz", bytes(blob))), "decode",
                                "corrupt_gzip", "in/story.txt.gz")
    assert letter.source.compression == "gzip"


def test_gzipped_text_detected_by_content_not_extension():
    blob = gzip.compress(ARTICLE_TEXT.encode())
    record = assert_raw_record(only(decode_payload("in/story.dat", blob)))
    assert record.format == "text"
    assert record.source.compression == "gzip"
    assert record.payload == ARTICLE_TEXT


def test_gzipped_json_detected_by_content_not_extension():
    obj = {"title": "Ferry service resumes", "text": "The ferry resumed on Monday."}
    blob = gzip.compress(json.dumps(obj).encode())
    record = assert_raw_record(only(decode_payload("in/blob.bin", blob)))
    assert record.format == "json"
    assert record.source.compression == "gzip"
    assert record.fields["title"] == "Ferry service resumes"
    assert record.fields["text"] == "The ferry resumed on Monday."


def test_concatenated_gzip_members_are_all_read():
    blob = gzip.compress(b"First half of the story. ") + gzip.compress(b"Second half of it.")
    record = assert_raw_record(only(decode_payload("in/two.gz", blob)))
    assert record.payload == "First half of the story. Second half of it."


def test_json_file_sniffed_by_content_even_with_txt_name():
    data = json.dumps({"title": "A", "text": "Body of the record."}).encode()
    record = assert_raw_record(only(decode_payload("in/misnamed.txt", data)))
    assert record.format == "json"


def test_plain_text_in_json_named_file_is_text():
    record = assert_raw_record(only(decode_payload("in/misnamed.json", ARTICLE_TEXT.encode())))
    assert record.format == "text"
    assert record.payload == ARTICLE_TEXT


def test_file_over_byte_limit():
    data = ARTICLE_TEXT.encode() * 10
    letter = assert_dead_letter(only(decode_payload("in/big.txt", data, max_bytes=200)),
                                "read", "too_large", "in/big.txt")
    assert letter.raw_size == len(data)


def test_gzip_bomb_over_byte_limit_after_decompression():
    blob = gzip.compress(b"a" * 50_000)
    assert len(blob) < 1_000
    letter = assert_dead_letter(only(decode_payload("in/bomb.gz", blob, max_bytes=1_000)),
                                "decode", "too_large", "in/bomb.gz")
    assert letter.source.compression == "gzip"


def test_text_record_over_char_limit():
    data = ARTICLE_TEXT.encode()
    letter = assert_dead_letter(
        only(decode_payload("in/long.txt", data, max_record_chars=50)),
        "decode", "too_large", "in/long.txt")
    assert letter.raw == ARTICLE_TEXT


def test_text_record_at_char_limit_passes():
    record = assert_raw_record(only(decode_payload(
        "in/long.txt", ARTICLE_TEXT.encode(), max_record_chars=len(ARTICLE_TEXT))))
    assert record.format == "text"


def test_plain_text_record_shape():
    record = assert_raw_record(only(decode_payload("in/plain.txt", ARTICLE_TEXT.encode())))
    assert record.id == record_id("in/plain.txt", 0)
    assert record.source.record == 0
    assert record.source.compression is None
    assert record.fields == {}


def test_record_id_is_stable_and_position_dependent():
    assert record_id("a.jsonl", 3) == record_id("a.jsonl", 3)
    assert record_id("a.jsonl", 3) != record_id("a.jsonl", 4)
    assert record_id("a.jsonl", 3) != record_id("b.jsonl", 3)
    assert len(record_id("a.jsonl", 3)) == 32


def test_utf8_bom_is_dropped():
    record = assert_raw_record(only(decode_payload("in/bom.txt",
                                                   b"\xef\xbb\xbf" + ARTICLE_TEXT.encode())))
    assert record.payload == ARTICLE_TEXT


def test_utf16_with_bom_decodes():
    record = assert_raw_record(only(decode_payload("in/u16.txt",
                                                   ARTICLE_TEXT.encode("utf-16"))))
    assert record.payload == ARTICLE_TEXT


# ---------------------------------------------------------------------------
# JSON, JSON Lines, JSON arrays.


def test_malformed_json_single_line_is_one_dead_letter():
    data = b'{"title": "Port strike ends", "text": "Workers returned'
    letter = assert_dead_letter(only(decode_payload("in/bad.json", data)), "parse",
                                "malformed_json", "in/bad.json")
    assert letter.raw == data.decode()
    assert letter.id == record_id("in/bad.json", 0)


def test_malformed_pretty_printed_json_is_one_dead_letter():
    # An indented JSON document cut short: one broken file, not one record per line.
    data = (
        b'{\n  "title": "Port strike ends",\n  "text": "Workers returned on Friday.",\n'
        b'  "authors": [\n    "Ana Ruiz",\n'
    )
    letter = assert_dead_letter(only(decode_payload("in/pretty.json", data)), "parse",
                                "malformed_json", "in/pretty.json")
    assert letter.raw == data.decode()


def test_jsonl_good_and_malformed_lines_each_accounted_for():
    lines = [
        json.dumps({"title": "One", "text": "First story text."}),
        '{"title": "Two", "text": broken',
        "",
        json.dumps({"title": "Three", "text": "Third story text."}),
        json.dumps({"title": "Four"}),
    ]
    data = ("\n".join(lines) + "\n").encode()
    out = decode_payload("in/feed.jsonl", data)
    assert len(out) == 4  # one entry per non-blank line

    offsets = []
    pos = 0
    for line in lines:
        offsets.append(pos)
        pos += len(line.encode()) + 1

    first = assert_raw_record(out[0])
    assert (first.source.record, first.source.offset) == (0, offsets[0])
    assert first.fields["title"] == "One"
    assert first.payload == lines[0]
    assert first.id == record_id("in/feed.jsonl", 0)

    bad = assert_dead_letter(out[1], "parse", "malformed_json", "in/feed.jsonl")
    assert (bad.source.record, bad.source.offset) == (1, offsets[1])
    assert bad.raw == lines[1]
    assert bad.id == record_id("in/feed.jsonl", 1)

    third = assert_raw_record(out[2])
    assert (third.source.record, third.source.offset) == (2, offsets[3])
    assert third.fields["title"] == "Three"

    no_text = assert_dead_letter(out[3], "parse", "no_text", "in/feed.jsonl")
    assert (no_text.source.record, no_text.source.offset) == (3, offsets[4])

    ids = [entry["id"] for entry in out]
    assert len(set(ids)) == 4


def test_jsonl_offsets_count_bytes_not_characters():
    lines = [
        json.dumps({"title": "Café", "text": "Ñandú crossing the road."}, ensure_ascii=False),
        json.dumps({"title": "B", "text": "Second."}),
    ]
    data = "\n".join(lines).encode()
    out = decode_payload("in/utf8.jsonl", data)
    second = assert_raw_record(out[1])
    assert second.source.offset == len(lines[0].encode()) + 1
    assert second.source.offset > len(lines[0]) + 1


def test_jsonl_record_over_char_limit_fails_alone():
    lines = [
        json.dumps({"title": "Short", "text": "A short story."}),
        json.dumps({"title": "Long", "text": "word " * 100}),
        json.dumps({"title": "Short too", "text": "Another short story."}),
    ]
    out = decode_payload("in/mixed.jsonl", "\n".join(lines).encode(), max_record_chars=100)
    assert len(out) == 3
    assert_raw_record(out[0])
    letter = assert_dead_letter(out[1], "parse", "too_large", "in/mixed.jsonl")
    assert letter.source.record == 1
    assert_raw_record(out[2])


def test_json_array_of_records():
    data = json.dumps([
        {"title": "Alpha", "text": "Alpha story text."},
        {"title": "Beta", "text": "Beta story text."},
        {"title": "Gamma", "text": "Gamma story text."},
    ]).encode()
    out = decode_payload("in/array.json", data)
    records = [assert_raw_record(entry) for entry in out]
    assert [r.fields["title"] for r in records] == ["Alpha", "Beta", "Gamma"]
    assert [r.source.record for r in records] == [0, 1, 2]
    assert [r.id for r in records] == [record_id("in/array.json", i) for i in range(3)]
    assert all(r.format == "json" for r in records)


def test_empty_json_array_is_a_dead_letter():
    assert_dead_letter(only(decode_payload("in/none.json", b"[]")), "parse", "empty",
                       "in/none.json")


def test_json_array_with_non_objects():
    out = decode_payload("in/array.json", b'[{"title": "Ok", "text": "Fine."}, 7, "words"]')
    assert len(out) == 3
    assert_raw_record(out[0])
    for index in (1, 2):
        letter = assert_dead_letter(out[index], "parse", "not_an_object", "in/array.json")
        assert letter.source.record == index


def test_json_scalar_declared_as_json_is_not_an_object():
    out = decode_payload("msg", b'"only a string"', content_type="application/json")
    assert_dead_letter(only(out), "parse", "not_an_object", "msg")


def test_json_record_without_text_is_no_text():
    data = json.dumps({"title": "Headline only", "url": "https://example.org/a"}).encode()
    letter = assert_dead_letter(only(decode_payload("in/notext.json", data)), "parse",
                                "no_text", "in/notext.json")
    assert letter.source.format == "json"
    assert json.loads(letter.raw) == {"title": "Headline only", "url": "https://example.org/a"}


# ---------------------------------------------------------------------------
# Crawler field mapping.

NEWS_PLEASE = {
    "authors": ["Ana Ruiz", "Tom Becker"],
    "date_download": "2021-05-07 02:11:40",
    "date_modify": None,
    "date_publish": "2021-05-06 14:30:00",
    "description": "Dock workers agree to end a four-day strike.",
    "filename": "example_news_port_strike.json",
    "image_url": "https://example.org/img/port.jpg",
    "language": "en",
    "localpath": None,
    "maintext": "Dock workers agreed on Thursday to end the strike.\nShips began to berth.",
    "source_domain": "example.org",
    "text": None,
    "title": "Port strike ends after pay deal",
    "title_page": None,
    "title_rss": None,
    "url": "https://example.org/world/port-strike-ends",
}


def test_news_please_mapping():
    record = assert_raw_record(only(decode_payload("in/np.json",
                                                   json.dumps(NEWS_PLEASE).encode())))
    assert record.fields == {
        "title": "Port strike ends after pay deal",
        "text": "Dock workers agreed on Thursday to end the strike.\nShips began to berth.",
        "published": "2021-05-06 14:30:00",
        "authors": ["Ana Ruiz", "Tom Becker"],
        "url": "https://example.org/world/port-strike-ends",
        "outlet": "example.org",
        "language": "en",
        "description": "Dock workers agree to end a four-day strike.",
    }
    # the original JSON is kept for dead letters downstream
    assert json.loads(record.payload) == NEWS_PLEASE


TRAFILATURA = {
    "title": "Cycle lanes approved",
    "author": "Mia Lind; Jonas Keller",
    "hostname": "example.net",
    "date": "2021-05-04",
    "fingerprint": "c0ffee",
    "id": None,
    "license": None,
    "comments": "",
    "raw_text": None,
    "text": "The council voted on Tuesday.\nShop owners objected.",
    "language": "en",
    "image": None,
    "pagetype": "article",
    "source": "https://example.net/local/cycle-lanes",
    "source-hostname": "Example Net News",
    "excerpt": "Twelve kilometres of lanes along the river.",
    "categories": "Local;Transport",
    "tags": "",
    "url": "https://example.net/local/cycle-lanes",
}


def test_trafilatura_mapping():
    record = assert_raw_record(only(decode_payload("in/tf.json",
                                                   json.dumps(TRAFILATURA).encode())))
    fields = record.fields
    assert fields["title"] == "Cycle lanes approved"
    assert fields["text"] == "The council voted on Tuesday.\nShop owners objected."
    assert fields["published"] == "2021-05-04"
    assert fields["authors"] == ["Mia Lind", "Jonas Keller"]
    assert fields["outlet"] == "Example Net News"  # the site's name before its host name
    assert fields["url"] == "https://example.net/local/cycle-lanes"
    assert fields["description"] == "Twelve kilometres of lanes along the river."
    assert fields["language"] == "en"


def test_trafilatura_output_without_url_key_takes_url_from_source():
    # trafilatura's own JSON output names the page URL `source` (there is no `url` key).
    obj = {k: v for k, v in TRAFILATURA.items() if k != "url"}
    fields = map_json_record(obj)
    assert fields["url"] == "https://example.net/local/cycle-lanes"
    assert fields["outlet"] == "Example Net News"


def test_trafilatura_host_name_is_the_outlet_without_a_site_name():
    obj = {k: v for k, v in TRAFILATURA.items() if k != "source-hostname"}
    assert map_json_record(obj)["outlet"] == "example.net"


def test_trafilatura_categories_give_first_category_as_section():
    fields = map_json_record(dict(TRAFILATURA))
    assert fields["section"] == "Local"


def test_own_shape_with_html():
    page = "<html><body><article><p>The ferry resumed service.</p></article></body></html>"
    obj = {"url": "https://example.com/ferry", "title": "Ferry resumes", "html": page,
           "published": "2021-05-06T09:00:00+02:00", "outlet": "Example Daily",
           "authors": ["Lea Roth"], "language": "de"}
    record = assert_raw_record(only(decode_payload("in/own.json", json.dumps(obj).encode())))
    assert record.format == "json"
    assert record.fields["html"] == page
    assert "text" not in record.fields
    assert record.fields["title"] == "Ferry resumes"
    assert record.fields["published"] == "2021-05-06T09:00:00+02:00"
    assert record.fields["outlet"] == "Example Daily"
    assert record.fields["authors"] == ["Lea Roth"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Ana Ruiz; Tom Becker", ["Ana Ruiz", "Tom Becker"]),
        ("Ana Ruiz, Tom Becker", ["Ana Ruiz", "Tom Becker"]),
        ("Ana Ruiz | Tom Becker", ["Ana Ruiz", "Tom Becker"]),
        ([{"name": "Ana Ruiz"}, {"name": "Tom Becker"}], ["Ana Ruiz", "Tom Becker"]),
        ({"@type": "Person", "name": "Ana Ruiz"}, ["Ana Ruiz"]),
        (["Ana Ruiz", None, ""], ["Ana Ruiz"]),
    ],
)
def test_author_shapes(value, expected):
    assert map_json_record({"text": "Body.", "author": value})["authors"] == expected


def test_first_present_alias_wins_and_blank_values_are_skipped():
    fields = map_json_record({"title": "", "headline": "From headline", "text": None,
                              "body": "From body"})
    assert fields["title"] == "From headline"
    assert fields["text"] == "From body"


def test_dead_letter_raw_is_truncated_for_huge_input():
    data = b"\x89PNG" + b"\x01" * (300 * 1024)
    letter = assert_dead_letter(only(decode_payload("in/huge.png", data)), "decode",
                                "binary_content", "in/huge.png")
    assert letter.raw_truncated is True
    assert letter.raw_size == len(data)
    assert len(base64.b64decode(letter.raw)) < len(data)


def test_source_extra_is_carried_into_records_and_dead_letters():
    extra = {"key": "k1", "partition": 2, "topic": "news", "offset": 41}
    record = assert_raw_record(only(decode_payload("kafka://news/2/41", ARTICLE_TEXT.encode(),
                                                   source_extra=extra)))
    assert (record.source.key, record.source.partition, record.source.topic) == ("k1", 2, "news")
    letter = assert_dead_letter(only(decode_payload("kafka://news/2/42", b"",
                                                    source_extra=extra)),
                                "decode", "empty", "kafka://news/2/42")
    assert letter.source.topic == "news"
    assert letter.source.partition == 2
