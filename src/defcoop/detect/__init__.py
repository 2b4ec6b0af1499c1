"""Detection: finders that locate dates, places, actors, forces, figures, event mentions and
flattened tables in a document's text, each as spans with character offsets."""
