"""The inter-annotator agreement benchmark: a fixed sample of dev speech quotes, read from no held-out set."""

import json

import pytest

from benchmarks import agreement
from benchmarks.speakers import SPEECH_KINDS, GoldQuote

HELD_OUT = ("test", "test2", "test3", "dev9")
TEXT = (
    "Die Ermittler hören den Beamten. Der Beamte bekennt sich nicht schuldig. "
    "Er habe die Frau zwar wahrgenommen. "
    "„Das stimmt nicht“, sagte der Minister Hans Niessl. Die Firma warte laut Kristján Loftsson noch."
)


def quote(fragment: str) -> GoldQuote:
    start = TEXT.index(fragment)
    return GoldQuote("a", start, start + len(fragment), "indirect")


def test_the_sample_is_the_same_on_every_run_and_25_speech_quotes_of_each_set():
    first, second = agreement.sample(), agreement.sample()
    assert [(s, n, q.article, q.start) for s, n, q in first] == [
        (s, n, q.article, q.start) for s, n, q in second
    ]
    assert [s for s, _, _ in first] == [s for s in agreement.SAMPLE_SPLITS for _ in range(25)]
    assert all(q.kind in SPEECH_KINDS for _, _, q in first)
    assert len({(q.article, q.start, q.end) for _, _, q in first}) == 100


def test_another_seed_draws_another_sample():
    other = agreement.sample(seed=agreement.SEED + 1)
    assert [q.start for _, _, q in other] != [q.start for _, _, q in agreement.sample()]


def test_sampling_opens_only_the_four_dev_gold_files(monkeypatch):
    opened = []
    real = agreement.load_gold
    monkeypatch.setattr(agreement, "load_gold", lambda path: opened.append(path.name) or real(path))
    agreement.sample()
    assert opened == [f"quotes_{split}.jsonl" for split in ("dev2", "dev5", "dev7", "dev8")]
    assert not set(agreement.SAMPLE_SPLITS) & set(HELD_OUT)


def test_the_blind_view_shows_the_quote_but_no_gold_label():
    clause = quote("Er habe die Frau zwar wahrgenommen.")
    row = GoldQuote("a", clause.start, clause.end, "indirect", 4, 10, "Bernhard H.", "authority")
    view = agreement.show([("dev2", 0, row)], {"a": TEXT})
    assert "⟦Er habe die Frau zwar wahrgenommen.⟧" in view
    assert "Bernhard" not in view and "authority" not in view and "indirect" not in view


def test_speaker_words_are_located_before_after_or_inside_the_quote_as_whole_words():
    with pytest.raises(ValueError):
        agreement.locate(TEXT, "Er", quote("Er habe die Frau"))  # "Ermittler" is no word "Er"
    start, end = agreement.locate(TEXT, "Minister Hans Niessl", quote("Das stimmt nicht"), where="after")
    assert TEXT[start:end] == "Minister Hans Niessl"
    whole = quote("Die Firma warte laut Kristján Loftsson noch.")
    start, end = agreement.locate(TEXT, "Kristján Loftsson", whole, where="inside")
    assert whole.start < start < whole.end
    start, end = agreement.locate(TEXT, "Beamte", quote("Er habe die Frau"))  # not "Beamten"
    assert TEXT[start - 4 : end + 1] == "Der Beamte "


def test_cohens_kappa_corrects_raw_agreement_for_chance():
    assert agreement.cohen_kappa([("a", "a"), ("b", "b")]) == 1.0
    # raw 50 %, but both label "a" half the time: no better than chance
    assert agreement.cohen_kappa([("a", "a"), ("a", "b"), ("b", "a"), ("b", "b")]) == 0.0
    assert agreement.cohen_kappa([("a", "a"), ("a", "a")]) is None  # one label only: undefined


def test_person_and_span_agree_by_speakers_normalisation():
    said = quote("Das stimmt nicht")
    name = TEXT.index("Minister Hans Niessl")
    gold = GoldQuote("a", said.start, said.end, "direct", name, name + 20, "Hans Niessl", "government")
    mine = {
        "speaker_start": name - 4,
        "speaker_end": name + 20,
        "person": "Niessl",
        "source_type": "government",
    }
    assert TEXT[name - 4 : name + 20] == "der Minister Hans Niessl"
    assert agreement.same_person(mine, gold, TEXT)
    assert agreement.same_span(mine, gold, TEXT)  # the leading article is stripped
    other = {"speaker_start": 0, "speaker_end": 10, "person": "Beamte", "source_type": "authority"}
    assert not agreement.same_person(other, gold, TEXT)


def test_the_second_annotation_covers_the_sample_and_holds_no_text():
    chosen = agreement.sample()
    rows = [json.loads(line) for line in agreement.SECOND.read_text(encoding="utf-8").splitlines()]
    assert [r["n"] for r in rows] == list(range(100))
    for row, (split, number, gold) in zip(rows, chosen, strict=True):
        assert (row["split"], row["row"], row["article"], row["start"], row["end"]) == (
            split,
            number,
            gold.article,
            gold.start,
            gold.end,
        )
        assert row["kind"] in SPEECH_KINDS and row["source_type"]
        assert set(row) == {
            *("n", "split", "row", "article", "start", "end", "kind"),
            *("speaker_start", "speaker_end", "person", "source_type"),
        }


def test_compare_reports_each_set_all_and_the_quotes_the_readme_names_apart():
    said = quote("Das stimmt nicht")
    name = TEXT.index("Minister Hans Niessl")
    gold = GoldQuote("a", said.start, said.end, "direct", name, name + 20, "Hans Niessl", "government")
    named, free = sorted(agreement.NAMED_IN_README)[0], min(set(range(100)) - agreement.NAMED_IN_README)
    chosen = [("dev2", n, gold) for n in range(100)]
    mine = {"speaker_start": name, "speaker_end": name + 20, "person": "Hans Niessl", "kind": "direct"}
    second = [
        {"n": named, **mine, "source_type": "government"},
        {"n": free, **mine, "source_type": "parliament"},  # the type differs
    ]
    result = agreement.compare(second, chosen, {"a": TEXT})
    assert list(result["summary"]) == ["dev2", "all", "named in README", "not named"]
    assert result["summary"]["all"]["type"] == 0.5 and result["summary"]["all"]["exact_span"] == 1.0
    assert result["summary"]["named in README"]["type"] == 1.0
    assert result["summary"]["not named"]["type"] == 0.0
    assert len(result["disagreements"]) == 1 and "parliament" in result["disagreements"][0]
