/** A return address is only followed inside the portal, never to another site. */
export function safeReturnUrl(value: string | null | undefined): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\')
    ? value
    : '/home';
}

const AFTER_CONFIRMATION = 'atolye.returnAfterConfirmation';

/**
 * Where a visitor was heading when they registered (a session they applied for): kept in this
 * browser while the address is confirmed from the mail, which may open in another tab.
 */
export function rememberReturnAfterConfirmation(value: string | null | undefined): void {
  if (value && safeReturnUrl(value) === value) localStorage.setItem(AFTER_CONFIRMATION, value);
}

/** The address remembered at registration, once: it is forgotten as it is read. */
export function takeReturnAfterConfirmation(): string | null {
  const value = localStorage.getItem(AFTER_CONFIRMATION);
  localStorage.removeItem(AFTER_CONFIRMATION);
  return value && safeReturnUrl(value) === value ? value : null;
}
