"""Issue 16, eighteenth speed round (branch speed18): this session's rule rounds made cheaper without
changing what they find. What an article says its organisations are (``described_organisations``,
source types round 24) reads a name in brackets only near a bracketed abbreviation and a set-off name
without giving words back; whether a Konjunktiv I sentence follows (``_konjunktiv_one_after``, asked by
speaker rounds 33 and 35) is read once per sentence. Each is compared with the reading it replaces,
written out here, on real German sentences, and the kinds and speakers found through them are checked."""

import re

import pytest

from framing.measures import sourcing
from framing.pipeline import doc_from_text
from framing.sources import (
    ADJECTIVES,
    HEAD_COMPLEMENT,
    HEAD_SET_OFF,
    NAME_IN_BRACKETS,
    SET_OFF_ARTICLE,
    _names_in_brackets,
    described_organisations,
)
from framing.speakers import konjunktiv_one

LONG_OPENING = (
    "Die Lawinengefahr in den bayerischen Alpen ist nach den starken Schneefällen der vergangenen Tage "
    "auf die zweithöchste Stufe gestiegen, und in mehreren Tälern bleiben die Straßen gesperrt. "
)
BRACKETED = (
    LONG_OPENING + "Der Deutsche Alpenverein (DAVX) warnt vor Touren abseits der Pisten.",
    # a name longer than the bracketed pattern takes: the match starts within its last 81 characters
    "Der Bundesverband der Elektrotechnik Elektronik und Informationstechnik sowie der angeschlossenen "
    "Handwerksbetriebe (BVEIH) fordert mehr Geld.",
    # white space and a line break before the bracket; an abbreviation right after another
    "Das Institut der deutschen Wirtschaft   \n (IW) und das Zentrum für Europäische Wirtschaftsforschung "
    "(ZEW) (ZEWX) rechnen mit Wachstum.",
    # brackets that hold no abbreviation, an abbreviation with no name before it, a year
    "Die Zahl (siehe Grafik) stieg 2019 (2018: 12). Er kam aus Berlin. (AFP) Laut Statistischem "
    "Bundesamt (Destatis) sank sie wieder.",
    "Keine Klammer steht in diesem Satz, nur ein Komma.",
    "(DPA) Die Polizei Köln (PK) und der Verein Sauberes Wasser (VSW) meldeten, der Verein (V) helfe.",
)


@pytest.mark.parametrize("text", BRACKETED)
def test_names_in_brackets_are_what_the_search_over_the_whole_text_finds(text: str) -> None:
    found = [(m.span(), m.groups()) for m in _names_in_brackets(text)]
    assert found == [(m.span(), m.groups()) for m in NAME_IN_BRACKETS.finditer(text)]


def test_a_bracketed_abbreviation_far_into_an_article_still_names_its_organisation() -> None:
    found = described_organisations(BRACKETED[0])
    assert found["DAVX"] == ("civil_society", "Alpenverein")


# HEAD_SET_OFF as it read before this round: a name that may give back words and letters (with source
# types round 33's dative articles and complement after the head: "der Gewerkschaft der Privatangestellten.")
NAME_GIVING_BACK = r"[A-ZÄÖÜ0-9][\w&'’+-]*(?:\s+(?:[A-ZÄÖÜ0-9][\w&'’+-]*|&))*"
SET_OFF_GIVING_BACK = re.compile(
    rf"({NAME_GIVING_BACK}),\s+{SET_OFF_ARTICLE}\s+{ADJECTIVES}([A-ZÄÖÜ][\w-]+){HEAD_COMPLEMENT}"
    r"\s*[,.;)–]"
)
SET_OFF = (
    "Quantix, der Münchner Autobauer, will sparen.",
    "Die Zentrox Software & Services GmbH, ein Münchner Softwarehersteller, streicht 200 Stellen.",
    "Bei der GPA-djp, der Gewerkschaft der Privatangestellten. Das Ministerium, die Behörde, schweigt.",
    "Nach Angaben von Bromium, einer Sicherheitsfirma, und Zentrox, einer der größten Gerätehersteller "
    "weltweit, sind 2019 Ende Mai, die Lücken, bekannt.",
    "Hapag-Lloyd CEO Rolf Habben Jansen, der Reeder, sagte: Die Frachtraten sinken.",
)


@pytest.mark.parametrize("text", SET_OFF)
def test_a_set_off_name_is_what_it_was_when_the_name_could_give_back_words(text: str) -> None:
    found = [(m.span(), m.groups()) for m in HEAD_SET_OFF.finditer(text)]
    assert found == [(m.span(), m.groups()) for m in SET_OFF_GIVING_BACK.finditer(text)]
    assert found  # every sentence sets a name off


def test_a_set_off_company_is_described_by_its_apposition() -> None:
    assert described_organisations(SET_OFF[0])["Quantix"] == ("business", "Autobauer")


KONJUNKTIV_TEXT = (
    "Das Kammergericht stufte diesen Beitrag als Werbung ein. Die Verlinkung auf das Unternehmen habe "
    "einen werblichen Charakter. Auch diesen Post stufte das Gericht als werblich ein. Es fehle der Bezug "
    "zu einem redaktionellen Inhalt. Darüber hinaus bin ich in Kontakt, bespreche Probleme. Seien Sie "
    "vorsichtig. Die Richter seien sich einig gewesen. Der Senat tagte am Montag. Das Urteil sei "
    "rechtskräftig."
)


def test_a_konjunktiv_sentence_after_is_read_once_and_as_before() -> None:
    doc = doc_from_text(KONJUNKTIV_TEXT, annotate=False)
    context = sourcing._Context(doc)
    first_person = context.words.first_person
    expected = []
    for number in range(len(doc.sentences) - 1):
        sentence = doc.sentences[number + 1]
        tokens = doc.tokens[sentence.first_token : sentence.end_token]
        expected.append(
            not any(t.text.lower() in first_person for t in tokens)
            and any(konjunktiv_one(t.text, t.lemma) or t.text == "seien" for t in tokens)
        )
    found = [sourcing._konjunktiv_one_after(context, n) for n in range(len(doc.sentences) - 1)]
    assert found == expected == [True, False, True, False, False, True, False, True]
    assert context.konjunktiv_after == dict(enumerate(expected))  # remembered per sentence
    assert [sourcing._konjunktiv_one_after(context, n) for n in range(len(doc.sentences) - 1)] == expected


def test_the_court_named_again_still_speaks_its_konjunktiv_sentence() -> None:
    doc = doc_from_text(KONJUNKTIV_TEXT)
    quotes = {
        doc.text[q.start : q.end].split()[0]: (q.attrs["speaker"], q.attrs["source_cue"])
        for q in doc.spans
        if q.layer == "quote"
    }
    assert quotes["Es"] == ("Kammergericht", "Gericht")  # "das Gericht" names it again (round 35)
