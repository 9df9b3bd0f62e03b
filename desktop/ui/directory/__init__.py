"""The Directory page: one row per person across the three systems, and its actions
(the account form and terminate dialog come from ``accounts``)."""
