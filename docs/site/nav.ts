// Closes the sidebar disclosure on narrow screens, so a phone opens on the content. Without this
// script (or with a wide screen) the sidebar simply stays open.
const sidebar = document.querySelector<HTMLDetailsElement>('details.sidebar');
if (sidebar && window.matchMedia('(max-width: 48rem)').matches) sidebar.open = false;
