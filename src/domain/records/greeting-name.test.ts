import { describe, expect, it } from 'vitest';
import { greetingName } from './greeting-name';

describe('the name a letter greets', () => {
  it('greets the person, not their business in brackets', () => {
    expect(greetingName('Dana Whitfield (Whitfield Realty)')).toBe('Dana Whitfield');
    expect(greetingName('  Ольга Петрова (ИП Петрова)  ')).toBe('Ольга Петрова');
  });

  it('greets a business by its name when no person is named', () => {
    expect(greetingName('Whitfield Realty')).toBe('Whitfield Realty');
    expect(greetingName('Ahmed & Sons Grocers')).toBe('Ahmed & Sons Grocers');
  });

  it('keeps a name that is only a bracket, or has one in the middle', () => {
    expect(greetingName('(Whitfield Realty)')).toBe('(Whitfield Realty)');
    expect(greetingName('Dean (Senior) & Sons Roofing')).toBe('Dean (Senior) & Sons Roofing');
  });
});
