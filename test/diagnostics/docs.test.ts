import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEVERITY } from '../../src/diagnostics.js';
import { DiagnosticCodeSchema } from '../../src/index.js';

const page = readFileSync(new URL('../../docs/diagnostics.md', import.meta.url), 'utf8');

describe('docs/diagnostics.md', () => {
  it('has a section with the right severity and a fix for every code, and no other', () => {
    const sections = [
      ...page.matchAll(/^### `([a-z0-9-]+)` \((error|warning)\)\n([\s\S]*?)(?=^### |(?![\s\S]))/gm),
    ];
    const documented = sections.map(([, code]) => code).sort();
    expect(documented).toEqual([...DiagnosticCodeSchema.options].sort());
    for (const [, code, severity, body] of sections) {
      expect(severity, code).toBe(SEVERITY[code as keyof typeof SEVERITY]);
      expect(body, code).toContain('*Fix:*');
    }
  });
});
