"""Data-quality checks with Great Expectations Core."""
