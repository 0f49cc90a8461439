"""Tone: polarity, negation window, intensifiers, own vs quoted voice, tone toward actors."""

import pytest

from framing.lexicons import FILES, Entry, Resources, lexicon_from_entries, load_lexicon
from framing.measures import score, tone
from framing.model import Span
from framing.pipeline import doc_from_text


def tone_of(text, resources=FILES):
    doc = doc_from_text(text, annotate=False)
    spans = tone.annotate(doc, resources)
    return doc, spans, score(tone, doc, spans)


def words_and_scores(doc, spans):
    return [(doc.text[s.start : s.end], s.score) for s in spans]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Lage ist gefährlich.", [("gefährlich", -1.0)]),
        ("Das ist nicht gut.", [("gut", -1.0)]),
        ("Das war kein Erfolg.", [("Erfolg", -1.0)]),
        ("Er blieb ohne Erfolg.", [("Erfolg", -1.0)]),  # the noun "Bleiben" does not match "blieb"
        ("Die Lage ist kaum gefährlich.", [("gefährlich", 0.5)]),  # hardly dangerous: half a flip
        ("Das Treffen brachte kaum Erfolg.", [("Erfolg", -0.5)]),
        ("Der Vorschlag ist keineswegs gut.", [("gut", -1.0)]),
        ("Der Plan ist wenig hilfreich.", [("hilfreich", -0.5)]),
        # "nur" blocks the negation
        ("Das ist nicht nur gut, sondern auch wichtig.", [("gut", 1.0), ("wichtig", 0.7)]),
        ("Das ist nicht der Fall, die Lage ist gut.", [("gut", 1.0)]),  # the comma ends the window
    ],
)
def test_polarity_negation_and_modifiers(text, expected):
    doc, spans, _ = tone_of(text)
    assert words_and_scores(doc, spans) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Laut Polizei wurden am Samstag drei Menschen festgenommen.",  # laut = according to
        "Trotz des Regens kamen Tausende zur Kundgebung.",  # trotz = despite
        "Unter anderem wurden die Schulen in anderen Bezirken geschlossen.",
        "Das Gesetz tritt am Montag in Kraft.",
        "Die Bundesregierung kündigte neue Regeln an.",  # ankündigen, not kündigen (dismiss)
        "Die Polizei nahm zwei Männer fest.",
        "Nach dem Spiel spielen die Fans auf dem Platz.",  # "gespielt" (fake) is not "spielen"
    ],
)
def test_function_words_and_homographs_carry_no_tone(text):
    _, spans, _ = tone_of(text)
    assert spans == []


def test_news_words_the_polarity_lexicon_lacks():
    doc, spans, _ = tone_of("Die Gespräche scheiterten. Die Einigung gilt als Durchbruch.")
    assert words_and_scores(doc, spans) == [("scheiterten", -1.0), ("Einigung", 0.7), ("Durchbruch", 1.0)]
    doc, spans, _ = tone_of("Bei dem Brand gab es keine Toten.")
    assert words_and_scores(doc, spans) == [("Brand", -0.7), ("Toten", 1.0)]  # "keine" flips "Tote"
    assert spans[1].attrs["negated"] is True


def test_compounds_take_the_polarity_of_their_listed_head():
    doc, spans, _ = tone_of(
        "Die Wirtschaftskrise und der Lehrermangel belasten das Land, das Wirtschaftswachstum bleibt aus."
    )
    found = words_and_scores(doc, spans)
    assert ("Wirtschaftskrise", -1.0) in found and ("Lehrermangel", -1.0) in found
    assert ("Wirtschaftswachstum", 0.7) in found
    doc, spans, _ = tone_of("Nach dem Verkehrsunfall gab es keine Schwerverletzten.")
    assert words_and_scores(doc, spans) == [("Verkehrsunfall", -1.0), ("Schwerverletzten", 0.7)]
    assert spans[0].attrs["lexicon"] == "polarity_news_de"


def test_words_ending_in_a_head_by_chance_and_misserfolg_are_not_compounds():
    # "Amtssprache" ends in "rache", "Vereinigung" in "einigung": neither head is listed
    assert tone_of("Die Vereinigung änderte ihre Amtssprache.")[1] == []
    doc, spans, _ = tone_of("Der Film war ein Misserfolg.")
    assert words_and_scores(doc, spans) == [("Misserfolg", -1.0)]  # not "*erfolg"


