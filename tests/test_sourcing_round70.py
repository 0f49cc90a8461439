"""Who speaks, seventieth speaker round (docs/accuracy.md, "Speaker round 70"): round 69's guarded licensed
given names with the list's gender problems fixed. A "sie" that is not singular (a plural or polite verb
form) reads a gender only the licensed list gives as none, as before the list; English given names of
either sex in news are left out of the list by its reviewed exclusions. German sentences in, speakers out."""

from framing.speakers import speech_words

from .sourcing_speakers import speakers


def test_a_plural_sie_reaches_a_person_named_by_a_licensed_name():
    text = (
        "Yanis Varoufakis hat mit einigen Mitstreitern in Berlin eine Bewegung gegründet. "
        "„Europa zerfällt“, sagen sie."
    )
    assert speakers(text) == [("sie", "Yanis Varoufakis")]


def test_a_singular_sie_still_passes_over_a_male_licensed_name():
    text = "Yanis Varoufakis hat in Berlin eine Bewegung gegründet. „Europa zerfällt“, sagt sie."
    assert speakers(text) == [("sie", "sie")]  # unresolved, as on round 69


def test_english_names_of_either_sex_are_left_out_of_the_list():
    given = speech_words().given
    for name in ("Peyton", "Payton", "Ashley", "Tracy"):
        assert name not in given
    assert given["Yanis"] == "m"
