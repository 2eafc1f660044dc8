import Answer from './Answer.astro';
import Callout from './Callout.astro';
import Check from './Check.astro';
import ErrorText from './ErrorText.astro';
import Platform from './Platform.astro';
import Platforms from './Platforms.astro';
import Solution from './Solution.astro';
import Step from './Step.astro';
import Steps from './Steps.astro';
import Troubleshooter from './Troubleshooter.astro';

/** The components authors can use in MDX without importing them. */
export const mdxComponents = {
	Answer,
	Callout,
	Check,
	ErrorText,
	Platform,
	Platforms,
	Solution,
	Step,
	Steps,
	Troubleshooter,
};
