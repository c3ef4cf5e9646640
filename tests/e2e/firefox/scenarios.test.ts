/** The shared scenarios (../scenarios.ts) in Firefox. */
import { firefoxDriver } from '../drivers/firefox';
import { sharedScenarios } from '../scenarios';

sharedScenarios((options) => firefoxDriver(options));
