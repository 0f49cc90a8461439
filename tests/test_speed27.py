"""Speed round 27: sourcing's sentences that may report speech found with the costly test of a separable
verb read last, only where no cheaper sign found the sentence; the sentences after a colon found once per
text for the block quotations; a claim's owner looked for only in a sentence with a noun of claim or
statement; the same answers (the round's identity hash is the check at corpus scale;
these pin the pieces)."""

from __future__ import annotations

from framing.measures.sourcing import _after_colons, _Context, _is_speech_verb, _owned_claim, find_quotes
from framing.model import Doc
from framing.pipeline import doc_from_text
from framing.speakers import SPEECH


def _read(text: str) -> tuple[Doc, _Context]:
    doc = doc_from_text(text, annotate=False)
    return doc, _Context(doc)


TEXT = (
    "Die Polizei teilte am Montag mit, dass der Fahrer verletzt wurde. "  # 0: a separable verb of saying
    "Die Stadt gab den Kindern Wasser. "  # 1: a separable verb without its particle: nothing
    "Der Bürgermeister gab bekannt, die Schule bleibe offen. "  # 2: the particle and a Konjunktiv I
    "Laut Polizei stellte der Fahrer den Wagen ab. "  # 3: "laut" and a separable verb that says nothing
    "Am Abend regnete es. "  # 4: nothing
    "Die Ministerin sagte nichts dazu."  # 5: a verb of saying
)


def test_the_sentences_that_may_report_speech_are_those_any_sign_finds() -> None:
    _doc, context = _read(TEXT)
    assert context.reporting == {0, 2, 3, 5}


def test_a_separable_verb_counts_as_before_where_no_other_sign_found_its_sentence() -> None:
    doc, context = _read(TEXT)
    tokens = doc.tokens
    # the sentences each test finds on its own, read as the rule was written before this round: every
    # verb of saying or separable verb with its sentence's tokens and forms
    by_verbs = set()
    for i in context.verb_positions:
        sentence = doc.sentences[tokens[i].sentence]
        run = tokens[sentence.first_token : sentence.end_token]
        if context.flags[i] & SPEECH or _is_speech_verb(tokens[i], run, [t.text.lower() for t in run]):
            by_verbs.add(tokens[i].sentence)
    assert by_verbs == {0, 2, 5}  # "teilte … mit", "gab bekannt", "sagte"; not "gab … Wasser", "stellte … ab"
    assert by_verbs <= context.reporting
    assert 3 in context.reporting and 3 not in by_verbs  # found by "laut" alone


BLOCK = (
    "Der Verband hat eine klare Meinung zu dem Gesetz. Dazu erklärt Patrick Dörr vom Verband:\n"
    "Wir begrüßen die Entscheidung des Gerichts. Die Regierung muss jetzt handeln.\n\n"
    "Am Abend regnete es in Berlin. Das Wetter: kalt und nass."
)


def test_the_sentences_after_a_colon_are_those_whose_text_before_holds_one() -> None:
    doc, context = _read(BLOCK)
    starts = [s.start for s in doc.sentences]
    assert _after_colons(BLOCK, starts) == context.after_colon
    # "… vom Verband:" before sentence 2; the colon inside the last sentence opens none that exists
    assert [n for n in range(1, len(starts)) if ":" in BLOCK[starts[n - 1] : starts[n]]] == [2]
    assert context.after_colon & set(range(len(starts))) == {2}
    assert _after_colons("Kein Doppelpunkt hier.", [0]) == set()


def test_a_block_quotation_after_a_colon_and_a_line_break_is_still_read() -> None:
    _doc, context = _read(BLOCK)
    quotes = find_quotes(context)
    assert [(q.label, BLOCK[q.start : q.end], q.speaker) for q in quotes] == [
        (
            "direct",
            "Wir begrüßen die Entscheidung des Gerichts. Die Regierung muss jetzt handeln.",
            "Patrick Dörr",
        )
    ]


CLAIM = (
    "Der Landtag stritt am Dienstag über den Haushalt. Auf den Vorwurf der CDU, es handele sich um einen "
    "sozialistischen Antrag, entgegnete die Ministerin Anna Berger, dass die Mittel längst eingeplant seien. "
    "Die Ministerin sagte, die Mittel seien längst eingeplant."
)


def test_a_claim_with_its_owner_is_still_split_off_and_a_sentence_without_a_claim_noun_has_none() -> None:
    _doc, context = _read(CLAIM)
    claim = _owned_claim(context, 1)
    assert claim is not None
    start, end, owner = claim
    assert CLAIM[start:end] == "es handele sich um einen sozialistischen Antrag"
    assert CLAIM[owner.start : owner.stop] == "CDU"
    assert _owned_claim(context, 2) is None  # the Konjunktiv I, but no noun of a claim or statement
    assert [(CLAIM[q.start : q.end], q.speaker) for q in find_quotes(context)][:2] == [
        ("es handele sich um einen sozialistischen Antrag", "CDU"),
        (
            "entgegnete die Ministerin Anna Berger, dass die Mittel längst eingeplant seien.",
            "Ministerin Anna Berger",
        ),
    ]
