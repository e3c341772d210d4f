/** An error code from validation or a save, in words (`errors.<code>` in the catalogue). */
import { t } from '../../i18n/i18n.svelte';
import type { MessageKey } from '../../i18n/catalogue';

export function errorText(code: string | undefined): string | undefined {
  return code === undefined ? undefined : t(`errors.${code}` as MessageKey);
}

/** The first field error of a failed save, for a notice where no form field is on screen. */
export function firstErrorText(result: {
  errors: Record<string, string>;
  message: string;
}): string {
  const code = Object.values(result.errors)[0];
  return code === undefined ? result.message : (errorText(code) ?? result.message);
}
