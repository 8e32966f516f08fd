"""
Derive the compact schema.org table that `newsmodel.validate` ships.

The vendored vocabulary is 1.5 MB of JSON-LD with labels, comments and mappings to other
vocabularies; the linter needs only which types exist, what each type's supertypes are,
which types each property applies to (its domain) and what its values may be (its range).
This script keeps exactly that, plus the schema.org release it was taken from, so that the
package stays small and the linter never touches the network.

Usage (from the repository root)::

    python tools/build_schema_table.py [--vendor ../shared/vendor/schemaorg] [--check]

``--check`` exits 1 when the shipped table differs from what the vendored files give, which
is how a test keeps the two in step.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_VENDOR = ROOT.parent / "shared" / "vendor" / "schemaorg"
OUTPUT = ROOT / "src" / "newsmodel" / "jsonld" / "schemaorg_vocab.json"
PREFIX = "schema:"


def _names(value: Any) -> list[str]:
    """Return the schema.org local names in a JSON-LD reference or list of references."""
    refs = value if isinstance(value, list) else [value] if value else []
    out = []
    for ref in refs:
        iri = ref.get("@id", "") if isinstance(ref, dict) else ref
        # Other vocabularies (cmns-ge:GeopoliticalEntity, ...) mean nothing to the linter.
        if isinstance(iri, str) and iri.startswith(PREFIX):
            out.append(iri.removeprefix(PREFIX))
    return sorted(set(out))


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def build(vendor: Path) -> dict[str, Any]:
    """Read the vendored release and return the compact table."""
    graph = json.loads((vendor / "schemaorg-current-https.jsonld").read_text("utf-8"))["@graph"]
    version = json.loads((vendor / "versions.json").read_text("utf-8"))["schemaversion"]
    types: dict[str, list[str]] = {}
    datatype_roots: set[str] = set()
    properties: dict[str, list[list[str]]] = {}
    members: dict[str, list[str]] = {}
    superseded: dict[str, str] = {}
    for node in graph:
        iri = node.get("@id", "")
        if not iri.startswith(PREFIX):
            continue
        name = iri.removeprefix(PREFIX)
        kinds = _as_list(node.get("@type", []))
        replacement = _names(node.get("schema:supersededBy"))
        if replacement:
            superseded[name] = replacement[0]
        if "rdfs:Class" in kinds:
            types[name] = _names(node.get("rdfs:subClassOf"))
            if "schema:DataType" in kinds:
                datatype_roots.add(name)
        elif "rdf:Property" in kinds:
            domain = _names(node.get("schema:domainIncludes"))
            range_ = _names(node.get("schema:rangeIncludes"))
            properties[name] = [domain, range_]
        else:
            # An enumeration member (InStock, ...): an instance whose types are enumerations.
            enums = _names(kinds)
            if enums:
                members[name] = enums
    return {
        "version": version,
        "source": f"schema.org release {version}, schemaorg-current-https.jsonld (CC BY-SA 3.0)",
        "datatypes": sorted(datatype_roots),
        "types": dict(sorted(types.items())),
        "properties": dict(sorted(properties.items())),
        "members": dict(sorted(members.items())),
        "superseded": dict(sorted(superseded.items())),
    }


def render(table: dict[str, Any]) -> str:
    """Serialise with one entry per line, so that a new release gives a readable diff."""
    lines = ["{"]
    keys = list(table)
    for i, key in enumerate(keys):
        value = table[key]
        comma = "," if i < len(keys) - 1 else ""
        if isinstance(value, dict):
            lines.append(f"{json.dumps(key)}: {{")
            items = list(value.items())
            for j, (name, entry) in enumerate(items):
                sep = "," if j < len(items) - 1 else ""
                lines.append(f"{json.dumps(name)}: {json.dumps(entry, separators=(',', ':'))}{sep}")
            lines.append("}" + comma)
        else:
            lines.append(f"{json.dumps(key)}: {json.dumps(value, separators=(',', ':'))}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--vendor", type=Path, default=DEFAULT_VENDOR)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args(argv)
    text = render(build(args.vendor))
    if args.check:
        current = args.output.read_text("utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is out of date; run tools/build_schema_table.py", file=sys.stderr)
            return 1
        print(f"{args.output} is up to date")
        return 0
    args.output.write_text(text, "utf-8")
    print(f"wrote {args.output} ({len(text.encode()):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
