"""The one exception hierarchy of defcoop.

    DefcoopError
    ├── InputError            a document cannot be read (names the file and the problem)
    ├── DataError             a data file does not validate (names the file, line and problem)
    ├── StoreError            the store is missing, too old, or a write failed
    │   └── NotFound          an unknown id
    ├── QueryError            a bad filter or option value
    └── ExportError           an output cannot be produced or written

Every message says what went wrong and what to do about it.
"""

from __future__ import annotations

from pathlib import Path


class DefcoopError(Exception):
    """Base class of every error defcoop raises on purpose."""

    exit_code = 1


class InputError(DefcoopError):
    """A document could not be read."""

    exit_code = 2

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class DataError(DefcoopError):
    """A data file failed validation."""

    exit_code = 2

    def __init__(self, path: str | Path, line: int | None, problem: str) -> None:
        self.path = str(path)
        self.line = line
        self.problem = problem
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {problem}")


class StoreError(DefcoopError):
    """The store is missing, outdated, or could not be written."""

    exit_code = 3


class NotFound(StoreError):
    """An unknown identifier."""

    exit_code = 4


class QueryError(DefcoopError):
    """A filter or option has a value that cannot be used."""

    exit_code = 2


class ExportError(DefcoopError):
    """An export or report cannot be produced or written."""

    exit_code = 2
