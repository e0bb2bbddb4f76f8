"""Classes of site chrome that leaked into article bodies on bench/dev_set19 (the
sixteenth held-out set, tuned on once it was retired): a site's name and section menu
on top of a text scrape (a logo with a full stop, a headline that opens with its place),
share labels and "see also" links in more languages, a "Read More" label run onto its
headline, donation calls, and a publisher's description of itself under the story.
Synthetic text; each class with a near miss, a story sentence of a similar shape that
stays."""

from __future__ import annotations

from transforms.clean import chrome_kind, clean_text, reader_pitch, tail_note

BODY = ("The council approved the plan on Tuesday after a long debate about costs and "
        "the timetable for the works, officials said.")
MORE = ("Work on the first section is due to start in the spring, and the whole line should "
        "open within four years if the money is found.")


def test_site_name_and_section_menu_above_the_headline_are_navigation():
    menu = "Europe\nWorld\nSport\nCulture\nVideo\n\nBusiness\nMarkets"
    for logo, headline in [
        ("harbourpost.", "Harbour fees rise for the third year running"),
        ("Harbour Post", "Gdańsk. Port fees rise for the third year running"),
        ("Kurier", "Rotterdam. Havengelden stijgen voor het derde jaar op rij"),
    ]:
        cleaned = clean_text(f"{logo}\n{menu}\n\n{headline}\n\n{BODY}\n\n{MORE}\n")
        assert cleaned.title == headline, logo
        assert cleaned.paragraphs == [BODY, MORE], logo
    # Near miss: the story's lead that opens with its place stays in the body under the
    # headline (it ends with a full stop: no headline).
    lead = "Gdańsk. Port fees rose again this year after the council vote, officials said."
    cleaned = clean_text(f"harbourpost.\n{menu}\n\nHarbour fees rise for the third year\n\n"
                         f"{lead}\n\n{BODY}\n")
    assert cleaned.title == "Harbour fees rise for the third year"
    assert cleaned.paragraphs == [lead, BODY]


def test_share_label_in_more_languages_is_a_widget():
    for line in ["Udostępnij", "Delen", "Dela", "Sdílet", "Paylaş"]:
        assert chrome_kind(line) == "share_widget", line
    # Near miss: a sentence that opens with the word.
    assert chrome_kind("Delen van de stad zaten dinsdag urenlang zonder stroom.") is None


def test_see_also_link_with_its_colon_in_more_languages_is_chrome():
    for line in [
        "Zobacz również: Szpital w Gdańsku zamyka oddział dziecięcy",
        "Zie ook: Gemeente verhoogt de havengelden opnieuw",
        "Siehe auch: Stadtwerke erhöhen die Preise für Fernwärme",
        "Vedi anche: Il porto amplia il terminal crociere",
    ]:
        assert chrome_kind(line) == "inline_link", line
    # Near miss: the words opening a sentence of the story.
    assert chrome_kind("Siehe auch die Stellungnahme des Ministeriums, sagte der Sprecher "
                       "am Montag.") is None


def test_read_more_label_run_onto_its_headline_is_chrome():
    for line in [
        "Read More Port fees rise for the third year as shipping lines protest",
        "READ MORE Council approves the harbour budget",
        "Leia Mais Prefeitura anuncia novo plano de drenagem",
    ]:
        assert chrome_kind(line) == "inline_link", line
    cleaned = clean_text(f"Harbour fees rise\n\n{BODY}\n\nRead More Port fees rise for the third "
                         f"year as shipping lines protest\n\n{MORE}\n")
    assert cleaned.paragraphs == [BODY, MORE]
    # Near misses: sentences that start with the words.
    assert chrome_kind("Read more about the scheme on the council website.") is None
    assert chrome_kind("Read More Into It Than The Data Allow, The Analyst Warned.") is None


def test_donation_call_in_more_languages_is_a_reader_pitch():
    for line in [
        "Sostieni examplenews.it: se credi nel nostro lavoro, sostienici ora.",
        "Soutenez-nous : faites un don pour une information libre.",
        "Apóyanos: hazte socio y mantén vivo el periodismo local.",
        "Unterstützen Sie uns mit einem freiwilligen Beitrag.",
        "Apoie o jornalismo local: faça uma contribuição.",
    ]:
        assert reader_pitch(line), line
        assert clean_text(f"Harbour fees rise\n\n{BODY}\n\n{line}\n\n{MORE}\n").paragraphs == [
            BODY, MORE], line
    # Near misses: the verbs in news.
    for line in [
        "Il sindaco sostiene che il progetto sarà pronto entro l'estate.",
        "O governo quer que o Congresso apoie a medida ainda este mês.",
    ]:
        assert not reader_pitch(line), line


def test_publishers_description_of_itself_under_the_story_is_a_desk_note():
    for line in [
        "Harbour Post is the largest news website in the Baltic region.",
        "Le Courrier du Port est le premier site d'information de la région.",
        "El Diario del Sur es el periódico líder de la provincia.",
        "Die Hafenpost ist das führende Nachrichtenportal im Norden.",
        "O Jornal da Serra é o maior jornal do interior paulista.",
        "Il Corriere del Porto è il quotidiano più letto della costa.",
    ]:
        assert tail_note(line, []) == "desk_note", line
        assert clean_text(f"Harbour fees rise\n\n{BODY}\n\n{MORE}\n\n{line}\n").paragraphs == [
            BODY, MORE], line
    # Near misses: a story's last sentence about a newspaper or a company.
    for line in [
        "The Herald is the largest newspaper in the state and was sold last year to a trust.",
        "Reuters is the largest news agency in the world, the report said.",
        "Northwind is the largest carmaker in the region.",
    ]:
        assert tail_note(line, []) is None, line
        assert clean_text(f"Harbour fees rise\n\n{BODY}\n\n{line}\n").paragraphs == [BODY, line]
