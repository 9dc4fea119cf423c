import { render } from 'preact';
import '@/components/ui.css';
import './popup.css';
import { createBrowserPopupApi } from './api';
import { PopupApp } from './App';

const root = document.getElementById('app');
if (root) render(<PopupApp api={createBrowserPopupApi()} />, root);
