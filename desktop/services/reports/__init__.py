"""What a manager prints or exports: payroll and attendance reports for a period
(``report``, ``periods``, ``tables``, ``series``) and the shift handover
(``handover``, ``handover_writes``).

May import: attendance (the day's problems), the outbox (writes not yet sent).
"""
