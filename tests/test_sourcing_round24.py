"""Who speaks, twenty-fourth speaker round (README, "Accuracy on real news"): the largest classes of
quotes given a wrong person on the Petersen-Frey & Biemann train split. A verb right after the comma
that closes an apposition to the sentence's opening phrase stands in second place, so the phrase after
it is its object ("X, Sprecher der Y, forderte die Militärjunta auf"); a role set off by commas before
a name names the person a later quotation goes on with; an indicative main clause with its own subject
ends the last speaker's reported speech ("Journalisten beschweren sich …, nur die Reporter … seien
zugelassen"); a comparative or superlative with an umlaut is an adjective ("Der ältere Bruder").
Real German sentences in, the speakers out."""

import pytest

from framing.model import Token
from framing.speakers import is_adjective
from tests.test_sourcing_cross_set import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Bei dem Umsturz waren nach Angaben der Militärjunta zehn Personen ums Leben gekommen. Bazoum "
            "Mohammed, Sprecher der oppositionellen Gruppierung CFDR, forderte die Militärjunta bei der "
            "Kundgebung dazu auf, alsbald zur Demokratie zurückzukehren.",
            [
                ("indirect", "Bei dem Umsturz", "Militärjunta", "Militärjunta"),
                ("indirect", "Bazoum Mohammed, Sprecher", "Bazoum Mohammed", "Bazoum Mohammed"),
            ],
            id="PFB train: the name before the apposition, not the object after the verb",
        ),
        pytest.param(
            "Unterstützung haben auch die Vereinigten Staaten angeboten. Das Staatsoberhaupt Neuseelands, "
            "die britische Königin Elisabeth II., bat Premierminister Key, ihre „tiefe Anteilnahme den "
            "Familien zu übermitteln“.",
            [
                (
                    "partial",
                    "tiefe Anteilnahme den",
                    "Staatsoberhaupt Neuseelands",
                    "Staatsoberhaupt Neuseelands",
                )
            ],
            id="PFB train: a role with its apposition before 'bat', the prime minister asked",
        ),
        pytest.param(
            "Seinem Kollegen, dem Minister, sagte er: „Das geht so nicht.“",
            [
                ("indirect", "Seinem Kollegen, dem", "er", "Minister"),
                ("direct", "Das geht so", "er", "Minister"),
            ],
            id="a pronoun after the verb is its subject: the phrase before the commas is an object",
        ),
        pytest.param(
            "„Ich bin müde“, sagte der Papst. Der ältere Bruder des Papstes, Georg Ratzinger, war nach "
            "eigenem Bekunden seit langem eingeweiht. „Mein Bruder wünscht sich im Alter mehr Ruhe.“",
            [
                ("direct", "Ich bin müde", "Papst", "Papst"),
                ("direct", "Mein Bruder wünscht", "Georg Ratzinger", "Georg Ratzinger"),
            ],
            id="PFB train: the role's name set off by commas is whom the sentence is about",
        ),
        pytest.param(
            "Die Behörden gehen von einem terroristischen Hintergrund aus, hieß es. Journalisten beschweren "
            "sich unterdessen über massive Behinderungen der Berichterstattung, nur die Reporter des "
            "staatlichen Fernsehkanals Rossija seien zugelassen.",
            [
                ("indirect", "Die Behörden gehen", "Behörden", "Behörden"),
                ("indirect", "Journalisten beschweren sich", "Journalisten", "Journalisten"),
            ],
            id="PFB train: the journalists complain, the authorities said something else before",
        ),
        pytest.param(
            "Der stellvertretende Ministerpräsident Suthep Thaugsuban sagte, die Regierung werde nicht mit "
            "Gewalt vorgehen. Die Demonstranten der UDD beabsichtigten, die Regierung zu provozieren, in "
            "diese Falle werde man jedoch nicht gehen.",
            [
                (
                    "indirect",
                    "Der stellvertretende Ministerpräsident",
                    "stellvertretende Ministerpräsident Suthep Thaugsuban",
                    "stellvertretende Ministerpräsident Suthep Thaugsuban",
                ),
                ("indirect", "Die Demonstranten der", "Demonstranten der UDD", "Demonstranten der UDD"),
            ],
            id="PFB train: an indicative main clause with a new subject before the Konjunktiv",
        ),
        pytest.param(
            "Der Minister sagte, das Gesetz sei gut. Seine Frau ist mehrfach operiert worden, und er wolle "
            "sie nun begleiten.",
            [
                ("indirect", "Der Minister sagte,", "Minister", "Minister"),
                ("indirect", "Seine Frau ist", "Minister", "Minister"),
            ],
            id="a pronoun opening the Konjunktiv clause goes on with the last speaker",
        ),
        pytest.param(
            "Der Sender sagte, nur zehn Kandidaten dürften auftreten. Trump würde sich kaum an die Regel "
            "halten, all das garantiere Aufmerksamkeit.",
            [
                ("indirect", "Der Sender sagte,", "Sender", "Sender"),
                ("indirect", "Trump würde sich", "Sender", "Sender"),
            ],
            id="Konjunktiv II in the main clause: no indicative, the last speaker goes on",
        ),
        pytest.param(
            "Der Sprecher sagte, man habe die Lage im Griff. Viele Sender bedeuten, dass viele Interessen "
            "befriedigt werden müssten.",
            [
                ("indirect", "Der Sprecher sagte,", "Sprecher", "Sprecher"),
                ("indirect", "Viele Sender bedeuten,", "Sprecher", "Sprecher"),
            ],
            id="a generic subject ('Viele …') names no source",
        ),
    ],
)
def test_speakers(text: str, expected: list) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "lemma", "expected"),
    [
        ("ältere", "alt", True),
        ("jüngsten", "jung", True),
        ("größere", "groß", True),
        ("Ältere", "alt", False),
    ],
)
def test_umlaut_comparative_is_adjective(text: str, lemma: str, expected: bool) -> None:
    assert is_adjective(Token(0, len(text), text, lemma, "word", 0)) is expected
