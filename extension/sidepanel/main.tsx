/**
 * This module starts the dashboard in the browser's side panel (Chromium) or sidebar (Firefox), in its
 * compact layout: for reviewing beside the article, where opening an annotation uses the current tab.
 */
import { render } from 'preact';
import { SourcemarkDb } from '../../src/store/db';
import { DashboardApp } from '../dashboard/DashboardApp';

const app = document.getElementById('app');
if (app) render(<DashboardApp db={new SourcemarkDb()} layout="panel" />, app);
