"""Classes of site chrome that leaked into article bodies on bench/dev_set40 (a retired held-out
set, tuned on once it was retired), made broader in languages: "read also" labels with their
"also" and the linked headline (Estonian, Latvian, Lithuanian, Hungarian, Catalan, Finnish,
Slovak, Romanian, Bulgarian new), "you may be interested" / "we recommend" / "related" labels
with the headline across the languages a feed carries, the same labels alone above the
headline, a related header trailing off into an ellipsis ("READ MORE..."), the ad slot's label
alone in more languages, a wire's sign-off in brackets in capitals, a "stay informed" call
that follows the outlet's channel with a gerund, comment-section disclaimers that the
comments are their writers' views only, and a donation pitch built on the outlet's editorial
independence under the story. Synthetic text; each class with near misses, story sentences
of a similar shape that stay."""

from __future__ import annotations

from transforms.clean import chrome_kind, clean_text, tail_note

BODY = ("The council approved the plan on Tuesday after a long debate about costs and "
        "the timetable for the works, officials said.")
MORE = ("Work on the first section is due to start in the spring, and the whole line should "
        "open within four years if the money is found.")


def _middle(line: str, html: bool = False) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{line}\n\n{MORE}\n",
                      lines_are_paragraphs=html).paragraphs


def _tail(line: str, html: bool = False) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{MORE}\n\n{line}\n",
                      lines_are_paragraphs=html).paragraphs


def _dropped(lines: list[str]) -> None:
    for line in lines:
        assert chrome_kind(line) is not None, line
        assert _middle(line) == [BODY, MORE], line
        assert _tail(line, html=True) == [BODY, MORE], line


def _kept(line: str) -> None:
    assert chrome_kind(line) is None, line
    assert _middle(line) == [BODY, line, MORE], line


def _with_list(header: str, headline: str):
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{header}\n{headline}\n\n{MORE}\n")


def test_read_also_label_with_its_headline_in_more_languages():
    _dropped([
        "Loe ka: Pärnu bussiliinid muutuvad sügisest",
        "Vaata lisaks: Uus sild avatakse mais",
        "Lasi arī: Liepājā atklās jaunu tramvaja līniju",
        "Skaties arī: Liepājā atklās jaunu tramvaja līniju",
        "Taip pat skaitykite: Klaipėdoje keisis autobusų maršrutai",
        "Skaitykite taip pat: Klaipėdoje keisis autobusų maršrutai",
        "Olvassa el ezt is: Szegeden új villamosvonal épül",
        "Llegeix també: Nou carril bici a Girona",
        "Katso myös: Tampereen raitiotie jatkuu Hervantaan",
        "Čítajte aj: Košice otvoria nový most",
        "Prečítajte si aj: Košice otvoria nový most",
        "Citiți și: Clujul primește autobuze electrice",
        "Citeşte şi: Clujul primește autobuze electrice",
        "Прочетете още: Пловдив пуска нови автобуси",
        "Вижте още: Пловдив пуска нови автобуси",
    ])
    # Near misses: the verb opening a sentence of the story, no colon after the label.
    _kept("Loe ka linnavalitsuse teadet enne sõitu, soovitas linnapea elanikele.")
    _kept("Taip pat skaitykite savivaldybės pranešimą, sakė meras gyventojams.")
    _kept("Llegeix també el reglament abans de demanar la llicència, va dir el regidor.")


