"""Built-in feedback checks that regular expressions cannot express."""
