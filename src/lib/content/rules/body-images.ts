import { basename, dirname, join } from 'node:path';
import { makeProblem, type Problem } from '../problem.ts';
import { describeImageProblems, findImages, isImageFile, isLocalImage } from '../images.ts';
import type { CrossEntryRule, RuleContext } from './context.ts';

/**
 * Every image in an entry or a translation has alt text, and every screenshot beside the content
 * exists, is an image the build can optimise and is written in Markdown, which the build optimises
 * (a raw `<img>` is copied as it is, and its file is never published). Each problem is at its line:
 * the build's own message for a missing image points into generated code.
 */
export const bodyImages: CrossEntryRule = (context) => {
	const problems: Problem[] = [];
	const isTranslation = new Set(context.translations.map((translation) => translation.file));
	for (const entry of [...context.entries, ...context.translations]) {
		for (const image of findImages(entry.body)) {
			const folder =
				isLocalImage(image.src) && isImageFile(image.src)
					? lookUp(context, entry.file, image.src, isTranslation.has(entry.file))
					: undefined;
			for (const message of describeImageProblems(image, folder))
				problems.push(
					makeProblem('error', entry.file, message, 'body', entry.bodyLine + image.line - 1),
				);
		}
	}
	return problems;
};

/** Where a local image should be, and, for a translation, the path it would have one folder up. */
function lookUp(context: RuleContext, file: string, src: string, isTranslation: boolean) {
	if (!context.listFolder) return undefined;
	const relative = src.split(/[?#]/)[0]!;
	const path = join(dirname(file), relative);
	const files = context.listFolder(dirname(path));
	const up = `../${relative.replace(/^\.\//, '')}`;
	const found =
		isTranslation &&
		!src.startsWith('../') &&
		context.listFolder(dirname(join(dirname(file), up)))?.includes(basename(relative))
			? up
			: undefined;
	return { path, files, found };
}
