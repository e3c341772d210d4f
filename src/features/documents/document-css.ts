/**
 * The documents' stylesheet, as text: the page puts it in a <style> element, and the shared file
 * carries the same text, so the file a client opens looks as the page prints. Plain class names
 * (no Svelte scoping), all under `.document`, so nothing here reaches the app around it.
 */
export const documentCss = `
.document { color: #111; background: #fff; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; max-width: 52rem; margin: 0 auto; padding: 2rem; }
.document h1 { font-size: 1.6rem; margin: 0 0 0.25rem; }
.document h2 { font-size: 1.05rem; margin: 1.5rem 0 0.5rem; }
.document .doc-head { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 1rem 2rem; }
.document .parties { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 1rem 2rem; margin: 1.5rem 0; }
.document .parties h2 { margin-top: 0; font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.05em; color: #555; }
.document .address, .document .pre { white-space: pre-wrap; margin: 0; }
.document dl.facts { display: grid; grid-template-columns: max-content auto; gap: 0.15rem 1rem; margin: 0; }
.document dl.facts dt { color: #555; }
.document dl.facts dd { margin: 0; }
.document table { width: 100%; border-collapse: collapse; margin: 0.25rem 0 0.75rem; }
.document th, .document td { text-align: left; padding: 0.35rem 0.5rem; border-bottom: 1px solid #ddd; vertical-align: top; }
.document th { font-size: 0.8rem; color: #555; font-weight: 600; }
.document .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.document tfoot td, .document tr.total td { font-weight: 600; border-bottom: none; }
.document tr.grand td { font-size: 1.1rem; border-top: 2px solid #111; }
.document .job-title td { font-weight: 600; background: #f4f4f4; }
.document .note, .document .muted { color: #555; }
.document .void { border: 2px solid #b00; color: #b00; padding: 0.5rem 0.75rem; font-weight: 700; margin: 1rem 0; }
.document .notice { border-left: 4px solid #b60; padding: 0.25rem 0.75rem; margin: 0.5rem 0; }
@media screen and (max-width: 30rem) {
  .document { padding: 1rem 0.75rem; font-size: 13px; }
  .document th, .document td { padding: 0.3rem 0.25rem; }
  .document th.num { white-space: normal; }
}
@media print {
  @page { margin: 1.5cm; }
  .document { padding: 0; max-width: none; font-size: 11pt; }
  .document tr { break-inside: avoid; }
}
`;

/**
 * While a document is on screen, print only it: the app's navigation, banners and buttons are
 * hidden (the shell's .skip-link, .nav and .dock, and anything marked .no-print). Kept apart from documentCss: it is about the app, and the shared file has no app.
 */
export const printChromeCss = `
@media print {
  .skip-link, .nav, .dock, .no-print { display: none !important; }
  .shell, main { display: block !important; margin: 0 !important; padding: 0 !important; max-width: none !important; }
  body { background: #fff !important; }
}
`;
