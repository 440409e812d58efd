// Loads Toile only when asked (dynamic import), so a test can snapshot the page's globals and
// styles before any Toile code runs, then mount every element and compare.
const status = document.querySelector('#status');
document.querySelector('#mount-all')?.addEventListener('click', () => {
  void import('./mount.js').then(
    (m) => {
      m.mountAll(document.querySelector('#mount') ?? document.body);
      if (status) status.textContent = 'mounted';
    },
    (e: unknown) => {
      if (status) status.textContent = `failed: ${String(e)}`;
    },
  );
});
document.querySelector('#unmount-all')?.addEventListener('click', () => {
  document.querySelector('#mount')?.replaceChildren();
  if (status) status.textContent = 'unmounted';
});
