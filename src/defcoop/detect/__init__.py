"""Detection of mentions in a read document: dates, places, actors, citations, events."""
