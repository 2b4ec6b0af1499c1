"""defcoop: a sourced knowledge base of interstate security and defense relations."""

from defcoop.errors import (
    DataError,
    DefcoopError,
    ExportError,
    InputError,
    NotFound,
    QueryError,
    StoreError,
)

__version__ = "0.1.0"

__all__ = [
    "DataError",
    "DefcoopError",
    "ExportError",
    "InputError",
    "NotFound",
    "QueryError",
    "StoreError",
    "__version__",
]
