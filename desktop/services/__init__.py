"""The work of the console, below the window: plain Python and asyncio, no Qt.

``session`` builds and owns everything a signed-in console runs; the modules at this
level are what every feature shares (``budget``, ``changes``, ``status``,
``connections``, ``export``, ``org_zone``, ``signed_in``, ``managers``,
``keyring_keys``). Each folder is one feature. A feature may import ``desktop.api``,
``desktop.store``, the foundation modules (``config``, ``files``, ``log``,
``messages``, ``secrets``, ``tasks``), the shared modules here, and the features
``tests/test_architecture.py`` allows it; never ``desktop.ui``, the sandbox or the
shell (``app``, ``startup``, ``headless``, ``demo``). Only ``session`` imports them all.
"""
