/** This module starts the dashboard: every saved annotation, read straight from the database. */
import { render } from 'preact';
import { SourcemarkDb } from '../../src/store/db';
import { DashboardApp } from './DashboardApp';

const app = document.getElementById('app');
if (app) render(<DashboardApp db={new SourcemarkDb()} />, app);
