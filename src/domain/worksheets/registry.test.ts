import { describe, expect, it } from 'vitest';
import { definitionFor, templateModule, worksheetTemplates } from './registry';

describe('template versions', () => {
  it('a worksheet of the current version reads the current definition', () => {
    for (const t of worksheetTemplates) {
      expect(definitionFor(t.definition.id, t.definition.version)).toBe(t.definition);
    }
  });

  it('each earlier version is kept under its own number, oldest first, below the current one', () => {
    for (const t of worksheetTemplates) {
      const versions = [
        ...(t.earlierDefinitions ?? []).map((d) => d.version),
        t.definition.version,
      ];
      expect(versions).toEqual([...versions].sort((a, b) => a - b));
      expect(new Set(versions).size).toBe(versions.length);
      for (const earlier of t.earlierDefinitions ?? []) {
        expect(earlier.id).toBe(t.definition.id);
        expect(definitionFor(t.definition.id, earlier.version)).toBe(earlier);
      }
    }
  });

  it('a version the app does not know (from a newer device) reads as the current definition', () => {
    const t = templateModule('keep_or_part');
    expect(definitionFor('keep_or_part', 999)).toBe(t.definition);
  });
});
