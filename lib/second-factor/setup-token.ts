// What a setup form shows, read from its signed setup (lib/second-factor/mutations.ts). Used in the
// browser and on the server alike: the form keeps showing the setup it was sent with (after a
// wrong code the page renders again, and a new secret then would not match the app already
// scanned). Only the server checks the signature, before it stores anything.

export interface SetupForDisplay {
  secret: string;
  recoveryCodes: string[];
  /** The otpauth:// address the QR code holds. */
  uri: string;
}

function fromBase64Url(text: string): string {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** The secret, codes and QR address of a setup, or null when it is not one (a hand-made post). */
export function readSetupForDisplay(setup: unknown): SetupForDisplay | null {
  if (typeof setup !== 'string' || setup.length > 4000) return null;
  try {
    const data: unknown = JSON.parse(fromBase64Url(setup.split('.')[0] ?? ''));
    if (typeof data !== 'object' || data === null) return null;
    const { secret, recoveryCodes, uri } = data as Record<string, unknown>;
    if (typeof secret !== 'string' || typeof uri !== 'string' || !Array.isArray(recoveryCodes)) return null;
    if (!recoveryCodes.every((code) => typeof code === 'string')) return null;
    return { secret, recoveryCodes, uri };
  } catch {
    return null;
  }
}
