"""Writes sent exactly once: the contract of a kind of entry (``kind``) and the kinds
themselves (``kinds/``: clock, employee, account, location), one registry per service
(``registry``), a write queued with its audit row (``queueing``), the sender that sends,
checks what landed and settles each entry (``sender``), what a manager may do with an
entry (``actions``), and the standalone worker (``worker``).

May import: the shared services modules only; every feature that writes imports this.
"""
