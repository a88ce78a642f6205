#!/usr/bin/env node
// Baseline entity recognizer for bench/re3d_ner_eval: runs compromise (pinned in package.json)
// over every re3d document and prints one JSON object per document:
//   {"id": ..., "mentions": [{"start": cp, "end": cp, "type": "PER|ORG|LOC"}]}
// Offsets are code points into the document text (compromise reports UTF-16 offsets; we convert).
// Usage: node extract.js RE3D_DIR
'use strict';
const fs = require('fs');
const path = require('path');
const nlp = require('compromise');

function utf16ToCp(text) {
  // Map from UTF-16 index to code point index.
  const map = new Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      map[i + 1] = cp;
      i++;
    }
    cp++;
  }
  map[text.length] = cp;
  return map;
}

function main() {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write('usage: extract.js RE3D_DIR\n');
    process.exit(1);
  }
  const sources = fs.readdirSync(dir).filter(d => fs.existsSync(path.join(dir, d, 'documents.json'))).sort();
  for (const s of sources) {
    const lines = fs.readFileSync(path.join(dir, s, 'documents.json'), 'utf8').split('\n');
    for (const line of lines) {
      if (!line.trim()) continue;
      const d = JSON.parse(line);
      const text = d.text;
      const map = utf16ToCp(text);
      const doc = nlp(text);
      const mentions = [];
      for (const [type, view] of [['PER', doc.people()], ['ORG', doc.organizations()], ['LOC', doc.places()]]) {
        for (const m of view.json({ offset: true })) {
          const o = m.offset;
          if (!o || o.length <= 0) continue;
          mentions.push({ start: map[o.start], end: map[Math.min(o.start + o.length, text.length)], type });
        }
      }
      mentions.sort((a, b) => a.start - b.start || a.end - b.end);
      process.stdout.write(JSON.stringify({ id: d._id, mentions }) + '\n');
    }
  }
}

main();
