"""One module per CLI command; each defines a click command named ``command``.

``surgery.cli`` lists them (name, module, one-line help) and imports one only when it runs; a new
command adds its module here and one line to ``surgery.cli.COMMANDS`` (a test checks both agree).
"""
