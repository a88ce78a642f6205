// Runs chrono-node over the TempEval-3 documents dumped by
//   tempeval_eval --dump-docs docs.jsonl
// and writes one JSON line per document in the harness's system format:
//   {"id": ..., "timexes": [{"start", "end", "type", "value"}]}
// so that `tempeval_eval --system chrono.jsonl --name chrono-node` scores it
// with exactly the scorer used for dossier's tagger.
//
// Mapping chrono results to TIMEX3: the reference date is the document's DCT
// (chrono's casual parser, default options). A result whose hour is certain is
// a TIME (YYYY-MM-DDTHH:MM); otherwise a DATE at the finest certain
// granularity: day (also when a weekday or a relative day fixed it), month, or
// year. chrono has no durations or sets, so it never produces them.
//
// Usage: node run_chrono.js docs.jsonl > chrono.jsonl
'use strict';
const fs = require('fs');
const readline = require('readline');
const chrono = require('chrono-node');

const pad = (n, w) => String(n).padStart(w, '0');

function timexOf(result) {
  const c = result.start;
  const y = c.get('year'), m = c.get('month'), d = c.get('day');
  const day = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
  if (c.isCertain('hour')) {
    return { type: 'TIME', value: `${day}T${pad(c.get('hour'), 2)}:${pad(c.get('minute') || 0, 2)}` };
  }
  if (c.isCertain('day') || c.isCertain('weekday')) return { type: 'DATE', value: day };
  if (c.isCertain('month')) return { type: 'DATE', value: `${pad(y, 4)}-${pad(m, 2)}` };
  if (c.isCertain('year')) return { type: 'DATE', value: pad(y, 4) };
  return { type: 'DATE', value: day };
}

async function main() {
  const input = process.argv[2];
  if (!input) {
    console.error('usage: node run_chrono.js docs.jsonl > chrono.jsonl');
    process.exit(1);
  }
  const rl = readline.createInterface({ input: fs.createReadStream(input), crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    let doc;
    try {
      doc = JSON.parse(line);
    } catch (e) {
      console.error(`${input}: line ${lineNo}: ${e.message}`);
      process.exit(1);
    }
    // The DCT is a calendar day; use noon so time zones cannot move it.
    const ref = doc.dct ? new Date(`${doc.dct}T12:00:00`) : new Date();
    const timexes = chrono.parse(doc.text, ref).map((r) => {
      const t = timexOf(r);
      // Offsets: JavaScript string indices (UTF-16); the corpus text is ASCII, so
      // they equal the harness's byte offsets.
      return { start: r.index, end: r.index + r.text.length, type: t.type, value: t.value };
    });
    process.stdout.write(JSON.stringify({ id: doc.id, timexes }) + '\n');
  }
}

main();
