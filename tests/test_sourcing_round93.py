"""Who speaks, ninety-third speaker round (docs/accuracy.md, "Speaker round 93"): reported speech carried
on without a verb of saying in the third person plural of the Konjunktiv II of a strong or mixed verb,
which no indicative shares ("böten", "säßen", "brächten", "beträfen") and which reported speech takes
where the plural's Konjunktiv I is the indicative; not these verbs' singular, which the author's own
conditional takes ("Das beträfe …"). German sentences in, speakers and spans out."""

from .sourcing_speakers import quoted


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(words[:24], span) for words, span, _ in quoted(text)]


def test_a_plural_konjunktiv_two_goes_on_with_the_speaker():
    text = (
        "Die Unternehmen verlagern ihre Produktion, sagte der Arbeitgeberchef. Mittlerweile sei der Punkt "
        "erreicht, an dem sich die Verlagerung rechne. Eine ganze Reihe mitteleuropäischer Länder böten "
        "durch Steuererleichterungen Standortvorteile."
    )
    assert _found(text) == [
        ("Die Unternehmen verlager", "Arbeitgeberchef"),
        ("Mittlerweile sei der Pun", "Arbeitgeberchef"),
        ("Eine ganze Reihe mittele", "Arbeitgeberchef"),
    ]


def test_a_plural_konjunktiv_two_after_a_refusal_reports_it():
    text = (
        "Die Lage der Presse ist umstritten. Außenminister Shukri wies am Sonntag Vorwürfe der Missachtung "
        "der Pressefreiheit zurück. In Ägypten säßen keine Journalisten wegen ihrer Meinung im Gefängnis."
    )
    assert _found(text) == [("In Ägypten säßen keine J", "Außenminister Shukri")]


def test_the_sentence_after_a_plural_konjunktiv_two_goes_on_too():
    text = (
        'Die Zahlen steigen wieder. Auch Rexroth betonte: "Dieses Geschehen macht uns Sorge." Anders als '
        "befürchtet beträfen die Neuinfektionen aber nicht vor allem Reiserückkehrer. Der größte Teil habe "
        "sich in Deutschland angesteckt."
    )
    found = _found(text)
    assert ("Anders als befürchtet be", "Rexroth") in found
    assert ("Der größte Teil habe sic", "Rexroth") in found


def test_the_singular_of_the_authors_conditional_is_no_speech():
    text = (
        "Die Veranstaltungen sind begrenzt, sagte der Sprecher. In Berlin gilt eine Obergrenze von 5000 "
        "Personen. Das beträfe die Heimspiele gegen Frankfurt und Stuttgart."
    )
    assert _found(text) == [("Die Veranstaltungen sind", "Sprecher")]


def test_a_shared_form_between_two_statements_of_one_speaker_is_theirs():
    text = (
        "Der Verband forderte Konsequenzen. Der Einkauf mit Maske sei eine sichere Angelegenheit, sagte der "
        'Hauptgeschäftsführer. "2G beim Einkaufen bringt uns im Kampf gegen die Pandemie nicht weiter", '
        "betonte er. Die aktuellen Regelungen schreckten Kunden ab und erforderten hohen Personaleinsatz. "
        "Die Bändchenregelung müsse bundesweit zugelassen werden, forderte er."
    )
    assert ("Die aktuellen Regelungen", "er") in _found(text)
