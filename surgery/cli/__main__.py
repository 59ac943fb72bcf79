"""``python -m surgery.cli``: the same as the ``surgery`` command."""
from surgery.cli import main

if __name__ == "__main__":
    main()
