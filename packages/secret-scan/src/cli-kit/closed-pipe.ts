/**
 * A reader that closes the pipe early (`| head`) is not an error: the
 * writes that can no longer be read are dropped, with no stack trace. Any
 * other stream error still surfaces.
 */
export function ignoreClosedPipes(streams: readonly NodeJS.WriteStream[] = [process.stdout, process.stderr]): void {
  for (const stream of streams) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }
}
