"""Classes of chrome leaked on bench/dev_set91 (a retired held-out set, tuned on once it
was retired): a story-type label box ("Type of Story: News"); the related-story label with
its headline, the Bulgarian and East Slavic "on the topic" after a colon ("Още по темата:
...") and the Spanish "Noticia relacionada" glued to its headline; the Romance comment
button ("Comenta"); the Persian agencies' "end of message" sign-off ("انتهای پیام"); a
Bulgarian page's tail (the share label "Сподели" and the Viber button, "Още от категорията",
"Последвайте ни в Google News", the cookie notice "Този сайт използва бисквитки."); and an
Italian newsletter box (its header with the paper's name, the sign-up call after "Se vuoi
...", "Basta cliccare qui."). A story sentence that uses the same words stays. Synthetic
text; each class with near misses that stay."""

from __future__ import annotations

from transforms.clean import chrome_kind, clean_text

_EN = ("Title Placeholder\n\n"
       "Rivertown - The council will plant two hundred street trees along the river path this"
       " autumn, the parks office said on Monday.\n\n"
       "The first trees will go in beside the new playground in October.\n\n"
       "Residents can suggest places for more benches on the council's website.\n\n")
_EN_TAIL = "Planting will finish before the first frost, the office said."

_BG = ("Нови дървета в парка на Габрово\n\n"
       "Габрово – Общината ще засади двеста нови дървета в централния парк до края на есента,"
       " съобщиха от кметството.\n\n"
       "Дърветата ще бъдат засадени покрай алеите и около новата детска площадка.\n\n"
       "Жителите могат да предложат места за още пейки на сайта на общината.\n\n")
_BG_TAIL = "Работата ще започне през октомври и ще продължи около шест седмици."

_IT = ("Nuove fontanelle ai giardini di Pavia\n\n"
       "Pavia - Il Comune installerà quattro nuove fontanelle di acqua potabile nei giardini del"
       " castello entro l'estate, ha annunciato l'assessore.\n\n"
       "Le fontanelle avranno un rubinetto basso per i bambini e una ciotola per i cani.\n\n"
       "I lavori costeranno circa quarantamila euro e saranno pagati con fondi regionali.\n\n")
_IT_TAIL = "Il cantiere aprirà a giugno e durerà circa un mese."

_ES = ("Nuevos bancos en el parque de Soria\n\n"
       "Soria - El Ayuntamiento instalará treinta bancos nuevos en el parque de la Alameda antes"
       " del verano, informó la concejala de Medio Ambiente.\n\n"
       "Los bancos tendrán respaldo y reposabrazos para las personas mayores.\n\n"
       "La obra costará unos sesenta mil euros y la pagará el propio consistorio.\n\n")
_ES_TAIL = "Los trabajos empezarán en mayo y durarán tres semanas."

_FA = ("نوسازی پارک‌های محله‌ای در یزد\n\n"
       "شهرداری یزد نوسازی هشت پارک محله‌ای را در مناطق قدیمی شهر آغاز کرده است.\n\n"
       "به گفته معاون شهردار، در هر پارک نیمکت‌های تازه و سایه‌بان نصب خواهد شد.\n\n"
       "همچنین آبخوری‌های تازه برای کودکان در کنار زمین‌های بازی ساخته می‌شود.\n\n")
_FA_TAIL = "این کارها تا پایان تابستان به پایان می‌رسد و پارک‌ها در این مدت باز می‌مانند."


def _paragraphs(page: str, **kw) -> list[str]:
    return clean_text(page, first_line_is_title=True, **kw).paragraphs


def _mid(head: str, tail: str, lines: str, **kw) -> list[str]:
    """The lines between two story paragraphs."""
    return _paragraphs(head + lines + "\n\n" + tail + "\n", **kw)


def _end(head: str, tail: str, lines: str, **kw) -> list[str]:
    """The lines under the story."""
    return _paragraphs(head + tail + "\n\n" + lines + "\n", **kw)


# 1. A story-type label box under the story.


def test_story_type_label_goes():
    for line in ("Type of Story: News", "Type of Story: Analysis", "Type of article: Opinion"):
        assert chrome_kind(line) == "paywall_metadata", line
        paragraphs = _end(_EN, _EN_TAIL, line)
        assert line not in paragraphs, line
        assert _EN_TAIL in paragraphs


def test_story_type_near_miss_stays():
    line = "Type of story: the one my grandmother told every winter, she said."
    assert chrome_kind(line) is None
    assert line in _mid(_EN, _EN_TAIL, line)


# 2. The related-story label with its headline.


def test_on_the_topic_label_with_headline_goes():
    for line in ("Още по темата: Община Ловеч обновява градската градина",
                 "Еще по теме: В Твери открыли новый сквер",
                 "Материалы по теме: В Твери открыли новый сквер",
                 "Більше по темі: У Полтаві відкрили новий сквер"):
        assert chrome_kind(line) == "inline_link", line
    line = "Още по темата: Община Ловеч обновява градската градина"
    paragraphs = _mid(_BG, _BG_TAIL, line)
    assert line not in paragraphs
    assert _BG_TAIL in paragraphs