def test_may_interest_and_recommend_labels_with_a_headline():
    _dropped([
        "Et pot interessar: Nou carril bici a Girona",
        "Us pot interessar: Nou carril bici a Girona",
        "Sind võib huvitada: Pärnu bussiliinid muutuvad sügisest",
        "Jums gali būti įdomu: Klaipėdoje keisis autobusų maršrutai",
        "Ezt is ajánljuk: Szegeden új villamosvonal épül",
        "Ez is érdekelheti: Szegeden új villamosvonal épül",
        "Kapcsolódó: Szegeden új villamosvonal épül",
        "Mohlo by vás zajímat: Brno otevře novou tramvajovou trať",
        "Mohlo by vás zaujímať: Košice otvoria nový most",
        "Te-ar putea interesa: Clujul primește autobuze electrice",
        "Може да ви интересува: Пловдив пуска нови автобуси",
        "Μπορεί να σας ενδιαφέρει: Νέες γραμμές λεωφορείων στην Πάτρα",
        "Morda vas zanima: Maribor dobi nove avtobuse",
        "Možda vas zanima: Split dobiva nove autobuse",
        "Вас може зацікавити: Львів отримає нові трамваї",
        "Вам может быть интересно: В Казани откроют новый мост",
        "Może cię zainteresować: Nowa linia tramwajowa w Poznaniu",
        "Lesetipp: Neue Buslinie in Kassel",
        "Ça pourrait vous intéresser : Nouvelles lignes de bus à Metz",
        "Ti potrebbe interessare: Nuove corse dei bus a Bari",
        "Pode interessar-lhe: Novas linhas de autocarro em Braga",
        "You may also like: Council approves new bus lanes",
        "We also recommend: Council approves new bus lanes",
        "İlginizi çekebilir: İzmir'de yeni metro hattı açılıyor",
    ])
    # Near misses: the words in a sentence of the story, and advice after the label that closes
    # with a full stop (the story's, not a linked headline).
    _kept("Ezt is ajánljuk: a lakók maradjanak otthon a hőség idején.")
    _kept("You may also like the new bus lanes, the mayor told residents on Monday.")
    _kept("Et pot interessar saber que el bitllet costarà dos euros, va dir el conseller.")


def test_labels_alone_above_the_related_headline():
    for header in ["Loe ka", "Lasi arī", "Taip pat skaitykite", "Ezt is ajánljuk",
                   "Et pot interessar", "Mohlo by vás zajímat", "Te-ar putea interesa",
                   "Може да ви интересува", "You may also like", "READ MORE...", "Read more…",
                   "Lees ook...", "Leia também..."]:
        out = _with_list(header, "Ferry fares rise again from Monday")
        assert out.paragraphs == [BODY, MORE], header
        assert out.related_headlines == ["Ferry fares rise again from Monday"], header
    # Near miss: a story sentence that opens with the words.
    _kept("Read more about the plan on the council's website, officials said on Monday.")


def test_ad_label_alone_in_more_languages():
    _dropped(["Annonce", "ANNONCE", "Reklaam", "Reklāma", "Publicitat", "Anunci", "Inzerce",
              "Inzercia", "Reclamă", "Auglýsing", "Reklamë"])
    # Near misses: the word inside a sentence of the story (a council's ad campaign).
    _kept("Kommunen har købt en annonce i avisen for at finde nye plejefamilier.")
    _kept("Annonce-kampagnen koster kommunen 200.000 kroner, oplyser borgmesteren.")
    _kept("La campanya de publicitat de l'ajuntament costarà 20.000 euros, segons el regidor.")


def test_wire_sign_off_in_brackets_under_the_story():
    for line in ["(ITALPRESS).", "(ITALPRESS)", "(AGERPRES)", "(ADNKRONOS).", "(ASKANEWS)"]:
        assert chrome_kind(line) is not None, line
        assert _tail(line) == [BODY, MORE], line
        assert _tail(line, html=True) == [BODY, MORE], line
    # A known wire's sign-off is read as the story's agency, as before.
    out = clean_text(f"Harbour fees rise\n\n{BODY}\n\n{MORE}\n\n(ANSA).\n")
    assert out.paragraphs == [BODY, MORE]
    assert "ANSA" in out.agency_hints
    # Near misses: the agency named in brackets inside a sentence, a word in brackets.
    _kept("The figures were confirmed by the agency (ANSA) on Monday, the ministry said.")
    _kept("Secondo l'agenzia (ITALPRESS) i lavori partiranno a marzo.")
    assert chrome_kind("(Photo)") is None


