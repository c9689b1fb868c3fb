/**
 * The `paper-listing` command (placeholder until the CLI lands).
 *
 * @module
 */
process.stderr.write('paper-listing: the CLI is not built yet\n');
process.exitCode = 2;
