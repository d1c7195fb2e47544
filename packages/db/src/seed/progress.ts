// Progress output for the seed scripts. The seed functions only call `log`; how a line is
// shown (rewritten in place on a terminal, one line each otherwise) is the caller's business.

export interface SeedProgress {
  done: number;
  total: number;
}

/** `progress` is set for batch updates ("seeding medicines 300/600"), absent for one-off messages. */
export type SeedLog = (message: string, progress?: SeedProgress) => void;

interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** On a TTY, progress lines overwrite each other with `\r`; elsewhere (CI, pipes) each is a plain line. */
export function createStreamSeedLog(stream: OutputStream): SeedLog {
  let lineOpen = false;
  return (message, progress) => {
    if (stream.isTTY && progress) {
      const width = Math.max((stream.columns ?? 80) - 1, message.length);
      stream.write(`\r${message.padEnd(width)}`);
      lineOpen = progress.done < progress.total;
      if (!lineOpen) stream.write("\n");
      return;
    }
    if (lineOpen) stream.write("\n");
    lineOpen = false;
    stream.write(`${message}\n`);
  };
}
