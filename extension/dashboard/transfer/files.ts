/** This module moves files between the dashboard and the reader's disk: a download, a frame's pause. */
import type { ExportFile } from '../../../src/formats/write-file';

/** Offers `file` for download under `name`; returns its size in bytes. */
export function saveFile(file: ExportFile, name: string): number {
  const blob = new Blob([file.text], { type: file.mediaType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started; the URL is only needed for the click.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return blob.size;
}

/** Waits until the browser has painted, so that a progress message shows before long synchronous work. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
