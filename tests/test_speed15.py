"""Issue 16, fourteenth speed round (branch speed15): work of source typing and speaker finding read
once and remembered (a phrase's cues per registry, a run's verbs of saying per article, the sentences
already read for names); the same results as reading them each time, and nothing carried from one
article or one set of quotation marks to another."""

from dataclasses import replace

from framing.measures import sourcing
from framing.pipeline import doc_from_text
from framing.sources import (
    _about_sport,
    _article_party,
    _head_cue,
    _head_lengths_by_end,
    _hits,
    _phrase_hits,
    classify_in_text,
    registry,
)

PARTICLE = "Das Ministerium teilte am Montag mit, die Zahl der Anträge sei gestiegen."


def test_a_phrases_cues_are_remembered_as_read_and_each_caller_gets_its_own_list() -> None:
    reg = registry()
    phrase = "der CDU-Fraktionschef im Landtag"
    first = _hits(reg, phrase)
    assert first == _phrase_hits(reg, phrase)
    assert [h.cue for h in first] == ["CDU-Fraktionschef", "Landtag"]
    first.clear()  # a caller that changes its list changes nothing for the next one
    assert _hits(reg, phrase) == _phrase_hits(reg, phrase) != []
    assert _hits(reg, "") == []


def test_a_remembered_phrase_types_the_same_in_every_article() -> None:
    speaker = "die Forscherin"
    company = (
        "Siemens-Forscherin Anna Roth arbeitet an neuen Batterien. Die Zellen halten doppelt so lange, "
        "sagt die Forscherin."
    )
    plain = "Die Zellen halten doppelt so lange, sagt die Forscherin. Die Firma schweigt."
    assert classify_in_text(speaker, plain).type == "expert"
    assert classify_in_text(speaker, company).type == "business"  # the compound earlier in its article
    assert classify_in_text(speaker, plain).type == "expert"  # nothing carried over


def test_a_runs_verbs_are_read_again_where_its_quotation_marks_differ() -> None:
    doc = doc_from_text(PARTICLE, annotate=False)
    context = sourcing._Context(doc)
    tokens, mask = context.tokens_of(0, 0)
    assert [tokens[i].text for i in sourcing._verbs(context, tokens, mask)] == ["teilte"]
    assert context.verbs_found  # remembered for the rules that ask again
    assert [tokens[i].text for i in sourcing._verbs(context, tokens, mask)] == ["teilte"]
    # the same run with its particle inside quotation marks: "teilen" without "mit" says nothing
    quoted = [t.text == "mit" for t in tokens]
    assert sourcing._verbs(context, tokens, quoted) == []
    assert [tokens[i].text for i in sourcing._verbs(context, tokens, mask)] == ["teilte"]
    other = sourcing._Context(doc_from_text("Das Ministerium teilte den Bericht.", annotate=False))
    tokens, mask = other.tokens_of(0, 0)
    assert sourcing._verbs(other, tokens, mask) == []  # nothing carried from the first article


def test_a_particle_written_in_capitals_or_apart_before_its_verb_is_still_found() -> None:
    doc = doc_from_text("Wie das Ministerium bekannt gab, sei die Zahl gestiegen.", annotate=False)
    context = sourcing._Context(doc)
    tokens, mask = context.tokens_of(0, 0)
    assert [tokens[i].text for i in sourcing._verbs(context, tokens, mask)] == ["gab"]
    doc = doc_from_text("Das Ministerium gab die Zahl der Anträge heraus.", annotate=False)
    context = sourcing._Context(doc)
    tokens, mask = context.tokens_of(0, 0)
    assert sourcing._verbs(context, tokens, mask) == []  # "geben" with no particle of saying


SURNAMES = (
    "Die Stadt plant eine neue Brücke. Bürgermeisterin Anna Fischer stellte die Pläne vor. "
    "Der Bau soll im Mai beginnen. Fischer sagte, die Kosten seien gedeckt."
)


def test_surnames_are_known_after_the_sentences_before_are_read_once() -> None:
    doc = doc_from_text(SURNAMES, annotate=False)
    context = sourcing._Context(doc)
    second, fourth = doc.sentences[1].start, doc.sentences[3].start
    assert not context.is_surname("Fischer", second)  # only the first sentence is read
    assert context._collected_before == 1
    assert context.is_surname("Fischer", fourth)  # the second and third sentences read now
    assert context._collected_before == 3
    assert context.is_surname("Fischer", second)  # known from then on
    quotes = doc_from_text(SURNAMES).quotes  # "Fischer sagte, …" is the mayor named two sentences before,
    # named by her surname as any surname is ("Hartmann sagte"; round 32: "Fischer" is no "-ischer" adjective)
    assert [q.speaker for q in quotes] == ["Bürgermeisterin Anna Fischer", "Fischer"]
    assert SURNAMES[quotes[1].speaker_start : quotes[1].speaker_end] == "Fischer"


