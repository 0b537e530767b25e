// One function per change of a template file's shape: templateMigrations[n] turns template
// format n into n + 1, as shared/migrations.ts does for reports. A template's sections and
// metrics are a report's: when the report's shape changes, the template's format moves with it
// and a step here brings older templates along (with a fixture in test/fixtures/templates).
// Format 1 is the first, so there is no step yet.

type Migration = (data: unknown) => unknown;

export const templateMigrations: Readonly<Record<number, Migration>> = {};
