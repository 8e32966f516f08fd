"""The JSON-LD linter behind `newsmodel.validate`; everything here is private."""
