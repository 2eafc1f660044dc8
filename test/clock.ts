/**
 * The instant every test runs at: the test builds are made with KB_NOW set to it, and every browser page
 * runs with its clock fixed to it, so time-based content never depends on the day the suite runs.
 */
export const TEST_NOW = '2026-11-23T12:00:00Z';
