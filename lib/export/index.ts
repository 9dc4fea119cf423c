export { toCsv, csvField, neutraliseFormula, type CsvCell } from './csv';
export { deadlinesToIcs, escapeIcsText, foldIcsLine, icsUid, type IcsDeadline } from './ics';
export {
  CLAIM_CSV_COLUMNS,
  claimCsvRows,
  claimsToCsv,
  claimsToJson,
  toContractExport,
  type ClaimCsvRow,
  type ContractExport,
  type ExportClaim,
  type ExportInput,
} from './claims';
