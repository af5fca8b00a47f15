import { clockDistanceHours, offsetsAt, utcOffsetMinutes } from './time-zones';

const JANUARY = new Date('2027-01-15T12:00:00Z');
const JULY = new Date('2027-07-15T12:00:00Z');

describe('utcOffsetMinutes', () => {
  it('reads the offset of an IANA zone at an instant, summer time included', () => {
    expect(utcOffsetMinutes('UTC', JANUARY)).toBe(0);
    expect(utcOffsetMinutes('Africa/Dakar', JANUARY)).toBe(0);
    expect(utcOffsetMinutes('Europe/Paris', JANUARY)).toBe(60);
    expect(utcOffsetMinutes('Europe/Paris', JULY)).toBe(120);
    expect(utcOffsetMinutes('America/New_York', JANUARY)).toBe(-300);
    expect(utcOffsetMinutes('America/New_York', JULY)).toBe(-240);
    expect(utcOffsetMinutes('Asia/Kolkata', JANUARY)).toBe(330);
    expect(utcOffsetMinutes('Asia/Kathmandu', JANUARY)).toBe(345);
    expect(utcOffsetMinutes('Pacific/Kiritimati', JANUARY)).toBe(14 * 60);
    expect(utcOffsetMinutes('Pacific/Pago_Pago', JANUARY)).toBe(-11 * 60);
  });

  it('answers null for a zone the runtime does not know', () => {
    expect(utcOffsetMinutes('Not/AZone', JANUARY)).toBeNull();
    expect(utcOffsetMinutes('', JANUARY)).toBeNull();
  });
});

describe('clockDistanceHours', () => {
  it('measures on the clock face: 0 to 12 hours', () => {
    expect(clockDistanceHours(60, 60)).toBe(0);
    expect(clockDistanceHours(60, -300)).toBe(6);
    expect(clockDistanceHours(-300, 60)).toBe(6);
    expect(clockDistanceHours(330, 60)).toBe(4.5);
    expect(clockDistanceHours(14 * 60, -10 * 60)).toBe(0); // same hours, a day apart
    expect(clockDistanceHours(9 * 60, -8 * 60)).toBe(7); // Tokyo and Los Angeles
    expect(clockDistanceHours(13 * 60, 60)).toBe(12);
  });
});

describe('offsetsAt', () => {
  it('answers each zone at one instant, null for none or an unknown one', () => {
    const offsetOf = offsetsAt(JULY);
    expect(offsetOf('Europe/Paris')).toBe(120);
    expect(offsetOf('Europe/Paris')).toBe(120);
    expect(offsetOf(null)).toBeNull();
    expect(offsetOf('Nowhere/Land')).toBeNull();
  });
});
