// One CSV cell as RFC 4180 writes it: quoted (inner quotes doubled) when it holds a quote, a line break or
// a separator — the comma, and also the `;` and tab other spreadsheets split on, so the file reads the same
// whichever separator a reader guesses.

/**
 * @example
 * csvCell('Rua Visconde de Pirajá, 414'); // '"Rua Visconde de Pirajá, 414"'
 * csvCell(42); // '42'
 */
export const csvCell = (value: string | number): string => {
  const text = String(value);
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
