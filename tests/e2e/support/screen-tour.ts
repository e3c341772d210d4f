/**
 * A walk through the app's main screens at a fixed moment, over the demo business, for the tests
 * that look at every screen (screens-at-360: compared screenshots; no-clipped-text: text that does
 * not fit). Each stop has a stable name and reaches its screen the way the owner would: a route
 * for the top-level screens, then rows and links found by the records' names. Labels come from the
 * message catalogue, so the walk reads the same in English and Russian and follows wording changes.
 *
 * The records are chosen by the demo's own model (the same seed and day the app uses): the client
 * reminded most (the subject of the demo's "forgive or pursue" and "warn" worksheets), its unpaid
 * bill, the steadiest client, the job with a complaint and a subcontractor. Every demo job is
 * already invoiced, so the tour adds one done job of its own to make an invoice from.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { dayOf } from '../../../src/domain/dates';
import { DEMO_SEED, generateDemo } from '../../../src/domain/demo';
import { demoWorksheets } from '../../../src/domain/demo/worksheets';
import type { WorksheetTemplateId } from '../../../src/domain/records';
import { en, ru, type MessageKey } from '../../../src/i18n/catalogue';
import { bulkWrite } from './slow-work';

/** The moment every tour runs at: the demo's "today" and every date on screen follow from it. */
export const tourMoment = new Date('2026-06-15T12:00:00Z');

export type Language = 'en' | 'ru';
export type Theme = 'light' | 'dark';
export const languages: readonly Language[] = ['en', 'ru'];
export const themes: readonly Theme[] = ['light', 'dark'];

/**
 * Browser settings for one language and theme. The app's own settings stay at their defaults
 * ("auto" language, "system" theme), which follow the browser: no settings screen, no reload, and
 * the same first paint a new owner with that browser sees.
 */
export function browserFor(language: Language, theme: Theme) {
  return {
    locale: language === 'ru' ? 'ru-RU' : 'en-US',
    colorScheme: theme,
    timezoneId: 'UTC',
    reducedMotion: 'reduce',
  } as const;
}

const catalogues = { en, ru };

/** The records the tour visits, by name, from the demo's model. */
function demoSubjects() {
  const asOf = dayOf(tourMoment);
  const demo = generateDemo({ seed: DEMO_SEED, asOf, currency: 'USD' });
  const party = (id: string | undefined) => {
    const found = demo.parties.find((p) => p.id === id);
    if (!found) throw new Error(`the demo has no party ${id}`);
    return found;
  };
  const job = (id: string | undefined) => {
    const found = demo.jobs.find((j) => j.id === id);
    if (!found) throw new Error(`the demo has no job ${id}`);
    return found;
  };
  const worksheets = demoWorksheets(demo, { seed: DEMO_SEED, asOf }).map((w) => ({
    templateId: w.templateId,
    client: party(w.partyIds[0]).name,
    job: w.jobIds[0] ? job(w.jobIds[0]) : undefined,
  }));
  const forgive = worksheets.find((w) => w.templateId === 'forgive_or_pursue');
  const settle = worksheets.find((w) => w.templateId === 'who_pays_whom');
  if (!forgive?.job || !settle?.job?.subcontractorId) {
    throw new Error('the demo no longer has the subjects the tour visits');
  }
  return {
    client: forgive.client,
    job: forgive.job.title,
    subcontractor: party(settle.job.subcontractorId).name,
    worksheets: worksheets.map((w) => ({
      templateId: w.templateId,
      client: w.client,
      job: w.job ? { title: w.job.title } : undefined,
    })),
  };
}

export const subjects = demoSubjects();

/** The pieces of the app the stops use, in the tour's language. */
export class Tour {
  constructor(
    readonly page: Page,
    readonly language: Language,
  ) {}

  say(key: MessageKey): string {
    const message = catalogues[this.language][key];
    if (typeof message !== 'string') throw new Error(`${key} is not a plain message`);
    return message;
  }

  get main(): Locator {
    return this.page.getByRole('main');
  }

  /** A top-level screen by its route (a place, not a record). */
  async open(hash: string) {
    await this.page.goto(`/${hash}`);
    await this.settled();
  }

