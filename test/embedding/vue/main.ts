// Vue 3 host: the SFC binds `:assessment` and listens with `@toile-change`; the build tells Vue's
// compiler that toile-* tags are custom elements (compilerOptions.isCustomElement).
import { createApp } from 'vue';
import '@toile/elements/define/toile-ecomap';
import App from './App.vue';

const app = createApp(App);
app.mount('#app');
document.querySelector('#unmount')?.addEventListener('click', () => {
  app.unmount();
});
