"""Attribution rules of the third round on the train split of Petersen-Frey & Biemann (2024), German
Wikinews quotation attribution (benchmarks/quotes_pfb.py --split train --errors): real German news
sentences in, the speaker span out (words in data/registries/speech_de.toml 1.6)."""

import pytest

from framing.measures import sourcing
from framing.pipeline import doc_from_text
from tests.test_sourcing_pfb_rules import spans

HEARSAY = "Die Polizei teilte mit, zwei Häftlinge seien in der Nacht geflohen. "
ERNST = "Die Lage ist ernst. "

CASES = [
    (
        "hearsay soll goes on with the last speaker (reported.reportative)",
        HEARSAY + "Ein Beamter der Anstalt soll den Ausbrechern zur Flucht verholfen haben.",
        [("indirect", "Polizei"), ("indirect", "Polizei")],
    ),
    (
        "a plan is no hearsay: a time ahead, a passive infinitive",
        HEARSAY + "Die Mauer soll im Mai erhöht werden.",
        [("indirect", "Polizei")],
    ),
    (
        "Demnach: nobody spoke in the sentence before, the adverb is the mention (back_references)",
        "Nach den ersten Auszählungen gab die Wahlkommission ein vorläufiges Ergebnis bekannt. Demnach "
        "hat sich die regierende Koalition von Präsident Ronald Venetiaan durchgesetzt.",
        [("indirect", "Demnach")],
    ),
    (
        "demnach inside the sentence",
        "Die Zahl der Opfer wurde korrigiert. Nils Schmid wird sich demnach ein Rennen mit Winfried "
        "Kretschmann liefern.",
        [("indirect", "demnach")],
    ),
    (
        "a name in quotation marks after a medium's noun is no quote",
        ERNST + "Laut einem Test des Magazines „auto, motor und sport“ gibt es im Moment 113 Modelle.",
        [("indirect", "einem Test des Magazines")],  # the genitive names the test (round 17)
    ),
    (
        "a name in quotation marks after a medium's noun belongs to the speaker's span",
        ERNST + "Hinsichtlich des Startortes meldet die Nachrichtenagentur „Xinhua“, die Maschine sei von "
        "ihrem Heimathangar losgeflogen.",
        [("indirect", "Nachrichtenagentur „Xinhua“")],
    ),
    (
        "… and after an organisation's noun",
        "Das Video war echt. Ein Mitarbeiter der Video-Produktionsfirma „Shui Jing Shi“ sagte, die "
        "Bilder seien bearbeitet.",
        [("indirect", "Ein Mitarbeiter der Video-Produktionsfirma „Shui Jing Shi“")],
    ),
    (
        "a participle the lemmatizer gives as its verb ('beteiligen'), a plural role (plural_roles)",
        ERNST + "Einer der 13 beteiligten Feuerwehrmänner sagte: „Ich habe schon viele Hausbrände "
        "gesehen, aber noch keinen wie diesen.“",
        [("direct", "Einer der 13 beteiligten Feuerwehrmänner")],
    ),
    (
        "Als + a noun and its prepositional phrase before the verb: the subject follows the verb",
        ERNST + "Als Antwort auf den Brief sagte ein Sprecher der Downing Street: „Wir sollten uns immer "
        "daran erinnern.“",
        [("direct", "ein Sprecher der Downing Street")],
    ),
    (
        "a noun of information before zufolge (information_endings)",
        ERNST + "Offiziellen Angaben zufolge wurden 34.273 Menschen durch den Sturm getötet.",
        [("indirect", "Offiziellen Angaben")],
    ),
    (
        "Medienberichten zufolge",
        ERNST + "Auch al-Qaida-Gruppen gewinnen Medienberichten zufolge an Einfluss.",
        [("indirect", "Medienberichten")],
    ),
    (
        "zufolge: the span leaves the definite article out",
        ERNST + "Den vorliegenden Informationen zufolge soll Dulmatin in einem Internet-Café erschossen "
        "worden sein.",
        [("indirect", "vorliegenden Informationen")],
    ),
    (
        "a name in quotation marks after wie speaks",
        ERNST + "Wie die „Aktion Deutschland hilft“ heute mitteilte, werde den Hilfsorganisationen geholfen.",
        [("indirect", "Aktion Deutschland hilft")],
    ),
    (
        "ausgehen without its particle apart (verbs.lemmas)",
        "Die Gespräche endeten ergebnislos. Bis zuletzt war das McCain-Lager davon ausgegangen, dass es "
        "noch weitere Gespräche geben werde.",
        [("indirect", "McCain-Lager")],
    ),
    (
        "adjectives joined by und",
        "Fünf Zivilisten wurden getötet. Die afghanischen und ausländischen Soldaten waren davon "
        "ausgegangen, die verdächtigen Personen seien dabei, eine Sprengfalle zu bauen.",
        [("indirect", "afghanischen und ausländischen Soldaten")],
    ),
    (
        "Konjunktiv I after a sentence without speech continues its subject",
        "Das Virus breitet sich aus. Das Robert-Koch-Institut sieht für Deutschland noch keine "
        "besondere Gefahr. Lediglich Personen mit Umgang mit Geflügel seien gefährdet.",
        [("indirect", "Robert-Koch-Institut")],
    ),
    (
        "… not when something is done to it (attribution.passive)",
        "Das Haus stürzte ein. Der Mann wurde verhaftet. Die Lage sei ernst.",
        [],
    ),
    (
        "Konjunktiv II stands in for Konjunktiv I (reported.hints)",
        "Bei der Chrisammesse sagte der Papst, dass die Priester dynamischer werden sollten. Sie dürften "
        "nicht zu Verwaltern des Glaubens werden.",
        [("indirect", "Papst"), ("indirect", "Papst")],
    ),
    (
        "wonach takes the noun phrase before its comma (attribution.relatives)",
        ERNST + "Ein Bericht der russischen Nachrichtenagentur „Interfax“, wonach der Oppositionsführer "
        "festgenommen worden sein soll, wurde dementiert.",
        [("indirect", "russischen Nachrichtenagentur „Interfax“")],
    ),
    (
        "reported speech before a quotation in the same sentence",
        "Sarkozy hob die Wichtigkeit Englands hervor. Er sagte, Europa brauche die Engländer und fügte "
        "hinzu: „Wer kann glauben, man könne Europa ohne die Engländer aufbauen?“",
        [("indirect", "Er"), ("direct", "Er")],
    ),
    (
        "a focus particle before the subject (noun_phrase.focus_particles)",
        "Deutschland verlor das Spiel. Auch der ehemalige FIFA-Schiedsrichter Urs Meier kritisierte, "
        "Undiano habe im Spiel „nicht die richtige Linie gefunden“.",
        [("indirect", "ehemalige FIFA-Schiedsrichter Urs Meier")],
    ),
    (
        "laut den Angaben: before, the subject after it was taken as the source",
        "Ein Bus verunglückte in Peru. Dabei sind laut den Angaben zwei deutsche Touristen ums Leben "
        "gekommen.",
        [("indirect", "Angaben")],
    ),
    (
        "laut ersten Angaben",
        "Ein Bus verunglückte in Peru. Dabei sind laut ersten Angaben zwei Touristen ums Leben gekommen.",
        [("indirect", "ersten Angaben")],
    ),
    (
        "laut einem Bericht des X: the owner of the report speaks",
        ERNST + "Laut einem Bericht des UNHCHR sind dort 40 Prozent der Opfer minderjährig.",
        [("indirect", "UNHCHR")],
    ),
    (
        "nach before a plural noun of information, without the definite article",
        "Es war ein Anschlag. Er soll nach den bisherigen Ermittlungen für zehn Morde verantwortlich sein.",
        [("indirect", "bisherigen Ermittlungen")],
    ),
    (
        "Nach Darstellungen des X",
        "Das Buch erschien. Nach Darstellungen des Verlages bietet das Buch eine neue Sicht.",
        [("indirect", "Verlages")],
    ),
    (
        "a medium named in quotation marks in the genitive after a work's noun owns it, no quote",
        "Er wurde kritisiert. Laut einem Artikel der „New York Times“ hat sich al Huthi in einem Brief "
        "an den Generalsekretär gewandt.",
        [("indirect", "New York Times")],
    ),
    (
        "Wie eine Studie ergab (verbs.lemmas)",
        "Großbritannien ist geschockt. Wie eine Studie ergab, trinken viele Kinder bereits vor dem 13. "
        "Lebensjahr regelmäßig Alkohol.",
        [("indirect", "eine Studie")],
    ),
    (
        "auffordern reports (verbs.lemmas)",
        "Die Lage ist ernst. Das Europäische Parlament hat die Mitgliedsstaaten dazu aufgefordert, einen "
        "Plan vorzulegen.",
        [("indirect", "Europäische Parlament")],
    ),
    (
        "a name set off by commas before an auxiliary is the subject, not the object after it",
        "Lenz trat nicht zurück. Der Fraktionsvorsitzende im Landtag, Wolfgang Jüttner, hatte Lenz "
        "gestern aufgefordert, sein Mandat niederzulegen.",
        [("indirect", "Wolfgang Jüttner")],
    ),
    (
        "a passive: the agent after von speaks (attribution.passive)",
        "Es gab Anschläge. Die al-Shabaab wurde von Kenias Regierung beschuldigt, die Anschläge verübt "
        "zu haben.",
        [("indirect", "Kenias Regierung")],
    ),
    (
        "a surname named with the party in parentheses opens a later sentence as its speaker",
        "Der bayerische Ministerpräsident Edmund Stoiber (CSU) wird nicht der Regierung angehören. Stoiber "
        "begründete seinen Rückzug mit einer „veränderten Lage“ nach dem Abgang von Franz Müntefering.",
        [("partial", "Stoiber")],
    ),
    (
        "a name set off by commas before the inquit reports nothing itself (no spurious indirect quote)",
        "Die Fähre sank. Der Sprecher der Polizei, Lars Beringer, sagte: „Die See war wirklich rau.“",
        [("direct", "Lars Beringer")],
    ),
    (
        "der Überzeugung, dass: the subject holds it (attribution.information)",
        ERNST + "Innenminister Heribert Rech ist der Überzeugung, dass es zu einem Rückgang der Gewalt "
        "kommen könnte.",
        [("indirect", "Innenminister Heribert Rech")],
    ),
    (
        "a name opening the sentence that is also a German word, its lemma capitalised, still speaks",
        "Die Schauspielerin starb 2003. Jackson geht davon aus, dass Spector „eine geladene Pistole“ "
        "gehabt habe.",
        [("partial", "Jackson")],
    ),
    (
        "a colon introduction keeps its speaker over 'Dies sagte X' in the next sentence",
        "Die Rakete stürzte ab. Weiter sagte Larson: „Unsere Untersuchungen werden ein offenes Buch "
        "sein.“ Dies sagte der Präsident des Unternehmens in Richtung seiner Kunden.",
        [("direct", "Larson")],
    ),
    (
        "a phrase opening with an object's determiner after the verb is no subject",
        "Tesla baut Autos. Elon Musk, der Milliardär hinter der Firma, kündigte einen Pick-up-Truck an, "
        "der bald vorgestellt werden soll.",
        [("indirect", "Elon Musk")],
    ),
    (
        "herausfinden reports",
        "Die Beobachtung fand in England statt. Die Wissenschaftler fanden heraus, dass es sich nicht um "
        "Gas handelte.",
        [("indirect", "Wissenschaftler")],
    ),
]


@pytest.mark.parametrize(("rule", "text", "expected"), CASES, ids=[case[0] for case in CASES])
def test_third_round_rules(rule, text, expected):
    assert spans(text) == expected, rule


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (  # "Demnach" is the mention; its words name the last speaker
            "Der Sprecher der Polizei sagte, es habe zwei Tote gegeben. Demnach waren beide Männer "
            "unbewaffnet.",
            ["Sprecher der Polizei", "Sprecher der Polizei"],
        ),
        (  # an age before a role opens the person a pronoun refers to
            "Seit Sonntagabend hatte sich ein 45-jähriger Mann mit seiner Familie in seinem Haus "
            "verschanzt. Er verständigte selbst die Polizei und teilte mit, dass er bewaffnet sei.",
            ["ein 45-jähriger Mann"],
        ),
        (  # a plural role is no antecedent of "er"
            "Der Reporter Claas Relotius traf die Männer im Lager. Er schrieb, den Männern gehe es schlecht.",
            ["Reporter Claas Relotius"],
        ),
    ],
)
def test_who_the_speaker_is(text, words):
    doc = doc_from_text(text, annotate=False)
    sourcing.annotate(doc)
    assert [q.speaker for q in doc.quotes] == words
