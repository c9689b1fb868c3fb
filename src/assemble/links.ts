/**
 * The URLs an abstract mentions, the code repository first. One pass over the text
 * with `indexOf`; no regular expression runs over the abstract.
 *
 * @module
 */

/** Hosts whose links are code repositories. */
const CODE_HOSTS = [
  'github.com/',
  'gitlab.com/',
  'bitbucket.org/',
  'codeberg.org/',
  'huggingface.co/spaces/',
];

/** Characters that end a URL in running text. */
function endsUrl(code: number): boolean {
  return (
    code <= 0x20 ||
    code === 0x22 || // "
    code === 0x3c || // <
    code === 0x3e || // >
    code === 0x5d || // ]
    code === 0x7b || // {
    code === 0x7d || // }
    code === 0x7c || // |
    code === 0xa0 ||
    code === 0x60 || // `
    (code >= 0x1100 && isCjk(code))
  );
}

/**
 * Hangul, kana, CJK ideographs and full-width punctuation: a particle or a sentence's
 * end glued to a URL in Korean, Japanese or Chinese prose (`…/OOTDiffusion에서`,
 * `https://x.org/a。`), which a URL would percent-encode.
 */
function isCjk(code: number): boolean {
  return (
    code <= 0x11ff ||
    (code >= 0x3000 && code <= 0x30ff) ||
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xff00 && code <= 0xffef)
  );
}

/** Punctuation a sentence puts after a URL, not part of it. */
function trailing(code: number): boolean {
  return (
    code === 0x2e ||
    code === 0x2c ||
    code === 0x3b ||
    code === 0x3a ||
    code === 0x21 ||
    code === 0x3f ||
    code === 0x27 ||
    code === 0x2a
  );
}

/**
 * Find the URLs in `text`, in order, without duplicates, code repositories first,
 * after any `known` links the card itself gave (a Trending card's GitHub button).
 *
 * @example
 * ```ts
 * collectLinks('See https://x.org/a. Code: https://github.com/o/r.');
 * // ['https://github.com/o/r', 'https://x.org/a']
 * collectLinks('코드는 https://github.com/o/r에서 확인할 수 있습니다.'); // ['https://github.com/o/r']
 * ```
 */
export function collectLinks(text: string, known?: readonly string[]): string[] {
  // Found from the `://`: a search for a rare character, where `http` starts with a common
  // one. Most abstracts name no URL, and then nothing more is built.
  let colon = text.indexOf('://');
  if (colon === -1 && (known === undefined || known.length === 0)) return [];
  const code: string[] = [];
  const other: string[] = [];
  const seen = new Set<string>();
  const add = (url: string): void => {
    const key = url.endsWith('/') ? url.slice(0, -1) : url;
    if (seen.has(key)) return;
    seen.add(key);
    (isCodeRepository(url) ? code : other).push(url);
  };
  if (known !== undefined) for (const url of known) add(url);
  while (colon !== -1) {
    const at = text.startsWith('https', colon - 5)
      ? colon - 5
      : text.startsWith('http', colon - 4)
        ? colon - 4
        : -1;
    const before = at <= 0 ? 0x20 : text.charCodeAt(at - 1);
    if (at === -1 || isWordChar(before)) {
      colon = text.indexOf('://', colon + 3);
      continue;
    }
    const scheme = colon + 3 - at;
    let end = colon + 3;
    while (end < text.length && !endsUrl(text.charCodeAt(end))) end++;
    const url = trimUrl(text.slice(at, end));
    if (url.length > scheme + 3 && url.indexOf('.', scheme) !== -1) add(url);
    colon = text.indexOf('://', end);
  }
  return [...code, ...other];
}

function isWordChar(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a)
  );
}

/** Drop sentence punctuation and an unbalanced closing parenthesis; undo LaTeX escapes. */
function trimUrl(raw: string): string {
  let url = raw.indexOf('\\') === -1 ? raw : raw.replace(/\\([_%&#~$])/g, '$1');
  for (;;) {
    const last = url.charCodeAt(url.length - 1);
    if (trailing(last)) {
      url = url.slice(0, -1);
      continue;
    }
    if (last === 0x29 /* ) */ && !balanced(url)) {
      url = url.slice(0, -1);
      continue;
    }
    return url;
  }
}

function balanced(url: string): boolean {
  let depth = 0;
  for (let i = 0; i < url.length; i++) {
    const code = url.charCodeAt(i);
    if (code === 0x28) depth++;
    else if (code === 0x29) depth--;
  }
  return depth >= 0;
}

/**
 * Whether a URL is a code repository.
 *
 * @example
 * ```ts
 * isCodeRepository('https://github.com/allenai/aspire'); // true
 * isCodeRepository('https://arxiv.org/abs/2606.00683'); // false
 * ```
 */
export function isCodeRepository(url: string): boolean {
  const host = url.indexOf('://');
  const rest = host === -1 ? url : url.slice(host + 3);
  const bare = rest.startsWith('www.') ? rest.slice(4) : rest;
  return CODE_HOSTS.some((prefix) => bare.startsWith(prefix) && bare.length > prefix.length);
}
