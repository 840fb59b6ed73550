"""Calendar, post and platform concepts as plain Python: no Qt, SQL, Pillow or file access."""
