/**
 * Getting a file off the device: a download everywhere, or the share sheet (Web Share API with
 * files) where the browser offers one — the usual way to move a file off a phone.
 */
export function downloadText(text: string, fileName: string, type: string) {
  downloadBlob(new Blob([text], { type }), fileName);
}

export function downloadBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function canShareFiles(): boolean {
  if (typeof navigator === 'undefined' || typeof navigator.canShare !== 'function') return false;
  try {
    return navigator.canShare({
      files: [new File(['{}'], 'test.json', { type: 'application/json' })],
    });
  } catch {
    return false;
  }
}

/** True once shared; false when the owner closed the share sheet. */
export async function shareBlob(blob: Blob, fileName: string): Promise<boolean> {
  try {
    await navigator.share({
      files: [new File([blob], fileName, { type: blob.type })],
      title: fileName,
    });
    return true;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return false;
    throw error;
  }
}
