"""Classes of site chrome that leaked into article bodies on bench/dev_set24 (the
twenty-first held-out set, tuned on once it was retired): a "continues below the video"
break, a call to follow the site on Google News under its local name (maybe after the
site's thanks for reading), an app pitch after a "stay informed" lead-in, the credit of a
section list's teaser image, a newsletter box (its lone header and a pitch that ends in
the reader's mailbox), a pitch for the site's classifieds, a sponsored card's "visit
site" link, a pitch to listen to the station live on its app, a call to share the story,
and a notice that the site's material may not be copied. Synthetic text; each class
with a near miss, a story sentence of a similar shape that stays."""

from __future__ import annotations

from transforms.clean import chrome_kind, clean_text

BODY = ("The council approved the plan on Tuesday after a long debate about costs and "
        "the timetable for the works, officials said.")
MORE = ("Work on the first section is due to start in the spring, and the whole line should "
        "open within four years if the money is found.")


def _tail(line: str) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{MORE}\n\n{line}\n").paragraphs


def _middle(line: str) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{line}\n\n{MORE}\n").paragraphs


def test_continuation_break_below_a_video():
    for line in ["Dalszy ciąg artykułu pod wideo", "Dalsza część tekstu poniżej reklamą",
                 "La nota continúa debajo del video", "L'article continue sous la vidéo",
                 "Der Artikel geht unter dem Video weiter", "A reportagem continua após o vídeo",
                 "L'articolo continua dopo il video", "Het artikel gaat verder onder de video"]:
        assert chrome_kind(line) == "advertisement", line
    assert _middle("Dalszy ciąg artykułu pod wideo") == [BODY, MORE]
    # Near miss: a story sentence that says what happens after a video.
    line = "Dalszy ciąg rozmów zaplanowano na piątek, po obejrzeniu wideo z kamer miejskich."
    assert chrome_kind(line) is None
    assert _middle(line) == [BODY, line, MORE]


def test_follow_call_for_google_news_under_its_local_name():
    for line in ["Harbour Post'u Google Haberler üzerinden takip edin.",
                 "Obserwuj nas w Wiadomościach Google.",
                 "Síguenos en Google Noticias.",
                 "Suivez-nous sur Google Actualités",
                 "Seguici su Google Notizie",
                 "Thanks for reading! Stay up to date: follow us on Google News.",
                 "Dziękujemy, że doczytałeś nasz tekst do końca. Bądź na bieżąco! "
                 "Obserwuj nas w Wiadomościach Google."]:
        assert chrome_kind(line) == "promo", line
    assert _tail("Obserwuj nas w Wiadomościach Google.") == [BODY, MORE]
    # Near miss: a story sentence about the service.
    line = "Obserwuj ruch na stronie, mówią wydawcy, bo Wiadomości Google dają im połowę wejść."
    assert chrome_kind(line) is None
    assert _tail(line) == [BODY, MORE, line]


def test_thanks_for_reading_line():
    for line in ["Thanks for reading this article to the end!", "Merci de nous avoir lu.",
                 "Gracias por leernos.", "Danke fürs Lesen!", "Bedankt voor het lezen."]:
        assert chrome_kind(line) == "promo", line
    assert _tail("Gracias por leernos.") == [BODY, MORE]
    # Near miss: thanks in the story.
    line = "Thanks for reading the report so carefully, the mayor told the auditors on Friday."
    assert chrome_kind(line) is None
    assert _tail(line) == [BODY, MORE, line]


def test_app_pitch_after_a_stay_informed_lead_in():
    for line in ["Stay up to date with the latest news from the islands – download the Harbour "
                 "Post app.",
                 "Keep informed: download our free app.",
                 "Fique por dentro das notícias – baixe o app do Jornal Exemplo."]:
        assert chrome_kind(line) == "promo", line
    assert _tail("Keep informed: download the Harbour Post app.") == [BODY, MORE]
    # Near miss: a story sentence about an app.
    line = "Residents were urged to download the contact tracing app before the festival."
    assert chrome_kind(line) is None
    assert _tail(line) == [BODY, MORE, line]


def test_teaser_image_credit():
    for line in ["Rubriklistenbild: © Anna Weber/dpa", "Teaserbild: Jan Roth / epd",
                 "Teaser image: © Jane Roe/Example Wire", "Vignette : Jean Martin / AFP"]:
        assert chrome_kind(line) == "widget", line
    assert _tail("Rubriklistenbild: © Anna Weber/dpa") == [BODY, MORE]
    # Near miss: a caption of the teaser photo, no credit shape.
    assert chrome_kind("Teaser image: the mayor opens the new library in the old mill") is None


