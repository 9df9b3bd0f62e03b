"""One module per kind of outbox entry: how it is sent, and how the sender learns whether
an entry whose answer was lost landed (``clock`` reads the person's day; the WorkTaps
kinds compare what the service shows with what was sent, ``worktaps_compare``)."""
