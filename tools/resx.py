#!/usr/bin/env python3
"""Keeps a module's French and Arabic .resx files in step from one table.

Usage: tools/resx.py STRINGS.tsv OUT_DIR BASENAME
The TSV has three columns: key, French, Arabic. It writes BASENAME.fr.resx and BASENAME.ar.resx.
Editing the .resx files by hand is fine too; this only saves typing the XML twice.
"""
import sys
from xml.sax.saxutils import escape

HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""

def main(tsv, out_dir, base):
    rows = []
    for n, line in enumerate(open(tsv, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            sys.exit(f"{tsv}:{n}: expected 3 tab-separated columns, got {len(parts)}")
        rows.append(parts)
    for col, culture in ((1, "fr"), (2, "ar")):
        with open(f"{out_dir}/{base}.{culture}.resx", "w", encoding="utf-8") as f:
            f.write(HEADER)
            for row in rows:
                f.write(f'  <data name="{escape(row[0], {chr(34): "&quot;"})}" xml:space="preserve"><value>{escape(row[col])}</value></data>\n')
            f.write("</root>\n")

if __name__ == "__main__":
    main(*sys.argv[1:])
