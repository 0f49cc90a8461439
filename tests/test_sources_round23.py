"""Source types of round 23 (issue 11, item 2, branch src23): offices named by metonym ([metonyms] of
source_types.toml 1.18) and a role given once around a name carried to the bare name later. German
sentences in, a type and its cue out."""

import pytest

from framing.pipeline import analyze_text
from framing.sources import classify_in_text

NETANYAHU = (
    "Israels Ministerpräsident Benjamin Netanyahu und der palästinensische Präsident Mahmoud Abbas haben "
    "erstmals seit einem Jahr wieder miteinander telefoniert. Netanyahus Büro teilte mit, der "
    "Ministerpräsident habe Abbas am Freitagabend angerufen."
)
AMMAN = (
    "Kerry traf in Jordanien auch König Abdullah II. Bei dem Gespräch sei es vor allem um den Bürgerkrieg "
    "in Syrien gegangen, teilte der Palast in Amman anschließend mit."
)
MINSK = (
    "Der weißrussische Staatschef Alexander Lukaschenko hat sechs Oppositionsführer begnadigt. Die Männer "
    "seien frei, erklärte die Präsidentschaft am Samstag in Minsk."
)


@pytest.mark.parametrize(
    ("speaker", "text", "cue"),
    [
        ("Palast in Amman", AMMAN, "Palast"),
        ("der Palast", AMMAN, "Palast"),
        ("Präsidentschaft", MINSK, "Präsidentschaft"),
        ("die weißrussische Präsidentschaft", MINSK, "Präsidentschaft"),
        ("Netanyahus Büro", NETANYAHU, "Ministerpräsident"),
    ],
)
def test_an_office_named_by_its_seat_or_its_holder_is_the_government(speaker, text, cue):
    found = classify_in_text(speaker, text)
    assert (found.type, found.cue) == ("government", cue)


@pytest.mark.parametrize(
    ("speaker", "text"),
    [
        ("der Kulturpalast", "Der Kulturpalast teilte mit, das Konzert falle aus."),
        ("das Büro des Anwalts", "Das Büro des Anwalts teilte mit, man prüfe die Klage."),
        ("Müllers Büro", "Anna Müller ist Malerin in Köln. Müllers Büro teilte mit, die Ausstellung öffne."),
        ("Palast im Park", "Der Palast im Park teilte mit, er öffne wieder."),
    ],
)
def test_a_palace_of_culture_or_an_office_of_no_official_is_no_government(speaker, text):
    found = classify_in_text(speaker, text)
    assert found is None or found.type != "government"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (NETANYAHU, "Büro"),
        ("Kerry traf König Abdullah II. Es sei um Syrien gegangen, teilte der Palast danach mit.", "Palast"),
    ],
)
def test_the_pipeline_types_an_office_named_by_metonym_as_the_government(text, word):
    quotes = [q for q in analyze_text(text).quotes if q.speaker and word in q.speaker]
    assert quotes and quotes[0].source_type == "government"
