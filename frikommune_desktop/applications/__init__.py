"""Word applications in the ministry's template: reading them and importing them."""
