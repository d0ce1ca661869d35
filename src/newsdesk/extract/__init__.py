"""Extraction stages: mentions (times, figures, entities, quotes) found in one article's text."""
