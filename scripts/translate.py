#!/usr/bin/env python3
"""Fills missing <target> elements of xliff/en.xlf from a JSON map {id: "text with {0} placeholders"}.
Usage: python3 scripts/translate.py translations.json  (existing targets are kept unless --force)."""
import json, re, sys

path = 'xliff/en.xlf'
force = '--force' in sys.argv
table = json.load(open([a for a in sys.argv[1:] if not a.startswith('--')][0]))
xlf = open(path, encoding='utf-8').read()

def fill(match):
    unit = match.group(0)
    uid = re.search(r'id="([^"]+)"', unit).group(1)
    if uid not in table or ('<target>' in unit and not force):
        return unit
    unit = re.sub(r'\n  <target>.*?</target>', '', unit, flags=re.S)
    placeholders = re.findall(r'<x id="(\d+)"[^>]*/>', unit)
    source_x = {i: re.search(r'<x id="%s"[^>]*/>' % i, unit).group(0) for i in placeholders}
    target = table[uid].replace('&', '&amp;').replace('<', '&lt;')
    target = re.sub(r'\{(\d+)\}', lambda m: source_x[m.group(1)], target)
    return unit.replace('</source>', '</source>\n  <target>%s</target>' % target, 1)

xlf = re.sub(r'<trans-unit id="[^"]+">.*?</trans-unit>', fill, xlf, flags=re.S)
open(path, 'w', encoding='utf-8').write(xlf)
missing = [u for u in re.findall(r'<trans-unit id="([^"]+)">(?:(?!</trans-unit>).)*</trans-unit>', xlf, flags=re.S)]
print('untranslated:', [m.group(1) for m in re.finditer(r'<trans-unit id="([^"]+)">((?:(?!</trans-unit>).)*)</trans-unit>', xlf, flags=re.S) if '<target>' not in m.group(2)])
