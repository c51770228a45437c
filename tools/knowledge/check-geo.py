#!/usr/bin/env python3
"""Sanity checks for the knowledge files written by build-geo.js.

Usage: python3 tools/knowledge/check-geo.py   (from the repository root or anywhere)
Exits non-zero and lists the failures when a check does not hold.
"""
import os
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
K = os.path.join(ROOT, 'readout-extract', 'src', 'main', 'resources', 'readout', 'knowledge')
failures = []


def check(cond, msg):
    if not cond:
        failures.append(msg)


def read_tsv(name, header):
    path = os.path.join(K, name)
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    check(lines[-1] == '', f'{name}: no final newline')
    lines = lines[:-1]
    check(lines and lines[0].startswith('#'), f'{name}: does not start with comments')
    body = [l for l in lines if not l.startswith('#')]
    check(body[0] == '\t'.join(header), f'{name}: bad header {body[0]!r}')
    rows = []
    for l in body[1:]:
        f = l.split('\t')
        check(len(f) == len(header), f'{name}: {len(f)} fields in {l!r}')
        rows.append(dict(zip(header, f)))
    return rows, os.path.getsize(path)


countries, csize = read_tsv('countries.tsv', ['alpha3', 'alpha2', 'name', 'aliases', 'adjectives', 'capital'])
cities, tsize = read_tsv('cities.tsv', ['name', 'country', 'population', 'admin'])
aliases, asize = read_tsv('city-aliases.tsv', ['alias', 'name', 'country'])

by3 = {c['alpha3']: c for c in countries}
check(len(by3) == len(countries), 'duplicate alpha3')
check(240 <= len(countries) <= 260, f'{len(countries)} countries')
for c in countries:
    check(c['name'] != '', f"{c['alpha3']}: empty name")
    check(c['adjectives'] != '', f"{c['alpha3']}: empty adjectives")


def lst(c, col):
    return c[col].split('|') if c[col] else []


def expect_country(a3, name=None, aliases=(), adjectives=(), capital=None):
    c = by3.get(a3)
    check(c is not None, f'{a3} missing')
    if c is None:
        return
    if name:
        check(c['name'] == name, f"{a3}: name {c['name']!r} != {name!r}")
    for a in aliases:
        check(a in lst(c, 'aliases'), f'{a3}: alias {a!r} missing')
    for a in adjectives:
        check(a in lst(c, 'adjectives'), f'{a3}: adjective {a!r} missing')
    if capital:
        check(c['capital'] == capital, f"{a3}: capital {c['capital']!r} != {capital!r}")


expect_country('VNM', 'Vietnam', ['Viet Nam', 'Việt Nam', 'Socialist Republic of Vietnam'], ['Vietnamese'], 'Hanoi')
expect_country('CHN', 'China', ["People's Republic of China", 'PRC'], ['Chinese', 'Sino'], 'Beijing')
expect_country('USA', 'United States', ['US', 'U.S.', 'USA', 'America', 'United States of America'],
               ['American', 'U.S.', 'US'], 'Washington')
expect_country('IND', 'India', [], ['Indian'], 'New Delhi')
expect_country('KEN', 'Kenya', [], ['Kenyan'], 'Nairobi')
expect_country('ETH', 'Ethiopia', [], ['Ethiopian'], 'Addis Ababa')
expect_country('PHL', 'Philippines', [], ['Philippine', 'Filipino'], 'Manila')
expect_country('NLD', 'Netherlands', [], ['Dutch'])
expect_country('BGD', 'Bangladesh', [], ['Bangladeshi'], 'Dhaka')
expect_country('EUU', 'European Union', ['EU', 'E.U.'], ['European', 'EU'], 'Brussels')
expect_country('GBR', 'United Kingdom', ['UK', 'Britain', 'Great Britain'], ['British'], 'London')
expect_country('KOR', 'South Korea', ['ROK', 'Republic of Korea'], ['South Korean'], 'Seoul')
expect_country('PRK', 'North Korea', ['DPRK'], ['North Korean'], 'Pyongyang')
expect_country('TUR', 'Turkey', ['Türkiye'], ['Turkish'], 'Ankara')
expect_country('MMR', 'Myanmar', ['Burma'], ['Burmese'])
expect_country('CIV', 'Ivory Coast', ["Côte d'Ivoire"], ['Ivorian'])
expect_country('ARE', 'United Arab Emirates', ['UAE'], ['Emirati'], 'Abu Dhabi')
expect_country('NPL', 'Nepal', [], ['Nepalese', 'Nepali'], 'Kathmandu')
expect_country('SAU', 'Saudi Arabia', [], ['Saudi'], 'Riyadh')

city_keys = {(c['name'], c['country']) for c in cities}
check(len(city_keys) == len(cities), 'duplicate name+country in cities.tsv')
check([(c['name'], c['country']) for c in cities] == sorted((c['name'], c['country']) for c in cities),
      'cities.tsv not sorted by name, country')
here = os.path.dirname(os.path.abspath(__file__))
places = {tuple(l.split('\t')[:2]) for l in open(os.path.join(here, 'overrides', 'places.tsv'), encoding='utf-8')
          if l.strip() and not l.startswith('#') and not l.startswith('name\t')}
for c in cities:
    check(c['country'] in by3, f"city {c['name']}: unknown country {c['country']}")
    check(c['population'].isdigit(), f"city {c['name']}: bad population {c['population']!r}")
    check(int(c['population']) >= 15000 or c['admin'] in ('PPLC', 'PPLA') or (c['name'], c['country']) in places,
          f"city {c['name']}: filter")
for name, a3 in [('Hanoi', 'VNM'), ('Nanning', 'CHN'), ('Chongqing', 'CHN'), ('Beijing', 'CHN'),
                 ('Jakarta', 'IDN'), ('Phnom Penh', 'KHM'), ('New Delhi', 'IND'), ('Colombo', 'LKA'),
                 ('Moscow', 'RUS'), ('Nairobi', 'KEN'), ('Washington', 'USA'), ('Ho Chi Minh City', 'VNM'),
                 ('Mumbai', 'IND'), ('Addis Ababa', 'ETH'), ('Tokyo', 'JPN'), ('Manila', 'PHL'),
                 ('Geneva', 'CHE'), ('New York', 'USA'), ('Bali', 'IDN'), ('Davos', 'CHE'), ('Cartagena', 'COL'),
                 ('Cartagena', 'ESP')]:
    check((name, a3) in city_keys, f'city {name} {a3} missing')
hanoi = sorted((int(c['population']), c['country']) for c in cities if c['name'] == 'Hanoi')
check(hanoi and hanoi[-1][1] == 'VNM', f'largest Hanoi is not VNM: {hanoi}')
wash = [c for c in cities if c['name'] == 'Washington' and c['country'] == 'USA']
check(wash and wash[0]['admin'] == 'PPLC', f'Washington USA is not the capital: {wash}')

for a in aliases:
    check((a['name'], a['country']) in city_keys, f"city alias {a['alias']}: {a['name']} {a['country']} not in cities.tsv")
check(20 <= len(aliases) <= 300, f'{len(aliases)} city aliases')

print(f'countries.tsv: {len(countries)} rows, {csize} bytes')
print(f'cities.tsv: {len(cities)} rows, {tsize} bytes')
print(f'city-aliases.tsv: {len(aliases)} rows, {asize} bytes')
if failures:
    for f in failures:
        print('FAIL: ' + f)
    sys.exit(1)
print('all checks passed')
