"""Classes of review of round 96 (tuned on bench/dev_set95), checked while the misses on
bench/dev_set96 (a retired held-out set, tuned on once it was retired) were fixed
elsewhere. The bracketed reporter after an Indian dateline (round 96) took a Gurmukhi
news service or team for a writer ("(ਟ੍ਰਿਬਿਊਨ ਨਿਊਜ਼ ਸਰਵਿਸ)", "(ਜਗ ਬਾਣੀ ਟੀਮ)") and a wire's
initials spelled out letter by letter ("(ਪੀ ਟੀ ਆਈ)"): Gurmukhi "news", "service" and
"team" are desk words now, and a bracket of letters' names is no writer. The island word
before a headline's town (round 96) read bare "ile" as French "île", but it is Turkish
"with" ("Ankara ile Berlin"): "île" counts after its article only. The inline "Also in this
edition:" (round 96) took a sentence whose stop sits inside a closing quote for a
headline. Small towns of several words named twice (round 96) read a person named in
full twice ("Robert Lee", a town of Texas) whose surname the story also writes alone.
The Gurmukhi town read through Devanagari (round 96) missed towns Gurmukhi spells
otherwise than Hindi ("ਪਟਿਆਲਾ", "ਅਲੀਗੜ੍ਹ"). Near misses keep their reading. Synthetic
text."""

from __future__ import annotations

import unicodedata

from tests.test_chrome_round_ninetyfive import _EN, _EN_TAIL
from tests.test_chrome_round_ninetytwo import _mid
from transforms import geo, people
from transforms.clean import chrome_kind


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# --- a news service, a team or spelled initials after an Indian dateline ---------------------

def test_a_gurmukhi_news_service_or_team_in_the_bracket_is_no_writer():
    for bracket in ("ਟ੍ਰਿਬਿਊਨ ਨਿਊਜ਼ ਸਰਵਿਸ", "ਪੰਜਾਬੀ ਟ੍ਰਿਬਿਊਨ ਨਿਊਜ਼ ਸਰਵਿਸ", "ਜਗ ਬਾਣੀ ਟੀਮ",
                    "ਸਵੇਰ ਨਿਊਜ਼", "ਪੀ ਟੀ ਆਈ", "ਯੂ ਐਨ ਆਈ"):
        lead = _nfc(f"ਜਲੰਧਰ, 14 ਮਾਰਚ ({bracket})-ਸ਼ਹਿਰ ਦੀਆਂ ਸੜਕਾਂ ਦੀ ਮੁਰੰਮਤ ਅੱਜ ਸ਼ੁਰੂ ਹੋਈ।")
        assert people.indic_dateline_reporter(lead) is None, bracket
    lead = "भोपाल, 9 मई (पी टी आई)-शहर में आज बारिश हुई।"
    assert people.indic_dateline_reporter(lead) is None


def test_a_reporter_in_the_bracket_is_still_the_writer():
    lead = _nfc("ਜਲੰਧਰ, 14 ਮਾਰਚ (ਹਰਪ੍ਰੀਤ ਕੌਰ ਗਿੱਲ)-ਸ਼ਹਿਰ ਦੀਆਂ ਸੜਕਾਂ ਦੀ ਮੁਰੰਮਤ ਅੱਜ ਸ਼ੁਰੂ ਹੋਈ।")
    assert people.indic_dateline_reporter(lead) == _nfc("ਹਰਪ੍ਰੀਤ ਕੌਰ ਗਿੱਲ")
    lead = "भोपाल, 9 मई (सुनील वर्मा)-शहर में आज बारिश हुई।"
    assert people.indic_dateline_reporter(lead) == "सुनील वर्मा"
    # A short given name beside a longer one is a name, not spelled letters.
    lead = _nfc("ਜਲੰਧਰ, 14 ਮਾਰਚ (ਜੈ ਸਿੰਘ)-ਸ਼ਹਿਰ ਦੀਆਂ ਸੜਕਾਂ ਦੀ ਮੁਰੰਮਤ ਅੱਜ ਸ਼ੁਰੂ ਹੋਈ।")
    assert people.indic_dateline_reporter(lead) == _nfc("ਜੈ ਸਿੰਘ")


# --- the island word: French "île" after its article, not Turkish "ile" ----------------------

def test_turkish_ile_makes_no_island():
    body = "Bakan, Ankara ile Berlin arasındaki ticaret anlaşmasını değerlendirdi."
    assert not geo._named_as_island("berlin", body)


def test_french_ile_after_its_article_still_makes_an_island():
    assert geo._named_as_island("groix", "Les ferries vers l'île de Groix reprennent lundi.")
    assert geo._named_as_island("hvar", "Ferries to the island of Hvar were cancelled.")
    assert not geo._named_as_island("groix", "Le maire de Groix a parlé lundi.")


# --- "Also in this edition:" before a quoted sentence ---------------------------------------

def test_also_in_this_edition_before_a_quoted_sentence_stays():
    line = 'Also in this edition: Councillor Pike wrote that "the pool must stay open."'
    assert chrome_kind(line) is None
    assert line in _mid(_EN, _EN_TAIL, line)


def test_also_in_this_edition_before_a_headline_still_goes():
    for line in ("Also in this edition: Harbour crane to be replaced by spring",
                 'Also in this edition: "We will rebuild," says the bakery owner'):
        assert chrome_kind(line) == "inline_link", line
        assert line not in _mid(_EN, _EN_TAIL, line), line


# --- small towns of several words: a person's name with the surname alone --------------------

def test_a_person_named_in_full_twice_with_the_surname_alone_places_nothing():
    text = ("Robert Lee, the bowls club's treasurer, said the accounts were in order. "
            "Lee said the green would be resurfaced in autumn. Members thanked Robert Lee "
            "for ten years of service.")
    assert geo.country_of_small_towns_in_text(text, "en") is None


def test_small_towns_named_twice_still_place_the_story():
    text = ("The market at Murray Bridge opens on Sunday. Stallholders from Murray Bridge "
            "and nearby farms will sell fruit.")
    assert geo.country_of_small_towns_in_text(text, "en") == "AU"


# --- Gurmukhi towns Hindi spells otherwise ---------------------------------------------------

def test_gurmukhi_towns_spelled_otherwise_than_in_hindi_are_read():
    assert geo.indic_place(_nfc("ਪਟਿਆਲਾ")).name == "Patiāla"
    assert geo.indic_place(_nfc("ਅਲੀਗੜ੍ਹ")).name == "Alīgarh"
    assert geo.indic_place(_nfc("ਗ਼ਾਜ਼ੀਆਬਾਦ")).country == "IN"


def test_gurmukhi_plain_readings_and_words_stay():
    assert geo.indic_place(_nfc("ਕਾਨਪੁਰ")).name == "Kanpur"
    assert geo.indic_place(_nfc("ਜਲੰਧਰ")).name == "Jalandhar"
    for word in ("ਖ਼ਬਰਾਂ", "ਪਿਆਰ", "ਸਰਕਾਰ"):
        assert geo.indic_place(_nfc(word)) is None, word
