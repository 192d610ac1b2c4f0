"""Everything on disk: the library of imported meetings and the annotation store."""
