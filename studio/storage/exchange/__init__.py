"""Import and export formats (JSON, CSV, iCalendar)."""
