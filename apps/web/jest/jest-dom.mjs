// toBeInTheDocument(), toHaveAccessibleName(), … for every web test.
import '@testing-library/jest-dom/jest-globals';
import { configure } from '@testing-library/react';

// findBy*/waitFor wait up to 5 s instead of 1 s: with two workers, jsdom suites share the two cores
// with the e2e server and Chromium in CI, and a render can take longer than a second there.
configure({ asyncUtilTimeout: 5_000 });
