#!/usr/bin/env node
// Validates a STIX 2.1 bundle (a JSON file, or stdin with "-") against the OASIS STIX 2.1 JSON
// schemas (draft 2020-12) kept in /work/shared/data/stix2-schemas (or the folder given with
// --schemas DIR).
//
// How: every schema file under the folder is registered with ajv by its $id, so the schemas'
// relative $refs resolve offline. The bundle is checked against common/bundle.json, then every
// object against the schema of its own `type` (sdos/<type>.json or sros/<type>.json). The second
// step is needed because bundle.json's object union does not list location, note, opinion,
// grouping or incident; those fall to a custom-object oneOf that a valid location fails (see the
// schemas' README). Objects of a type with no schema are reported as errors: our exporter only
// writes standard types.
//
// Exit code: 0 valid, 1 invalid (errors on stderr, one per line), 2 usage or I/O error.
"use strict";
const fs = require("fs");
const path = require("path");
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats").default;

function usage(msg) {
  if (msg) console.error("validate-stix: " + msg);
  console.error("usage: validate-stix.js [--schemas DIR] BUNDLE.json|-");
  process.exit(2);
}

let schemasDir = "/work/shared/data/stix2-schemas";
let input = null;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; ++i) {
  if (args[i] === "--schemas") {
    if (i + 1 >= args.length) usage("--schemas needs a folder");
    schemasDir = args[++i];
  } else if (args[i] === "-h" || args[i] === "--help") {
    usage();
  } else if (input === null) {
    input = args[i];
  } else {
    usage("one bundle at a time");
  }
}
if (input === null) usage("no bundle given");

function listJson(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listJson(p));
    else if (e.name.endsWith(".json")) out.push(p);
  }
  return out.sort();
}

const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false });
addFormats(ajv);
// idn-hostname is not in ajv-formats; accept any non-empty string, as hostname checks are out of
// scope for our exports (we write no observables).
ajv.addFormat("idn-hostname", { type: "string", validate: (s) => s.length > 0 });

const byRelPath = new Map();
let files;
try {
  files = listJson(schemasDir);
} catch (e) {
  console.error(`validate-stix: cannot read schemas folder ${schemasDir}: ${e.message}`);
  process.exit(2);
}
for (const f of files) {
  const schema = JSON.parse(fs.readFileSync(f, "utf8"));
  ajv.addSchema(schema);
  byRelPath.set(path.relative(schemasDir, f).split(path.sep).join("/"), schema.$id);
}

let text;
try {
  text = input === "-" ? fs.readFileSync(0, "utf8") : fs.readFileSync(input, "utf8");
} catch (e) {
  console.error(`validate-stix: cannot read ${input}: ${e.message}`);
  process.exit(2);
}
let bundle;
try {
  bundle = JSON.parse(text);
} catch (e) {
  console.error(`validate-stix: ${input}: not JSON: ${e.message}`);
  process.exit(1);
}

const errors = [];
function check(schemaRel, value, where) {
  const id = byRelPath.get(schemaRel);
  if (!id) {
    errors.push(`${where}: no schema ${schemaRel}`);
    return;
  }
  const validate = ajv.getSchema(id);
  if (!validate(value)) {
    for (const e of validate.errors) errors.push(`${where}${e.instancePath}: ${e.message} (${e.schemaPath})`);
  }
}

// The bundle envelope. Objects are checked one by one below against their own schema.
check("common/bundle.json", { ...bundle, objects: undefined }, "bundle");
if (bundle.type !== "bundle") errors.push("bundle: type is not 'bundle'");
const objects = Array.isArray(bundle.objects) ? bundle.objects : [];
if (!Array.isArray(bundle.objects)) errors.push("bundle: objects is not an array");
const ids = new Set();
for (let i = 0; i < objects.length; ++i) {
  const o = objects[i];
  const where = `objects[${i}] (${o && o.id})`;
  if (!o || typeof o.type !== "string") {
    errors.push(`${where}: no type`);
    continue;
  }
  if (ids.has(o.id)) errors.push(`${where}: duplicate id`);
  ids.add(o.id);
  const rel = byRelPath.has(`sdos/${o.type}.json`) ? `sdos/${o.type}.json` : `sros/${o.type}.json`;
  check(rel, o, where);
}
// Every reference must point at an object in the bundle (the schemas cannot check this).
function refs(o) {
  const out = [];
  for (const [k, v] of Object.entries(o)) {
    if (k.endsWith("_ref") && typeof v === "string") out.push(v);
    if (k.endsWith("_refs") && Array.isArray(v)) out.push(...v);
  }
  return out;
}
for (let i = 0; i < objects.length; ++i) {
  for (const r of refs(objects[i] || {})) {
    if (!ids.has(r)) errors.push(`objects[${i}] (${objects[i].id}): reference to ${r} not in the bundle`);
  }
}

if (errors.length) {
  for (const e of errors) console.error(e);
  console.error(`validate-stix: ${input}: INVALID (${errors.length} errors, ${objects.length} objects)`);
  process.exit(1);
}
console.log(`validate-stix: ${input}: valid STIX 2.1 bundle (${objects.length} objects)`);
