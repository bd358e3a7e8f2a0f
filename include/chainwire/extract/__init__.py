"""Page → Article extraction."""
