"""Classes of site chrome that leaked into article bodies on bench/dev_set60 (a retired held-out
set, tuned on once it was retired): the related-story header alone on its line, in the
languages whose headers were still missing from the header data (Arabic, Bengali, Hindi, Urdu,
Persian, Russian, Ukrainian, Macedonian, Serbian, Bulgarian, Greek, Filipino, Vietnamese, Thai,
Japanese, Chinese, English "More news" and "Also in <Section>"), with the headline under it;
"MORE NEWS: headline" on one line and the Vietnamese header glued to its headline by a space;
the desk's byline that names no writer; the footer's copyright notice without a year.
Synthetic text; each class with near misses that stay."""

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


def _with_header(header: str, headline: str) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{header}\n{headline}\n\n{MORE}\n").paragraphs


def test_related_header_alone_in_the_missing_languages():
    for header, headline in [
        ("اقرأ المزيد", "البلدية تفتتح حديقة جديدة على الكورنيش"),
        ("قد يهمك أيضاً", "افتتاح جسر جديد فوق الوادي"),
        ("আরও পড়ুন", "বন্দরে নতুন ক্রেন বসানো হয়েছে"),
        ("আরো পড়ুন:", "নদীর ওপর নতুন সেতুর কাজ শুরু"),
        ("इसे भी पढ़ें", "बंदरगाह पर नई क्रेनें लगाई गईं"),
        ("یہ بھی پڑھیں", "بندرگاہ پر نئی کرینیں نصب"),
        ("مزید پڑھیں:", "شہر میں نئی بس سروس شروع"),
        ("بیشتر بخوانید", "افتتاح پل جدید در شمال شهر"),
        ("Материалы по теме", "В порту установили новые краны"),
        ("Новини за темою", "У порту встановили нові крани"),
        ("Прочитајте и:", "Нов мост над реката до крајот на годината"),
        ("Pročitajte i:", "Novi most preko reke do kraja godine"),
        ("Още по темата", "Нов мост над реката до края на годината"),
        ("Διαβάστε επίσης", "Νέα γέφυρα στο λιμάνι μέχρι το τέλος του έτους"),
        ("Basahin din", "Bagong tulay sa daungan, bubuksan sa Disyembre"),
        ("Xem thêm", "Cảng biển lắp thêm cần cẩu mới"),
        ("อ่านเพิ่มเติม", "ท่าเรือติดตั้งเครนใหม่"),
        ("関連記事", "港に新しいクレーン設置"),
        ("相关新闻", "港口新增三台起重机"),
        ("延伸閱讀", "港口新增三台起重機"),
        ("More news", "Harbour board approves new ferry timetable"),
        ("Also in News", "Harbour board approves new ferry timetable"),
        ("ALSO IN SPORT", "Harbour rowers win regional title"),
    ]:
        assert _with_header(header, headline) == [BODY, MORE], header


def test_related_header_near_misses_stay():
    _kept([
        "وقال المسؤول إن على السكان أن اقرأ المزيد من التعليمات على موقع البلدية قبل الزيارة.",
        "কর্মকর্তারা বলেন, নিয়মগুলো আরও পড়ুন এবং মেনে চলুন।",
        "Also in the running for the contract were two firms from the north, officials said.",
    ])
    # "Also in" above a lowercase phrase is no section header; a full sentence under a header
    # is the story again.
    line = "Also in attendance"
    assert line in _with_header(line, "Harbour board approves new ferry timetable")
    sentence = "The board also voted to extend the late-night service to the airport on weekends."
    assert sentence in _with_header("More news", sentence)


def test_more_news_and_vietnamese_header_glued_to_the_headline():
    _gone([
        "MORE NEWS: Harbour board approves new ferry timetable",
        "Tin liên quan Cảng biển lắp thêm cần cẩu mới",
        "Citește și: Noul pod peste râu, gata în decembrie",
    ])


def test_glued_header_near_misses_stay():
    _kept([
        "Tin liên quan đến dự án được Sở Xây dựng công bố vào chiều qua.",
        "More news is expected from the council later this week, a spokesman said.",
    ])


LEAD_BN = [
    "রাজধানীর ঘাটগুলোতে নতুন লঞ্চ চালু হওয়ায় গত দুই সপ্তাহে যাত্রীদের ভিড় উল্লেখযোগ্যভাবে কমেছে।",
    "বৃহস্পতিবার সদরঘাট ও বাদামতলী ঘাট ঘুরে দেখা গেছে, প্রতিটি লঞ্চে আসন খালি রয়েছে।",
    "দুই সপ্তাহ আগেও এসব ঘাটে যাত্রীদের দীর্ঘ সারি দেখা যেত।",
    "ঘাটের একজন কর্মী বলেন, নতুন লঞ্চ আসায় ভিড় অনেকটা কমেছে।",
]


def _byline_page(line: str):
    """A Bengali page: masthead and menu, headline, the byline line, the date, the story."""
    page = ("নদীবার্তা\nপ্রচ্ছদ\nরাজনীতি\nঅর্থনীতি\nসারাদেশ\nখেলা\n\n"
            "নতুন লঞ্চে ঘাটে কমেছে ভিড়, স্বস্তি যাত্রীদের\n\n"
            f"{line}\n\nপ্রকাশ: ১২ মার্চ ২০২৫ | ১০:১৫\n\n" + "\n\n".join(LEAD_BN) + "\n")
    return clean_text(page, first_line_is_title=True)


def test_desk_byline_without_a_name_goes_and_names_no_author():
    for line in ["নিজস্ব প্রতিবেদক", "স্টাফ রিপোর্টার", "जागरण संवाददाता", "نمائندہ خصوصی", "ویب ڈیسک"]:
        cleaned = _byline_page(line)
        assert cleaned.paragraphs == LEAD_BN, line
        assert cleaned.bylines == [], line
    for line in ["خاص", "Mwandishi Wetu", "विशेष संवाददाता"]:
        assert chrome_kind(line) == "navigation", line


def test_desk_byline_near_miss_a_name_stays():
    # A writer's name in the same place is no desk credit: it is left to the byline rules.
    assert _byline_page("আবদুল করিম").paragraphs[0] == "আবদুল করিম"
    for line in ["আবদুল করিম", "محمد علی", "राजेश कुमार"]:
        assert chrome_kind(line) is None, line
    # A story sentence holding the words stays.
    _kept(["নিজস্ব প্রতিবেদক হিসেবে তিনি দশ বছর ধরে বন্দরের খবর লিখেছেন।"])


def test_copyright_footer_without_a_year():
    _gone(["This article is protected by copyright. Example Media Limited.",
           "This content is protected by copyright."])


def test_copyright_footer_near_miss_stays():
    _kept(["The court found that the article is protected by copyright under Irish law."])
