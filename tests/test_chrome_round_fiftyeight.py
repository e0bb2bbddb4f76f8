"""Classes of site chrome that leaked into article bodies on bench/dev_set58 (a retired held-out
set, tuned on once it was retired): a membership appeal after the outlet's word of what it is
(voseo forms too); the Vietnamese related-news header alone on its line; the bare "BASAHIN:"
label in capitals; the CJK no-reproduction notice; a follow-us line naming the site as a
possessive before the app; an error-report prompt in the German du-form. Synthetic text; each
class with near misses, story sentences of a similar shape that stay."""

from __future__ import annotations

from transforms.clean import clean_text

BODY = ("The council approved the plan on Tuesday after a long debate about costs and "
        "the timetable for the works, officials said.")
MORE = ("Work on the first section is due to start in the spring, and the whole line should "
        "open within four years if the money is found.")


def _middle(line: str) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{line}\n\n{MORE}\n").paragraphs


def _tail(line: str, html: bool = False) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{MORE}\n\n{line}\n",
                      lines_are_paragraphs=html).paragraphs


def _gone(lines: list[str], middle: bool = True) -> None:
    for line in lines:
        assert _tail(line) == [BODY, MORE], line
        assert _tail(line, html=True) == [BODY, MORE], line
        if middle:
            assert _middle(line) == [BODY, MORE], line


def _kept(lines: list[str], middle: bool = True) -> None:
    for line in lines:
        assert _tail(line) == [BODY, MORE, line], line
        assert _tail(line, html=True) == [BODY, MORE, line], line
        if middle:
            assert _middle(line) == [BODY, line, MORE], line


def test_outlet_self_description_with_join_call():
    _gone([
        "Diario Ejemplo es una cooperativa de trabajo. Asociate y sostené el periodismo local.",
        "Radio Ejemplo es un medio independiente. Hacete socio.",
        "Harbour Post is an independent newsroom. Become a member.",
        "Der Hafenbote ist eine Genossenschaft. Werde Mitglied.",
    ])


def test_outlet_self_description_near_misses_stay():
    _kept([
        "La panadería es una cooperativa de trabajo. Asociate y sostené el barrio, dijo ella.",
        "La panadería del barrio es una cooperativa de trabajo fundada por sus empleados en 2002.",
    ])


def test_vietnamese_related_news_header_with_headline():
    headline = "Cầu mới qua sông Hồng thông xe sau ba năm thi công"
    for header in ["Tin liên quan", "Bài liên quan"]:
        text = f"Harbour fees rise\n\n{BODY}\n\n{header}\n\n{headline}\n\n{MORE}\n"
        assert clean_text(text).paragraphs == [BODY, MORE], header


def test_vietnamese_related_header_near_miss_stays():
    _kept(["Tin liên quan đến vụ việc được công an tỉnh xác nhận vào chiều thứ Hai, theo báo cáo."])


def test_bare_basahin_label_in_capitals():
    _gone(["BASAHIN: Bagong tulay sa Marikina, bubuksan na sa Lunes"])


def test_basahin_near_miss_stays():
    _kept(["Basahin ang buong ulat sa website ng ahensya, ayon sa tagapagsalita ng lungsod."])


def test_cjk_no_reproduction_notices():
    _gone([
        "ⓒ 예시일보 & example.co.kr, 무단전재 및 재배포 금지",
        "© 예시신문 무단 전재-재배포 금지",
        "無断転載禁止",
        "版权所有，未经授权不得转载",
    ])


def test_cjk_no_reproduction_near_miss_stays():
    _kept(["협회는 무단전재 금지 규정을 어긴 업체를 지난달 고소했다고 밝혔다."])


def test_follow_site_possessive_whatsapp_channel():
    _gone([
        "Follow HPN's WhatsApp channel for news updates and story links.",
        "Join Example's Telegram channel",
    ])


def test_follow_possessive_near_miss_stays():
    _kept(["Follow Modi's WhatsApp channel, the party told its workers in the state on Monday."])


def test_error_report_prompt_du_form():
    _gone([
        "Du hast einen Fehler entdeckt? Schreib uns.",
        "Sie haben einen Fehler gefunden? Schreiben Sie uns.",
    ])


def test_error_report_near_misses_stay():
    _kept([
        "Wer einen Fehler entdeckt, soll ihn der Behörde melden, schreibt das Ministerium.",
        "Sie haben einen Fehler entdeckt, sagte der Prüfer, und die Abrechnung zurückgeschickt.",
    ])
