import { describe, expect, it } from 'vitest';
import { parseListing } from '../../src/index.js';
import { explainNormalization, normalizeText } from '../../src/normalize/index.js';
import { readFixture, TEXT_FIXTURE_NAMES } from '../support/fixtures.js';

/**
 * The catalog of issue 3: every artifact with a real example from the fixtures and
 * its expected result. `fixture` names the capture that holds `before` verbatim.
 */
const CATALOG: readonly { rule: string; before: string; after: string; fixture?: string }[] = [
  {
    rule: 'times',
    before: 'at least 2.44times faster',
    after: 'at least 2.44× faster',
    fixture: '000_444d491a8cf7bda0.txt',
  },
  {
    rule: 'times',
    before: 'the ImageNet 256times256 benchmark',
    after: 'the ImageNet 256×256 benchmark',
    fixture: '002_057a4f06c7a496ea.txt',
  },
  {
    rule: 'times',
    before: 'scaled to 1024 times 1024 high-resolution',
    after: 'scaled to 1024 × 1024 high-resolution',
    fixture: '000_444d491a8cf7bda0.txt',
  },
  {
    rule: 'times',
    before: 'close to maximum (4times) quantization',
    after: 'close to maximum (4×) quantization',
    fixture: '002_057a4f06c7a496ea.txt',
  },
  {
    rule: 'times',
    before: 'achieving 3-4times faster processing',
    after: 'achieving 3-4× faster processing',
    fixture: '004_42f5292a8f8eecce.txt',
  },
  {
    rule: 'entities',
    before: 'machine-oriented compressionx2013which prioritizes',
    after: 'machine-oriented compression–which prioritizes',
    fixture: '004_42f5292a8f8eecce.txt',
  },
  {
    rule: 'escapes',
    before: 'a significant 45\\% improvement',
    after: 'a significant 45% improvement',
    fixture: '000_444d491a8cf7bda0.txt',
  },
  {
    rule: 'href',
    before: '{https://dongchaoyang.top/SimpleSpeech2\\_demo/}.',
    after: 'https://dongchaoyang.top/SimpleSpeech2_demo/.',
    fixture: '002_057a4f06c7a496ea.txt',
  },
  {
    rule: 'accents',
    before: 'we find that text na\\"ively',
    after: 'we find that text naïvely',
    fixture: '000_444d491a8cf7bda0.txt',
  },
  {
    rule: 'accents',
    before: 'compared to a na\\"ive',
    after: 'compared to a naïve',
    fixture: '002_057a4f06c7a496ea.txt',
  },
  {
    rule: 'text-style',
    before: 'we introduce \\textbf{D}irect',
    after: 'we introduce Direct',
    fixture: '004_42f5292a8f8eecce.txt',
  },
  {
    rule: 'text-style',
    before: 'Lion (Evo\\textbf{Lved Sign Momentum}).',
    after: 'Lion (EvoLved Sign Momentum).',
    fixture: '001_3000abd2b438303c.txt',
  },
  {
    rule: 'text-style',
    before: 'introducing \\textbf{Positional \\textbf{Integrity Encoding} (PIE).',
    after: 'introducing Positional Integrity Encoding (PIE).',
    fixture: '004_42f5292a8f8eecce.txt',
  },
  {
    rule: 'romannumeral',
    before: 'we present ({\\romannumeral1}) a detailed',
    after: 'we present (i) a detailed',
    fixture: '002_057a4f06c7a496ea.txt',
  },
  {
    rule: 'romannumeral',
    before: 'predictors; ({\\romannumeral3}) a',
    after: 'predictors; (iii) a',
    fixture: '002_057a4f06c7a496ea.txt',
  },
  {
    rule: 'abbreviations',
    before: 'foundation modules (\\eg, DINOv2)',
    after: 'foundation modules (e.g., DINOv2)',
    fixture: '002_057a4f06c7a496ea.txt',
  },
  {
    rule: 'abbreviations',
    before: '(NeRV, E-NeRV, \\etc) reconstruct',
    after: '(NeRV, E-NeRV, etc.) reconstruct',
    fixture: '004_42f5292a8f8eecce.txt',
  },
  {
    rule: 'abbreviations',
    before: 'as in \\ie the, \\etal, \\wrt x',
    after: 'as in i.e. the, et al., w.r.t. x',
  },
  {
    rule: 'tie',
    before: 'can be found at~https://yzxing87.github.io/vae/',
    after: 'can be found at https://yzxing87.github.io/vae/',
    fixture: '000_444d491a8cf7bda0.txt',
  },
  {
    rule: 'tie',
    before: 'traditional codecs~(H.264, H.265)',
    after: 'traditional codecs (H.264, H.265)',
    fixture: '004_42f5292a8f8eecce.txt',
  },
  {
    rule: 'href',
    before: 'https://yzxing87.github.io/vae/{https://yzxing87.github.io/vae/}.',
    after: 'https://yzxing87.github.io/vae/.',
    fixture: '000_444d491a8cf7bda0.txt',
  },
  {
    rule: 'math-words',
    before: 'watermarked text (p leq 0.01) from',
    after: 'watermarked text (p ≤ 0.01) from',
    fixture: '000_444d491a8cf7bda0.txt',
  },
  {
    rule: 'math-words',
    before: 'low-resolution images (leq 256px), FlexVAR',
    after: 'low-resolution images (≤ 256px), FlexVAR',
    fixture: '002_057a4f06c7a496ea.txt',
  },
  {
    rule: 'math-words',
    before: 'complexity O (log(D) cdot |p|), where',
    after: 'complexity O (log(D) · |p|), where',
    fixture: '004_42f5292a8f8eecce.txt',
  },
  { rule: 'math-words', before: 'with sim7\\% of the cost', after: 'with ∼7% of the cost' },
  {
    rule: 'blackboard-bold',
    before: 'continuous space mathbb R^d and',
    after: 'continuous space ℝ^d and',
    fixture: '000_444d491a8cf7bda0.txt',
  },
  {
    rule: 'math-words',
    before: 'faster for kge3. In',
    after: 'faster for k≥3. In',
    fixture: '000_444d491a8cf7bda0.txt',
  },
  {
    rule: 'ornaments',
    before: '8 Intel^circledR Gaudi^circledR 2 accelerators',
    after: '8 Intel® Gaudi® 2 accelerators',
    fixture: '002_057a4f06c7a496ea.txt',
  },
  {
    rule: 'ornaments',
    before: 'the latest Intel^circledR Core^{tiny TM} Ultra',
    after: 'the latest Intel® Core™ Ultra',
    fixture: '002_057a4f06c7a496ea.txt',
  },
  {
    rule: 'quotes',
    before: "differentiating ``objects'' can be",
    after: 'differentiating “objects” can be',
    fixture: '000_444d491a8cf7bda0.txt',
  },
  {
    rule: 'quotes',
    before: 'to produce ``judgements" of the',
    after: 'to produce “judgements” of the',
    fixture: '002_057a4f06c7a496ea.txt',
  },
];