def test_an_article_about_sport_needs_three_different_words_of_sport_however_often_each_stands() -> None:
    reg = registry()
    assert _about_sport(reg, "Der Trainer lobte die Mannschaft nach dem dritten Spieltag.")
    assert _about_sport(reg, "Die Bundesliga-Saison beginnt. Der Trainer der Mannschaften schweigt.")
    repeated = "Der Trainer lobte den Trainer. Trainer und Trainerin, der Trainer. Die Mannschaft."
    assert not _about_sport(reg, repeated)  # two words of sport, one of them five times


def test_the_articles_party_counts_every_mention_of_a_word_looked_up_once() -> None:
    reg = registry()
    one = "Die AfD lehnt den Antrag ab. Die AfD-Fraktion stimmte dagegen. Die SPD zögerte. Die AfD klagt."
    assert _article_party(reg, one) == "AfD"  # three of four party names
    even = "Die AfD lehnt den Antrag ab. Die SPD stimmte dagegen. Auch die SPD zögerte. Die AfD klagt."
    assert _article_party(reg, even) is None
    assert _article_party(reg, "Die AfD lehnt ab. Die AfD klagt.") is None  # named only twice


COMPOUNDS = (
    "Polizeisprecher Landtagsabgeordnete Thomas Oma Klinikchef Verkehrsbetriebe Bündnisses Kanzlerin "
    "Gewerkschaftsobmann Psychotherapeutenkammer Hochschulsprecher Bauernbund-Obmann Start-ups "
    "Siemens-Forscherin Regierungssprecherin Staatsanwaltschaft Mittelfeldspieler 46-Jährige Chef Arzt "
    "Bundesverfassungsgericht Journalistinnen Wahlkampf Vorsitzender Sprecherinnen Gemeinderäte Ökonom TV "
    "Servus-TV"
)


def test_a_words_head_found_by_the_lengths_of_its_ending_is_the_one_found_by_every_length() -> None:
    reg = registry()
    every = replace(reg, head_lengths_by_end={}, short_head_lengths=tuple(reg.head_lengths))
    words = COMPOUNDS.split() + [head.capitalize() for head in list(reg.heads)[::7]]
    for word in words:
        for modifier_only in (False, True):
            assert _head_cue(reg, word.lower(), word, modifier_only) == _head_cue(
                every, word.lower(), word, modifier_only
            ), word
    assert _head_cue(reg, "polizeisprecher", "Polizeisprecher")[0] == "authority"
    assert _head_cue(reg, "thomas", "Thomas") is None  # "Oma" is a head only as a whole word
    # each ending's lengths, longest first, with the heads too short to have one ("TV")
    lengths = _head_lengths_by_end(["tv", "sprecher", "chef", "polizeisprecher"])
    assert lengths == {"her": (15, 8, 2), "hef": (4, 2)}


ACCORDING = (
    "Danach brannte das Haus aus. Nach Angaben der Polizei soll der Brand in der Küche ausgebrochen sein. "
    "Aus Sicht von Bürgermeister Peter Lang sei das ein Unglück. Demnach habe niemand geraucht. "
    "Die Nachricht kam spät, nach Mitternacht."
)


def _searched(doc, word: str) -> list[int]:
    """The indexes of the tokens that are exactly ``word``, by a search of the text (the reference)."""
    starts = {token.start: index for index, token in enumerate(doc.tokens)}
    found, position = [], doc.text.find(word)
    while position != -1:
        index = starts.get(position)
        if index is not None and doc.tokens[index].text == word:
            found.append(index)
        position = doc.text.find(word, position + 1)
    return found


def test_the_words_the_rules_look_for_are_found_by_one_pass_as_by_a_search_of_the_text() -> None:
    doc = doc_from_text(ACCORDING, annotate=False)
    words = {"nach", "Nach", "aus", "Aus", "soll", "Demnach", "das", "ausgebrochen", "fehlt"}
    found = sourcing._indexes_by_text(doc, words)
    for word in words:  # "Danach", "Nachricht", "Haus" hold a word but are no token of it
        assert found.get(word, []) == _searched(doc, word), word
    assert [doc.tokens[i].text for i in found["Nach"]] == ["Nach"]
    context = sourcing._Context(doc)
    according = {doc.tokens[i].text: doc.tokens[k].text for i, k in context.according.items()}
    assert according == {"Nach": "Angaben", "Aus": "Sicht"}
    assert [doc.tokens[i].text for i in context.hearsay_positions + context.back_positions] == [
        "soll",
        "Demnach",
    ]
