/**
 * `units`: siunitx's quantities print as a reader sees them. `\SI{5}{\kelvin}` and
 * `\qty{5}{\kelvin}` become `5 K`, `\si{\giga\hertz}` and `\unit{…}` the unit alone
 * (`GHz`), `\num{0.62}` the number, and `\ang{;30}` the angle (`30′`). A unit is
 * siunitx's macros (prefixes, named units, its abbreviations such as `\us`, `\per` as
 * `/`, `\squared`) or literal text, kept as written (`\SI{3.2}{ms}`); a percent sign
 * or an angle's mark is glued to its number, any other unit spaced. A number may hold
 * an uncertainty (`5.2\pm0.7`, `67.4(2)`) and an exponent (`4e8` → `4×10^8`).
 * Anything else (options in brackets, a macro siunitx does not define, a unit mixing
 * macros and letters, a user's `\ang{B,X}` or `\unit{n}`) keeps the whole command.
 *
 * @example
 * ```text
 * achieves \SI{96.73}{\percent} accuracy with sub-\SI{40.00}{\milli\second} latency → achieves 96.73% accuracy with sub-40.00 ms latency
 * a \SI{700}{\celsius} anneal, \SI{4e8}{\kg\per\second} and \SI{5.2\pm0.7}{\milli\eV} → a 700 °C anneal, 4×10^8 kg/s and 5.2±0.7 meV
 * at 100~\si{\hertz}, \qty{30}{\kmh}, \SI{0.1}{\degree} and \num{6.47} points → at 100 Hz, \qty{30}{\kmh}, 0.1° and 6.47 points
 * about $500\unit{mrad}$, 15\unit{Nm} and 20\si{\percent} → about 500 mrad, 15 Nm and 20%
 * a \SI{67.4(2)}{ps} decay, 3 \si{K}, \SI{}{\angstrom}, \ang{;30} and \ang{1;2;3} → a 67.4(2) ps decay, 3 K, Å, 30′ and 1°2′3″
 * $\SI{458}{\kilo\joule\per\kilo\gram}$, \si{\watt\per\meter\per\kelvin}, \si{\square\meter} → 458 kJ/kg, W/(m K), m²
 * a finesse of \SI{2.35}{\times 10^4}, v1's power of ten as a unit → a finesse of 2.35 × 10^4, v1's power of ten as a unit
 * \SI{10}{\mu m} thick, $\hat{x}=\unit{X}$, $\si{ij}$, below 3.74(1) \si{K} and 20 \si{dB} → 10 μm thick, x̂=\unit{X}, \si{ij}, below 3.74(1) K and 20 dB
 * a user's \ang{B,X}, \unit{n}, \num{N} and \SI[round-mode=places]{5}{\meter} → a user's \ang{B,X}, \unit{n}, \num{N} and \SI[round-mode=places]{5}{\meter}
 * ```
 *
 * @module
 */
import { closingBrace, isDigit, lettersEnd } from '../scan.js';
import { UNIT_PREFIXES, UNIT_SYMBOLS } from '../tables/units.js';
import { type Rule, single } from '../types.js';

/** The commands, and whether each takes a number first (`true`) or only a unit. */
const COMMANDS: ReadonlyMap<string, boolean> = new Map([
  ['SI', true],
  ['qty', true],
  ['si', false],
  ['unit', false],
]);

/** The longest argument read: a quantity is short, and hostile input stays linear. */
const LONGEST = 80;

/** Units printed right after their number: `5%`, `30°`, `2′`. */
const GLUED = /^[%°′″](?!C)/;

export const units: Rule = {
  name: 'units',
  prefilter: {
    triggers: '\\',
    anchors: ['\\'],
  },
  match(text, at, ctx) {
    const name = ctx.macroName(text, at);
    const numbered = COMMANDS.get(name);
    const open = at + 1 + name.length;
    if (numbered === undefined && name !== 'num' && name !== 'ang') return undefined;
    const first = argument(text, open);
    if (first === undefined) return undefined;
    if (name === 'num') {
      const value = number(first.text);
      return value === undefined || value === '' ? undefined : single(at, first.end, value);
    }
    if (name === 'ang') {
      const angle = degrees(first.text);
      return angle === undefined ? undefined : single(at, first.end, angle);
    }
    if (!numbered) {
      const unit = unitText(first.text);
      // Letters alone are a unit only after a quantity (`3.74(1) \si{K}`, `500\unit{mrad}`):
      // elsewhere they are as often a user's `\unit{N}` (a unit vector) or `\si{ij}`.
      if (unit === undefined || (!first.text.includes('\\') && !afterQuantity(text, at))) {
        return undefined;
      }
      // A unit glued after its number or a power is spaced from it (`500\unit{mrad}`).
      const before = text.charCodeAt(at - 1);
      const spaced = (isDigit(before) || before === 0x7d) && !GLUED.test(unit);
      return single(at, first.end, spaced ? ` ${unit}` : unit);
    }
    const second = argument(text, first.end);
    const value = number(first.text);
    const unit = second === undefined ? undefined : unitText(second.text);
    if (second === undefined || value === undefined || unit === undefined) return undefined;
    const joined = value === '' || GLUED.test(unit) ? value + unit : `${value} ${unit}`;
    return single(at, second.end, joined);
  },
};

/**
 * The braced argument whose `{` is at `open`: its text and where it ends.
 *
 * @example
 * ```ts
 * argument('\\SI{5}{K}', 3); // { text: '5', end: 6 }
 * ```
 */
