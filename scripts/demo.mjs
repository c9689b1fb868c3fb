// `npm start`: parse a bundled fixture with the built library and print its papers.
import { readFileSync } from 'node:fs';
import { parseListing } from '../dist/index.js';

const file = process.argv[2] ?? 'fixtures/001_3000abd2b438303c.txt';
const listing = parseListing(readFileSync(file, 'utf8'), { referenceDate: '2024-12-11' });
for (const paper of listing.papers) {
  const meta = [paper.publishedAt, paper.authorCount && `${paper.authorCount} authors`]
    .filter(Boolean)
    .join(', ');
  console.log(`${paper.title}${meta ? `  (${meta})` : ''}`);
}
console.log(
  `\n${listing.papers.length} papers, ${listing.diagnostics.length} diagnostics from ${file}`,
);
