/**
 * Reads a byte stream to its end, stopping (and cancelling it) once it passes maxBytes: a
 * download and a gunzip both use it, each with its own words for what went wrong.
 */
export async function readAtMost(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  maxBytes: number,
  words: { failed: (error: Error) => Error; tooLarge: () => Error },
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let part: ReadableStreamReadResult<Uint8Array>;
    try {
      part = await reader.read();
    } catch (error) {
      throw words.failed(error as Error);
    }
    if (part.done) break;
    total += part.value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw words.tooLarge();
    }
    chunks.push(part.value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
