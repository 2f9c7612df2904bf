"""The network file as SQLite: schema, triggers, migrations, format checks, rows, deletion,
backups."""
