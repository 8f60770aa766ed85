// Saves a Blob as a file the reader downloads: an object URL on an <a download>, clicked,
// then released. Nothing leaves the page.
export function download(filename, blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const jsonBlob = (value) => new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' });
