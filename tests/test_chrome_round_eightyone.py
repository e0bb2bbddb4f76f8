"""Classes of chrome leaked on bench/dev_set80 (a retired held-out set, tuned on once it
was retired): a German comment box's log-in gate with the article named and "bitte" inside
the call ("Um diesen Artikel zu kommentieren, melden Sie sich bitte an."); a Slovak or Czech
wire desk's initials in small letters alone under the story, in brackets or slashes ("(mho)",
"(jb)", "/jad/"), which a page's body keeps when its text comes from HTML; and a Korean
reader-donation appeal ("후원하기", "독자 후원", "Example에 후원해주세요. 더 나은 기사로
보답하겠습니다."). A story sentence about commenting, a bracketed word or a capitalised
bracket, and a plea that goes on in the story stay. Synthetic text; each class with near
misses that stay."""

from __future__ import annotations

from transforms.clean import clean_text

_LEAD = ("Rivertown (XNA) - The river ferry between the two banks was cancelled on Monday after"
         " the water rose two metres, the harbour office said.\n"
         "Harbour officials said the service would resume on Wednesday if the level dropped"
         " as forecast.\n"
         "A temporary bus link will carry foot passengers over the northern bridge until then.\n")

_KO_LEAD = ("강변시=홍길동 기자 강변시 나루터의 여객선 운항이 월요일 수위 상승으로 중단됐다.\n"
            "항만 관계자는 수위가 내려가면 수요일부터 운항을 재개할 것이라고 밝혔다.\n"
            "시는 그때까지 북쪽 다리를 오가는 임시 버스를 운행한다고 설명했다.\n")


def _html_paragraphs(tail: str, lead: str = _LEAD) -> list[str]:
    # Text extracted from HTML: each line a paragraph, the page's foot kept as body.
    return clean_text(lead + tail + "\n", first_line_is_title=False,
                      lines_are_paragraphs=True).paragraphs


def _text_paragraphs(tail: str, lead: str = _LEAD) -> list[str]:
    return clean_text("Ferry Route Closed\n\n" + lead.replace("\n", "\n\n") + tail
                      + "\n\nThe port authority said it would review the timetable next month.\n",
                      first_line_is_title=True).paragraphs


def test_german_comment_gate_with_article_named():
    for line in ("Um diesen Artikel zu kommentieren, melden Sie sich bitte an.",
                 "Um den Beitrag zu kommentieren, melden Sie sich an.",
                 "Melden Sie sich bitte an, um diesen Artikel zu kommentieren.",
                 "Loggen Sie sich bitte ein, um zu kommentieren."):
        assert line not in _text_paragraphs(line), line
        assert line not in _html_paragraphs(line), line


def test_german_comment_gate_near_misses():
    # A story sentence on commenting a plan, with its own subject, stays.
    line = ("Um diesen Artikel zu kommentieren, trafen sich die Stadträte am Montag im Rathaus"
            " zu einer Sondersitzung.")
    assert line in _text_paragraphs(line)


def test_small_desk_initials_leave_the_html_body():
    for line in ("(mho)", "(jb)", "(mho, jb)", "(kop/ja)", "/jad/", "(čík)"):
        assert line not in _html_paragraphs(line), line


def test_small_desk_initials_near_misses():
    # A bracketed word longer than initials, capitals, or words in brackets stay.
    for line in ("(video)", "(Foto)", "(pokračovanie zajtra)", "(sic!)"):
        assert line in _html_paragraphs(line), line


def test_korean_donation_appeal():
    for line in ("강변일보에 후원해주세요. 더 나은 기사로 보답하겠습니다.",
                 "강변일보를 후원해 주세요.", "후원하기", "독자 후원"):
        assert line not in _html_paragraphs(line, _KO_LEAD), line
        assert line not in _text_paragraphs(line, _KO_LEAD), line


def test_korean_donation_appeal_near_misses():
    # A plea quoted in the story goes on, and a sentence about donors stays.
    for line in ("수재민을 후원해 주세요, 시장은 시민들에게 호소했다.",
                 "지역 기업들은 여객선 복구를 위해 후원하기로 했다고 밝혔다."):
        assert line in _text_paragraphs(line, _KO_LEAD), line
