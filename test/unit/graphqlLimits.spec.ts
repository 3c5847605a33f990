import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, test } from 'vitest';
import { graphqlShapeLimit, MAX_GRAPHQL_ALIASES, MAX_GRAPHQL_DEPTH } from '../../cms/api/graphqlLimits';

const schema = buildSchema(`
  type Block { blockType: String, children: [Block] }
  type Module { number: Int, title: String, layout: [Block] }
  type Modules { docs: [Module], totalDocs: Int }
  type Query { Modules(limit: Int): Modules }
`);
const errorsOf = (query: string) => validate(schema, parse(query), [...specifiedRules, graphqlShapeLimit]).map((e) => e.message);

describe('graphqlShapeLimit', () => {
  test('passes an ordinary staff query', () => {
    expect(errorsOf('{ Modules(limit: 20) { docs { number title layout { blockType } } } }')).toEqual([]);
  });

  test('refuses the reported 160-alias query', () => {
    const aliases = Array.from({ length: 160 }, (_, i) => `a${i}: Modules(limit: 100) { docs { layout { __typename } } }`).join('\n');
    expect(errorsOf(`{ ${aliases} }`)).toEqual([`Query has too many aliases (at most ${MAX_GRAPHQL_ALIASES}).`]);
  });

  test('refuses nesting deeper than the cap, also through fragments', () => {
    const nested = (depth: number): string => (depth === 0 ? 'blockType' : `children { ${nested(depth - 1)} }`);
    expect(errorsOf(`{ Modules { docs { layout { ${nested(MAX_GRAPHQL_DEPTH)} } } } }`)).toEqual([`Query is too deep (at most ${MAX_GRAPHQL_DEPTH} levels).`]);
    const viaFragments = `{ Modules { docs { layout { ...A } } } } fragment A on Block { children { ...B } } fragment B on Block { children { children { children { children { children { children { blockType } } } } } } }`;
    expect(errorsOf(viaFragments)[0]).toMatch(/too deep/);
  });

  test('refuses too many field selections through repeated fragments', () => {
    const fields = Array.from({ length: 100 }, () => '...F').join(' ');
    expect(errorsOf(`{ Modules { docs { ${fields} } } } fragment F on Module { number title layout { blockType children { blockType } } }`)).toEqual([
      'Query selects too many fields (at most 400).',
    ]);
  });
});

describe('graphqlShapeLimit documents', () => {
  test('refuses asking for more than 50 documents in all, or for unbounded lists', () => {
    expect(errorsOf('{ Modules(limit: 50) { docs { number } } }')).toEqual([]);
    expect(errorsOf('{ a: Modules(limit: 30) { docs { number } } b: Modules(limit: 30) { docs { number } } }')).toEqual(['Query asks for too many documents (at most 50 in all).']);
    expect(errorsOf('{ Modules(limit: 0) { docs { number } } }')).toEqual(['Query asks for too many documents (at most 50 in all).']);
  });
});
