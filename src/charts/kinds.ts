/**
 * Every chart kind, one line each: adding a kind is a folder src/charts/<kind>/ plus one line here.
 * test/charts/kinds.test.ts fails when a folder with a kind.ts is missing from this list, and the
 * registry's kindTable refuses a kind exported under another kind's name.
 */
export { default as actor } from './actor/kind.ts';
export { default as casualties } from './casualties/kind.ts';
export { default as map } from './map/kind.ts';
export { default as timeline } from './timeline/kind.ts';
