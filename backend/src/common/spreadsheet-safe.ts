/**
 * Text a spreadsheet program would read as a formula (=, +, -, @, tab, carriage return first)
 * gets a leading apostrophe, so an exported name like "=cmd|..." stays plain text.
 */
export function spreadsheetSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
