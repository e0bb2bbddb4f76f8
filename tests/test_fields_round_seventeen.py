"""Classes of extraction failures found with bench/dev_set17 (the fourteenth held-out set,
retired to a development set). One guard each, written on synthetic text, with a near
miss that must stay as it is where one exists."""

from __future__ import annotations

import datetime as dt

from transforms import dates
from transforms.clean import clean_text


def test_wire_photo_credit_on_the_line_under_its_caption():
    from transforms.clean import credit_only_line

    page = ("Harbour Gazette\n\nFerries return to the old quay\n\n"
            "Passengers board a ferry at the old quay in Valletta, on March 3, 2025.\n"
            "MARK AZZOPARDI / AFP\n\n"
            "VALLETTA (AFP) - Ferry services to the old quay resumed on Tuesday after two "
            "months of repairs, the transport ministry said.\n\n"
            "The quay had been closed since January when a storm damaged its pontoons.")
    cleaned = clean_text(page)
    assert cleaned.captions == [{
        "text": "Passengers board a ferry at the old quay in Valletta, on March 3, 2025.",
        "credit": "MARK AZZOPARDI / AFP"}]
    assert all("Passengers board" not in p for p in cleaned.paragraphs)
    # The wire first and its photographer, slash spaced or not.
    assert credit_only_line("EFE/Lucía Ferrer") == "EFE/Lucía Ferrer"
    assert credit_only_line("ANSA / Marco de Santis") == "ANSA / Marco de Santis"
    # A wire's desk code, a wire and its city, and a heading with a slash are no credits.
    assert credit_only_line("dpa/lnw") is None
    assert credit_only_line("XINHUA / Hong Kong") is None
    assert credit_only_line("NATO/Russia Relations") is None
    assert credit_only_line("WORLD BANK / IMF") is None


def test_wire_photo_credit_is_no_agency_line():
    page = ("Island Courier\n\nSea reaches a record for July\n\nEFE\n\n"
            "Bathers on the beach at Cala Major, in Palma, on Monday.\nEFE/Lucía Ferrer\n\n"
            "Palma, 14 jul (EFE).- La temperatura del agua alcanzó este domingo los 29 grados, "
            "el valor más alto registrado en julio.\n\n"
            "El anterior récord para este mes se había registrado en julio de 2023.")
    cleaned = clean_text(page)
    assert cleaned.captions and cleaned.captions[0]["credit"] == "EFE/Lucía Ferrer"
    assert "EFE/Lucía Ferrer" not in cleaned.agency_hints
    # The wire's name alone under the headline is still its agency line.
    assert "EFE" in cleaned.agency_hints


def test_french_clock_on_a_date_line():
    assert dates.is_date_line("le 25.09.2024 à 12h18") == dt.date(2024, 9, 25)
    assert dates.is_date_line("12 septembre 2024 à 8h05") == dt.date(2024, 9, 12)
    # Words after the clock make it a sentence, not a date line.
    assert dates.is_date_line("Le 25.09.2024 à 12h18 le marché a ouvert") is None


def test_caption_label_dropped_when_the_credit_line_follows():
    page = ("Mercado\nEscrito por\nAna Souza\n"
            "Legenda: Peixes à venda no Mercado Central, em Recife\nFoto: João Lima\n"
            "O preço do peixe subiu 20% nos últimos três meses em Recife, segundo os "
            "comerciantes do Mercado Central.\n"
            "A alta se deve à menor oferta vinda do litoral sul do estado, dizem os vendedores.")
    cleaned = clean_text(page, first_line_is_title=False, title_hint="Preço do peixe sobe",
                         lines_are_paragraphs=True)
    assert cleaned.captions == [{"text": "Peixes à venda no Mercado Central, em Recife",
                                 "credit": "João Lima"}]
