"""Qt services between widgets and the plain-Python layers; the only place threads start."""
