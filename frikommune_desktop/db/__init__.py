"""The network file as SQLite: schema and migrations, format checks, rows, deletion, backups."""
