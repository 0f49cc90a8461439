"""Who speaks, forty-sixth speaker round (docs/accuracy.md, "speaker round 46"): a relay taken as the speaker
(benchmarks/gold/README.md, convention 6, and "What recurs": relays taken as speakers). (1) "X
berichtete(n) unter Berufung auf Y, …" with what is reported after the comma: Y speaks, X relays, whether
X is a registered medium or not ("US-Medien berichteten unter Berufung auf Geheimdienstkreise zudem, es
habe …"); not papers or research cited ("unter Berufung auf Dokumente der Kanzlei", "auf eigene
Recherchen": speech_de.toml 4.3 cited_documents and the nouns of information), nor an inquit after the
reported clause, nor "Unter Berufung auf …" before the subject (the Petersen-Frey & Biemann gold takes the
subject there). (2) "X zufolge" between the sentence's subject and its words quoted after it ("Samsung
wird Heise zufolge das Urteil „gründlich prüfen“"): the subject speaks; a medium after "laut" with no verb
of saying still states what it says itself (round 43). (3) A report noun that relays ("nach israelischen
Medienberichten") does not take the place of the subject of a verb of saying ("Sie erklärte nach …, der
Fall werde untersucht"); "nach Angaben des Kreml" still does. (4) A Konjunktiv I sentence after a medium
spoke, with its own verb of saying and a named subject ("WAFA bestätigte das Gespräch. Demnach habe Abbas
erwidert, dass …"): that subject speaks, the medium relays. Real German sentences in (dev12's t-online,
Golem and BR articles, dev8's 10kGNAD article for (4), public 10kGNAD articles of benchmarks' gnad1000 and
Petersen-Frey & Biemann train sentences for the guards), the speakers out; each of (1)–(4) fails without
its rule."""

import pytest

from tests.test_sourcing_cross_set import speakers


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param(
            "Russischen Medien zufolge entsandte Moskau ein U-Boot. US-Medien berichteten unter Berufung auf "
            "Geheimdienstkreise zudem, es habe Hinweise gegeben, dass venezolanische Stellen bewaffnetes "
            "Sicherheitspersonal auf Öltankern installieren wollten.",
            "Geheimdienstkreise",
            id="berichteten unter Berufung auf: the cited group speaks",
        ),
        pytest.param(
            "Wie die Zeitung USA Today am Donnerstag unter Berufung auf eigene Recherchen berichtete, "
            "sind rund sechs Millionen US-Bürger betroffen.",
            "Zeitung USA",
            id="own research cited: the medium states it",
        ),
        pytest.param(
            "Der Guardian und die BBC berichteten am Dienstag unter Berufung auf Dokumente der "
            "panamaischen Finanzkanzlei Mossack Fonseca, dass der Investmentfonds Blairmore Holding "
            "jahrzehntelang die Zahlung von Steuern vermieden habe.",
            "Guardian und die BBC",
            id="documents cited: the media state it",
        ),
        pytest.param(
            "18 Menschen sollen dabei getötet worden sein, berichtete das arabische Nachrichtenportal "
            "al-Arabiya unter Berufung auf einen Aufständischen.",
            "arabische Nachrichtenportal al-Arabiya",
            id="an inquit after the clause keeps its subject (PFB train gold)",
        ),
        pytest.param(
            "Unter Berufung auf staatliche Organe Myanmars teilte die Weltgesundheitsorganisation "
            "gestern mit, durch den Zyklon seien 31.938 Menschen ums Leben gekommen.",
            "Weltgesundheitsorganisation",
            id="Unter Berufung auf before the subject keeps the subject (PFB train gold)",
        ),
    ],
)
def test_cited_source(text: str, span: str) -> None:
    assert speakers(text)[-1][2] == span  # the sentence with the citation is the last


def test_subject_quoted_after_a_medium_zufolge() -> None:
    text = (
        "Samsung argumentierte vor Gericht, dass das Unternehmen nicht gewusst habe, dass Datang "
        "Mobile einen länderspezifischen Teil des Patents halte. Das Urteil ist allerdings noch nicht "
        'rechtskräftig. Samsung wird Heise zufolge das Urteil "gründlich prüfen" und "geeignete '
        'rechtliche Schritte festlegen".'
    )
    found = [q for q in speakers(text) if q[0] == "partial"]
    assert [q[2] for q in found] == ["Samsung", "Samsung"]


def test_laut_medium_without_verb_states_itself() -> None:
    text = 'Laut "Washington Post" hatte Trump bereits 2021 Bondi eingesetzt.'
    assert [q[2] for q in speakers(text)] == ["Washington Post"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param(
            "Die Siedler hätten mehrere Häuser angegriffen, erklärte der Dorfratsvorsitzende. Laut dem "
            "palästinensischen Gesundheitsministerium wurde ein Mann getötet. Die israelische Armee sei "
            "mit Tränengas vorgegangen. Sie erklärte nach israelischen Medienberichten, der Fall werde "
            "untersucht.",
            "Sie",
            id="erklärte nach Medienberichten: the reports relay the subject",
        ),
        pytest.param(
            "Putin und Xi trafen sich am Montag. Sie vereinbarten nach Angaben des Kreml, die Zusammenarbeit "
            "auszubauen.",
            "Kreml",
            id="nach Angaben des Kreml: the source still names who speaks",
        ),
    ],
)
def test_subject_over_media_reports(text: str, span: str) -> None:
    assert speakers(text)[-1][2] == span


def test_person_named_after_a_medium_spoke() -> None:
    text = (
        "Jerusalem/Ramallah – Israels Ministerpräsident Benjamin Netanyahu und der palästinensische "
        "Präsident Mahmoud Abbas haben erstmals seit einem Jahr wieder miteinander telefoniert. Der "
        "Mitteilung zufolge versicherte Netanyahu, dass Israels Bürger sich Frieden und Stabilität in der "
        "Region wünschten. Die offizielle palästinensische Nachrichtenagentur WAFA bestätigte das Gespräch. "
        "Demnach habe Abbas erwidert, dass es wichtig sei, im nächsten Jahr eine Einigung zwischen den "
        "beiden Völkern zu erreichen."
    )
    assert speakers(text)[-1][2] == "Abbas"