def test_on_the_topic_near_miss_stays():
    # A sentence after the label (its full stop) is the story's.
    assert chrome_kind("По теме: мэр ответил на все вопросы жителей.") is None


def test_spanish_related_label_glued_to_headline_goes():
    for line in ("Noticia relacionada El Ayuntamiento pinta los bancos de la Dehesa",
                 "Noticias relacionadas Soria estrena un nuevo carril bici",
                 "Notícia relacionada Câmara renova o jardim municipal"):
        assert chrome_kind(line) == "inline_link", line
    line = "Noticia relacionada El Ayuntamiento pinta los bancos de la Dehesa"
    paragraphs = _mid(_ES, _ES_TAIL, line)
    assert line not in paragraphs
    assert _ES_TAIL in paragraphs


def test_spanish_related_near_miss_stays():
    line = "Noticias relacionadas con el parque fueron publicadas ayer por el Ayuntamiento."
    assert chrome_kind(line) is None
    assert line in _mid(_ES, _ES_TAIL, line)


# 3. The Romance comment button.


def test_comment_button_goes():
    for line in ("Comenta", "Comentá", "Comente", "Commenta", "Commenter"):
        assert chrome_kind(line) == "share_widget", line
    paragraphs = _end(_ES, _ES_TAIL, "Comenta\n\nReporta un error")
    assert "Comenta" not in paragraphs
    assert _ES_TAIL in paragraphs


def test_comment_button_near_miss_stays():
    line = "Comenta el alcalde que las obras terminarán antes de las fiestas de San Juan."
    assert chrome_kind(line) is None
    assert line in _mid(_ES, _ES_TAIL, line)


# 4. The Persian agencies' "end of message" sign-off.


def test_persian_end_of_message_goes():
    for line in ("انتهای پیام", "/انتهای پیام/", "(پایان خبر)", "(انتهى)"):
        assert chrome_kind(line) is not None, line
    paragraphs = _end(_FA, _FA_TAIL, "انتهای پیام")
    assert "انتهای پیام" not in paragraphs
    assert _FA_TAIL in paragraphs


def test_persian_end_of_message_near_miss_stays():
    line = "او گفت انتهای پیام را نخوانده بود و به همین دلیل دوباره با شهرداری تماس گرفت."
    assert chrome_kind(line) is None
    assert line in _mid(_FA, _FA_TAIL, line)


# 5. A Bulgarian page's tail: share bar, category link, Google News, cookie notice.


def test_bulgarian_tail_goes():
    lines = ("Сподели", "Viber", "Още от категорията", "Последвайте ни в Google News",
             "Този сайт използва бисквитки. Научете повече.")
    paragraphs = _end(_BG, _BG_TAIL, "Сподели\nFacebook\nViber\n\nОще от категорията\n\n"
                      "Последвайте ни в Google News\n\nКоментари (0)\n\n"
                      "Този сайт използва бисквитки. Научете повече.")
    for line in lines:
        assert line not in paragraphs, line
    assert _BG_TAIL in paragraphs
    assert chrome_kind("Сподели") == "share_widget"
    assert chrome_kind("Viber") == "share_widget"
    assert chrome_kind("Последвайте ни в Google News") == "promo"
    assert chrome_kind("Този сайт използва бисквитки. Научете повече.") == "cookie"
    assert chrome_kind("Ovaj sajt koristi kolačiće.") == "cookie"


def test_bulgarian_tail_near_miss_stays():
    for line in ("Жителите споделиха снимки на новите пейки в групата на квартала във Viber.",
                 "Този сайт използва бисквитки без съгласие на потребителите, установи комисията.",
                 "Още от категорията на спортните площадки ще бъдат ремонтирани догодина."):
        assert chrome_kind(line) is None, line
        assert line in _mid(_BG, _BG_TAIL, line), line


# 6. An Italian newsletter box.


def test_italian_newsletter_box_goes():
    box = ("La newsletter del Corriere di Pavia\n\n"
           "Se vuoi restare aggiornato sulle notizie di Pavia iscriviti gratis alla newsletter"
           " del Corriere di Pavia.\n\n"
           "Arriva ogni giorno nella tua casella di posta alle 7 del mattino.\n\n"
           "Basta cliccare qui.\n\nCondividi\n\nFacebook")
    paragraphs = _end(_IT, _IT_TAIL, box)
    for line in box.split("\n\n"):
        assert line not in paragraphs, line
    assert _IT_TAIL in paragraphs
    assert chrome_kind("La newsletter del Corriere di Pavia") == "promo"
    assert chrome_kind("Basta cliccare qui.") == "widget"
    assert chrome_kind("If you want to stay informed, sign up for our newsletter.") == "promo"


def test_italian_newsletter_near_miss_stays():
    for line in ("La newsletter del Comune ha raggiunto diecimila iscritti in un anno.",
                 "Se vuoi restare aggiornato, iscriviti alla newsletter del Comune, ha detto il"
                 " sindaco.",
                 "Basta cliccare qui per vedere il progetto, spiega l'assessore."):
        assert chrome_kind(line) is None, line
        assert line in _mid(_IT, _IT_TAIL, line), line
