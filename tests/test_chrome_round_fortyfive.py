"""Classes of site chrome that leaked into article bodies on bench/dev_set45 (a retired held-out
set, tuned on once it was retired), made broad across the comment systems news sites print
(site-native boxes, Disqus, Coral, Viafoura, OpenWeb, the Facebook plugin) and the languages
of the feed: a comment policy's disclaimer and the site's right to remove comments, moderation
and closed-comment notices in the Nordic languages, the call to be the first to comment, the
comment count and "no comments yet", "load more comments", sort controls, "add a comment" and
"join the discussion", and the log-in gate (with Rioplatense voseo: "Para comentar debés estar
registrado."). Synthetic text; each class with near misses, story sentences of a similar shape
that stay."""

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


def _dropped(lines: list[str]) -> None:
    for line in lines:
        assert _tail(line) == [BODY, MORE], line
        assert _tail(line, html=True) == [BODY, MORE], line
        assert _middle(line) == [BODY, MORE], line


def _kept(lines: list[str]) -> None:
    for line in lines:
        assert _tail(line) == [BODY, MORE, line], line
        assert _middle(line) == [BODY, line, MORE], line


def test_comment_policy_disclaimer():
    _dropped([
        "Comments are the sole responsibility of the person posting them. You agree not to post "
        "comments that are off topic, defamatory, obscene, abusive, threatening or an invasion "
        "of privacy. Violators may be banned.",
        "Comments are the responsibility of their authors.",
        "Comments are the sole responsibility of the person who posted them.",
        "Los comentarios son responsabilidad de sus autores.",
        "Os comentários são de responsabilidade de seus autores.",
        "I commenti sono responsabilità dei loro autori.",
        "Reacties zijn de verantwoordelijkheid van de auteurs.",
        "Za treść komentarzy odpowiadają ich autorzy.",
        "Ответственность за содержание комментариев несут их авторы.",
    ])
    _kept([
        "Comments are the responsibility of the minister, a spokesman said.",
        "The minister's comments are the sole responsibility of his office, the party said.",
        "Comments made by the minister were removed from the record.",
    ])


def test_right_to_remove_comments():
    _dropped([
        "We reserve the right to remove any comment that violates our rules.",
        "We reserve the right to delete comments that are offensive or off-topic.",
        "Die Redaktion behält sich vor, Kommentare zu löschen.",
        "Wir behalten uns vor, Kommentare zu löschen oder nicht zu veröffentlichen.",
        "Nous nous réservons le droit de supprimer les commentaires.",
        "La rédaction se réserve le droit de supprimer tout commentaire.",
        "Nos reservamos el derecho de eliminar comentarios.",
        "Reservamo-nos o direito de remover comentários.",
        "Ci riserviamo il diritto di rimuovere i commenti.",
        "Wij behouden ons het recht voor om reacties te verwijderen.",
        "Redakcja zastrzega sobie prawo do usuwania komentarzy.",
        "Редакция оставляет за собой право удалять комментарии.",
    ])
    _kept([
        "The platform's policy says it reserves the right to remove comments that break its rules.",
        "We reserve the right to remove comments, the platform's lawyer told the court.",
        "\"We reserve the right to delete comments,\" the company said in a statement.",
        "The council reserves the right to remove comments from the record.",
        "Les commentaires du ministre ont été retirés du procès-verbal.",
        "Die Kommentare des Ministers wurden aus dem Protokoll gestrichen.",
    ])


def test_nordic_moderated_and_closed_notices():
    _dropped([
        "Комментарии проходят премодерацию.",
        "Kommentarer modereres.",
        "Kommentarerna modereras.",
        "Kommentarfeltet er stengt.",
        "Kommentarerna är stängda.",
        "Kommentarer er lukket.",
    ])
    _kept([
        "Kommentarene ble sendt til kommunen.",
        "The comments were moderated by the chair, who cut off two speakers.",
        "Comments are closed on the ministry's site after the hack, police said.",
    ])


