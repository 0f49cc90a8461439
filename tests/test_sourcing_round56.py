"""Who speaks, fifty-sixth speaker round (docs/accuracy.md, "speaker round 56"): impersonal inquits whose
source the sentence before names. "„…“, hieß es." and "…, heißt es weiter." with no source of their own
take the speaker of the sentence before (its verb of saying's subject or its "laut X"); a written
document with no owner after "hieß es in" ("in einer Aussendung", "in den Unterlagen") speaks for that
source, its span kept at the document (gold convention 8). Not "so heißt es" (hearsay), not a name
("Der Film heißt …"), not a claim noun taken for the subject before ("Rabmer-Kollers Blockade-Vorwurf weist
die Ärztekammer zurück"). Real German sentences in (dev8, dev12, gnad1000), the speakers out."""

import pytest

from framing.measures import sourcing
from tests.test_sourcing_cross_set import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # dev12
            "Die Besatzung soll größtenteils aus russischen Seeleuten bestehen. Das russische "
            'Außenministerium forderte eine ungehinderte Heimkehr der Seeleute. "Angesichts der Berichte, '
            "dass russische Bürger zur Besatzung gehören, verlangen wir von der amerikanischen Seite eine "
            'würdige Behandlung", hieß es.',
            [
                (
                    "direct",
                    "Angesichts der Berichte,",
                    "russische Außenministerium",
                    "russische Außenministerium",
                )
            ],
            id="hieß es after the source's own sentence",
        ),
        pytest.param(  # dev8
            "Gleichzeitig verspricht Miyamoto damit Fans ein Serien-Comeback. Star Fox Zero bringt ein neues "
            "Gameplay und Erfahrungen mit sich, heißt es weiter.",
            [("indirect", "Star Fox Zero", "Miyamoto", "Miyamoto")],
            id="heißt es weiter",
        ),
        pytest.param(  # gnad1000
            "Der Wiener Krankenanstaltenverbund (KAV) hat die Vorwürfe am Samstag zurückgewiesen. Alle "
            "Vorgänge seien korrekt, hieß es in einer Aussendung.",
            [("indirect", "Alle Vorgänge seien", "einer Aussendung", "Wiener Krankenanstaltenverbund")],
            id="an indefinite document speaks for the source before",
        ),
        pytest.param(  # gnad1000
            "Der Rechnungshof kritisiert noch eine Beilage der BIG, die über die Presse vertrieben wurde. "
            "Die Kosten von 39.000 Euro wurden der KommAustria nicht gemeldet, heißt es.",
            [("indirect", "Die Kosten von", "Rechnungshof", "Rechnungshof")],
            id="heißt es after a verb of criticism, not the object in the clause",
        ),
    ],
)
def test_impersonal_inquit_takes_the_source_before(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Der Minister sagte am Montag, man sei zufrieden. Der neue Film heißt „Die Rückkehr“.",
            [
                ("indirect", "Der Minister sagte", "Minister", "Minister"),
                ("partial", "Die Rückkehr", None, None),
            ],
            id="heißen of a name",
        ),
        pytest.param(  # PFB train: the sentence's own speaker goes on
            "Die Bundesregierung reagierte am Montag auf den Anschlag. Regierungssprecher Steffen Seibert "
            "schrieb bei Twitter: „Das sind furchtbare Nachrichten aus Sankt Petersburg“, weiter hieß es, "
            "dass „unser Mitgefühl den Opfern gilt“.",
            [
                (
                    "direct",
                    "Das sind furchtbare",
                    "Regierungssprecher Steffen Seibert",
                    "Regierungssprecher Steffen Seibert",
                ),
                (
                    "partial",
                    "unser Mitgefühl den",
                    "Regierungssprecher Steffen Seibert",
                    "Regierungssprecher Steffen Seibert",
                ),
            ],
            id="hieß es after the sentence's own quotation",
        ),
    ],
)
def test_no_source_before(text, expected):
    assert speakers(text) == expected


