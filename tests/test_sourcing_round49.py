"""Who speaks, forty-ninth speaker round (docs/accuracy.md, "speaker round 49"): continued speech, second
pass. (1) A sentence that ends with a colon and a paragraph break, quotes nothing and names a person or
body as its subject or as the subject of its verb of saying ("Die FN nimmt dazu wie folgt Stellung:",
"Dazu erklärt Patrick Dörr (LSVD):") introduces the unmarked paragraph after it, a block quotation whose
marks the page lost: its speaker is that subject; not a heading without a verb ("Zwangsabstiege und
Punktabzüge:") nor a subject that is no person or body ("Die zentralen Aussagen sind:"). (2) A block
quotation is its whole paragraph, up to a sentence with a quotation of its own, so that a sentence in it
with a verb of saying of its own ("Der LSVD fordert, dass …") stays the introduced speaker's. (3) A
quotation in the paragraph after such an introduction has its subject as speaker where it has no verb of
saying ("Auch Jacqueline Rioba von World Vision kennt solche Konflikte: ¶ „…“"). Real German sentences in
(dev5's FN statement, dev4's LSVD press release, dev9's Kakuma report, PFB train's Serie A article, PFB
dev's SPD manifesto, shortened), the speakers out; each fails without its rule, the guards without their
exclusion."""

from tests.test_sourcing_cross_set import speakers

FN = (
    "Warendorf (fn-press). Die Süddeutschen Zuchtverbände planen, gerade gekörte Hengste ungeprüft in das "
    "Hengstbuch I einzutragen. Die FN nimmt dazu wie folgt Stellung:\n\nDie Beschlüsse der Süddeutschen "
    "Zuchtverbände stehen im Widerspruch zu den Bestimmungen der Zuchtverbandsordnung (ZVO). Diese wird "
    "gemeinsam mit allen Zuchtverbänden verabschiedet, so dass auch alle zur Umsetzung verpflichtet sind.\n\n"
    "Die FN erwartet von allen Zuchtverbänden die Einhaltung der ZVO-Bestimmung."
)

LSVD = (
    "Zudem soll die Situation von LSBTI Eingang in dem angekündigten humanitären Aufnahmeprogramm für "
    "Afghanistan finden. Dazu erklärt Patrick Dörr, Mitglied im Bundesvorstand des Lesben- und "
    "Schwulenverbandes (LSVD):\n\nWir begrüßen die mehr als 80 Aufnahmezusagen für afghanische Lesben, "
    "Schwule, bisexuelle, trans- und intergeschlechtliche Menschen (LSBTI). Die Bundesregierung muss diese "
    "Menschen jetzt so schnell wie möglich nach Deutschland holen. Der Lesben- und Schwulenverband (LSVD) "
    "fordert, dass alle von LSBTI-Organisationen benannten afghanischen Menschen eine Chance bekommen, "
    "gerettet zu werden.\n\nIm geplanten Aufnahmeprogramm darf ein menschenrechtliches Engagement nicht "
    "alleiniges Kriterium sein."
)

RIOBA = (
    "In der Vergangenheit sei es oft genug zu Anfeindungen oder Gewalt gekommen.\n\nAuch Jacqueline Rioba "
    "von World Vision kennt solche Konflikte:\n\n„Für die Leute ist es schwer zu verstehen, warum die "
    "Fremden, die auf ihrem Land leben, besser versorgt werden und mehr Hilfe erhalten”.\n\nIm von den "
    "Johannitern betriebenen Camp-Krankenhaus hält Napua Nameyan ihre Tochter im Schoß."
)

SERIE_A = (
    "Am dritten Tag des Prozesses hat sich am Dienstag der Untersuchungsrichter Stefano Palazzi zu dem "
    "geforderten Strafmaß geäußert.\n\nZwangsabstiege und Punktabzüge:\nJuventus soll in die 3. Liga (Serie "
    "C) absteigen und sechs Punkte abgezogen bekommen. Juventus-Ex-Sportdirektor Moggi gilt als Drahtzieher "
    "des Skandals."
)

SPD = (
    "Die SPD-Führung stellte heute ein 42-seitiges Manifest vor. Die zentralen Aussagen sind:\n\nBildung: "
    "Die SPD will so genannte Eliteuniversitäten mit zusätzlich 1,9 Mrd. Euro fördern."
)


def test_colon_introduction_names_the_block_quotations_speaker():
    quotes = speakers(FN)
    assert ("direct", "Die Beschlüsse der", "FN", "FN") in quotes


def test_block_quotation_is_its_whole_paragraph():
    quotes = speakers(LSVD)
    assert ("direct", "Wir begrüßen die", "Patrick Dörr", "Patrick Dörr") in quotes
    assert not any(q[1] == "dass alle von" for q in quotes)  # the LSVD's own "fordert, dass" is Dörr's block


def test_quotation_after_colon_paragraph_has_the_introductions_subject():
    quotes = speakers(RIOBA)
    assert ("direct", "Für die Leute", "Jacqueline Rioba", "Jacqueline Rioba") in quotes


def test_heading_before_colon_introduces_no_one():
    assert not any(q[2] == "Punktabzüge" for q in speakers(SERIE_A))


def test_colon_introduction_without_person_introduces_no_one():
    assert not any(q[1].startswith("Bildung") for q in speakers(SPD))
