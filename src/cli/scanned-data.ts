/**
 * The --data file of a command line that scans one (validate-data, profile, schema infer), read
 * before the CLI has loaded its parser, so that the scan's first worker can boot meanwhile (see
 * prestartPipe). Only a hint: the parser still reads the command line for real.
 */
export function scannedData(argv: string[]): string | undefined {
  const command = argv.find((a) => !a.startsWith("-"));
  if (command !== "validate-data" && command !== "profile" && command !== "schema") return undefined;
  const k = argv.findIndex((a) => a === "--data" || a.startsWith("--data="));
  if (k < 0) return undefined;
  const flag = argv[k]!;
  return flag.startsWith("--data=") ? flag.slice("--data=".length) : argv[k + 1];
}
