"""Import from WorQ: the dialog, its progress, and what the import brought."""
