"""The Streamlit app opens on the demo corpus (streamlit.testing's AppTest, no browser)."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

APP = Path(__file__).resolve().parent.parent / "streamlit_app.py"


def test_app_shows_the_demo_corpus_table():
    app = AppTest.from_file(str(APP), default_timeout=120).run()
    assert not app.exception
    table = app.dataframe[0].value
    assert list(table.columns) == [
        "outlet",
        "date",
        "event",
        "title",
        "words",
        "removed boilerplate",
        "warnings",
    ]
    assert list(table.outlet) == [
        "news.de",
        "Frankfurter Rundschau",
        "Frankfurter Rundschau",
        "Epoch Times",
        "AFP",
    ]
    assert list(table["removed boilerplate"]) == [8, 7, 10, 12, 2]
    assert len(app.expander) == 5  # what cleaning removed, per article