def test_stay_informed_by_following_the_outlets_channel():
    _dropped([
        "Stay up-to-date by following Example Express’s Telegram channel.",
        "Stay informed by following our WhatsApp channel.",
        "Stay up to date by following The Harbour Post's Facebook page and Telegram channel.",
        "Restez informés en suivant notre chaîne WhatsApp.",
        "Mantente informado siguiendo nuestro canal de WhatsApp.",
        "Fique por dentro seguindo o nosso canal no WhatsApp.",
        "Resta aggiornato seguendo il nostro canale Telegram.",
        "Blijf op de hoogte door ons WhatsApp-kanaal te volgen.",
        "Bądź na bieżąco, obserwując nasz kanał na Telegramie.",
    ])
    # Near misses: the call reported from the police, an ordinary sentence about a channel.
    _kept("Stay informed by following the council's Facebook page, police said.")
    _kept("Residents can stay up to date by following the council's Telegram channel.")


def test_comment_section_disclaimer_views_of_the_commentator_only():
    _dropped([
        "Comments on this story express the views of the commentator only, not Example Publishing. "
        "We are unable to guarantee the accuracy of any of those comments.",
        "Comments on this story express the views of the commentator only, not Harbour Media.",
        "Les commentaires n'engagent que leurs auteurs.",
        "Los comentarios expresan únicamente la opinión de sus autores.",
        "Die Kommentare geben ausschließlich die Meinung der Verfasser wieder.",
        "Os comentários expressam apenas a opinião dos seus autores.",
        "I commenti esprimono esclusivamente l'opinione dei loro autori.",
        "Reacties geven alleen de mening van de schrijvers weer.",
        "Komentarze wyrażają wyłącznie opinie ich autorów.",
        "Комментарии выражают только мнение их авторов.",
    ])
    # Near misses: a minister's comments, and the disclaimer reported from a spokesman.
    _kept("The minister's comments express the views of the government only, not of the party.")
    _kept("The comments express the views of the authors only, not the university, the spokesman "
          "said.")


def test_donation_pitch_built_on_editorial_independence():
    pitches = [
        "Radio Example's editorial independence means that we can continue to provide factual "
        "updates about the ongoing conflict to millions of listeners, both at home and abroad.",
        "Our independence allows us to keep reporting on the islands without fear or favour.",
        "Notre indépendance éditoriale nous permet de continuer à informer nos lecteurs.",
        "Nuestra independencia editorial nos permite seguir informando sin presiones.",
        "A nossa independência permite-nos continuar a informar.",
        "Unsere redaktionelle Unabhängigkeit ermöglicht es uns, kritisch zu berichten.",
        "La nostra indipendenza editoriale ci permette di continuare a informare.",
        "Onze onafhankelijkheid betekent dat we kritisch kunnen blijven berichten.",
        "Nasza niezależność pozwala nam pisać o wszystkim.",
    ]
    for line in pitches:
        assert tail_note(line, []) == "desk_note", line
        assert _tail(line) == [BODY, MORE], line
        assert _tail(line, html=True) == [BODY, MORE], line
        # ... with the outlet's support button under it.
        assert _tail(f"{line}\n\nSupport Radio Example") == [BODY, MORE], line
    # Near misses: a story on a broadcaster's independence (no "we"), the pitch reported from
    # its director, a country's independence, and the French sentence on the courts.
    for line in [
        "The broadcaster's editorial independence means that ministers cannot block its reports.",
        "The BBC's editorial independence means that we can hold ministers to account, its "
        "director general said.",
        "Scotland's independence means that we can choose our own path.",
        "L'indépendance de la justice nous garantit un État de droit.",
    ]:
        assert tail_note(line, []) is None, line
        assert _tail(line) == [BODY, MORE, line], line
