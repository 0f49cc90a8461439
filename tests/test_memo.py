"""Per-form results remembered for whole articles (framing.memo)."""

from framing.measures.readability import syllables
from framing.memo import remembered


def test_each_new_form_is_worked_out_once_and_a_full_memory_starts_afresh():
    worked: list[str] = []

    def count(word: str) -> int:
        worked.append(word)
        return syllables(word)

    memory: dict[str, int] = {}
    assert remembered(memory, ["Die", "Regierung", "die", "Regierung"], count, limit=4) == [1, 3, 1, 3]
    assert sorted(worked) == ["Die", "Regierung", "die"]
    assert remembered(memory, ["Regierung", "Krise"], count, limit=4) == [3, 2]
    assert worked[3:] == ["Krise"]
    assert remembered(memory, ["Krise", "Wahlkampf"], count, limit=4) == [2, 2]  # 5 forms: afresh
    assert sorted(memory) == ["Krise", "Wahlkampf"]
