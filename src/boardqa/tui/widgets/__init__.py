"""The chat's widgets: each shows data it is given and reports choices with messages."""
