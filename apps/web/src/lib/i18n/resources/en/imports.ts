/** CSV imports of mentors and startups. */
export const imports = {
  title: 'Import',
  intro:
    'Add many mentors or startups at once from a CSV file. Nothing is written until you confirm.',
  kind: 'What the file contains',
  kindMentors: 'Mentors',
  kindStartups: 'Startups',
  file: 'CSV file',
  fileHint: 'UTF-8, header row first.',
  fileRequired: 'Choose a CSV file.',
  fileUnreadable: 'The file could not be read.',
  check: 'Check file',
  checking: 'Checking…',
  columns: 'Required columns',
  columnsHint: 'Lists inside a cell are separated by semicolons (;).',
  optionalColumns: 'Optional columns',
  ready: '{{good}} of {{total}} rows are ready.',
  problems: 'Problems found',
  line: 'Line',
  field: 'Column',
  message: 'Problem',
  confirm_one: 'Import {{count}} row',
  confirm_other: 'Import {{count}} rows',
  confirming: 'Importing…',
  done_one: '{{count}} row has been imported.',
  done_other: '{{count}} rows have been imported.',
  nothingToImport: 'No row is ready. Fix the file and check it again.',
};

export type ImportsResources = typeof imports;
