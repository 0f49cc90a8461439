"""Numbers and claims: German number formats, units, measures from cue words, reference years, and
the seeds' trade figures (AFP 2021 vs FR "im vergangenen Jahr" = 2023: different years, no contradiction)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.compare.numbers import (
    compare_quantities,
    find_quantities,
    load_quantities,
    parse_number,
)
from framing.pipeline import analyze_documents, demo_documents, doc_from_text


@pytest.fixture(scope="module")
def seed_docs():
    return analyze_documents(demo_documents()).docs


def quantities(text, date=None, outlet=None):
    doc = doc_from_text(text, annotate=False, outlet=outlet)
    doc.article.date = date
    return find_quantities(doc)


def test_seed_trade_volumes_are_from_different_years(seed_docs):
    afp = next(d for d in seed_docs if d.article.outlet == "AFP")
    fr_2024 = next(d for d in seed_docs if d.article.date == "2024-04-09")
    (comparison,) = [c for c in compare_quantities([afp, fr_2024]) if c.measure == "trade_volume"]
    assert comparison.unit == "USD"
    assert comparison.status == "different years"
    by_outlet = {value.outlet: value for value in comparison.values}
    assert by_outlet["AFP"].value == pytest.approx(1.47e11)
    assert by_outlet["AFP"].year == 2021
    assert by_outlet["AFP"].year_source == "text"
    assert by_outlet["AFP"].text == "147 Milliarden Dollar"
    assert "Handelsvolumen" in by_outlet["AFP"].sentence
    fr = by_outlet["Frankfurter Rundschau"]
    assert fr.value == pytest.approx(2.4e11)
    assert (fr.year, fr.year_source, fr.qualifier) == (2023, "relative", "more than")
    assert fr.text == "mehr als 240 Milliarden US-Dollar"
    assert fr_2024.text[fr.start : fr.end] == fr.text
    assert "im vergangenen Jahr" in fr.sentence
    assert fr_2024.text[fr.sentence_start : fr.sentence_end] == fr.sentence
    (pair,) = comparison.pairs
    assert pair.status == "different years"


def test_whole_demo_corpus_compares_only_the_trade_volume(seed_docs):
    comparisons = compare_quantities(seed_docs)
    assert [(c.measure, c.unit, c.status) for c in comparisons] == [
        ("trade_volume", "USD", "different years")
    ]


def test_afp_seed_quantities(seed_docs):
    afp = next(d for d in seed_docs if d.article.outlet == "AFP")
    found = {q.text: q for q in find_quantities(afp)}
    euro = found["rund 141,4 Milliarden Euro"]
    assert euro.value == pytest.approx(1.414e11)
    assert (euro.unit, euro.qualifier, euro.conversion) == ("EUR", "about", True)
    assert (euro.measure, euro.year) == ("trade_volume", 2021)  # a conversion of the dollar figure
    growth = found["mehr als 30 Prozent"]
    assert (growth.value, growth.unit, growth.measure) == (30.0, "percent", "growth")
    assert (growth.year, growth.since) == (None, 2019)  # "seit 2019": a period, not the year
    assert not any(q.value in (2019, 2021, 24) for q in found.values())  # years and "24. Februar"


def test_casualties_and_injured_in_one_sentence(seed_docs):
    fr_2024 = next(d for d in seed_docs if d.article.date == "2024-04-09")
    people = [(q.value, q.unit, q.measure, q.cue) for q in find_quantities(fr_2024) if q.unit == "people"]
    assert people == [(144.0, "people", "casualties", "getötet"), (551.0, "people", "injured", "verletzt")]
    assert 22 not in [q.value for q in find_quantities(fr_2024)]  # "am 22. März"


def test_german_number_formats():
    assert parse_number("141,4") == pytest.approx(141.4)
    assert parse_number("1.500") == 1500
    assert parse_number("1.500.000,5") == pytest.approx(1_500_000.5)
    assert parse_number("2.5") == 2.5
    (q,) = quantities("Die Hilfe beträgt 141,4 Milliarden Euro.")
    assert (q.value, q.unit, q.text) == (pytest.approx(1.414e11), "EUR", "141,4 Milliarden Euro")
    (q,) = quantities("Die Zustimmung lag bei 30 Prozent.")
    assert (q.value, q.unit, q.measure) == (30.0, "percent", "poll")
    (q,) = quantities("Rund 1.500 Soldaten wurden verlegt.")
    assert (q.value, q.unit, q.measure, q.qualifier) == (1500.0, "people", "troops", "about")
    (q,) = quantities("Das kostet $5 Mrd.")
    assert (q.value, q.unit) == (5e9, "USD")
    (q,) = quantities("Das kostet 5 Pfund  Sterling.")
    assert (q.value, q.unit) == (5.0, "GBP")
    (q,) = quantities("Die Inflation lag bei 7,9 %.")
    assert (q.value, q.unit, q.measure) == (pytest.approx(7.9), "percent", "inflation")
    (q,) = quantities("Drei Millionen Menschen sind geflohen.")
    assert (q.value, q.unit, q.measure) == (3e6, "people", "refugees")
    (q,) = quantities("Russland lieferte eine Milliarde Kubikmeter Gas.")
    assert (q.value, q.unit, q.measure) == (1e9, "m³", "energy_supply")


def test_dates_and_times_are_not_quantities():
    assert quantities("Das Treffen fand am 15. Juni statt.") == []
    assert quantities("Das Treffen fand am 3. Jänner und am 4. Sept. statt.") == []  # data/months.toml
    assert quantities("2021 war ein schwieriges Jahr.") == []
    assert quantities("Im Jahr 2021 trafen sie sich um 10:30 Uhr, am 15.06.2022 wieder.") == []
    assert quantities("Die 1990er Jahre und 5G-Netze.") == []
    assert [q.value for q in quantities("Rund 2000 Menschen kamen.")] == [2000.0]  # a count


def test_reference_years():
    (q,) = quantities("Im vergangenen Jahr stieg der Handel auf 200 Milliarden Dollar.", date="2024-04-09")
    assert (q.year, q.year_source, q.measure) == (2023, "relative", "trade_volume")
    (q,) = quantities("In diesem Jahr soll der Handel 250 Milliarden Dollar erreichen.", date="2024-04")
    assert (q.year, q.year_source) == (2024, "relative")
    (q,) = quantities("Im vergangenen Jahr stieg der Handel auf 200 Milliarden Dollar.")  # no article date
    assert (q.year, q.year_source) == (None, None)
    (q,) = quantities("Der Handel erreichte im Jahr 2021 laut Zoll 147 Milliarden Dollar.")
    assert (q.year, q.year_source) == (2021, "text")
    first, second = quantities("2021 starben 10 Menschen, 2022 waren es 20 Menschen.")
    assert (first.year, second.year) == (2021, 2022)


def test_ranges_take_the_unit_of_their_second_number():
    first, second = quantities("Der Handel lag zwischen 2 und 3 Milliarden Dollar.")
    assert (first.value, first.unit, second.value, second.unit) == (2e9, "USD", 3e9, "USD")


def test_status_same_and_differs():
    def doc(text, outlet):
        made = doc_from_text(text, annotate=False, outlet=outlet)
        made.article.date = "2024-04-10"
        return made

    same = compare_quantities(
        [
            doc("Der Handel erreichte 2023 rund 240 Milliarden Dollar.", "A"),
            doc("Der Handel lag 2023 bei 242 Milliarden Dollar.", "B"),
        ]
    )
    assert [c.status for c in same] == ["same"]
    differs = compare_quantities(
        [
            doc("Der Handel erreichte 2023 rund 240 Milliarden Dollar.", "A"),
            doc("Der Handel lag 2023 bei 190 Milliarden Dollar.", "B"),
            doc("Der Handel lag 2022 bei 190 Milliarden Dollar.", "A"),
        ]
    )
    (comparison,) = differs
    assert comparison.status == "differs"
    assert sorted(p.status for p in comparison.pairs) == ["differs", "same"]  # A-2022 vs B-2023: same value
    assert comparison.to_dict()["values"][0]["outlet"] == "A"
    one_outlet = compare_quantities([doc("Der Handel lag 2023 bei 190 Milliarden Dollar.", "A")] * 2)
    assert one_outlet == []


def test_registry_has_provenance_and_measures():
    registry = load_quantities()
    assert {"trade_volume", "casualties", "growth"} <= set(registry.measures)
    assert registry.units["US-Dollar"][0] == "USD"
    assert registry.scales["Milliarden"] == 1e9


NUMBER_WORD_KEYS = [*load_quantities().words.numbers, *load_quantities().words.articles]
FRAGMENTS = [
    "141,4", "1.500", "2021", "15.", "Juni", "10:30", "Uhr", "Milliarden", "Mio.", "Dollar", "Euro", "€", "$",
    "Prozent", "%", "Menschen", "Tote", "mehr als", "rund", "seit", "im vergangenen Jahr", "(", ")", ",", ".",
    "-", "bis", "und", "drei", "eine", "Handel", "gestiegen", "\n", "\n\n", "7.30", "1990er", "US-Dollar",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(FRAGMENTS), st.text(alphabet="0123456789.,: -aZ", max_size=6)), max_size=30
    ),
    st.sampled_from([" ", "", "  "]),
    st.sampled_from([None, "2024-04-09", "2022-06", "garbage"]),
)
def test_fuzz_find_quantities_never_raises_and_offsets_are_exact(fragments, separator, date):
    text = separator.join(fragments)
    doc = doc_from_text(text, annotate=False)
    doc.article.date = date
    for q in find_quantities(doc):
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        lowered = q.text.lower()
        assert any(c.isdigit() for c in q.text) or any(word in lowered for word in NUMBER_WORD_KEYS)
        assert 0 <= q.sentence < len(doc.sentences)