function argument(text: string, open: number): { text: string; end: number } | undefined {
  if (text.charCodeAt(open) !== 0x7b) return undefined;
  const close = closingBrace(text, open, LONGEST);
  return close === -1 ? undefined : { text: text.slice(open + 1, close), end: close + 1 };
}

/** A number as siunitx reads it: sign, digits, an uncertainty, an exponent. */
const NUMBER =
  /^([+-]?(?:\d[\d.,]*|[.,]\d+)(?:\(\d+\))?(?: ?(?:\\pm|\+-) ?\d[\d.,]*)?)(?:[eE]([+-]?)(\d+))?$/;

/**
 * A number's printed form: `''` for none, `undefined` for anything siunitx would not
 * read as one (a user's macro with the same name).
 *
 * @example
 * ```ts
 * number('5.2\\pm0.7'); // '5.2±0.7'
 * number('1e-3');       // '1×10^{-3}'
 * number('N');          // undefined
 * ```
 */
function number(text: string): string | undefined {
  const body = text.trim();
  if (body === '') return '';
  const read = NUMBER.exec(body);
  if (read === null) return undefined;
  const mantissa = (read[1] as string).replace(/\\pm|\+-/, '±');
  const digits = read[3];
  if (digits === undefined) return mantissa;
  const power = read[2] === '-' ? `-${digits}` : digits;
  return `${mantissa}×10^${power.length === 1 ? power : `{${power}}`}`;
}

/**
 * An angle `degrees;minutes;seconds`, any part empty: `1°2′3″`, `;30` → `30′`.
 *
 * @example
 * ```ts
 * degrees(';3.3'); // '3.3′'
 * degrees('B,X');  // undefined
 * ```
 */
function degrees(text: string): string | undefined {
  const parts = text.split(';');
  if (parts.length > 3) return undefined;
  let out = '';
  for (const [k, part] of parts.entries()) {
    if (part === '') continue;
    if (!/^\d+(?:\.\d+)?$/.test(part)) return undefined;
    out += part + '°′″'.charAt(k);
  }
  return out === '' ? undefined : out;
}

/**
 * Whether a number, a power's group, an uncertainty's parenthesis or a formula's `$`
 * ends right before `at`, or before one space or tie there (a formula's only so).
 *
 * @example
 * ```ts
 * afterQuantity('below 3.74(1) \\si{K}', 14); // true
 * afterQuantity('the vector \\unit{N}', 11); // false
 * ```
 */
function afterQuantity(text: string, at: number): boolean {
  let end = at;
  const gap = text.charCodeAt(end - 1);
  if (gap === 0x20 || gap === 0x7e) end--;
  const last = text.charCodeAt(end - 1);
  // A formula's closer only with the gap (`$11.4$ \si{PeV}`); glued, a `$` opens one.
  return isDigit(last) || last === 0x7d || last === 0x29 || (last === 0x24 && end < at);
}

/** Literal unit text: letters, digits and what units are written with. */
const LITERAL = /^[\p{L}\d/^{}().+\-·×* ]+$/u;

/**
 * A unit argument's printed form: literal text as written, or siunitx's macros put
 * together; `undefined` for anything else.
 *
 * @example
 * ```ts
 * unitText('\\kilo\\joule\\per\\kilo\\gram'); // 'kJ/kg'
 * unitText('GeV/cm^3');                      // 'GeV/cm^3'
 * unitText('\\kmh');                         // undefined
 * ```
 */
function unitText(text: string): string | undefined {
  const body = text.trim();
  if (body === '\\%') return '%';
  // A prefix's `μ` is glued to its unit, as math mode sets `\mu m` (`μm`).
  if (!body.includes('\\')) return LITERAL.test(body) ? body.replace(/μ /g, 'μ') : undefined;
  return macroUnits(body);
}

/**
 * siunitx's unit macros put together: a prefix and a power glued to their unit, units
 * spaced, `\per` a slash before the denominator (in parentheses when it has two units).
 *
 * @example
 * ```ts
 * macroUnits('\\ohm\\meter\\per\\kelvin'); // 'Ω m/K'
 * macroUnits('\\meter\\squared');          // 'm²'
 * ```
 */
function macroUnits(body: string): string | undefined {
  const above: string[] = [];
  const below: string[] = [];
  let prefix = '';
  let power = '';
  let per = false;
  let last: string[] | undefined;
  for (let at = 0; at < body.length; ) {
    if (body.charCodeAt(at) === 0x20) {
      at++;
      continue;
    }
    if (body.charCodeAt(at) !== 0x5c) return undefined;
    const end = lettersEnd(body, at + 1);
    const name = body.slice(at + 1, end);
    at = end;
    const symbol = UNIT_SYMBOLS.get(name);
    if (symbol !== undefined) {
      last = per ? below : above;
      last.push(prefix + symbol + power);
      prefix = '';
      power = '';
      per = false;
    } else if (UNIT_PREFIXES.has(name) && prefix === '') prefix = UNIT_PREFIXES.get(name) as string;
    else if (name === 'per' && !per) per = true;
    else if ((name === 'square' || name === 'cubic') && power === '') {
      power = name === 'square' ? '²' : '³';
    } else if ((name === 'squared' || name === 'cubed') && last !== undefined) {
      last.push(`${last.pop()}${name === 'squared' ? '²' : '³'}`);
      last = undefined;
    } else return undefined;
  }
  if (above.length === 0 || prefix !== '' || power !== '' || per) return undefined;
  const denominator = below.length > 1 ? `(${below.join(' ')})` : (below[0] ?? '');
  return above.join(' ') + (denominator === '' ? '' : `/${denominator}`);
}