@pytest.mark.parametrize(
    "text",
    [
        "Der Termin passt der Ministerin nicht.",  # passen = fit, not "pass" (give up)
        "Die Kosten der Kranken- und Pflegeversicherung steigen auf diese Weise.",
        "Die Polizei informierte die Anwohner, die Staatsanwältin plädiert für eine Verschiebung.",
        "Offen ist, ob die aktiven Fälle direkt gemeldet und bezahlt werden.",
        "Experten schätzen die Kosten auf geschätzt fünf Millionen Euro, die Firma will kaufen.",
        "Vor dem Duell hat er das Handy zu Hause gelassen, Tief Bernd brachte dichten Regen.",
        "Das Ergebnis ist richtig, die Polizei verhinderte die Weiterfahrt.",
        "Der 1970 in Köln geborene Sprecher fügte hinzu, man mache darauf aufmerksam.",
        "Unter Verweis auf das Urteil widmet sich die Stiftung dem Archiv.",
    ],
)
def test_descriptive_and_reporting_words_carry_no_tone(text):
    doc, spans, _ = tone_of(text)
    assert [w for w, _ in words_and_scores(doc, spans)] == []


def test_capitalised_uninflected_adjectives_after_a_word_are_names():
    text = "Das sei gut, sagte Ministerpräsident Hendrik Wüst, der Landkreis Leer meldete keine Fälle."
    doc, spans, _ = tone_of(text)
    assert words_and_scores(doc, spans) == [("gut", 1.0)]  # not "wüst" (wild), not "leer" (empty)
    doc, spans, _ = tone_of("Die Lage ist wüst. Wüst und leer lag der Platz da.")
    assert [w for w, _ in words_and_scores(doc, spans)] == ["wüst", "Wüst", "leer"]


def test_agreement_and_benefit_words_but_not_the_determiner_einigen():
    doc, spans, _ = tone_of("Nach einigen Tagen haben sich beide geeinigt, davon profitieren die Mieter.")
    assert words_and_scores(doc, spans) == [("geeinigt", 0.7), ("profitieren", 0.7)]


def test_news_verb_counts_where_the_lexicon_has_only_a_participle_of_it():
    # the polarity lexicon has "gestorben", which "starb" reaches only through the lemma sterben
    doc, spans, _ = tone_of("Er starb am Montag.")
    assert words_and_scores(doc, spans) == [("starb", -0.7)]
    assert spans[0].attrs["lexicon"] == "polarity_news_de"


def test_a_users_stop_list_entry_applies_in_the_session_only():
    stoplist = load_lexicon("tone_stoplist")
    edited = lexicon_from_entries(
        "tone_stoplist", [*stoplist.entries, Entry("gut", "homograph")], {"meta": stoplist.meta}
    )
    assert tone_of("Das Ergebnis ist gut.", Resources({"tone_stoplist": edited}))[1] == []
    doc, spans, _ = tone_of("Das Ergebnis ist gut.")
    assert words_and_scores(doc, spans) == [("gut", 1.0)]


def test_richtig_intensifies_like_sehr():
    doc, spans, _ = tone_of("Das Gespräch war richtig wichtig.")
    assert words_and_scores(doc, spans) == [("wichtig", 0.91)]


def test_size_words_strengthen_instead_of_counting_alone():
    doc, spans, _ = tone_of("Die große Halle war voll. Das war ein großer Erfolg.")
    assert words_and_scores(doc, spans) == [("Erfolg", 1.0)]
    assert spans[0].attrs["modifiers"] == ["intensifier:großer"]


def test_negated_spans_stay_as_evidence():
    doc, spans, _ = tone_of("Der Einsatz war kein Erfolg.")
    assert words_and_scores(doc, spans) == [("Erfolg", -1.0)]
    assert spans[0].attrs["negated"] is True and spans[0].attrs["modifiers"] == ["negator:kein"]


