"""Review of rounds 72 and 73: the rules that could take a wrong country, drop a real
sentence or take a non-name as a writer, each tried on ordinary news text. One misfired:
Scotland's isles named by their bare names (round 73, "Shetland") placed a story about a
Shetland sheepdog trial in Australia in Britain; a breed's or a garment's noun right after
a region's name now names the animal, no place. The other counter-examples (a production
line, a publish note, the desk credit, the lone lead tag, a yearless copyright) held and
are kept here so they stay held."""

from __future__ import annotations

from transforms.clean import clean_text


def _article(name: str, payload: str) -> dict:
    from transforms.clean import clean_record
    from transforms.decode import decode_payload
    from transforms.extract import extract_article

    record = decode_payload(name, payload.encode())[0]
    return extract_article(clean_record(record))


BODY = ("The harbour board approved the new berth on Wednesday after a long debate about "
        "its cost, the chairman said.")
MORE = ("Dredging is due to start in the autumn, and the berth should open to cruise ships "
        "within three years.")


def _kept_in_middle(line: str) -> bool:
    return clean_text(f"New berth approved\n\n{BODY}\n\n{line}\n\n{MORE}\n").paragraphs == [
        BODY, line, MORE]


# 1. A region's bare name before a breed's noun ("Shetland pony", "Shetland sheepdog") is
# the animal, no place in Britain.


def test_region_name_before_breed_places_no_story() -> None:
    text = ("Ponies steal the show\n\n"
            "The Shetland pony parade drew large crowds to Bendigo on Saturday as breeders "
            "from across Victoria showed their animals.\n\n"
            "The show runs until Monday, organisers said.\n")
    assert _article("ponies.txt", text)["country"] == "AU"
    text = ("Judges praise young handlers\n\n"
            "A Shetland sheepdog from Mudgee took the top prize at the regional show on "
            "Sunday, beating more than forty dogs.\n\nThe owner said she was delighted.\n")
    assert _article("sheepdog.txt", text)["country"] != "GB"


def test_region_name_as_a_place_still_places_near_miss() -> None:
    text = ("Ferry fares to rise for Shetland islanders\n\n"
            "Islanders across Shetland will pay more for ferry crossings from April after "
            "the council agreed a new fares scheme on Tuesday.\n\n"
            "The council said the rise was needed to cover fuel costs.\n")
    assert _article("ferry.txt", text)["country"] == "GB"


# 2. Counter-examples the rules of rounds 72 and 73 already hold: story sentences that look
# like their chrome stay in the story.


def test_story_sentences_like_round_73_chrome_stay() -> None:
    for line in ("The vaccine is produced by a Swiss firm under licence, the ministry said.",
                 "The article was published in the journal in 2019 and cited widely since.",
                 "Copyright © law protects the film, the judge said, and the studio appealed.",
                 "Watch the full story on the council's website unfold, she said."):
        assert _kept_in_middle(line), line


def test_surname_like_desk_word_is_a_writer() -> None:
    text = ("Chuvas atingem o interior\n\nPor Maria Redação\n\n"
            "As chuvas fortes atingiram o interior nesta terça-feira e deixaram dezenas de "
            "famílias desalojadas, informou a Defesa Civil.\n\nO governo prometeu ajuda.\n")
    assert _article("chuvas.txt", text)["authors"] == ["Maria Redação"]
