import { addDays, startOfDay } from 'date-fns';

/**
 * Today's date, which statuses are computed against. It ticks over at midnight while the app
 * stays open; timers sleep in background tabs, so we also look again when the tab is shown.
 */
class Clock {
  today = $state(startOfDay(new Date()));
  private timer: ReturnType<typeof setTimeout> | undefined;

  start(): () => void {
    const refresh = () => {
      const now = startOfDay(new Date());
      if (now.getTime() !== this.today.getTime()) this.today = now;
      this.schedule();
    };
    document.addEventListener('visibilitychange', refresh);
    this.schedule();
    return () => {
      clearTimeout(this.timer);
      document.removeEventListener('visibilitychange', refresh);
    };
  }

  private schedule(): void {
    clearTimeout(this.timer);
    const wait = addDays(startOfDay(new Date()), 1).getTime() - Date.now() + 1000;
    this.timer = setTimeout(() => {
      this.today = startOfDay(new Date());
      this.schedule();
    }, wait);
  }
}

export const clock = new Clock();
