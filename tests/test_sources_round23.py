"""Source types of round 23 (issue 11, item 2, branch src23): offices named by metonym ([metonyms] of
source_types.toml 1.18), a role given once around a name carried to the bare name later, the UN's High
Commissioners as their agencies, and a pastime before a person noun as a private person ([pastimes]).
German sentences in, a type and its cue out."""

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
NAESSLER = (
    "Der Freizeitkicker und Fussballfan Benjamin Näßler fordert den DFB in einer Petition auf, in Katar ein "
    "Zeichen zu setzen. Näßler sagte, er wolle eine Weltmeisterschaft ohne Diskriminierung."
)
QUARTER = (
    "In dem Einwandererviertel Jardins de LEmpereur wurde Feuer gelegt. Laut Polizei zogen 300 Demonstranten "
    "in das Einwandererviertel."
)


@pytest.mark.parametrize(
    ("speaker", "text", "expected"),
    [
        # (b) an office named by its seat, alone or with its place, or after its holder's genitive
        ("Palast in Amman", AMMAN, ("government", "Palast")),
        ("der Palast", AMMAN, ("government", "Palast")),
        ("Präsidentschaft", MINSK, ("government", "Präsidentschaft")),
        ("die weißrussische Präsidentschaft", MINSK, ("government", "Präsidentschaft")),
        ("Netanyahus Büro", NETANYAHU, ("government", "Ministerpräsident")),
        # … but no palace of culture, no office of a person the article gives no office
        ("der Kulturpalast", "Der Kulturpalast teilte mit, das Konzert falle aus.", ("other", None)),
        (
            "das Büro des Anwalts",
            "Das Büro des Anwalts teilte mit, man prüfe die Klage.",
            ("other", "Anwalts"),
        ),
        (
            "Müllers Büro",
            "Anna Müller ist Malerin in Köln. Müllers Büro teilte mit, es öffne.",
            ("other", None),
        ),
        ("Palast im Park", "Der Palast im Park teilte mit, er öffne wieder.", ("other", None)),
        # (a) the role set off by commas before the name, the name with a particle, then the given name
        # alone (the UN's High Commissioners head agencies typed authority, as "UNHCR" is)
        ("Zeid Raad al-Hussein", ZEID, ("authority", "UN-Hochkommissar")),
        ("Zeid", ZEID, ("authority", "UN-Hochkommissar")),
        # a long noun phrase set off by commas is read whole: the foundation, not "Erforschung"
        ("Irfan al-Alawi", ALAWI, ("civil_society", "Stiftung")),
        # a role after the name carried to the given name used alone later; a role between dashes
        ("Leila", LEILA, ("authority", "Polizei")),
        ("Muster", DASH, ("authority", "Polizeisprecherin")),
        # a noun before a place's name is no given name of a person, a genitive stays a genitive
        ("Einwandererviertel", QUARTER, ("other", None)),
        (
            "Xis",
            "Chinas Staatschef Xi Jinping sprach. Xis Rede, hieß es, sei scharf gewesen.",
            ("government", "Chinas"),
        ),
        # (c) a person first named by a pastime is a citizen, later by the bare name too
        ("Näßler", NAESSLER, ("citizen", "Freizeitkicker")),
    ],
)
def test_a_speaker_read_with_its_article(speaker, text, expected):
    found = classify_in_text(speaker, text)
    assert (found.type, found.cue) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("UN-Hochkommissarin für Menschenrechte", ("authority", "UN-Hochkommissarin")),
        ("der UN-Flüchtlingshochkommissar", ("authority", "UN-Flüchtlingshochkommissar")),
        ("EU-Kommissar Günther Oettinger", ("government", "EU-Kommissar")),
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
def test_a_speaker_phrase_alone(phrase, expected):
    found = classify(phrase)
    assert (found.type, found.cue) == expected


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
