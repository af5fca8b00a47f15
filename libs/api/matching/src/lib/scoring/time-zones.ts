const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterOf(zone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    } catch {
      formatter = null; // not a zone the runtime knows
    }
    formatters.set(zone, formatter);
  }
  return formatter;
}

/**
 * A zone's offset from UTC at an instant, in minutes (`Asia/Kolkata` → 330, `America/New_York`
 * → −300 in January and −240 in July); null for a zone the runtime does not know.
 */
export function utcOffsetMinutes(zone: string, at: Date): number | null {
  const formatter = formatterOf(zone);
  if (!formatter) return null;
  const name = formatter.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value;
  const match = name?.match(/^GMT(?:([+-])(\d{1,2})(?::(\d{2}))?)?$/);
  if (!match) return null;
  if (!match[1]) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/**
 * Hours between two offsets on the clock face (0–12): UTC+14 and UTC−10 read the same hours, a
 * day apart, so they are 0 h apart for a call.
 */
export function clockDistanceHours(offsetA: number, offsetB: number): number {
  const minutes = (((offsetA - offsetB) % 1440) + 1440) % 1440;
  return Math.min(minutes, 1440 - minutes) / 60;
}

/** Offsets at one instant, each zone computed once (a ranking reads thousands of offices). */
export function offsetsAt(at: Date): (zone: string | null) => number | null {
  const known = new Map<string, number | null>();
  return (zone) => {
    if (!zone) return null;
    let offset = known.get(zone);
    if (offset === undefined) {
      offset = utcOffsetMinutes(zone, at);
      known.set(zone, offset);
    }
    return offset;
  };
}
