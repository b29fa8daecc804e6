// While an export batch is being made, reloads its page every few seconds so progress shows without a click.
// Without JavaScript the page has a "Check progress" link that does the same.
const progress = document.querySelector('[data-ob-refresh]');
if (progress) {
  const seconds = Number(progress.getAttribute('data-ob-refresh')) || 2;
  window.setTimeout(() => window.location.reload(), seconds * 1000);
}
