"""The Qt desktop application on top of the core (the core never imports this package)."""
