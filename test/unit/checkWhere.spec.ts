import { parse } from 'qs-esm';
import { describe, expect, test } from 'vitest';
import { whereProblem } from '../../cms/api/checkWhere';

const whereOf = (search: string) => (parse(search, { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true }) as { where?: unknown }).where;

describe('whereProblem', () => {
  test('accepts the queries the admin and the API documentation use', () => {
    for (const search of [
      '?where[path][equals]=/stop-kindermisbruik',
      '?where[or][0][title][like]=groep&where[or][1][slug][equals]=x',
      '?where[id][in]=1,2,3',
      '?where[id][in][0]=1&where[id][in][1]=2',
      '?where[and][0][document.relationTo][equals]=pages&where[and][1][document.value][equals]=4',
      '?where[title][exists]=true',
    ]) {
      expect(whereProblem(whereOf(search)), search).toBeNull();
    }
  });

  test('refuses what reached the database driver as a 500', () => {
    expect(whereProblem(whereOf('?where[path][equals]=%7B&where[path][equals]=1452306630'))).toMatch(/één waarde/);
    expect(whereProblem(whereOf('?where[path][equals][a]=1'))).toMatch(/één waarde/);
    expect(whereProblem(whereOf('?where[path]=x'))).toMatch(/vergelijking nodig/);
    expect(whereProblem(whereOf('?where[path][near]=1,2'))).toMatch(/Onbekende vergelijking/);
    expect(whereProblem(whereOf('?where[__proto__][equals]=1'))).not.toBeNull();
    expect(whereProblem(whereOf('?where[a b][equals]=1'))).toMatch(/Onbekend veld/);
  });

  test('refuses queries too deep or too wide to be cheap', () => {
    let deep: unknown = { title: { equals: 'x' } };
    for (let i = 0; i < 6; i++) deep = { or: [deep] };
    expect(whereProblem(deep)).toMatch(/lagen diep/);
    // Deeper than the query-string parser goes: the rest becomes an odd field name, also refused.
    expect(whereProblem(whereOf(`?where${'[or][0][and][0]'.repeat(4)}[title][equals]=x`))).not.toBeNull();
    const wide = Array.from({ length: 60 }, (_, i) => `where[or][${i}][title][equals]=${i}`).join('&');
    expect(whereProblem(whereOf(`?${wide}`))).toMatch(/hoogstens 50/);
  });
});
