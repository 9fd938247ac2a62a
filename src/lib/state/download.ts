/** Hands bytes to the browser as a file download; nothing leaves the device. */
export function saveFile(bytes: ArrayBuffer, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has started from the blob by the time the click returns; keep it a moment anyway.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
