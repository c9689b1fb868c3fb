/**
 * README.md is also the package's page on the npm registry, which shows it without the
 * repository around it: a relative link such as `docs/cli.md` leads nowhere there, and
 * `docs/` is not in the tarball. So every README link is absolute, and a link into this
 * repository (`<repository>/blob/main/<path>`) names a file that exists here, under
 * the repository URL that package.json declares.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  repository?: { type?: string; url?: string };
  homepage?: string;
  bugs?: { url?: string };
};
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The repository's web address, from package.json's `git+https://….git` URL. */
const repository = (manifest.repository?.url ?? '').replace(/^git\+/, '').replace(/\.git$/, '');

/** Targets of inline Markdown links and images outside code, `[text](target)`. */
function linkTargets(markdown: string): string[] {
  const prose = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((match) => match[1] ?? '');
}

describe('README links work from the npm page', () => {
  const targets = linkTargets(readme);

  it('package.json names the repository, its home page and its issues', () => {
    expect(manifest.repository?.type).toBe('git');
    expect(repository).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/);
    expect(manifest.homepage).toBe(`${repository}#readme`);
    expect(manifest.bugs?.url).toBe(`${repository}/issues`);
  });

  it('has links to check', () => {
    expect(targets.length).toBeGreaterThan(5);
  });

  it('every link is absolute', () => {
    const relative = targets.filter((target) => !/^(https:\/\/|mailto:|#)/.test(target));
    expect(relative).toEqual([]);
  });

  it('every link into the repository names a file that exists', () => {
    const prefix = `${repository}/blob/main/`;
    const inRepository = targets.filter((target) => target.startsWith(`${repository}/`));
    expect(inRepository.length).toBeGreaterThan(0);
    for (const target of inRepository) {
      expect(target.startsWith(prefix), target).toBe(true);
      const path = target.slice(prefix.length).replace(/#.*$/, '');
      expect(existsSync(join(root, path)), target).toBe(true);
    }
  });
});
