// Validates JSON files against JSON Schemas with ajv (draft 2020-12, strict mode, formats), as a check of
// Kyodo's output by a validator that shares no code with it. Run by Pipelines/JsonSchemaValidationTests.
//
//   node validate-json.cjs <folder of *.schema.json> <text file listing the JSON files, one per line>
//
// Every schema is checked against the 2020-12 meta-schema and compiled in strict mode; every file is
// validated against the schema its "$schema" property names. Prints one JSON object with the results.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats").default;

const [schemaDir, listFile] = process.argv.slice(2);
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);

const result = { schemas: [], files: 0, errors: [] };
const schemas = fs.readdirSync(schemaDir).filter((n) => n.endsWith(".schema.json")).sort();
for (const name of schemas) {
  const schema = JSON.parse(fs.readFileSync(path.join(schemaDir, name), "utf8"));
  if (!ajv.validateSchema(schema)) {
    result.errors.push({ file: name, errors: ajv.errors });
    continue;
  }
  try {
    ajv.addSchema(schema);
    result.schemas.push(schema.$id);
  } catch (e) {
    result.errors.push({ file: name, errors: String(e) });
  }
}
// Compiling surfaces strict-mode problems (unknown keywords, union types, missing types) and broken $refs.
for (const id of result.schemas) {
  try {
    ajv.getSchema(id);
  } catch (e) {
    result.errors.push({ file: id, errors: String(e) });
  }
}
const files = fs.readFileSync(listFile, "utf8").split("\n").filter((l) => l.length > 0);
for (const file of files) {
  let data;
  try {
    data = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    result.errors.push({ file, errors: "not JSON: " + String(e) });
    continue;
  }
  let validate;
  try {
    validate = ajv.getSchema(data.$schema);
  } catch (e) {
    result.errors.push({ file, errors: String(e) });
    continue;
  }
  if (!validate) {
    result.errors.push({ file, errors: "no schema " + data.$schema });
    continue;
  }
  if (!validate(data)) result.errors.push({ file, errors: validate.errors.slice(0, 5) });
  result.files++;
}
process.stdout.write(JSON.stringify(result));