def test_a_document_asks_for_the_source_before_once(monkeypatch):
    """A document after "hieß es in" whose sentence before names no speaker keeps its own words, and
    that sentence is read for a speaker once, not again for the document with no owner (gnad1000)."""
    asked = []
    source_before = sourcing._source_before

    def counted(context, sentence):
        asked.append(sentence)
        return source_before(context, sentence)

    monkeypatch.setattr(sourcing, "_source_before", counted)
    text = (
        "Wie viele Platten der Vertrag umfasst, wurde nicht mitgeteilt. Wenn die Summe voll ausgezahlt "
        "werde, wäre es der größte Plattenvertrag der Geschichte, hieß es in dem Bericht."
    )
    assert speakers(text) == [("indirect", "Wenn die Summe", "Bericht", "Bericht")]
    assert asked == [1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # dev10
            "Am Großmarkt wurden Hygienemaßnahmen noch einmal verschärft. In Dutzenden dieser Betriebe sei "
            "Kurzarbeit beantragt worden, weiß die Chefin des Großmarkts, Eliane Steinmeyer.",
            [("indirect", "In Dutzenden dieser", "Eliane Steinmeyer", "Eliane Steinmeyer")],
            id="weiß X after a clause in the Konjunktiv I",
        ),
        pytest.param(  # gnad1000
            "Reichelt verpasste das Podest um acht Hundertstel. Platz vier sei aber nicht nur für ihn "
            "selbst, sondern für die ganze Mannschaft wichtig, gab sich der Radstädter letztlich aufgeräumt.",
            [("indirect", "Platz vier sei", "Radstädter", "Radstädter")],
            id="gab sich X",
        ),
        pytest.param(  # dev7: the claim is its owner's, the court who rejects it speaks on
            "Die Einwendung des Anwalts, die Allgemeinverfügung sei in rechtswidriger Weise erlassen "
            "worden, ließ das OLG nicht gelten. Selbst wenn die Allgemeinverfügung unter rechtlichen "
            "Mängeln leide, so hätte der Anwalt diese nicht ignorieren dürfen. Damit sei das Bußgeld von "
            "100 EUR zu Recht festgesetzt worden.",
            [
                ("indirect", "die Allgemeinverfügung sei", "Anwalts", "Anwalts"),
                ("indirect", "Selbst wenn die", "OLG", "OLG"),
                ("indirect", "Damit sei das", "OLG", "OLG"),
            ],
            id="the court after an owned claim",
        ),
    ],
)
def test_unlisted_verb_after_reported_clause(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(  # gnad1000
            "Onisiwo versuchte es aus der Distanz, schoss aber daneben. Erst als es gegen Ende schon danach "
            "ausschaute, als ob der WAC dem 3:0 näher wäre als Mattersburg dem Anschlusstreffer, staubte der "
            "eingewechselte Ibser ab.",
            id="a Konjunktiv II of 'als ob' in the author's narration",
        ),
        pytest.param(  # gnad1000
            "Frontex hat dazu gar nicht das Mandat. Kritik, wonach die EU-Grenzschutzagentur Frontex den "
            "Schutz der Außengrenzen nicht wahrnehme, lässt Wojahn nicht gelten.",
            id="the content of a claim with no owner, rejected",
        ),
        pytest.param(  # gnad1000
            "Die Tech-Community an sich habe noch viel Arbeit vor sich. Der Vorstellung, dass Frauen einfach "
            "generell nicht an der Tech-Branche interessiert seien, teilt er nicht.",
            id="a dass clause of a noun, not shared",
        ),
    ],
)
def test_no_inquit_after_a_subordinate_clause(text):
    assert speakers(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # dev8
            "Scharapowa hatte am 8. März öffentlich gemacht, dass sie im Jänner bei den Australian Open "
            "positiv auf das Mittel Meldonium getestet worden war.",
            [("indirect", "Scharapowa hatte am", "Scharapowa", "Scharapowa")],
            id="öffentlich machen",
        ),
        pytest.param(  # dev5
            "Mit der Begründung, dass keine äußerlichen Anzeichen festzustellen seien, kam die Behörde "
            "zu dem Ergebnis, dass das Tier weiterhin in der Familie leben könne.",
            [("indirect", "Mit der Begründung,", "Behörde", "Behörde")],
            id="zu dem Ergebnis kommen",
        ),
        pytest.param(  # gnad1000
            "Eine Historikerkommission kam damals zum Schluss, dass der frühere UN-Generalsekretär zwar "
            "selbst keine Kriegsverbrechen begangen habe.",
            [
                (
                    "indirect",
                    "Eine Historikerkommission kam",
                    "Eine Historikerkommission",
                    "Eine Historikerkommission",
                )
            ],
            id="zum Schluss kommen",
        ),
        pytest.param(  # dev13
            "Ab 2033 sollen alle Gebäude in Deutschland den Energiestandard D besitzen. Doch das könnte "
            "teuer werden, fürchtet auch die CSU-Co-Vorsitzende Angelika Niebler und macht einen "
            "Gegenvorschlag.",
            [
                (
                    "indirect",
                    "Doch das könnte",
                    "CSU-Co-Vorsitzende Angelika Niebler",
                    "CSU-Co-Vorsitzende Angelika Niebler",
                )
            ],
            id="fürchten beside befürchten",
        ),
        pytest.param(  # gnad1000
            "Die Familien fürchten, ihre Angehörigen könnten von der Terrormiliz entführt worden sein.",
            [("indirect", "Die Familien fürchten,", "Familien", "Familien")],
            id="fürchten with its clause",
        ),
    ],
)
def test_verbs_and_frames_of_saying(text, expected):
    assert speakers(text) == expected


def test_a_conclusion_frame_needs_its_clause():
    assert speakers("Die Mannschaft kam zum Schluss noch einmal heran. Der Trainer war zufrieden.") == []
