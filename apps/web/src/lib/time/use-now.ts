import { useEffect, useState } from 'react';

/** The current time, updated on each minute boundary so clocks showing hours and minutes never lag. */
export function useNow(): Date {
  const [now, setNow] = useState(() => new Date());

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      const untilNextMinute = 60_000 - (Date.now() % 60_000) + 20;
      timer = setTimeout(() => {
        setNow(new Date());
        schedule();
      }, untilNextMinute);
    };
    schedule();
    return () => clearTimeout(timer);
  }, []);

  return now;
}
