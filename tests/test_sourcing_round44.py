"""Who speaks, forty-fourth speaker round (docs/accuracy.md, "speaker round 44"): which mention is the
span (gold convention 4, the mention in the quote's own sentence). (1) A reported clause or a one-sentence
quote after a colon introduction that ends in its own inquit ("Dagegen bezweifelt Arbeitswissenschaftler
Thomas Langhoff: Eine Erhöhung … werde …, schreibt er."; "Gabi Eutemüller … nennt die Hürden: „…“, berichtet
die Kauffrau") takes the inquit's mention ("er", "Kauffrau"; a role without a name keeps the person the
introduction names), and the Konjunktiv after it goes on from there; a quotation of several sentences keeps
the colon's subject ("Klemmer unterstrich: „… . …“, betonte er."). (2) A block quotation after a colon whose
own sentence names the same speaker again ("…, warnte er davor: ¶ Ein Informationskrieg … sei im Gange, so
der Kremlchef.") takes that mention, "Kremlchef", with the person of the introduction (Wladimir Putin);
another person named there does not take the block quotation over. Real German sentences in (dev12's WAZ
article on the fire brigade's retirement age and ZDF's on Putin's "Dekolonisierung", dev10's Abendblatt
article on fruit imports, dev5's GdP release), the spans and persons out; each fails without its rule, the
guards without their exclusion."""

import pytest

from tests.test_sourcing_cross_set import speakers

LANGHOFF = (
    "Dagegen bezweifelt Arbeitswissenschaftler Thomas Langhoff von der Hochschule Niederrhein: Eine "
    "Erhöhung des Rentenalters werde das Problem des Fachkräftemangels nicht lösen, schreibt er. Das habe "
    "sich bereits vor 20 Jahren gezeigt, als aus demselben Grund das Pensionsalter bei der Polizei "
    "heraufgesetzt wurde."
)

KREMLCHEF = (
    "Im wohl prachtvollsten Raum des Kremlpalasts hat Wladimir Putin gestern die Sitzung zur "
    "Nationalitätenpolitik abgehalten. Darin beschwor er die Einheit Russlands und warnte davor, Russland "
    "von außen zu zerschlagen:\n\nEin Informationskrieg von außen gegen sein Land sei im Gange, so der "
    "Kremlchef. Es handele sich um eine Ideologie aggressiver Russophobie."
)


def test_inquit_after_the_colon_names_the_speaker_of_its_sentence() -> None:
    found = speakers(LANGHOFF)
    assert [(span, person) for _, _, span, person in found] == [
        ("er", "Arbeitswissenschaftler Thomas Langhoff"),
        ("er", "Arbeitswissenschaftler Thomas Langhoff"),
    ]


def test_colon_introduction_without_inquit_keeps_its_subject() -> None:
    text = (
        "Dagegen bezweifelt Arbeitswissenschaftler Thomas Langhoff von der Hochschule Niederrhein, dass eine "
        "Erhöhung des Rentenalters das Problem lösen werde."
    )
    assert [span for _, _, span, _ in speakers(text)] == ["Arbeitswissenschaftler Thomas Langhoff"]


def test_block_quotation_takes_its_own_sentences_mention() -> None:
    found = speakers(KREMLCHEF)
    block = [(label, span, person) for label, first, span, person in found if first.startswith("Ein")]
    after = [(span, person) for _, first, span, person in found if first.startswith("Es handele")]
    assert block == [("direct", "Kremlchef", "Wladimir Putin")]
    assert after == [("Kremlchef", "Wladimir Putin")]


@pytest.mark.parametrize(
    "other",
    [
        pytest.param("so Bundeskanzler Olaf Scholz", id="a registered other person"),
        pytest.param("so ein Beobachter", id="an unregistered role"),
    ],
)
def test_block_quotation_does_not_change_hands(other: str) -> None:
    text = KREMLCHEF.replace("so der Kremlchef", other)
    block = [(span, person) for _, first, span, person in speakers(text) if first.startswith("Ein")]
    assert block == [("er", "Wladimir Putin")]


KAUFFRAU = (
    "Gabi Eutemüller, die bei der Ingmar Heuer GmbH den Import von Früchten organisiert, nennt die Hürden "
    "für den globalen Handel mit Lebensmitteln: „Die Luftfrachtkosten sind um das drei- bis Fünffache "
    "gestiegen“, berichtet die Kauffrau, die Abnehmer wie Globus und Edeka beliefert. Das verteuere die "
    "Mangos aus Peru genauso wie Papayas aus Brasilien."
)


def test_quote_after_the_colon_takes_its_own_inquit() -> None:
    assert [(label, span, person) for label, _, span, person in speakers(KAUFFRAU)] == [
        ("direct", "Kauffrau", "Gabi Eutemüller"),
        ("indirect", "Kauffrau", "Gabi Eutemüller"),
    ]


def test_quotation_of_several_sentences_keeps_the_colons_subject() -> None:
    text = (
        "Klemmer unterstrich: „Mittlerweile ist der warme Applaus aus allerlei Ecken längst verklungen. Die "
        "Arbeitgeber wollen weder die Leistung der Beschäftigten anerkennen noch die Preisentwicklung zur "
        "Kenntnis nehmen“, betonte er."
    )
    assert [span for _, _, span, _ in speakers(text)] == ["Klemmer"]
