"""What decides when to poll: the ``Workday`` (first load, then the live refresh of
today's open days and the entrance locks) and the loop that repeats a refresh as often
as the request budget allows (``refresh_loop``).

May import: sync (what a refresh reads), attendance (the organization's today).
"""
