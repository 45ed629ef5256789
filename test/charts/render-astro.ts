import { experimental_AstroContainer as AstroContainer } from 'astro/container';

// A computed specifier: plain tsc cannot resolve .astro files (astro check does), Vite can.
const COMPONENT = '../../src/components/charts/CasualtySvg.astro';

/** Loaded through Astro's Vite config by svg-fixture.test.ts: renders the real component. */
export async function renderCasualtySvg(props: Record<string, unknown>): Promise<string> {
  const { default: CasualtySvg } = await import(/* @vite-ignore */ COMPONENT);
  const container = await AstroContainer.create();
  return container.renderToString(CasualtySvg, { props });
}
