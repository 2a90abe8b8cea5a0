export { consolidate, consolidatedSheet, fileUnitOf, repeatedFile, type Consolidation, type ConsolidatedFile, type SourceWorkbook } from "./consolidate";
export { duplicateAcrossFiles, FILE_DESCRIPTORS, FILE_RULES, sameActivityKey } from "./file-rules";
export { titleUnitOf, unitDisplayName, unitFromFileName, type UnitSource } from "./source-unit";
