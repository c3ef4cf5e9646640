/** The shared scenarios (scenarios.ts) in Chromium. */
import { chromiumDriver } from './drivers/chromium';
import { sharedScenarios } from './scenarios';

sharedScenarios(chromiumDriver);
