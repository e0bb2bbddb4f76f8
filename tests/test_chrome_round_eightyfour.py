"""Classes of chrome leaked on bench/dev_set83 (a retired held-out set, tuned on once it
was retired): a Bangladeshi paper's sign-off, its name in Bengali script, a slash and the
desk editor's initials alone on the last line; a small paper's related-story lead with its
own name ("ALSO IN THE COURIER: <headline>") and its "More local news" header; the paper's
line about itself ("The Example Courier is a community newspaper published fortnightly.",
checked against the site's name); and the Korean copyright notice closed by a full stop
inside its angle brackets ("<저작권자ⓒ ... 무단전재-재배포 금지.>"). A story sentence that uses
the same words, or names another paper, stays. Synthetic text; each class with near misses
that stay."""

from __future__ import annotations

from transforms.clean import clean_text

_LEAD = ("Rivertown (XNA) - The river ferry between the two banks was cancelled on Monday after"
         " the water rose two metres, the harbour office said.\n"
         "Harbour officials said the service would resume on Wednesday if the level dropped"
         " as forecast.\n"
         "A temporary bus link will carry foot passengers over the northern bridge until then.\n")

_BN_LEAD = ("খুলনা, ৩ মার্চ, ২০২৫ (বাসস) : নদীর পানি দুই মিটার বেড়ে যাওয়ায় সোমবার খেয়া পারাপার বন্ধ"
            " রাখা হয়েছে।\n"
            "বন্দর কর্তৃপক্ষ জানিয়েছে, পানি কমলে বুধবার আবার সেবা চালু হতে পারে।\n"
            "ততদিন উত্তরের সেতু দিয়ে অস্থায়ী বাস যাত্রীদের পার করবে।\n")

_KO_LEAD = ("[목포=뉴시스] 홍길동 기자 = 강물이 2m 불어나 월요일 여객선 운항이 중단됐다.\n"
            "항만청은 수위가 내려가면 수요일 운항을 재개할 예정이라고 밝혔다.\n"
            "그때까지 북쪽 다리로 임시 버스가 승객을 실어 나른다.\n")

_BN_TAIL = "বন্দর কর্তৃপক্ষ বলেছে, সময়সূচি পর্যালোচনা করা হবে।"
_KO_TAIL = "항만청은 다음 달 시간표를 검토할 예정이다."


def _paragraphs(tail: str, lead: str = _LEAD, after: str = "", **kw) -> list[str]:
    return clean_text("Ferry Route Closed\n\n" + lead.replace("\n", "\n\n") + tail
                      + ("\n\n" + after if after else "") + "\n",
                      first_line_is_title=True, **kw).paragraphs


def test_bengali_paper_sign_off():
    for line in ("দৈনিক খবর/এসএ", "খবর প্রতিদিন/রফিক", "বিডি খবর / কেকে"):
        paras = _paragraphs(line, _BN_LEAD, _BN_TAIL)
        assert line not in paras, line
        assert _BN_TAIL in paras
        assert any("অস্থায়ী বাস" in p for p in paras)


def test_bengali_sign_off_near_miss():
    # A sentence with a slash in it goes on: more words and its full stop.
    line = "জেলা প্রশাসক বলেন, নদী/খাল খননের কাজ আগামী মাসে শুরু হবে।"
    assert line in _paragraphs(line, _BN_LEAD, _BN_TAIL)


def test_also_in_the_paper_lead_and_more_local_news():
    for line in ("ALSO IN THE HERALD: Shire votes to reseal the airport road",
                 "Also in The Advocate: Shire votes to reseal the airport road"):
        paras = _paragraphs(line, after="The port authority said it would review the timetable.")
        assert line not in paras, line
        assert "The port authority said it would review the timetable." in paras
    assert "More local news" not in _paragraphs("More local news\nShire votes to reseal the road")


def test_also_in_the_paper_near_misses():
    for line in ("Also in Paris: police closed two bridges as the river rose.",
                 "Also in the afternoon the ferry crew checked the moorings."):
        assert line in _paragraphs(line), line


def test_paper_describing_itself():
    sites = frozenset({"exampleharbourherald"})
    line = "The Example Harbour Herald is a community newspaper published fortnightly."
    assert line not in _paragraphs(line, site_names=sites)


def test_paper_describing_itself_near_misses():
    sites = frozenset({"exampleharbourherald"})
    for line in ("The Island Gazette is a community newspaper published fortnightly.",
                 "The Example Harbour Herald is a community newspaper, the minister said."):
        assert line in _paragraphs(line, site_names=sites), line


def test_korean_copyright_with_full_stop_in_brackets():
    line = "<저작권자ⓒ 믿음언론 예시통신사. 무단전재-재배포 금지.>"
    paras = _paragraphs(line, _KO_LEAD, _KO_TAIL)
    assert line not in paras  # a footer line: what follows it goes too
    assert any("임시 버스" in p for p in paras)


def test_korean_copyright_near_miss():
    line = "경찰은 그가 사진을 무단전재 금지 규정을 어겼다고 밝혔다."
    assert line in _paragraphs(line, _KO_LEAD, _KO_TAIL)
