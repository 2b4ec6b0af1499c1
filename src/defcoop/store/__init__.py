"""The store: SQLite by default, built atomically from the data files."""

from defcoop.store.queries import EventFilter, Reader
from defcoop.store.sqlite import SCHEMA_VERSION, Store, build, open_store

__all__ = ["EventFilter", "Reader", "SCHEMA_VERSION", "Store", "build", "open_store"]
