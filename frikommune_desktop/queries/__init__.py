"""Reading a network file: plain rows for the views, full-text search and the JSON dump."""
