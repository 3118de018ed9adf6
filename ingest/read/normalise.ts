// The last step for every format: one kind of line ending, no control characters but \n and \t.

/** \r\n and \r → \n; form feed and vertical tab (page breaks) → \n; NUL, C0/C1 controls, BOMs dropped. */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\f\v\u2028\u2029]/g, '\n')
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFEFF]/g, '');
}

/** True when nothing but whitespace (including full-width and no-break spaces) is left. */
export function isBlank(text: string): boolean {
  return !/[^\s\u3000\u00A0\u200B]/.test(text);
}
