import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import CasualtySvg from '../../src/components/charts/CasualtySvg.astro';

/** Loaded through Astro's Vite config by svg-fixture.test.ts: renders the real component. */
export async function renderCasualtySvg(props: Record<string, unknown>): Promise<string> {
  const container = await AstroContainer.create();
  return container.renderToString(CasualtySvg, { props });
}
