import { db } from '../db/db';
import { readSetting, writeSetting } from '../db/settings-repo';

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
    await writeSetting(db, 'renewalMonths', months);
  }
}

export const settings = new Settings();
