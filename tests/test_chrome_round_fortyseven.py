"""Classes of site chrome that leaked into article bodies on bench/dev_set47 (a retired held-out
set, tuned on once it was retired), made broad across the languages of the feed: an inline
"read more:" link to a related story in South Slavic and its neighbours, in capitals too
("PROČITAJTE VIŠE: ..."); a call to join the outlet's group or channel on a messaging app
(WhatsApp, Telegram, Signal, Viber), after a "follow this link" lead-in and with its "Join
Now" button; a reader-funding appeal, its "Be part of quality journalism" heading and the long
appeal paragraph under the story; and a republication notice ("Republish our content: ..."),
cut off by the crawler or not. Synthetic text; each class with near misses, story sentences of
a similar shape that stay."""

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


def _dropped(lines: list[str], middle: bool = True) -> None:
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


def test_inline_read_more_link_south_slavic_and_neighbours():
    _dropped([
        "PROČITAJTE VIŠE: Novi vozni red tramvaja: evo što se mijenja od ponedjeljka",
        "Pročitajte više: Gradsko vijeće usvojilo proračun",
        "Pročitaj više: Počinju radovi na mostu",
        "Прочитајте више: Нови ред вожње од понедељка",
        "OPŠIRNIJE: Gradsko vijeće usvojilo proračun",
        "Više o tome: Počinju radovi na mostu",
        "VIDI JOŠ: Novi tramvaji stižu u travnju",
        "Pogledajte i: Radovi na obilaznici",
        "Preberite več: Mestni svet sprejel proračun",
        "Čítajte viac: Mestské zastupiteľstvo schválilo rozpočet",
        "Citește mai mult: Consiliul a aprobat bugetul",
        "READ MORE: Council approves the harbour budget",
        "LEES MEER: Raad keurt begroting goed",
    ])
    _kept([
        "Pročitajte više o tome na stranici ministarstva, rekao je ministar.",
        "Read more about it on the ministry's website, the minister told reporters.",
        "Vidi se da su radovi kasnili, rekao je gradonačelnik.",
        "Novi vozni red tramvaja vrijedi od ponedjeljka, a mijenja se i trasa linije 4.",
    ])


def test_messaging_app_group_join_prompt():
    _dropped([
        "Follow this link to join our WhatsApp group: Join Now",
        "Click the link below to join our Telegram channel",
        "Join our Signal channel",
        "Join our Viber community",
        "Follow us on Viber",
        "Follow us on Signal",
        "Sigue este enlace para unirte a nuestro grupo de WhatsApp",
        "Suivez ce lien pour rejoindre notre groupe WhatsApp",
        "Folgen Sie diesem Link, um unserer WhatsApp-Gruppe beizutreten",
        "Treten Sie unserer WhatsApp-Gruppe bei",
        "Segui questo link per unirti al nostro gruppo WhatsApp",
        "Unisciti al nostro gruppo WhatsApp",
        "Volg deze link om lid te worden van onze WhatsApp-groep",
        "Clique neste link para entrar no nosso grupo de WhatsApp",
        "Kliknij w ten link, aby dołączyć do naszej grupy na WhatsAppie",
        "Pridružite se našoj WhatsApp grupi",
        "Kliknite na link i pridružite se našoj Viber grupi",
        "Придружите се нашем Вајбер каналу",
        "Zapratite nas na Viberu",
    ])
    _kept([
        "Parents joined a WhatsApp group to share news of the school closures.",
        "The link to join the WhatsApp group was shared by the school, parents said.",
        "Follow this link to join our WhatsApp group, the fake message told parents.",
        "Um der WhatsApp-Gruppe beizutreten, mussten die Eltern ihre Nummer angeben.",
        "Roditelji su se pridružili WhatsApp grupi kako bi dijelili vijesti o školi.",
    ])


APPEAL = ("Quality journalism takes a lot of time, money and hard work to produce and despite all "
          "the hardships we still do it. Our reporters and editors are working overtime in the "
          "valley and beyond to cover what you care about, break big stories, and expose "
          "injustices that can change lives. Today more people are reading this paper than ever, "
          "but only a handful are paying while advertising revenues are falling fast.")


