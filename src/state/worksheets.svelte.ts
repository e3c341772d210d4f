/**
 * The worksheets for the screens: live reads, a draft that saves itself as the owner types, and the
 * decision that writes its ledger entries in one transaction (each undoable from the worksheet).
 */
import { currentSettings, getJob, getParty, partyLedger, WriteError } from '../db';
import {
  allWorksheets,
  applyDecision,
  editableFields,
  getWorksheet,
  revertDecision,
  setEntryUndone,
  worksheetsForParty,
  type DecisionChange,
} from '../db/worksheets';
import {
  newWorksheet,
  type Reason,
  type Worksheet,
  type WorksheetInput,
  type WorksheetTemplateId,
} from '../domain/records';
import {
  templateModule,
  TENURE_FACT,
  worksheetCurrency,
  type PlannedEffect,
} from '../domain/worksheets';
import type { MessageKey } from '../i18n/catalogue';
import { i18n, t } from '../i18n/i18n.svelte';
import { tenureWords } from '../i18n/tenure';
import { failure, remove, save, type SaveResult } from './actions';
import { db } from './db';
import { Live } from './live.svelte';
import { notices } from './notices.svelte';

export function liveWorksheets() {
  return new Live(
    () => undefined,
    () => allWorksheets(db),
  );
}

export function liveWorksheet(id: () => string) {
  return new Live(id, async (worksheetId) => (await getWorksheet(db, worksheetId)) ?? null);
}

export function livePartyWorksheets(partyId: () => string) {
  return new Live(partyId, (id) => worksheetsForParty(db, id));
}

/** A reason, fact source or message from the domain, in words: money, days and choices formatted. */
export function reasonText(reason: Reason): string {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(reason.params)) {
    if (key === TENURE_FACT && typeof value === 'number') params[key] = tenureWords(value);
    else if (typeof value === 'string' || typeof value === 'number') params[key] = value;
    else if ('minor' in value) params[key] = i18n.money(value.minor, value.currency);
    else if ('day' in value) params[key] = i18n.day(value.day);
    else params[key] = t(value.key as MessageKey);
  }
  return t(reason.key as MessageKey, params);
}

/**
 * Creates a draft about a party (and a job): the currency follows the job, and a job gone wrong
 * also names its subcontractor, so the worksheet is listed under both.
 */
export async function startWorksheet(
  templateId: WorksheetTemplateId,
  partyId: string,
  jobId: string | null,
): Promise<SaveResult<Worksheet>> {
  try {
    const [ledger, settings] = await Promise.all([partyLedger(db, [partyId]), currentSettings(db)]);
    const party = ledger.parties.find((p) => p.id === partyId);
    const job = jobId ? await getJob(db, jobId) : undefined;
    const currency = worksheetCurrency(party, job, ledger, settings.defaultCurrency);
    const template = templateModule(templateId);
    const partyIds = [partyId, ...template.subject.extraParties(job)];
    const input = newWorksheet(
      templateId,
      template.definition.version,
      partyIds,
      job ? [job.id] : [],
      currency,
    );
    return await save('worksheets', input);
  } catch (error) {
    return failure(error);
  }
}

export function saveWorksheet(id: string, input: WorksheetInput) {
  return save('worksheets', input, id);
}

export function deleteWorksheet(id: string, name: string) {
  return remove('worksheets', id, name);
}

export type DraftStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/**
 * Saves a draft a moment after the owner stops typing, one save at a time, and at once when the
 * page is hidden or closed, so a reload, going offline or an app update loses nothing.
 */
export class DraftSaver {
  status = $state<DraftStatus>('idle');
  message = $state('');
  #pending: { id: string; input: WorksheetInput } | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running: Promise<void> = Promise.resolve();
  readonly #delay: number;

  constructor(delay = 400) {
    this.#delay = delay;
  }

  schedule(id: string, input: WorksheetInput) {
    this.#pending = { id, input };
    this.status = 'pending';
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), this.#delay);
  }

  /** Saves what is waiting now; resolves when every save so far has finished. */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    const next = this.#pending;
    this.#pending = null;
    if (next) {
      this.#running = this.#running.then(async () => {
        this.status = 'saving';
        const result = await save('worksheets', next.input, next.id);
        if (result.ok) {
          if (this.#pending === null) this.status = 'saved';
        } else {
          this.status = 'error';
          this.message = result.message;
        }
      });
    }
    return this.#running;
  }

  /** Flushes when the page is hidden or left; returns the function that stops listening. */
  watchPage(): () => void {
    const flush = () => void this.flush();
    const hidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      flush();
      removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', hidden);
    };
  }
}

const CONTACT_NOTE_MAX = 2000;

function toChange(effect: PlannedEffect, message: string): DecisionChange {
  if (effect.table === 'payments') {
    return {
      effect: effect.effect,
      table: 'payments',
      create: effect.create,
      summary: effect.summary,
    };
  }
  if (effect.table === 'credits') {
    return {
      effect: effect.effect,
      table: 'credits',
      create: effect.create,
      summary: effect.summary,
    };
  }
  if (effect.table === 'contacts') {
    const note = (message.trim() || reasonText(effect.summary)).slice(0, CONTACT_NOTE_MAX);
    return {
      effect: effect.effect,
      table: 'contacts',
      create: { ...effect.create, note },
      summary: effect.summary,
    };
  }
  return {
    effect: effect.effect,
    table: effect.table,
    id: effect.id,
    patch: effect.patch,
    appendNote: effect.appendNote ? reasonText(effect.appendNote) : null,
    summary: effect.summary,
  };
}

/**
 * Writes the decided worksheet and the ledger entries its decision implies, all or nothing, and
 * offers to undo the lot.
 */
export async function recordDecision(
  id: string,
  decided: WorksheetInput,
  effects: readonly PlannedEffect[],
): Promise<SaveResult<Worksheet>> {
  try {
    const changes = effects.map((e) => toChange(e, decided.followUp.message));
    const record = await applyDecision(db, id, decided, changes);
    notices.show({
      text: () => t('worksheets.decision.recorded'),
      tone: 'info',
      actionLabel: () => t('common.undo'),
      action: () => void undoDecision(id),
    });
    return { ok: true, record };
  } catch (error) {
    return failure(error);
  }
}

/** Undoes every ledger change of a decision and turns the worksheet back into a draft, or nothing. */
export async function undoDecision(id: string): Promise<boolean> {
  try {
    await revertDecision(db, id);
    notices.show({ text: () => t('worksheets.decision.undone'), tone: 'info' });
    return true;
  } catch (error) {
    notices.show({ text: failure(error).message, tone: 'error' });
    return false;
  }
}

export async function setDecisionEntryUndone(id: string, index: number, undone: boolean) {
  try {
    await setEntryUndone(db, id, index, undone);
    return true;
  } catch (error) {
    notices.show({ text: failure(error).message, tone: 'error' });
    return false;
  }
}

/** Puts the agreed terms on a party after a warning has worked. */
export async function recordAgreedTerms(partyId: string, netDays: number) {
  try {
    const party = await getParty(db, partyId);
    if (!party) return failure(new WriteError('not_found'));
    return await save(
      'parties',
      { ...editableFields('parties', party), termsNetDays: netDays },
      partyId,
    );
  } catch (error) {
    return failure(error);
  }
}
