"""
The parser's rules kept as data: words, names and phrases, each table documented.

Each module holds one concern (places, people, organizations, boilerplate, numbers,
speech); code that applies the rules lives in the stage modules beside this package.
"""
