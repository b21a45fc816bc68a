/** A file that could not be processed (it does not parse, or could not be read): one item in either command's report. */
export interface FileError {
  file: string;
  message: string;
  line?: number;
  column?: number;
}
