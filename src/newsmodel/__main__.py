"""Run the ``newsmodel`` command as ``python -m newsmodel``."""

from newsmodel.cli import main

raise SystemExit(main())
