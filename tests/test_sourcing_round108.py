"""Speaker round 108 (docs/accuracy.md, "Speaker round 108 (spk108)"): an interviewer's question turn is the
outlet's own voice (gold README, "The interview set"). Reported speech there that the question gives to the
one it asks ("Haben Sie …?", "Wer hat Ihrer Meinung nach recht?"), or that goes on from a speaker named before
the question's label, is no quote; a third party the question quotes keeps its speech, and the answers stay
the interviewee's. German sentences written after the interviews of gnad1000 and fang4 in, the quotes out."""

from .test_sourcing_cross_set import speakers

INTERVIEW = (
    "Die Stadt braucht mehr Pflegekräfte, sagt die Bürgermeisterin Jana Roth. "
    "Sie regiert seit 2019 in Kassel.\n\n"
    "STANDARD: Vor zwei Wochen wurde der Haushalt beschlossen; im Herbst soll er in Kraft treten. "
    "Was ändert sich?\n\n"
    "Roth: Wir stellen zwanzig Pflegerinnen ein. Das ist ein Anfang.\n\n"
    "STANDARD: Haben Sie damals selbst daran geglaubt, dass der Rat zustimmt?\n\n"
    "Roth: Nein, ich war skeptisch.\n\n"
    "STANDARD: Die Gewerkschaft Verdi kritisiert, die Stadt stelle viel zu spät ein. "
    "Wer hat Ihrer Meinung nach recht?\n\n"
    "Roth: Beide ein bisschen. Wir hätten früher handeln müssen.\n\n"
    "STANDARD: Der Kämmerer sagt, das Geld reiche nur bis März – stimmt das?\n\n"
    "Roth: Das stimmt leider."
)


def test_a_question_gives_no_quote_and_a_third_party_in_it_keeps_its_speech():
    assert [(label, words, span) for label, words, span, _ in speakers(INTERVIEW)] == [
        ("indirect", "Die Stadt braucht", "Bürgermeisterin Jana Roth"),
        ("direct", "Wir stellen zwanzig", "Roth"),
        ("direct", "Nein, ich war", "Roth"),
        ("indirect", "STANDARD: Die Gewerkschaft", "Gewerkschaft Verdi"),
        ("direct", "Beide ein bisschen.", "Roth"),
        ("indirect", "STANDARD: Der Kämmerer", "Kämmerer"),
        ("direct", "Das stimmt leider.", "Roth"),
    ]


def test_the_interviewers_narration_does_not_go_on_with_the_leads_speaker():
    assert not [q for q in speakers(INTERVIEW) if q[1].startswith("STANDARD: Vor")]


def test_the_question_asking_sie_gives_no_quote():
    assert not [q for q in speakers(INTERVIEW) if q[2] in ("Sie", "Ihrer")]


def test_a_normal_articles_questions_keep_their_speakers():
    text = (
        "„Wer soll das bezahlen?“, fragte die Bürgermeisterin Jana Roth im Rat. Der Kämmerer sagt, das Geld "
        "reiche nur bis März – stimmt das?"
    )
    assert [(label, span) for label, _, span, _ in speakers(text)] == [
        ("direct", "Bürgermeisterin Jana Roth"),
        ("indirect", "Kämmerer"),
    ]
