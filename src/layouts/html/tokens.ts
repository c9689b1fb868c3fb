/**
 * HTML as a stream of tags, from our WHATWG tokenizer (`tokenizer.ts`). No tree is
 * built: the embedded-data path needs start tags and their attributes, and a tree of a
 * page nested 100,000 deep costs quadratic time in a tree builder. So this walk does the
 * little of tree construction that changes how text is tokenized: `<script>`, `<style>`,
 * `<title>`, `<textarea>`… switch the tokenizer's state, and `<svg>`/`<math>` content is
 * foreign (CDATA sections, no raw-text elements, SVG's camel-case tag names). The
 * namespace stack is an array: pushes and pops cost O(1) at any depth. No script runs;
 * nothing is fetched.
 *
 * Character references decode with the compact table: a name not in it is kept as
 * written (see `references.ts`).
 *
 * @module
 */
import { type Span, type Tag, type TextMode, tokenize } from './tokenizer.js';

export type { Attribute, Span, Tag } from './tokenizer.js';

/** What the walk reports. */
export interface TagVisitor {
  /** A start tag; `foreign` when it sits in SVG or MathML. */
  startTag(token: Tag, foreign: boolean): void;
  /** An end tag. */
  endTag(token: Tag): void;
  /**
   * Text (character references decoded), only while {@link TagVisitor.wantText} is true,
   * with where its source runs.
   */
  text?(chars: string, location: Span): void;
  /** Whether `text` should be called now. */
  readonly wantText?: boolean;
}

const HTML = 0;
const SVG = 1;
const MATHML = 2;

/** Content models that HTML elements switch to, as the tree builder does. */
const TEXT_MODES: ReadonlyMap<string, TextMode> = new Map([
  ['title', 'rcdata'],
  ['textarea', 'rcdata'],
  ['script', 'script'],
  ['style', 'rawtext'],
  ['xmp', 'rawtext'],
  ['iframe', 'rawtext'],
  ['noembed', 'rawtext'],
  ['noframes', 'rawtext'],
  ['noscript', 'rawtext'],
  ['plaintext', 'plaintext'],
]);

/** HTML start tags that end foreign content ("in foreign content", tree construction). */
const EXITS_FOREIGN = new Set(
  (
    'b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr ' +
    'i img li listing menu meta nobr ol p pre ruby s small span strong strike sub sup ' +
    'table tt u ul var'
  ).split(' '),
);

/** SVG element names HTML lower-cases and the tree builder puts back. */
const SVG_NAMES = new Map(
  (
    'altGlyph altGlyphDef altGlyphItem animateColor animateMotion animateTransform ' +
    'clipPath feBlend feColorMatrix feComponentTransfer feComposite feConvolveMatrix ' +
    'feDiffuseLighting feDisplacementMap feDistantLight feFlood feFuncA feFuncB feFuncG ' +
    'feFuncR feGaussianBlur feImage feMerge feMergeNode feMorphology feOffset ' +
    'fePointLight feSpecularLighting feSpotLight feTile feTurbulence foreignObject ' +
    'glyphRef linearGradient radialGradient textPath'
  )
    .split(' ')
    .map((name) => [name.toLowerCase(), name] as const),
);

/**
 * Whether an element (SVG names adjusted) in `namespace` is an integration point: HTML
 * content inside it (SVG `foreignObject`, `desc`, `title`; MathML `annotation-xml` with
 * an HTML encoding, and the text integration points `mi`, `mo`, `mn`, `ms`, `mtext`).
 *
 * @example
 * ```ts
 * isIntegrationPoint('foreignObject', SVG, []); // true
 * ```
 */
function isIntegrationPoint(name: string, namespace: number, tag: Tag): boolean {
  if (namespace === SVG) return name === 'foreignObject' || name === 'desc' || name === 'title';
  if (namespace !== MATHML) return false;
  if (name === 'annotation-xml') {
    const encoding = tag.attrs.find((attribute) => attribute.name === 'encoding');
    const value = encoding?.value.toLowerCase();
    return value === 'text/html' || value === 'application/xhtml+xml';
  }
  return name === 'mi' || name === 'mo' || name === 'mn' || name === 'ms' || name === 'mtext';
}

/**
 * Tokenize `input` once, reporting tags (with source locations) to `visitor`.
 *
 * @example
 * ```ts
 * walkTags('<div data-props="{}"><svg><style>a{}</style></svg></div>', {
 *   startTag: (token) => console.log(token.tagName), // div, svg, style
 *   endTag: () => {},
 * });
 * ```
 */
export function walkTags(input: string, visitor: TagVisitor): void {
  const namespaces: number[] = [HTML];
  const top = (): number => namespaces[namespaces.length - 1] ?? HTML;
  const sink = {
    foreign: false,
    startTag(tag: Tag): TextMode | undefined {
      const name = tag.tagName;
      const entering = name === 'svg' ? SVG : name === 'math' ? MATHML : undefined;
      if (entering !== undefined && !tag.selfClosing) enter(entering);
      let foreign = top() !== HTML;
      if (foreign && entering === undefined) {
        const font =
          name === 'font' &&
          tag.attrs.some((a) => a.name === 'color' || a.name === 'size' || a.name === 'face');
        if (font || EXITS_FOREIGN.has(name)) {
          leave();
          foreign = top() !== HTML;
        } else {
          const namespace = top();
          if (namespace === SVG) tag.tagName = SVG_NAMES.get(name) ?? name;
          if (!tag.selfClosing && isIntegrationPoint(tag.tagName, namespace, tag)) enter(HTML);
        }
      }
      visitor.startTag(tag, foreign);
      return foreign ? undefined : TEXT_MODES.get(name);
    },
    endTag(tag: Tag): void {
      const namespace = top();
      const name = tag.tagName;
      if (namespace === HTML) {
        const outer = namespaces[namespaces.length - 2];
        const adjusted = outer === SVG ? (SVG_NAMES.get(name) ?? name) : name;
        if (outer !== undefined && isIntegrationPoint(adjusted, outer, tag)) leave();
      } else if (
        (name === 'svg' && namespace === SVG) ||
        (name === 'math' && namespace === MATHML)
      ) {
        leave();
      }
      visitor.endTag(tag);
    },
    text(chars: string, location: Span): void {
      if (visitor.wantText === true) visitor.text?.(chars, location);
    },
  };

  function enter(namespace: number): void {
    namespaces.push(namespace);
    sink.foreign = namespace !== HTML;
  }

  function leave(): void {
    if (namespaces.length > 1) namespaces.pop();
    sink.foreign = top() !== HTML;
  }

  tokenize(input, sink);
}
