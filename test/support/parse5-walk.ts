/**
 * The parse5-based `walkTags` the HTML reader used before it had its own tokenizer,
 * kept (unchanged but for this comment and `walkEvents`) as the reference that
 * `test/layouts/html-tokenizer.test.ts` holds the new one to. parse5 is a devDependency.
 *
 * What it said of itself: HTML as a stream of tags, from parse5's tokenizer (the WHATWG tokenizer that
 * `hast-util-from-html` and `rehype-parse` run). No tree is built: the embedded-data
 * path needs start tags and their attributes, and a tree of a page nested 100,000 deep
 * costs quadratic time in parse5's tree builder and overflows the stack in
 * `hast-util-from-parse5`. So this walk does the little of tree construction that
 * changes how text is tokenized: `<script>`, `<style>`, `<title>`, `<textarea>`… switch
 * the tokenizer's state, and `<svg>`/`<math>` content is foreign (CDATA sections, no
 * raw-text elements). The namespace stack is an array: pushes and pops cost O(1) at any
 * depth. No script runs; nothing is fetched.
 *
 * @module
 */
import {
  foreignContent,
  html,
  type Token,
  type TokenHandler,
  Tokenizer,
  TokenizerMode,
} from 'parse5';

/** What the walk reports. */
export interface TagVisitor {
  /** A start tag; `foreign` when it sits in SVG or MathML. */
  startTag(token: Token.TagToken, foreign: boolean): void;
  /** An end tag. */
  endTag(token: Token.TagToken): void;
  /**
   * Text (character references decoded), only while {@link TagVisitor.wantText} is true,
   * with where its source runs.
   */
  text?(
    chars: string,
    location: { readonly startOffset: number; readonly endOffset: number } | null,
  ): void;
  /** Whether `text` should be called now. */
  readonly wantText?: boolean;
}

const $ = html.TAG_ID;
const NS = html.NS;

/** Tokenizer states that HTML elements switch to, as the tree builder does. */
const TEXT_STATES = new Map<number, number>([
  [$.TITLE, TokenizerMode.RCDATA],
  [$.TEXTAREA, TokenizerMode.RCDATA],
  [$.SCRIPT, TokenizerMode.SCRIPT_DATA],
  [$.STYLE, TokenizerMode.RAWTEXT],
  [$.XMP, TokenizerMode.RAWTEXT],
  [$.IFRAME, TokenizerMode.RAWTEXT],
  [$.NOEMBED, TokenizerMode.RAWTEXT],
  [$.NOFRAMES, TokenizerMode.RAWTEXT],
  [$.NOSCRIPT, TokenizerMode.RAWTEXT],
  [$.PLAINTEXT, TokenizerMode.PLAINTEXT],
]);

/**
 * Tokenize `input` once, reporting tags (with source locations) to `visitor`.
 *
 * @example
 * ```ts
 * walkTagsParse5('<div data-props="{}"><svg><style>a{}</style></svg></div>', {
 *   startTag: (token) => console.log(token.tagName), // div, svg, style
 *   endTag: () => {},
 * });
 * ```
 */
export function walkTagsParse5(input: string, visitor: TagVisitor): void {
  const namespaces: html.NS[] = [NS.HTML];
  const top = (): html.NS => namespaces[namespaces.length - 1] ?? NS.HTML;
  const onText = (token: Token.CharacterToken): void => {
    if (visitor.wantText === true) visitor.text?.(token.chars, token.location);
  };
  const handler: TokenHandler = {
    onStartTag(token) {
      const entering =
        token.tagID === $.SVG ? NS.SVG : token.tagID === $.MATH ? NS.MATHML : undefined;
      if (entering !== undefined && !token.selfClosing) enter(entering);
      let foreign = top() !== NS.HTML;
      if (foreign && entering === undefined) {
        if (foreignContent.causesExit(token)) {
          leave();
          foreign = top() !== NS.HTML;
        } else {
          const namespace = top();
          if (namespace === NS.SVG) foreignContent.adjustTokenSVGTagName(token);
          if (
            !token.selfClosing &&
            foreignContent.isIntegrationPoint(token.tagID, namespace, token.attrs)
          ) {
            enter(NS.HTML);
          }
        }
      }
      if (!foreign) {
        const state = TEXT_STATES.get(token.tagID);
        if (state !== undefined) tokenizer.state = state;
      }
      visitor.startTag(token, foreign);
    },
    onEndTag(token) {
      const namespace = top();
      if (namespace === NS.HTML) {
        const outer = namespaces[namespaces.length - 2];
        let id = token.tagID;
        if (outer === NS.SVG) {
          const adjusted = foreignContent.SVG_TAG_NAMES_ADJUSTMENT_MAP.get(token.tagName);
          if (adjusted !== undefined) id = html.getTagID(adjusted);
        }
        if (outer !== undefined && foreignContent.isIntegrationPoint(id, outer, token.attrs))
          leave();
      } else if (
        (token.tagID === $.SVG && namespace === NS.SVG) ||
        (token.tagID === $.MATH && namespace === NS.MATHML)
      ) {
        leave();
      }
      visitor.endTag(token);
    },
    onCharacter: onText,
    onWhitespaceCharacter: onText,
    onNullCharacter: onText,
    onComment() {},
    onDoctype() {},
    onEof() {},
    onParseError: null,
  };
  const tokenizer = new Tokenizer({ sourceCodeLocationInfo: true }, handler);

  function enter(namespace: html.NS): void {
    namespaces.push(namespace);
    tokenizer.inForeignNode = namespace !== NS.HTML;
  }

  function leave(): void {
    if (namespaces.length > 1) namespaces.pop();
    tokenizer.inForeignNode = top() !== NS.HTML;
  }

  tokenizer.write(input, true);
}

/** One thing a walk reports, in a form both walks can be compared in. */
export type WalkEvent =
  | readonly [
      'start',
      string,
      boolean,
      boolean,
      number,
      number,
      ReadonlyArray<readonly [string, string, number, number]>,
    ]
  | readonly ['end', string, number, number, ReadonlyArray<readonly [string, string]>]
  | readonly ['text', string, number, number];

/**
 * The events of the parse5 walk, every text run wanted.
 *
 * @example
 * ```ts
 * walkEventsParse5('<p a=1>x</p>');
 * // [['start', 'p', false, false, 0, 7, [['a', '1', 3, 6]]], ['text', 'x', 7, 8], ['end', 'p', 8, 12, []]]
 * ```
 */
export function walkEventsParse5(input: string): WalkEvent[] {
  const events: WalkEvent[] = [];
  walkTagsParse5(input, {
    startTag(token, foreign) {
      const at = token.location?.attrs ?? {};
      events.push([
        'start',
        token.tagName,
        token.selfClosing,
        foreign,
        token.location?.startOffset ?? -1,
        token.location?.endOffset ?? -1,
        token.attrs.map(
          (a) =>
            [a.name, a.value, at[a.name]?.startOffset ?? -1, at[a.name]?.endOffset ?? -1] as const,
        ),
      ]);
    },
    endTag(token) {
      events.push([
        'end',
        token.tagName,
        token.location?.startOffset ?? -1,
        token.location?.endOffset ?? -1,
        token.attrs.map((a) => [a.name, a.value] as const),
      ]);
    },
    text(chars, location) {
      events.push(['text', chars, location?.startOffset ?? -1, location?.endOffset ?? -1]);
    },
    wantText: true,
  });
  return events;
}
