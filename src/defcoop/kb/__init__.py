"""The curated knowledge base: data files loaded and validated into model objects."""

from defcoop.kb.loader import (
    KnowledgeBase,
    default_data_dir,
    load_actors,
    load_kb,
    load_places,
    load_vocab,
)

__all__ = ["KnowledgeBase", "default_data_dir", "load_actors", "load_kb", "load_places", "load_vocab"]
