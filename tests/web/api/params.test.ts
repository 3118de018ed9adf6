import { describe, expect, it } from 'vitest';
import { paramInput, parseParam } from '../../../web/src/api/params.js';

const p = (type: string, example?: unknown) => ({ name: 'x', type, description: '', example });

describe('canned query parameters', () => {
  it('prefills strings bare and other examples as JSON', () => {
    expect(paramInput(p('string', '吉林省'))).toBe('吉林省');
    expect(paramInput(p('list<string>', ['青少年', '农民']))).toBe('["青少年","农民"]');
    expect(paramInput(p('integer'))).toBe('');
  });

  it('reads numbers, booleans and JSON lists by declared type', () => {
    expect(parseParam(p('integer'), '2020')).toBe(2020);
    expect(parseParam(p('float'), '0.5')).toBe(0.5);
    expect(parseParam(p('boolean'), 'true')).toBe(true);
    expect(parseParam(p('list<string>'), '["青少年"]')).toEqual(['青少年']);
    expect(parseParam(p('string'), '湖北省')).toBe('湖北省');
  });

  it('says which parameter is wrong', () => {
    expect(() => parseParam(p('integer'), 'abc')).toThrow(/Parameter x/);
  });
});
