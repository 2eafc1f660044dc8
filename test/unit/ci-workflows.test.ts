import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

/**
 * The CI files the README offers for publishing (GitHub Actions and GitLab CI) are not run by the
 * tests, so these keep them from rotting: each runs the README's commands and publishes `dist`.
 */
const root = new URL('../..', import.meta.url).pathname;
const readYaml = (path: string) => parse(readFileSync(`${root}${path}`, 'utf8'));
const scripts = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).scripts;

interface Step {
	uses?: string;
	run?: string;
	if?: string;
	with?: Record<string, unknown>;
}

describe('GitHub Actions: .github/workflows/publish.yml', () => {
	const workflow = readYaml('.github/workflows/publish.yml');
	const build: { steps: Step[]; 'runs-on': string } = workflow.jobs.build;
	const runs = build.steps.flatMap((step) => (step.run ? [step.run] : []));
	const uses = (action: string) => build.steps.find((step) => step.uses?.startsWith(`${action}@`));

	test('runs on pushes to main and on pull requests', () => {
		expect(workflow.on.push.branches).toEqual(['main']);
		expect(workflow.on).toHaveProperty('pull_request');
	});

	test('installs with npm ci on Node 24, then checks the content and builds, in that order', () => {
		expect(uses('actions/setup-node')?.with?.['node-version']).toBe(24);
		expect(runs.map((run) => run.split(' --')[0])).toEqual([
			'npm ci',
			'npm run check',
			'npm run build',
		]);
		expect(scripts.check).toBe('node scripts/check-content.ts');
		expect(scripts.build).toBe('astro build');
	});

	test('publishes dist to GitHub Pages from main only, with the permissions that takes', () => {
		const upload = uses('actions/upload-pages-artifact');
		expect(upload?.with?.path).toBe('dist');
		expect(upload?.if).toContain("github.ref == 'refs/heads/main'");
		const publish = workflow.jobs.publish;
		expect(publish.needs).toBe('build');
		expect(publish.if).toContain("github.ref == 'refs/heads/main'");
		expect(publish.if).toContain("github.event_name != 'pull_request'");
		expect(publish.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
		expect(publish.environment.name).toBe('github-pages');
		expect(publish.steps.map((step: Step) => step.uses)).toEqual(['actions/deploy-pages@v5']);
		// Nothing else may write: the token of a pull request's run reads only.
		expect(workflow.permissions).toEqual({ contents: 'read' });
	});

	test('every action is pinned to a major version and no runner is a moving latest', () => {
		const actions = Object.values(workflow.jobs).flatMap((job) =>
			(job as { steps: Step[] }).steps.flatMap((step) => (step.uses ? [step.uses] : [])),
		);
		for (const action of actions) expect(action).toMatch(/^actions\/[a-z-]+@v\d+$/);
		for (const job of Object.values(workflow.jobs))
			expect((job as { 'runs-on': string })['runs-on']).not.toContain('latest');
	});
});

describe('GitLab CI: .gitlab-ci.yml', () => {
	const ci = readYaml('.gitlab-ci.yml');

	test('runs on merge requests and on the default branch', () => {
		expect(ci.workflow.rules.map((rule: { if: string }) => rule.if)).toEqual([
			'$CI_PIPELINE_SOURCE == "merge_request_event"',
			'$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH',
		]);
	});

	test('the build job installs with npm ci on node:24, checks the content and builds', () => {
		expect(ci.build.image).toBe('node:24');
		expect(ci.build.script.map((line: string) => line.split(' --')[0])).toEqual([
			'npm ci',
			'npm run check',
			'npm run build',
		]);
		expect(ci.build.artifacts.paths).toEqual(['dist/']);
		// It runs for every pipeline: merge requests are checked as the default branch is.
		expect(ci.build.rules).toBeUndefined();
	});

	test('the pages job publishes dist from the default branch only', () => {
		expect(ci.pages.needs).toEqual(['build']);
		expect(ci.pages.pages.publish).toBe('dist');
		expect(ci.pages.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
	});

	test('no image is a moving latest', () => {
		for (const job of [ci.build, ci.pages]) expect(job.image).toMatch(/^node:\d+$/);
		expect(readFileSync(`${root}.gitlab-ci.yml`, 'utf8')).not.toContain(':latest');
	});
});
