import { resolve } from 'node:path';
import { defaultDataDirectory } from '../host/paths';

/** Parsed command line of the browser-mode host. */
export interface BrowserCliOptions {
  port: number;
  dataDirectory: string;
  staticDirectory: string;
}

/** Parses `--port N --data-dir DIR --static DIR`; unknown flags are an error with a clear message. */
export function parseBrowserCli(argv: readonly string[], defaults: { staticDirectory: string }): BrowserCliOptions {
  const options: BrowserCliOptions = { port: 4317, dataDirectory: defaultDataDirectory(), staticDirectory: defaults.staticDirectory };
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index];
    const value = argv[index + 1];
    if (flag === '--port' && value !== undefined) {
      const port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0..65535, got ${value}`);
      options.port = port;
      index += 1;
    } else if (flag === '--data-dir' && value !== undefined) {
      options.dataDirectory = resolve(value);
      index += 1;
    } else if (flag === '--static' && value !== undefined) {
      options.staticDirectory = resolve(value);
      index += 1;
    } else {
      throw new Error(`Unknown or incomplete option: ${flag ?? ''}`);
    }
  }
  return options;
}
