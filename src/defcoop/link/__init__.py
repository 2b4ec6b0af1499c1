"""Linking: the mentions of one event across a document merged into one candidate."""
