"""benchmarks/speech_verbs.py reads the words that introduce speech or writing from a Redewiedergabe
column file: a finite verb with its separated particle joined in front, a participle by its lemma, a
noun; thought alone is not counted."""

from benchmarks.speech_verbs import rw_introducers

HEADER = "tok\tnormtok\tlemma\tpos\trfpos\tsentstart\tstwr\tframe\tspeaker\tintexpr\tnote"


def _file(rows: list[tuple[str, str, str, str, str]]) -> str:
    """A column file of (token, lemma, pos, stwr, intexpr) rows, the other columns empty ("-")."""
    lines = [HEADER]
    for token, lemma, pos, stwr, intexpr in rows:
        lines.append("\t".join([token, token, lemma, pos, "-", "no", stwr, "-", "-", intexpr, "-"]))
    return "\n".join(lines) + "\n"


def test_particle_joined_and_thought_left_out() -> None:
    text = _file(
        [
            ("Der", "der", "ART", "-", "-"),
            ("Minister", "Minister", "NN", "-", "-"),
            ("teilte", "teilen", "VVFIN", "-", "intexpr.1"),
            ("mit", "mit", "PTKVZ", "-", "intexpr.1"),
            (",", "--", "$,", "-", "-"),
            ("er", "er", "PPER", "indirect.speech.1", "-"),
            ("komme", "kommen", "VVFIN", "indirect.speech.1", "-"),
            (".", "--", "$.", "-", "-"),
            ("Sie", "sie", "PPER", "-", "-"),
            ("dachte", "denken", "VVFIN", "-", "intexpr.2"),
            (",", "--", "$,", "-", "-"),
            ("es", "es", "PPER", "indirect.thought.2", "-"),
            ("regne", "regnen", "VVFIN", "indirect.thought.2", "-"),
            (".", "--", "$.", "-", "-"),
            ("Laut", "laut", "APPR", "-", "intexpr.3"),
            ("Bericht", "Bericht", "NN", "-", "intexpr.3"),
            ("sei", "sein", "VAFIN", "indirect.writing.3", "-"),
            ("alles", "alles", "PIS", "indirect.writing.3", "-"),
            ("gut", "gut", "ADJD", "indirect.writing.3", "-"),
            (".", "--", "$.", "-", "-"),
            ("Er", "er", "PPER", "-", "-"),
            ("hat", "haben", "VAFIN", "-", "-"),
            ("ihn", "er", "PPER", "reported.speech.4", "-"),
            ("gelobt", "loben", "VVPP", "-", "intexpr.4"),
        ]
    )
    assert sorted(rw_introducers(text)) == [
        ("bericht", "quoted"),
        ("laut", "quoted"),
        ("loben", "reported"),
        ("mitteilen", "quoted"),
    ]
