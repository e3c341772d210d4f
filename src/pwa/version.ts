/**
 * The version the running code was built as: package.json's version, plus VITE_BUILD_ID when the
 * build sets one (a release tag, a commit), so two builds of one version can be told apart.
 */
const buildId: unknown = import.meta.env.VITE_BUILD_ID;

export const appVersion: string =
  typeof buildId === 'string' && buildId ? `${__APP_VERSION__} (${buildId})` : __APP_VERSION__;