/** Text that is already right, from the issue and from the fixtures: never changed. */
const TRAPS: readonly string[] = [
  'with just 1 timestep',
  'runs 5-40 times faster',
  '3 to 4 times faster',
  '(1.5 times lower)',
  'up to 3.65 times higher throughput',
  'requirements by up to 5.6 times, which enables',
  'language model k times. To alleviate',
  'despite being ten times smaller',
  'inference times by several orders',
  'AutoTimes achieves state-of-the-art',
  '~30% of the parameters',
  'across ~22 schemas and ~153 SQL views',
  '(~1.3 million terms)',
  '(approx 30% for the strongest configuration',
  'beta distribution time stamp sampling',
  'costs $20 per month',
  'approximately 8x faster',
  'with 2-5x fewer FLOPs',
  'CoRe^2: Collect, Reflect and Refine',
  'get k^2 new drafts',
  'a Back&Refine technique',
  'the top-k tokens',
  'https://github.com/NVIDIA/Megatron-LM#',
  'O(n log n) time, e.g., and i.e.,',
  'sim2real transfer and Stage2 and age3',
  'it\'s the models\' "best" guess',
  'a cell (a ktimes k grouping of',
  'at 5pm and 10 times more',
  'between 3~5 steps',
];

describe('the catalog of issue 3', () => {
  it.each(CATALOG)('$rule: $before', ({ rule, before, after, fixture }) => {
    if (fixture !== undefined) expect(readFixture(fixture)).toContain(before);
    const explained = explainNormalization(before);
    expect(explained.text).toBe(after);
    expect(explained.fixes.map((fix) => fix.rule)).toContain(rule);
    expect(normalizeText(before)).toBe(after);
  });

  it.each(TRAPS)('leaves alone: %s', (trap) => {
    // The very same string: no copy, nothing allocated for clean text.
    expect(normalizeText(trap)).toBe(trap);
    expect(explainNormalization(trap).fixes).toEqual([]);
  });
});

describe('the catalog through parseListing', () => {
  const papers = TEXT_FIXTURE_NAMES.flatMap((name) => parseListing(readFixture(name)).papers);
  const normalized = papers.flatMap((paper) => [paper.title, paper.abstract]).join('\n');

  it.each(CATALOG.filter((row) => row.fixture !== undefined))('$rule: $after', ({ after }) => {
    expect(normalized).toContain(after);
  });

  it('keeps the source in raw', () => {
    const raws = papers.flatMap((paper) => [paper.raw.title, paper.raw.abstract]).join('\n');
    for (const row of CATALOG) if (row.fixture !== undefined) expect(raws).toContain(row.before);
  });
});
