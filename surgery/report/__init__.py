"""The offline HTML report and the plots that the report and the CLI share."""
