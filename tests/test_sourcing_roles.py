"""A role of no type as speaker ("eine Sprecherin", "dessen Chef") and a "Demnach" whose source did not
speak before take the source type of the person or organisation named just before, which becomes the
quote's source cue (issue 11)."""

import pytest

from framing.pipeline import doc_from_text
from framing.speakers import Entities, Entity

CASES = [
    (
        "a generic role noun after the company's sentence",
        "Die Deutsche Bahn will die Ticketpreise im Dezember erhöhen. Die Kosten für Energie und Personal "
        "seien stark gestiegen, sagte eine Sprecherin am Montag.",
        ("eine Sprecherin", "business", "Deutsche Bahn"),
    ),
    (
        "the organisation named earlier in the same sentence",
        "Die Räumung von Idomeni war aus Sicht der EU-Kommission ein richtiger Schritt. Jede "
        "Aufnahmeeinrichtung sei besser als die Schande von Idomeni, sagte ein Sprecher am Montag.",
        ("ein Sprecher", "government", "EU-Kommission"),
    ),
    (
        "a possessive before the role: whose head it is",
        "Die Polizei in Köln sucht nach Zeugen des Überfalls. Ihr Sprecher sagte, der Täter sei mit einem "
        "Fahrrad geflüchtet.",
        ("Ihr Sprecher", "authority", "Polizei"),
    ),
    (
        "a compound of a generic head whose modifier the registry does not know",
        "Entsprechend positiv fiel die Reaktion der Firma Porsche auf das Plädoyer aus. Ein Porschesprecher "
        "erklärte am Dienstag, das Urteil bestätige die Haltung des Unternehmens.",
        ("Ein Porschesprecher", "business", "Firma"),
    ),
    (
        "a pronoun that refers to the role",
        "Die Deutsche Bahn will die Ticketpreise erhöhen. Die Kosten seien gestiegen, sagte eine Sprecherin. "
        "Sie betonte, dass die Kunden Verständnis hätten.",
        ("eine Sprecherin", "business", "Deutsche Bahn"),
    ),
]


DEMNACH = [
    (  # the subject opening the sentence before names the speaker itself (speaker round 43)
        "Das Sozialministerium hat die bisher unter Verschluss gehaltene Studie über die Arbeitsmarktöffnung "
        "für Asylsuchende publiziert. Demnach würde eine Erleichterung des Zugangs die Arbeitslosigkeit kaum "
        "erhöhen.",
        ("Sozialministerium", "government", "Sozialministerium"),
    ),
    (
        "Am Freitag hat das deutsche Parlament im Bundestag einer Gesetzesvorlage zugestimmt. Demnach darf "
        "die Deutsche Flugsicherung GmbH privatisiert werden.",
        ("Demnach", "parliament", "Parlament"),
    ),
    (  # lower case inside its sentence: the words before it are what it reports, not who
        "Das zumindest ergab ein Experiment der Universität Wien. Ziehen Politiker ihre Gegner demnach über "
        "den Tisch, schadet ihnen das kaum.",
        ("demnach", "expert", "Universität"),
    ),
    (  # nobody named before: it stays without a type
        "Inzwischen sind präzise Beschuldigungen an die Öffentlichkeit gelangt. Demnach steht insbesondere "
        "der Pilot in der Kritik.",
        ("Demnach", "other", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DEMNACH)
def test_demnach_without_a_speaker_takes_the_source_named_before(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    quote = doc_from_text(text).quotes[-1]
    assert (quote.speaker, quote.source_type, quote.source_cue) == expected


@pytest.mark.parametrize(("rule", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_role_takes_the_one_named_before(rule: str, text: str, expected: tuple[str, str, str]) -> None:
    quote = doc_from_text(text).quotes[-1]
    assert (quote.speaker, quote.source_type, quote.source_cue) == expected


@pytest.mark.parametrize(
    ("text", "speaker", "source_type"),
    [
        (  # a role noun with a type of its own keeps it
            "Volkswagen hat seine Prognose gesenkt. „Wir müssen sparen“, sagte der Konzernchef.",
            "Konzernchef",
            "business",
        ),
        (  # a weak profession keeps its own type: the sentence before names the topic, not the firm
            "Der Plan der Bank Austria würde EU-Recht widersprechen, sagte der Arbeitsrechtsexperte Roland "
            "Gerlach am Donnerstag.",
            "Arbeitsrechtsexperte Roland Gerlach",
            "expert",
        ),
        (  # a group without article speaks for no organisation named before
            "Die Regierung hat das Gesetz beschlossen. Kritiker sagen, es komme viel zu spät.",
            "Kritiker",
            "anonymous",
        ),
        (  # only a country named before: no one to speak for
            "Der Mann aus Fidschi arbeitete im Irak. Nach Gerüchten über eine Festnahme "
            "teilte dessen Stellvertreter mit, die Lage sei ruhig.",
            "Stellvertreter",
            "other",
        ),
        (  # a person's name as the compound's modifier says whom, though the registry does not know it
            "Lazar plädierte am Mittwoch vor einem Gericht in Virginia auf schuldig. Ein Clinton-Sprecher "
            "erklärte, der Bericht sei falsch.",
            "Ein Clinton-Sprecher",
            "other",
        ),
    ],
)
def test_role_with_its_own_type_or_no_one_before_is_left(text: str, speaker: str, source_type: str) -> None:
    quote = doc_from_text(text).quotes[-1]
    assert (quote.speaker, quote.source_type) == (speaker, source_type)


def test_role_noun_resolved_through_the_apposition_takes_its_type():
    """ "der Chefökonom" is "Jörg Krämer, Chefökonom der Commerzbank,": his bank decides over the weak
    title, and the quote's speaker is the person meant."""
    quote = doc_from_text(
        "Jörg Krämer, Chefökonom der Commerzbank, erwartet einen Abschwung. „Die Lage ist ernst“, sagte der "
        "Chefökonom."
    ).quotes[-1]
    assert (quote.speaker, quote.source_type, quote.source_cue) == ("Jörg Krämer", "business", "Commerzbank")


@pytest.mark.parametrize(
    ("text", "name", "resolved"),
    [
        (
            "Jörg Krämer, Chefökonom der Commerzbank, erwartet einen Abschwung. Der Chefökonom",
            "Jörg Krämer",
            True,
        ),
        (  # words after the comma that are no apposition name no role of his
            "Die von Sondhi Limthongkul, vorgetragene Petition an den König, wurde übergeben. Der König",
            "Sondhi Limthongkul",
            False,
        ),
    ],
)
def test_role_noun_matches_a_name_through_its_apposition(text: str, name: str, resolved: bool) -> None:
    entities = Entities()
    start = text.index(name)
    entity = entities.add(Entity(start, start + len(name), 0, "m", frozenset()))
    found = entities.resolve(text.rindex("Der"), "m", text, head=text.split()[-1].lower())
    assert (found is entity) == resolved
