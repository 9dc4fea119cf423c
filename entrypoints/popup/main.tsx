import { render } from 'preact';
import '@/components/ui.css';
import './popup.css';
import { createBrowserPopupApi } from './api';
import { PopupApp, startLoad } from './App';

// Ask the background for the tab's state first, then render: the request and Preact's first render overlap.
const api = createBrowserPopupApi();
const start = startLoad(api);
// Failures are shown by PopupApp (it awaits `start`); this only keeps the browser from reporting them as unhandled.
start.catch(() => undefined);
const root = document.getElementById('app');
if (root) render(<PopupApp api={api} start={start} />, root);
