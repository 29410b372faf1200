import { mount } from 'svelte';
import App from './App.svelte';
import UpdatePrompt from './lib/ui/UpdatePrompt.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');
mount(App, { target });
// Apart from the app, so offline use and updates do not depend on the data having loaded.
mount(UpdatePrompt, { target: document.body });
