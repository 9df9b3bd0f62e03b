"""The PySide6 console. The shell lives here (``console`` wires the pages to the session,
``main_window``, ``signin``, ``lock_screen``, ``idle``, ``session_signals`` adapts the
session's change notifications to Qt signals, ``selftest``); each folder is one page
with its controller, dialogs and models; ``widgets/`` holds what several pages share.

A page shows; its controller calls the session and listens to it. Nothing here builds a
store, a service, a sender or a client: the app builds one ``Session`` and hands it in.
A page folder may import ``desktop.services``, ``desktop.store`` (its row types),
``desktop.api`` (record types), ``widgets/`` and ``session_signals``; another page's
folder only where ``tests/test_architecture.py`` allows it.
"""
