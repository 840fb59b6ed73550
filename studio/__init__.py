"""Content Studio: write social-media posts that respect the people who read them."""

__version__ = "0.1.0"
