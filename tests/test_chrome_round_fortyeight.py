"""Classes of site chrome that leaked into article bodies on bench/dev_set48 (a retired held-out
set, tuned on once it was retired), made broad across the languages of the feed: an inline
"keep reading" lead to the next story, in regional verb forms too (the Rioplatense voseo
"Seguí leyendo: ..."); a comment box's gate as an account to create ("To leave a comment you
need to create an account."); audio-article and app promos ("NEWYou can now listen to Example
News articles!", "CLICK HERE TO GET THE EXAMPLE NEWS APP"); the wire's notice that its material
may not be published, broadcast, rewritten or redistributed, with the copyright after it; and a
site's statement that people, not AI, write its news. Synthetic text; each class with near
misses, story sentences of a similar shape that stay."""

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


def test_keep_reading_lead_in_regional_verb_forms():
    _dropped([
        "Seguí leyendo: Inflación de marzo: qué esperan los analistas",
        "Sigue leyendo: El puerto amplía su horario de carga",
        "Continuá leyendo: Cómo quedan las tarifas del colectivo",
        "Leé más: El municipio licita la nueva terminal",
        "Mirá más: Así será el nuevo puente",
        "Enterate más: Cortes de agua en el barrio norte",
        "Continue reading: Harbour board approves new fees",
        "Keep reading: The bridge reopens on Monday",
        "Lesen Sie weiter: Stadtrat beschließt neuen Busfahrplan",
        "Lire la suite : Le conseil vote le budget du port",
        "Continua a leggere: Il comune approva il bilancio",
        "Continue lendo: Prefeitura anuncia nova linha de ônibus",
        "Lees verder: Gemeente keurt nieuwe busroute goed",
        "Czytaj dalej: Rada miasta przyjęła budżet",
    ])


def test_keep_reading_near_misses_stay():
    _kept([
        "Seguí leyendo el informe hasta el final, le dijo la jueza al testigo.",
        "Sigue leyendo en voz alta mientras el público escucha, pidió el director.",
        "Keep reading the instructions before the exam starts, the teacher told the class.",
        "Lees verder in het rapport staat dat de kosten stijgen, zei de wethouder.",
        "Czytaj dalej w raporcie, że koszty wzrosną, powiedział burmistrz.",
    ])


def test_comment_gate_as_an_account_to_create():
    _dropped([
        "To leave a comment you need to create an account.",
        "To comment, you must have an account.",
        "Para comentar, necesitás crear una cuenta.",
        "Para dejar un comentario debes crear una cuenta.",
        "Pour commenter, vous devez créer un compte.",
        "Um zu kommentieren, müssen Sie ein Konto erstellen.",
        "Per commentare devi creare un account.",
        "Para comentar, é necessário criar uma conta.",
        "Om te reageren moet je een account aanmaken.",
        "Aby dodać komentarz, musisz założyć konto.",
    ])


def test_account_near_misses_stay():
    _kept([
        "Residents need to create an account to book a slot at the recycling centre.",
        "To leave a comment on the proposal, residents need to create an account on the "
        "council portal.",
        "Para reservar un turno, los vecinos deben crear una cuenta en el portal municipal.",
        "Um einen Termin zu buchen, müssen Sie ein Konto erstellen, erklärte die Stadt.",
        "Pour réserver, les habitants doivent créer un compte sur le site de la mairie.",
    ])


def test_audio_article_and_app_promos():
    _dropped([
        "NEWYou can now listen to Example News articles!",
        "NEW You can now listen to Daily Planet articles!",
        "You can now listen to Example Times stories.",
        "Sie können sich jetzt Artikel von Beispiel Zeitung anhören.",
        "Vous pouvez désormais écouter les articles de Exemple Matin.",
        "Ahora podés escuchar los artículos de Diario Ejemplo.",
        "Agora você pode ouvir as notícias do Jornal Exemplo.",
        "Ora puoi ascoltare gli articoli di Esempio Oggi.",
        "Je kunt nu artikelen van Voorbeeld Dagblad beluisteren.",
        "Teraz możesz słuchać artykułów Gazety Przykład.",
        "CLICK HERE TO GET THE EXAMPLE NEWS APP",
        "Tap here to get our app",
        "Haz clic aquí para descargar nuestra app",
        "Cliquez ici pour télécharger notre application",
        "Clique aqui para baixar o nosso aplicativo",
        "Clicca qui per scaricare la nostra app",
        "Listen to this article",
    ])


