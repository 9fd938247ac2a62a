/**
 * Work the user waits for besides an import (which has its own state: it also locks editing),
 * shown as a progress bar while it lasts; the bar itself appears only after 300 ms.
 */
class Activity {
  label = $state<string | null>(null);

  async during<T>(label: string, work: () => Promise<T>): Promise<T> {
    this.label = label;
    try {
      return await work();
    } finally {
      if (this.label === label) this.label = null;
    }
  }
}

export const activity = new Activity();
