"""Persistence: SQLModel tables, engines, migrations, repositories, exchange formats. No Qt."""