def test_audio_and_app_near_misses_stay():
    _kept([
        "You can now listen to the council meetings on the radio app, the mayor said.",
        "You can now listen to Example stories on a new podcast, the host said.",
        "The station launched a podcast last week, and listeners can now hear the stories on "
        "its radio app.",
        "Click here to get the forms, the clerk told residents who queued outside the office.",
        "Ahora podés escuchar los artículos de la constitución en la biblioteca, dijo la ministra.",
    ])


def test_wire_redistribution_notice_with_its_copyright():
    _dropped([
        "This material may not be published, broadcast, rewritten, or redistributed. ©2025 "
        "Example News Network, LLC. All rights reserved. Quotes displayed in real-time or "
        "delayed by at least 15 minutes. Market data provided by Example Data. Powered and "
        "implemented by Example Digital Solutions. Legal Statement. Mutual Fund and ETF data "
        "provided by Example Group.",
        "Dieses Material darf nicht veröffentlicht, gesendet, umgeschrieben oder "
        "weiterverbreitet werden.",
        "Ce contenu ne peut être publié, diffusé, réécrit ou redistribué. © 2025 Exemple Médias.",
        "Este material no puede ser publicado, transmitido, reescrito o redistribuido.",
        "Este material não pode ser publicado, transmitido, reescrito ou redistribuído. "
        "Todos os direitos reservados.",
        "Questo materiale non può essere pubblicato, trasmesso, riscritto o ridistribuito.",
        "Dit materiaal mag niet worden gepubliceerd, uitgezonden, herschreven of herverspreid.",
        "Ten materiał nie może być publikowany, nadawany, przepisywany ani rozpowszechniany.",
    ])


def test_redistribution_near_misses_stay():
    _kept([
        "The court ruled that the text may not be republished until the appeal is heard.",
        "Este material no puede ser publicado, dictaminó el juez de primera instancia.",
        "Dieses Material darf nicht veröffentlicht werden, bevor das Gericht entscheidet, "
        "sagte der Anwalt.",
        "Ce contenu ne peut être publié sans l'accord des familles, a tranché le tribunal.",
    ])


def test_written_by_humans_statement():
    _dropped([
        "At Example Media, we employ humans to generate news. Our reporters are committed to "
        "producing content that is accurate, fair, and accessible to all.",
        "Our journalism is written by humans, not AI.",
        "We do not use AI to write our stories.",
        "Unsere Artikel werden von Menschen geschrieben.",
        "Wir verwenden keine KI, um unsere Artikel zu schreiben.",
        "Nos articles sont écrits par des humains.",
        "Nous n'utilisons pas l'IA pour rédiger nos articles.",
        "Nuestras noticias son escritas por personas.",
        "No usamos IA para escribir nuestras noticias.",
        "As nossas notícias são escritas por humanos.",
        "I nostri articoli sono scritti da esseri umani.",
        "Onze artikelen worden door mensen geschreven.",
        "Nasze artykuły są pisane przez ludzi.",
    ])


def test_humans_and_ai_near_misses_stay():
    _kept([
        "We employ humans to sort the parcels, the depot manager said.",
        "The paper said its stories are written by humans, and it has no plans to change that.",
        "The newsroom replaced its AI tools with human editors after readers complained.",
        "At the depot, humans are replacing the machines that sorted parcels for a decade.",
        "We do not use AI to write our stories, the editor told the committee.",
        "Unsere Artikel werden von Menschen geschrieben, sagte die Chefredakteurin.",
    ])
