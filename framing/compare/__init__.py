"""Comparing articles and outlets: events, statistics, keyness, coverage."""