def test_be_the_first_to_comment():
    _dropped([
        "Be the first to comment!",
        "Sei der Erste, der kommentiert.",
        "Schreiben Sie den ersten Kommentar.",
        "Soyez le premier à commenter.",
        "Soyez le premier à réagir.",
        "Sé el primero en comentar.",
        "Seja o primeiro a comentar.",
        "Sii il primo a commentare.",
        "Wees de eerste om te reageren.",
        "Bądź pierwszy, który skomentuje.",
        "Будьте первым, кто оставит комментарий.",
        "Bli den første til å kommentere.",
        "Bli först att kommentera.",
        "Vær den første til at kommentere.",
    ])
    _kept([
        "The first to comment was the mayor, who called the plan a mistake.",
        "Be the first to comment was the slogan of the campaign, organisers said.",
        "Sé el primero en llegar, dijo el alcalde a los vecinos.",
        "Soyez le premier à voter, a lancé le maire.",
    ])


def test_comment_count_and_none_yet():
    _dropped([
        "3 commentaires", "5 comentarios", "3 comentários", "3 commenti", "3 reacties",
        "3 komentarze", "3 комментария", "3 kommentarer",
        "There are no comments yet.", "No comments yet", "Noch keine Kommentare",
        "Todavía no hay comentarios", "Nog geen reacties", "Brak komentarzy", "Нет комментариев",
    ])
    _kept([
        "3 comments from residents were read out at the meeting.",
        "Readers sent 300 comments to the council.",
    ])
    # An official's bare "no comment" in the middle of a story is the story's.
    for line in ("Aucun commentaire", "Nessun commento", "No hay comentarios", "Ingen kommentarer"):
        assert _middle(line) == [BODY, line, MORE], line


def test_load_more_comments_and_sort_controls():
    _dropped([
        "View more comments", "Weitere Kommentare laden", "Mehr Kommentare anzeigen",
        "Charger plus de commentaires", "Ver más comentarios", "Carregar mais comentários",
        "Carica altri commenti", "Meer reacties laden", "Pokaż więcej komentarzy",
        "Показать еще комментарии", "Vis flere kommentarer", "Visa fler kommentarer",
        "Sort by newest", "Sort by oldest", "Newest first", "Sortieren nach: Neueste",
        "Trier par : plus récents", "Ordenar por: más recientes", "Ordenar por: mais recentes",
        "Ordina per: più recenti", "Sorteer op: nieuwste", "Sortuj według: najnowsze",
        "Сортировать по: новые",
    ])
    _kept([
        "Sort by size, the sorting machines then pack the fruit.",
        "The newest first-class carriages arrived on Monday.",
    ])


def test_add_a_comment_and_join_the_discussion():
    _dropped([
        "Add a comment...", "Write a comment...", "Einen Kommentar schreiben",
        "Ajouter un commentaire", "Participez à la discussion", "Escribí un comentario",
        "Dejá tu comentario", "Adicionar um comentário", "Aggiungi un commento",
        "Partecipa alla discussione", "Plaats een reactie", "Dodaj komentarz",
        "Оставить комментарий", "Skriv en kommentar...", "Lämna en kommentar",
    ])
    _kept([
        "Add a comment to the form before you submit it, the clerk said.",
        "Write a comment on the back of the ballot, officials said.",
        "The council opened a public comment period on the plan, and residents have until May 1 "
        "to send their views.",
    ])


def test_log_in_gate_to_comment():
    _dropped([
        "Para comentar debés estar registrado.",
        "Para comentar tenés que iniciar sesión.",
        "Iniciá sesión para comentar.",
        "Registrate para comentar.",
        "Ingresá para comentar.",
        "Suscribite para comentar.",
        "Regístrate para comentar.",
        "Subscribe to comment",
        "Bitte melden Sie sich an, um zu kommentieren.",
        "Jetzt registrieren und mitdiskutieren.",
        "Entre para comentar.",
        "Registrati per commentare.",
        "Logg inn for å kommentere.",
        "Logga in för att kommentera.",
        "Log ind for at kommentere.",
    ])
    _kept([
        "Residents must register by Friday to vote in the referendum on the plan.",
        "To comment on the plan, residents must register by Friday.",
        "Log in to comment on the draft by Friday, the council told residents.",
        "Para votar debés estar registrado en el padrón antes del viernes.",
        "Police asked anyone with information to come forward and comment on the case.",
        "Die Polizei bittet Zeugen, sich zu melden.",
    ])


def test_voseo_gate_under_the_comment_heading():
    # The dev set's case: the heading, then the gate, then a related-links label.
    text = (f"Harbour fees rise\n{BODY}\n{MORE}\nComentarios\n"
            "Para comentar debés estar registrado.\nMirá también\n")
    assert clean_text(text, lines_are_paragraphs=True).paragraphs == [BODY, MORE]
