"""Input to numbered lines and blocks: decode bytes, split layout columns, group blocks."""
