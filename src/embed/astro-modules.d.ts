// Plain `tsc` (npm run check) cannot read .astro files; astro check can. chart-download.ts imports
// chart components into a .ts module to render them to strings, so tsc needs their shape.
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}
