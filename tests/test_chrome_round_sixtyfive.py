"""Classes of site chrome that leaked into article bodies on bench/dev_set65 (a retired held-out
set, tuned on once it was retired): the most-read and latest-news list headers in Bulgarian and
the neighbouring Cyrillic languages; the newsletter call in Bulgarian, Russian and Ukrainian; the
rights line in Bulgarian and its neighbours and in Armenian (closed by the Armenian full stop);
the notice that reprinting the site's material without a link is forbidden (Armenian, Russian,
Ukrainian); the "IN OTHER NEWS:" related-stories insert with its headline under it; the
support-independent-journalism appeal ("never been a more important time to support ...", "If
you trust our work ..., make a small contribution"). Synthetic text; each class with near
misses that stay."""

from __future__ import annotations

from transforms.clean import chrome_kind, clean_text

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
# Cyrillic most-read / latest-news headers, newsletter calls, rights lines.

def test_cyrillic_most_read_and_latest_news_headers():
    for header in ("Най-четени", "Последни новини", "Самое читаемое", "Последние новости",
                   "Останні новини", "Најнови вести"):
        page = f"Harbour fees rise\n\n{BODY}\n\n{MORE}\n\n{header}\nПристанището вдига таксите\n"
        assert clean_text(page).paragraphs == [BODY, MORE], header


def test_cyrillic_headers_near_miss_stays():
    _kept(["Последни новини от общината сочат, че ремонтът ще приключи през май, каза кметът."])


def test_cyrillic_newsletter_call():
    _gone(["Абонирай се за бюлетина на Пример", "Абонирайте се за нашия бюлетин",
           "Подпишитесь на нашу рассылку", "Підпишіться на розсилку"])


def test_cyrillic_newsletter_near_miss_stays():
    _kept(["Абонирай се за бюлетина, призова министърът, докато обявяваше новата програма."])


def test_rights_lines_bulgarian_neighbours_and_armenian():
    for line in ("© Пример. Всички права запазени.", "© Приклад 2025. Всі права захищені.",
                 "Sva prava zadržana.", "Հեղինակային իրավունքները պաշտպանված են։ Example.am",
                 "Բոլոր իրավունքները պաշտպանված են։"):
        assert chrome_kind(line) == "copyright", line
    _gone(["© Пример. Всички права запазени.",
           "Հեղինակային իրավունքները պաշտպանված են։ Example.am"])


def test_reprint_forbidden_notice():
    for line in ("Նյութերի արտատպումը առանց հղման արգելվում է։",
                 "Перепечатка материалов без ссылки запрещена.",
                 "Передрук матеріалів без посилання заборонено."):
        assert chrome_kind(line) == "copyright", line
        assert _tail(line) == [BODY, MORE], line


def test_rights_and_reprint_near_misses_stay():
    for line in ("Юристът каза, че всички права на наемателите ще бъдат запазени и след ремонта.",
                 "Перепечатка без ссылки запрещена законом, напомнил юрист издательства."):
        assert chrome_kind(line) is None, line
        assert _middle(line) == [BODY, line, MORE], line


# ---------------------------------------------------------------------------
# The "IN OTHER NEWS:" insert with its headline.

def test_in_other_news_insert_with_headline():
    for header in ("IN OTHER NEWS:", "In other news"):
        page = (f"Harbour fees rise\n\n{BODY}\n\n{header}\nCouncil rezoning opens way for 90 homes"
                f"\n\n{MORE}\n")
        assert clean_text(page).paragraphs == [BODY, MORE], header


def test_in_other_news_sentence_stays():
    _kept(["In other news, the council also voted to extend library opening hours on weekends."])


# ---------------------------------------------------------------------------
# The support-independent-journalism appeal.

def test_support_journalism_appeal_lines():
    _gone(["In a world of noise, there's never been a more important time to support independent "
           "journalism in Harbourtown.",
           "If you trust our work and want to keep local voices strong, I invite you to make a "
           "small contribution."])


def test_support_appeal_near_misses_stay():
    _kept(["There's never been a more important time to support local journalism, the minister "
           "said at the awards.",
           "If you trust the forecast, the storm will pass by Friday, the bureau said."])
