import { Box } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * Holds a chart drawn without recharts' keyboard layer: the chart is a picture
 * with a short description (role="img"), and the same figures are in a table
 * next to it, which keyboard and screen-reader users read instead.
 */
export function ChartBox({
  description,
  height = 260,
  children,
}: {
  description: string;
  height?: number;
  children: ReactNode;
}) {
  return (
    <Box role="img" aria-label={description} h={height} w="100%" miw={0}>
      {children}
    </Box>
  );
}
