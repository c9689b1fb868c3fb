// Re-adds lockfile entries for other platforms' optional binaries (biome, rollup).
//
// Why: the registry these machines reach serves only some platforms' builds, so
// `npm install` here drops the rest from package-lock.json, and then `npm ci` refuses
// ("Missing: @biomejs/cli-darwin-arm64@ from lock file"). An entry that names the
// package's os/cpu/libc lets `npm ci` skip it on a machine it does not fit, without
// fetching it. Run after any `npm install` that rewrites the lockfile.
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;

/** os, cpu and libc from a platform package name such as `cli-linux-x64-musl`. */
function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const osNames = ['android', 'darwin', 'freebsd', 'linux', 'openbsd', 'openharmony', 'win32'];
  const os = parts.find((part) => osNames.includes(part));
  const cpuNames = ['arm64', 'x64', 'arm', 'ia32', 'loong64', 'ppc64', 'riscv64', 's390x'];
  const cpu = parts.find((part) => cpuNames.includes(part));
  const libc = parts.includes('musl') || parts.includes('musleabihf') ? 'musl' : undefined;
  const gnuLinux = os === 'linux' && (parts.includes('gnu') || parts.includes('gnueabihf'));
  return { os, cpu, libc: libc ?? (gnuLinux ? 'glibc' : undefined) };
}

let added = 0;
for (const [key, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const at = `${key ? `${key}/` : ''}node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (packages[at] || packages[hoisted]) continue;
    const { os, cpu, libc } = platformOf(name);
    if (!os || !cpu) continue; // not a platform binary: leave it to npm
    packages[hoisted] = {
      version,
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      os: [os],
      cpu: [cpu],
      ...(libc ? { libc: [libc] } : {}),
    };
    added++;
  }
}
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lockfile: ${added} platform entries added`);
