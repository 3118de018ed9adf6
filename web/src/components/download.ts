// Save text as a file from the page: a Blob behind an object URL, clicked through a hidden link.
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel a download that has not started yet; the Blob is small.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
