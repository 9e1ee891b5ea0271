// One person, however they type their address: what matches two signatures of one campaign. Case
// is folded, a "+tag" dropped (alice+petition@example.org is alice@example.org), and Gmail's own
// rules applied (dots do not count, googlemail.com is gmail.com). The mail still goes to the address
// as it was given; the key only decides "the same person". The signature_opt_in migration gave
// existing signatures the same key in SQL: change both together.

const gmailDomains = new Set(['gmail.com', 'googlemail.com']);

export function signatureEmailKey(address: string): string {
  const trimmed = address.trim().toLowerCase();
  const at = trimmed.lastIndexOf('@');
  if (at <= 0) return trimmed;
  let local = trimmed.slice(0, at).replace(/\+.*$/, '');
  let domain = trimmed.slice(at + 1);
  if (gmailDomains.has(domain)) {
    domain = 'gmail.com';
    local = local.replaceAll('.', '');
  }
  return `${local}@${domain}`;
}
