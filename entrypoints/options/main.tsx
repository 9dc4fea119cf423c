import { render } from 'preact';
import '@/components/ui.css';
import './options.css';
import { createBrowserOptionsApi } from './api';
import { OptionsApp } from './App';

const root = document.getElementById('app');
if (root) render(<OptionsApp api={createBrowserOptionsApi()} />, root);
