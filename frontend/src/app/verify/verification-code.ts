/** The part of a pasted verification address that is the code (`…/verify/<code>`), trimmed. */
export function codeFrom(input: string): string {
  const text = input.trim();
  const match = /\/verify\/([^/?#\s]+)/.exec(text);
  return match ? decodeURIComponent(match[1]) : text;
}

/** Bytes turned into characters per chunk: spreading a whole PDF at once would overflow the stack. */
const CHUNK = 0x8000;

/** A file's bytes as plain base64, for the JSON body the API takes. */
export async function readAsBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}
