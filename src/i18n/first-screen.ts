/**
 * The messages the first screen shows (the shell, Home, the install and update notices, a new
 * owner's demo offer), in every language, loaded with the first visit. The rest of the catalogue (about
 * three quarters of the text, most of it the worksheets') loads right after, and every other
 * screen waits for it: see i18n.svelte.ts.
 */
import type { Catalogue } from './catalogue';
import { common } from './en/common';
import { demoOffer } from './en/demo-offer';
import { home } from './en/home';
import { pwa } from './en/pwa';
import { common as ruCommon } from './ru/common';
import { demoOffer as ruDemoOffer } from './ru/demo-offer';
import { home as ruHome } from './ru/home';
import { pwa as ruPwa } from './ru/pwa';

export const firstScreen: Record<string, Partial<Catalogue>> = {
  en: { ...common, ...home, ...pwa, ...demoOffer },
  ru: { ...ruCommon, ...ruHome, ...ruPwa, ...ruDemoOffer },
};

export const supportedLocales = Object.keys(firstScreen);
