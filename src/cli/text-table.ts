import stringWidth from 'string-width';

/**
 * Rows as aligned columns for a terminal, measured in display columns (a Japanese character
 * takes two), two spaces apart; the last column is left ragged so long text is not padded.
 */
export function formatTable(rows: ReadonlyArray<readonly string[]>): string[] {
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, column) => Math.max(0, ...rows.map((row) => stringWidth(row[column] ?? ''))));
  return rows.map((row) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell + ' '.repeat(widths[column]! - stringWidth(cell))))
      .join('  ')
      .trimEnd(),
  );
}
