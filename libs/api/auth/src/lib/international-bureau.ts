/** The International Bureau's ST.3 code: brokers are IB staff, and so is the bootstrap admin. */
export const INTERNATIONAL_BUREAU = 'WO';
