"""How much one app session holds: articles, and characters per article."""

MAX_ARTICLES = 2_000  # per session: about 0.2 MB per analysed article stays in memory
TOO_MANY = (
    f"the app holds at most {MAX_ARTICLES:,} articles; analyse larger corpora with "
    "`framing ingest` (DuckDB) and `framing compare`/`coverage`/`report`"
)
MAX_ARTICLE_CHARS = 100_000  # per article: analysis well under a second; 3× the longest real article seen
