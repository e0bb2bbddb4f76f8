"""Classes of site chrome that leaked into article bodies on bench/dev_set68 (a retired held-out
set, tuned on once it was retired): the Afrikaans comment gate, the need first ("Jy moet
ingeteken wees om kommentaar te lewer."); the Belarusian forms of the Russian and Ukrainian
chrome (the ad label "Рэклама", "Чытайце таксама: ...", the comments header "Каментары", the
call to the outlet's "тэлеграм-канал", "Навіны па тэме", "Самае папулярнае", and the call to
support the outlet named in guillemets, "Падтрымайце «...»"); a date line that prints its
published and updated clocks after the date, too long for the old cap ("Martes 3 de diciembre
de 2024 | Publicado a las 09:15 · Actualizado a las 11:40"); the Slovak and Czech "read more"
header alone above its linked headline ("Čítajte viac:", "Čtěte více:"). Synthetic text; each
class with near misses that stay."""

from __future__ import annotations

from transforms.clean import clean_text
from transforms.dates import is_date_line

BODY = ("The council approved the plan on Tuesday after a long debate about costs and "
        "the timetable for the works, officials said.")
MORE = ("Work on the first section is due to start in the spring, and the whole line should "
        "open within four years if the money is found.")


def _middle(line: str) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{line}\n\n{MORE}\n").paragraphs


def _tail(line: str, html: bool = False) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{MORE}\n\n{line}\n",
                      lines_are_paragraphs=html).paragraphs


def _gone(lines: list[str]) -> None:
    for line in lines:
        assert _tail(line) == [BODY, MORE], line
        assert _tail(line, html=True) == [BODY, MORE], line
        assert _middle(line) == [BODY, MORE], line


def _kept(lines: list[str]) -> None:
    for line in lines:
        assert _tail(line) == [BODY, MORE, line], line
        assert _tail(line, html=True) == [BODY, MORE, line], line
        assert _middle(line) == [BODY, line, MORE], line


# ---------------------------------------------------------------------------
# The Afrikaans comment gate.

def test_afrikaans_comment_gate():
    _gone(["Jy moet aangemeld wees om kommentaar te lewer.",
           "U moet geregistreer wees om te reageer."])


def test_afrikaans_gate_near_miss_stays():
    _kept(["Boere moet geregistreer wees om die nuwe toelaag te ontvang, het die departement "
           "gesê."])


# ---------------------------------------------------------------------------
# Belarusian chrome, as its Russian and Ukrainian kin.

def test_belarusian_chrome_labels():
    _gone(["Рэклама", "Каментары", "Коментарі", "Навіны па тэме", "Самае чытанае",
           "Падпісвайцеся на наш тэлеграм-канал", "Подписывайтесь на наш телеграм-канал",
           "Падтрымайце «Вясковую газету»", "Поддержите «Портовый вестник»"])


def test_belarusian_read_also_and_its_headline():
    for line in ("Чытайце таксама: Мост у Гродне адкрыюць увосень",
                 "Глядзіце таксама: Як змяніліся цэны на хлеб"):
        assert _middle(line) == [BODY, MORE], line
        assert _tail(line, html=True) == [BODY, MORE], line


def test_belarusian_near_misses_stay():
    _kept(["Рэклама на вуліцах горада займае ўсё больш месца, скардзяцца жыхары раёна.",
           "Старшыня камітэта заклікаў падтрымайце «Зялёную праграму», каб яна працавала "
           "далей, сказаў ён.",
           "Каментары чыноўнікаў пра новыя цэны на бульбу жыхары назвалі няпоўнымі."])


# ---------------------------------------------------------------------------
# A date line with its published and updated clocks.

def test_long_date_line_with_published_and_updated_clocks():
    _gone(["Jueves 6 de marzo de 2025 | Publicada a las 08:05 · Actualizada a las 13:50"])
    assert is_date_line("Jueves 6 de marzo de 2025 | Publicado a las 08:05 · Actualizado a las "
                        "13:50")


def test_long_date_line_near_miss_stays():
    line = ("El jueves 6 de marzo de 2025 se publicó el decreto y el municipio lo aplicó a las "
            "13:50.")
    assert is_date_line(line) is None
    _kept([line])


# ---------------------------------------------------------------------------
# The Slovak and Czech "read more" header alone above its headline.

def test_slovak_czech_read_more_header_and_its_headline():
    for header in ("Čítajte viac:", "Čtěte více:", "Prečítajte si viac"):
        for html in (False, True):
            text = (f"Harbour fees rise\n\n{BODY}\n\n{header}\nPrístav zvýši poplatky od "
                    f"januára\n\n{MORE}\n")
            assert clean_text(text, lines_are_paragraphs=html).paragraphs == [BODY, MORE], header


def test_read_more_near_miss_stays():
    _kept(["Čítajte viac o tom, ako sa menia ceny, odporúčal ekonóm čitateľom svojho blogu."])
