import Enums from "exceljs/lib/doc/enums";
import Workbook from "exceljs/lib/doc/workbook";

/**
 * The full exceljs for the page, built from its own sources so that the modules the reader
 * already loaded (XML parsers, streams, Buffer) are shared, not shipped twice as the prebuilt
 * browser bundle would. Modern browsers need none of its ES5 polyfills. CSV is left out.
 */
const ExcelJS = { ...Enums, Workbook };
export default ExcelJS;
