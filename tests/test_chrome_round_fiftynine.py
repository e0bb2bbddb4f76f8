"""Classes of site chrome that leaked into article bodies on bench/dev_set59 (a retired held-out
set, tuned on once it was retired): the related-story header alone on its line in Arabic,
Korean and Hindi, and the bare "More:" of USA TODAY network papers, with the headline under it;
the Hindi "read also" glued to its headline by a dash; the outlet's line about what it is or
belongs to under the story, tied to the site's own name; the "support our work" call; an icon's
screen-reader label; the Swedish article-type label; a "Via WIRE" source credit (cut, the wire
kept as agency evidence). Synthetic text; each class with near misses that stay."""

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


def _with_header(header: str, headline: str) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{header}\n{headline}\n\n{MORE}\n").paragraphs


def test_related_header_alone_in_arabic_korean_hindi_and_bare_more():
    for header, headline in [
        ("اقرأ أيضاً:", "«هيئة الموانئ» تفتتح رصيفاً جديداً في الميناء الشمالي"),
        ("إقرأ أيضا", "بلدية المدينة تطلق خطاً جديداً للحافلات"),
        ("관련기사", "항만 이용객 3년 새 20% 늘어"),
        ("관련 뉴스", "새 부두 공사 내년 착공"),
        ("यह भी पढ़ें", "बंदरगाह पर नई क्रेनें लगाई गईं, काम तेज"),
        ("More:", "Harbour board approves new ferry timetable"),
    ]:
        assert _with_header(header, headline) == [BODY, MORE], header


def test_related_header_near_misses_stay():
    _kept([
        "وقال المسؤول إن على السكان أن اقرأ أيضاً التعليمات المنشورة على موقع البلدية قبل الزيارة.",
        "시는 관련기사 작성에 필요한 자료를 이번 주 안에 언론에 배포하겠다고 밝혔다.",
        "अधिकारियों ने कहा कि लोग यह भी पढ़ें कि नियम कब से लागू होंगे और किराया कितना होगा।",
    ])
    # A story sentence under a bare "More:" line (a full stop, many words) is no headline.
    sentence = "The board also voted to extend the late-night service to the airport on weekends."
    assert sentence in _with_header("More:", sentence)


def test_hindi_read_also_glued_by_dash():
    _gone(["यह भी पढ़ें- बंदरगाह पर नई क्रेनें लगाई गईं, काम तेज", "ये भी पढ़ें – नगर निगम ने बढ़ाया शुल्क"])


def test_hindi_read_also_near_miss_stays():
    _kept(["अधिकारियों ने कहा कि यह भी पढ़ें-लिखें लोगों की जिम्मेदारी है कि वे नियम मानें।"])


def _site_page(line: str, masthead: str = "Harbour Today") -> list[str]:
    page = f"{masthead}\nNews\nSport\n\nHarbour fees rise\n\n{BODY}\n\n{MORE}\n\n{line}\n"
    return clean_text(page, first_line_is_title=True).paragraphs


def test_outlet_line_about_itself_names_the_site():
    for line in [
        "Harbour Today is a product of the Harbour Today Kft.",
        "Harbour Today is a member of the Example Axel Group Africa group.",
        "Harbour Today is a digital media start-up that aims to inform young readers.",
    ]:
        assert _site_page(line) == [BODY, MORE], line
    # The site's name from its host or og:site_name, no masthead line on the page.
    assert clean_text(f"Harbour fees rise\n\n{BODY}\n\n{MORE}\n\n"
                      "Kiriwave is a digital media start-up that aims to inspire young readers.\n",
                      site_names=frozenset({"kiriwave"})).paragraphs == [BODY, MORE]


def test_outlet_line_about_itself_near_misses_stay():
    for line in [
        "Acme Shipping is a member of the Vodafone group, the filing shows.",
        "Acme Shipping is a member of the Northern Ports group.",
        "Portline is a digital media start-up that aims to inspire young readers.",
    ]:
        assert _site_page(line) == [BODY, MORE, line], line
    # The site's name, but above the story's prose: a story's sentence about the site.
    line = "Harbour Today is a member of the Example Axel Group Africa group."
    assert line in clean_text(f"Harbour Today\n\nHarbour fees rise\n\n{line}\n\n{BODY}\n\n{MORE}\n",
                              first_line_is_title=True).paragraphs


def test_support_our_work_call():
    _gone(["Support our work! Become a supporter."], middle=False)


def test_support_our_work_near_miss_stays():
    _kept(["The charity asked residents to support our work in the valley, its director said."])


def test_icon_label_alone_on_its_line():
    _gone(["Camera Icon", "Gallery icon"])


def test_icon_label_near_miss_stays():
    _kept(["Tap the camera icon at the top of the screen to send a photo to the newsroom."])


def test_swedish_article_type_label():
    _gone([
        "Det här är en nyhetsartikel. Hamnbladet ansvarar för innehållet.",
        "Det här är en ledare.",
        "Det här är en krönika. Skribenten ansvarar för åsikterna.",
    ])


def test_swedish_article_type_near_miss_stays():
    _kept(["Det här är en nyhet för pendlarna som reser mellan hamnen och centrum varje dag."])


def test_via_wire_credit_cut_and_kept_as_agency_evidence():
    cleaned = clean_text(f"Harbour fees rise\n\n{BODY}\n\n{MORE}\n\nVia MTI\n")
    assert cleaned.paragraphs == [BODY, MORE]
    assert "MTI" in cleaned.agency_hints


def test_via_near_miss_stays():
    _kept(["Via MTI, the ministry said the new runway would open to traffic in May next year.",
           "Via the new bridge, the trip to the harbour takes ten minutes less than before."])
