"""One row per person across WorkTime One, WorkTaps and WorQ: matching records into
people (``match``), where they disagree (``people``), read from the store (``source``),
what a row's actions start from (``actions``), and WorkTime One employee writes
(``employees``).

May import: accounts (a WorQ record becomes an account draft), the outbox.
"""
