import { describe, expect, it } from 'vitest';
import { isButtonText, isFieldLine } from '../../src/grammar/field-label.js';
import { parseListing } from '../../src/index.js';
import { readFixture, TEXT_FIXTURE_NAMES } from '../support/fixtures.js';

describe('a digest field or button, never an abstract', () => {
  it('knows the fields and buttons of real digests (fixtures/public-captures/md-digest-*)', () => {
    for (const line of [
      'Vote: 12',
      '🔗 链接: https://huggingface.co/papers/2605.23904',
      '📄 arXiv: 2605.23904',
      '⬆️ 热度: 247 ⬆️',
      '👤 作者: 61位作者 (taesiri提交)',
      'Code: https://github.com/westenfelder/NL2SH',
    ]) {
      expect(isFieldLine(line), line).toBe(true);
    }
    expect(isButtonText('Watch Video')).toBe(true);
  });

  it('takes no title or abstract line of the real captures for one', () => {
    const names = [
      ...TEXT_FIXTURE_NAMES,
      'md-firecrawl-search.md',
      'md-structured-trending.md',
      'public-captures/bare-urls-double-spaced.md',
      'public-captures/md-web-clipper-2026-04-17.md',
      'public-captures/reflinks-fenced-search.md',
    ];
    let titles = 0;
    for (const name of names) {
      for (const paper of parseListing(readFixture(name)).papers) {
        titles++;
        expect(isFieldLine(paper.title), paper.title).toBe(false);
        const first = paper.abstract?.split('\n')[0] ?? '';
        if (first !== '') expect(isFieldLine(first), first).toBe(false);
        if (first !== '') expect(isButtonText(first), first).toBe(false);
      }
    }
    expect(titles).toBeGreaterThan(500);
  });

  it('keeps titles with a colon and words after it', () => {
    for (const title of [
      'SkillOpt: Executive Strategy for Self-Evolving Agent Skills',
      'Phi-3: 3.8B Model',
      'LLaDA2.0: Scaling Up Diffusion Language Models to 100B',
      'TL;DR: small models reason well.',
      'Qwen3: 235B',
    ]) {
      expect(isFieldLine(title), title).toBe(false);
    }
  });
});
