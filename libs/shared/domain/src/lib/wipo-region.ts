/**
 * WIPO's own regional bureaus. Arab League members are `ARAB`, wherever they are; `GLOBAL` is for
 * WIPO's International Bureau and UPOV.
 */
export enum WipoRegion {
  AFRICA = 'AFRICA',
  ARAB = 'ARAB',
  ASIA_PACIFIC = 'ASIA_PACIFIC',
  LATIN_AMERICA_CARIBBEAN = 'LATIN_AMERICA_CARIBBEAN',
  /** Europe, North America, Central Asia and the other developed or transition economies. */
  TRANSITION_DEVELOPED = 'TRANSITION_DEVELOPED',
  GLOBAL = 'GLOBAL',
}
