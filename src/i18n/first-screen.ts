/**
 * The messages the first screen shows (the shell, Home, the install and update notices, the
 * shortcuts), in every language, loaded with the first visit. The rest of the catalogue (about
 * three quarters of the text, most of it the worksheets') loads right after, and every other
 * screen waits for it: see i18n.svelte.ts.
 */
import type { Catalogue } from './catalogue';
import { common } from './en/common';
import { home } from './en/home';
import { pwa } from './en/pwa';
import { shortcuts } from './en/shortcuts';
import { common as ruCommon } from './ru/common';
import { home as ruHome } from './ru/home';
import { pwa as ruPwa } from './ru/pwa';
import { shortcuts as ruShortcuts } from './ru/shortcuts';

export const firstScreen: Record<string, Partial<Catalogue>> = {
  en: { ...common, ...home, ...pwa, ...shortcuts },
  ru: { ...ruCommon, ...ruHome, ...ruPwa, ...ruShortcuts },
};

export const supportedLocales = Object.keys(firstScreen);
