#!/usr/bin/env node
// A stand-in for the `duckdb` command, for machines without it: runs `-c SQL` through
// @duckdb/node-api (the same engine, from the npm registry) and prints the result as
// `duckdb -csv` does (a header row, then rows; NULL as an empty cell). Only the flags the
// docs use: -csv and -c.
import { DuckDBInstance } from '@duckdb/node-api';

const args = process.argv.slice(2);
const sql = args[args.indexOf('-c') + 1];
if (!args.includes('-csv') || sql === undefined) {
  console.error('duckdb-shim: only "duckdb -csv -c SQL" is supported');
  process.exit(2);
}
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const reader = await connection.runAndReadAll(sql);
const cell = (value) => {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};
const lines = [reader.columnNames().map(cell).join(',')];
for (const row of reader.getRows()) lines.push(row.map(cell).join(','));
process.stdout.write(`${lines.join('\n')}\n`);
