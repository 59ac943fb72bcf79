"""One module per CLI command; each defines a click command named ``command``.

``surgery.cli`` registers every module found here, so adding a command never edits a shared file.
"""
