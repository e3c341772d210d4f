import { describe, expect, test, vi } from 'vitest';
import { fileNameFor, shareOrDownload, standaloneHtml } from './share';

describe('a document as a file', () => {
  test('is one self-contained page: its language, title and styles inside, no comments', () => {
    const html = standaloneHtml(
      '<article class="document"><!---->Счёт<!----></article>',
      'Счёт № A-0001 <Acme>',
      'ru',
    );
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain('<title>Счёт № A-0001 &lt;Acme&gt;</title>');
    expect(html).toContain('<style>');
    expect(html).toContain('<body><article class="document">Счёт</article></body>');
    expect(html).not.toContain('<script');
  });

  test('is named after its title', () => {
    expect(fileNameFor('Invoice A-0007')).toBe('Invoice-A-0007.html');
    expect(fileNameFor('Акт сверки: ООО «Ромашка»')).toBe('Акт-сверки-ООО-Ромашка.html');
    expect(fileNameFor('///')).toBe('document.html');
  });
});

describe('sending a document', () => {
  test('shares the file where the browser can share files', async () => {
    const share = vi.fn(async () => undefined);
    const download = vi.fn();
    const sent = await shareOrDownload('<p>x</p>', 'Invoice A-0001', {
      navigator: { share, canShare: () => true },
      download,
    });
    expect(sent).toBe('shared');
    const [data] = share.mock.calls[0] as unknown as [{ files: File[]; title: string }];
    expect(data.files[0]?.name).toBe('Invoice-A-0001.html');
    expect(data.files[0]?.type).toBe('text/html');
    expect(download).not.toHaveBeenCalled();
  });

  test('downloads it where files cannot be shared', async () => {
    const download = vi.fn();
    const sent = await shareOrDownload('<p>x</p>', 'Statement', {
      navigator: { share: vi.fn(), canShare: () => false },
      download,
    });
    expect(sent).toBe('downloaded');
    expect((download.mock.calls[0]?.[0] as File).name).toBe('Statement.html');
  });

  test('downloads when sharing is refused, and does nothing when the person cancels', async () => {
    const download = vi.fn();
    const refused = vi.fn(async () => {
      throw new DOMException('no', 'NotAllowedError');
    });
    expect(
      await shareOrDownload('x', 'A', {
        navigator: { share: refused, canShare: () => true },
        download,
      }),
    ).toBe('downloaded');
    const cancelled = vi.fn(async () => {
      throw new DOMException('no', 'AbortError');
    });
    download.mockClear();
    expect(
      await shareOrDownload('x', 'A', {
        navigator: { share: cancelled, canShare: () => true },
        download,
      }),
    ).toBe('cancelled');
    expect(download).not.toHaveBeenCalled();
  });
});
