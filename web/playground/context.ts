import { createContext } from 'react';
import type { Analysis } from '../shared/analysis.js';
import type { ViewState } from './results/ResultsPanel.js';
import type { Settings } from './viewer.js';

/** What the saved-analyses panel (rendered inside GraphiQL) needs from the workbench. */
export interface WorkbenchActions {
  open(analysis: Analysis): void;
  current(): { query: string; variables: string };
  view: ViewState;
  mine: Analysis[];
  setMine(analyses: Analysis[]): void;
  settings: Settings;
  role: string;
}
export const WorkbenchContext = createContext<WorkbenchActions | undefined>(undefined);
