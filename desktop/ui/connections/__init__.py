"""The Connections page (what each service answered) and the setup dialog."""
