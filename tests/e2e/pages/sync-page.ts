import { expect, type Download } from '@playwright/test';
import { AppShell } from './app-shell';

/** #/sync on one device: export a file, import one, and read the database for comparison. */
export class SyncPage extends AppShell {
  async open() {
    await this.page.evaluate(() => (location.hash = '#/sync'));
    await expect(this.heading('Sync and backup')).toBeVisible();
  }

  async setDeviceName(name: string) {
    await this.page.getByLabel('This device’s name').fill(name);
  }

  /** Downloads an export (encrypted when a passphrase is given) and returns the saved path. */
  async exportFile(path: string, passphrase = ''): Promise<Download> {
    if (passphrase) {
      await this.page.getByLabel('Passphrase (optional)').fill(passphrase);
      await this.page.getByLabel('Repeat the passphrase').fill(passphrase);
    }
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Download file' }).click(),
    ]);
    await download.saveAs(path);
    // This export's own notice (the newest): an earlier export's may still be showing.
    const name = download.suggestedFilename().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await expect(
      this.page.getByText(new RegExp(`^Exported [\\d,]+ records? to ${name}\\.$`)).last(),
    ).toBeVisible();
    return download;
  }

  async chooseFile(path: string) {
    await this.page.getByLabel('Choose a file').setInputFiles(path);
  }

  /** Chooses a file made in the test, byte for byte. */
  async chooseBytes(name: string, bytes: Buffer) {
    await this.page
      .getByLabel('Choose a file')
      .setInputFiles({ name, mimeType: 'application/json', buffer: bytes });
  }

  /**
   * Shares a file to the app as Android's share sheet does: a multipart POST to the manifest's
   * share target, made by a form in the page (so the service worker must control it), which ends
   * on the Sync screen.
   */
  async shareFile(file: string | { name: string; mimeType: string; buffer: Buffer }) {
    const action = await this.page.evaluate(async () => {
      // Shared from another screen, so arriving on the Sync screen is seen.
      location.hash = '#/';
      const manifest = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
      const target = ((await (await fetch(manifest!.href)).json()) as { share_target: object })
        .share_target as { action: string; params: { files: { name: string }[] } };
      const form = document.createElement('form');
      form.method = 'post';
      form.enctype = 'multipart/form-data';
      form.action = new URL(target.action, manifest!.href).href;
      form.id = 'e2e-share';
      const input = document.createElement('input');
      input.type = 'file';
      input.name = target.params.files[0]!.name;
      input.id = 'e2e-share-file';
      form.append(input);
      document.body.append(form);
      return form.action;
    });
    await this.page.locator('#e2e-share-file').setInputFiles(file);
    await Promise.all([
      this.page.waitForURL(/#\/sync/),
      this.page.locator('#e2e-share').evaluate((form: HTMLFormElement) => form.submit()),
    ]);
    return action;
  }

  preview() {
    return this.page.getByRole('region', { name: 'What the import will do' });
  }

  /** The preview's stacked row for one kind of record ("Clients", "Jobs"), folded or not. */
  kind(kind: string) {
    return this.preview().locator(this.kindRow(kind));
  }

  /** A kind's row wherever it is, to find the list that holds it. */
  private kindRow(kind: string) {
    return this.page.getByTestId('kind-summary').filter({ hasText: new RegExp(`^\\s*${kind}\\b`) });
  }

  /**
   * The preview's counts for one kind of record, as [new, updated, same, deleted]: updated takes
   * in the records changed on both devices and those back from the trash, deleted both those
   * deleted here and those only deleted on the other device. "People" adds up the clients and
   * the subcontractors, which the preview shows apart.
   */
  async counts(kind: string): Promise<string[]> {
    const kinds = kind === 'People' ? ['Clients', 'Subcontractors'] : [kind];
    const sums = [0, 0, 0, 0];
    for (const one of kinds) {
      const row = this.kind(one);
      if ((await row.count()) === 0) continue;
      const text = (await row.innerText()).replace(/(\d),(?=\d{3})/g, '$1');
      const n = (pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? 0);
      const counts = [
        n(/(\d+) new/),
        n(/(\d+) changed(?! on both)/) + n(/(\d+) changed on both/) + n(/(\d+) back from/),
        n(/(\d+) same/),
        n(/(\d+) to delete here/) + n(/(\d+) deleted on the other/),
      ];
      counts.forEach((c, i) => (sums[i]! += c));
    }
    return sums.map(String);
  }

  /** Opens one kind of record, then one way of changing in it ("New"); returns that list. */
  async unfold(kind: string, change: string) {
    const group = this.preview()
      .locator('details')
      .filter({ has: this.kindRow(kind) });
    if (!(await group.evaluate((d) => (d as HTMLDetailsElement).open))) {
      await this.kind(kind).click();
    }
    const list = group
      .locator('details')
      .filter({ has: this.page.locator('summary', { hasText: new RegExp(`^${change}`) }) });
    await list.locator('summary').click();
    await expect(list).toHaveAttribute('open', '');
    return list;
  }

  async apply() {
    await this.preview().getByRole('button', { name: 'Import' }).click();
    await expect(this.page.getByText(/^Import finished:/)).toBeVisible();
  }

  /** The preview's list of records refused for a stamp from the future. */
  refused() {
    return this.preview().getByTestId('refused-records').getByRole('listitem');
  }

  /** This device's hybrid logical clock, as stored in `meta` (nothing on screen shows it). */
  clockWall(): Promise<number> {
    return this.page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('goodwill-ledger');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const entry = await new Promise<{ value: { wall: number } }>((resolve, reject) => {
        const request = db.transaction('meta').objectStore('meta').get('clock');
        request.onsuccess = () => resolve(request.result as { value: { wall: number } });
        request.onerror = () => reject(request.error);
      });
      db.close();
      return entry.value.wall;
    });
  }

  /** Every synced table, records sorted by id and keys sorted: equal dumps mean equal data. */
  dump(): Promise<string> {
    return this.page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('goodwill-ledger');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const canonical = (value: unknown): string => {
        if (value === null || typeof value !== 'object') return JSON.stringify(value);
        if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
        const entries = Object.keys(value)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`);
        return `{${entries.join(',')}}`;
      };
      const tables = [...db.objectStoreNames].filter((name) => name !== 'meta').sort();
      const out: Record<string, unknown[]> = {};
      for (const name of tables) {
        out[name] = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      }
      db.close();
      return canonical(out);
    });
  }
}
