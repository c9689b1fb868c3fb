/**
 * siunitx's unit macros and what they print: the SI prefixes, the named units (SI's,
 * the ones accepted beside it, and a few the package adds: `\percent`, `\decibel`,
 * `\byte`), and the abbreviations siunitx defines (`\GHz`, `\us`, `\kg`). Read by
 * `units`, only inside a unit argument, where `\pm` is a picometre and `\s` a second.
 * Each table is a string of name and symbol pairs, which bundles smaller than an
 * object literal.
 *
 * @example
 * ```ts
 * UNIT_PREFIXES.get('micro'); // 'μ'
 * UNIT_SYMBOLS.get('kelvin'); // 'K'
 * UNIT_SYMBOLS.get('GHz');    // 'GHz'
 * ```
 *
 * @module
 */

/**
 * A table from `name symbol name symbol …`.
 *
 * @example
 * ```ts
 * pairs('kilo k mega M'); // Map { 'kilo' => 'k', 'mega' => 'M' }
 * ```
 */
function pairs(list: string): ReadonlyMap<string, string> {
  const words = list.split(' ');
  const table = new Map<string, string>();
  for (let k = 0; k + 1 < words.length; k += 2)
    table.set(words[k] as string, words[k + 1] as string);
  return table;
}

/** The SI prefixes and the binary ones, as siunitx names them. */
export const UNIT_PREFIXES = pairs(
  'yocto y zepto z atto a femto f pico p nano n micro μ milli m centi c deci d deca da deka da hecto h kilo k mega M giga G tera T peta P exa E zetta Z yotta Y kibi Ki mebi Mi gibi Gi tebi Ti pebi Pi',
);

/**
 * siunitx's abbreviations seen in abstracts (of its 90-odd): a prefix's letter (`u` for
 * micro) and a unit's symbol, which print as written but for `u` → `μ` and `ohm` → `Ω`.
 */
const ABBREVIATIONS =
  'ng ug mg g kg pm nm um mm cm m km fs ps ns us ms s nmol umol mmol mol uA mA A ul ml l uL mL L Hz kHz MHz GHz THz N kN Pa kPa MPa GPa kohm mV V kV W mW kW MW J kJ eV meV keV MeV GeV TeV kWh F K dB';

/** Named units and siunitx's abbreviations, with the symbol each prints. */
export const UNIT_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ...pairs(
    'ampere A candela cd kelvin K kilogram kg gram g metre m meter m mole mol second s becquerel Bq degreeCelsius °C celsius °C coulomb C farad F gray Gy hertz Hz henry H joule J newton N ohm Ω pascal Pa radian rad siemens S sievert Sv steradian sr tesla T volt V watt W weber Wb astronomicalunit au decibel dB dalton Da day d electronvolt eV hour h litre L liter L minute min tonne t arcminute ′ arcsecond ″ degree ° percent % angstrom Å bar bar barn b byte B bit bit',
  ),
  ...ABBREVIATIONS.split(' ').map((name): [string, string] => [
    name,
    name.replace(/^u/, 'μ').replace('ohm', 'Ω'),
  ]),
]);
