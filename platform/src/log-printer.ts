import { prettyFactory } from 'pino-pretty';

const COLOURS = [36, 35, 33, 32, 34, 96, 95, 93, 92];

/**
 * Prints a service's output with its name in front: pino's JSON lines become one
 * readable line each; anything else passes through as it is.
 */
export function createLogPrinter(): (service: string, line: string) => void {
  const colourOf = new Map<string, number>();
  const pretty = prettyFactory({
    colorize: process.stdout.isTTY,
    translateTime: 'HH:MM:ss',
    ignore: 'pid,hostname,service,req,res',
    singleLine: true,
  });
  const width = 12;
  return (service, line) => {
    if (!colourOf.has(service)) colourOf.set(service, COLOURS[colourOf.size % COLOURS.length]!);
    const label = service.padEnd(width);
    const prefix = process.stdout.isTTY
      ? `\u001b[${colourOf.get(service)}m${label}\u001b[0m`
      : label;
    let text = line;
    if (line.startsWith('{')) {
      try {
        text = pretty(JSON.parse(line)).trimEnd();
      } catch {
        text = line;
      }
    }
    process.stdout.write(`${prefix} │ ${text}\n`);
  };
}
