"""Generated German corpora with planted differences between outlets, for comparison tests."""

from __future__ import annotations

import random

from framing.model import Doc
from framing.pipeline import doc_from_text

NEUTRAL = [
    "Die Außenminister trafen sich am Dienstag in Peking zu Gesprächen.",
    "Beide Seiten betonten die Bedeutung der wirtschaftlichen Beziehungen.",
    "Der Handel zwischen den Ländern ist in den vergangenen Jahren gewachsen.",
    "Experten erwarten weitere Treffen auf Regierungsebene im Herbst.",
    "Die Delegation reiste anschließend nach Moskau weiter.",
    "Am Rande des Treffens wurden mehrere Abkommen unterzeichnet.",
    "Die Regierung in Washington beobachtet die Annäherung aufmerksam.",
    "Nach Angaben der Behörden stiegen die Energieexporte deutlich an.",
    "Ein Sprecher kündigte eine gemeinsame Erklärung für die kommende Woche an.",
    "Das Treffen dauerte nach Berichten von Beobachtern mehr als drei Stunden.",
]
TEMPLATES = [
    "Seit Beginn des {war} hat sich die Lage in der Region verändert.",
    "Der {war} gegen die Ukraine dauert inzwischen mehr als zwei Jahre.",
    "Die Kritik an dem {war} wurde in Europa lauter.",
]


def article(rng: random.Random, war_word: str, sentences: int = 12) -> str:
    body = rng.sample(NEUTRAL, k=min(sentences - 2, len(NEUTRAL)))
    body += [rng.choice(TEMPLATES).format(war=war_word) for _ in range(2)]
    rng.shuffle(body)
    return " ".join(body)


def planted_corpus(per_outlet: int = 20, seed: int = 7) -> list[Doc]:
    """Outlet "Alpha" always says "Angriffskrieg", "Beta" always "Offensive"; the rest is shared."""
    rng = random.Random(seed)
    docs = []
    for outlet, war_word in (("Alpha", "Angriffskrieg"), ("Beta", "Offensive")):
        for _ in range(per_outlet):
            doc = doc_from_text(article(rng, war_word), outlet=outlet)
            docs.append(doc)
    return docs


def null_corpus(per_outlet: int = 20, seed: int = 11) -> list[Doc]:
    """Two outlets drawing from exactly the same distribution: no real difference between them."""
    rng = random.Random(seed)
    docs = []
    for index in range(2 * per_outlet):
        war_word = rng.choice(["Angriffskrieg", "Offensive"])
        docs.append(doc_from_text(article(rng, war_word), outlet="Alpha" if index % 2 else "Beta"))
    return docs
