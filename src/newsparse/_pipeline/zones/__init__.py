"""Label every block of a page with its zone, by a chain of named rules."""
