"""Who is in today and how a day went: the live board and a person's day (``board``),
the period review a manager does before payroll (``review``), and clock corrections:
validated, previewed and queued (``corrections``).

May import: the outbox (to queue a correction; the clock kind's payload lives there).
"""
