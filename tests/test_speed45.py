"""Issue 16, speed round 45 (branch speed45): sourcing's rules not asked where they cannot find anything
— a sentence with no quotation, no shared form of the Konjunktiv II, no comma after its verb, no "wie", no
colon before it, a sentence after the first for a teaser — and the chain of a Konjunktiv sentence read once;
the same quotes (the round's identity hash is the check at corpus scale; these pin the pieces with German
sentences)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.measures import sourcing
from framing.measures.sourcing import (
    SHARED_FORM_ENDS,
    _block_quote,
    _colon_block_speaker,
    _Context,
    _Found,
    _quotations,
    _Reading,
    _says_comma,
    _shared_form,
    _State,
    _teaser,
    _verbs,
    _wie_clause,
    _zu_clause,
    find_quotes,
)
from framing.model import Token
from framing.pipeline import doc_from_text
from framing.speakers import speech_words


def _quotes(text: str) -> list[tuple[str, str | None, str]]:
    doc = doc_from_text(text, annotate=False)
    return [(text[q.start : q.end], q.speaker, q.label) for q in find_quotes(_Context(doc))]


# a shared form goes on with the speaker ("gehörten"); "Außerdem" opens a sentence, but "ist" is no shared
# form: the author's sentence, not read further
SHARED = (
    (
        "Es sei an der Zeit, die Schulen zu öffnen, betonte Müller. Dazu gehörten auch neue Systeme. "
        "Am Ende könne nur der Staat helfen.",
        ["Es sei an der Zeit, die Schulen zu öffnen, betonte Müller.", "Dazu gehörten auch neue Systeme."],
    ),
    (
        "Es sei an der Zeit, die Schulen zu öffnen, betonte Müller. Außerdem ist der Winter lang. "
        "Am Ende könne nur der Staat helfen.",
        ["Es sei an der Zeit, die Schulen zu öffnen, betonte Müller."],
    ),
)


@pytest.mark.parametrize(("text", "quoted"), SHARED)
def test_a_shared_form_goes_on_with_the_speaker_and_a_sentence_without_one_does_not(
    text: str, quoted: list[str]
) -> None:
    expected = [(q, "Müller", "indirect") for q in [*quoted, "Am Ende könne nur der Staat helfen."]]
    assert _quotes(text) == expected


GERMAN = (
    "Die Exoten kosteten daher mehr. Die Proteste weiteten sich aus. Sie verließen das Land und gingen. "
    "Er würde kommen, sie sollten bleiben. Die Firma sorgte vor, die Kinder erzählten, die Schüler "
    "starteten und erhielten Preise. Sie blieben, wir handelten, ihr fordertet, er wartete. Die Preise "
    "stiegen, die Händler kauften mehr als bisher. Bis 2020 sollten es mehr sein."
)


def test_every_shared_form_of_german_sentences_has_an_ending_the_guard_lets_through() -> None:
    doc = doc_from_text(GERMAN, annotate=False)
    words = speech_words()
    shared = [t.text for t in doc.tokens if _shared_form(words, t)]
    assert {"kosteten", "weiteten", "verließen", "würde", "sollten", "erzählten", "starteten"} <= set(shared)
    for token in doc.tokens:
        if _shared_form(words, token):
            assert token.text.endswith(SHARED_FORM_ENDS) or token.text in words.shared


_LOWER = st.text(alphabet="abdeghilmnorstuäöüß", min_size=1, max_size=12)


@settings(max_examples=400, deadline=None)
@given(_LOWER, _LOWER, st.sampled_from(["en", "ern", "eln", "n", ""]))
def test_no_form_without_those_endings_is_a_shared_form(stem: str, rest: str, ending: str) -> None:
    """Any form of any lemma (the stem's forms: "-te", "-ten", "-ete", a strong plural "-en", and others)."""
    words = speech_words()
    for text in (stem + rest, stem + "te", stem + "eten", stem[:-1] + rest, rest + "en"):
        if not text:
            continue
        token = Token(0, len(text), text, stem + ending, "word", 0)
        if _shared_form(words, token):
            assert text.endswith(SHARED_FORM_ENDS) or text in words.shared


SENTENCES = (
    "Amato sagte in Rom, sehr wahrscheinlich handele es sich um einen Irrtum. "
    "Wie Steve Marshall, Sprecher der UN-Büros in Birma, in Bangkok mitteilte, seien die Straßen gesperrt. "
    "Der Minister behauptete, nichts davon gewusst zu haben. "
    "Der Sprecher der Polizei bestätigte den Einsatz am Montag. "
    "Wie die Polizei mitteilte, wurde niemand verletzt. "
    "Die Ministerin sagte am Montag nichts dazu. "
    "Er beschloss, der Partei beizutreten. "
    "Sie erklärte dem Ausschuss die Lage."
)


def test_the_reported_clause_s_readings_need_a_comma_or_a_wie() -> None:
    doc = doc_from_text(SENTENCES, annotate=False)
    context = _Context(doc)
    words = context.words
    said = {}
    for number in range(len(doc.sentences)):
        tokens, mask = context.tokens_of(number, number)
        forms = [t.text.lower() for t in tokens]
        verbs = _verbs(context, tokens, mask)
        comma = _says_comma(context, tokens, mask, verbs) or _zu_clause(tokens, verbs, words.zu_particles)
        wie = any(_wie_clause(tokens, mask, forms, k) for k in verbs)
        assert not comma or "," in forms
        assert not wie or "wie" in forms
        said[number] = (comma, wie)
    assert said[0] == (True, False)  # "sagte in Rom, sehr wahrscheinlich handele …"
    assert said[1][1]  # "Wie Steve Marshall, Sprecher …, mitteilte"
    assert said[2] == (True, False)  # "behauptete, nichts … gewusst zu haben"
    assert said[3] == (False, False)  # no comma, no "wie"
    assert said[4][1]


def test_the_readings_of_reported_speech_find_the_same_speakers() -> None:
    assert _quotes(SENTENCES)[:3] == [
        ("Amato sagte in Rom, sehr wahrscheinlich handele es sich um einen Irrtum.", "Amato", "indirect"),
        (
            "Wie Steve Marshall, Sprecher der UN-Büros in Birma, in Bangkok mitteilte, seien die Straßen "
            "gesperrt.",
            "Steve Marshall",
            "indirect",
        ),
        ("Der Minister behauptete, nichts davon gewusst zu haben.", "Minister", "indirect"),
    ]
    # a Konjunktiv chain: unattributed (read once) and after "laut" (its own source)
    assert _quotes(
        "Die Ministerin sagte am Montag, die Lage sei ernst. Sie spüre, dass die Menschen Angst hätten. "
        "Oft habe sie mit Betroffenen gesprochen. Laut Polizei sei die Straße gesperrt."
    ) == [
        ("Die Ministerin sagte am Montag, die Lage sei ernst.", "Ministerin", "indirect"),
        ("Sie spüre, dass die Menschen Angst hätten.", "Ministerin", "indirect"),
        ("Oft habe sie mit Betroffenen gesprochen.", "Ministerin", "indirect"),
        ("Laut Polizei sei die Straße gesperrt.", "Polizei", "indirect"),
    ]
    assert _quotes(
        "Der Sprecher der Polizei bestätigte den Einsatz am Montag. Die Täter seien geflohen."
    ) == [("Die Täter seien geflohen.", "Sprecher der Polizei", "indirect")]


TEASER = (
    "Davies: Ziel sei, dass alle profitieren.\nLondon – Der britische Minister David Davies hat am Montag "
    "seine Pläne vorgestellt."
)
BLOCK = (
    "Dazu erklärt Patrick Dörr (LSVD):\nWir begrüßen die Entscheidung des Gerichts. "
    "Sie ist ein wichtiges Signal."
)
COLON = (
    "Der Bürgermeister sprach am Montag in Wien. Bürgermeister Kurt Fischer sieht strukturelle Gründe "
    "für den Mangel: Wir haben keine leerstehenden Ferienheime."
)


def test_a_teaser_a_block_quotation_and_a_colon_s_voice_are_found_where_they_may_be() -> None:
    assert _quotes(TEASER) == [("Ziel sei, dass alle profitieren.", "Davies", "indirect")]
    assert _quotes(BLOCK) == [
        (
            "Wir begrüßen die Entscheidung des Gerichts. Sie ist ein wichtiges Signal.",
            "Patrick Dörr",
            "direct",
        )
    ]
    assert _quotes(COLON) == [
        ("Wir haben keine leerstehenden Ferienheime.", "Bürgermeister Kurt Fischer", "direct")
    ]


def test_the_rules_not_asked_find_nothing_there() -> None:
    for text in (TEASER, BLOCK, COLON, SENTENCES, GERMAN):
        doc = doc_from_text(text, annotate=False)
        context = _Context(doc)
        reading = _Reading()
        for number in range(len(doc.sentences)):
            spoke = _State(speaker=_Found(0, 5, "unregistered", False), sentence=number - 1)
            for state in (_State(), spoke):
                if number > 0:  # a teaser is the text's first sentence
                    assert _teaser(context, number) is None
                if number not in context.after_colon:  # a block quotation opens after a colon
                    assert _colon_block_speaker(context, state, number) is None
                    assert not _block_quote(context, state, number)
            assert _quotations(context, _State(), reading, number, []) == []
    # the colon's sentence is one after a colon: the block quotation is read there
    doc = doc_from_text(BLOCK, annotate=False)
    assert 1 in _Context(doc).after_colon


def test_the_guards_are_the_module_s_own() -> None:
    assert sourcing.SHARED_FORM_ENDS == ("te", "ten", "en")
