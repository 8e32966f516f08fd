"""Template helpers for the places CMS developers work: Jinja2 and Django (optional extras)."""
