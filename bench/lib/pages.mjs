/**
 * Large listing pages and Hub JSON for the benchmark, in the shape of the handmade
 * fixtures (`fixtures/handmade/html-*.html`, `hub-*.json`): a Daily Papers page whose
 * bulk is CSS and inline SVG, as saved pages are (SingleFile inlines the stylesheet;
 * every card and the header carry icons), around the `DailyPapers` component's data.
 *
 * @module
 */

/** HTML-escape for an attribute value, as Svelte writes `data-props`. */
const attribute = (text) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
const text = (value) => value.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

const ICON =
  '<svg class="mr-1" xmlns="http://www.w3.org/2000/svg" aria-hidden="true" focusable="false" role="img" width="1em" height="1em" viewBox="0 0 32 32"><path d="M17.74 30L16 29l4-7h6a2 2 0 0 0 2-2V8a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h9v2H6a4 4 0 0 1-4-4V8a4 4 0 0 1 4-4h20a4 4 0 0 1 4 4v12a4 4 0 0 1-4 4h-4.84z" fill="currentColor"></path><path d="M8 10h16v2H8z" fill="currentColor"></path><path d="M8 16h10v2H8z" fill="currentColor"></path></svg>';

/** One Hub daily-papers entry, about 3 KB, like the fixtures'. */
function entry(k) {
  const id = `2603.${String(10000 + k)}`;
  const authors = Array.from({ length: 3 + (k % 9) }, (_, a) => ({
    _id: `69aa20ecc4f6edddcc6c${String(k * 16 + a).padStart(4, '0')}`,
    name: `Author ${k}-${a} Surname`,
    hidden: false,
  }));
  const summary = `${`We study problem ${k} of language modeling. `.repeat(30)}It runs 2.44times faster.`;
  const by = {
    _id: `u${k}`,
    avatarUrl: `/avatars/${k}.svg`,
    isPro: false,
    fullname: `User ${k}`,
    user: `user${k}`,
    type: 'user',
  };
  return {
    paper: {
      id,
      authors,
      publishedAt: '2026-03-04T17:08:18.000Z',
      submittedOnDailyAt: '2026-03-06T03:55:12.777Z',
      title: `Paper ${k}: Efficient "Transformers" & Friends for Auto-Regressive Modeling`,
      submittedOnDailyBy: by,
      summary,
      upvotes: k * 3,
      discussionId: `d${k}`,
      ...(k % 2 === 0
        ? {
            githubRepo: `https://github.com/lab${k}/code`,
            githubRepoAddedBy: 'user',
            githubStars: k * 11,
          }
        : {}),
      ai_summary: `Paper ${k} improves language modeling.`,
      ai_keywords: ['language models', 'transformers'],
      ...(k % 3 === 0
        ? { organization: { _id: `o${k}`, name: `lab${k}`, fullname: `Lab ${k}` } }
        : {}),
    },
    publishedAt: '2026-03-04T12:08:18.000Z',
    title: `Paper ${k}: Efficient "Transformers" & Friends for Auto-Regressive Modeling`,
    summary,
    thumbnail: `https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/${id}.png`,
    numComments: k % 7,
    submittedBy: { ...by, name: by.user },
    isAuthorParticipating: false,
  };
}

function card(e) {
  const { paper } = e;
  return `<article class="relative flex flex-col overflow-hidden rounded-xl border"><a href="/papers/${paper.id}" class="block h-56"><img src="${e.thumbnail}" loading="lazy" alt=""></a><div class="flex px-6 pt-5 pb-3"><div class="text-orange-500">${ICON}${paper.upvotes}</div><div class="w-full"><h3 class="mb-1 text-lg font-semibold"><a href="/papers/${paper.id}">${text(paper.title)}</a></h3><p class="line-clamp-3">${text(paper.summary)}</p><ul class="flex">${paper.authors.map((a) => `<li title="${attribute(a.name)}">${ICON}</li>`).join('')}</ul><a href="/papers/${paper.id}#community">${ICON}${e.numComments}</a></div></div></article>`;
}

/** Utility CSS rules, as a Tailwind build has thousands of. */
function css(bytes) {
  const rules = [];
  let length = 0;
  for (let k = 0; length < bytes; k++) {
    const rule = `.u-${k}{margin:${k % 13}px ${k % 7}px;color:rgb(${k % 255} 100 200/.5)}@media (min-width:768px){.md\\:u-${k}{padding:${k % 9}rem}}\n`;
    rules.push(rule);
    length += rule.length;
  }
  return rules.join('');
}

/**
 * A Daily Papers page of about `bytes` code units with `papers` papers: a third of it
 * CSS, a third inline SVG, the rest the cards and the page data.
 *
 * @example
 * ```js
 * const { html, papers } = htmlPage(1.5e6);
 * lib.parseListing(html).papers.length === papers; // true
 * ```
 */
export function htmlPage(bytes, papers = 50) {
  const entries = Array.from({ length: papers }, (_, k) => entry(k));
  const props = {
    dailyPapers: entries,
    dateString: '2026-03-06',
    periodType: 'day',
    query: {},
    isTrending: false,
  };
  const body = `<main><div class="SVELTE_HYDRATER contents" data-target="DailyPapers" data-props="${attribute(JSON.stringify(props))}"><section>${entries.map(card).join('\n')}</section></div></main>`;
  const rest = Math.max(0, bytes - body.length);
  const icons = ICON.repeat(Math.ceil(rest / 2 / ICON.length));
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>Daily Papers - Hugging Face</title><link rel="canonical" href="https://huggingface.co/papers/date/2026-03-06"><style>${css(rest / 2)}</style></head><body><div class="SVELTE_HYDRATER contents" data-target="MainHeader" data-props="{&quot;isWide&quot;:true}"><header>${icons}</header></div>${body}</body></html>`;
  return { html, papers };
}

/**
 * `/api/daily_papers` responses of about `bytes`: a JSON document and the same entries
 * as JSON Lines.
 *
 * @example
 * ```js
 * hubJson(1e6).papers; // about 330
 * ```
 */
export function hubJson(bytes) {
  const entries = [];
  let length = 0;
  for (let k = 0; length < bytes; k++) {
    const e = entry(k);
    entries.push(e);
    length += JSON.stringify(e).length + 1;
  }
  return {
    document: JSON.stringify(entries, null, 1),
    lines: `${entries.map((e) => JSON.stringify(e)).join('\n')}\n`,
    papers: entries.length,
  };
}
