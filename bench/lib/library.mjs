/**
 * Load the built library and probe, at run time, which entry points exist and work,
 * so a case whose code has not landed yet shows as "not available" instead of failing
 * the run or timing a placeholder.
 *
 * @module
 */
import { pathToFileURL } from 'node:url';

/**
 * Import `file` and probe its features against the Markdown fixture.
 *
 * @example
 * ```js
 * const { lib, features } = await loadLibrary('.bench-cache/build/index.js', markdown);
 * features.markdown; // { ok: true } or { ok: false, reason: '…' }
 * ```
 */
export async function loadLibrary(file, markdownFixture, markdownPapers) {
  const lib = await import(pathToFileURL(file).href);
  const features = {
    tokenize: probe(() => typeof lib.tokenize === 'function' || 'tokenize is not exported'),
    parse: probe(() => typeof lib.parseListing === 'function' || 'parseListing is not exported'),
    normalize: probe(() => {
      if (typeof lib.normalizeText !== 'function') return 'normalizeText is not exported';
      const sample = 'a 2.44times speed-up, na\\"ive x2013 45\\%';
      if (lib.normalizeText(sample) === sample) {
        return 'normalizeText is still a placeholder (returns artifacts unchanged)';
      }
      return true;
    }),
    markdown: probe(() => {
      if (typeof lib.parseListing !== 'function') return 'parseListing is not exported';
      const count = lib.parseListing(markdownFixture, { format: 'markdown' }).papers.length;
      if (count !== markdownPapers) {
        return `parseListing(md, { format: 'markdown' }) gives ${count} papers, not ${markdownPapers}`;
      }
      return true;
    }),
    stream: probe(
      () => typeof lib.parseListingStream === 'function' || 'parseListingStream is not exported',
    ),
  };
  return { lib, features };
}

function probe(check) {
  try {
    const verdict = check();
    return verdict === true ? { ok: true } : { ok: false, reason: verdict };
  } catch (error) {
    return { ok: false, reason: `probe threw: ${error.message}` };
  }
}

/**
 * Count the papers `parseListingStream` yields for `text` (a string, or UTF-8 bytes)
 * fed in `chunkSize` chunks.
 *
 * @example
 * ```js
 * await streamCount(lib, text, 65536); // same as parseListing(text).papers.length
 * ```
 */
export async function streamCount(lib, text, chunkSize, options) {
  let count = 0;
  for await (const _paper of lib.parseListingStream(chunked(text, chunkSize), options)) count++;
  return count;
}

async function* chunked(text, size) {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}
