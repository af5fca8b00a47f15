/** A state's office, a regional organisation's office, or an intergovernmental organisation. */
export enum OfficeKind {
  NATIONAL = 'NATIONAL',
  REGIONAL = 'REGIONAL',
  IGO = 'IGO',
}
