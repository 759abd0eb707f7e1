"""``python -m newsparse``: the command-line interface."""

from newsparse.cli import main

raise SystemExit(main())
