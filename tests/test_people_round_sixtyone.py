"""Classes of date and people failures found with bench/dev_set61 (a retired held-out
set): the Bengali "last updated:" label on a page's only stamp; an Arabic name alone on its
line above the date line as the byline; a follow button's label under the byline; a
bracketed "[Edited by ...]" sign-off. One guard each, on synthetic text, with a near miss
that must stay as it is."""

from __future__ import annotations

import json


def _article(name: str, payload: str) -> dict:
    from transforms.clean import clean_record
    from transforms.decode import decode_payload
    from transforms.extract import extract_article

    record = decode_payload(name, payload.encode())[0]
    return extract_article(clean_record(record))


# 1. Bengali "last updated:" ("শেষ আপডেট:") as the page's only stamp: the page takes that
# day (the rule for a page whose only stamp is an "Updated" line).

_BN = ("নমুনা পত্রিকা\nপ্রচ্ছদ\nরাজ্য\nদেশ\nখেলা\n\n"
       "শহরে নতুন বাস রুট চালু হল\n\n{stamp}\n\n"
       "শহরের পূর্ব প্রান্তে তিনটি নতুন বাস রুট চালু করেছে রাজ্য পরিবহণ নিগম, জানা গিয়েছে।\n\n"
       "নিগমের এক আধিকারিক জানান, প্রতিটি রুটে প্রতি কুড়ি মিনিট অন্তর বাস চলবে।\n\n"
       "যাত্রীরা বলছেন, এতে অফিস যাওয়ার সময় অনেকটাই কমবে বলে তাঁরা আশা করছেন।\n")


def test_bengali_last_updated_only_stamp() -> None:
    record = _article("namuna_bus_bn.txt", _BN.format(stamp="শেষ আপডেট: ১৪ মার্চ ২০২৫ ০৯:৪০"))
    assert record["date"] == "2025-03-14"


def test_bengali_last_updated_prose_near_miss() -> None:
    # "শেষ আপডেট" inside a sentence (no colon after it) is prose, no stamp.
    record = _article("namuna_bus_bn.txt", _BN.format(
        stamp="নিগম জানিয়েছে শেষ আপডেট অনুযায়ী ১৪ মার্চ ২০২৫ থেকে নতুন বাস চলছে এবং ভাড়া একই থাকছে।"))
    assert record["date"] != "2025-03-14" or record["date"] is None


# 2. An Arabic name (two to four words, no capitals) alone on its line right above the
# date line is the byline; a place line in the same slot is none.

_AR_BODY = ("أعلنت مديرية النقل عن تشغيل خط حافلات جديد يربط وسط المدينة بالمطار الدولي.\n\n"
            "وأوضحت المديرية أن الخط سيعمل من السادسة صباحا حتى منتصف الليل طوال الأسبوع.\n\n"
            "وقال مسؤول في المديرية إن المشروع يخدم آلاف المسافرين والعمال في المنطقة يوميا.\n")


def _arabic(slot: str) -> str:
    return ("جريدة النموذج\nالوطني\nالاقتصاد\nالرياضة\nالدولي\n\n"
            "تشغيل خط حافلات جديد نحو المطار الدولي\n\n"
            f"{slot}\n\n22/04/2025 - 09:15\n\n" + _AR_BODY)


def test_arabic_name_above_date_line_is_byline() -> None:
    record = _article("namudhaj_hafila_ar.txt", _arabic("كريم بن يوسف"))
    assert record["authors"] == ["كريم بن يوسف"]


def test_arabic_place_line_above_date_line_near_miss() -> None:
    # "تونس العاصمة" ("Tunis") and the desk "قسم الأخبار" in the byline's slot are no writers.
    assert _article("namudhaj_hafila_ar.txt", _arabic("تونس العاصمة"))["authors"] == []
    assert _article("namudhaj_hafila_ar.txt", _arabic("قسم الأخبار"))["authors"] == []


# 3. A follow button's label under the site's name is no writer.

def _crawled(under: str) -> str:
    return json.dumps({
        "authors": ["Örnek Haber"], "date_publish": "2025-05-06 10:20:00",
        "language": "tr", "source_domain": "ornekhaber.example.com.tr",
        "title": "Ankara'da yeni tramvay hattı için ihale yapıldı",
        "url": "https://ornekhaber.example.com.tr/gundem/ankarada-yeni-tramvay-hatti",
        "maintext": ("Örnek Haber\n06.05.2025 - 10:20\n" + under + "\n"
                     "Ankara Büyükşehir Belediyesi yeni tramvay hattı için ihaleyi tamamladı.\n"
                     "Belediyeden yapılan açıklamaya göre hat 12 kilometre uzunluğunda olacak.\n"
                     "Hattın iki yıl içinde hizmete girmesi planlanıyor."),
    })


def test_follow_button_label_is_no_writer() -> None:
    for label in ("Takip Et", "Folgen", "Suivre", "Seguir", "Follow"):
        assert _article("ornek_tramvay_tr.json", _crawled(label))["authors"] == [], label


def test_turkish_name_under_stamp_near_miss() -> None:
    from transforms import people

    assert people.clean_name("Takip Et") is None
    assert people.clean_name("Elif Yıldırım") == "Elif Yıldırım"


# 4. A bracketed "[Edited by <Name>]" sign-off gives the editors and leaves the body.

_EN = ("Sample Times\nNews\nBusiness\n\nCity council backs new cycle lanes on the ring road\n\n"
       "The city council voted on Monday to build protected cycle lanes along the ring road.\n\n"
       "Officials said the work would start in the spring and take about eighteen months.\n\n"
       "Cycling groups welcomed the decision but asked for more crossings near schools.\n\n"
       "{tail}\n")


def test_bracketed_edited_by_signoff() -> None:
    one = _article("sample_cycle.txt", _EN.format(tail="[Edited by Nora Quill]"))
    assert one["editors"] == ["Nora Quill"]
    assert "Edited by" not in one["body"]
    two = _article("sample_cycle.txt", _EN.format(tail="[Edited by Nora Quill and Paul Brent]"))
    assert two["editors"] == ["Nora Quill", "Paul Brent"]
    both = _article("sample_cycle.txt", _EN.format(tail="[By Ada Lark, edited by Nora Quill]"))
    assert both["editors"] == ["Nora Quill"]
    assert "Ada Lark" in both["authors"]


def test_edited_by_in_a_sentence_near_miss() -> None:
    record = _article("sample_cycle.txt", _EN.format(
        tail=("The plan, edited by Nora Quill for the council's transport board, "
              "runs to forty pages.")))
    assert record["editors"] == []
