"""Chainwire: supply-chain policy press coverage pipeline."""

__version__ = "0.1.0"
