// Session 32 (helper extract): rules read on the spent randoml-heldout (with the earlier dev golds) for kinds of error. Each
// text is a sentence shape of a dev document, rewritten around a made-up place; each test asserts what a reader checks.
import { describe, expect, it } from 'vitest';
import { names, regulation } from './law-text.js';

describe("a people's organisation named after 各级 in a regulation", () => {
  const text = regulation(
    '某市华侨权益保护条例',
    '本市各级归国华侨联合会应当宣传贯彻法律法规和侨务政策，依法维护华侨的合法权益。',
  );
  it('is that organisation (本市各级归国华侨联合会 → 侨联)', () => {
    expect(names('Organisation', text)).toContain('侨联');
  });
  it('is a class without the rule', () => {
    expect(names('Organisation', text, { lawEveryLevelPeoplesOrg: false })).not.toContain('侨联');
  });
});
