/**
 * Page chrome: the header, navigation, buttons and site footer a listing page repeats
 * around its cards, matched exactly after whitespace is collapsed and image
 * placeholders are dropped. Chrome is data, not a guess: a line that merely looks short
 * is not chrome here (the card machine decides what to do with it).
 *
 * @module
 */

/** Lines that start a page header: seeing one after papers starts a new section. */
const HEADER = [
  'new',
  'Get trending papers in your email inbox!',
  'Get trending papers in your email inbox once a day!',
  'Subscribe',
  'Daily Papers',
  'byAK and the research community',
  'by AK and the research community',
];

/** Navigation, buttons and site furniture. */
const FURNITURE = [
  'Daily',
  'Weekly',
  'Monthly',
  'Trending Papers',
  'Trending Papers ranked by GitHub stars activity',
  'Previous',
  'Next',
  'Load more',
  'References',
  // elinks -dump's reference list heads.
  'Visible links',
  'Hidden links:',
  'Read more',
  'Read More',
  'and the research community',
  'by AK',
  'AK',
  'Upvote',
  'Sign in',
  'Sign In',
  'Log In',
  'Login',
  'Sign Up',
  'Copy link',
  'Share',
  'Search',
  'Back to top',
  'View all',
  'See all',
  'Show more',
  'Hugging Face',
  'Models',
  'Datasets',
  'Spaces',
  'Docs',
  'Pricing',
  'Enterprise',
  'Posts',
  'Collections',
  'Papers',
  'Community',
  'Solutions',
  'System theme',
  'Company',
  'Website',
  'TOS',
  'Privacy',
  'About',
  'Jobs',
  'Careers',
  'Blog',
  'Learn',
  'Discord',
  'Forum',
  'Status',
  'Changelog',
  'Paper page',
  'Search papers',
  // The search box's placeholder, which a select-all copy keeps.
  'Search any paper with AI',
  'Search any paper...',
  'Extracted Text',
  "Hugging Face's logo",
  "Hugging Face's logo Hugging Face",
  "Hugging Face's logoHugging Face",
  'Hidden links:',
  'Visible links:',
];

/** Lone list bullets and link syntax left over from a scrape. A lone `-` is not here: it is
 * also the upvote count of a card nobody voted for, and the card machine tells which. */
const SYNTAX = ['*', '+', '•', '[', ']', '\\', '\\\\', '---', '***', '___', '```', '~~~'];

/** Words of navigation and the site footer, which text browsers run together on a line. */
const RUN_WORDS = [
  'Daily',
  'Weekly',
  'Monthly',
  'Previous',
  'Next',
  'TOS',
  'Privacy',
  'About',
  'Careers',
  'Jobs',
  'Website',
  'Company',
  'Models',
  'Datasets',
  'Spaces',
  'Docs',
  'Pricing',
  'Enterprise',
  'Posts',
  'Blog',
  'Learn',
];
// Two or more of those words, spaced or glued (`Daily Weekly Monthly`, `TOSPrivacyAbout`).
const RUN = new RegExp(`^(?:(?:${RUN_WORDS.join('|')}) ?){2,12}$`);
// Header lines an exporter ran together: `new Get trending papers in your email inbox!`.
const HEADER_RUN = new RegExp(
  `^(?:(?:${HEADER.map((line) => line.replace(/[.*+?^${}()|[\]\\!]/g, '\\$&')).join('|')}) ?){2,6}$`,
);
/** Form fields as text browsers draw them: `____`, `[query]`. */
const FIELD = /^(?:_{3,}|\[[^[\]]{1,40}\])$/;
/**
 * A reader view's head over the page (Firefox's, Safari's): the site's domain, the page's
 * title as a tab shows it, and the reading time (`huggingface.co` / `Daily Papers -
 * Hugging Face` / `6–8 minutes`).
 */
const READER =
  /^(?:huggingface\.co|(?:Daily|Trending|Weekly|Monthly) Papers(?: [-–—|] [^\n]{1,40})? [-–—|] Hugging Face|\d{1,3}(?:[–-]\d{1,3})? min(?:ute)?s?(?: read)?)$/;

/**
 * A search tool's line over its results (Hugging Face's MCP server's paper search):
 * `All 9 papers that matched the query 'kazakh'`, `15 papers matched the query 'embodied
 * agent'. Here are the first 7 results.`
 */
const RESULTS =
  /^(?:All )?\d[\d,]{0,9} papers? (?:that )?matched the query (?:'[^\n]{0,150}'|"[^\n]{0,150}")(?:\. Here (?:is|are) the first \d{1,5} results?\.)?$/;

const HEADERS = new Set(HEADER);
const CHROME = new Set([...HEADER, ...FURNITURE, ...SYNTAX]);
const LONGEST = Math.max(...[...CHROME].map((line) => line.length));

/**
 * Whether a collapsed piece of text is page chrome.
 *
 * @example
 * ```ts
 * isChrome('Subscribe');              // true
 * isChrome('Subscribe to our model'); // false
 * isChrome('-');                      // true (a lone list bullet)
 * isChrome('Daily Papers - Hugging Face'); // true (a reader view's head)
 * isChrome("All 9 papers that matched the query 'kazakh'"); // true (a search tool's head)
 * ```
 */
export function isChrome(text: string): boolean {
  if (text.length <= LONGEST && CHROME.has(text)) return true;
  if (text.length > 200) return false;
  // A list bullet before navigation: `* Models`, `• Log In`.
  const first = text.charCodeAt(0);
  if (
    (first === 0x2a || first === 0x2022 || first === 0x2d || first === 0x2b) &&
    text.charCodeAt(1) === 0x20
  ) {
    const rest = text.slice(2);
    if (rest.length <= LONGEST && CHROME.has(rest)) return true;
  }
  // The site's footer: `© Hugging Face`, `© 2026 Hugging Face`.
  if (first === 0xa9 && text.length <= 40) return true;
  return (
    RUN.test(text) ||
    FIELD.test(text) ||
    HEADER_RUN.test(text) ||
    READER.test(text) ||
    RESULTS.test(text)
  );
}

/**
 * Whether a chrome line belongs to a page header: after papers, it starts a new page
 * (a second capture in the same file), whose listing date is yet to come.
 *
 * @example
 * ```ts
 * isPageHeader('new');   // true
 * isPageHeader('Daily'); // false
 * ```
 */
export function isPageHeader(text: string): boolean {
  return (
    (text.length <= LONGEST && HEADERS.has(text)) || (text.length <= 200 && HEADER_RUN.test(text))
  );
}

/**
 * Where a page-header line starts when `text` ends with one: the signature of `cat`
 * over captures without a final newline (`Feb 13, 2023 1new`). The caller checks that
 * what comes before is a line of its own (a date, a count, chrome), so `Renew` is no
 * glued page.
 *
 * @example
 * ```ts
 * gluedHeaderAt('Feb 13, 2023 1new'); // 14
 * gluedHeaderAt('new');               // undefined (nothing glued before it)
 * ```
 */
export function gluedHeaderAt(text: string): number | undefined {
  for (const header of HEADER) {
    if (text.length > header.length && text.endsWith(header)) return text.length - header.length;
  }
  return undefined;
}