def test_clause_final_nicht_negates_the_verb_only_at_the_clause_end():
    doc, spans, _ = tone_of("Die Regierung unterstützt den Plan nicht.")
    assert words_and_scores(doc, spans) == [("unterstützt", -0.7)]
    assert spans[0].attrs["negated"] is True
    doc, spans, _ = tone_of("Er lobte nicht die Regierung, sondern die Opposition.")  # not clause-final
    assert words_and_scores(doc, spans) == [("lobte", 1.0)]


def test_negation_is_recorded_as_evidence():
    _, spans, _ = tone_of("Das ist nicht gut.")
    assert spans[0].label == "negative"
    assert spans[0].attrs["negated"] is True and spans[0].attrs["prior"] == 1.0
    assert spans[0].attrs["modifiers"] == ["negator:nicht"]


def test_quoted_words_do_not_count_as_the_outlets_tone():
    doc, spans, features = tone_of("Er sagte: „Das ist ein großer Erfolg.“ Die Lage bleibt schlecht.")
    assert [(doc.text[s.start : s.end], s.attrs["voice"]) for s in spans] == [
        ("Erfolg", "quoted"),  # "großer" strengthens it (an intensifier), no span of its own
        ("schlecht", "own"),
    ]
    assert features["tone.mean"] == -1.0
    assert features["tone.quoted_mean"] == 1.0
    assert features["tone.negative_share"] == pytest.approx(
        1 / 6
    )  # own voice: Er sagte Die Lage bleibt schlecht


def test_tone_toward_actors():
    text = "Putin führt einen brutalen Krieg. Yellen lobte die gute Zusammenarbeit."
    doc = doc_from_text(text, annotate=False)
    doc.spans = [
        Span(0, 5, "actor", "putin", attrs={"camp": "russian_government"}),
        Span(34, 40, "actor", "yellen", attrs={"camp": "us_government"}),
    ]
    features = score(tone, doc, tone.annotate(doc))
    assert features["tone.actor.putin"] == -1.0  # brutal (-1), Krieg (-1)
    assert features["tone.actor.yellen"] > 0
    assert features["tone.actor_sentences.putin"] == 1.0


def test_empty_text_gives_zeros_not_nan():
    _, spans, features = tone_of("")
    assert spans == []
    assert features == {
        "tone.mean": 0.0,
        "tone.positive_share": 0.0,
        "tone.negative_share": 0.0,
        "tone.quoted_mean": 0.0,
    }


def test_user_lexicons_in_sentiws_and_rauh_formats(tmp_path):
    sentiws = tmp_path / "SentiWS_v2.0_Negative.txt"
    sentiws.write_text("Krise|NN\t-0.5\tKrisen\nbrutal|ADJX\t-0.8\tbrutale,brutalen\n", encoding="utf-8")
    lexicon = tone.load_sentiws(sentiws)
    doc = doc_from_text("Die brutalen Krisen.", annotate=False)
    assert [(m.entry.term, m.entry.score) for m in lexicon.match(doc)] == [
        ("brutalen", -0.8),
        ("Krisen", -0.5),
    ]
    rauh = tmp_path / "rauh.csv"
    rauh.write_text("feature,sentiment\ngut,1\nNOT_gut,-1\nschlecht,-1\n", encoding="utf-8")
    assert sorted(e.term for e in tone.load_rauh(rauh).entries) == ["gut", "schlecht"]


def test_a_word_whose_lemma_two_terms_share_counts_once():
    """ "unterstützt": lemma of "unterstützen" (0.7) and of "unterstützend" (1.0); one span, the verb's."""
    doc = doc_from_text("China unterstützt Russland.")
    assert [(doc.text[s.start : s.end], s.score) for s in doc.layer("tone")] == [("unterstützt", 0.7)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Entsetzen über den Anschlag war groß.", [("Entsetzen", -1.0), ("Anschlag", -0.7)]),
        ("Sein Lachen steckte alle an.", [("Lachen", 0.7)]),  # the noun's score, not the verb's 1.0
        ("Sie lachen über den Witz.", [("lachen", 1.0), ("Witz", 1.0)]),
    ],
)
def test_a_noun_and_a_verb_term_differing_in_case_count_once(text, expected):
    """ "Entsetzen" (noun) and "entsetzen" (verb) both match the word: one span, the term written like it."""
    doc, spans, _ = tone_of(text)
    assert words_and_scores(doc, spans) == expected
