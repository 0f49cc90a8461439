"""Speed round 24: work in the speaker finder and the source types done once instead of per call, the same
answers (the round's identity hash is the check at corpus scale; these pin the pieces)."""

from __future__ import annotations

from framing.actors import load_actors
from framing.measures.sourcing import (
    GROUPS,
    _Context,
    _is_speech_verb,
    _konjunktiv_one_after,
    _media_names,
    _verbs,
)
from framing.model import Doc
from framing.pipeline import doc_from_text
from framing.sources import (
    PAST_ENDINGS,
    SOURCE_TYPES,
    WORD,
    _article_party,
    _past_word,
    _respelt,
    _sport_words_in,
    _words_of,
    classify_in_text,
    load_registry,
)


def _read(text: str) -> tuple[Doc, _Context]:
    doc = doc_from_text(text, annotate=False)
    return doc, _Context(doc)


SEPARABLE = (
    "Die Stadt teilte am Montag mit, die Schule bleibe offen, und gab bekannt, dass sie wächst. "
    "Der Minister sagte, er stelle den Plan am Freitag vor. "
    "Die Polizei teilte das Brot und gab den Kindern Wasser."
)


def test_the_verbs_of_saying_of_a_run_read_its_forms_once_with_the_same_answer() -> None:
    doc, context = _read(SEPARABLE)
    said = []
    for number, sentence in enumerate(doc.sentences):
        tokens, mask = context.tokens_of(number, number)
        verbs = _verbs(context, tokens, mask)
        said.append([tokens[k].text for k in verbs])
        # each verb asked alone, its forms read again by ``_is_speech_verb``: the same verbs
        unquoted = [t for t, quoted in zip(tokens, mask, strict=True) if not quoted]
        base = sentence.first_token
        alone = [
            t.text
            for i, t in enumerate(tokens)
            if not mask[i] and base + i in context.verb_positions and _is_speech_verb(t, unquoted)
        ]
        assert alone == said[-1]
    # "teilte … mit" and "gab … bekannt" both with their particles; "sagte"; not "teilte das Brot",
    # "gab den Kindern Wasser"
    assert said == [["teilte", "gab"], ["sagte"], []]


def test_a_quoted_particle_is_no_particle_of_the_verb_outside() -> None:
    _doc, context = _read("Er gehe „aus guten Gründen davon aus“, sagte Hörmann.")
    tokens, mask = context.tokens_of(0, 0)
    assert [tokens[k].text for k in _verbs(context, tokens, mask)] == ["sagte"]


def test_a_past_role_word_is_an_inflected_former_stem_or_its_compound() -> None:
    reg = load_registry()
    assert reg.past_forms == {stem + ending for stem in reg.former for ending in PAST_ENDINGS}
    past = ["ehemalige", "früheren", "einstiger", "vormaligen", "Ex-Kanzler", "Ehemaliges", "Ex-VSGE-Chef"]
    assert all(_past_word(reg, word) for word in past)
    other = ["externe", "Expertin", "Frühjahr", "frühere-", "ehemalig", "Kanzler", "Exil"]
    assert [word for word in other if _past_word(reg, word)] == ["frühere-"]  # "frühere" before a hyphen


def test_a_misspelt_ending_is_written_right_and_other_words_stay() -> None:
    reg = load_registry()
    assert _respelt(reg, "bundesdrogenbeauftrage") == "bundesdrogenbeauftragte"
    assert _respelt(reg, "bundesdrogenbeauftragte") == "bundesdrogenbeauftragte"
    assert _respelt(reg, "sprecher") == "sprecher"
    assert ("beauftrage", "beauftragte") in reg.respelt_pairs  # [compounds] respellings, split once
    assert reg.respelt_pairs == tuple(tuple(pair.split()) for pair in reg.respellings)
    assert reg.misspelt_endings == tuple(pair.split()[0] for pair in reg.respellings)


PARTY_TEXT = (
    "Die SPD will die Steuern senken. SPD-Chef Lars Klingbeil sagte, die SPD stehe dazu. "
    "Die Union kritisierte den Plan. Der Verein Gemeinschaft e.V. lud ein."
)
SPORT_TEXT = (
    "Die Mannschaft gewann das Spiel. Der Trainer lobte die Abwehr. In der Liga bleibt sie Erste. "
    "Die Meisterschaft ist nah."
)


