"""The generated program forms (terms, table): recognising, reading and writing their files."""
