"""Law references in Danish text: the finder, law names, provision cells and suggestions."""
