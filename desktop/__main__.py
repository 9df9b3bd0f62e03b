"""``python -m desktop`` starts the console."""

from desktop.app import main

raise SystemExit(main())
