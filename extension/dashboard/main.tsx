/** This module starts the dashboard as a full page (`?layout=panel` gives the side panel's compact layout). */
import { render } from 'preact';
import { SourcemarkDb } from '../../src/store/db';
import { DashboardApp } from './DashboardApp';

const layout = new URLSearchParams(location.search).get('layout') === 'panel' ? 'panel' : 'page';
document.body.classList.toggle('panel', layout === 'panel');
const app = document.getElementById('app');
if (app) render(<DashboardApp db={new SourcemarkDb()} layout={layout} />, app);
