import { err, ok, type Result } from '../graph/result';

const CHUNK = 0x8000;

/** Bytes to base64url without padding (RFC 4648 §5): safe in a URL fragment as is. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The inverse of `toBase64Url`; anything that is not base64url is an error, never a throw. */
export function fromBase64Url(text: string): Result<Uint8Array> {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return err('it contains characters a link never has');
  if (text.length % 4 === 1) return err('it is cut short');
  const padded =
    text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  try {
    const binary = atob(padded);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return ok(bytes);
  } catch {
    return err('it is not valid base64url');
  }
}
