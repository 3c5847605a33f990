import type { ReactNode } from 'react';

export interface ChartFrameProps {
  title: string;
  /** Column headers of the table alternative. */
  columns: string[];
  /** Rows of the table alternative, already formatted. */
  rows: (string | number)[][];
  /** The chart itself; hidden from screen readers, which get the table. */
  children: ReactNode;
}

/**
 * A chart with its table alternative: the SVG is decorative for assistive technology
 * (aria-hidden), and the same numbers are in a table under a disclosure that anyone can open.
 */
export function ChartFrame({ title, columns, rows, children }: ChartFrameProps) {
  return (
    <figure className="sin-dash__card sin-dash__figure">
      <figcaption className="sin-dash__card-title">{title}</figcaption>
      <div className="sin-dash__chart" aria-hidden="true">
        {children}
      </div>
      <details className="sin-dash__details">
        <summary>Toon als tabel</summary>
        <div className="sin-dash__table-scroll">
          <table className="sin-dash__table">
            <caption className="sin-dash__visually-hidden">{title}</caption>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={String(row[0])}>
                  {row.map((cell, index) =>
                    index === 0 ? (
                      <th key={columns[index]} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={columns[index]}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
