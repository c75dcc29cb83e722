import type { CliIo } from './runCli.js';

/**
 * The few `node:fs` functions the command line uses (declared here so src/ type-checks without
 * Node's types).
 * @internal
 */
export interface NodeFs {
  /** Reads a text file. */
  readonly readFileSync: (path: string, encoding: 'utf8') => string;
  /** Lists a folder with entry types. */
  readonly readdirSync: (path: string, options: { readonly withFileTypes: true }) => readonly {
    /** The entry name. */
    readonly name: string;
    /** Whether it is a folder. */
    isDirectory(): boolean;
    /** Whether it is a file. */
    isFile(): boolean;
  }[];
  /** Resolves symbolic links (npx runs the bin through one). */
  readonly realpathSync: (path: string) => string;
}

/**
 * Input of {@link nodeIo}: what the bin takes from Node's `process`.
 * @internal
 */
export interface NodeIoInput {
  /** `node:fs`. */
  readonly fs: NodeFs;
  /** `process.cwd()`. */
  readonly cwd: string;
  /** `process.argv[1]`: the bin's own path; the package.json one folder above it gives the version. */
  readonly binPath: string;
  /** Whether to use colours: standard output is a terminal and NO_COLOR is not set. */
  readonly colour: boolean;
  /** Writes to standard output. */
  readonly stdout: (text: string) => void;
  /** Writes to standard error. */
  readonly stderr: (text: string) => void;
}

/** The version in the package.json one folder above the bin (dist/cli.js, or src/cli.ts under tsx). */
function versionNear(fs: NodeFs, binPath: string): string {
  try {
    const self = fs.realpathSync(binPath).replace(/\\/g, '/');
    const root = self.slice(0, self.lastIndexOf('/', self.lastIndexOf('/') - 1));
    const pkg = JSON.parse(fs.readFileSync(`${root}/package.json`, 'utf8')) as { readonly version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * The command line's I/O on a real file system: file listing walks folders recursively, skipping
 * `node_modules` and dot-folders.
 *
 * @param input - Node's file system, working folder, bin path and output streams.
 * @returns the {@link CliIo} for {@link runCli}.
 * @internal
 */
export function nodeIo(input: NodeIoInput): CliIo {
  const { fs } = input;
  const listFiles = (dir: string): readonly string[] => {
    const out: string[] = [];
    const walk = (relative: string): void => {
      let entries: ReturnType<NodeFs['readdirSync']>;
      try {
        entries = fs.readdirSync(relative === '' ? dir : `${dir}/${relative}`, { withFileTypes: true });
      } catch {
        return; // not a folder, or unreadable: no files
      }
      for (const entry of entries) {
        const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
        if (entry.isDirectory()) {
          if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(path);
        } else if (entry.isFile()) out.push(path);
      }
    };
    walk('');
    return out;
  };
  return {
    cwd: input.cwd.replace(/\\/g, '/'),
    readFile: (path) => fs.readFileSync(path, 'utf8'),
    listFiles,
    stdout: input.stdout,
    stderr: input.stderr,
    colour: input.colour,
    version: versionNear(fs, input.binPath),
  };
}