def test_newsletter_box_header_and_mailbox_pitch():
    for line in ["Newsletter", "Nieuwsbrief", "Infolettre",
                 "Alles aus Franken – jeden Morgen kostenlos in Ihrem Postfach.",
                 "All the news from the coast, free every morning in your inbox.",
                 "L'essentiel de l'actu chaque matin dans votre boîte mail.",
                 "Las noticias de la provincia cada mañana en tu correo."]:
        assert chrome_kind(line) == "promo", line
    assert _tail("Newsletter\nAlles aus Franken – jeden Morgen kostenlos in Ihrem Postfach.") == [
        BODY, MORE]
    # Near miss: the police's advice on mail in the reader's mailbox.
    line = "Prüfen Sie jeden Morgen, ob die Mails in Ihrem Postfach echt sind, rät die Polizei."
    assert chrome_kind(line) is None
    assert _tail(line) == [BODY, MORE, line]


def test_classifieds_pitch():
    for line in ["Consultez nos petites annonces : immobilier, emploi, auto.",
                 "Browse our classifieds", "Consulte nuestros avisos clasificados.",
                 "Stöbern Sie in unseren Kleinanzeigen", "Veja os nossos classificados",
                 "Zobacz nasze ogłoszenia drobne"]:
        assert chrome_kind(line) == "promo", line
    assert _tail("Browse our classifieds: jobs, homes, cars.") == [BODY, MORE]
    # Near miss: advice in the story.
    line = "Consultez les annonces de la préfecture avant de partir, conseille la mairie."
    assert chrome_kind(line) is None
    assert _tail(line) == [BODY, MORE, line]


def test_sponsored_card_visit_site_link():
    for line in ["Visitar sitio", "Visit site", "Visiter le site", "Website besuchen",
                 "Visita il sito", "Bezoek website", "Odwiedź stronę"]:
        assert chrome_kind(line) == "advertisement", line
    assert _middle("Visitar sitio") == [BODY, MORE]
    # Near miss: a story sentence that opens the same way.
    line = "Visit the site of the old mill before it closes, the guide told the tourists on Monday."
    assert chrome_kind(line) is None
    assert _middle(line) == [BODY, line, MORE]


def test_listen_live_pitch():
    for line in ["Oiça a Rádio Exemplo em direto e os nossos podcasts na app Rádio Exemplo.",
                 "Listen to Harbour FM live and catch up on our podcasts on the Harbour FM app.",
                 "Écoutez Radio Exemple en direct sur notre application.",
                 "Hören Sie Radio Beispiel live in der App"]:
        assert chrome_kind(line) == "promo", line
    assert _tail("Écoutez Radio Exemple en direct sur notre application.") == [BODY, MORE]
    # Near miss: a live broadcast in the story.
    line = "Listen to the minister live on the radio tonight, the union urged its members."
    assert chrome_kind(line) is None
    assert _tail(line) == [BODY, MORE, line]


def test_call_to_share_the_story():
    for line in ["Kindly Share This Story", "Please share this article",
                 "Share this story with your friends", "Comparte esta noticia",
                 "Teilen Sie diesen Artikel", "Condividi questo articolo", "Deel dit artikel",
                 "Udostępnij ten artykuł"]:
        assert chrome_kind(line) == "share_widget", line
    assert _tail("Kindly Share This Story") == [BODY, MORE]
    # Near miss: an appeal in the story.
    line = "Please share this story with police if you saw the crash, officers said."
    assert chrome_kind(line) is None
    assert _tail(line) == [BODY, MORE, line]


def test_notice_that_site_material_may_not_be_copied():
    for line in [
        "All rights reserved. This material and any other digital content on this platform may "
        "not be reproduced, published, broadcast, written or distributed in full or in part, "
        "without written permission from HARBOUR POST.",
        "This content may not be reproduced without the written consent of the publisher.",
        "Our photographs may not be copied or republished without permission.",
    ]:
        assert chrome_kind(line) == "copyright", line
    assert _tail("This content may not be reproduced without the written consent of the "
                 "publisher.") == [BODY, MORE]
    # Near miss: a court's ban in the story.
    line = "The material may not be published until the trial ends, the judge ruled on Monday."
    assert chrome_kind(line) is None
    assert _tail(line) == [BODY, MORE, line]
