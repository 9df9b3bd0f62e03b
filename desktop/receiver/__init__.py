"""The webhook receiver: the one door through which WorkTime One calls the console."""