  /** A link in the page, by where it goes and (for a record) the record's name. */
  async follow(hrefStart: string, name?: string) {
    const links = this.main.locator(`a[href^="${hrefStart}"]`);
    await this.moveBy(() => (name ? links.filter({ hasText: name }) : links).first().click());
  }

  /** Does what leads to another screen, and waits for that screen to be there. */
  async moveBy(action: () => Promise<void>) {
    const before = this.page.url();
    await action();
    await expect(this.page).not.toHaveURL(before, bulkWrite);
    await this.settled();
  }

  async clientPage(name: string) {
    await this.open('#/people');
    await this.main.getByRole('searchbox').fill(name);
    await this.follow('#/people/', name);
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  async jobPage(client: string, title: string) {
    await this.clientPage(client);
    // The client's jobs fold to those that owe and a few more: unfold them when the job is not shown.
    const link = this.main.locator('a[href^="#/jobs/"]').filter({ hasText: title });
    const unfold = this.main.locator(
      'button[aria-controls="party-jobs-list"][aria-expanded="false"]',
    );
    if ((await link.count()) === 0 && (await unfold.count()) > 0) await unfold.click();
    await this.follow('#/jobs/', title);
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  /**
   * The screen has finished arriving: its heading is up, nothing says "Loading…", the fonts are in,
   * and no notice floats over it (a toast's own timer would make screenshots differ).
   */
  async settled() {
    // The route changes first; the screen follows on the next frames.
    await this.page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    await expect(this.page.getByRole('heading', { level: 1 }).first()).toBeVisible(bulkWrite);
    await expect(this.main.getByText(this.say('common.loading'), { exact: true })).toHaveCount(
      0,
      bulkWrite,
    );
    await this.dismissNotices();
    await this.page.evaluate(() => document.fonts.ready.then(() => undefined));
  }

  /**
   * The part of the page a full-page screenshot keeps: all of it, except on a screen with a
   * virtual list (rows carry aria-setsize), whose page is as tall as every row but holds only the
   * rows near the top; three screens of it show those rows and what follows nothing.
   */
  async screenshotArea() {
    const { width, height } = await this.page.evaluate(() => ({
      width: document.documentElement.clientWidth,
      height: document.scrollingElement!.scrollHeight,
    }));
    const viewport = this.page.viewportSize()?.height ?? 780;
    const virtual = (await this.main.locator('[aria-setsize]').count()) > 0;
    return virtual ? { x: 0, y: 0, width, height: Math.min(height, 3 * viewport) } : undefined;
  }

  /**
   * Scrolls down the page (to `bottom`, or all of it) a screen at a time and back: what draws only
   * once it comes into view (the charts) is then drawn in a full-page screenshot too.
   */
  async revealAll(bottom?: number) {
    await this.page.evaluate(async (bottom) => {
      const frame = () => new Promise((done) => requestAnimationFrame(done));
      const page = document.scrollingElement!;
      for (let y = 0; y < (bottom ?? page.scrollHeight); y += innerHeight) {
        page.scrollTop = y;
        await frame();
        await frame();
      }
      page.scrollTop = 0;
      await frame();
      await frame();
    }, bottom);
  }

  async dismissNotices() {
    const dismiss = this.page.getByRole('button', {
      name: this.say('common.dismiss'),
      exact: true,
    });
    for (let n = await dismiss.count(); n > 0; n = await dismiss.count()) {
      await dismiss.first().click();
    }
  }

  async loadDemo() {
    await this.page.getByRole('button', { name: this.say('insights.demo.explore') }).click();
    // The demo is written in one transaction: wait for it to be done, however long that takes here.
    await expect(this.page.getByText(this.say('insights.demo.loaded'))).toBeVisible(bulkWrite);
    await expect(this.page.getByText(this.say('insights.demo.banner'))).toBeVisible(bulkWrite);
    await this.settled();
  }

  /** On a draft worksheet: its step is on screen and its draft is not half-way to the database. */
  async onStep(step: 'facts' | 'questions' | 'result' | 'decision') {
    await expect(
      this.main.getByRole('heading', {
        level: 2,
        name: new RegExp(`${this.say(`worksheets.step.${step}`)}$`),
      }),
    ).toBeVisible();
    await expect(this.page.getByTestId('save-status')).not.toHaveText(
      this.say('worksheets.saving'),
    );
  }

  async nextStep() {
    await this.main.getByRole('button', { name: this.say('worksheets.next'), exact: true }).click();
  }
}

export interface TourStop {
  /** Stable, file-name safe: the screenshot is `${name}-${language}-${theme}.png`. */
  name: string;
  /**
   * 'main': a list or a record's page, reachable on its own once the demo is loaded (the 200 % text
   * pass visits these); 'other': forms, documents and the worksheets, which build on the stop
   * before them.
   */
  group: 'main' | 'other';
  reach: (tour: Tour) => Promise<void>;
}

/** The screens before the demo: what a new owner sees first. */
export const firstVisit: TourStop = {
  name: 'home-empty',
  group: 'other',
  reach: async (tour) => {
    await tour.open('#/');
    await expect(
      tour.page.getByRole('button', { name: tour.say('insights.demo.explore') }),
    ).toBeVisible();
    // A new owner is told once, when the service worker has stored the app, that it now works
    // offline; that comes after the first paint, so it is awaited and dismissed before any screen.
    await expect(tour.page.getByText(tour.say('pwa.offlineReady'))).toBeVisible({
      timeout: 60_000,
    });
    await tour.dismissNotices();
  },
};

const templateSlug: Record<WorksheetTemplateId, string> = {
  forgive_or_pursue: 'forgive-or-pursue',
  warn_before_slowing: 'warn-before-slowing',
  keep_or_part: 'keep-or-part',
  who_pays_whom: 'who-pays-whom',
};

/** Every step of one worksheet, started from its subject's page as the owner would. */
function worksheetStops(plan: (typeof subjects.worksheets)[number]): TourStop[] {
  const slug = `worksheet-${templateSlug[plan.templateId]}`;
  return [
    {
      name: `${slug}-1-facts`,
      group: 'other',
      reach: async (tour) => {
        if (plan.job) await tour.jobPage(plan.client, plan.job.title);
        else await tour.clientPage(plan.client);
        await tour.follow(`#/worksheets/new?template=${plan.templateId}`);
        await tour.moveBy(() =>
          tour.main
            .getByRole('button', { name: tour.say('worksheets.new.startButton'), exact: true })
            .click(),
        );
        await tour.onStep('facts');
      },
    },
    {
      name: `${slug}-2-questions`,
      group: 'other',
      reach: async (tour) => {
        await tour.nextStep();
        await tour.onStep('questions');
        // The first choice of each question, so the result that follows has something to weigh.
        const questions = tour.main.locator('fieldset');
        for (let i = 0; i < (await questions.count()); i++) {
          const first = questions.nth(i).getByRole('radio').first();
          if ((await first.count()) > 0) await first.check();
        }
        await tour.onStep('questions');
      },
    },
    {
      name: `${slug}-3-result`,
      group: 'other',
      reach: async (tour) => {
        await tour.nextStep();
        await tour.onStep('result');
      },
    },
    {
      name: `${slug}-4-decision`,
      group: 'other',
      reach: async (tour) => {
        await tour.nextStep();
        await tour.onStep('decision');
        const options = tour.main.getByRole('group', {
          name: tour.say('worksheets.decision.option'),
        });
        if ((await options.getByRole('radio', { checked: true }).count()) === 0) {
          await options.getByRole('radio').first().check();
        }
        await tour.onStep('decision');
      },
    },
    {
      name: `${slug}-5-confirm`,
      group: 'other',
      reach: async (tour) => {
        await tour.main
          .getByRole('button', { name: tour.say('worksheets.decision.record'), exact: true })
          .click();
        await expect(tour.page.getByRole('dialog')).toBeVisible();
      },
    },
    {
      name: `${slug}-6-decided`,
      group: 'other',
      reach: async (tour) => {
        await tour.page
          .getByRole('dialog')
          .getByRole('button', { name: tour.say('worksheets.decision.confirm'), exact: true })
          .click();
        await expect(tour.page.getByRole('dialog')).toBeHidden(bulkWrite);
        await expect(
          tour.main.getByText(tour.say('worksheets.status.decided'), { exact: true }).first(),
        ).toBeVisible(bulkWrite);
        await tour.settled();
      },
    },
  ];
}

const newJobTitle: Record<Language, string> = {
  en: 'Replace the porch light',
  ru: 'Заменить фонарь на крыльце',
};

/** After the demo is loaded, in this order (the later ones write records the earlier ones show). */
export const tourStops: readonly TourStop[] = [
  {
    name: 'home-demo',
    group: 'main',
    reach: (tour) => tour.open('#/'),
  },
  {
    name: 'clients-list',
    group: 'main',
    reach: (tour) => tour.open('#/people'),
  },
  {
    name: 'client-page',
    group: 'main',
    reach: (tour) => tour.clientPage(subjects.client),
  },
  {
    name: 'subcontractors-list',
    group: 'main',
    reach: (tour) => tour.open('#/people?kind=subcontractor'),
  },
  {
    name: 'subcontractor-page',
    group: 'main',
    reach: async (tour) => {
      await tour.open('#/people?kind=subcontractor');
      await tour.follow('#/people/', subjects.subcontractor);
    },
  },
  {
    name: 'jobs-list',
    group: 'main',
    reach: (tour) => tour.open('#/jobs'),
  },
  {
    name: 'job-page',
    group: 'main',
    reach: (tour) => tour.jobPage(subjects.client, subjects.job),
  },
  {
    name: 'payments-list',
    group: 'main',
    reach: (tour) => tour.open('#/payments'),
  },
  {
    name: 'worksheets-list',
    group: 'main',
    reach: (tour) => tour.open('#/worksheets'),
  },
  {
    name: 'needs-a-decision',
    group: 'main',
    reach: (tour) => tour.open('#/worksheets/decide'),
  },
  {
    name: 'settings',
    group: 'main',
    reach: (tour) => tour.open('#/settings'),
  },
  {
    name: 'sync',
    group: 'main',
    reach: (tour) => tour.open('#/sync'),
  },
  {
    name: 'payment-form',
    group: 'other',
    reach: async (tour) => {
      await tour.jobPage(subjects.client, subjects.job);
      await tour.follow('#/payments/new?party=');
    },
  },
  {
    name: 'statement',
    group: 'other',
    reach: async (tour) => {
      await tour.clientPage(subjects.client);
      await tour.moveBy(() => tour.main.locator('a[href$="/statement"]').first().click());
    },
  },
  {
    name: 'new-job-form',
    group: 'other',
    reach: async (tour) => {
      await tour.clientPage(subjects.client);
      await tour.follow('#/jobs/new?client=');
    },
  },
  {
    name: 'new-job-saved',
    group: 'other',
    reach: async (tour) => {
      // On the new-job form: a done job, ready to invoice.
      await tour.main.getByLabel(tour.say('jobs.field.title')).fill(newJobTitle[tour.language]);
      await tour.main.getByLabel(tour.say('jobs.field.amount'), { exact: true }).fill('480');
      await tour.main
        .getByLabel(tour.say('jobs.field.status'))
        .selectOption({ label: tour.say('jobs.status.done') });
      await tour.moveBy(() =>
        tour.main.getByRole('button', { name: tour.say('common.save'), exact: true }).click(),
      );
      await expect(
        tour.page.getByRole('heading', { level: 1, name: newJobTitle[tour.language] }),
      ).toBeVisible();
    },
  },
  {
    name: 'new-invoice-form',
    group: 'other',
    reach: (tour) => tour.follow('#/invoices/new?job='),
  },
  {
    name: 'invoice',
    group: 'other',
    reach: async (tour) => {
      await tour.moveBy(() => tour.main.locator('form button[type="submit"]').click());
      await expect(tour.page).toHaveURL(/#\/invoices\/[^/?]+$/);
    },
  },
  ...subjects.worksheets.flatMap(worksheetStops),
];

/**
 * Walks the tour in one page: the first visit, the demo loaded, then every stop (or those `only`
 * keeps), calling `look` on each screen. The page must be fresh (no records yet).
 */
export async function walkTour(
  page: Page,
  language: Language,
  look: (name: string, tour: Tour) => Promise<void>,
  only: (stop: TourStop) => boolean = () => true,
) {
  await page.clock.setFixedTime(tourMoment);
  const tour = new Tour(page, language);
  await firstVisit.reach(tour);
  if (only(firstVisit)) await look(firstVisit.name, tour);
  await tour.loadDemo();
  for (const stop of tourStops) {
    if (!only(stop)) continue;
    await stop.reach(tour);
    await look(stop.name, tour);
  }
}
