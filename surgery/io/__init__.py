"""Reading and writing what the pipeline works on: models, corpora, attention stores, head maps, run records."""
