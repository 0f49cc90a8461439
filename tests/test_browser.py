"""The report as a real browser sees it: headless Chromium loads the file and dumps its DOM."""

import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from framing.cli import main

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
EVENTS = {"2024-04 China–Russia rapprochement", "2022-06 Xi–Putin phone call"}
OUTLETS = {"news.de", "Frankfurter Rundschau", "Epoch Times", "AFP"}  # data/corpus/metadata.csv


class Elements(HTMLParser):
    """The text of every element, by tag name, from a serialized DOM."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: dict[str, list[str]] = {}
        self.open: list[tuple[str, list[str]]] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.texts.setdefault(tag, [])
        self.open.append((tag, []))

    def handle_endtag(self, tag) -> None:
        while self.open:
            name, parts = self.open.pop()
            self.texts[name].append("".join(parts).strip())
            if self.open:
                self.open[-1][1].extend(parts)
            if name == tag:
                break

    def handle_data(self, data) -> None:
        if self.open:
            self.open[-1][1].append(data)


def test_demo_report_renders_in_headless_chromium(tmp_path, capsys):
    if not CHROMIUM.exists():
        pytest.skip(f"chromium not installed: {CHROMIUM} is missing (apt-get install chromium)")
    report = tmp_path / "bericht.html"
    assert main(["report", "--resamples", "10", "-o", str(report)]) == 0
    capsys.readouterr()
    result = subprocess.run(
        [
            str(CHROMIUM),
            *CHROMIUM_FLAGS,
            f"--user-data-dir={tmp_path / 'profile'}",
            "--dump-dom",
            report.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    dom = Elements()
    dom.feed(result.stdout)
    assert set(dom.texts["h2"]) >= EVENTS
    assert "Distanzierung und Absicherung" in dom.texts["h2"]  # the guide is appended (German by default)
    assert "Berichterstattung: Informationen, die mehrere Medien bringen" in dom.texts["h3"]  # German labels
    assert set(dom.texts["th"]) >= OUTLETS  # every outlet heads a column of its event's tables
    assert set(dom.texts["figcaption"]) == OUTLETS  # one frame profile per outlet and event
    assert len(dom.texts["svg"]) == 5  # 3 outlets in the 2024 event, 2 in the 2022 one
    assert "script" not in dom.texts
