"""Template tag libraries of the newsmodel Django app."""