def test_reader_funding_appeal_heading():
    _dropped([
        "Be Part of Quality Journalism",
        "BE PART OF QUALITY JOURNALISM",
        "Be part of independent journalism. Subscribe today",
        "Werden Sie Teil des unabhängigen Journalismus",
        "Faites partie du journalisme indépendant",
        "Sé parte del periodismo de calidad",
        "Faça parte do jornalismo independente",
        "Fai parte del giornalismo di qualità",
        "Word onderdeel van onafhankelijke journalistiek",
        "Bądź częścią niezależnego dziennikarstwa",
        "Budite dio kvalitetnog novinarstva",
        "Podržite kvalitetno novinarstvo",
        "Подржите независно новинарство",
    ])
    _kept([
        "Be part of history, the coach told his players before the final.",
        "Students can be part of quality journalism programmes at the college from next year.",
        "The survey found strong support for quality journalism among young readers.",
        "Budite dio rješenja, poručio je gradonačelnik građanima.",
    ])


def test_reader_funding_appeal_paragraph_under_the_story():
    _dropped([
        APPEAL,
        "Qualitätsjournalismus kostet Zeit und Geld. Unsere Redaktion recherchiert jeden Tag für "
        "Sie, doch nur wenige Leserinnen und Leser zahlen dafür. Unterstützen Sie uns mit einem "
        "Abonnement.",
        "Le journalisme de qualité demande du temps et de l'argent. Nos journalistes travaillent "
        "chaque jour pour vous informer, et nous avons besoin de votre soutien pour continuer.",
        "El periodismo de calidad requiere tiempo y dinero. Nuestro equipo trabaja cada día para "
        "contar lo que importa, pero los ingresos por publicidad caen. Suscríbete hoy.",
        "O jornalismo de qualidade exige tempo e dinheiro. Nossos repórteres trabalham todos os "
        "dias para contar o que importa. Assine e apoie o nosso trabalho.",
        "Il giornalismo di qualità richiede tempo e denaro. La nostra redazione lavora ogni giorno "
        "per raccontare ciò che conta. Abbonati e sostienici.",
        "Kwaliteitsjournalistiek kost tijd en geld. Onze redactie werkt elke dag voor u. Word nu "
        "abonnee.",
        "Rzetelne dziennikarstwo kosztuje. Nasi dziennikarze codziennie pracują dla Ciebie. "
        "Wesprzyj nas.",
        "Kvalitetno novinarstvo zahtijeva vrijeme i novac. Naši novinari svakodnevno rade za vas, "
        "a prihodi od oglasa padaju. Podržite nas.",
    ], middle=False)
    _kept([
        "Quality journalism costs money, the publisher told shareholders on Tuesday as our city's "
        "paper announced 40 job cuts.",
        "Independent journalism needs a sustainable business model, according to a report "
        "published on Tuesday by a media institute.",
        "Quality journalism takes time, and the paper's owners said they would cut 40 jobs as "
        "advertising revenues fell.",
        "Le journalisme de qualité coûte cher, a déclaré le ministre, qui promet une aide à la "
        "presse régionale.",
    ], middle=False)


def test_republication_notice():
    _dropped([
        "Republique nossos conteúdos: Os textos, fotografias e vídeos produzidos pela equipe da "
        "agência estão licenciados com uma Licença Creative Commons e podem ser republicados na "
        "mídia.",
        ("Republique nossos conteúdos: Os textos, fotografias e vídeos produzidos pela equipe "
         "da agê"),
        "Republish our content: The texts, photographs and videos produced by our team are "
        "licensed under a Creative Commons licence.",
        "Republish our content",
        "Republica nuestros contenidos: Los textos y fotografías de nuestro equipo están bajo una "
        "licencia Creative Commons.",
        "Republiez nos contenus : les textes et photos de la rédaction sont sous licence Creative "
        "Commons.",
        "Ripubblica i nostri contenuti: testi e foto sono distribuiti con licenza Creative "
        "Commons.",
        "Unsere Inhalte übernehmen: Texte und Fotos stehen unter einer Creative-Commons-Lizenz.",
        "Herpubliceer onze artikelen: teksten en foto's vallen onder een Creative "
        "Commons-licentie.",
        "Przedrukuj nasze treści: teksty i zdjęcia są dostępne na licencji Creative Commons.",
        "Preuzmite naš sadržaj: tekstovi i fotografije objavljeni su pod licencom Creative "
        "Commons.",
        "This article is licensed under a Creative Commons Attribution 4.0 International License.",
    ])
    _kept([
        "Papers may not republish our content without a licence, the agency said.",
        "Republish our content: that is what the agency asked of papers, the editor said.",
        "The court ruled that the Creative Commons licence did not cover commercial use of the "
        "photographs.",
        "The museum's photographs may be republished under a Creative Commons licence.",
    ])
