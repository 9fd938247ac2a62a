import { db } from '../db/db';
import { readSetting } from '../db/settings-repo';
import { webStorage } from './storage-port.web';

const isMonths = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 60;

/** User preferences, kept in IndexedDB beside the data. */
class Settings {
  /** An agreement is "Renewal due" when it ends within this many months. */
  renewalMonths = $state(6);

  async load(): Promise<void> {
    this.renewalMonths = await readSetting(db, 'renewalMonths', 6, isMonths);
  }

  async setRenewalMonths(months: number): Promise<void> {
    if (!isMonths(months)) return;
    this.renewalMonths = months;
    // Written by the data worker, the one writer; read straight from IndexedDB.
    await webStorage.request({ type: 'setting', key: 'renewalMonths', value: months });
  }
}

export const settings = new Settings();
