// toBeInTheDocument(), toHaveAccessibleName(), … for every web test.
import '@testing-library/jest-dom/jest-globals';
