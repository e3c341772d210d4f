import { afterEach, describe, expect, test } from 'vitest';
import { saveRecord, setDeleted } from '../db';
import { getWorksheet } from '../db/worksheets';
import { emptyParty, newWorksheet, type WorksheetInput } from '../domain/records';
import type { PlannedEffect } from '../domain/worksheets';
import { db } from './db';
import { notices } from './notices.svelte';
import { recordDecision, undoDecision } from './worksheets.svelte';

afterEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
  notices.items = [];
});

async function decided() {
  const client = await saveRecord(db, 'parties', {
    ...emptyParty('client', { termsNetDays: 30 }),
    name: 'Ada Client',
  });
  const draft: WorksheetInput = {
    ...newWorksheet('keep_or_part', 1, [client.id], [], 'USD'),
    answers: { warned: 'yes' },
  };
  const worksheet = await saveRecord(db, 'worksheets', draft);
  const effects: PlannedEffect[] = [
    {
      effect: 'terms',
      summary: { key: 'worksheets.effect.terms', params: {} },
      table: 'parties',
      id: client.id,
      patch: { termsNetDays: 14 },
      appendNote: null,
    },
  ];
  const result = await recordDecision(
    worksheet.id,
    { ...draft, status: 'decided', decision: { ...draft.decision, decidedOn: '2026-04-01' } },
    effects,
  );
  expect(result.ok).toBe(true);
  return { client, worksheet };
}

describe('undoing a decision from the worksheet', () => {
  test('says so, puts the records back and leaves a draft with its answers', async () => {
    const { client, worksheet } = await decided();
    expect(await undoDecision(worksheet.id)).toBe(true);
    expect(notices.items.at(-1)).toMatchObject({
      text: 'Decision undone; the worksheet is a draft again.',
      tone: 'info',
    });
    expect((await db.parties.get(client.id))?.termsNetDays).toBe(30);
    expect(await getWorksheet(db, worksheet.id)).toMatchObject({
      status: 'draft',
      step: 'decision',
      answers: { warned: 'yes' },
      entries: [],
      decision: { decidedOn: null },
    });
  });

  test('that cannot be undone says why and changes nothing', async () => {
    const { client, worksheet } = await decided();
    await setDeleted(db, 'parties', client.id, true);
    const before = await db.worksheets.get(worksheet.id);
    expect(await undoDecision(worksheet.id)).toBe(false);
    expect(notices.items.at(-1)).toMatchObject({
      text: 'This record no longer exists.',
      tone: 'error',
    });
    expect(await db.worksheets.get(worksheet.id)).toEqual(before);
    expect((await db.parties.get(client.id))?.termsNetDays).toBe(14);
  });
});
