/** Reads the page's colours at render time and tells when they change (light, dark, system). */
import type { ChartTheme } from './spec';

function variable(style: CSSStyleDeclaration, name: string, fallback: string): string {
  return style.getPropertyValue(name).trim() || fallback;
}

export function readTheme(root: HTMLElement = document.documentElement): ChartTheme {
  const style = getComputedStyle(root);
  return {
    dark: style.colorScheme.includes('dark'),
    text: variable(style, '--text', '#1b1f1d'),
    muted: variable(style, '--muted', '#55605a'),
    grid: variable(style, '--border', '#d5dbd7'),
    surface: variable(style, '--surface', '#ffffff'),
    font: style.fontFamily || 'system-ui, sans-serif',
    reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
  };
}

/**
 * Calls `changed` when the theme may have changed: the app's theme setting (the `data-theme`
 * attribute) or the system's light/dark preference. Returns the function that stops listening.
 */
export function onThemeChange(changed: () => void): () => void {
  const observer = new MutationObserver(changed);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const scheme = matchMedia('(prefers-color-scheme: dark)');
  scheme.addEventListener('change', changed);
  return () => {
    observer.disconnect();
    scheme.removeEventListener('change', changed);
  };
}
