"""The store kept in step with each service, with as few requests as each job allows:
WorkTime One (``worktime``, with ``plan`` for the open days), WorkTaps (``accounts``),
and the WorQ import (``worq``).

May import: the shared services modules only.
"""
