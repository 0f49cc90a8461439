"""Titles round 1 (issue 11, item 1, branch ttl1): titles, names and sayings told apart from speech. A medium
named in quote marks after "gegenüber", a proverb or farmers' saying introduced as such. German sentences in,
speech (with its speaker) or no speech out."""

from framing.pipeline import analyze_text

BBC = (
    "«Es ist wichtig, zu den Grundlagen zurückzukehren», sagt der Arzt Hilary Jones gegenüber «BBC». "
    "«Nicht rauchen, nicht zu viel Alkohol trinken.»"
)


def quoted(text: str) -> list[tuple[str, str | None]]:
    """(quoted text, speaker) of every quote framing finds in ``text``."""
    doc = analyze_text(text)
    return [(doc.text[q.start : q.end], q.speaker) for q in doc.quotes]


def speaker_of(text: str, words: str) -> str | None:
    """The speaker of the quote holding ``words``, or None when none holds them or none has a speaker."""
    return next((speaker for span, speaker in quoted(text) if words in span), None)


def check(text: str, not_speech: str, speech: str, speaker: str) -> None:
    """The quote holding ``not_speech`` has no speaker; the one holding ``speech`` is ``speaker``'s."""
    assert speaker_of(text, not_speech) is None
    assert speaker_of(text, speech) == speaker


def dropped(text: str, name: str, speech: str, speaker: str) -> None:
    """No quote is just ``name``; the quote holding ``speech`` is ``speaker``'s."""
    assert all(span != name for span, _ in quoted(text))
    assert speaker_of(text, speech) == speaker


def test_a_medium_in_guillemets_after_gegenueber_is_no_quote() -> None:
    check(BBC, "BBC", "Grundlagen", "Arzt Hilary Jones")


def test_a_quoted_news_agency_after_gegenueber_is_no_quote() -> None:
    text = 'Die Siedler hätten mehrere Häuser angegriffen, erklärte der Dorfratsvorsitzende gegenüber "Wafa".'
    dropped(text, "Wafa", "Siedler", "Dorfratsvorsitzende")


def test_farmers_sayings_introduced_as_such_are_no_speech() -> None:
    text = (
        "Um die Eisheiligen ranken sich viele Bauernregeln. Diese Bauernregeln sollen daran erinnern: "
        "„Pflanze nie vor der Kalten Sophie.“"
    )
    assert speaker_of(text, "Sophie") is None


def test_a_proverb_that_speaks_is_no_speaker() -> None:
    assert speaker_of("Ein Sprichwort sagt: „Wer zuletzt lacht, lacht am besten.“", "lacht") is None
    text = (
        "„Morgenstund hat Gold im Mund“, heißt es im Volksmund. "
        "Der Bürgermeister sagte: „Wir stehen früh auf.“"
    )
    check(text, "Morgenstund", "früh auf", "Bürgermeister")


def test_a_proverb_named_in_the_next_sentence_is_no_speaker() -> None:
    text = "„Wer zuletzt lacht, lacht am besten.“ So lautet ein Sprichwort. Der Trainer sagte: „Wir lachen.“"
    check(text, "zuletzt", "Wir lachen", "Trainer")


def test_a_speaker_who_quotes_a_proverb_still_speaks() -> None:
    text = "„Wer zuletzt lacht, lacht am besten“, sagte Bürgermeister Peter Kurz am Montag."
    assert speaker_of(text, "lacht") == "Bürgermeister Peter Kurz"


def test_a_list_of_sayings_after_a_speaker_stays_no_speech() -> None:
    text = (
        "„In Sachen Eisheiligen ist nichts in Sicht“, sagte Meteorologe Dominik Jung dem Westfälischen "
        "Anzeiger.\n\nWelche Bauernregeln gibt es zu den Eisheiligen?\n\nUm die Eisheiligen ranken sich "
        "viele Bauernregeln. Der mögliche Frost Mitte Mai kann Auswirkungen auf die spätere Ernte haben. "
        "Diese Bauernregeln sollen daran erinnern:"
        "\n\n- „Vor Bonifaz kein Sommer, nach der Sophie kein Frost.“"
        "\n\n- „Wenn’s an Pankratius friert, wird im Garten viel ruiniert.“"
        "\n\n- „Pflanze nie vor der Kalten Sophie.“"
    )
    for words in ("Bonifaz", "Pankratius", "Kalten Sophie"):
        assert speaker_of(text, words) is None, words
    assert speaker_of(text, "Eisheiligen") == "Meteorologe Dominik Jung"


def test_a_term_the_writer_calls_alleged_is_a_scare_quote() -> None:
    text = 'Wladimir Putin warnt vor einer angeblichen "Dekolonisierung" Russlands. Er sieht darin Gefahr.'
    assert speaker_of(text, "Dekolonisierung") is None
    text = "Kandidaten waren wegen vermeintlicher „Formfehler“ nicht zugelassen worden, sagte der Sprecher."
    assert all(span != "Formfehler" for span, _ in quoted(text))


def test_words_written_on_a_building_are_no_speech() -> None:
    text = (
        "Nach Angaben einer Sprecherin der Polizei wurde das Gebäude mit einem Schriftzug "
        '"German Media Kills!" beschmiert.'
    )
    assert all(span != "German Media Kills!" for span, _ in quoted(text))


def test_a_piece_of_local_wisdom_is_no_speaker() -> None:
    text = "»Da redet der Mund dahin, und das Herz weiß nichts davon«, lautet eine Weisheit aus Prenzlau."
    assert speaker_of(text, "Herz") is None


def test_a_name_glossed_in_parentheses_is_no_speech() -> None:
    text = (
        "Die im vergangenen Jahr in Düsseldorf ausgetragenen »Invictus Games« (Sportereignis für "
        "kriegsversehrte Soldaten) hätten für mehr Verständnis gesorgt, stellte der Unionsabgeordnete "
        "Florian Hahn fest."
    )
    dropped(text, "Invictus Games", "Verständnis", "Unionsabgeordnete Florian Hahn")


def test_names_announced_by_a_title_noun_before_a_colon_are_no_speech() -> None:
    text = (
        "Am Ende seiner Rede verkündete Kremlchef Putin zwei neue Feiertage mit klangvollen Namen: Am 30. "
        'April soll "der Tag der indigenen Minderheiten" begangen werden und am 8. September der "Tag der '
        'Sprachen der Völker". Die neuen Feiertage sind ein Zuckerbrot.'
    )
    assert quoted(text) == []


def test_a_verb_of_saying_after_the_colon_still_makes_speech() -> None:
    text = "Die Ministerin sprach von einem neuen Motto: Man wolle „schneller bauen“, sagte sie am Montag."
    assert speaker_of(text, "schneller bauen") == "Ministerin"
