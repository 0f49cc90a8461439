"""Language identification: German function words settle German prose at a glance, py3langid the rest."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.language import detect_language, german_markers
from framing.pipeline import demo_documents, prepare
from framing.resources import word_list

# The same report (US warning to China) in ten languages, written for these tests.
SAMPLES = {
    "en": "The United States has warned China against supplying weapons to Russia. Treasury Secretary Janet "
    "Yellen said on Tuesday that companies doing so would face severe consequences, as officials in "
    "Washington weighed new sanctions against firms accused of helping Moscow's war effort in Ukraine.",
    "fr": "Les États-Unis ont mis en garde la Chine contre la fourniture d'armes à la Russie. La secrétaire "
    "au Trésor Janet Yellen a déclaré mardi que les entreprises qui le feraient s'exposeraient à de graves "
    "conséquences, alors que Washington envisage de nouvelles sanctions contre des sociétés.",
    "nl": "De Verenigde Staten hebben China gewaarschuwd tegen het leveren van wapens aan Rusland. Minister "
    "van Financiën Janet Yellen zei dinsdag dat bedrijven die dat doen ernstige gevolgen zullen "
    "ondervinden, terwijl Washington nieuwe sancties overweegt tegen bedrijven die Moskou helpen.",
    "da": "USA har advaret Kina mod at levere våben til Rusland. Finansminister Janet Yellen sagde tirsdag, "
    "at virksomheder, der gør det, vil få alvorlige konsekvenser, mens man i Washington overvejer nye "
    "sanktioner mod firmaer, der beskyldes for at hjælpe Moskva med krigen i Ukraine.",
    "lb": "D'USA hunn China gewarnt, Russland mat Waffen ze beliwweren. D'Finanzministesch Janet Yellen sot "
    "en Dënschdeg, datt Firmen, déi dat maachen, mat schwéiere Konsequenzen ze rechnen hätten. Zu Washington "
    "gëtt iwwer nei Sanktioune géint Firmen nogeduecht, deenen virgeworf gëtt, Moskau ze hëllefen.",
    "sv": "USA har varnat Kina för att leverera vapen till Ryssland. Finansminister Janet Yellen sade på "
    "tisdagen att företag som gör det kommer att få allvarliga konsekvenser, medan man i Washington "
    "överväger nya sanktioner mot företag som anklagas för att hjälpa Moskva i kriget i Ukraina.",
    "pl": "Stany Zjednoczone ostrzegły Chiny przed dostarczaniem broni Rosji. Sekretarz skarbu Janet Yellen "
    "powiedziała we wtorek, że firmy, które to robią, poniosą poważne konsekwencje, a Waszyngton rozważa "
    "nowe sankcje wobec firm oskarżanych o pomoc Moskwie w prowadzeniu wojny na Ukrainie.",
    "es": "Estados Unidos advirtió a China contra el suministro de armas a Rusia. La secretaria del Tesoro, "
    "Janet Yellen, dijo el martes que las empresas que lo hagan sufrirán graves consecuencias, mientras "
    "Washington estudia nuevas sanciones contra compañías acusadas de ayudar a Moscú en su guerra.",
    "it": "Gli Stati Uniti hanno messo in guardia la Cina dal fornire armi alla Russia. La segretaria al "
    "Tesoro Janet Yellen ha detto martedì che le aziende che lo fanno subiranno gravi conseguenze, mentre "
    "Washington valuta nuove sanzioni contro società accusate di aiutare Mosca nella sua guerra.",
}
GERMAN = (
    "Die USA haben China davor gewarnt, Russland mit Waffen zu beliefern. Finanzministerin Janet Yellen "
    "sagte am Dienstag, Unternehmen, die dies täten, müssten mit schweren Konsequenzen rechnen. In "
    "Washington werden neue Sanktionen gegen Firmen erwogen, denen vorgeworfen wird, Moskaus Krieg zu "
    "unterstützen. Peking weist das zurück und sieht sich als neutral."
)


def test_german_prose_is_settled_by_its_function_words():
    guess = detect_language(GERMAN)
    assert (guess.code, guess.probability, guess.warning) == ("de", None, None)
    # haben, mit, mit, werden, wird, das, und, sich; 49 words (the last one is not counted)
    assert guess.method == "German function words: 8 of 49 words (0 of other languages)"


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_other_languages_go_to_py3langid(code):
    assert german_markers(SAMPLES[code]) is None
    guess = detect_language(SAMPLES[code])
    assert (guess.code, guess.method) == (code, "py3langid")
    assert guess.probability > 0.8 and "not German" in guess.warning


def test_an_english_report_quoting_german_is_not_taken_for_german():
    text = (
        "German Chancellor Olaf Scholz told reporters in Berlin on Tuesday: „Das ist nicht akzeptabel, und "
        "wir werden mit unseren Partnern handeln.“ The remarks came after China was accused of supplying "
        "drones to Russia. Officials in Washington said new sanctions were being prepared."
    )
    assert german_markers(text) is None  # seven German markers, but eleven English ones
    assert detect_language(text).code == "en"


def test_short_or_sparse_german_goes_to_py3langid():
    assert german_markers("Yellen warnt China und Russland.") is None  # too few words to count
    headlines = "Xi empfängt Putin in Peking. Lawrow lobt Partnerschaft. Yellen warnt Banken. " * 3
    assert german_markers(headlines) is None  # no function words at all
    guess = detect_language(headlines)
    assert guess.code == "de" and guess.method == "py3langid"


def test_a_short_text_is_told_its_exact_word_count_however_it_is_padded():
    short = "Yellen warnt China und Russland vor Sanktionen."
    assert detect_language(short).warning == "only 7 words: language identification is unreliable"
    padded = " " * 700 + short  # the words lie beyond the opening that settles long texts
    assert detect_language(padded).warning == "only 7 words: language identification is unreliable"
    assert detect_language(" " * 700).warning == "no text to identify the language of"


def test_seed_articles_record_how_their_language_was_found():
    for raw in demo_documents():
        article = prepare(raw)
        assert article.language == "de"
        assert article.provenance.language_method.startswith("German function words: ")
        assert article.provenance.language_probability is None


def test_marker_lists_share_no_word():
    assert not word_list("language_markers_de.txt") & word_list("language_markers_other.txt")


@settings(max_examples=200)
@given(st.lists(st.sampled_from(sorted(word_list("language_markers_other.txt"))), min_size=20, max_size=80))
def test_function_words_of_other_languages_never_make_german(words):
    assert german_markers(" ".join(words) + " x") is None
