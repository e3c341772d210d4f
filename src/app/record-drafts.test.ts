// @vitest-environment jsdom
/**
 * The draft keeper (state/drafts.svelte.ts) as the app uses it: each record's edit form keeps its
 * unsaved typing under that record, gives it back after a reload only to that record's form, and
 * never lays one record's draft over another's, however the address moves between them.
 */
import { cleanup, configure, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { today } from '../domain/dates';
import { checkJobDraft, emptyJobDraft } from '../features/jobs/job-draft';
import { checkPartyDraft, newPartyDraft } from '../features/people/party-draft';
import { save } from '../state/actions';
import { db } from '../state/db';
import { saveAllDrafts } from '../state/drafts.svelte';
import App from './App.svelte';

const draftKey = (jobId: string) => `goodwill-ledger:draft:job:${jobId}`;
const restoredNotice = 'What you had typed was kept through the reload. It is not saved yet.';

function ok<T>(result: { ok: true; value: T } | { ok: false }): T {
  if (!result.ok) throw new Error('The test record is not valid.');
  return result.value;
}

/** A client with two jobs, saved through the app's own write path. */
async function twoJobs() {
  const client = await save('parties', {
    ...ok(checkPartyDraft({ ...newPartyDraft('client', 30), name: 'Harbour Bakery' })),
  });
  if (!client.ok) throw new Error(client.message);
  const job = async (title: string, amount: string) => {
    const draft = emptyJobDraft({
      today: today(),
      currency: 'USD',
      termsNetDays: 30,
      clientId: client.record.id,
    });
    const lines = [{ ...draft.lines[0]!, unitPrice: amount }];
    const saved = await save('jobs', ok(checkJobDraft({ ...draft, title, lines })));
    if (!saved.ok) throw new Error(saved.message);
    return saved.record.id;
  };
  return { a: await job('Fix the oven', '400'), b: await job('Paint the sign', '250') };
}

/**
 * Goes to an address as the address bar would, and waits for the router to follow (the app is
 * rendered first: the router reads the address once when loaded, then follows its changes).
 */
async function go(hash: string) {
  const changed = new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
  location.hash = hash;
  await changed;
}

const title = () => screen.findByLabelText('What is the job?') as Promise<HTMLInputElement>;

// A loaded two-core machine can take seconds over a first render: wait for the state, not a time.
configure({ asyncUtilTimeout: 15_000 });
const until = (check: () => Promise<void> | void) => vi.waitFor(check, { timeout: 15_000 });

// The form's code, compiled once before the tests rather than inside the first one's wait.
beforeAll(async () => {
  await import('../features/jobs/JobForm.svelte');
  await import('../features/jobs/JobDetail.svelte');
}, 60_000);

// jsdom has no layout: the shell's measured dock (bind:clientHeight) needs a ResizeObserver to exist.
vi.stubGlobal(
  'ResizeObserver',
  class {
    observe() {}
    unobserve() {}
    disconnect() {}
  },
);

beforeEach(async () => {
  sessionStorage.clear();
  if (location.hash !== '#/') await go('#/');
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('drafts of record forms', { timeout: 60_000 }, () => {
  test('unsaved typing is kept under its own job, and another job’s form neither shows nor keeps it', async () => {
    const { a, b } = await twoJobs();
    render(App);
    await go(`#/jobs/${a}/edit`);
    await until(async () => expect((await title()).value).toBe('Fix the oven'));
    await fireEvent.input(await title(), { target: { value: 'Fix the oven door' } });

    saveAllDrafts(); // The page is hidden.
    expect(JSON.parse(sessionStorage.getItem(draftKey(a)) ?? '{}')).toMatchObject({
      title: 'Fix the oven door',
    });
    expect(sessionStorage.getItem(draftKey(b))).toBeNull();

    await go(`#/jobs/${b}/edit`);
    await until(async () => expect((await title()).value).toBe('Paint the sign'));
    expect(screen.queryByDisplayValue('Fix the oven door')).toBeNull();
    saveAllDrafts();
    expect(sessionStorage.getItem(draftKey(b))).toBeNull();
  });

  test('after a reload, a kept draft comes back in its own job’s form only', async () => {
    const { a, b } = await twoJobs();
    sessionStorage.setItem(draftKey(a), JSON.stringify({ title: 'Fix the oven door' }));

    // The reloaded tab opens on the other job: it shows that job as stored, and says nothing.
    render(App);
    await go(`#/jobs/${b}/edit`);
    await until(async () => expect((await title()).value).toBe('Paint the sign'));
    expect(screen.queryByText(restoredNotice)).toBeNull();
    expect(sessionStorage.getItem(draftKey(a))).not.toBeNull();

    await go(`#/jobs/${a}/edit`);
    await until(async () => expect((await title()).value).toBe('Fix the oven door'));
    expect(await screen.findByText(restoredNotice)).toBeTruthy();
  });

  test('a draft taken by one job’s form is never laid over the next job’s, even before the first loaded', async () => {
    const { a, b } = await twoJobs();
    sessionStorage.setItem(draftKey(a), JSON.stringify({ title: 'Fix the oven door' }));
    // Job reads wait until released: the address moves on while job A is still being read.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const get = db.jobs.get.bind(db.jobs);
    vi.spyOn(db.jobs, 'get').mockImplementation((async (key: string) => {
      await held;
      return get(key);
    }) as typeof db.jobs.get);

    render(App);
    await go(`#/jobs/${a}/edit`);
    // A's form is open (it took A's draft and said so) but A is not read yet.
    await screen.findByText(restoredNotice);
    await go(`#/jobs/${b}/edit`);
    release();

    await until(async () => expect((await title()).value).toBe('Paint the sign'));
    expect(screen.queryByDisplayValue('Fix the oven door')).toBeNull();
  });

  test('a saved job keeps no draft', async () => {
    const { a } = await twoJobs();
    render(App);
    await go(`#/jobs/${a}/edit`);
    await until(async () => expect((await title()).value).toBe('Fix the oven'));
    await fireEvent.input(await title(), { target: { value: 'Fix the oven door' } });
    saveAllDrafts();
    expect(sessionStorage.getItem(draftKey(a))).not.toBeNull();

    (await screen.findByRole('button', { name: 'Save' })).click();
    await until(async () => expect((await db.jobs.get(a))?.title).toBe('Fix the oven door'));
    await screen.findByRole('heading', { level: 1, name: 'Fix the oven door' });
    saveAllDrafts();
    expect(sessionStorage.getItem(draftKey(a))).toBeNull();
  });
});
