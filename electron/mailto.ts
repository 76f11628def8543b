/** A message for the user's mail client; only the app composes these (the bundle export offers one). */
export interface MailDraft {
  to: string;
  subject: string;
  body: string;
}

const ADDRESS = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;

export function buildMailto(draft: MailDraft): string | null {
  if (!ADDRESS.test(draft.to)) return null;
  return `mailto:${draft.to}?subject=${encodeURIComponent(draft.subject)}&body=${encodeURIComponent(draft.body)}`;
}

/**
 * Re-creates a mailto: link from its parts, so what reaches the operating system is exactly what
 * buildMailto would make: one plain address, a subject and a body. Anything else (other schemes,
 * several recipients, extra headers such as `attach`) is null.
 */
export function sanitizeMailto(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'mailto:') return null;
  const keys = [...parsed.searchParams.keys()];
  if (keys.some((k) => k !== 'subject' && k !== 'body')) return null;
  return buildMailto({
    to: decodeURIComponent(parsed.pathname),
    subject: parsed.searchParams.get('subject') ?? '',
    body: parsed.searchParams.get('body') ?? '',
  });
}
