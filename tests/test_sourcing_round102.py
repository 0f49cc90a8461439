"""Who speaks, hundred-and-second speaker round (docs/accuracy.md, "Speaker round 102"): titles after a
preposition. A quotation after "in", "bei", "für", "mit", "auf" or "aus" (a determiner and adjectives may
stand between) that reads as a title (an article or adjective opening it, all its words capitalised, a
number, a subtitle after a colon, a lower-case English link word) is the title of a work, show, paper or
event, no quote ("Die Autorin verwebt in „Die Anleitungen der Vorfahren“ …"); the speaker its sentence names
is read as before. A partial quotation after the same prepositions stays speech ("bringe viele Menschen in
„Lebensgefahr“"; "hätten ihn für den „Prime Minister of Germany“ gehalten", the holder's words). German
sentences in, quotes and speakers out."""

from framing.speakers import is_capitalised_adjective

from .sourcing_speakers import quoted


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(words, quote.speaker) for words, _, quote in quoted(text)]


def test_the_words_of_the_round():
    assert is_capitalised_adjective("Große") and is_capitalised_adjective("Digitale")
    assert not is_capitalised_adjective("Sektoren") and not is_capitalised_adjective("Experten")
    assert not is_capitalised_adjective("große")


TITLES_AFTER_A_PREPOSITION = (
    ("Ann Cotten verwebt in „Die Anleitungen der Vorfahren“ Lokales und Globales.", "Die Anleitungen"),
    ('Die Sängerin spielte damals eine Hauptrolle (in "Große Vögel, kleine Vögel").', "Große Vögel"),
    ("Sasha Waltz lässt bei „Dialoge 2020 – Relevante Systeme“ ihre Company wieder tanzen.", "Dialoge"),
    ("Der Kurator Andreas Schalhorn berichtet von seinen Vorbereitungen für „Pop on Paper“.", "Pop on"),
    ("Der Streamingdienst verkündet bei seiner „Content Road Show“ am Dienstag neue Serien.", "Content"),
    ("Lamorgese kündigte in einem Interview mit der römischen „La repubblica“ Strafen an.", "La rep"),
)


def test_a_title_after_a_preposition_is_no_quote():
    for text, title in TITLES_AFTER_A_PREPOSITION:
        assert all(not words.startswith(title) for words, _ in _found(text)), text


def test_the_speaker_of_the_sentence_is_read_as_before():
    text = (
        "Mit seinen „Knaben Bars“ meldete sich kürzlich der Rapper Animus zurück. Er sagte: „Ich bin wieder "
        "da und habe viel zu erzählen.“"
    )
    found = _found(text)
    assert [words for words, _ in found] == ["Ich bin wieder da und habe viel zu erzählen."]
    assert found[0][1] is not None and found[0][1].endswith("Animus")


def test_a_partial_quotation_after_a_preposition_stays_speech():
    text = "Innenminister Seehofer warnte, die Lage bringe viele Menschen in „Lebensgefahr“."
    assert ("Lebensgefahr", "Innenminister Seehofer") in _found(text)
    text = (
        "Der Regierungssprecher sagte, die Demonstranten hätten ihn für den „Prime Minister of Germany“ "
        "gehalten."
    )
    assert ("Prime Minister of Germany", "Regierungssprecher") in _found(text)
