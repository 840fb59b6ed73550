"""Image handling with Pillow: safe open, thumbnails, crops, renditions. No Qt."""
