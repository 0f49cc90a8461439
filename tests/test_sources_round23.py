"""Source types of round 23 (issue 11, item 2, branch src23): offices named by metonym ([metonyms] of
source_types.toml 1.18) and a role given once around a name carried to the bare name later. German
sentences in, a type and its cue out."""

import pytest

from framing.pipeline import analyze_text
from framing.sources import classify, classify_in_text

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
        (
            "Kerry traf König Abdullah. Es sei um Syrien gegangen, teilte der Palast anschließend mit.",
            "Palast",
        ),
    ],
)
def test_the_pipeline_types_an_office_named_by_metonym_as_the_government(text, word):
    quotes = [q for q in analyze_text(text).quotes if q.speaker and word in q.speaker]
    assert quotes and quotes[0].source_type == "government"


ZEID = (
    "Einige Opfer seien wegen ihrer Zugehörigkeit zur Minderheit missbraucht worden, sagte der "
    "UN-Hochkommissar für Menschenrechte, Zeid Raad al-Hussein, am Freitag in Genf. Ein kompletter "
    "Zusammenbruch von Recht und Gesetz steht bevor, sagte Zeid."
)
ALAWI = (
    "Der Mitgründer der Stiftung zur Erforschung des islamischen Erbes mit Sitz in Mekka, Irfan al-Alawi, "
    "warf den saudi-arabischen Behörden Fahrlässigkeit vor. Sie kümmern sich weder um das Erbe noch um "
    "die Sicherheit, sagte er."
)
LEILA = (
    "Leila Farah, Sprecherin der Polizei in Kairo, sagte, die Lage sei ruhig. Am Abend betonte Leila, man "
    "habe alles im Griff."
)
DASH = (
    "Anna Muster – Polizeisprecherin in Köln – erklärte, man sei besorgt. Muster sagte weiter, es gehe um "
    "viel."
)


@pytest.mark.parametrize(
    ("speaker", "text", "expected", "cue"),
    [
        # the role set off by commas before the name, the name with a particle, then the given name alone
        # (the UN's High Commissioners head agencies typed authority, as "UNHCR" is)
        ("Zeid Raad al-Hussein", ZEID, "authority", "UN-Hochkommissar"),
        ("Zeid", ZEID, "authority", "UN-Hochkommissar"),
        # a long noun phrase set off by commas is read whole: the foundation, not "Erforschung"
        ("Irfan al-Alawi", ALAWI, "civil_society", "Stiftung"),
        # a role after the name carried to the given name used alone later
        ("Leila", LEILA, "authority", "Polizei"),
        # a role between dashes
        ("Muster", DASH, "authority", "Polizeisprecherin"),
    ],
)
def test_a_role_set_off_around_the_name_carries_to_the_bare_name(speaker, text, expected, cue):
    found = classify_in_text(speaker, text)
    assert (found.type, found.cue) == (expected, cue)


@pytest.mark.parametrize(
    ("speaker", "text", "expected"),
    [
        # a place name after a noun is no full name of a person called by its first word
        (
            "Einwandererviertel",
            "In dem Einwandererviertel Jardins de LEmpereur wurde Feuer gelegt. Laut Polizei zogen 300 "
            "Demonstranten in das Einwandererviertel.",
            ("other", None),
        ),
        # a genitive before a noun stays the genitive ("Xis Rede"), no given name of "Xi Rede"
        (
            "Xis",
            "Chinas Staatschef Xi Jinping sprach lange. Xis Rede, hieß es, sei scharf gewesen.",
            ("government", "Chinas"),
        ),
    ],
)
def test_a_word_before_a_capitalised_noun_is_no_given_name(speaker, text, expected):
    found = classify_in_text(speaker, text)
    assert (found.type, found.cue) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("UN-Hochkommissarin für Menschenrechte", "authority"),
        ("der UN-Flüchtlingshochkommissar", "authority"),
        ("EU-Kommissar Günther Oettinger", "government"),
    ],
)
def test_a_high_commissioner_is_the_un_agency_a_commissioner_the_government(phrase, expected):
    assert classify(phrase).type == expected


NAESSLER = (
    "Der Freizeitkicker und Fussballfan Benjamin Näßler fordert den DFB in einer Petition auf, in Katar ein "
    "Zeichen zu setzen. Näßler sagte, er wolle eine Weltmeisterschaft ohne Diskriminierung."
)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("ein gutgelaunter Hobbyschäfer", ("citizen", "Hobbyschäfer")),
        ("die Hobby-Historikerin Anna Berger", ("citizen", "Hobby-Historikerin")),
        ("der Hobbykoch", ("citizen", "Hobbykoch")),
        ("der Freizeitpark", ("business", "Freizeitpark")),
        ("der Hobbyraum", ("other", None)),
        # "Freizeit" is also a topic: a researcher of leisure stays an expert, an amateur one is not
        ("der Freizeitforscher", ("expert", "Freizeitforscher")),
        ("der Hobbyforscher", ("citizen", "Hobbyforscher")),
    ],
)
def test_a_pastime_before_a_person_noun_is_a_private_person(phrase, expected):
    found = classify(phrase)
    assert (found.type, found.cue) == expected


def test_a_person_first_named_by_a_pastime_is_a_citizen_later_by_the_bare_name():
    found = classify_in_text("Näßler", NAESSLER)
    assert (found.type, found.cue) == ("citizen", "Freizeitkicker")
