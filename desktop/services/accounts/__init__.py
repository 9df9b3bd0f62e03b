"""WorkTaps accounts, departments and locations: the form's draft and the body it
becomes (``draft``), the vendor's formats and rules checked before sending (``formats``,
``rules``), and the service that queues each write with its audit row (``service``).

May import: the outbox (to queue). Sending is the outbox's; syncing is ``sync``'s.
"""
