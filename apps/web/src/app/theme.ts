import { Alert, createTheme, type CSSVariablesResolver } from '@mantine/core';

// Shade 8 and autoContrast: Mantine's default shade fails axe's contrast check on white.
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  autoContrast: true,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
  defaultRadius: 'sm',
  components: {
    // an alert's coloured title (yellow, green, orange) is below 4.5:1 on its pale background
    Alert: Alert.extend({ styles: { title: { color: 'var(--mantine-color-text)' } } }),
  },
});

/**
 * Mantine's dimmed grey (gray 6) is below axe's 4.5:1 on white: gray 7 passes. So is its error
 * red (red 6), which every field error and invalid input border is written in: red 9 passes.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
