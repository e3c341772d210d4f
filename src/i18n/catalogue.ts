/**
 * The message catalogue: every piece of text the app shows, by key. Each area has its own file
 * under en/ so features can grow their text without touching each other's. A message is a string
 * with `{param}` slots, or a set of plural forms chosen by the `count` param (Intl.PluralRules).
 */
import { common } from './en/common';
import { contacts } from './en/contacts';
import { demoOffer } from './en/demo-offer';
import { documents } from './en/documents';
import { home } from './en/home';
import { homeAging } from './en/home-aging';
import { insights } from './en/insights';
import { jobs } from './en/jobs';
import { payments } from './en/payments';
import { people } from './en/people';
import { pwa } from './en/pwa';
import { pwaSettings } from './en/pwa-settings';
import { fieldErrors } from './en/field-errors';
import { settings } from './en/settings';
import { worksheets } from './en/worksheets';
import { sync } from './en/sync';
import { shortcuts } from './en/shortcuts';
import { common as ruCommon } from './ru/common';
import { contacts as ruContacts } from './ru/contacts';
import { demoOffer as ruDemoOffer } from './ru/demo-offer';
import { documents as ruDocuments } from './ru/documents';
import { home as ruHome } from './ru/home';
import { homeAging as ruHomeAging } from './ru/home-aging';
import { insights as ruInsights } from './ru/insights';
import { jobs as ruJobs } from './ru/jobs';
import { payments as ruPayments } from './ru/payments';
import { people as ruPeople } from './ru/people';
import { pwa as ruPwa } from './ru/pwa';
import { pwaSettings as ruPwaSettings } from './ru/pwa-settings';
import { fieldErrors as ruFieldErrors } from './ru/field-errors';
import { settings as ruSettings } from './ru/settings';
import { shortcuts as ruShortcuts } from './ru/shortcuts';
import { sync as ruSync } from './ru/sync';
import { worksheets as ruWorksheets } from './ru/worksheets';

export type PluralForms = {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
};
export type Message = string | PluralForms;

export const en = {
  ...common,
  ...people,
  ...jobs,
  ...payments,
  ...contacts,
  ...home,
  ...homeAging,
  ...insights,
  ...demoOffer,
  ...settings,
  ...sync,
  ...pwa,
  ...pwaSettings,
  ...worksheets,
  ...shortcuts,
  ...documents,
  ...fieldErrors,
} as const satisfies Record<string, Message>;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, Message>;

// Exactly the English keys: a key added in English and not translated fails the type check.
export const ru = {
  ...ruCommon,
  ...ruPeople,
  ...ruJobs,
  ...ruPayments,
  ...ruContacts,
  ...ruHome,
  ...ruHomeAging,
  ...ruInsights,
  ...ruDemoOffer,
  ...ruSettings,
  ...ruSync,
  ...ruPwa,
  ...ruPwaSettings,
  ...ruWorksheets,
  ...ruShortcuts,
  ...ruDocuments,
  ...ruFieldErrors,
} satisfies Record<MessageKey, Message>;

export const catalogues: Record<string, Catalogue> = { en, ru };
export const supportedLocales = Object.keys(catalogues);
