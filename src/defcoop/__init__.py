"""defcoop: a sourced knowledge base of interstate security and defense relations.

The public API, imported lazily so that ``import defcoop`` stays light::

    from defcoop import build, open_store, Reader, EventFilter     # the store
    from defcoop import load_kb, resolve                            # the curated data
    from defcoop import read_document, extract, audit               # new documents
"""

from __future__ import annotations

import importlib
from typing import Any

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

_LAZY = {
    "build": "defcoop.store",
    "open_store": "defcoop.store",
    "Reader": "defcoop.store",
    "EventFilter": "defcoop.store",
    "Store": "defcoop.store",
    "load_kb": "defcoop.kb",
    "KnowledgeBase": "defcoop.kb",
    "resolve": "defcoop.resolve",
    "Document": "defcoop.read",
    "read_document": "defcoop.read",
    "extract": "defcoop.extract",
    "to_contract": "defcoop.extract",
    "audit": "defcoop.audit",
    "parse_references": "defcoop.audit",
    "seed_document": "defcoop.seed",
}

__all__ = [
    "DataError",
    "DefcoopError",
    "ExportError",
    "InputError",
    "NotFound",
    "QueryError",
    "StoreError",
    "__version__",
    *sorted(_LAZY),
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'defcoop' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
