import Callout from './Callout.astro';
import ErrorText from './ErrorText.astro';
import Platform from './Platform.astro';
import Platforms from './Platforms.astro';
import Step from './Step.astro';
import Steps from './Steps.astro';

/** The components authors can use in MDX without importing them. */
export const mdxComponents = { Callout, ErrorText, Platform, Platforms, Step, Steps };
