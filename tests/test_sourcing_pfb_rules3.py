"""Attribution rules of the fourth round on the train split of Petersen-Frey & Biemann (2024), German
Wikinews quotation attribution (benchmarks/quotes_pfb.py --split train --errors): real German news
sentences in, the speaker span out (words in data/registries/speech_de.toml 1.7)."""

import pytest

from framing.measures import sourcing
from framing.pipeline import doc_from_text
from tests.test_sourcing_pfb_rules import spans

CASES = [
    (
        "a demonstrative before a verb of saying speaks (persons.demonstratives)",
        "Der Regisseur wird von seinem Fahrer Adriano De Souza belastet. Dieser behaupte, Spector sei ihm "
        "mit einer Pistole in der Hand entgegengekommen.",
        [("indirect", "Dieser")],
    ),
    (
        "… and after the verb when no noun follows it",
        "Shakira und Jennifer Lopez treten in Miami auf. Für Shakira, so schrieb diese in einer "
        "Stellungnahme, sei es eine Ehre, mit Lopez aufzutreten.",
        [("indirect", "diese")],
    ),
    (
        "a pronoun subject whose person is not found still speaks, as itself",
        "Ärzte aus Indien arbeiteten in den Geburtenstationen. Sie gehen davon aus, dass gegen bis zu 70 "
        "Prozent der Infektionen eine Behandlung hilft.",
        [("indirect", "Sie")],
    ),
    (
        "a plan's soll after an intention reports it (reported.intentions)",
        "Der Autobauer Tesla will die Märkte in Deutschland und Großbritannien erobern. Unter anderem soll "
        "das 24-Stunden-Rennen von Le Mans zur Präsentation genutzt werden.",
        [("indirect", "Autobauer Tesla")],
    ),
    (
        "… also after a separable verb of announcing written apart",
        "Die Regierung Guatemalas kündigte im November an, eine Nationale Kommission gegen Gewalt an "
        "Frauen zu gründen. Ebenfalls soll die Zusammenarbeit der Behörden verbessert werden.",
        [("indirect", "Regierung Guatemalas"), ("indirect", "Regierung Guatemalas")],
    ),
    (
        "a plan after a statement that announces nothing stays unattributed",
        "Die Polizei teilte mit, zwei Häftlinge seien in der Nacht geflohen. Die Mauer soll im Mai erhöht "
        "werden.",
        [("indirect", "Polizei")],
    ),
    (
        "a decision reported with dass (verbs.lemmas 1.7)",
        "Der Internationale Gerichtshof in Den Haag hat entschieden, dass ausländische Gerichte "
        "Deutschland nicht verurteilen können.",
        [("indirect", "Internationale Gerichtshof in Den Haag")],  # its place stays (span rule 3, round 39)
    ),
    (
        "a court's finding with 'sah es als erwiesen an' (verbs.separable 1.7)",
        "Das Gericht sah es als erwiesen an, dass die Täter im Auftrag der Terrororganisation Bomben bauten.",
        [("indirect", "Gericht")],
    ),
    (
        "an opinion with 'halten es für' and dass (a particle of several words, verbs.separable 1.7)",
        "Der Prozess dauert an. Manche Analysten halten es für möglich, dass er sich beim Parteitag als "
        "Außenseiter bewirbt.",
        [("indirect", "Manche Analysten")],
    ),
    (
        "… not without 'es' right after the verb",
        "Die Sanierung ist umstritten. Die SPD hält den Weg laut Peter Lahm für begehbar.",
        [("indirect", "Peter Lahm")],
    ),
    (
        "a zu-infinitive with its particle before zu (verbs.zu_particles)",
        "Die Thai-Rak-Thai-Partei beschloss am Sonntag, der „Social Action Party“ beizutreten.",
        [("indirect", "Thai-Rak-Thai-Partei")],
    ),
    (
        "a relative possessive before a noun of information (persons.possessives)",
        "Beim Untersuchen der Tasche des Mannes, die nach dessen Angaben die Bombe enthalten sollte, wurde "
        "kein Sprengstoff gefunden.",
        [("indirect", "dessen")],
    ),
]


@pytest.mark.parametrize(("rule", "text", "expected"), CASES, ids=[case[0] for case in CASES])
def test_fourth_round_rules(rule, text, expected):
    assert spans(text) == expected, rule


def test_demonstrative_names_the_last_person_named():
    doc = doc_from_text(
        "Der Regisseur wird von seinem Fahrer Adriano De Souza belastet. Dieser behauptet, Spector sei "
        "ihm mit einer Pistole entgegengekommen.",
        annotate=False,
    )
    sourcing.annotate(doc)
    assert [q.speaker for q in doc.quotes] == ["Adriano De Souza"]
