"""Frikommune Desktop: the netværkskoordinator's tool for a frikommunenetværk."""

__version__ = "0.1.0"