def test_the_words_of_a_text_are_found_once_and_read_by_each_rule() -> None:
    for text in (PARTY_TEXT, SPORT_TEXT, "e.V. und Co. KG – Müller-Lüdenscheidt’s A&O 1.000"):
        assert _words_of(text) == tuple(WORD.findall(text))
    reg = load_registry()
    assert _article_party(reg, PARTY_TEXT) == "SPD"
    assert _article_party(reg, SPORT_TEXT) is None
    assert _sport_words_in(reg.sport, SPORT_TEXT) is True
    assert _sport_words_in(reg.sport, PARTY_TEXT) is False


def test_the_media_names_are_gathered_once_per_registry() -> None:
    actors = load_actors()
    names = _media_names(actors)
    assert names is _media_names(actors)
    assert names == {n for a in actors.values() if a.kind == "media" for n in a.names}
    edited = {key: actor for key, actor in actors.items() if actor.kind != "media"}
    assert _media_names(edited) == frozenset()  # another registry: its own names
    assert _media_names(actors) == names


def test_a_source_of_a_role_word_is_typed_as_before() -> None:
    text = (
        "Der frühere Vizekanzler der Grünen, Robert Habeck, sprach. Die Bundesdrogenbeauftrage sagte, "
        "es gehe voran."
    )
    assert classify_in_text("Der frühere Vizekanzler der Grünen", text).type == "parliament"
    assert classify_in_text("Die Bundesdrogenbeauftrage", text).type == "government"


def test_a_particle_counts_after_its_verb_or_right_before_it_not_as_a_preposition() -> None:
    doc, _context = _read(
        "Die Stadt teilte mit, dass es regnet. Wie das Amt bekannt gab, bleibt es. "
        "Die Polizei teilte das Brot mit dem Nachbarn. Die Feuerwehr stellte vor dem Haus Zelte auf."
    )
    reported = []
    for sentence in doc.sentences:
        run = doc.tokens[sentence.first_token : sentence.end_token]
        forms = [t.text.lower() for t in run]
        reported.append([t.text for t in run if _is_speech_verb(t, run, forms)])
    # "teilte … mit" (after it), "bekannt gab" (right before it); not "teilte … mit dem Nachbarn" (a
    # preposition); "stellte … auf" with its particle, not by "vor dem"
    assert reported == [["teilte"], ["gab"], [], ["stellte"]]


def test_the_sentence_after_is_read_for_a_konjunktiv_one_form() -> None:
    doc, context = _read(
        "Er sprach. Das sei gut. Er sprach. Die Fahrten seien teuer. Er sprach. Sie habe Zeit. "
        "Er sprach. Es wäre ein Segen. Er sprach. Darüber hinaus bespreche ich es. Er sprach. Sei still."
    )
    after = [_konjunktiv_one_after(context, n) for n in range(0, len(doc.sentences) - 1, 2)]
    assert after == [True, True, True, False, False, False]


def test_the_quotes_are_counted_by_camp_and_source_type_in_the_features() -> None:
    doc = doc_from_text(
        "„Wir senken die Steuern“, sagte Bundeskanzler Olaf Scholz am Montag in Berlin. "
        "Die Polizei teilte mit, es gebe keine Verletzten."
    )
    assert [(q.camp, q.source_type) for q in doc.quotes] == [
        ("german_government", "government"),
        ("unregistered", "authority"),
    ]
    counted = {
        k: v for k, v in doc.features.items() if k.startswith(("sourcing.voice", "sourcing.source")) and v
    }
    assert counted == {
        "sourcing.voices.german_government": 1.0,
        "sourcing.voice_words.german_government": 4.0,
        "sourcing.voices.unregistered": 1.0,
        "sourcing.voice_words.unregistered": 8.0,
        "sourcing.sources.government": 1.0,
        "sourcing.source_words.government": 4.0,
        "sourcing.sources.authority": 1.0,
        "sourcing.source_words.authority": 8.0,
    }
    names = [k for k in doc.features if k.startswith(("sourcing.voice", "sourcing.source"))]
    assert names == [
        *(f"sourcing.{kind}.{group}" for group in GROUPS for kind in ("voices", "voice_words")),
        *(f"sourcing.{kind}.{type_}" for type_ in SOURCE_TYPES for kind in ("sources", "source_words")),
    ]
