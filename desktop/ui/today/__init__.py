"""The Today page: the live board, how fresh it is, and a person's day."""
