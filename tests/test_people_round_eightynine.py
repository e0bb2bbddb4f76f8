"""Classes missed on bench/dev_set88 (a retired held-out set, tuned on once it was
retired): photo credits in three shapes. Star News Group titles print the lead photo's
caption under the date line with the photographer in brackets and the picture's archive
number after it ("... at the library. (Jane Roe) 412345_01"): the number is the picture
desk's, the caption and credit are as without it. Korean regional papers wrap the
reporter's credit in slashes ("/홍길동 기자/"): the slashes go. An archive mark before the
credit and a slash ("Foto: Arquivo/Lusa", "Archivo/EFE", "Archiv/dpa") goes, as after it.
Synthetic text; near misses (a body sentence closing with a bracketed name, a digit run
that is no archive number, an archive's own name in the credit) stay as they are."""

from __future__ import annotations

from transforms.clean import _tidy_credit, clean_record, clean_text
from transforms.decode import decode_payload

_STORY = ("Free swimming lessons for primary school children in Footscray have filled up within "
          "days, and a waiting list now has more than 50 names.\n\n"
          "The lessons run on Saturday mornings at the Footscray pool and are taught by "
          "volunteer instructors.\n\n"
          "Organiser Ann Lee said many families could not afford private lessons.\n")


def _page(caption_line: str) -> str:
    return ("Westside Weekly\nNews\nSport\nCommunity\n\n"
            "Free swimming lessons for children fill up in Footscray\n\n"
            "Peter Walsh\n14 March, 2024\n\n"
            f"{caption_line}\n\n" + _STORY)


def test_bracketed_photographer_and_archive_number_is_a_caption():
    out = clean_text(_page("Instructor Ann Lee with pupils at the Footscray pool. "
                           "(Tom Hardy) 398812_04"))
    assert out.captions == [{"text": "Instructor Ann Lee with pupils at the Footscray pool.",
                             "credit": "Tom Hardy"}]
    assert not any("Instructor Ann Lee" in p for p in out.paragraphs)


def test_bracketed_photographer_without_number_is_a_caption():
    out = clean_text(_page("Instructor Ann Lee with pupils at the Footscray pool. (Tom Hardy)"))
    assert [c["credit"] for c in out.captions] == ["Tom Hardy"]


def test_body_sentence_closing_with_bracketed_name_stays():
    quote = "The council will review the program in June, a spokesman said. (Mary Chen) 398812_04"
    page = _page("Instructor Ann Lee with pupils at the Footscray pool. (Tom Hardy)").replace(
        "Organiser Ann Lee", quote + "\n\nOrganiser Ann Lee")
    out = clean_text(page)
    assert [c["credit"] for c in out.captions] == ["Tom Hardy"]
    assert quote in out.paragraphs


def test_digit_run_without_bracketed_credit_stays():
    out = clean_text(_page("Instructor Ann Lee with pupils at the Footscray pool. 398812_04"))
    assert out.captions == []


def _html(credit: str) -> bytes:
    return ("<html><head><title>김해 수영 교실 수강생 늘어</title></head><body><article>"
            "<h1>김해 수영 교실 수강생 늘어</h1>"
            "<figure><img src='a.jpg'><figcaption>김해시 수영장에서 어린이들이 수업을 듣고 있다. "
            f"<span class='credit'>{credit}</span></figcaption></figure>"
            "<p>김해시는 주말 어린이 수영 교실을 두 배로 늘렸다고 밝혔다.</p>"
            "<p>수강 신청은 시 누리집에서 받는다.</p></article></body></html>").encode()


def test_slash_wrapped_korean_credit_loses_its_slashes():
    record = decode_payload("gimhae.html", _html("/김민준 기자/"))[0]
    assert [c["credit"] for c in clean_record(record)["captions"]] == ["김민준 기자"]


def test_slash_wrapped_labelled_korean_credit():
    assert _tidy_credit("/사진 = 김민준 기자/") == "김민준 기자"


def test_archive_mark_before_credit_goes():
    assert _tidy_credit("Foto: Arquivo/Lusa") == "Lusa"
    assert _tidy_credit("Archivo/EFE") == "EFE"
    assert _tidy_credit("Foto: Archiv/dpa") == "dpa"
    assert _tidy_credit("Archivio/ANSA") == "ANSA"


def test_archive_name_in_credit_stays():
    assert _tidy_credit("Archivo Municipal/Ana Ruiz") == "Archivo Municipal/Ana Ruiz"
    assert _tidy_credit("Ana Ruiz/Archivo Municipal") == "Ana Ruiz/Archivo Municipal"
    assert _tidy_credit("Jane Roe/") == "Jane Roe/"
