import { ChecksState } from './checks.svelte';
import { webChecksPort } from './checks-port.web';
import { db } from '../db/db';
import { ColumnLayouts } from './column-layout.svelte';
import { Editor } from './editor';
import { Merging } from './merging.svelte';
import { CellCommands } from './cell-commands';
import { notices } from './notices.svelte';
import { settings } from './settings.svelte';
import { webStorage } from './storage-port.web';
import { TabSync } from './tab-sync';
import { Workspace } from './workspace.svelte';

/** The app's state, wired to the browser's storage: one of each. */
export const workspace = new Workspace(webStorage, notices, settings);
export const editor = new Editor(workspace, webStorage, notices);
export const tabSync = new TabSync(workspace, notices);
export const checks = new ChecksState(workspace.dataset, { ...webChecksPort, stored: () => workspace.stored() });
export const merging = new Merging(workspace, webStorage, notices);
export const cellCommands = new CellCommands(workspace, notices);

/** Each dataset's remembered columns, search and status chip (a setting, written by the worker). */
export const columnLayouts = new ColumnLayouts({
  read: async (key) => (await db.settings.get(key))?.value,
  write: async (key, value) => void (await webStorage.request({ type: 'setting', key, value })),
});
