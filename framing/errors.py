"""Errors a user can fix; the CLI and the app show their message as one clear line."""


class FramingError(Exception):
    """A user mistake or unusable input (bad path, wrong column, broken data file)."""


class DataFileError(FramingError):
    """A data file (lexicon, registry, rules) that cannot be read; names the file and line."""

    def __init__(self, path: object, message: str, line: int | None = None) -> None:
        where = f"{path}, line {line}" if line else str(path)
        super().__init__(f"{where}: {message}")


class StoreError(FramingError):
    """The corpus database cannot be used: damaged, in use by another program, or refused."""
