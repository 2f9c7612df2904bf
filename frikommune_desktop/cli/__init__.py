"""The `frikommune` command line: its arguments and the handlers that call the core."""
