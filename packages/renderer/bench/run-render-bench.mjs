// node packages/renderer/bench/run-render-bench.mjs (after `npm run build -w @journey-maps/renderer`)
import { printRenderBench } from '../dist/render-bench.mjs';
await printRenderBench();
