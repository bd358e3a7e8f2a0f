"""Reading raw files from the landing zone."""
